"""Engines, units of work and reference rows for the integration tests.

The databases themselves (``db_url``, ``sqlite_url``, ``postgres_url``, the PostgreSQL
cluster) come from ``tests/databases.py``, shared by every test folder.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.engine import create_engine, session_factory
from storage.records import PersonRecord, RegionRecord, ServiceRecord
from storage.uow import SqlUnitOfWork
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Service


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(db_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
async def other_engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    """A second engine on the same database: what another process would have."""
    engine = create_engine(db_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)


NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def uow_factory(engine: AsyncEngine, now: datetime = NOW) -> Callable[[], SqlUnitOfWork]:
    """A callable making a fresh `SqlUnitOfWork` per use case, like the bot's bootstrap."""
    sessions = session_factory(engine)
    return lambda: SqlUnitOfWork(sessions, lambda: now)


@pytest.fixture
def make_uow() -> Callable[..., Callable[[], SqlUnitOfWork]]:
    """``make_uow(engine)`` → a unit-of-work factory on that engine (one per "process")."""
    return uow_factory


# -- reference rows ----------------------------------------------------------------------


@dataclass(frozen=True)
class Seeded:
    reporter_ids: list[int]
    staff_ids: list[int]


async def seed_reference_rows(engine: AsyncEngine, *, reporters: int = 3, staff: int = 2) -> Seeded:
    """The rows cases point at: every service, every region, and a few people."""
    async with engine.begin() as connection:
        await connection.execute(
            insert(ServiceRecord.__table__), [{"code": s.value, "position": i} for i, s in enumerate(Service)]
        )
        await connection.execute(
            insert(RegionRecord.__table__),
            [{"code": code, "position": i} for i, code in enumerate((*REGIONS, UNKNOWN_REGION))],
        )
        people = PersonRecord.__table__
        ids = []
        for _ in range(reporters + staff):
            result = await connection.execute(
                insert(people).values(locale="zh-Hans-CN", created_at=NOW).returning(people.c.id)
            )
            ids.append(result.scalar_one())
    return Seeded(reporter_ids=ids[:reporters], staff_ids=ids[reporters:])


@pytest.fixture
async def seeded(engine: AsyncEngine) -> Seeded:
    return await seed_reference_rows(engine)
