"""Migration 0015 (the supervisor figures) up and down over a database that holds a case and its
event: the event stays, its new ``code`` is empty (the migration cannot open sealed data), the
figures' indexes come and go, and an event written after it keeps its code."""

from __future__ import annotations

import asyncio

from alembic import command
from sqlalchemy import inspect, text
from test_migrations import _fill

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade

INDEXES = {
    ("cases", "ix_cases_region_created_at"),
    ("cases", "ix_cases_created_at"),
    ("case_events", "ix_case_events_case_id_trigger_at"),
    ("case_events", "ix_case_events_trigger_at"),
    ("case_timers", "ix_case_timers_status_fired_at"),
    ("follow_ups", "ix_follow_ups_asked_at"),
}
REFER = (
    "INSERT INTO case_events (case_id, seq, at, role, trigger, from_state, to_state, data, code) "
    "VALUES (1, 2, '2026-01-01 00:00:00', 'operator', 'refer', 'accepted', 'referred', '{}', 'police')"
)


async def _state(url: str) -> tuple[list, set, bool]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:

            def look(sync) -> tuple[set, bool]:
                found = inspect(sync)
                indexes = {(t, i["name"]) for t, _ in INDEXES for i in found.get_indexes(t)}
                return indexes & INDEXES, "code" in {c["name"] for c in found.get_columns("case_events")}

            indexes, has_code = await connection.run_sync(look)
            query = "SELECT seq, trigger" + (", code" if has_code else "") + " FROM case_events ORDER BY seq"
            events = [tuple(r) for r in (await connection.execute(text(query))).all()]
            return events, indexes, has_code
    finally:
        await engine.dispose()


async def _run(url: str, statement: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


def test_the_figures_migration_up_and_down_keeps_the_events(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0014")
    asyncio.run(_fill(empty_db_url))
    before, indexes, has_code = asyncio.run(_state(empty_db_url))
    assert indexes == set() and not has_code and len(before) == 1

    upgrade(empty_db_url, "0015")
    events, indexes, has_code = asyncio.run(_state(empty_db_url))
    assert has_code and indexes == INDEXES
    assert events == [(*before[0], None)]  # an event from before: no code
    asyncio.run(_run(empty_db_url, REFER))
    assert asyncio.run(_state(empty_db_url))[0][-1] == (2, "refer", "police")

    command.downgrade(alembic_config(empty_db_url), "0014")
    events, indexes, has_code = asyncio.run(_state(empty_db_url))
    assert indexes == set() and not has_code
    assert events == [before[0], (2, "refer")]
    upgrade(empty_db_url)
