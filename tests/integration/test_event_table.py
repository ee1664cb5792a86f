"""The bot's event table (`bot.handlers`) on real databases: handlers run inside the
transaction of the change, so a notice commits with it or not at all.

A subscriber is one line (`EventTable.subscribe`, or one row in `bot.handlers.rows`);
it sees the change it is told about in the same unit of work, and what it writes
commits with that change. A handler that raises rolls back the change, its audit
event and every outbox row the earlier handlers wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select

from bot.handlers import build_event_table
from bot.notifications import Notifications
from storage.records import CaseEventRecord, CaseRecord, IdentityRecord, OutboxRecord
from workflows.case import Actor, Intake
from workflows.events import OutgoingNotice
from workflows.publishing import CaseChanged
from workflows.services import apply_trigger, open_case
from workflows.vocabulary import ALL_REGIONS, Channel, Role, Service, State, Trigger

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
TZ = ZoneInfo("Asia/Shanghai")
HER = "telegram:4242"
OUTBOX, CASES, EVENTS = OutboxRecord.__table__, CaseRecord.__table__, CaseEventRecord.__table__


def operator(person_id: int) -> Actor:
    return Actor(id=person_id, roles=frozenset({Role.OPERATOR}), regions=frozenset({ALL_REGIONS}))


@pytest.fixture
async def her_case(engine, seeded, make_uow) -> str:
    """A submitted case whose reporter writes from ``HER``; its reference."""
    reporter = seeded.reporter_ids[0]
    async with engine.begin() as connection:
        await connection.execute(
            insert(IdentityRecord.__table__).values(address=HER, person_id=reporter, created_at=NOW)
        )
    intake = Intake(
        service=Service.FAMILY_MEDIATION,
        region="hailar",
        language="zh-Hans-CN",
        channel=Channel.TELEGRAM,
        description="He took my ID card.",
        consent_version="2026-01",
    )
    opened = await open_case(
        make_uow(engine)(), intake=intake, actor=Actor.reporter(reporter), now=NOW, tz=TZ, reporter_id=reporter
    )
    return opened.case.reference


async def outbox_rows(engine) -> list[tuple[str, str]]:
    async with engine.connect() as connection:
        rows = await connection.execute(select(OUTBOX.c.address, OUTBOX.c.message_id).order_by(OUTBOX.c.id))
        return [tuple(row) for row in rows]


async def test_the_bots_table_hands_every_fired_trigger_to_the_notifications_first() -> None:
    notifications = Notifications()
    table = build_event_table(notifications)
    assert table.handlers_for(CaseChanged)[0] == notifications.on_case_changed


async def test_a_subscriber_added_in_one_line_hears_the_change_inside_its_transaction(
    engine, seeded, make_uow, her_case
) -> None:
    table = build_event_table(Notifications())
    heard: list[tuple] = []

    async def statistics(uow, changed: CaseChanged) -> None:
        # Inside the unit of work of the change: the case is saved, the notifier's row is written, nothing committed.
        stored = await uow.cases.get(changed.case.reference)
        waiting = (await uow.session.execute(select(func.count()).select_from(OUTBOX))).scalar_one()
        async with engine.connect() as elsewhere:
            committed = (await elsewhere.execute(select(CASES.c.state).where(CASES.c.reference == her_case))).scalar()
        heard.append((changed.event.trigger, stored.state, stored.version, waiting, committed))
        await uow.outbox.put(OutgoingNotice("telegram:stats", "stats-case-changed", case_id=changed.case.id))

    table.subscribe(CaseChanged, statistics)  # the one line

    await apply_trigger(
        make_uow(engine)(),
        reference=her_case,
        trigger=Trigger.ACCEPT,
        actor=operator(seeded.staff_ids[0]),
        now=NOW,
        tz=TZ,
        data={"risk": "low"},
        publish=table,
    )

    assert heard == [(Trigger.ACCEPT, State.ACCEPTED, 2, 1, State.NEW.value)]
    assert await outbox_rows(engine) == [(HER, "notice-accept"), ("telegram:stats", "stats-case-changed")]


async def test_a_handler_that_raises_rolls_back_the_change_its_event_and_every_outbox_row(
    engine, seeded, make_uow, her_case
) -> None:
    table = build_event_table(Notifications())

    async def broken(uow, changed: CaseChanged) -> None:
        raise RuntimeError("the statistics view is broken")

    table.subscribe(CaseChanged, broken)

    with pytest.raises(RuntimeError, match="statistics view"):
        await apply_trigger(
            make_uow(engine)(),
            reference=her_case,
            trigger=Trigger.ACCEPT,
            actor=operator(seeded.staff_ids[0]),
            now=NOW,
            tz=TZ,
            data={"risk": "low"},
            publish=table,
        )

    async with engine.connect() as connection:
        case = (await connection.execute(select(CASES).where(CASES.c.reference == her_case))).one()
        triggers = (await connection.execute(select(EVENTS.c.trigger).order_by(EVENTS.c.seq))).scalars().all()
    assert (case.state, case.version) == (State.NEW.value, 1)
    assert triggers == [Trigger.SUBMIT.value]
    assert await outbox_rows(engine) == []  # notice-accept was written by the notifications, then rolled back
