"""The clock's start-up check for cases without marks reads outside the write batch (SQLite).

With every case already marked there is nothing to write, so the check must not queue for the
in-process write lock that chat turns share: with 100,000 cases it reads for up to 1.7 s
(bench/clock.py), and a start would hold every turn that long."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import insert, select
from test_clock_worker import CASES, T0, TIMERS, Clock, clock_app, rows

from bot.workers.clock import ClockWorker
from storage import seed


def a_new_case(number: int) -> dict:
    return dict(
        reference=f"HLB-2026-{number:06d}", state="new", service="rights", region="hailar", language="en",
        channel="web", risk="low", minor_involved=False, elder_involved=False, anonymous=True, no_contact=False,
        confidential=False, contact="this_chat", escalation_level=0, overdue=False, version=1, created_at=T0,
        state_entered_at=T0, due_at=T0 + timedelta(days=1), updated_at=T0,
    )  # fmt: skip


async def test_with_every_case_marked_the_start_up_check_does_not_wait_for_the_write_lock(tmp_path, sqlite_url):
    clock = Clock()
    app = clock_app(tmp_path, sqlite_url, clock)
    engine = app.engine
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await uow.commit()
    async with engine.begin() as connection:
        marked = (await connection.execute(insert(CASES).values(**a_new_case(1)).returning(CASES.c.id))).scalar_one()
        await connection.execute(
            insert(TIMERS).values(
                case_id=marked, kind="overdue", state="new", due_at=T0 + timedelta(days=1), status="pending",
                created_at=T0,
            )
        )  # fmt: skip
    try:
        worker = ClockWorker(app)
        async with app.write_lock:  # a chat turn's batch holds the write lock
            await asyncio.wait_for(worker.backfill(), timeout=5)
        assert worker.backfilled

        async with engine.begin() as connection:  # a case without marks: the check finds it and writes
            await connection.execute(insert(CASES).values(**a_new_case(2)))
        later = ClockWorker(app)
        await later.backfill()
        kinds = await rows(engine, select(TIMERS.c.kind).where(TIMERS.c.case_id != marked).order_by(TIMERS.c.due_at))
        assert [k for (k,) in kinds] == ["remind_50", "remind_80", "overdue", "escalate"]
    finally:
        await app.engine.dispose()
