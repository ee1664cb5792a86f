"""Call-back tasks for hotline cases: what would be a chat message becomes a call to make."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import CallbackTaskRecord

CALLBACKS = CallbackTaskRecord.__table__


async def add(session: AsyncSession, *, case_id: int, message_id: str, args: dict[str, Any], now: datetime) -> int:
    """Queue a call for the operators; return the task id."""
    result = await session.execute(
        insert(CALLBACKS)
        .values(case_id=case_id, message_id=message_id, args=args, created_at=now)
        .returning(CALLBACKS.c.id)
    )
    return result.scalar_one()


async def get(session: AsyncSession, task_id: int) -> dict[str, Any] | None:
    """The task as a mapping, or None."""
    row = (await session.execute(select(CALLBACKS).where(CALLBACKS.c.id == task_id))).first()
    return None if row is None else dict(row._mapping)


async def mark_done(session: AsyncSession, task_id: int, *, by: int, now: datetime) -> bool:
    """Record the call as made; False when it already was."""
    result = await session.execute(
        update(CALLBACKS)
        .where(CALLBACKS.c.id == task_id, CALLBACKS.c.done_at.is_(None))
        .values(done_at=now, done_by=by)
    )
    return result.rowcount == 1
