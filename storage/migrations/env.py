"""Alembic environment: runs migrations over the project's async engine."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel.sql.sqltypes import AutoString

from storage.advisory import lock_key
from storage.engine import create_engine
from storage.records import UtcDateTime, metadata

config = context.config


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render our column types as plain SQLAlchemy ones, so migrations import no model code."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    return False


#: The advisory lock key that serializes migrations across processes (storage.advisory.lock_key("migrations")).
MIGRATION_LOCK = lock_key("migrations")
#: After this many seconds of waiting for the lock, say who holds it (once).
WAIT_NOTICE_AFTER = 5.0

# Alembic loads this file as "env_py": named after the package, so the log keeps its ids (`bot.logs`).
logger = logging.getLogger("storage.migrations.env")


def _run(connection: Connection, per_migration: bool = False) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
        # PostgreSQL: one transaction per migration, so a migration may leave it for an autocommit
        # block (``CREATE INDEX CONCURRENTLY``, migration 0018); each still applies whole or not at all.
        transaction_per_migration=per_migration,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_per_migration(connection: Connection) -> None:
    _run(connection, per_migration=True)


async def _run_postgres(conn) -> None:
    """Several processes may start at once on one PostgreSQL database (N `run`s): one migrates, the
    others wait for the session's advisory lock and then find it at head. The lock is the session's,
    not a transaction's, because each migration commits on its own (`_run_per_migration`): a
    migration that builds indexes ``CONCURRENTLY`` must run outside a transaction, and one
    transaction for the whole run would hold its locks on the tables until the last index is built."""
    # Waited for by trying, with no transaction open between tries: a process blocked inside
    # ``pg_advisory_lock`` holds a snapshot, and ``CREATE INDEX CONCURRENTLY`` in the process that holds
    # the lock waits for every older snapshot to end: PostgreSQL would call it a deadlock.
    began, told = time.monotonic(), False
    while not (await conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({MIGRATION_LOCK})")).scalar_one():
        await conn.commit()
        if not told and time.monotonic() - began >= WAIT_NOTICE_AFTER:
            holder = await _lock_holder(conn)
            await conn.commit()
            if holder is not None:
                told = True
                _tell_wait(holder)
        await asyncio.sleep(0.2)
    await conn.commit()
    try:
        await conn.run_sync(_run_per_migration)
        await conn.commit()
    finally:
        # Closing the connection (engine.dispose) releases the lock too, should this fail.
        with contextlib.suppress(Exception):
            if conn.in_transaction():
                await conn.rollback()
            await conn.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
            await conn.commit()


async def _lock_holder(conn) -> dict[str, Any] | None:
    """The server session of this database that holds the migration lock: its process id, its state
    (``active``: running a statement; a session whose client was killed keeps running it, and holds the
    lock, until it ends) and for how long it has been in that state; None once nobody holds it."""
    high, low = (MIGRATION_LOCK >> 32) & 0xFFFFFFFF, MIGRATION_LOCK & 0xFFFFFFFF
    row = (
        await conn.exec_driver_sql(
            "SELECT a.pid, a.state, extract(epoch FROM now() - coalesce(a.state_change, a.backend_start))::int "
            "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            f"AND l.granted AND l.objsubid = 1 AND l.classid = {high}::oid AND l.objid = {low}::oid"
        )
    ).first()
    return None if row is None else {"pid": row[0], "state": row[1] or "?", "seconds": row[2] or 0}


def _log_wait(holder: dict[str, Any]) -> None:
    logger.warning(
        "database migration: waiting for the migration lock, held by PostgreSQL session %s (%s for %s s); "
        "if the process that started it was killed, end that session with SELECT pg_terminate_backend(%s)",
        holder["pid"],
        holder["state"],
        holder["seconds"],
        holder["pid"],
    )


def _tell_wait(holder: dict[str, Any]) -> None:
    """The caller's notice (`storage.migrate.OnWait`), or the log; a notice that fails does not stop the run."""
    notice = config.attributes.get("on_wait")
    if notice is not None:
        try:
            notice(holder)
            return
        except Exception as error:
            logger.debug("database migration: the waiting notice failed (%s)", type(error).__name__)
    _log_wait(holder)


async def _run_async() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        await connection.run_sync(_run)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        async with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # A batch migration copies a table and drops the old one; with foreign keys on, dropping
                # a table other rows point at (cases) fails. Off for the run, checked before commit.
                await conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                # The driver begins no transaction before DDL on its own: begin it, so a failing
                # migration leaves the database as it was, never half-upgraded.
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
                await conn.run_sync(_run)
                if (await conn.exec_driver_sql("PRAGMA foreign_key_check")).first() is not None:
                    raise RuntimeError("the migration left rows whose foreign keys point nowhere; nothing was changed")
                await conn.commit()
            else:
                await _run_postgres(conn)
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
