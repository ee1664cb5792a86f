"""A bot process killed (SIGKILL) while its clock is firing a due mark: after a restart the mark fires once.

The real ``walking-home run`` on PostgreSQL. The test holds a row lock on the case, so the
process's clock claims the due overdue mark and then waits, inside its transaction, to flag
the case: the moment between "due" and "committed". The process is killed there; nothing of
that round may remain (the timer pending, no audit entry, no notice), and the next process
fires the mark exactly once.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from storage.advisory import asyncpg_dsn
from tests.multiprocess.processes import Process, fetch, shared_settings

pytestmark = pytest.mark.postgres

OPERATOR = "web:clock-operator"


async def until(what, *, within: float = 30.0, every: float = 0.1):
    """Poll ``what()`` (a coroutine function) until it returns something true; return it."""
    deadline = time.monotonic() + within
    while True:
        found = await what()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s")
        await asyncio.sleep(every)


async def a_case_with_a_due_overdue_mark(url: str) -> tuple[int, int]:
    """An operator of Hailar on duty, a new case of Hailar and its overdue mark, not due yet: in one
    transaction, so the clock's first round never finds the case without marks (it would schedule them)."""
    now = datetime.now(UTC)
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        transaction = connection.transaction()
        await transaction.start()
        person = await connection.fetchval(
            "INSERT INTO people (locale, created_at) VALUES ('en', $1) RETURNING id", now
        )
        await connection.execute(
            "INSERT INTO identities (address, person_id, created_at) VALUES ($1, $2, $3)", OPERATOR, person, now
        )
        await connection.execute(
            "INSERT INTO staff (person_id, display_name, roles, regions, languages, active, on_duty, joined_at) "
            """VALUES ($1, 'Olga', '["operator"]', '["hailar"]', '[]', true, true, $2)""",
            person,
            now,
        )
        case_id = await connection.fetchval(
            "INSERT INTO cases (reference, state, service, region, language, channel, risk, minor_involved, "
            "elder_involved, anonymous, no_contact, confidential, contact, escalation_level, overdue, version, "
            "created_at, state_entered_at, due_at, updated_at) VALUES ('HLB-2026-000777', 'new', 'rights', "
            "'hailar', 'en', 'web', 'low', false, false, true, false, false, 'this_chat', 0, false, 1, "
            "$1, $1, $2, $1) RETURNING id",
            now - timedelta(hours=2),
            now - timedelta(minutes=1),
        )
        await connection.execute(
            "INSERT INTO case_timers (case_id, kind, state, due_at, status, created_at) "
            "VALUES ($1, 'overdue', 'new', $2, 'pending', $3)",
            case_id,
            now + timedelta(hours=1),
            now,
        )
        await transaction.commit()
        return person, case_id
    finally:
        await connection.close()


async def schedule_overdue(url: str, case_id: int) -> int:
    """The case's overdue mark falls due (a minute ago)."""
    due = datetime.now(UTC) - timedelta(minutes=1)
    [row] = await fetch(url, "UPDATE case_timers SET due_at = $2 WHERE case_id = $1 RETURNING id", case_id, due)
    return row["id"]


async def what_the_clock_left(url: str, case_id: int) -> tuple:
    [timer] = await fetch(url, "SELECT status FROM case_timers WHERE case_id = $1", case_id)
    audit = await fetch(url, "SELECT count(*) AS n FROM audit_log WHERE action LIKE 'clock:%'")
    notices = await fetch(url, "SELECT count(*) AS n FROM outbox WHERE message_id LIKE 'clock-%'")
    [case] = await fetch(url, "SELECT overdue, version FROM cases WHERE id = $1", case_id)
    return timer["status"], audit[0]["n"], notices[0]["n"], case["overdue"], case["version"]


async def test_a_kill_between_due_and_committed_fires_the_mark_once_after_restart(
    tmp_path: Path, postgres_url: str
) -> None:
    settings = shared_settings(tmp_path, postgres_url, clock_poll="0.2", retention_enabled="false")
    bot = Process.configure(tmp_path / "bot", settings)
    await bot.start()  # migrates and seeds the database
    try:
        _, case_id = await a_case_with_a_due_overdue_mark(postgres_url)
        holder = await asyncpg.connect(asyncpg_dsn(postgres_url))
        try:
            transaction = holder.transaction()
            await transaction.start()
            await holder.execute(
                "SELECT id FROM cases WHERE id = $1 FOR NO KEY UPDATE", case_id
            )  # not KEY SHARE: a timer row may still point at it
            await schedule_overdue(postgres_url, case_id)

            async def clock_waits_on_the_case() -> bool:
                waiting = await fetch(
                    postgres_url,
                    "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND query LIKE 'UPDATE cases%'",
                )
                return waiting[0]["n"] > 0

            await until(clock_waits_on_the_case)  # claimed, in its transaction, not committed
            bot.kill()
            await transaction.rollback()
        finally:
            await holder.close()

        async def the_killed_transaction_is_gone() -> bool:
            left = await fetch(postgres_url, "SELECT count(*) AS n FROM pg_locks WHERE NOT granted")
            return left[0]["n"] == 0

        await until(the_killed_transaction_is_gone)
        assert await what_the_clock_left(postgres_url, case_id) == ("pending", 0, 0, False, 1)

        await bot.start()  # the restart

        async def fired() -> bool:
            return (await what_the_clock_left(postgres_url, case_id))[0] == "fired"

        await until(fired)
        await asyncio.sleep(1.0)  # five more polls: nothing fires again
        assert await what_the_clock_left(postgres_url, case_id) == ("fired", 1, 1, True, 2)
        [notice] = await fetch(postgres_url, "SELECT address, message_id FROM outbox WHERE message_id LIKE 'clock-%'")
        assert (notice["address"], notice["message_id"]) == (OPERATOR, "clock-overdue")
    finally:
        bot.stop()
