"""Migration 0014 (service orders' marks in ``case_timers``) up and down over a database that holds
cases and their timers: the rows stay, the pending-due index keeps its WHERE clause (an idle poll
reads it), an order's mark is accepted and a row that is neither a case's nor an order's refused."""

from __future__ import annotations

import asyncio

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from test_migrations import _fill

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade

TIMER = (
    "INSERT INTO case_timers (case_id, kind, state, due_at, status, created_at) "
    "VALUES (1, 'overdue', 'new', '2026-01-02 00:00:00', 'pending', '2026-01-01 00:00:00')"
)
REGION = "INSERT INTO regions (code, position) VALUES ('hailar', 0)"
ORDER = (
    "INSERT INTO orders (id, reference, state, kind, topic, region, place_kind, place_name, language, format, "
    "audience, preferred_dates, contact, locale, channel, venue, version, created_at, state_entered_at, updated_at) "
    "VALUES (1, 'HLO-2026-000001', 'requested', 'lecture_thematic', 'health', 'hailar', 'community', 'x', "
    "'chinese', 'on_site', 10, '[]', 'x', 'en', 'web', '', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', "
    "'2026-01-01 00:00:00')"
)
ORDER_TIMER = (
    "INSERT INTO case_timers (order_id, kind, state, due_at, status, created_at) "
    "VALUES (1, 'order_dispatch_due', 'requested', '2026-01-02 00:00:00', 'pending', '2026-01-01 00:00:00')"
)
NEITHER = (
    "INSERT INTO case_timers (kind, state, due_at, status, created_at) "
    "VALUES ('overdue', 'new', '2026-01-02 00:00:00', 'pending', '2026-01-01 00:00:00')"
)


async def _run(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            for statement in statements:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def _state(url: str) -> tuple[list, str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            timers = (await connection.execute(text("SELECT case_id, kind, status FROM case_timers ORDER BY id"))).all()
            if connection.dialect.name == "sqlite":
                query = "SELECT sql FROM sqlite_master WHERE name = 'ix_case_timers_pending_due'"
            else:
                query = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_case_timers_pending_due'"
            index = (await connection.execute(text(query))).scalar()
            return [tuple(t) for t in timers], index
    finally:
        await engine.dispose()


def test_order_timers_upgrade_and_downgrade_keep_the_case_timers(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0013")
    asyncio.run(_fill(empty_db_url))
    asyncio.run(_run(empty_db_url, TIMER, REGION, ORDER))
    upgrade(empty_db_url, "0014")
    timers, index = asyncio.run(_state(empty_db_url))
    assert timers == [(1, "overdue", "pending")]
    assert "pending" in index.lower() and "where" in index.lower()  # still a partial index
    asyncio.run(_run(empty_db_url, ORDER_TIMER))
    with pytest.raises(IntegrityError):
        asyncio.run(_run(empty_db_url, NEITHER))
    assert [k for _, k, _ in asyncio.run(_state(empty_db_url))[0]] == ["overdue", "order_dispatch_due"]

    command.downgrade(alembic_config(empty_db_url), "0013")
    timers, index = asyncio.run(_state(empty_db_url))
    assert timers == [(1, "overdue", "pending")]  # the order's marks go with the column
    assert "where" in index.lower()
    with pytest.raises(IntegrityError):  # case_id is required again
        asyncio.run(_run(empty_db_url, NEITHER))
    upgrade(empty_db_url)
