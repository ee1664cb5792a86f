"""SQLite on the event loop's thread (`storage.sqlite_inline`): while another process holds the
write lock, a write waits without blocking the loop, goes through once the lock is free, and
gives up with "database is locked" after its time."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from storage import sqlite_inline
from storage.engine import create_engine, session_factory
from storage.uow import SqlUnitOfWork
from workflows.errors import NotCommitted

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def other_process(sqlite_url: str) -> Iterator[sqlite3.Connection]:
    """A connection standing for another process: it takes the write lock when told."""
    plain = sqlite3.connect(make_url(sqlite_url).database, isolation_level=None)
    try:
        yield plain
    finally:
        plain.close()


async def ticks_while(task: asyncio.Task, ticks: list[int]) -> None:
    while not task.done():
        ticks.append(1)
        await asyncio.sleep(0.01)


async def write(sqlite_url: str, step: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        async with SqlUnitOfWork(session_factory(engine), lambda: NOW, asyncio.Lock()) as uow:
            await uow.conversations.save("web:inline", step, {}, NOW)
            await uow.commit()
    finally:
        await engine.dispose()


async def test_a_write_waits_for_another_process_without_blocking_the_loop(
    sqlite_url: str, other_process: sqlite3.Connection
) -> None:
    other_process.execute("BEGIN IMMEDIATE")
    task = asyncio.create_task(write(sqlite_url, "after the other process"))
    ticks: list[int] = []
    ticker = asyncio.create_task(ticks_while(task, ticks))
    await asyncio.sleep(0.5)
    assert not task.done()
    assert len(ticks) >= 20  # the loop kept running (blocked, it would have ticked once or twice)
    other_process.execute("COMMIT")
    await asyncio.wait_for(task, 5)
    await ticker
    (step,) = other_process.execute("SELECT step FROM conversations WHERE address = 'web:inline'").fetchone()
    assert step == "after the other process"


async def test_a_write_gives_up_when_the_lock_is_not_freed_in_time(
    sqlite_url: str, other_process: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_inline, "BUSY_SECONDS", 0.3)
    other_process.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(NotCommitted) as raised:  # the database, not the work: worth trying again
            await asyncio.wait_for(write(sqlite_url, "never"), 5)
        assert isinstance(raised.value.__cause__, OperationalError) and "locked" in str(raised.value.__cause__)
    finally:
        other_process.execute("ROLLBACK")
    assert other_process.execute("SELECT count(*) FROM conversations").fetchone() == (0,)
