"""One poison row never stops the outbox (SQLite and PostgreSQL).

A row that cannot be read (bad JSON written by hand, a value sealed with a key this process
lacks, arguments of the wrong shape), rendered (a message no catalog has, a Fluent error) or
delivered (a channel raising something unexpected for one address) is tried on its own and
dead-lettered on its own, with one log line; every other row of every lane is delivered.

The database, the sender with its lanes, the real renderer over the project's catalogs and
the clock are real; channels are in-memory recorders (the seam is `Channel.deliver`).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import ChannelRegistry
from bot.i18n import Localizer
from bot.messages import Outbound
from bot.rendering import Renderer
from bot.settings import REPO_LOCALES
from bot.workers.outbox import OutboxSender
from storage.engine import session_factory
from storage.outbox_store import ARGS_CLEARED
from storage.records import OutboxRecord
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

OUTBOX = OutboxRecord.__table__
RENDERER = Renderer(Localizer(REPO_LOCALES), ZoneInfo("UTC"))
SCHEMES = ("telegram", "matrix", "web")
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PROJECT_LOGGERS = {"bot", "storage", "workflows"}

#: What a hand-written or damaged ``args`` value can hold, each unreadable in its own way.
CORRUPTIONS = {
    "bad-json": "{bad json",
    "sealed-with-an-unknown-key": "s1:k0000000000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "not-an-object": "[1, 2]",
}


class Surprise(Exception):
    """Not a DeliveryError: what a channel bug raises."""


@dataclass
class Recorder:
    """Takes every message, except that ``explode_for`` addresses raise `Surprise`."""

    scheme: str
    explode_for: set[str] = field(default_factory=set)
    delivered: list[Outbound] = field(default_factory=list)

    async def deliver(self, message: Outbound) -> None:
        if message.address in self.explode_for:
            raise Surprise("a channel bug")
        self.delivered.append(message)


def registry_of(*channels: Recorder) -> ChannelRegistry:
    registry = ChannelRegistry()
    for channel in channels:
        registry.register(channel)
    return registry


async def put(engine: AsyncEngine, *notices: OutgoingNotice, at: datetime | None = None) -> list[int]:
    async with SqlUnitOfWork(session_factory(engine), lambda: at or datetime.now(UTC)) as uow:
        await uow.outbox.put_many(list(notices))
        await uow.commit()
    async with engine.connect() as connection:
        ids = (await connection.execute(select(OUTBOX.c.id).order_by(OUTBOX.c.id.desc()).limit(len(notices)))).scalars()
        return sorted(ids)


async def corrupt(engine: AsyncEngine, outbox_id: int, raw: str) -> None:
    """Raw SQL, past every type: what a hand edit or a bad restore leaves."""
    async with engine.begin() as connection:
        await connection.execute(text("UPDATE outbox SET args = :raw WHERE id = :id"), {"raw": raw, "id": outbox_id})


async def row(engine: AsyncEngine, outbox_id: int):
    """Its state, not its arguments (a corrupt row's cannot be read)."""
    columns = (OUTBOX.c.status, OUTBOX.c.attempts, OUTBOX.c.last_error)
    async with engine.connect() as connection:
        return (await connection.execute(select(*columns).where(OUTBOX.c.id == outbox_id))).one()


async def args_of(engine: AsyncEngine, outbox_id: int):
    async with engine.connect() as connection:
        return (await connection.execute(select(OUTBOX.c.args).where(OUTBOX.c.id == outbox_id))).scalar_one()


def project_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The bot's own lines at INFO and above (a library's, e.g. SQL echo another test turned on, aside)."""
    return [r for r in caplog.records if r.levelno >= logging.INFO and r.name.split(".")[0] in PROJECT_LOGGERS]


def lines_about(caplog: pytest.LogCaptureFixture, outbox_id: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if f"outbox {outbox_id} " in r.getMessage()]


async def until(predicate, seconds: float = 10.0) -> None:
    async with asyncio.timeout(seconds):
        while not await predicate():  # noqa: ASYNC110 - a row in the database has no event
            await asyncio.sleep(0.05)


@pytest.mark.parametrize("corruption", CORRUPTIONS)
async def test_a_corrupt_row_among_good_rows_of_every_lane_is_dead_lettered_alone_with_one_log_line(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture, corruption: str
) -> None:
    def round_of(n: int) -> list[OutgoingNotice]:
        return [OutgoingNotice(f"{s}:{a}", "notice-first-line", args={"n": n}) for s in SCHEMES for a in range(4)]

    before = await put(engine, *round_of(1))
    (victim,) = await put(engine, OutgoingNotice("telegram:0", "notice-first-line", args={"n": 2}))
    await corrupt(engine, victim, CORRUPTIONS[corruption])
    after = await put(engine, *round_of(3))
    good = before + after
    channels = [Recorder(s) for s in SCHEMES]
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=registry_of(*channels),
        render=RENDERER.outbox_row,
        poll_interval=0.2,
        backoff_base=timedelta(seconds=1),
    )

    def delivered() -> list[int]:
        return sorted(m.outbox_id for c in channels for m in c.delivered)

    async def all_good_delivered() -> bool:
        return delivered() == good

    async def victim_dead() -> bool:
        return (await row(engine, victim)).status == "dead"

    with caplog.at_level(logging.INFO):
        sender.start()
        try:
            await until(all_good_delivered)
            meanwhile = await row(engine, victim)
            await until(victim_dead)
        finally:
            await sender.stop(grace=1)

    assert delivered() == good, "every good row, each once"
    # Her later messages did not wait for it: they were out before its second try (1 s later).
    assert (meanwhile.status, meanwhile.attempts) == ("pending", 1)
    dead = await row(engine, victim)
    assert (dead.status, dead.attempts) == ("dead", 3)
    assert await args_of(engine, victim) == {}, "given up: the unreadable value is gone, the row reads again"
    assert dead.last_error.startswith(f"{ARGS_CLEARED}unreadable: args (")
    assert len(lines_about(caplog, victim)) == 1
    assert [r.levelno for r in project_lines(caplog)] == [logging.ERROR], (
        "one line in all: no failed claim round, no per-try line"
    )


async def test_a_message_no_catalog_has_or_one_missing_its_variables_is_never_sent_and_dead_lettered(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    missing, broken, fine = await put(
        engine,
        OutgoingNotice("telegram:1", "no-such-message-anywhere"),
        OutgoingNotice("telegram:1", "cli-outbox-retried"),  # needs $id
        OutgoingNotice("telegram:1", "notice-first-line"),
        at=NOW,
    )
    channel = Recorder("telegram")
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=registry_of(channel),
        render=RENDERER.outbox_row,
        clock=lambda: NOW,
        backoff_base=timedelta(seconds=5),
    )

    with caplog.at_level(logging.INFO):
        for minute in range(4):
            await sender.run_once(NOW + timedelta(minutes=minute))

    assert [m.outbox_id for m in channel.delivered] == [fine]
    assert "no-such-message-anywhere" not in [m.text for m in channel.delivered]
    gone, bad = await row(engine, missing), await row(engine, broken)
    assert (gone.status, gone.attempts, gone.last_error) == ("dead", 3, "not renderable: message not in the catalogs")
    assert (bad.status, bad.attempts) == ("dead", 3)
    assert bad.last_error == "not renderable: catalog error (FluentReferenceError)"
    assert len(lines_about(caplog, missing)) == 1 and len(lines_about(caplog, broken)) == 1
    assert len(project_lines(caplog)) == 2, "the catalogs' own error lines are not repeated per try"


async def test_a_channel_raising_an_unexpected_error_for_one_address_holds_nobody_else(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    ids = await put(engine, *(OutgoingNotice(f"matrix:@{n}:x", "notice-first-line") for n in range(5)), at=NOW)
    channel = Recorder("matrix", explode_for={"matrix:@2:x"})
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=registry_of(channel),
        render=RENDERER.outbox_row,
        clock=lambda: NOW,
        max_attempts=3,
        backoff_base=timedelta(seconds=5),
    )

    with caplog.at_level(logging.INFO):
        for minute in range(4):
            await sender.run_once(NOW + timedelta(minutes=minute))

    assert sorted(m.outbox_id for m in channel.delivered) == [i for i in ids if i != ids[2]]
    dead = await row(engine, ids[2])
    assert (dead.status, dead.attempts) == ("dead", 3)
    assert dead.last_error.endswith("Surprise") and not dead.last_error.startswith(ARGS_CLEARED)
    assert "a channel bug" not in dead.last_error, "the class, never the exception's text"
    assert [r.getMessage() for r in project_lines(caplog)] == lines_about(caplog, ids[2])
    assert len(lines_about(caplog, ids[2])) == 1


async def test_columns_sqlite_lets_hold_anything_make_only_their_row_faulty(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """SQLite keeps whatever a hand edit writes: bad JSON buttons, text for a number. That row alone is
    given up, naming the columns (PostgreSQL refuses such values at the write)."""
    from storage.engine import create_engine

    engine = create_engine(sqlite_url)
    try:
        ids = await put(engine, *(OutgoingNotice(f"telegram:{n}", "notice-first-line") for n in range(3)), at=NOW)
        async with engine.begin() as connection:
            await connection.execute(
                text("UPDATE outbox SET buttons = '[[oops', attempts = 'two' WHERE id = :id"), {"id": ids[1]}
            )
        channel = Recorder("telegram")
        sender = OutboxSender(
            sessions=session_factory(engine),
            channels=registry_of(channel),
            render=RENDERER.outbox_row,
            clock=lambda: NOW,
        )

        with caplog.at_level(logging.INFO):
            await sender.run_once(NOW)
            first = await row(engine, ids[1])
            for minute in range(1, 4):
                await sender.run_once(NOW + timedelta(minutes=minute))

        assert sorted(m.outbox_id for m in channel.delivered) == [ids[0], ids[2]]
        assert first.last_error == "unreadable: buttons (JSONDecodeError), attempts (TypeError)"
        dead = await row(engine, ids[1])
        assert (dead.status, dead.attempts) == ("dead", 3), "its unreadable count of tries is counted from 0"
        assert dead.last_error == f"{ARGS_CLEARED}unreadable: buttons (JSONDecodeError)"
        assert len(lines_about(caplog, ids[1])) == 1
    finally:
        await engine.dispose()
