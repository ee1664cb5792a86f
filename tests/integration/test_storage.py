"""Storage against real databases: migrations, transactions, races, dedupe, the outbox sender."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import ChannelRegistry, DeliveryError
from bot.messages import Button, Outbound
from bot.workers.outbox import OutboxSender
from storage.engine import create_engine, session_factory
from storage.inbound import first_time
from storage.migrate import alembic_config, upgrade_async
from storage.outbox_store import OutboxRow
from storage.records import (
    AuditRecord,
    CaseEntryRecord,
    CaseEventRecord,
    CaseRecord,
    OutboxRecord,
    ProcessedUpdateRecord,
    metadata,
)
from storage.uow import SqlUnitOfWork
from workflows.case import Actor, Intake
from workflows.errors import InvalidTransition, StaleCase
from workflows.events import CaseEntry, OutgoingNotice
from workflows.services import apply_trigger, open_case
from workflows.vocabulary import ALL_REGIONS, Channel, Role, Service, State, Trigger

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
TZ = ZoneInfo("Asia/Shanghai")
CASES = CaseRecord.__table__
EVENTS = CaseEventRecord.__table__
ENTRIES = CaseEntryRecord.__table__
OUTBOX = OutboxRecord.__table__
AUDIT = AuditRecord.__table__
PROCESSED = ProcessedUpdateRecord.__table__


# -- helpers -----------------------------------------------------------------------------


def operator(person_id: int) -> Actor:
    return Actor(id=person_id, roles=frozenset({Role.OPERATOR}), regions=frozenset({ALL_REGIONS}))


async def open_report(uow_factory, reporter_id: int, *, now: datetime = NOW, publish=None):
    intake = Intake(
        service=Service.FAMILY_MEDIATION,
        region="hailar",
        language="zh-Hans-CN",
        channel=Channel.TELEGRAM,
        description="My husband took my ID card.",
        consent_version="2026-01",
    )
    return await open_case(
        uow_factory(),
        intake=intake,
        actor=Actor.reporter(reporter_id),
        now=now,
        tz=TZ,
        reporter_id=reporter_id,
        publish=publish,
    )


async def accept(uow, reference: str, staff_id: int, *, publish=None):
    return await apply_trigger(
        uow, reference=reference, trigger=Trigger.ACCEPT, actor=operator(staff_id), now=NOW, tz=TZ, publish=publish
    )


async def scalar(engine: AsyncEngine, statement):
    async with engine.connect() as connection:
        return (await connection.execute(statement)).scalar_one()


async def case_row(engine: AsyncEngine, reference: str):
    async with engine.connect() as connection:
        return (await connection.execute(select(CASES).where(CASES.c.reference == reference))).one()


async def count(engine: AsyncEngine, table, *where) -> int:
    return await scalar(engine, select(func.count()).select_from(table).where(*where))


class GatedCases:
    """Wraps a case repository: ``get`` returns only once every racer has read."""

    def __init__(self, inner, barrier: asyncio.Barrier) -> None:
        self._inner = inner
        self._barrier = barrier

    async def get(self, reference: str):
        case = await self._inner.get(reference)
        await asyncio.wait_for(self._barrier.wait(), 20)
        return case

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class GatedUnitOfWork(SqlUnitOfWork):
    def __init__(self, engine: AsyncEngine, barrier: asyncio.Barrier) -> None:
        super().__init__(session_factory(engine), lambda: NOW)
        self._barrier = barrier

    async def __aenter__(self) -> GatedUnitOfWork:
        await super().__aenter__()
        self.cases = GatedCases(self.cases, self._barrier)
        return self


class RecordingChannel:
    """Captures what it is asked to deliver; raises the queued failures first."""

    def __init__(self, scheme: str = "telegram", failures: list[Exception] | None = None) -> None:
        self.scheme = scheme
        self.failures = list(failures or [])
        self.delivered: list[Outbound] = []
        self.arrived = asyncio.Event()

    async def deliver(self, message: Outbound) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.delivered.append(message)
        self.arrived.set()


def render(row: OutboxRow) -> Outbound:
    buttons = tuple(tuple(Button(label=str(label), action=action) for label, action in r) for r in row.buttons)
    return Outbound(address=row.address, text=f"{row.message_id}:{row.args.get('reference', '')}", buttons=buttons)


def sender_for(engine: AsyncEngine, channel: RecordingChannel, **options) -> OutboxSender:
    channels = ChannelRegistry()
    channels.register(channel)
    return OutboxSender(
        sessions=session_factory(engine), channels=channels, render=render, clock=lambda: NOW, **options
    )


async def put_notices(uow_factory, *notices: OutgoingNotice) -> None:
    async with uow_factory() as uow:
        for notice in notices:
            await uow.outbox.put(notice)
        await uow.commit()


async def outbox_rows(engine: AsyncEngine):
    async with engine.connect() as connection:
        return (await connection.execute(select(OUTBOX).order_by(OUTBOX.c.id))).all()


# -- migrations --------------------------------------------------------------------------


async def test_upgrade_head_on_a_fresh_database_builds_exactly_the_schema_the_models_describe(empty_db_url):
    await upgrade_async(empty_db_url)

    def inspect(connection):
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return context.get_current_revision(), compare_metadata(context, metadata)

    engine = create_engine(empty_db_url)
    try:
        async with engine.connect() as connection:
            revision, differences = await connection.run_sync(inspect)
    finally:
        await engine.dispose()
    assert revision == ScriptDirectory.from_config(alembic_config(empty_db_url)).get_current_head()
    assert differences == []


# -- optimistic concurrency --------------------------------------------------------------


async def test_two_processes_firing_on_one_case_at_once_one_wins_and_the_other_gets_stale_case(
    engine, other_engine, seeded, make_uow
):
    opened = await open_report(make_uow(engine), seeded.reporter_ids[0])
    both_read = asyncio.Barrier(2)
    first, second = seeded.staff_ids

    outcomes = await asyncio.gather(
        accept(GatedUnitOfWork(engine, both_read), opened.case.reference, first),
        accept(GatedUnitOfWork(other_engine, both_read), opened.case.reference, second),
        return_exceptions=True,
    )

    stale = [o for o in outcomes if isinstance(o, StaleCase)]
    won = [o for o in outcomes if not isinstance(o, BaseException)]
    assert len(stale) == 1 and len(won) == 1, outcomes
    row = await case_row(engine, opened.case.reference)
    assert row.version == 2
    assert row.state == State.ACCEPTED.value
    assert row.owner_id == won[0].actor_id
    assert await count(engine, EVENTS, EVENTS.c.case_id == opened.case.id) == 2  # submit + one accept


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_many_concurrent_triggers_on_different_cases_on_sqlite_all_succeed(
    engine, other_engine, seeded, make_uow
):
    factories = [make_uow(engine), make_uow(other_engine)]
    opened = await asyncio.gather(*(open_report(factories[i % 2], seeded.reporter_ids[i % 3]) for i in range(40)))

    events = await asyncio.gather(
        *(accept(factories[i % 2](), o.case.reference, seeded.staff_ids[0]) for i, o in enumerate(opened))
    )

    assert len(events) == 40
    assert await count(engine, CASES, CASES.c.state == State.ACCEPTED.value, CASES.c.version == 2) == 40
    assert await count(engine, EVENTS, EVENTS.c.trigger == Trigger.ACCEPT.value) == 40


# -- transactions ------------------------------------------------------------------------


async def test_the_same_inbound_update_processed_twice_has_one_effect(engine, other_engine, seeded, make_uow):
    opened = await open_report(make_uow(engine), seeded.reporter_ids[0])
    reporter = seeded.reporter_ids[0]

    async def handle(uow_factory, update_id: str, *, commit: bool = True) -> bool:
        async with uow_factory() as uow:
            if not await first_time(uow.session, "telegram", update_id, NOW):
                return False
            entry = CaseEntry(opened.case.id, "message_in", NOW, Role.REPORTER, reporter, text=f"hi {update_id}")
            await uow.entries.add(entry)
            if commit:
                await uow.commit()
            return True

    one, two = make_uow(engine), make_uow(other_engine)
    in_turn = [await handle(one, "101"), await handle(two, "101")]
    at_once = await asyncio.gather(handle(one, "102"), handle(two, "102"))
    crashed_then_redelivered = [await handle(one, "103", commit=False), await handle(two, "103")]

    assert in_turn == [True, False]
    assert sorted(at_once) == [False, True]
    assert crashed_then_redelivered == [True, True]
    texts = [e.text for e in await _entries(make_uow(engine), opened.case.id) if e.kind == "message_in"]
    assert sorted(texts) == ["hi 101", "hi 102", "hi 103"]


async def _entries(uow_factory, case_id: int):
    async with uow_factory() as uow:
        return await uow.entries.for_case(case_id)


async def test_an_error_after_the_state_change_but_before_commit_leaves_no_change_event_or_outbox_row(
    engine, seeded, make_uow
):
    uow_factory = make_uow(engine)
    opened = await open_report(uow_factory, seeded.reporter_ids[0])

    async def notify_then_crash(uow, changed):
        await uow.outbox.put(OutgoingNotice(address="telegram:1", message_id="case-accepted", case_id=changed.case.id))
        raise RuntimeError("crash before commit")

    with pytest.raises(RuntimeError):
        await accept(uow_factory(), opened.case.reference, seeded.staff_ids[0], publish=notify_then_crash)
    with pytest.raises(RuntimeError):
        await open_report(uow_factory, seeded.reporter_ids[1], publish=notify_then_crash)
    after = await open_report(uow_factory, seeded.reporter_ids[2])

    row = await case_row(engine, opened.case.reference)
    assert (row.state, row.version, row.owner_id) == (State.NEW.value, 1, None)
    assert await count(engine, EVENTS) == 2  # the two successful submits
    assert await count(engine, CASES) == 2
    assert await count(engine, OUTBOX) == 0
    assert after.case.reference == "HLB-2026-000002"  # the crashed open used no number


async def test_case_references_are_sequential_per_year_and_unique_under_concurrency(
    engine, other_engine, seeded, make_uow
):
    factories = [make_uow(engine), make_uow(other_engine)]
    next_year = datetime(2027, 1, 5, 3, 0, tzinfo=UTC)

    opened = await asyncio.gather(
        *(open_report(factories[i % 2], seeded.reporter_ids[i % 3]) for i in range(12)),
        *(open_report(factories[i % 2], seeded.reporter_ids[0], now=next_year) for i in range(3)),
    )

    references = sorted(o.case.reference for o in opened)
    assert references == [f"HLB-2026-{n:06d}" for n in range(1, 13)] + [f"HLB-2027-{n:06d}" for n in range(1, 4)]


# -- outbox sender -----------------------------------------------------------------------


async def test_the_outbox_sender_delivers_due_messages_with_their_outbox_id_and_marks_them_sent(engine, make_uow):
    channel = RecordingChannel()
    await put_notices(
        make_uow(engine),
        OutgoingNotice(address="telegram:7", message_id="case-opened", args={"reference": "HLB-2026-000001"}),
        OutgoingNotice(
            address="telegram:8",
            message_id="case-accepted",
            args={"reference": "HLB-2026-000002"},
            buttons=((("button-status", "status"), ("button-exit", "exit")),),
        ),
    )
    sender = sender_for(engine, channel)

    handled = await sender.run_once(NOW)
    again = await sender.run_once(NOW + timedelta(hours=1))

    rows = await outbox_rows(engine)
    assert (handled, again) == (2, 0)
    assert sorted((m.address, m.text, m.outbox_id) for m in channel.delivered) == [
        ("telegram:7", "case-opened:HLB-2026-000001", rows[0].id),
        ("telegram:8", "case-accepted:HLB-2026-000002", rows[1].id),
    ]
    assert [(r.status, r.attempts, r.sent_at) for r in rows] == [("sent", 1, NOW), ("sent", 1, NOW)]
    with_buttons = next(m for m in channel.delivered if m.address == "telegram:8")
    assert with_buttons.buttons == ((Button("button-status", "status"), Button("button-exit", "exit")),)


async def test_two_senders_claiming_at_once_deliver_each_message_once(engine, other_engine, make_uow):
    await put_notices(
        make_uow(engine), *(OutgoingNotice(address=f"telegram:{n}", message_id="case-opened") for n in range(30))
    )
    channel = RecordingChannel()
    one = sender_for(engine, channel, batch_size=10)
    two = sender_for(other_engine, channel, batch_size=10)

    for _ in range(3):
        await asyncio.gather(one.run_once(NOW), two.run_once(NOW))

    delivered = sorted(m.outbox_id for m in channel.delivered)
    assert delivered == [r.id for r in await outbox_rows(engine)]
    assert await count(engine, OUTBOX, OUTBOX.c.status == "sent") == 30


async def test_the_outbox_sender_retries_a_failing_channel_with_backoff_and_delivers_later(engine, make_uow):
    channel = RecordingChannel(failures=[DeliveryError("timeout"), DeliveryError("timeout")])
    await put_notices(make_uow(engine), OutgoingNotice(address="telegram:7", message_id="case-opened"))
    sender = sender_for(engine, channel, backoff_base=timedelta(seconds=10))

    await sender.run_once(NOW)  # fails: next try in 10 s
    first = (await outbox_rows(engine))[0]
    early = await sender.run_once(NOW + timedelta(seconds=9))
    await sender.run_once(NOW + timedelta(seconds=10))  # fails: next try in 20 s
    second = (await outbox_rows(engine))[0]
    await sender.run_once(NOW + timedelta(seconds=30))
    last = (await outbox_rows(engine))[0]

    assert (first.status, first.attempts, first.not_before, first.last_error) == (
        "pending",
        1,
        NOW + timedelta(seconds=10),
        "timeout",
    )
    assert early == 0
    assert (second.attempts, second.not_before) == (2, NOW + timedelta(seconds=30))
    assert (last.status, last.attempts, last.sent_at, last.last_error) == ("sent", 3, NOW + timedelta(seconds=30), "")
    assert len(channel.delivered) == 1


async def test_the_outbox_sender_dead_letters_after_the_last_attempt_with_one_log_line(engine, make_uow, caplog):
    channel = RecordingChannel(failures=[DeliveryError(f"down {n}") for n in range(10)])
    await put_notices(make_uow(engine), OutgoingNotice(address="telegram:7", message_id="case-opened"))
    sender = sender_for(engine, channel, max_attempts=3, backoff_base=timedelta(seconds=1))

    with caplog.at_level(logging.INFO, logger="bot.workers.outbox"):
        for minute in range(5):
            await sender.run_once(NOW + timedelta(minutes=minute))

    row = (await outbox_rows(engine))[0]
    assert (row.status, row.attempts, row.last_error) == ("dead", 3, "down 2")
    assert channel.delivered == []
    dead_lines = [r for r in caplog.records if "dead-lettered" in r.getMessage()]
    assert len(dead_lines) == 1 and dead_lines[0].levelno == logging.ERROR


async def test_a_permanent_delivery_error_dead_letters_at_once(engine, make_uow):
    channel = RecordingChannel(failures=[DeliveryError("bot was blocked by the user", permanent=True)])
    await put_notices(make_uow(engine), OutgoingNotice(address="telegram:7", message_id="case-opened"))

    await sender_for(engine, channel).run_once(NOW)

    row = (await outbox_rows(engine))[0]
    assert (row.status, row.attempts, row.last_error) == ("dead", 1, "bot was blocked by the user")


async def test_the_outbox_sender_honours_the_retry_after_the_channel_gave(engine, make_uow):
    channel = RecordingChannel(failures=[DeliveryError("flood control", retry_after=42)])
    await put_notices(make_uow(engine), OutgoingNotice(address="telegram:7", message_id="case-opened"))
    sender = sender_for(engine, channel)

    await sender.run_once(NOW)
    waiting = (await outbox_rows(engine))[0]
    too_early = await sender.run_once(NOW + timedelta(seconds=41))
    on_time = await sender.run_once(NOW + timedelta(seconds=42))

    assert (waiting.status, waiting.not_before) == ("pending", NOW + timedelta(seconds=42))
    assert (too_early, on_time) == (0, 1)
    assert len(channel.delivered) == 1


async def test_a_message_for_a_scheme_this_process_does_not_serve_is_left_alone_and_logged_once(
    engine, make_uow, caplog
):
    await put_notices(make_uow(engine), OutgoingNotice(address="sms:+8613800000000", message_id="case-opened"))
    sender = sender_for(engine, RecordingChannel(), unroutable_delay=timedelta(minutes=1))

    with caplog.at_level(logging.WARNING, logger="bot.workers.outbox"):
        for minute in range(3):
            await sender.run_once(NOW + timedelta(minutes=minute))

    row = (await outbox_rows(engine))[0]
    assert (row.status, row.attempts) == ("pending", 0)
    assert row.not_before == NOW, "not claimed: a process serving sms takes it at once"
    assert len([r for r in caplog.records if "no channel" in r.getMessage()]) == 1


async def test_notify_wakes_the_running_sender_before_its_poll_interval(engine):
    channel = RecordingChannel()
    channels = ChannelRegistry()
    channels.register(channel)
    sender = OutboxSender(sessions=session_factory(engine), channels=channels, render=render, poll_interval=60)
    sender.start()
    try:
        await asyncio.sleep(0.2)  # let the first round find nothing and go to sleep
        real_now = datetime.now(UTC)
        async with SqlUnitOfWork(session_factory(engine), lambda: real_now) as uow:
            await uow.outbox.put(OutgoingNotice(address="telegram:7", message_id="case-opened"))
            await uow.commit()
        sender.notify()
        await asyncio.wait_for(channel.arrived.wait(), 5)
    finally:
        await sender.stop()

    assert not sender.running
    assert [m.address for m in channel.delivered] == ["telegram:7"]


async def test_a_service_nested_in_an_open_unit_of_work_is_undone_when_the_outer_one_fails(engine, seeded, make_uow):
    opened = await open_report(make_uow(engine), seeded.reporter_ids[0])
    outer = make_uow(engine)()

    with pytest.raises(RuntimeError):
        async with outer:
            await outer.cases.get(opened.case.reference)  # only a read before the nested service
            await accept(outer, opened.case.reference, seeded.staff_ids[0])
            raise RuntimeError("the dialog turn fails after the service committed its part")

    row = await case_row(engine, opened.case.reference)
    assert (row.state, row.version) == (State.NEW.value, 1)
    assert await count(engine, EVENTS) == 1


async def test_a_refused_nested_service_keeps_the_outer_work_and_the_record_of_the_attempt(engine, seeded, make_uow):
    opened = await open_report(make_uow(engine), seeded.reporter_ids[0])
    staff = seeded.staff_ids[0]
    await accept(make_uow(engine)(), opened.case.reference, staff)
    outer = make_uow(engine)()

    async with outer:
        assert await first_time(outer.session, "telegram", "555", NOW)
        with pytest.raises(InvalidTransition):
            await accept(outer, opened.case.reference, staff)  # already accepted
        await outer.commit()

    assert await count(engine, PROCESSED) == 1
    assert await count(engine, AUDIT, AUDIT.c.outcome == f"refused:{InvalidTransition.code}") == 1
    assert (await case_row(engine, opened.case.reference)).version == 2


async def test_saving_a_case_without_a_state_change_still_stamps_updated_at(engine, seeded, make_uow):
    opened = await open_report(make_uow(engine), seeded.reporter_ids[0])
    later = NOW + timedelta(hours=5)

    async with make_uow(engine, later)() as uow:
        case = await uow.cases.get(opened.case.reference)
        case.overdue, case.version = True, case.version + 1
        await uow.cases.save(case, case.version - 1)
        await uow.commit()

    row = await case_row(engine, opened.case.reference)
    assert (row.overdue, row.version, row.state_entered_at, row.updated_at) == (True, 2, NOW, later)


async def test_a_message_for_someone_offline_waits_without_spending_attempts_and_goes_when_she_is_back(
    engine, make_uow
):
    channel = RecordingChannel("web", failures=[DeliveryError("page closed", offline=True) for _ in range(20)])
    await put_notices(make_uow(engine), OutgoingNotice(address="web:her", message_id="relay-from-mediator"))
    sender = sender_for(engine, channel, max_attempts=3)

    for minute in range(0, 60, 3):  # an hour of rounds while her page is closed
        await sender.run_once(NOW + timedelta(minutes=minute))
    waiting = (await outbox_rows(engine))[0]
    channel.failures.clear()
    await sender.release("web:her")
    await sender.run_once(NOW)

    assert (waiting.status, waiting.attempts) == ("pending", 0), "no attempt spent while she is offline"
    assert [m.address for m in channel.delivered] == ["web:her"]
    assert (await outbox_rows(engine))[0].status == "sent"


async def test_a_message_for_someone_offline_too_long_is_dead_lettered(engine, make_uow):
    channel = RecordingChannel("web", failures=[DeliveryError("page closed", offline=True)])
    await put_notices(make_uow(engine), OutgoingNotice(address="web:gone", message_id="relay-from-mediator"))
    sender = sender_for(engine, channel, max_attempts=1, offline_max_age=timedelta(days=14))

    await sender.run_once(NOW + timedelta(days=15))

    assert (await outbox_rows(engine))[0].status == "dead"
