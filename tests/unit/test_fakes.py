"""The in-memory unit of work behaves like the SQL one where the services can tell."""

from __future__ import annotations

import asyncio

import pytest
from builders import NOW, a_case
from fakes import FakeDatabase, FakeUnitOfWork

from workflows.errors import StaleCase
from workflows.events import AuditEntry
from workflows.vocabulary import State


def _audit(action: str) -> AuditEntry:
    return AuditEntry(None, None, action, "ok", NOW)


async def test_changes_vanish_unless_committed(uow):
    async with uow:
        await uow.audit.record(_audit("kept"))
        await uow.commit()
        await uow.audit.record(_audit("after commit"))
    async with uow:
        await uow.audit.record(_audit("never committed"))
    assert [e.action for e in uow.db.audit] == ["kept"]


async def test_rollback_discards_what_was_written_since_the_last_commit(uow):
    async with uow:
        await uow.audit.record(_audit("dropped"))
        await uow.rollback()
        await uow.audit.record(_audit("kept"))
        await uow.commit()
    assert [e.action for e in uow.db.audit] == ["kept"]


async def test_a_nested_unit_of_work_is_a_savepoint_of_the_outer_one(uow):
    async with uow:
        await uow.audit.record(_audit("outer"))
        async with uow:
            await uow.audit.record(_audit("inner undone"))
        async with uow:
            await uow.audit.record(_audit("inner kept"))
            await uow.commit()
        await uow.commit()
    async with uow:
        async with uow:
            await uow.audit.record(_audit("inner of an outer that rolls back"))
            await uow.commit()
    assert [e.action for e in uow.db.audit] == ["outer", "inner kept"]
    assert (uow.commits, uow.savepoint_commits, uow.depth) == (1, 2, 0)


async def test_a_stale_save_raises_and_a_loaded_case_is_a_copy(uow):
    stored = uow.db.put_case(a_case(State.NEW, version=3))
    async with uow:
        case = await uow.cases.get(stored.reference)
        case.state = State.ACCEPTED
        assert uow.case(stored.reference).state is State.NEW
        with pytest.raises(StaleCase):
            await uow.cases.save(case, expected_version=2)
        case.version = 4
        await uow.cases.save(case, expected_version=3)
        await uow.commit()
    assert (uow.case(stored.reference).state, uow.case(stored.reference).version) == (State.ACCEPTED, 4)


async def test_units_of_work_on_one_database_take_turns():
    db = FakeDatabase()
    order: list[str] = []

    async def work(name: str) -> None:
        async with FakeUnitOfWork(db) as uow:
            order.append(f"{name} in")
            await asyncio.sleep(0)
            order.append(f"{name} out")
            await uow.commit()

    await asyncio.gather(work("a"), work("b"))
    assert order == ["a in", "a out", "b in", "b out"]
    assert db.commits == 2


async def test_a_second_unit_of_work_on_the_same_database_inside_the_first_is_an_error():
    db = FakeDatabase()
    async with FakeUnitOfWork(db):
        with pytest.raises(RuntimeError):
            async with FakeUnitOfWork(db):
                pass
