"""The ``follow_ups`` table: the follow-up visits (回访) of resolved cases (the `FollowUps` port)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import CaseRecord, FollowUpRecord
from workflows.follow_ups import ANSWERED, CONCERNS, FollowUp
from workflows.vocabulary import State

TABLE = FollowUpRecord.__table__
CASES = CaseRecord.__table__


def _row(row) -> FollowUp:
    return FollowUp(
        case_id=row.case_id,
        round=row.round,
        status=row.status,
        asked_at=row.asked_at,
        solved=row.solved,
        satisfaction=row.satisfaction,
        answered_at=row.answered_at,
        recorded_by=row.recorded_by,
    )


async def add(session: AsyncSession, *, case_id: int, round: int, status: str, now: datetime) -> bool:
    """Store that round ``round`` was asked (or why not); False when it already was."""
    if await get(session, case_id, round) is not None:
        return False
    region = select(CASES.c.region).where(CASES.c.id == case_id).scalar_subquery()
    await session.execute(
        insert(TABLE).values(case_id=case_id, round=round, status=status, asked_at=now, region=region)
    )
    return True


async def get(session: AsyncSession, case_id: int, round: int) -> FollowUp | None:
    row = (await session.execute(select(TABLE).where(TABLE.c.case_id == case_id, TABLE.c.round == round))).first()
    return None if row is None else _row(row)


async def of_case(session: AsyncSession, case_id: int) -> list[FollowUp]:
    rows = await session.execute(select(TABLE).where(TABLE.c.case_id == case_id).order_by(TABLE.c.round))
    return [_row(r) for r in rows]


async def settle(
    session: AsyncSession,
    *,
    case_id: int,
    round: int,
    status: str,
    now: datetime,
    solved: str | None = None,
    satisfaction: int | None = None,
    recorded_by: int | None = None,
    awaiting: tuple[str, ...] = (),
) -> bool:
    """Set the round's outcome if it is still in one of ``awaiting``; False if it was not."""
    result = await session.execute(
        update(TABLE)
        .where(TABLE.c.case_id == case_id, TABLE.c.round == round, TABLE.c.status.in_(list(awaiting)))
        .values(status=status, solved=solved, satisfaction=satisfaction, answered_at=now, recorded_by=recorded_by)
    )
    return bool(result.rowcount)


async def concerns(session: AsyncSession, limit: int = 30) -> list[int]:
    latest = func.max(TABLE.c.answered_at)
    query = (
        select(TABLE.c.case_id)
        .join(CASES, CASES.c.id == TABLE.c.case_id)
        .where(
            CASES.c.state == State.FOLLOW_UP.value,
            TABLE.c.status == ANSWERED,
            TABLE.c.solved.in_([s.value for s in CONCERNS]),
        )
        .group_by(TABLE.c.case_id)
        .order_by(latest.desc(), TABLE.c.case_id)
        .limit(limit)
    )
    return list((await session.execute(query)).scalars())


async def counts(session: AsyncSession) -> dict[tuple[str, str | None, int | None], int]:
    """How many follow-ups of each status, solved answer and satisfaction (for the statistics)."""
    query = select(TABLE.c.status, TABLE.c.solved, TABLE.c.satisfaction, func.count()).group_by(
        TABLE.c.status, TABLE.c.solved, TABLE.c.satisfaction
    )
    return {(s, v, n): c for s, v, n, c in await session.execute(query)}


class SqlFollowUps:
    """`workflows.ports.FollowUps` on one SQL session."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, *, case_id: int, round: int, status: str, now: datetime) -> bool:
        return await add(self.session, case_id=case_id, round=round, status=status, now=now)

    async def get(self, case_id: int, round: int) -> FollowUp | None:
        return await get(self.session, case_id, round)

    async def of_case(self, case_id: int) -> list[FollowUp]:
        return await of_case(self.session, case_id)

    async def settle(
        self,
        *,
        case_id: int,
        round: int,
        status: str,
        now: datetime,
        solved: str | None = None,
        satisfaction: int | None = None,
        recorded_by: int | None = None,
        awaiting: tuple[str, ...] = (),
    ) -> bool:
        return await settle(
            self.session,
            case_id=case_id,
            round=round,
            status=status,
            now=now,
            solved=solved,
            satisfaction=satisfaction,
            recorded_by=recorded_by,
            awaiting=awaiting,
        )

    async def concerns(self, limit: int = 30) -> list[int]:
        return await concerns(self.session, limit)
