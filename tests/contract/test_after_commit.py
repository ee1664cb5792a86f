"""`UnitOfWork.after_commit`: a callback runs once the outermost transaction has committed,
after the unit of work is left, and never for work that was rolled back.

Run against the in-memory fake, SQLite and PostgreSQL, so the fake cannot drift from the
SQL unit of work. The observable change is a conversation row (``conversations`` port).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from storage.engine import create_engine, session_factory
from storage.records import PersonRecord
from storage.uow import SqlUnitOfWork
from tests.fakes import FakeDatabase, FakeUnitOfWork
from workflows.ports import UnitOfWork

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
HER = "web:after-commit"


@dataclass
class Store:
    """A unit-of-work factory over one database, and what the hooks saw."""

    unit_of_work: Callable[[], UnitOfWork]
    kind: str
    calls: list[str] = field(default_factory=list)

    def hook(self, name: str) -> Callable[[], None]:
        return lambda: self.calls.append(name)

    async def step(self) -> str | None:
        """Where her conversation stands, read in a fresh unit of work (None: no row)."""
        async with self.unit_of_work() as uow:
            found = await uow.conversations.load(HER)
        return None if found is None else found[0]


@pytest.fixture(params=["fake", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    """The kind of store, and the URL of a fresh migrated database for the SQL ones."""
    if request.param == "fake":
        return "fake", None
    return request.param, request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
async def store(database: tuple[str, str | None]) -> AsyncIterator[Store]:
    kind, url = database
    if url is None:
        db = FakeDatabase()
        yield Store(lambda: FakeUnitOfWork(db, now=lambda: NOW), kind)
        return
    engine = create_engine(url)
    sessions = session_factory(engine)
    write_lock = asyncio.Lock() if kind == "sqlite" else None  # as the bot's bootstrap does
    try:
        yield Store(lambda: SqlUnitOfWork(sessions, lambda: NOW, write_lock), kind)
    finally:
        await engine.dispose()


async def test_a_hook_runs_once_after_the_commit_when_the_unit_of_work_is_left(store: Store) -> None:
    async with store.unit_of_work() as uow:
        await uow.conversations.save(HER, "saved", {}, NOW)
        uow.after_commit(store.hook("woken"))
        assert store.calls == []
        await uow.commit()
        assert store.calls == []  # not while the transaction (and SQLite's write lock) is still held
    assert store.calls == ["woken"]
    assert await store.step() == "saved"


async def test_no_hook_runs_for_a_unit_of_work_left_without_commit(store: Store) -> None:
    async with store.unit_of_work() as uow:
        await uow.conversations.save(HER, "never", {}, NOW)
        uow.after_commit(store.hook("woken"))
    assert store.calls == []
    assert await store.step() is None


async def test_no_hook_runs_when_the_block_raises_before_the_commit(store: Store) -> None:
    with pytest.raises(RuntimeError, match="the turn failed"):
        async with store.unit_of_work() as uow:
            await uow.conversations.save(HER, "never", {}, NOW)
            uow.after_commit(store.hook("woken"))
            raise RuntimeError("the turn failed")
    assert store.calls == []
    assert await store.step() is None


async def test_a_rollback_drops_the_hooks_registered_before_it(store: Store) -> None:
    async with store.unit_of_work() as uow:
        uow.after_commit(store.hook("before the rollback"))
        await uow.rollback()
        await uow.conversations.save(HER, "after", {}, NOW)
        uow.after_commit(store.hook("after the rollback"))
        await uow.commit()
    assert store.calls == ["after the rollback"]


async def test_hooks_of_a_savepoint_run_only_when_it_and_the_outer_transaction_commit(store: Store) -> None:
    async with store.unit_of_work() as outer:
        outer.after_commit(store.hook("outer"))
        async with outer as inner:  # a service inside a turn: a savepoint
            inner.after_commit(store.hook("inner, rolled back"))
        async with outer as inner:
            await inner.conversations.save(HER, "inner", {}, NOW)
            inner.after_commit(store.hook("inner, committed"))
            await inner.commit()
        assert store.calls == []
        await outer.commit()
    assert store.calls == ["outer", "inner, committed"]
    assert await store.step() == "inner"


async def test_a_committed_savepoint_runs_nothing_when_the_outer_transaction_rolls_back(store: Store) -> None:
    async with store.unit_of_work() as outer:
        async with outer as inner:
            await inner.conversations.save(HER, "inner", {}, NOW)
            inner.after_commit(store.hook("inner"))
            await inner.commit()
    assert store.calls == []
    assert await store.step() is None


async def test_a_hook_may_open_a_unit_of_work_and_sees_the_committed_change(store: Store) -> None:
    seen: list[str | None] = []

    async def look() -> None:  # an async hook is awaited
        seen.append(await asyncio.wait_for(store.step(), timeout=5))

    async with store.unit_of_work() as uow:
        await uow.conversations.save(HER, "committed", {}, NOW)
        uow.after_commit(look)
        await uow.commit()
    assert seen == ["committed"]


async def test_a_failing_hook_is_logged_and_the_next_still_runs(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise ValueError("the sender is gone")

    async with store.unit_of_work() as uow:
        await uow.conversations.save(HER, "committed", {}, NOW)
        uow.after_commit(broken)
        uow.after_commit(store.hook("next"))
        await uow.commit()  # leaving does not raise: the change is committed whatever a hook does
    assert store.calls == ["next"]
    assert "an after-commit hook failed" in caplog.text
    assert await store.step() == "committed"


async def test_after_commit_outside_a_transaction_is_an_error(store: Store) -> None:
    with pytest.raises(RuntimeError, match="outside"):
        store.unit_of_work().after_commit(store.hook("never"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sql_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"{request.param}_url")


async def test_no_hook_runs_when_the_commit_itself_fails(sql_url: str) -> None:
    """SQL only (the fake's commit cannot fail): the INSERT is flushed by the commit and refused there."""
    engine = create_engine(sql_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(insert(PersonRecord.__table__).values(id=4242, locale="en", created_at=NOW))
        calls: list[str] = []
        with pytest.raises(IntegrityError):
            async with SqlUnitOfWork(session_factory(engine), lambda: NOW) as uow:
                uow.session.add(PersonRecord(id=4242, locale="en", created_at=NOW))  # the same key: refused
                uow.after_commit(lambda: calls.append("woken"))
                await uow.commit()
        assert calls == []
    finally:
        await engine.dispose()
