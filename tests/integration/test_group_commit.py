"""Group commit on SQLite (`storage.uow.WriteGroup`): the units of work queued behind the
write lock share one transaction, a savepoint each, and none counts as committed before
the real COMMIT.

Real SQLite files. "Committed" is checked from a separate plain ``sqlite3`` connection,
which sees only what a COMMIT made durable.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from storage.engine import create_engine, session_factory
from storage.uow import BatchLost, SqlUnitOfWork, write_group
from workflows.errors import NotCommitted

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass
class Bot:
    """One process's unit-of-work factory over a SQLite file, with its write lock."""

    url: str
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    hooks: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.engine = create_engine(self.url)
        self.sessions = session_factory(self.engine)
        self.group = write_group(self.lock)
        self.group.max_seconds = 60.0  # only "nobody else waits" ends a batch here, unless a test says so

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions, lambda: NOW, self.lock)

    def committed_steps(self) -> dict[str, str]:
        """What a COMMIT made durable, read by another connection."""
        with sqlite3.connect(make_url(self.url).database) as plain:
            return dict(plain.execute("SELECT address, step FROM conversations").fetchall())


@pytest.fixture
async def bot(sqlite_url: str) -> AsyncIterator[Bot]:
    made = Bot(sqlite_url)
    try:
        yield made
    finally:
        await made.engine.dispose()


async def save(bot: Bot, address: str, step: str, *, hold: asyncio.Event | None = None, fail: bool = False) -> None:
    """One turn: save a conversation, optionally wait (holding the batch), commit with a hook."""
    async with bot.uow() as uow:
        await uow.conversations.save(address, step, {}, NOW)
        if hold is not None:
            await hold.wait()
        if fail:
            raise RuntimeError("this turn failed")
        uow.after_commit(lambda: bot.hooks.append(address))
        await uow.commit()


async def queued(bot: Bot, count: int) -> None:
    """Until ``count`` units of work wait in line for the open batch."""
    for _ in range(500):
        if len(bot.group._queue) >= count:
            return
        await asyncio.sleep(0.002)
    raise AssertionError(f"{len(bot.group._queue)} waiting, expected {count}")


async def test_turns_queued_behind_the_writer_commit_together(bot: Bot) -> None:
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await queued(bot, 0)
    await asyncio.sleep(0.01)
    others = [asyncio.create_task(save(bot, f"web:{n}", f"step-{n}")) for n in range(2, 6)]
    await queued(bot, 4)
    hold.set()
    await asyncio.gather(first, *others)
    assert bot.group.batches == 1  # one COMMIT for five turns
    assert bot.committed_steps() == {"web:1": "one", **{f"web:{n}": f"step-{n}" for n in range(2, 6)}}
    assert sorted(bot.hooks) == [f"web:{n}" for n in range(1, 6)]


async def test_a_turn_that_raises_rolls_back_only_its_own_work(bot: Bot) -> None:
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)
    bad = asyncio.create_task(save(bot, "web:2", "bad", fail=True))
    third = asyncio.create_task(save(bot, "web:3", "three"))
    await queued(bot, 2)
    hold.set()
    await first
    with pytest.raises(RuntimeError, match="this turn failed"):
        await bad
    await third
    assert bot.group.batches == 1
    assert bot.committed_steps() == {"web:1": "one", "web:3": "three"}
    assert sorted(bot.hooks) == ["web:1", "web:3"]


async def test_a_failed_commit_fails_every_unit_of_work_of_the_batch_and_runs_no_hook(bot: Bot) -> None:
    """The foreign key is checked only at COMMIT (``defer_foreign_keys``): the COMMIT itself fails."""
    hold = asyncio.Event()

    async def orphan() -> None:
        async with bot.uow() as uow:
            await uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
            await uow.session.execute(
                text(
                    "INSERT INTO identities (address, person_id, created_at) VALUES ('web:orphan', 999999, '2026-03-02')"
                )
            )
            uow.after_commit(lambda: bot.hooks.append("web:orphan"))
            await uow.commit()

    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)
    tasks = [first, asyncio.create_task(orphan()), asyncio.create_task(save(bot, "web:3", "three"))]
    await queued(bot, 2)
    hold.set()
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    assert [type(outcome) for outcome in outcomes] == [IntegrityError] * 3  # none of them reports committed
    assert bot.hooks == []
    assert bot.committed_steps() == {}
    # The lock and the group are free again: the next turn commits on its own.
    await save(bot, "web:4", "four")
    assert bot.committed_steps() == {"web:4": "four"}


async def test_leaving_a_unit_of_work_waits_for_the_commit_of_its_batch(bot: Bot) -> None:
    """The committed turn is not reported done (its ``async with`` not left, its hook not run)
    while the batch it ran in is still open; only the COMMIT makes it so."""
    hold, go = asyncio.Event(), asyncio.Event()
    done = asyncio.create_task(save(bot, "web:1", "one", hold=go))
    await asyncio.sleep(0.01)
    holder_started = asyncio.Event()

    async def holder() -> None:
        async with bot.uow() as uow:
            holder_started.set()
            await uow.conversations.save("web:2", "two", {}, NOW)
            await hold.wait()
            await uow.commit()

    # web:1 opens the batch; the holder queues behind it and is handed the batch when web:1 leaves.
    second = asyncio.create_task(holder())
    await queued(bot, 1)
    go.set()
    await asyncio.wait_for(holder_started.wait(), 5)
    await asyncio.sleep(0.05)
    assert not done.done()  # web:1 committed its savepoint, but the batch has not committed
    assert bot.hooks == []
    assert bot.committed_steps() == {}
    hold.set()
    await asyncio.gather(done, second)
    assert bot.hooks == ["web:1"]
    assert bot.committed_steps() == {"web:1": "one", "web:2": "two"}


async def test_a_unit_of_work_that_only_read_waits_for_the_commit_and_fails_with_it(bot: Bot) -> None:
    """It may have read what an earlier turn of its batch wrote: it is not done before that is durable."""
    hold = asyncio.Event()
    seen: list[object] = []

    async def poison() -> None:
        async with bot.uow() as uow:
            await uow.session.execute(text("PRAGMA defer_foreign_keys = ON"))
            await uow.conversations.save("web:1", "written", {}, NOW)
            await uow.session.execute(
                text(
                    "INSERT INTO identities (address, person_id, created_at) VALUES ('web:orphan', 999999, '2026-03-02')"
                )
            )
            await hold.wait()
            await uow.commit()

    async def reader() -> None:
        async with bot.uow() as uow:
            seen.append(await uow.conversations.load("web:1"))

    first = asyncio.create_task(poison())
    await asyncio.sleep(0.01)
    second = asyncio.create_task(reader())
    await queued(bot, 1)
    hold.set()
    outcomes = await asyncio.gather(first, second, return_exceptions=True)
    assert seen and seen[0][0] == "written"  # it read the uncommitted write of its batch...
    assert [type(outcome) for outcome in outcomes] == [IntegrityError, IntegrityError]  # ...so it fails with it


async def test_nested_units_of_work_keep_their_savepoints_inside_a_batch(bot: Bot) -> None:
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)

    async def nested() -> None:
        async with bot.uow() as outer:
            await outer.conversations.save("web:2", "outer", {}, NOW)
            async with outer as inner:  # a service inside the turn, rolled back
                await inner.conversations.save("web:3", "undone", {}, NOW)
            async with outer as inner:  # another, committed
                await inner.conversations.save("web:4", "inner", {}, NOW)
                inner.after_commit(lambda: bot.hooks.append("inner"))
                await inner.commit()
            await outer.commit()

    second = asyncio.create_task(nested())
    await queued(bot, 1)
    hold.set()
    await asyncio.gather(first, second)
    assert bot.committed_steps() == {"web:1": "one", "web:2": "outer", "web:4": "inner"}
    assert sorted(bot.hooks) == ["inner", "web:1"]


async def test_work_after_a_commit_is_undone_unless_committed_again(bot: Bot) -> None:
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)

    async def twice() -> None:
        async with bot.uow() as uow:
            await uow.conversations.save("web:2", "kept", {}, NOW)
            await uow.commit()
            await uow.conversations.save("web:2", "not committed", {}, NOW)
            await uow.conversations.save("web:5", "not committed", {}, NOW)

    second = asyncio.create_task(twice())
    third = asyncio.create_task(save(bot, "web:3", "three"))
    await queued(bot, 2)
    hold.set()
    await asyncio.gather(first, second, third)
    assert bot.group.batches == 1
    assert bot.committed_steps() == {"web:1": "one", "web:2": "kept", "web:3": "three"}


async def test_another_holder_of_the_write_lock_runs_between_batches(bot: Bot) -> None:
    """The outbox sender takes the lock itself: it waits for the COMMIT, and sees what was committed."""
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)
    seen: list[dict[str, str]] = []

    async def sender() -> None:
        async with bot.lock:
            seen.append(bot.committed_steps())

    other = asyncio.create_task(sender())
    await asyncio.sleep(0.02)
    assert seen == []  # the batch holds the lock until its COMMIT
    hold.set()
    await asyncio.gather(first, other)
    assert seen == [{"web:1": "one"}]


async def test_a_batch_is_cut_at_its_size_cap(bot: Bot) -> None:
    bot.group.max_batch = 2
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)
    others = [asyncio.create_task(save(bot, f"web:{n}", "x")) for n in range(2, 6)]
    await queued(bot, 4)
    hold.set()
    await asyncio.gather(first, *others)
    assert bot.group.batches == 3  # 2 + 2 + 1
    assert len(bot.committed_steps()) == 5


async def test_a_failed_orm_flush_loses_the_batch_and_fails_every_unit_of_work_in_it(bot: Bot) -> None:
    """SQLAlchemy rolls the whole transaction back when a flush fails: the turns before it in the
    batch, whose savepoints were released, must not count as committed."""
    from storage.records import PersonRecord

    async with bot.uow() as uow:
        await uow.session.execute(
            text("INSERT INTO people (id, locale, created_at) VALUES (4242, 'en', '2026-03-02 09:30:00.000000')")
        )
        await uow.commit()
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)

    async def duplicate() -> None:
        async with bot.uow() as uow:
            uow.session.add(PersonRecord(id=4242, locale="en", created_at=NOW))
            await uow.commit()

    second = asyncio.create_task(duplicate())
    third = asyncio.create_task(save(bot, "web:3", "three"))
    await queued(bot, 2)
    hold.set()
    outcomes = await asyncio.gather(first, second, third, return_exceptions=True)
    # It had committed its savepoint: not durable after all, and worth trying again (the channel does).
    assert isinstance(outcomes[0], NotCommitted) and isinstance(outcomes[0].__cause__, BatchLost)
    assert isinstance(outcomes[1], IntegrityError)
    assert outcomes[2] is None  # it was still in line: it ran in the next batch
    assert bot.committed_steps() == {"web:3": "three"}
    assert bot.hooks == ["web:3"]


@pytest.mark.parametrize("max_batch", [64, 1], ids=["handed-the-batch", "handed-the-next-batch"])
async def test_a_unit_of_work_cancelled_while_it_waits_in_line_holds_nobody_up(bot: Bot, max_batch: int) -> None:
    """Cancelled in line, or just as the batch (or the turn to open the next one) was handed to it."""
    bot.group.max_batch = max_batch
    hold = asyncio.Event()
    first = asyncio.create_task(save(bot, "web:1", "one", hold=hold))
    await asyncio.sleep(0.01)
    waiting = asyncio.create_task(save(bot, "web:2", "cancelled in line"))
    handed = asyncio.create_task(save(bot, "web:3", "cancelled when handed the batch"))
    last = asyncio.create_task(save(bot, "web:4", "four"))
    await queued(bot, 3)
    waiting.cancel()
    await asyncio.sleep(0)
    hold.set()
    for _ in range(100):  # web:1 leaves and hands the batch (or, committed, the next one) to web:3...
        if len(bot.group._queue) == 1:
            break
        await asyncio.sleep(0)
    handed.cancel()  # ...which is cancelled before it runs
    await asyncio.wait_for(asyncio.gather(first, last), 5)
    for task in (waiting, handed):
        with pytest.raises(asyncio.CancelledError):
            await task
    assert bot.committed_steps() == {"web:1": "one", "web:4": "four"}
    await save(bot, "web:5", "five")  # and the group is free again
    assert bot.committed_steps()["web:5"] == "five"
