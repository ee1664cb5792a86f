"""A deadlock on PostgreSQL inside a unit of work's savepoint (the clock's round holds several cases'
rows while a staff member's move waits on one of them) comes out as `NotCommitted`: the savepoint's work
is undone, the transaction goes on and commits the rest. At the outermost level it is `NotCommitted`
too, so a turn that lost a deadlock is answered and tried again like any other failed commit."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import asyncpg
import pytest
from sqlalchemy import text
from test_migrations import ROWS

from storage.engine import create_engine, session_factory
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWork
from workflows.errors import NotCommitted

SECOND_CASE = ROWS[2].replace("(1, 'HLB-2026-000001'", "(2, 'HLB-2026-000002'")


async def _other(url: str) -> asyncpg.Connection:
    """Another session, which waits longer than ours before it looks for a deadlock: ours is the one undone."""
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    await connection.execute("SET deadlock_timeout = '20s'")
    return connection


async def _risks(url: str) -> dict[int, tuple[str, int]]:
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        rows = await connection.fetch("SELECT id, risk, escalation_level FROM cases ORDER BY id")
        return {r["id"]: (r["risk"], r["escalation_level"]) for r in rows}
    finally:
        await connection.close()


async def _deadlock_in_a_savepoint(url: str) -> tuple[type | None, dict[int, tuple[str, int]]]:
    engine = create_engine(url)
    other = await _other(url)
    raised: type | None = None
    try:
        async with SqlUnitOfWork(session_factory(engine), lambda: datetime.now(UTC)) as uow:
            await uow.session.execute(text("UPDATE cases SET escalation_level = 1 WHERE id = 2"))  # kept
            try:
                async with uow:
                    await uow.session.execute(text("UPDATE cases SET risk = 'high' WHERE id = 1"))
                    await other.execute("BEGIN")
                    await other.execute("UPDATE cases SET risk = 'medium' WHERE id = 3")
                    waiting = asyncio.create_task(other.execute("UPDATE cases SET risk = 'medium' WHERE id = 1"))
                    await asyncio.sleep(0.3)  # the other session now waits for case 1, which we hold
                    await uow.session.execute(text("UPDATE cases SET risk = 'high' WHERE id = 3"))
                    await uow.commit()
            except NotCommitted as error:
                raised = type(error)
            await waiting  # our savepoint's lock on case 1 is gone: the other session goes on
            await other.execute("COMMIT")
            await uow.commit()
    finally:
        await other.close()
        await engine.dispose()
    return raised, await _risks(url)


@pytest.mark.postgres
def test_a_deadlock_in_a_savepoint_undoes_it_and_the_transaction_goes_on(empty_postgres_url: str) -> None:
    url = empty_postgres_url
    upgrade(url)
    third = ROWS[2].replace("(1, 'HLB-2026-000001'", "(3, 'HLB-2026-000003'")
    asyncio.run(_setup(url, *ROWS, SECOND_CASE, third))
    raised, risks = asyncio.run(_deadlock_in_a_savepoint(url))
    assert raised is NotCommitted  # before: asyncpg's DeadlockDetectedError, which the clock set aside as failed
    # Ours on case 2 before the savepoint committed; the savepoint's on 1 and 3 undone, the other's kept.
    assert risks == {1: ("medium", 0), 2: ("low", 1), 3: ("medium", 0)}


async def _setup(url: str, *statements: str) -> None:
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()
