"""Migrations 0021 and 0022 over an outbox with rows waiting: ``leased_until`` is added empty (the rows are not
leased), the index of leased rows by chat is built, then ``leased_by`` (no holder); the schema is as
the code declares; a downgrade removes each and keeps the rows."""

from __future__ import annotations

import asyncio

import pytest
from alembic import command
from sqlalchemy import text
from test_migration_figure_columns import _indexes
from test_migration_order_timers import _run

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade
from storage.schema_check import check_schema

WAITING = (
    "INSERT INTO outbox (id, address, scheme, priority, message_id, args, locale, buttons, status, attempts, "
    "not_before, created_at, last_error) VALUES (7, 'telegram:1', 'telegram', 0, 'menu', '{}', 'en', '[]', "
    "'pending', 0, '2026-12-04 08:00:00', '2026-12-04 08:00:00', '')",
)


async def _outbox(url: str, columns: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return [tuple(r) for r in await connection.execute(text(f"SELECT {columns} FROM outbox"))]
    finally:
        await engine.dispose()


def test_0021_marks_leases_indexes_the_leased_rows_by_chat_and_is_undone(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0020")
    asyncio.run(_run(empty_db_url, *WAITING))
    upgrade(empty_db_url)
    assert asyncio.run(_outbox(empty_db_url, "id, status, leased_until")) == [(7, "pending", None)]
    assert asyncio.run(_indexes(empty_db_url, ("outbox",)))["ix_outbox_leased_address_id"] == ["address", "id"]
    report = asyncio.run(check_schema(empty_db_url))
    assert report.current == report.head and report.differences == [], report

    command.downgrade(alembic_config(empty_db_url), "0020")
    assert "ix_outbox_leased_address_id" not in asyncio.run(_indexes(empty_db_url, ("outbox",)))
    assert asyncio.run(_outbox(empty_db_url, "id, status")) == [(7, "pending")]
    with pytest.raises(Exception, match="leased_until"):
        asyncio.run(_outbox(empty_db_url, "leased_until"))
    upgrade(empty_db_url)  # and up again
    assert asyncio.run(_outbox(empty_db_url, "id, leased_until")) == [(7, None)]


def test_0022_adds_the_lease_holder_empty_and_is_undone(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0021")
    asyncio.run(_run(empty_db_url, *WAITING))
    upgrade(empty_db_url)
    assert asyncio.run(_outbox(empty_db_url, "id, leased_until, leased_by")) == [(7, None, None)]
    report = asyncio.run(check_schema(empty_db_url))
    assert report.current == report.head and report.differences == [], report

    command.downgrade(alembic_config(empty_db_url), "0021")
    with pytest.raises(Exception, match="leased_by"):
        asyncio.run(_outbox(empty_db_url, "leased_by"))
    assert asyncio.run(_outbox(empty_db_url, "id, status")) == [(7, "pending")]
