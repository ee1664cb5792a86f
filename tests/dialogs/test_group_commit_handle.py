"""With group commit (SQLite), `DialogEngine.handle` still returns only once the turn is durable:
not when the turn's own savepoint is released, but when the batch it ran in has committed. A
channel acknowledges when `handle` returns, so until that COMMIT nothing is acknowledged.

Deterministic stand-in for "kill -9 between a turn's release and its batch's COMMIT": another
unit of work holds the batch open after the turn; while it does, `handle` has not returned and
another connection sees nothing of the turn (a process killed now would lose only what nobody
was told was received).
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from harness import make_bot
from sqlalchemy.engine import make_url

from bot.messages import Inbound
from storage.uow import write_group

HER = "web:group-commit"


def committed(url: str) -> tuple[list[str], list[str]]:
    """Update ids recorded and messages queued for her, as another connection sees them."""
    with sqlite3.connect(make_url(url).database) as plain:
        updates = [row[0] for row in plain.execute("SELECT update_id FROM processed_updates")]
        queued = [row[0] for row in plain.execute("SELECT message_id FROM outbox WHERE address = ?", (HER,))]
    return updates, queued


async def until_queued(group, count: int) -> None:
    for _ in range(1000):
        if len(group._queue) >= count:
            return
        await asyncio.sleep(0.002)
    raise AssertionError("not queued")


async def test_handle_returns_only_after_the_commit_of_the_batch_its_turn_ran_in(tmp_path: Path) -> None:
    bot = await make_bot(tmp_path, lambda: datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    url = bot.app.settings.database_url
    group = write_group(bot.app.write_lock)
    group.max_seconds = 60.0
    first, after = asyncio.Event(), asyncio.Event()
    after_started = asyncio.Event()

    async def holder(gate: asyncio.Event, started: asyncio.Event | None = None) -> None:
        async with bot.app.unit_of_work():
            if started is not None:
                started.set()
            await gate.wait()

    try:
        before = asyncio.create_task(holder(first))  # opens the batch
        await asyncio.sleep(0.01)
        turn = asyncio.create_task(bot.app.dialogs.handle(Inbound(address=HER, update_id="u1", text="/start")))
        await until_queued(group, 1)
        behind = asyncio.create_task(holder(after, after_started))  # will hold the batch after the turn
        await until_queued(group, 2)
        first.set()
        await asyncio.wait_for(after_started.wait(), 10)  # the turn ran, released its savepoint, handed on
        await asyncio.sleep(0.05)
        assert not turn.done(), "handle returned before the COMMIT: the channel would acknowledge too early"
        assert committed(url) == ([], [])
        after.set()
        await asyncio.wait_for(asyncio.gather(before, turn, behind), 10)
        updates, queued = committed(url)
        assert updates == ["u1"]
        assert queued  # her replies commit with the turn
        assert group.batches >= 1
    finally:
        await bot.app.close()
