"""Alembic environment: runs migrations over the project's async engine."""

from __future__ import annotations

import asyncio

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


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        await connection.run_sync(_run)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        async with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                # A batch migration copies a table and drops the old one; with foreign keys on, dropping
                # a table other rows point at (cases) fails. Off for the run, checked before commit.
                await conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                # The driver begins no transaction before DDL on its own: begin it, so a failing
                # migration leaves the database as it was, never half-upgraded.
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                # Several processes may start at once on one PostgreSQL database (N `run`s): one migrates,
                # the others wait here and then find it at head. Released at commit.
                await conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            await conn.run_sync(_run)
            if sqlite and (await conn.exec_driver_sql("PRAGMA foreign_key_check")).first() is not None:
                raise RuntimeError("the migration left rows whose foreign keys point nowhere; nothing was changed")
            await conn.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
