"""Upgrading a database that holds cases: every migration after the first runs over real rows."""

from __future__ import annotations

import asyncio

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade

ROWS = (
    "INSERT INTO services (code, position) VALUES ('other', 0)",
    "INSERT INTO people (id, locale, created_at) VALUES (1, 'en', '2026-01-01 00:00:00')",
    "INSERT INTO cases (id, reference, state, service, region, language, channel, risk, minor_involved, "
    "elder_involved, anonymous, no_contact, confidential, contact, escalation_level, overdue, reporter_id, version, "
    "created_at, state_entered_at, updated_at) VALUES (1, 'HLB-2026-000001', 'new', 'other', 'hailar', 'en', 'web', "
    "'low', false, false, true, false, false, 'this_chat', 0, false, 1, 1, "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    "INSERT INTO case_entries (case_id, kind, at, author_role, text) "
    "VALUES (1, 'description', '2026-01-01 00:00:00', 'reporter', 'her words before the upgrade')",
    "INSERT INTO case_events (case_id, seq, at, role, trigger, from_state, to_state, data) "
    "VALUES (1, 1, '2026-01-01 00:00:00', 'reporter', 'submit', 'intake', 'new', '{\"consent\": true}')",
    "INSERT INTO conversations (address, step, data, updated_at) "
    "VALUES ('web:abc', 'menu', '{\"locale\": \"en\"}', '2026-01-01 00:00:00')",
)


async def _fill(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            for statement in ROWS:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def _read(url: str) -> tuple:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            case = (await connection.execute(text("SELECT reference, legal_hold FROM cases"))).one()
            entries = (await connection.execute(text("SELECT count(*) FROM case_entries WHERE case_id = 1"))).scalar()
            version = (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()
            return tuple(case), entries, version
    finally:
        await engine.dispose()


@pytest.mark.parametrize("start", ["0003", "0005"])
def test_upgrading_a_database_with_cases_keeps_them(empty_db_url: str, start: str) -> None:
    upgrade(empty_db_url, start)
    asyncio.run(_fill(empty_db_url))
    upgrade(empty_db_url)
    case, entries, version = asyncio.run(_read(empty_db_url))
    assert (case[0], bool(case[1]), entries) == ("HLB-2026-000001", False, 1)
    assert version == ScriptDirectory.from_config(alembic_config(empty_db_url)).get_current_head()


def test_a_failing_upgrade_leaves_the_sqlite_database_as_it_was(tmp_path) -> None:
    """DDL runs in one transaction: a migration that fails part way undoes the ones before it."""
    import sqlite3

    database = tmp_path / "old.db"
    url = f"sqlite+aiosqlite:///{database}"
    upgrade(url, "0003")
    with sqlite3.connect(database) as connection:  # 0006 will stumble on this index; 0004 and 0005 come first
        connection.execute("CREATE INDEX ix_conversations_updated_at ON conversations (updated_at)")
    with pytest.raises(Exception, match="already exists"):
        upgrade(url)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0003",)]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        columns = {row[1] for row in connection.execute("PRAGMA table_info(cases)")}
    assert "pin_guesses" not in tables and "duress_pin_hash" not in columns
