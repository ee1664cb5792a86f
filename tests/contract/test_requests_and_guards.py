"""Approvals, call-back tasks, PIN guesses, the phone index and what a woman sees of her cases."""

from __future__ import annotations

from datetime import timedelta

from uow_backends import NOW, a_case, add_cases

from workflows.case import Actor
from workflows.vocabulary import Role, State

MINUTE = timedelta(minutes=1)


async def test_an_approval_is_decided_once(backend):
    asker, sup, other_sup = [await backend.person(f"web:{n}") for n in ("asker", "sup", "sup2")]
    (case,) = await add_cases(backend, a_case(State.ACCEPTED))
    async with backend.uow() as uow:
        first = await uow.approvals.request(
            case_id=case.id, trigger="reject", data={"reason_code": "x", "pair": (1, 2)}, requested_by=asker, now=NOW
        )
        assert await uow.approvals.pending(case.id, "reject")
        assert not await uow.approvals.pending(case.id, "close")
        assert await uow.approvals.decide(first, approved=True, by=sup, now=NOW + MINUTE)
        assert not await uow.approvals.decide(first, approved=False, by=other_sup, now=NOW + 2 * MINUTE)
        assert not await uow.approvals.decide(first + 1000, approved=True, by=sup, now=NOW)
        assert not await uow.approvals.pending(case.id, "reject")
        await uow.commit()
    async with backend.uow() as uow:
        decided = await uow.approvals.get(first)
        assert await uow.approvals.get(first + 1000) is None
    assert decided == {
        "id": first,
        "case_id": case.id,
        "trigger": "reject",
        "data": {"reason_code": "x", "pair": [1, 2]},
        "requested_by": asker,
        "requested_at": NOW,
        "status": "approved",
        "decided_by": sup,
        "decided_at": NOW + MINUTE,
    }


async def test_a_refused_approval_and_one_that_failed(backend):
    asker, sup = [await backend.person(f"web:{n}") for n in ("asker", "sup")]
    (case,) = await add_cases(backend, a_case(State.ACCEPTED))
    async with backend.uow() as uow:
        refused = await uow.approvals.request(case_id=case.id, trigger="close", data={}, requested_by=asker, now=NOW)
        failed = await uow.approvals.request(case_id=case.id, trigger="close", data={}, requested_by=asker, now=NOW)
        assert refused != failed
        assert await uow.approvals.decide(refused, approved=False, by=sup, now=NOW)
        assert await uow.approvals.pending(case.id, "close")  # the second still waits
        assert await uow.approvals.decide(failed, approved=True, by=sup, now=NOW)
        await uow.approvals.mark_failed(failed)
        await uow.commit()
    async with backend.uow() as uow:
        assert (await uow.approvals.get(refused))["status"] == "refused"
        assert (await uow.approvals.get(failed))["status"] == "failed"
        assert not await uow.approvals.pending(case.id, "close")


async def test_a_callback_is_marked_done_once(backend):
    op, other = [await backend.person(f"web:{n}") for n in ("op", "other")]
    (case,) = await add_cases(backend, a_case(State.ACCEPTED))
    async with backend.uow() as uow:
        task = await uow.callbacks.add(case_id=case.id, message_id="callback-x", args={"ref": {"$text": "A"}}, now=NOW)
        assert await uow.callbacks.mark_done(task, by=op, now=NOW + MINUTE)
        assert not await uow.callbacks.mark_done(task, by=other, now=NOW + 2 * MINUTE)
        assert not await uow.callbacks.mark_done(task + 1000, by=op, now=NOW)
        await uow.commit()
    async with backend.uow() as uow:
        found = await uow.callbacks.get(task)
        assert await uow.callbacks.get(task + 1000) is None
    assert found == {
        "id": task,
        "case_id": case.id,
        "message_id": "callback-x",
        "args": {"ref": {"$text": "A"}},
        "created_at": NOW,
        "done_at": NOW + MINUTE,
        "done_by": op,
    }


async def test_wrong_guesses_are_counted_by_source_case_and_time(backend):
    first, other = await add_cases(backend, a_case(), a_case())
    guesses = [
        ("src-a", "conversation", first.id, NOW - 2 * MINUTE, "wrong"),
        ("src-a", "conversation", None, NOW - MINUTE, "unknown"),
        ("src-a", "conversation", first.id, NOW, "right"),
        ("src-a", "conversation", first.id, NOW + MINUTE, "mine_wrong"),
        ("src-a", "conversation", other.id, NOW - 10 * MINUTE, "wrong"),  # before ``since``
        ("src-b", "network", first.id, NOW, "wrong"),
        ("src-c", "conversation", other.id, NOW, "wrong"),
        ("src-c", "conversation", None, NOW + MINUTE, "unknown"),
        ("service", "service", None, NOW - 3 * MINUTE, "alert"),
        ("service", "service", None, NOW - MINUTE, "alert"),
    ]
    async with backend.uow() as uow:
        for source, kind, case_id, at, outcome in reversed(guesses):
            await uow.pin_guesses.record(source=source, kind=kind, case_id=case_id, at=at, outcome=outcome)
        await uow.commit()
    since = NOW - 5 * MINUTE
    async with backend.uow() as uow:
        assert await uow.pin_guesses.wrong_times("src-a", since) == [NOW - 2 * MINUTE, NOW - MINUTE, NOW + MINUTE]
        assert await uow.pin_guesses.wrong_on_case("src-a", first.id, since) == [NOW - 2 * MINUTE, NOW + MINUTE]
        assert await uow.pin_guesses.wrong_on_case("src-a", other.id, since) == []
        times, targets = await uow.pin_guesses.service_wrong(since)
        assert times == [NOW - 2 * MINUTE, NOW - MINUTE, NOW, NOW + MINUTE]
        assert targets == 4  # two cases and two unknown references
        assert await uow.pin_guesses.last_alert(since) == NOW - MINUTE
        assert await uow.pin_guesses.last_alert(NOW) is None


async def test_a_duress_pin_is_set_on_her_cases(backend):
    first, second, other = await add_cases(backend, a_case(), a_case(), a_case())
    async with backend.uow() as uow:
        assert await uow.pin_guesses.duress_hashes([]) == {}
        await uow.pin_guesses.set_duress([first.id, second.id], "hashed")
        await uow.commit()
    async with backend.uow() as uow:
        hashes = await uow.pin_guesses.duress_hashes([first.id, second.id, other.id, other.id + 1000])
    assert hashes == {first.id: "hashed", second.id: "hashed", other.id: None}


async def test_earlier_cases_from_the_same_phone_newest_first_within_her_scope(backend):
    (op,) = [await backend.person("web:op")]
    old, newer, newest, elsewhere, this = await add_cases(
        backend,
        a_case(created_at=NOW - timedelta(days=30)),
        a_case(created_at=NOW - timedelta(days=3)),
        a_case(created_at=NOW - timedelta(days=1), region="unknown"),
        a_case(created_at=NOW - timedelta(days=2), region="ergun"),
        a_case(created_at=NOW),
    )
    async with backend.uow() as uow:
        index = await uow.phones.remember_phone(this.id, "+86 138-0013-8000")
        assert await uow.phones.remember_phone(old.id, "13800138000") == index
        assert await uow.phones.remember_phone(newer.id, "0086 13800138000") == index
        await uow.phones.remember_phone(newest.id, "138 0013 8000 (evenings)")
        await uow.phones.remember_phone(elsewhere.id, "13800138000")
        assert await uow.phones.remember_phone(old.id, "12") is None  # too short: the old index stays
        assert await uow.phones.remember_phone(this.id, "13900000000") != index
        await uow.commit()
    viewer = Actor(id=op, roles=frozenset({Role.OPERATOR}), regions=frozenset({"hailar"}))
    async with backend.uow() as uow:
        earlier = await uow.phones.earlier_references(index, viewer, exclude_case_id=newer.id)
        two = await uow.phones.earlier_references(index, viewer, exclude_case_id=this.id, limit=2)
    assert earlier == [newest.reference, old.reference]
    assert two == [newest.reference, newer.reference]


async def test_her_cases_newest_first_and_her_latest_open_one(backend):
    her, other = [await backend.person(f"web:{n}") for n in ("her", "other")]
    first, closed, second, withdrawn, theirs = await add_cases(
        backend,
        a_case(State.ACCEPTED, reporter_id=her),
        a_case(State.CLOSED, reporter_id=her),
        a_case(State.NEW, reporter_id=her),
        a_case(State.WITHDRAWN, reporter_id=her),
        a_case(State.NEW, reporter_id=other),
    )
    async with backend.uow() as uow:
        mine = await uow.reporter_views.cases_of_reporter(her)
        two = await uow.reporter_views.cases_of_reporter(her, limit=2)
        latest = await uow.reporter_views.latest_open_case(her)
        assert await uow.reporter_views.latest_open_case(her + 1000) is None
    assert [c.id for c in mine] == [withdrawn.id, second.id, closed.id, first.id]
    assert [c.id for c in two] == [withdrawn.id, second.id]
    assert latest.id == second.id
