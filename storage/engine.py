"""Async engine construction: SQLite (embedded default) or PostgreSQL.

SQLite runs in WAL mode with foreign keys and a busy timeout. Reads run outside a
transaction and the first write begins ``BEGIN IMMEDIATE``: a unit of work never
holds a stale read snapshot, so concurrent work on different cases cannot fail
with "database is locked", while the version check still catches a lost race on
the same case.

Group commit (`storage.uow`): the units of work queued behind the in-process write
lock share one transaction, each in a SAVEPOINT of its own (`TURN_SAVEPOINT`). That
savepoint is opened lazily, before the first statement of the turn that is not a
SELECT (`TurnScope`, `_open_turn_savepoint`), so a turn that only reads costs no
statement, and work done after a turn's commit is again undone unless committed.

Bounded waits (`DatabaseTimeouts`, from the settings of `walking-home run`): a PostgreSQL server
that stops answering (paused, a dead link that TCP has not noticed) must not hold a turn for ever.
Opening a connection, each statement (asyncpg's client-side ``command_timeout``, the pool's
pre-ping included) and the wait for a free pooled connection are bounded; a statement past its
bound drops its connection (it cannot be trusted to answer in order again), and the unit of work
raises ``TimeoutError``, which `storage.uow` reports as `workflows.errors.NotCommitted`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from storage import sealing, sqlite_inline
from storage.sealing import KeyRing

try:
    from sqlalchemy.util.concurrency import await_
except ImportError:  # SQLAlchemy 2.0
    from sqlalchemy.util.concurrency import await_only as await_

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA synchronous=NORMAL",
)


def _prepare_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    if isinstance(getattr(dbapi_connection, "_connection", None), sqlite_inline.InlineConnection):
        # On the loop's thread: wait for another process's lock asynchronously (sqlite_inline), not here.
        cursor.execute(f"PRAGMA busy_timeout={sqlite_inline.BUSY_TIMEOUT_MS}")
    cursor.close()
    dbapi_connection.isolation_level = "IMMEDIATE"


def _begin_before_savepoint(connection, _name) -> None:
    # The driver opens no transaction for a SAVEPOINT, and SQLite treats a SAVEPOINT
    # outside a transaction as BEGIN DEFERRED whose RELEASE commits: a nested unit of
    # work would commit for real and hold a stale read snapshot. Begin the outer
    # transaction first, the same way the first write would.
    if not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


#: The savepoint of one unit of work inside a group-commit batch (one at a time per connection).
TURN_SAVEPOINT = "wh_turn"
#: Where a batch keeps its `TurnScope` on the connection (``Connection.info``).
TURN_SCOPE_KEY = "walking_home.turn_scope"


class TurnScope:
    """Whether the unit of work running in a batch has its savepoint open (``open``), and whether
    one must be opened before its next write (``armed``: a unit of work is running and wants one).
    The batch's transaction itself begins (``BEGIN IMMEDIATE``) before its first savepoint, so a
    batch that only reads never takes the write lock and never waits for another process."""

    __slots__ = ("armed", "began", "open")

    def __init__(self) -> None:
        self.armed = False
        self.began = False
        self.open = False

    def take(self, statement: str) -> bool:
        """True when ``statement`` must be preceded by ``SAVEPOINT`` (and from now on it is open)."""
        if not self.armed or self.open or statement.lstrip()[:6].upper() in ("SELECT", "BEGIN "):
            return False
        self.open = True
        return True


async def open_turn_savepoint(driver, scope: TurnScope) -> None:
    """``SAVEPOINT`` for the unit of work about to write, after ``BEGIN IMMEDIATE`` if the batch has
    not begun; a driver error comes back as SQLAlchemy's (as every other statement's does)."""
    statement = f"SAVEPOINT {TURN_SAVEPOINT}"
    try:
        if not driver.in_transaction:
            statement = "BEGIN IMMEDIATE"
            await driver.execute(statement)
        statement = f"SAVEPOINT {TURN_SAVEPOINT}"
        await driver.execute(statement)
        scope.began = True
    except sqlite3.Error as error:
        scope.open = False
        raise DBAPIError.instance(statement, None, error, sqlite3.Error, hide_parameters=True) from error
    except BaseException:
        # Cancelled while BEGIN IMMEDIATE waited for another process's lock (the channel's turn bound):
        # no savepoint was opened, so leaving must not roll back to one (that would fail the batch).
        scope.open = False
        raise


def _open_turn_savepoint(connection, _cursor, statement, _parameters, _context, _executemany) -> None:
    scope = connection.info.get(TURN_SCOPE_KEY)
    if scope is not None and scope.take(statement):
        await_(open_turn_savepoint(connection.connection.driver_connection, scope))


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite file so a fresh checkout can start, and keep the files private.

    The database file is created mode 0600 before SQLite opens it (SQLite gives its -wal
    and -shm files the database file's mode), and an existing database, -wal or -shm
    readable by others is set back to 0600, whatever the umask. A folder created here is 0700.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    if parsed.database.startswith("file:"):
        return
    database = Path(parsed.database)
    folder = database.parent
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    if not database.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)


@dataclass(frozen=True)
class DatabaseTimeouts:
    """Seconds the bot waits for the database (None: no bound, as for migrations and the command line).

    ``connect``: opening a PostgreSQL connection; ``command``: one PostgreSQL statement (client side,
    so it holds when the server does not answer at all); ``pool``: a free pooled connection (both engines).
    """

    connect: float | None = 5.0
    command: float | None = 5.0
    pool: float | None = 5.0


def _drop_timed_out_connection(context) -> None:
    # A statement that timed out on the client may still run, or answer late, on the server: the
    # connection is invalidated (closed, not returned to the pool), so no rollback waits on it.
    if isinstance(context.original_exception, TimeoutError):
        context.is_disconnect = True


def _close_timed_out_connection_at_once(dbapi_connection, _record, exception) -> None:
    # A connection invalidated for a timeout (a statement's, or the pool's pre-ping) is closed at once:
    # SQLAlchemy's polite close would wait up to 2 s more for a server that does not answer.
    if isinstance(exception, TimeoutError):
        terminate = getattr(getattr(dbapi_connection, "driver_connection", None), "terminate", None)
        if terminate is not None:
            terminate()


def create_engine(
    url: str,
    *,
    echo: bool = False,
    key_ring: KeyRing | None = None,
    sqlite_thread: bool = False,
    timeouts: DatabaseTimeouts | None = None,
) -> AsyncEngine:
    """An engine over ``url``; sealed columns use ``key_ring`` (or the default ring, `storage.sealing`).

    SQLite runs on the event loop's thread (`storage.sqlite_inline`); ``sqlite_thread=True`` keeps
    aiosqlite's worker thread (the bench compares the two). ``timeouts`` bound the waits for the
    database (`DatabaseTimeouts`); without them nothing is bounded."""
    ensure_sqlite_folder(url)
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    options: dict = {}
    if is_sqlite and not sqlite_thread:
        options["async_creator"] = sqlite_inline.connector(url)
    if timeouts is not None:
        database = make_url(url).database or ""
        if timeouts.pool is not None and not (is_sqlite and database in ("", ":memory:")):  # not a StaticPool
            options["pool_timeout"] = timeouts.pool
        if not is_sqlite:
            connect_args = {"timeout": timeouts.connect, "command_timeout": timeouts.command}
            options["connect_args"] = {key: value for key, value in connect_args.items() if value is not None}
    # hide_parameters: a database error must not put her words (bound values) into the log.
    engine = create_async_engine(url, echo=echo, pool_pre_ping=not is_sqlite, hide_parameters=True, **options)
    sealing.attach(engine, key_ring)
    if timeouts is not None and not is_sqlite:
        event.listen(engine.sync_engine, "handle_error", _drop_timed_out_connection)
        event.listen(engine.sync_engine, "invalidate", _close_timed_out_connection_at_once)
    if is_sqlite:
        event.listen(engine.sync_engine, "connect", _prepare_sqlite)
        event.listen(engine.sync_engine, "savepoint", _begin_before_savepoint)
        event.listen(engine.sync_engine, "before_cursor_execute", _open_turn_savepoint)
    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
