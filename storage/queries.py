"""Read-side queries for dialogs and the command line (no domain rules here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import CaseRecord
from storage.repositories import case_from_row
from workflows.case import Case
from workflows.vocabulary import CLOSED_STATES

CASES = CaseRecord.__table__


async def cases_of_reporter(session: AsyncSession, person_id: int, limit: int = 20) -> list[Case]:
    rows = await session.execute(
        select(CASES).where(CASES.c.reporter_id == person_id).order_by(CASES.c.id.desc()).limit(limit)
    )
    return [case_from_row(r) for r in rows]


async def latest_open_case(session: AsyncSession, person_id: int) -> Case | None:
    row = (
        await session.execute(
            select(CASES)
            .where(CASES.c.reporter_id == person_id, CASES.c.state.not_in([s.value for s in CLOSED_STATES]))
            .order_by(CASES.c.id.desc())
            .limit(1)
        )
    ).first()
    return None if row is None else case_from_row(row)
