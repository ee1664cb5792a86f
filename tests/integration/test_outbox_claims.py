"""Each process claims only the outbox rows it can deliver (SQLite and PostgreSQL).

Two senders on one database stand for two bot processes: each has its own engine, its own
channel registry and, for the web chat, its own real `WebChannel` with the pages (sockets)
it holds. The database, the senders and the web channels are the real ones; the sockets
are recorders.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import ChannelRegistry
from bot.channels.web.channel import Peer, WebChannel
from bot.messages import Outbound
from bot.workers.outbox import PIN_NOT_KEPT, OutboxSender
from storage.engine import session_factory
from storage.outbox_store import ARGS_CLEARED, OutboxRow
from storage.records import OutboxRecord
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

OUTBOX = OutboxRecord.__table__
SECRET = b"s" * 32  # the processes share the web secret file, as they do behind one address


class RecordingChannel:
    def __init__(self, scheme: str) -> None:
        self.scheme = scheme
        self.delivered: list[str] = []

    async def deliver(self, message: Outbound) -> None:
        self.delivered.append(message.address)


class Socket:
    """What a page's websocket receives (the channel only calls send_text)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    async def send_text(self, text: str) -> None:
        self.texts.append(json.loads(text)["text"])


def render(row: OutboxRow) -> Outbound:
    return Outbound(address=row.address, text=row.message_id)


def sender(engine: AsyncEngine, *channels, clock=lambda: datetime.now(UTC), **options) -> OutboxSender:
    registry = ChannelRegistry()
    for channel in channels:
        registry.register(channel)
    return OutboxSender(sessions=session_factory(engine), channels=registry, render=render, clock=clock, **options)


def open_page(web: WebChannel) -> tuple[str, Socket]:
    """A session whose page is open in this process: its address and its socket."""
    token = web.issue()
    socket = Socket()
    web.attach(token, Peer(socket))
    return web.address_of(token), socket


async def put(engine: AsyncEngine, *notices: OutgoingNotice, at: datetime | None = None) -> None:
    moment = at or datetime.now(UTC)
    async with SqlUnitOfWork(session_factory(engine), lambda: moment) as uow:
        await uow.outbox.put_many(list(notices))
        await uow.commit()


async def rows(engine: AsyncEngine) -> dict[str, tuple]:
    columns = (OUTBOX.c.message_id, OUTBOX.c.status, OUTBOX.c.attempts, OUTBOX.c.last_error)
    async with engine.connect() as connection:
        return {r.message_id: r for r in (await connection.execute(select(*columns))).all()}


async def test_each_process_claims_only_the_schemes_it_serves(engine, other_engine) -> None:
    telegram, matrix = RecordingChannel("telegram"), RecordingChannel("matrix")
    one, two = sender(engine, telegram), sender(other_engine, matrix)
    await put(engine, *(OutgoingNotice(f"telegram:{n}", f"t{n}") for n in range(5)))
    await put(engine, *(OutgoingNotice(f"matrix:@u{n}:x", f"m{n}") for n in range(5)))

    await asyncio.gather(one.run_once(), two.run_once())  # one round each, claiming at once

    assert sorted(telegram.delivered) == [f"telegram:{n}" for n in range(5)]
    assert sorted(matrix.delivered) == [f"matrix:@u{n}:x" for n in range(5)]
    assert {(r.status, r.attempts) for r in (await rows(engine)).values()} == {("sent", 1)}


async def test_web_rows_go_only_through_the_process_that_holds_her_page(engine, other_engine) -> None:
    web_one, web_two = WebChannel(greeting=None, secret=SECRET), WebChannel(greeting=None, secret=SECRET)
    hers, her_socket = open_page(web_one)
    his, his_socket = open_page(web_two)
    one, two = sender(engine, web_one), sender(other_engine, web_two)
    one.start()
    two.start()
    try:
        await put(engine, *(OutgoingNotice(hers, f"to-her-{n}") for n in range(3)))
        await put(engine, *(OutgoingNotice(his, f"to-him-{n}") for n in range(3)))
        one.notify()
        two.notify()
        async with asyncio.timeout(5):
            while len(her_socket.texts) + len(his_socket.texts) < 6:  # noqa: ASYNC110 - sockets have no event
                await asyncio.sleep(0.02)
            while {r.status for r in (await rows(engine)).values()} != {"sent"}:  # noqa: ASYNC110
                await asyncio.sleep(0.02)
    finally:
        await asyncio.gather(one.stop(grace=1), two.stop(grace=1))

    assert her_socket.texts == ["to-her-0", "to-her-1", "to-her-2"]
    assert his_socket.texts == ["to-him-0", "to-him-1", "to-him-2"]
    assert {r.attempts for r in (await rows(engine)).values()} == {1}, "no row met a page held elsewhere"


async def test_a_row_whose_page_is_open_nowhere_waits_for_the_grace_then_any_process_applies_the_offline_rules(
    engine,
) -> None:
    now = datetime.now(UTC)
    web_one, web_two = WebChannel(greeting=None, secret=SECRET), WebChannel(greeting=None, secret=SECRET)
    open_page(web_one)
    gone = web_two.address_of(web_two.issue())  # a session of another process, whose page has gone
    await put(engine, OutgoingNotice(gone, "receipt", args={"pin": "4711"}), OutgoingNotice(gone, "relay"), at=now)
    grace = timedelta(minutes=1)
    one = sender(engine, web_one, clock=lambda: now, orphan_grace=grace)

    within = await one.run_once(now + grace - timedelta(seconds=1))
    untouched = await rows(engine)
    after = await one.run_once(now + grace)

    assert within == 0 and {r.status for r in untouched.values()} == {"pending"}
    assert after == 2
    final = await rows(engine)
    assert (final["receipt"].status, final["receipt"].last_error) == ("dead", ARGS_CLEARED + PIN_NOT_KEPT)
    assert (final["relay"].status, final["relay"].attempts) == ("pending", 0), "waits for her, no attempt spent"


async def test_a_page_connecting_here_takes_what_waited_for_her(engine) -> None:
    web = WebChannel(greeting=None, secret=SECRET)
    token = web.issue()
    address = web.address_of(token)
    await put(engine, OutgoingNotice(address, "relay"))
    one = sender(engine, web)

    before = await one.run_once()  # her page is not open here: within the grace, nobody claims it
    socket = Socket()
    web.attach(token, Peer(socket))
    await one.release(address)
    after = await one.run_once()

    assert (before, after) == (0, 1)
    assert socket.texts == ["relay"]
