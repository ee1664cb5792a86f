"""Migration 0017 over a database with cases from before it: each case gets the time of its first
accept, dispatch, mediation and close from its events (a second dispatch after a decline does not move the first),
every event and follow-up round gets its case's region, and a case with none of those events keeps
NULL. Down again, the rows stay as they were."""

from __future__ import annotations

import asyncio
from datetime import datetime

from alembic import command
from sqlalchemy import inspect, text
from test_migration_order_timers import _run
from test_migrations import ROWS

from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade

SECOND_CASE = (
    "INSERT INTO cases (id, reference, state, service, region, language, channel, risk, minor_involved, "
    "elder_involved, anonymous, no_contact, confidential, contact, escalation_level, overdue, version, "
    "created_at, state_entered_at, updated_at) VALUES (2, 'HLB-2026-000002', 'closed', 'other', 'manzhouli', "
    "'en', 'web', 'low', false, false, true, false, false, 'this_chat', 0, false, 1, "
    "'2026-02-01 00:00:00', '2026-02-01 00:00:00', '2026-02-01 00:00:00')"
)
EVENTS = [  # case 2: submit, accept, dispatch, decline, dispatch again, take, a mediation tried, resolve, close
    (1, "2026-02-01 00:00:00", "submit", "intake", "new"),
    (2, "2026-02-01 01:00:00", "accept", "new", "accepted"),
    (3, "2026-02-01 02:00:00", "dispatch", "accepted", "dispatched"),
    (4, "2026-02-01 03:00:00", "decline", "dispatched", "accepted"),
    (5, "2026-02-01 04:00:00", "dispatch", "accepted", "dispatched"),
    (6, "2026-02-01 05:00:00", "take", "dispatched", "in_progress"),
    (7, "2026-02-01 06:00:00", "start_mediation", "in_progress", "mediation_pending"),
    (8, "2026-02-01 07:00:00", "terminate_mediation", "mediation_pending", "in_progress"),
    (9, "2026-02-02 00:00:00", "resolve", "in_progress", "follow_up"),
    (10, "2026-02-03 00:00:00", "close", "follow_up", "closed"),
]
FOLLOW_UP = "INSERT INTO follow_ups (case_id, round, status, asked_at) VALUES (2, 1, 'answered', '2026-02-02 12:00:00')"


def _event(seq: int, at: str, trigger: str, source: str, dest: str) -> str:
    return (
        "INSERT INTO case_events (case_id, seq, at, role, trigger, from_state, to_state, data) "
        f"VALUES (2, {seq}, '{at}', 'operator', '{trigger}', '{source}', '{dest}', '{{}}')"
    )


async def _read(url: str) -> tuple[list, list, list]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            cases = (
                await connection.execute(
                    text(
                        "SELECT id, accepted_at, dispatched_at, mediation_started_at, closed_at FROM cases ORDER BY id"
                    )
                )
            ).all()
            events = (await connection.execute(text("SELECT case_id, region FROM case_events ORDER BY id"))).all()
            rounds = (await connection.execute(text("SELECT case_id, region FROM follow_ups"))).all()
            return [tuple(r) for r in cases], [tuple(r) for r in events], [tuple(r) for r in rounds]
    finally:
        await engine.dispose()


def _naive(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=None)


def test_the_migration_fills_first_times_and_regions_from_the_rows_before_it(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0016")
    asyncio.run(_run(empty_db_url, *ROWS, SECOND_CASE, *(_event(*e) for e in EVENTS), FOLLOW_UP))

    upgrade(empty_db_url, "0017")
    cases, events, rounds = asyncio.run(_read(empty_db_url))
    times = {case_id: tuple(_naive(v) for v in rest) for case_id, *rest in cases}
    assert times[1] == (None, None, None, None)  # only submitted: none of them
    assert times[2] == (
        datetime(2026, 2, 1, 1),
        datetime(2026, 2, 1, 2),  # the first dispatch, not the one after the decline
        datetime(2026, 2, 1, 6),
        datetime(2026, 2, 3),
    )
    assert events == [(1, "hailar")] + [(2, "manzhouli")] * len(EVENTS)
    assert rounds == [(2, "manzhouli")]

    command.downgrade(alembic_config(empty_db_url), "0016")
    assert asyncio.run(_count(empty_db_url)) == (2, 1 + len(EVENTS), 1)
    upgrade(empty_db_url)


async def _count(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            counts = []
            for table in ("cases", "case_events", "follow_ups"):
                counts.append((await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one())
            return tuple(counts)
    finally:
        await engine.dispose()


def test_the_figures_index_replaces_the_older_one(empty_db_url: str) -> None:
    upgrade(empty_db_url, "0017")
    names = set(asyncio.run(_indexes(empty_db_url)))
    assert {"ix_case_events_trigger_at_region", "ix_follow_ups_region_asked_at"} <= names
    assert "ix_case_events_trigger_at" not in names


def test_a_postgres_run_stopped_after_its_columns_runs_again(empty_postgres_url: str) -> None:
    """On PostgreSQL the columns are committed before the fill: a run killed during the fill left them
    (and maybe a half-built index); running the migration again finishes it."""
    upgrade(empty_postgres_url, "0016")
    asyncio.run(_run(empty_postgres_url, *ROWS, SECOND_CASE, *(_event(*e) for e in EVENTS), FOLLOW_UP))
    asyncio.run(
        _run(
            empty_postgres_url,
            "ALTER TABLE cases ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE",
            "ALTER TABLE case_events ADD COLUMN region VARCHAR(32)",
            "CREATE INDEX ix_follow_ups_region_asked_at ON follow_ups (asked_at)",
        )
    )
    upgrade(empty_postgres_url, "0017")
    _, events, rounds = asyncio.run(_read(empty_postgres_url))
    assert events[-1] == (2, "manzhouli") and rounds == [(2, "manzhouli")]
    assert asyncio.run(_indexes(empty_postgres_url))["ix_follow_ups_region_asked_at"] == ["region", "asked_at"]


async def _indexes(url: str, tables: tuple[str, ...] = ("case_events", "follow_ups")) -> dict[str, list[str]]:
    """Each index of ``tables``: its columns."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(
                lambda sync: {
                    i["name"]: i["column_names"] for table in tables for i in inspect(sync).get_indexes(table)
                }
            )
    finally:
        await engine.dispose()
