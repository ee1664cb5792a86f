"""The clock worker on real databases: short clocks, real staff, outbox rows and audit in one commit.

Also claiming from two "processes" (two engines) at once: every due mark fires exactly once.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from bot.bootstrap import build_app
from bot.settings import load_settings
from bot.workers import WORKERS
from bot.workers.clock import ClockWorker, clock_worker
from storage import outbox_store
from storage.records import AuditRecord, CaseRecord, CaseTimerRecord, IdentityRecord, OutboxRecord, StaffRecord
from workflows.case import Actor, Intake
from workflows.services import apply_trigger, open_case
from workflows.services.clock import fire_due
from workflows.timers import FIRED, PENDING, Mark
from workflows.vocabulary import Channel, Role, Service, State, Trigger

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # a Monday, 10:00 in Shanghai
OUTBOX, AUDIT, TIMERS, CASES = (
    OutboxRecord.__table__,
    AuditRecord.__table__,
    CaseTimerRecord.__table__,
    CaseRecord.__table__,
)
INTAKE = Intake(Service.RIGHTS, "hailar", "en", Channel.WEB, description="words", consent_version="2026-01")


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


async def add_staff(engine, person_id: int, address: str, roles: list[str]) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            insert(StaffRecord.__table__).values(
                person_id=person_id, roles=roles, regions=["hailar"], display_name=address, joined_at=T0
            )
        )
        await connection.execute(
            insert(IdentityRecord.__table__).values(address=address, person_id=person_id, created_at=T0)
        )


async def rows(engine, query) -> list[tuple]:
    async with engine.connect() as connection:
        return [tuple(r) for r in await connection.execute(query)]


def clock_app(tmp_path: Path, db_url: str, clock: Clock, **settings):
    values = {"deadline_new": "1m", "deadline_hold_review": "10m", "clock_poll": "0.2"} | settings
    return build_app(
        load_settings(database_url=db_url, data_dir=tmp_path, web_enabled=False, retention_enabled=False, **values),
        now=clock,
    )


async def test_the_clock_worker_is_listed_started_by_default_and_can_be_turned_off(tmp_path, sqlite_url):
    clock = Clock()
    assert clock_worker in WORKERS
    app = clock_app(tmp_path, sqlite_url, clock)
    off = clock_app(tmp_path, sqlite_url, clock, clock_enabled=False)
    try:
        worker = clock_worker(app)
        assert isinstance(worker, ClockWorker) and worker.interval == 0.2
        assert worker.batch == 5  # SQLite: the round holds the write lock, so smaller batches
        assert clock_worker(off) is None
    finally:
        await app.engine.dispose()
        await off.engine.dispose()


async def test_reminders_overdue_and_escalation_reach_staff_as_the_clock_runs(tmp_path, db_url, engine, seeded):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock)
    operator_id, supervisor_id = seeded.staff_ids
    await add_staff(engine, operator_id, "web:operator", ["operator"])
    await add_staff(engine, supervisor_id, "web:supervisor", ["supervisor"])
    policy = app.dialogs.context.policy
    try:
        opened = await open_case(
            app.unit_of_work(), intake=INTAKE, actor=Actor.reporter(seeded.reporter_ids[0]), now=T0,
            tz=app.settings.zone, reporter_id=seeded.reporter_ids[0], policy=policy,
        )  # fmt: skip
        assert opened.case.due_at == T0 + timedelta(minutes=1)  # WALKING_HOME_DEADLINE_NEW=1m
        worker = ClockWorker(app)

        clock.now = T0 + timedelta(seconds=29)
        assert await worker.run_round() is None and worker.last_round.fired == 0  # nothing due yet
        clock.now = T0 + timedelta(seconds=31)
        await worker.run_round()
        sent = await rows(engine, select(OUTBOX.c.address, OUTBOX.c.message_id).order_by(OUTBOX.c.id))
        assert sorted(sent) == [("web:operator", "clock-reminder-half"), ("web:supervisor", "clock-reminder-half")]

        clock.now = T0 + timedelta(minutes=5)  # the worker was down: 80 %, 100 % and 150 % all past
        await worker.run_round()
        # The escalation tells the supervisors; the overdue mark acts beside it, since it tells the owner.
        assert (worker.last_round.fired, worker.last_round.skipped) == (2, 1)
        sent = await rows(engine, select(OUTBOX.c.address, OUTBOX.c.message_id, OUTBOX.c.args).order_by(OUTBOX.c.id))
        assert [(a, m) for a, m, _ in sent[2:]] == [
            ("web:operator", "clock-overdue"),  # before: the owner was never told after downtime
            ("web:supervisor", "clock-overdue"),
            ("web:supervisor", "clock-escalation"),
        ]
        assert sent[-1][2]["reference"] == {"$text": opened.case.reference}
        case = await rows(engine, select(CASES.c.overdue, CASES.c.version))
        assert case == [(True, 2)]
        audit = await rows(engine, select(AUDIT.c.action, AUDIT.c.actor_id).order_by(AUDIT.c.id))
        assert audit == [("clock:remind_50", None), ("clock:overdue", None), ("clock:escalate", None)]
        statuses = await rows(engine, select(TIMERS.c.kind, TIMERS.c.status).order_by(TIMERS.c.due_at))
        assert statuses == [
            ("remind_50", "fired"),
            ("remind_80", "skipped"),
            ("overdue", "fired"),
            ("escalate", "fired"),
        ]

        await worker.run_round()  # nothing fires twice
        assert worker.last_round.fired == 0 and len(await rows(engine, select(OUTBOX.c.id))) == 5
        # Background rows: a staff member's replies go before the clock's notices in her chat.
        assert {p for (p,) in await rows(engine, select(OUTBOX.c.priority))} == {outbox_store.BACKGROUND}

        supervisor = Actor(id=supervisor_id, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({"hailar"}))
        await apply_trigger(
            app.unit_of_work(), reference=opened.case.reference, trigger=Trigger.ACCEPT, actor=supervisor,
            now=clock.now, tz=app.settings.zone, policy=policy,
        )  # fmt: skip
        assert await rows(engine, select(CASES.c.overdue, CASES.c.state)) == [(False, State.ACCEPTED.value)]
    finally:
        await app.engine.dispose()


async def test_two_processes_claiming_at_once_fire_each_mark_exactly_once(
    db_url, engine, other_engine, make_uow, seeded
):
    cases = 40
    async with engine.begin() as connection:
        for number in range(cases):
            await connection.execute(
                insert(CASES).values(
                    reference=f"HLB-2026-{number:06d}", state="new", service="rights", region="hailar",
                    language="en", channel="web", risk="low", minor_involved=False, elder_involved=False,
                    anonymous=True, no_contact=False, confidential=False, contact="this_chat", escalation_level=0,
                    overdue=False, version=1, created_at=T0, state_entered_at=T0, updated_at=T0,
                )
            )  # fmt: skip
    uow = make_uow(engine, T0)()
    async with uow:
        for case_id in range(1, cases + 1):
            await uow.timers.schedule(case_id, State.NEW, [Mark("overdue", T0 + timedelta(seconds=case_id))])
        await uow.commit()
    later = T0 + timedelta(minutes=5)
    one, two = make_uow(engine, later), make_uow(other_engine, later)

    async def process(factory) -> int:
        fired = 0
        while True:
            done = await fire_due(factory(), now=later, limit=3)
            fired += done.fired
            if not done.more:
                return fired

    counts = await asyncio.gather(process(one), process(two))
    assert sum(counts) == cases
    statuses = await rows(engine, select(TIMERS.c.status, func.count()).group_by(TIMERS.c.status))
    assert statuses == [(FIRED, cases)]
    assert await rows(engine, select(func.count()).select_from(AUDIT)) == [(cases,)]
    assert await rows(engine, select(func.count()).select_from(CASES).where(CASES.c.overdue.is_(True))) == [(cases,)]
    assert PENDING not in {s for s, _ in statuses}


async def test_the_first_round_gives_cases_from_before_the_clock_their_marks(tmp_path, db_url, engine, seeded):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock)
    _, supervisor_id = seeded.staff_ids
    await add_staff(engine, supervisor_id, "web:supervisor", ["supervisor"])
    async with engine.begin() as connection:  # written before migration 0010: no timers
        await connection.execute(
            insert(CASES).values(
                reference="HLB-2026-000001", state="dispatched", service="rights", region="hailar",
                language="en", channel="web", risk="low", minor_involved=False, elder_involved=False,
                anonymous=True, no_contact=False, confidential=False, contact="this_chat", escalation_level=0,
                overdue=False, version=1, created_at=T0 - timedelta(days=5), state_entered_at=T0 - timedelta(days=4),
                due_at=T0 - timedelta(days=2), updated_at=T0,
            )
        )  # fmt: skip
    try:
        worker = ClockWorker(app)
        await worker.run_round()
        assert worker.backfilled and worker.last_round.fired == 2  # 150 % is past too: the escalation and the overdue
        kinds = await rows(engine, select(TIMERS.c.kind, TIMERS.c.status).order_by(TIMERS.c.due_at))
        assert kinds == [
            ("remind_50", "skipped"),
            ("remind_80", "skipped"),
            ("overdue", "fired"),
            ("escalate", "fired"),
        ]
        assert await rows(engine, select(OUTBOX.c.address, OUTBOX.c.message_id).order_by(OUTBOX.c.id)) == [
            ("web:supervisor", "clock-overdue"),
            ("web:supervisor", "clock-escalation"),
        ]
        await worker.run_round()
        assert len(await rows(engine, select(TIMERS.c.id))) == 4  # not scheduled twice
    finally:
        await app.engine.dispose()
