"""SQLite on the event loop's own thread: aiosqlite's API without its worker thread.

aiosqlite runs every call (cursor, execute, fetch, close, commit) on a worker thread and
wakes the event loop when it is done: through SQLAlchemy one statement is several such
hand-offs, each a queue put, a thread wake-up, a GIL hand-over and an event-loop turn.
With the write lock and group commit (`storage.uow`) only one unit of work talks to the
database at a time anyway, and a SQLite statement on a local file in WAL mode takes
microseconds, so the hand-offs cost far more than the work (docs/performance.md).

`InlineConnection` is an `aiosqlite.Connection` whose calls run at once, on the caller's
thread; SQLAlchemy's aiosqlite dialect and `storage.sqlite_fast` use it unchanged.

What must not block the event loop is waiting for another process's write lock (a
command-line `walking-home` run, say): the connection's own busy timeout is short
(`BUSY_TIMEOUT_MS`), and a statement that found the database locked before its
transaction began (the implicit or explicit ``BEGIN IMMEDIATE``: nothing was done) is
tried again after an asynchronous sleep, for up to `BUSY_SECONDS`. Inside a write
transaction WAL mode needs no further lock. A long read (a retention sweep) does run on
the loop's thread: it is as long as SQLite takes, without the hand-offs.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import SQLiteDialect_aiosqlite
from sqlalchemy.engine import make_url

LOG = logging.getLogger("aiosqlite")

#: How long one statement may block the loop waiting for another process's lock.
BUSY_TIMEOUT_MS = 5
#: How long, in all, a statement waits (asynchronously) for another process's lock.
BUSY_SECONDS = 10.0
_RETRIED = frozenset({"execute", "executemany"})


class _Inline:
    """Stands in for aiosqlite's queue to the worker thread (SQLAlchemy uses it to set the
    isolation level): the function runs at once and its future is resolved."""

    @staticmethod
    def put_nowait(item: tuple[asyncio.Future | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:  # noqa: BLE001 (handed to the future, as aiosqlite's thread does)
            if future is not None and not future.done():
                future.set_exception(error)
        else:
            if future is not None and not future.done():
                future.set_result(result)


def _busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error)


class InlineConnection(aiosqlite.Connection):
    """An `aiosqlite.Connection` that runs each call on the calling thread (no worker thread)."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], *, busy_seconds: float | None = None) -> None:
        super().__init__(connector, 64)
        self._tx = _Inline()  # type: ignore[assignment]
        self._busy_seconds = BUSY_SECONDS if busy_seconds is None else busy_seconds

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        if LOG.isEnabledFor(logging.DEBUG):  # the line aiosqlite's worker writes (logging redacts its values)
            LOG.debug("executing %s", partial(fn, *args, **kwargs))
        delay, waited = 0.001, 0.0
        while True:
            began_outside = not self._connection.in_transaction
            try:
                return fn(*args, **kwargs)
            except sqlite3.OperationalError as error:
                # Locked before anything was done (no transaction was open, so the implicit BEGIN
                # IMMEDIATE, or an explicit one, failed): wait without blocking the loop, try again.
                retry = began_outside and getattr(fn, "__name__", "") in _RETRIED and _busy(error)
                if not retry or waited >= self._busy_seconds:
                    raise
            await asyncio.sleep(delay)
            waited += delay
            delay = min(delay * 2, 0.05)

    async def _connect(self) -> InlineConnection:
        if self._connection is None:
            self._connection = self._connector()
        return self

    def __await__(self):
        return self._connect().__await__()

    def __del__(self) -> None:
        # aiosqlite warns here because its worker thread would be left running; there is none here,
        # and the sqlite3 connection closes itself when collected.
        self._connection = None

    def stop(self) -> None:
        self._running = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    async def close(self) -> None:
        self.stop()


def connector(url: str) -> Callable[[], Awaitable[InlineConnection]]:
    """An ``async_creator`` for `create_async_engine`: inline connections to the database of ``url``,
    opened with the arguments SQLAlchemy's aiosqlite dialect would give aiosqlite."""
    args, kwargs = SQLiteDialect_aiosqlite().create_connect_args(make_url(url))
    kwargs["check_same_thread"] = False  # a connection may be closed by the pool from another thread

    async def create() -> InlineConnection:
        return await InlineConnection(partial(sqlite3.connect, *args, **kwargs))

    return create
