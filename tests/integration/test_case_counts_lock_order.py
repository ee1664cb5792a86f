"""``case_counts`` on PostgreSQL: two transactions moving cases between the same two counters in
opposite directions wait for each other, never deadlock (migration 0020), and the counts stay exact."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from alembic import command
from test_migrations import ROWS

from storage.migrate import alembic_config, upgrade

FIRST_CASE = ROWS[2]
SECOND_CASE = FIRST_CASE.replace("(1, 'HLB-2026-000001'", "(2, 'HLB-2026-000002'")
#: Each connection moves its case back and forth this many times. Before 0020, two connections doing
#: this deadlocked about once in 1,200 updates (5 in 6,000 measured): 6,000 here.
MOVES = 3_000


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def _move(url: str, case_id: int, states: tuple[str, str]) -> int:
    """Move the case between the two states ``MOVES`` times, one transaction each; the deadlocks seen."""
    connection = await asyncpg.connect(url)
    deadlocks = 0
    try:
        for move in range(MOVES):
            try:
                await connection.execute("UPDATE cases SET state = $1 WHERE id = $2", states[move % 2], case_id)
            except asyncpg.exceptions.DeadlockDetectedError:
                deadlocks += 1
    finally:
        await connection.close()
    return deadlocks


async def _race(url: str) -> tuple[list[int], list, list]:
    connection = await asyncpg.connect(url)
    try:
        for statement in (*ROWS[:2], FIRST_CASE, SECOND_CASE, "UPDATE cases SET state = 'accepted' WHERE id = 2"):
            await connection.execute(statement)
        # Opposite directions at every step: case 1 new -> accepted while case 2 accepted -> new, and back.
        deadlocks = await asyncio.gather(_move(url, 1, ("accepted", "new")), _move(url, 2, ("new", "accepted")))
        kept = await connection.fetch("SELECT region, state, overdue, n FROM case_counts WHERE n > 0 ORDER BY 1, 2, 3")
        counted = await connection.fetch(
            "SELECT region, state, overdue, count(*) FROM cases GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        )
        return list(deadlocks), [tuple(r) for r in kept], [tuple(r) for r in counted]
    finally:
        await connection.close()


async def _function(url: str) -> str:
    connection = await asyncpg.connect(url)
    try:
        return await connection.fetchval("SELECT pg_get_functiondef('case_counts_keep'::regproc)")
    finally:
        await connection.close()


@pytest.mark.postgres
def test_opposite_moves_between_two_counters_never_deadlock(empty_postgres_url: str) -> None:
    upgrade(empty_postgres_url)
    deadlocks, kept, counted = asyncio.run(_race(_plain(empty_postgres_url)))
    assert deadlocks == [0, 0]
    assert kept == counted and sum(row[3] for row in kept) == 2


@pytest.mark.postgres
def test_0020_is_undone_and_done_again(empty_postgres_url: str) -> None:
    upgrade(empty_postgres_url)
    command.downgrade(alembic_config(empty_postgres_url), "0019")
    assert "ROW(" not in asyncio.run(_function(_plain(empty_postgres_url)))  # 0018's function is back
    upgrade(empty_postgres_url)
    assert "ROW(" in asyncio.run(_function(_plain(empty_postgres_url)))
    deadlocks, kept, counted = asyncio.run(_race(_plain(empty_postgres_url)))
    assert deadlocks == [0, 0] and kept == counted
