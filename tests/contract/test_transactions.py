"""The unit of work itself: rollback unless committed, savepoints when nested, optimistic versions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from uow_backends import NOW, a_case, add_cases

from workflows.errors import StaleCase
from workflows.vocabulary import State


async def saved_steps(backend, *addresses: str) -> dict[str, str | None]:
    async with backend.uow() as uow:
        return {a: (found[0] if (found := await uow.conversations.load(a)) else None) for a in addresses}


async def test_work_not_committed_is_gone_after_leaving(backend):
    async with backend.uow() as uow:
        await uow.conversations.save("web:kept", "menu", {}, NOW)
        await uow.commit()
        await uow.conversations.save("web:after-commit", "menu", {}, NOW)
    async with backend.uow() as uow:
        await uow.conversations.save("web:never-committed", "menu", {}, NOW)
    assert await saved_steps(backend, "web:kept", "web:after-commit", "web:never-committed") == {
        "web:kept": "menu",
        "web:after-commit": None,
        "web:never-committed": None,
    }


async def test_rollback_discards_only_what_came_after_the_last_commit(backend):
    async with backend.uow() as uow:
        await uow.conversations.save("web:a", "first", {}, NOW)
        await uow.commit()
        await uow.conversations.save("web:a", "second", {}, NOW)
        await uow.conversations.save("web:b", "dropped", {}, NOW)
        await uow.rollback()
        await uow.conversations.save("web:c", "kept", {}, NOW)
        await uow.commit()
    assert await saved_steps(backend, "web:a", "web:b", "web:c") == {"web:a": "first", "web:b": None, "web:c": "kept"}


async def test_an_exception_inside_rolls_back(backend):
    with pytest.raises(RuntimeError):
        async with backend.uow() as uow:
            await uow.conversations.save("web:a", "menu", {}, NOW)
            raise RuntimeError("boom")
    assert await saved_steps(backend, "web:a") == {"web:a": None}


async def test_a_nested_unit_of_work_is_a_savepoint(backend):
    uow = backend.uow()
    async with uow:
        await uow.conversations.save("web:outer", "menu", {}, NOW)
        async with uow:
            await uow.conversations.save("web:inner-undone", "menu", {}, NOW)
        async with uow:
            await uow.conversations.save("web:inner-kept", "menu", {}, NOW)
            await uow.commit()
        await uow.commit()
    async with uow:
        async with uow:
            await uow.conversations.save("web:inner-of-rolled-back", "menu", {}, NOW)
            await uow.commit()
    found = await saved_steps(backend, "web:outer", "web:inner-undone", "web:inner-kept", "web:inner-of-rolled-back")
    assert found == {
        "web:outer": "menu",
        "web:inner-undone": None,
        "web:inner-kept": "menu",
        "web:inner-of-rolled-back": None,
    }


async def test_an_inner_rollback_keeps_the_outer_work_and_the_inner_commit_joins_the_outer(backend):
    uow = backend.uow()
    async with uow:
        await uow.conversations.save("web:outer", "before", {}, NOW)
        async with uow:
            await uow.conversations.save("web:outer", "inner", {}, NOW)
            await uow.rollback()
        assert (await uow.conversations.load("web:outer"))[0] == "before"
        async with uow:
            await uow.conversations.save("web:inner", "committed", {}, NOW)
            await uow.commit()
            # After the savepoint's commit (a release) the work belongs to the outer level.
            await uow.conversations.save("web:after-inner-commit", "joined", {}, NOW)
        await uow.commit()
    assert await saved_steps(backend, "web:outer", "web:inner", "web:after-inner-commit") == {
        "web:outer": "before",
        "web:inner": "committed",
        "web:after-inner-commit": "joined",
    }


async def test_a_case_saves_only_at_its_expected_version(backend):
    (stored,) = await add_cases(backend, a_case(State.NEW, version=3))
    async with backend.uow() as uow:
        case = await uow.cases.get(stored.reference)
        with pytest.raises(StaleCase):
            await uow.cases.save(replace(case, state=State.ACCEPTED, version=4), expected_version=2)
        await uow.cases.save(replace(case, state=State.ACCEPTED, version=4), expected_version=3)
        await uow.commit()
    async with backend.uow() as uow:
        case = await uow.cases.get(stored.reference)
        assert (case.state, case.version) == (State.ACCEPTED, 4)
        with pytest.raises(StaleCase):  # a second writer who loaded version 3
            await uow.cases.save(replace(case, state=State.DISPATCHED, version=4), expected_version=3)


async def test_a_loaded_case_changes_nothing_until_saved(backend):
    (stored,) = await add_cases(backend, a_case(State.NEW))
    async with backend.uow() as uow:
        case = await uow.cases.get(stored.reference)
        case.state = State.CLOSED
        case.region = "ergun"
        await uow.commit()
    async with backend.uow() as uow:
        again = await uow.cases.get_by_id(stored.id)
    assert (again.state, again.region) == (State.NEW, "hailar")


async def test_reference_numbers_count_per_year_and_roll_back_with_the_transaction(backend):
    async with backend.uow() as uow:
        first = [await uow.references.next_number(2026), await uow.references.next_number(2026)]
        other_year = await uow.references.next_number(2027)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.references.next_number(2026) == 3  # not committed: given again below
    async with backend.uow() as uow:
        again = await uow.references.next_number(2026)
    assert (first, other_year, again) == ([1, 2], 1, 3)
