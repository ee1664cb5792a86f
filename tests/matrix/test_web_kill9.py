"""Nothing the web chat acknowledged is lost when the bot is killed with SIGKILL under load (issue 13, item 1).

Real processes: ``walking-home run`` with the web chat on a SQLite file, and twenty women on real
websockets, each sending numbered messages at 4 a second without waiting for the answers, as the
page does. The bot is killed with SIGKILL three times while they write, and started again each
time; each woman's client reconnects with her session token and sends again, with the same ids,
whatever the server had not acknowledged (what the page does). The server acknowledges a message
only once it is recorded. Afterwards every acknowledged message is recorded exactly once (the
dedup table), and every message had exactly one effect (one "use the buttons" answer row).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from .bot_process import BotProcess

WOMEN = 20
RATE = 4.0  # messages per second, each
WRITING = 20.0  # seconds
KILLS = (4.0, 9.0, 14.0)  # seconds into the writing


def query(folder: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(folder / "bot.db", timeout=30) as db:
        return db.execute(sql).fetchall()


class Woman:
    """One conversation over the websocket, with the page's rules: every message keeps its id until acked."""

    def __init__(self, bot: BotProcess, number: int) -> None:
        self.bot = bot
        self.number = number
        self.token = ""
        self.socket: ClientConnection | None = None
        self.pending: dict[str, str] = {}  # id → text, until acknowledged
        self.acked: set[str] = set()
        self.sent: set[str] = set()
        self.errors: Counter[str] = Counter()
        self.greeted = asyncio.Event()
        self._reader: asyncio.Task | None = None
        self._reconnecting: asyncio.Task | None = None

    def reconnect_if_dropped(self) -> None:
        """Her connection dropped: reconnect in the background (she can keep typing meanwhile)."""
        dropped = self._reader is not None and self._reader.done()
        if dropped and (self._reconnecting is None or self._reconnecting.done()):
            self._reader = None
            self._reconnecting = asyncio.create_task(self.connect())

    async def connect(self) -> None:
        """(Re)connect with her token until the server answers; then send what is not acknowledged."""
        while True:
            try:
                socket = await connect(self.bot.url.replace("http://", "ws://") + "/ws", origin=self.bot.url)
                await socket.send(json.dumps({"type": "hello", "token": self.token, "language": "en"}))
                while True:
                    frame = json.loads(await asyncio.wait_for(socket.recv(), 10))
                    if frame["type"] == "session":
                        self.token = frame["token"]
                        break
                break
            except (OSError, ConnectionClosed, TimeoutError):
                await asyncio.sleep(0.2)
        self.socket = socket
        self._reader = asyncio.create_task(self._read(socket))
        for client_id, text in list(self.pending.items()):
            await self._send(client_id, text)

    async def _read(self, socket: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in socket:
                frame = json.loads(raw)
                if frame["type"] == "ack":
                    self.pending.pop(frame["id"], None)
                    self.acked.add(frame["id"])
                elif frame["type"] == "message":
                    self.greeted.set()
                elif frame["type"] == "error":
                    self.errors[frame.get("code", "?")] += 1

    async def _send(self, client_id: str, text: str) -> None:
        try:
            assert self.socket is not None
            await self.socket.send(json.dumps({"type": "text", "id": client_id, "text": text}))
        except ConnectionClosed:
            pass  # the reconnect sends it again

    async def write(self, until: float) -> None:
        n = 0
        await asyncio.sleep(self.number / WOMEN / RATE)  # not all in step
        while time.monotonic() < until:
            self.reconnect_if_dropped()
            n += 1
            client_id = f"w{self.number}n{n}"
            self.pending[client_id] = f"message {n}"
            self.sent.add(client_id)
            if self._reader is not None:  # connected: sent now; otherwise with the reconnect
                await self._send(client_id, f"message {n}")
            await asyncio.sleep(1 / RATE)

    async def settle(self, within: float) -> None:
        """Keep reconnecting and resending until everything she sent is acknowledged."""
        deadline = time.monotonic() + within
        while self.pending and time.monotonic() < deadline:
            self.reconnect_if_dropped()
            await asyncio.sleep(0.2)

    async def close(self) -> None:
        if self._reconnecting is not None:
            self._reconnecting.cancel()
        if self.socket is not None:
            await self.socket.close()
        if self._reader is not None:
            self._reader.cancel()


async def test_sigkill_three_times_under_load_loses_no_acknowledged_message_and_repeats_none(tmp_path: Path) -> None:
    bot = BotProcess.configure(tmp_path, web_new_sessions_per_address="100")
    bot.cli("db", "upgrade")
    bot.cli("seed")
    await bot.start()
    women = [Woman(bot, number) for number in range(WOMEN)]
    try:
        for woman in women:
            await woman.connect()
        async with asyncio.timeout(30):
            await asyncio.gather(*(woman.greeted.wait() for woman in women))  # the language picker
        began = time.monotonic()
        writers = [asyncio.create_task(woman.write(began + WRITING)) for woman in women]
        for at in KILLS:
            await asyncio.sleep(max(0.0, began + at - time.monotonic()))
            bot.kill()
            await asyncio.sleep(0.3)
            await bot.start()
        await asyncio.gather(*writers)
        await asyncio.gather(*(woman.settle(60) for woman in women))
        await asyncio.sleep(1)
    finally:
        for woman in women:
            await woman.close()
        bot.stop()

    acked = {client_id for woman in women for client_id in woman.acked}
    sent = {client_id for woman in women for client_id in woman.sent}
    counts = Counter(
        update_id.rsplit(":", 1)[-1]
        for (update_id,) in query(tmp_path, "SELECT update_id FROM processed_updates WHERE channel = 'web'")
    )
    stored = sum(1 for client_id in acked if counts[client_id] >= 1)
    answers = query(tmp_path, "SELECT count(*) FROM outbox WHERE message_id = 'reask-use-buttons'")[0][0]
    recorded = sum(1 for client_id in sent if counts[client_id] >= 1)
    figures = {
        "sent": len(sent),
        "acknowledged": len(acked),
        "stored": stored,
        "lost": len(acked) - stored,
        "duplicated": sum(counts[c] - 1 for c in sent if counts[c] > 1) + abs(answers - recorded),
        "unacknowledged at the end": sum(len(w.pending) for w in women),
        "errors": dict(sum((w.errors for w in women), Counter())),
    }
    print(f"\nweb chat kill -9 under load: {figures}", file=sys.stderr)
    assert bot.runs == 1 + len(KILLS)
    assert len(acked) >= WOMEN * RATE * WRITING * 0.5, figures  # the load really ran
    assert figures["lost"] == 0 and figures["duplicated"] == 0, figures
    assert figures["unacknowledged at the end"] == 0, figures


async def test_while_another_process_holds_the_database_her_message_is_not_acknowledged_until_recorded(
    tmp_path: Path,
) -> None:
    """A real outage: another process holds SQLite's write lock; her message gets the not-recorded error
    in her language and no ack; sent again (same id) after the lock is gone, it is acknowledged and
    recorded once."""
    from .test_matrix_kill9 import hold_write_lock

    bot = BotProcess.configure(tmp_path)
    bot.cli("db", "upgrade")
    bot.cli("seed")
    await bot.start()
    her = Woman(bot, 0)
    release = tmp_path / "release"
    holder = None
    try:
        await her.connect()
        async with asyncio.timeout(30):
            await her.greeted.wait()
        holder = await asyncio.to_thread(hold_write_lock, tmp_path, release)
        her.pending["m1"] = "он забрал мой паспорт"
        await her._send("m1", her.pending["m1"])
        async with asyncio.timeout(60):
            while not her.errors:  # noqa: ASYNC110 - the reader counts the error frames
                await asyncio.sleep(0.2)
        refused_while_locked = query(tmp_path, "SELECT count(*) FROM processed_updates WHERE update_id LIKE '%:m1'")
        release.touch()
        await asyncio.to_thread(holder.wait, 10)
        await her._send("m1", her.pending["m1"])  # what the page does after its pause
        async with asyncio.timeout(30):
            while "m1" not in her.acked:  # noqa: ASYNC110
                await asyncio.sleep(0.1)
        await her._send("m1", "он забрал мой паспорт")  # once more: already recorded, acknowledged again
        await asyncio.sleep(1)
    finally:
        release.touch()
        if holder is not None:
            holder.kill()
            holder.wait(10)
            holder.stdout.close()
        await her.close()
        bot.stop()
    assert dict(her.errors) == {"not_recorded": 1}
    assert refused_while_locked == [(0,)]
    assert query(tmp_path, "SELECT count(*) FROM processed_updates WHERE update_id LIKE '%:m1'") == [(1,)]
    answers = query(tmp_path, "SELECT count(*) FROM outbox WHERE message_id = 'reask-use-buttons'")
    assert answers == [(1,)], "one effect"
    log = bot.log()
    assert "not recorded; the page sends it again" in log
    assert "паспорт" not in log, "her words are never logged"
