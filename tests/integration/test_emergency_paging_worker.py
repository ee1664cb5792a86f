"""Paging an emergency nobody acknowledged, on SQLite and PostgreSQL (docs/clock.md, "Emergencies"):
the clock worker pages once per period, urgently, the city-level supervisors from the second
period, `/duty` (staff.on_duty) decides who is on duty, acknowledging stops the pages, and two
processes claiming at once page each case once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, insert, select, update
from test_clock_worker import CASES, OUTBOX, T0, TIMERS, Clock, clock_app, rows

from bot.emergency_pages import EmergencyPages
from bot.workers.clock import ClockWorker
from storage.records import IdentityRecord, StaffRecord
from workflows.case import Actor, Intake
from workflows.publishing import EventTable
from workflows.services import open_case
from workflows.services.clock import ClockMarkFired, fire_due
from workflows.services.staff_desk import acknowledge_emergency
from workflows.timers import FIRED, PAGE, PAGE_CITY, PENDING, Mark
from workflows.vocabulary import Channel, Role, Service, State

STAFF = StaffRecord.__table__
EMERGENCY = Intake(
    Service.RIGHTS, "hailar", "en", Channel.WEB, description="words", consent_version="2026-01", emergency_reason="now"
)


async def add_staff(engine, person_id: int, address: str, roles: list[str], regions: list[str], on_duty: bool) -> None:
    async with engine.begin() as connection:
        await connection.execute(
            insert(STAFF).values(
                person_id=person_id, roles=roles, regions=regions, display_name=address, joined_at=T0, on_duty=on_duty
            )
        )
        await connection.execute(
            insert(IdentityRecord.__table__).values(address=address, person_id=person_id, created_at=T0)
        )


async def pages(engine, message_id: str = "clock-emergency-page") -> list[tuple]:
    query = select(OUTBOX.c.address, OUTBOX.c.priority).where(OUTBOX.c.message_id == message_id).order_by(OUTBOX.c.id)
    return await rows(engine, query)


async def test_the_worker_pages_each_period_once_until_someone_acknowledges(tmp_path, db_url, engine, seeded):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock, deadline_emergency_ack="1m")
    operator_id, supervisor_id = seeded.staff_ids
    city_id = seeded.reporter_ids[2]
    await add_staff(engine, operator_id, "web:operator", ["operator"], ["hailar"], on_duty=True)
    await add_staff(engine, supervisor_id, "web:supervisor", ["supervisor"], ["hailar"], on_duty=False)
    await add_staff(engine, city_id, "web:city", ["supervisor"], ["all"], on_duty=False)
    try:
        opened = await open_case(
            app.unit_of_work(), intake=EMERGENCY, actor=Actor.reporter(seeded.reporter_ids[0]), now=T0,
            tz=app.settings.zone, reporter_id=seeded.reporter_ids[0], policy=app.dialogs.context.policy,
            publish=app.publish,
        )  # fmt: skip
        assert opened.case.state is State.EMERGENCY and opened.case.due_at == T0 + timedelta(minutes=1)
        assert await pages(engine, "clock-emergency-nobody-on-duty") == []  # the operator is on duty
        worker = ClockWorker(app)

        clock.now = T0 + timedelta(seconds=59)
        await worker.run_round()
        assert worker.last_round.fired == 0 and await pages(engine) == []
        clock.now = T0 + timedelta(seconds=61)
        await worker.run_round()
        assert worker.last_round.fired == 1
        assert sorted(await pages(engine)) == [("web:operator", 1), ("web:supervisor", 1)]  # urgent rows
        await worker.run_round()
        assert worker.last_round.fired == 0 and len(await pages(engine)) == 2  # once per page

        clock.now = T0 + timedelta(minutes=2, seconds=1)
        await worker.run_round()
        assert sorted((await pages(engine))[2:]) == [("web:city", 1), ("web:operator", 1), ("web:supervisor", 1)]

        async with engine.begin() as connection:  # `/duty off`
            await connection.execute(update(STAFF).where(STAFF.c.person_id == operator_id).values(on_duty=False))
        clock.now = T0 + timedelta(minutes=3, seconds=1)
        await worker.run_round()
        assert sorted((await pages(engine))[5:]) == [("web:city", 1), ("web:supervisor", 1)]

        supervisor = Actor(id=supervisor_id, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({"hailar"}))
        await acknowledge_emergency(
            app.unit_of_work(), reference=opened.case.reference, actor=supervisor, now=clock.now
        )
        clock.now = T0 + timedelta(minutes=30)
        await worker.run_round()
        assert worker.last_round.fired == 0 and len(await pages(engine)) == 7
        statuses = await rows(engine, select(TIMERS.c.kind, TIMERS.c.status).order_by(TIMERS.c.due_at))
        assert statuses == [(PAGE, "fired"), (PAGE_CITY, "fired"), (PAGE_CITY, "fired"), (PAGE_CITY, "cancelled")]
    finally:
        await app.engine.dispose()


async def test_nobody_on_duty_pages_the_regions_supervisor_when_the_emergency_opens(tmp_path, db_url, engine, seeded):
    app = clock_app(tmp_path, db_url, Clock())
    operator_id, supervisor_id = seeded.staff_ids
    await add_staff(engine, operator_id, "web:operator", ["operator"], ["hailar"], on_duty=False)
    await add_staff(engine, supervisor_id, "web:supervisor", ["supervisor"], ["hailar"], on_duty=False)
    try:
        await open_case(
            app.unit_of_work(), intake=EMERGENCY, actor=Actor.reporter(seeded.reporter_ids[0]), now=T0,
            tz=app.settings.zone, reporter_id=seeded.reporter_ids[0], policy=app.dialogs.context.policy,
            publish=app.publish,
        )  # fmt: skip
        assert await pages(engine, "clock-emergency-nobody-on-duty") == [("web:supervisor", 1)]
        assert await pages(engine, "staff-alert-emergency") == []  # nobody on duty to alert
    finally:
        await app.engine.dispose()


async def test_two_processes_paging_at_once_page_each_emergency_once(db_url, engine, other_engine, make_uow, seeded):
    cases = 24
    await add_staff(engine, seeded.staff_ids[0], "web:operator", ["operator"], ["hailar"], on_duty=True)
    async with engine.begin() as connection:
        for number in range(cases):
            await connection.execute(
                insert(CASES).values(
                    reference=f"HLB-2026-{number:06d}", state="emergency", service="rights", region="hailar",
                    language="en", channel="web", risk="high", minor_involved=False, elder_involved=False,
                    anonymous=True, no_contact=False, confidential=False, contact="this_chat", escalation_level=0,
                    overdue=False, version=1, created_at=T0, state_entered_at=T0, updated_at=T0,
                    due_at=T0 + timedelta(minutes=1),
                )
            )  # fmt: skip
    uow = make_uow(engine, T0)()
    async with uow:
        for case_id in range(1, cases + 1):
            await uow.timers.schedule(case_id, State.EMERGENCY, [Mark(PAGE, T0 + timedelta(minutes=1))])
        await uow.commit()
    later = T0 + timedelta(minutes=1, seconds=30)
    one, two = make_uow(engine, later), make_uow(other_engine, later)
    publish = EventTable({ClockMarkFired: [EmergencyPages().on_mark]})

    async def process(factory) -> int:
        fired = 0
        while True:
            done = await fire_due(factory(), now=later, limit=3, publish=publish)
            fired += done.fired
            if not done.more:
                return fired

    counts = await asyncio.gather(process(one), process(two))
    assert sum(counts) == cases
    assert await rows(engine, select(func.count()).select_from(OUTBOX)) == [(cases,)]  # one page per case
    statuses = await rows(
        engine, select(TIMERS.c.kind, TIMERS.c.status, func.count()).group_by(TIMERS.c.kind, TIMERS.c.status)
    )
    assert sorted(statuses) == [(PAGE, FIRED, cases), (PAGE_CITY, PENDING, cases)]  # each stored its next page
    next_due = await rows(engine, select(func.min(TIMERS.c.due_at)).where(TIMERS.c.status == PENDING))
    assert next_due[0][0].replace(tzinfo=None) == (T0 + timedelta(minutes=2)).replace(tzinfo=None)


async def test_after_a_long_outage_the_clock_tries_again_within_30_s(tmp_path, db_url):
    """Failed rounds back off from the poll interval, doubling, to 30 s at most: an emergency's page
    goes out within 30 s of the database coming back (the cap was 5 minutes)."""
    app = clock_app(tmp_path, db_url, Clock())
    try:
        worker = ClockWorker(app)
        waits = [worker.backoff(failures) for failures in range(1, 40)]
        assert waits[0] == app.settings.clock_poll
        assert waits == sorted(waits) and max(waits) == 30.0
    finally:
        await app.engine.dispose()
