"""Async engine construction: SQLite (embedded default) or PostgreSQL.

SQLite runs in WAL mode with foreign keys and a busy timeout. Reads run outside a
transaction and the first write begins ``BEGIN IMMEDIATE``: a unit of work never
holds a stale read snapshot, so concurrent work on different cases cannot fail
with "database is locked", while the version check still catches a lost race on
the same case.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

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
    cursor.close()
    dbapi_connection.isolation_level = "IMMEDIATE"


def _begin_before_savepoint(connection, _name) -> None:
    # The driver opens no transaction for a SAVEPOINT, and SQLite treats a SAVEPOINT
    # outside a transaction as BEGIN DEFERRED whose RELEASE commits: a nested unit of
    # work would commit for real and hold a stale read snapshot. Begin the outer
    # transaction first, the same way the first write would.
    if not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite file so a fresh checkout can start."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    ensure_sqlite_folder(url)
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    # hide_parameters: a database error must not put her words (bound values) into the log.
    engine = create_async_engine(url, echo=echo, pool_pre_ping=not is_sqlite, hide_parameters=True)
    if is_sqlite:
        event.listen(engine.sync_engine, "connect", _prepare_sqlite)
        event.listen(engine.sync_engine, "savepoint", _begin_before_savepoint)
    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
