"""The ``case_timers`` table: the marks of each case's clock (`workflows.timers`, the `CaseTimers` port).

Claiming locks the due rows until the transaction ends. On PostgreSQL ``FOR UPDATE SKIP
LOCKED`` lets several bot processes claim at once, each taking other rows; on SQLite the
in-process write lock already makes one writer at a time (one bot process per SQLite file).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import exists, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import CaseRecord, CaseTimerRecord
from workflows.orders import OrderState
from workflows.timers import CANCELLED, PAUSED, PENDING, Mark, Timer, resumed
from workflows.vocabulary import State

TIMERS = CaseTimerRecord.__table__
CASES = CaseRecord.__table__


def _timer(row) -> Timer:
    return Timer(
        id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        state=State(row.state) if row.order_id is None else OrderState(row.state),
        due_at=row.due_at,
        status=row.status,
        fired_at=row.fired_at,
        order_id=row.order_id,
    )


def _locking(session: AsyncSession, query):
    if session.bind.dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query


async def schedule(session: AsyncSession, case_id: int, state: State, marks: Sequence[Mark], now: datetime) -> None:
    if not marks:
        return
    await session.execute(
        insert(TIMERS),
        [
            {
                "case_id": case_id,
                "kind": m.kind,
                "state": state.value,
                "due_at": m.due_at,
                "status": PENDING,
                "created_at": now,
            }
            for m in marks
        ],
    )


async def _set_status(session: AsyncSession, case_id: int, old: Sequence[str], new: str, at: datetime | None) -> int:
    values = {"status": new} if at is None else {"status": new, "fired_at": at}
    result = await session.execute(
        update(TIMERS).where(TIMERS.c.case_id == case_id, TIMERS.c.status.in_(list(old))).values(**values)
    )
    return result.rowcount or 0


async def cancel(session: AsyncSession, case_id: int, now: datetime, *, including_paused: bool = True) -> int:
    return await _set_status(session, case_id, (PENDING, PAUSED) if including_paused else (PENDING,), CANCELLED, now)


async def pause(session: AsyncSession, case_id: int) -> int:
    return await _set_status(session, case_id, (PENDING,), PAUSED, None)


async def resume(session: AsyncSession, case_id: int, *, paused_at: datetime, now: datetime) -> int:
    rows = (
        await session.execute(
            select(TIMERS.c.id, TIMERS.c.due_at).where(TIMERS.c.case_id == case_id, TIMERS.c.status == PAUSED)
        )
    ).all()
    for row in rows:
        await session.execute(
            update(TIMERS)
            .where(TIMERS.c.id == row.id)
            .values(status=PENDING, due_at=resumed(row.due_at, paused_at, now))
        )
    return len(rows)


async def claim_due(session: AsyncSession, now: datetime, limit: int) -> list[Timer]:
    due = TIMERS.c.status == PENDING, TIMERS.c.due_at <= now
    first = _locking(session, select(TIMERS).where(*due).order_by(TIMERS.c.due_at, TIMERS.c.id).limit(limit))
    claimed = {row.id: _timer(row) for row in await session.execute(first)}
    cases = {t.case_id for t in claimed.values() if t.case_id is not None}
    orders = {t.order_id for t in claimed.values() if t.order_id is not None}
    if cases or orders:  # their other due marks, so that catch-up sees every sibling
        owners = or_(TIMERS.c.case_id.in_(cases), TIMERS.c.order_id.in_(orders))
        siblings = _locking(session, select(TIMERS).where(*due, owners))
        for row in await session.execute(siblings):
            claimed.setdefault(row.id, _timer(row))
    return sorted(claimed.values(), key=lambda t: (t.due_at, t.id))


async def settle(session: AsyncSession, timer_id: int, status: str, at: datetime) -> None:
    await session.execute(update(TIMERS).where(TIMERS.c.id == timer_id).values(status=status, fired_at=at))


async def of_case(session: AsyncSession, case_id: int) -> list[Timer]:
    rows = await session.execute(
        select(TIMERS).where(TIMERS.c.case_id == case_id).order_by(TIMERS.c.due_at, TIMERS.c.id)
    )
    return [_timer(r) for r in rows]


async def unscheduled(session: AsyncSession, states: Sequence[State], limit: int) -> list[int]:
    own = select(TIMERS.c.id).where(
        TIMERS.c.case_id == CASES.c.id, TIMERS.c.state == CASES.c.state, TIMERS.c.status != CANCELLED
    )
    query = (
        select(CASES.c.id)
        .where(CASES.c.state.in_([s.value for s in states]), CASES.c.due_at.is_not(None), ~exists(own))
        .order_by(CASES.c.id)
        .limit(limit)
    )
    return list((await session.execute(query)).scalars())


async def next_due(session: AsyncSession) -> datetime | None:
    return (await session.execute(select(func.min(TIMERS.c.due_at)).where(TIMERS.c.status == PENDING))).scalar()


# -- service orders' marks (docs/clock.md, "Service orders"): the same rows, ``order_id`` set ----


async def schedule_order(
    session: AsyncSession, order_id: int, state: OrderState, marks: Sequence[Mark], now: datetime
) -> None:
    if not marks:
        return
    await session.execute(
        insert(TIMERS),
        [
            {
                "order_id": order_id,
                "kind": m.kind,
                "state": state.value,
                "due_at": m.due_at,
                "status": PENDING,
                "created_at": now,
            }
            for m in marks
        ],
    )


async def cancel_order(session: AsyncSession, order_id: int, now: datetime) -> int:
    result = await session.execute(
        update(TIMERS)
        .where(TIMERS.c.order_id == order_id, TIMERS.c.status.in_([PENDING, PAUSED]))
        .values(status=CANCELLED, fired_at=now)
    )
    return result.rowcount or 0


async def of_order(session: AsyncSession, order_id: int) -> list[Timer]:
    rows = await session.execute(
        select(TIMERS).where(TIMERS.c.order_id == order_id).order_by(TIMERS.c.due_at, TIMERS.c.id)
    )
    return [_timer(r) for r in rows]
