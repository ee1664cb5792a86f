"""Supervisor approvals: asked for by an operator or mediator, decided once by a supervisor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import ApprovalRecord

APPROVALS = ApprovalRecord.__table__


async def request(
    session: AsyncSession, *, case_id: int, trigger: str, data: dict[str, Any], requested_by: int, now: datetime
) -> int:
    """Ask for a supervisor's approval of ``trigger`` with ``data``; return its id."""
    result = await session.execute(
        insert(APPROVALS)
        .values(case_id=case_id, trigger=trigger, data=data, requested_by=requested_by, requested_at=now)
        .returning(APPROVALS.c.id)
    )
    return result.scalar_one()


async def get(session: AsyncSession, approval_id: int) -> dict[str, Any] | None:
    """The approval as a mapping, or None."""
    row = (await session.execute(select(APPROVALS).where(APPROVALS.c.id == approval_id))).first()
    return None if row is None else dict(row._mapping)


async def decide(session: AsyncSession, approval_id: int, *, approved: bool, by: int, now: datetime) -> bool:
    """Record the decision; False when it was already decided (a second press, another supervisor)."""
    result = await session.execute(
        update(APPROVALS)
        .where(APPROVALS.c.id == approval_id, APPROVALS.c.status == "pending")
        .values(status="approved" if approved else "refused", decided_by=by, decided_at=now)
    )
    return result.rowcount == 1


async def mark_failed(session: AsyncSession, approval_id: int) -> None:
    """Approved, but the action could not be carried out (the case changed): recorded as such."""
    await session.execute(update(APPROVALS).where(APPROVALS.c.id == approval_id).values(status="failed"))


async def pending(session: AsyncSession, case_id: int, trigger: str) -> bool:
    """Whether a request for ``trigger`` on the case waits for a decision."""
    found = await session.scalar(
        select(func.count())
        .select_from(APPROVALS)
        .where(APPROVALS.c.case_id == case_id, APPROVALS.c.trigger == trigger, APPROVALS.c.status == "pending")
    )
    return bool(found)
