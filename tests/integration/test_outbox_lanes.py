"""The running outbox sender's lanes: one channel stalling holds nobody else (SQLite and PostgreSQL).

Channels here are in-memory recorders that can hang or fail for chosen addresses; the
database, the sender and its lanes are the real ones, on the real clock.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import ChannelRegistry, DeliveryError
from bot.messages import Outbound
from bot.workers.outbox import OutboxSender
from storage.engine import session_factory
from storage.outbox_store import OutboxRow
from storage.records import OutboxRecord
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

OUTBOX = OutboxRecord.__table__


class StallingChannel:
    """Delivers at once, except to ``hang_for`` addresses (never answers) and ``fail_once`` (one error)."""

    def __init__(self, scheme: str, *, hang_for: set[str] = frozenset(), fail_once: set[str] = frozenset()) -> None:
        self.scheme = scheme
        self.hang_for = set(hang_for)
        self.fail_once = set(fail_once)
        self.delivered: list[tuple[str, str, float]] = []
        self.started: list[str] = []
        self.changed = asyncio.Event()

    async def deliver(self, message: Outbound) -> None:
        self.started.append(message.text)
        if message.address in self.hang_for:
            await asyncio.Event().wait()
        if message.address in self.fail_once:
            self.fail_once.discard(message.address)
            raise DeliveryError("try later", retry_after=0.2)
        self.delivered.append((message.address, message.text, asyncio.get_running_loop().time()))
        self.changed.set()

    async def until(self, count: int, seconds: float = 5) -> None:
        async with asyncio.timeout(seconds):
            while len(self.delivered) < count:
                self.changed.clear()
                await self.changed.wait()


def render(row: OutboxRow) -> Outbound:
    return Outbound(address=row.address, text=row.message_id)


@pytest.fixture
async def running(engine: AsyncEngine) -> AsyncIterator[tuple[ChannelRegistry, OutboxSender]]:
    registry = ChannelRegistry()
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=registry,
        render=render,
        poll_interval=0.5,
        max_in_flight=2,
        delivery_timeout=1.0,
        backoff_base=timedelta(milliseconds=200),
    )
    sender.start()
    yield registry, sender
    await sender.stop(grace=0.5)


async def put(engine: AsyncEngine, *notices: OutgoingNotice) -> None:
    async with SqlUnitOfWork(session_factory(engine), lambda: datetime.now(UTC)) as uow:
        await uow.outbox.put_many(list(notices))
        await uow.commit()


async def statuses(engine: AsyncEngine) -> dict[str, str]:
    async with engine.connect() as connection:
        rows = await connection.execute(select(OUTBOX.c.message_id, OUTBOX.c.status))
        return dict(rows.all())


async def until_sent(engine: AsyncEngine, message_id: str, seconds: float = 2) -> None:
    """The channel has it; its mark follows within milliseconds."""
    async with asyncio.timeout(seconds):
        while (await statuses(engine))[message_id] != "sent":  # noqa: ASYNC110 - a row in the database has no event
            await asyncio.sleep(0.02)


async def test_a_hung_channel_does_not_delay_another_channels_messages(engine, running) -> None:
    registry, sender = running
    matrix = StallingChannel("matrix", hang_for={"matrix:@op:x"})
    telegram = StallingChannel("telegram")
    registry.register(matrix)
    registry.register(telegram)
    await put(engine, OutgoingNotice("matrix:@op:x", "alert"))
    await asyncio.sleep(0.3)  # the Matrix delivery is under way, and hangs
    began = asyncio.get_running_loop().time()
    await put(engine, OutgoingNotice("telegram:1", "numbers", urgent=True), OutgoingNotice("telegram:2", "reply"))
    sender.notify()

    await telegram.until(2)

    await until_sent(engine, "numbers")  # while Matrix still hangs
    assert telegram.delivered[-1][2] - began < 1.0
    assert matrix.started == ["alert"] and matrix.delivered == []


async def test_one_slow_chat_does_not_hold_the_others_of_its_channel(engine, running) -> None:
    registry, sender = running
    channel = StallingChannel("telegram", hang_for={"telegram:slow"})
    registry.register(channel)

    await put(
        engine, OutgoingNotice("telegram:slow", "stuck"), *(OutgoingNotice(f"telegram:{n}", f"m{n}") for n in range(6))
    )
    sender.notify()
    await channel.until(6)

    assert sorted(text for _, text, _ in channel.delivered) == [f"m{n}" for n in range(6)]


class PacedChannel(StallingChannel):
    """Takes ``pace`` seconds a message to ``paced`` (Telegram sends about one a second to a chat)."""

    def __init__(self, scheme: str, paced: str, pace: float) -> None:
        super().__init__(scheme)
        self.paced, self.pace = paced, pace

    async def deliver(self, message: Outbound) -> None:
        if message.address == self.paced:
            await asyncio.sleep(self.pace)
        await super().deliver(message)


async def backlog_then(
    engine: AsyncEngine,
    sender: OutboxSender,
    channel: StallingChannel,
    backlog: list,
    reply: OutgoingNotice,
    within: float,
) -> None:
    """Queue ``backlog``; once the channel began on it, queue ``reply`` and wait until it is delivered."""
    await put(engine, *backlog)
    sender.notify()
    async with asyncio.timeout(2):
        while not channel.started:  # noqa: ASYNC110 - the channel's first call
            await asyncio.sleep(0.02)
    await put(engine, reply)
    sender.notify()
    async with asyncio.timeout(within):
        while (reply.address, reply.message_id) not in [d[:2] for d in channel.delivered]:
            channel.changed.clear()
            await channel.changed.wait()


async def test_one_chats_backlog_does_not_hold_another_chats_first_reply(engine, running) -> None:
    """120 notices wait for one staff chat, sent at 0.2 s each; a woman's reply queued after them goes
    at once. Before, a claim took the 50 oldest rows, all that chat's, and claimed nothing more until
    they were sent: her reply waited 10 s here (a tester saw minutes at Telegram's pace)."""
    registry, sender = running
    channel = PacedChannel("telegram", "telegram:operator", 0.2)
    registry.register(channel)
    backlog = [OutgoingNotice("telegram:operator", f"notice {n}") for n in range(120)]
    await backlog_then(engine, sender, channel, backlog, OutgoingNotice("telegram:her", "language-picker"), within=5)

    # Before the chat's first claim of ten was through (old: after its 50).
    assert sum(address == "telegram:operator" for address, _, _ in channel.delivered) < sender.per_chat


async def test_a_staff_members_reply_does_not_wait_behind_her_own_backlog_of_reminders(engine, running) -> None:
    """60 clock reminders wait for an operator's chat, sent at 0.1 s each; her answer to a command,
    queued after them, goes once the claim in hand (ten at most) is through, not after all 60. Before,
    a tester saw a median of a minute and up to 7 minutes behind 400 overdue notices."""
    registry, sender = running
    channel = PacedChannel("telegram", "telegram:operator", 0.1)
    registry.register(channel)
    backlog = [OutgoingNotice("telegram:operator", f"reminder {n}", background=True) for n in range(60)]
    await backlog_then(engine, sender, channel, backlog, OutgoingNotice("telegram:operator", "queue"), within=10)

    texts = [text for _, text, _ in channel.delivered]
    assert texts.index("queue") <= sender.per_chat, texts[: texts.index("queue") + 1]
    await channel.until(61, seconds=15)  # and every reminder after it, in order
    assert [t for t in (text for _, text, _ in channel.delivered) if t != "queue"] == [
        f"reminder {n}" for n in range(60)
    ]


async def test_what_she_typed_after_danger_now_is_answered_after_the_numbers_and_the_receipt(engine, running) -> None:
    """Her "danger now" turn writes three urgent rows (numbers, receipt, case opened); she types at once
    and the answer is an ordinary row. A tester saw that answer sent second, beside the urgent ones
    (two tasks for one chat); it now waits for them, in her chat only."""
    registry, sender = running
    channel = PacedChannel("telegram", "telegram:her", 0.2)
    registry.register(channel)
    urgent = [OutgoingNotice("telegram:her", name, urgent=True) for name in ("numbers", "receipt", "opened")]
    await put(engine, *urgent, OutgoingNotice("telegram:her", "not-kept"), OutgoingNotice("telegram:other", "menu"))
    sender.notify()

    await channel.until(5)

    mine = [text for address, text, _ in channel.delivered if address == "telegram:her"]
    assert mine == ["numbers", "receipt", "opened", "not-kept"]
    assert channel.delivered[0][:2] == ("telegram:other", "menu")  # another chat did not wait for hers


async def test_an_urgent_message_goes_before_ordinary_ones_even_when_every_slot_hangs(engine, running) -> None:
    registry, sender = running
    channel = StallingChannel("telegram", hang_for={"telegram:a", "telegram:b"})
    registry.register(channel)
    await put(engine, OutgoingNotice("telegram:a", "a1"), OutgoingNotice("telegram:b", "b1"))
    await asyncio.sleep(0.3)  # both slots (max_in_flight=2) now hang
    await put(engine, *(OutgoingNotice(f"telegram:{n}", f"ordinary{n}") for n in range(5)))
    await put(engine, OutgoingNotice("telegram:her", "numbers", urgent=True))
    sender.notify()

    await channel.until(1)

    assert channel.delivered[0][:2] == ("telegram:her", "numbers")


async def test_a_chats_messages_keep_their_order_when_one_must_be_retried(engine, running) -> None:
    registry, sender = running
    channel = StallingChannel("telegram", fail_once={"telegram:1"})
    registry.register(channel)

    await put(engine, *(OutgoingNotice("telegram:1", f"m{n}") for n in range(4)))
    sender.notify()
    await channel.until(4)

    assert [text for _, text, _ in channel.delivered] == ["m0", "m1", "m2", "m3"]


async def test_a_delivery_that_never_answers_times_out_and_is_retried(engine, running) -> None:
    registry, sender = running
    channel = StallingChannel("telegram", hang_for={"telegram:1"})
    registry.register(channel)
    await put(engine, OutgoingNotice("telegram:1", "m"))
    sender.notify()
    await asyncio.sleep(0.3)
    channel.hang_for.clear()  # the network comes back; the hung attempt is abandoned after 1 s

    await channel.until(1, seconds=5)
    await until_sent(engine, "m")

    async with engine.connect() as connection:
        row = (await connection.execute(select(OUTBOX.c.status, OUTBOX.c.attempts))).one()
    assert tuple(row) == ("sent", 2)


class SlowChannel(StallingChannel):
    """Takes ``seconds`` to deliver each message."""

    def __init__(self, scheme: str, seconds: float) -> None:
        super().__init__(scheme)
        self.seconds = seconds

    async def deliver(self, message: Outbound) -> None:
        self.started.append(message.text)
        await asyncio.sleep(self.seconds)
        await super().deliver(message)


async def test_stop_lets_the_delivery_in_hand_finish_and_records_it(engine) -> None:
    registry = ChannelRegistry()
    channel = SlowChannel("telegram", 0.3)
    registry.register(channel)
    sender = OutboxSender(sessions=session_factory(engine), channels=registry, render=render, poll_interval=0.5)
    await sender.start()
    await put(engine, OutgoingNotice("telegram:1", "in-hand"))
    sender.notify()
    async with asyncio.timeout(5):
        while not channel.started:  # noqa: ASYNC110 - the channel's start has no event
            await asyncio.sleep(0.01)

    await sender.stop(grace=5)

    assert not sender.running and [text for _, text, _ in channel.delivered] == ["in-hand"]
    assert (await statuses(engine))["in-hand"] == "sent"


async def test_a_delivery_that_outlives_the_stop_grace_stays_leased_for_another_try(engine) -> None:
    registry = ChannelRegistry()
    channel = StallingChannel("telegram", hang_for={"telegram:1"})
    registry.register(channel)
    sender = OutboxSender(sessions=session_factory(engine), channels=registry, render=render, poll_interval=0.5)
    await sender.start()
    await put(engine, OutgoingNotice("telegram:1", "hangs"))
    sender.notify()
    async with asyncio.timeout(5):
        while not channel.started:  # noqa: ASYNC110 - the channel's start has no event
            await asyncio.sleep(0.01)
    began = asyncio.get_running_loop().time()

    await sender.stop(grace=0.2)

    assert asyncio.get_running_loop().time() - began < 2
    async with engine.connect() as connection:
        row = (await connection.execute(select(OUTBOX.c.status, OUTBOX.c.attempts, OUTBOX.c.not_before))).one()
    assert (row.status, row.attempts) == ("pending", 0)
    assert row.not_before > datetime.now(UTC), "still leased: it comes due again when the lease ends"


async def test_a_lane_whose_channel_stepped_down_claims_nothing(engine, running) -> None:
    """A leader that lost its lock unregisters its channel: the rows stay due for the new leader."""
    registry, sender = running
    telegram = StallingChannel("telegram")
    registry.register(telegram)
    await put(engine, OutgoingNotice("telegram:1", "before"))
    await telegram.until(1)
    registry.unregister(telegram)

    await put(engine, OutgoingNotice("telegram:1", "after"))
    due = await _row_of(engine, "after")
    sender.notify()
    await asyncio.sleep(1.2)  # more than two polls of the lane

    assert await _row_of(engine, "after") == due == ("pending", 0, due[2])  # not claimed, not postponed
    assert [text for _, text, _ in telegram.delivered] == ["before"]


async def _row_of(engine: AsyncEngine, message_id: str) -> tuple[str, int, datetime]:
    async with engine.connect() as connection:
        query = select(OUTBOX.c.status, OUTBOX.c.attempts, OUTBOX.c.not_before).where(OUTBOX.c.message_id == message_id)
        return tuple((await connection.execute(query)).one())


async def test_deliveries_that_cannot_be_recorded_are_one_line_each_time_without_a_traceback(
    engine, caplog: pytest.LogCaptureFixture
) -> None:
    """The database refuses the sent marks (a paused PostgreSQL did it in a tryout: two tracebacks of
    about 90 lines each time): one ERROR line naming the count and the error's class."""
    if engine.dialect.name != "sqlite":
        pytest.skip("the refusal is a SQLite trigger")
    path = engine.url.database

    class RefusingAfterDelivery(StallingChannel):
        async def deliver(self, message: Outbound) -> None:
            await super().deliver(message)
            with sqlite3.connect(path) as db:  # from now on the outbox takes no update
                db.execute(
                    "CREATE TRIGGER IF NOT EXISTS refuse BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'no'); END"
                )

    registry = ChannelRegistry()
    sender = OutboxSender(sessions=session_factory(engine), channels=registry, render=render, poll_interval=0.5)
    channel = RefusingAfterDelivery("web")
    registry.register(channel)
    with caplog.at_level(logging.DEBUG, logger="bot.workers.outbox"):
        sender.start()
        try:
            await put(engine, OutgoingNotice(address="web:a", message_id="hello"))
            await channel.until(1)
            async with asyncio.timeout(5):
                while not any("could not record" in r.getMessage() for r in caplog.records):  # noqa: ASYNC110
                    await asyncio.sleep(0.02)
        finally:
            await sender.stop(grace=0.5)
    lines = [r for r in caplog.records if "could not record" in r.getMessage() and r.levelno >= logging.ERROR]
    assert lines and all(r.exc_info is None for r in lines)
    assert lines[0].getMessage() == (
        "outbox: could not record 1 deliveries (IntegrityError); they come due again when their lease ends"
    )
