"""Migration 0007 (the channel state table) goes up and down over a database that holds cases."""

from __future__ import annotations

import asyncio

from alembic import command
from sqlalchemy import inspect, text
from test_migrations import _fill, _read

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade


async def _tables_and_state(url: str) -> tuple[set[str], list]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            tables = set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))
            state = []
            if "channel_state" in tables:
                state = (await connection.execute(text("SELECT key FROM channel_state"))).scalars().all()
            return tables, state
    finally:
        await engine.dispose()


async def _put_state(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text("INSERT INTO channel_state (key, value, updated_at) VALUES ('matrix:a', '{}', '2026-01-01')")
            )
    finally:
        await engine.dispose()


def test_channel_state_upgrade_and_downgrade_keep_the_cases(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0006")
    asyncio.run(_fill(empty_db_url))
    upgrade(empty_db_url, "0007")
    asyncio.run(_put_state(empty_db_url))
    tables, state = asyncio.run(_tables_and_state(empty_db_url))
    assert "channel_state" in tables and state == ["matrix:a"]

    command.downgrade(alembic_config(empty_db_url), "0006")
    tables, _ = asyncio.run(_tables_and_state(empty_db_url))
    assert "channel_state" not in tables
    case, entries, version = asyncio.run(_read(empty_db_url))
    assert (case[0], entries, version) == ("HLB-2026-000001", 1, "0006")

    upgrade(empty_db_url)
    tables, state = asyncio.run(_tables_and_state(empty_db_url))
    assert "channel_state" in tables and state == []
