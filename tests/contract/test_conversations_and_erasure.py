"""Where a dialog stands (with each update handled once), and erasing a done case."""

from __future__ import annotations

import pytest
from uow_backends import NOW, a_case, add_cases

from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice
from workflows.readmodels import NotErasable
from workflows.vocabulary import Role, State, Trigger


async def test_a_first_message_makes_a_person_and_a_redelivery_is_refused(backend):
    async with backend.uow() as uow:
        first = await uow.conversations.begin_turn(channel="web", update_id="u1", address="web:new", now=NOW)
        again = await uow.conversations.begin_turn(channel="web", update_id="u1", address="web:new", now=NOW)
        other_channel = await uow.conversations.begin_turn(
            channel="telegram", update_id="u1", address="web:new", now=NOW
        )
        await uow.commit()
    assert again is None
    assert (first.person.is_new, first.person.locale, first.staff, first.step, first.data) == (True, "", None, "", {})
    assert other_channel.person.id == first.person.id and not other_channel.person.is_new
    async with backend.uow() as uow:
        assert await uow.conversations.begin_turn(channel="web", update_id="u1", address="web:new", now=NOW) is None
        assert await uow.people.addresses_of(first.person.id) == ["web:new"]


async def test_an_update_of_a_rolled_back_turn_is_handled_again(backend):
    async with backend.uow() as uow:
        assert await uow.conversations.begin_turn(channel="web", update_id="u1", address="web:her", now=NOW)
    async with backend.uow() as uow:
        again = await uow.conversations.begin_turn(channel="web", update_id="u1", address="web:her", now=NOW)
    assert again is not None and again.person.is_new


async def test_a_turn_starts_from_her_locale_her_staff_role_and_her_saved_step(backend):
    staff = await backend.person("web:op", locale="ru")
    await backend.staff(staff, roles=("operator",), regions=("hailar",), name="Op")
    gone = await backend.person("web:gone", locale="en")
    await backend.staff(gone, active=False)
    async with backend.uow() as uow:
        await uow.conversations.save("web:op", "staff_form", {"form": {"step": 2}, "pair": (1, 2)}, NOW)
        await uow.commit()
    async with backend.uow() as uow:
        op = await uow.conversations.begin_turn(channel="web", update_id="a", address="web:op", now=NOW)
        left = await uow.conversations.begin_turn(channel="web", update_id="b", address="web:gone", now=NOW)
    assert (op.person.id, op.person.locale, op.person.is_new) == (staff, "ru", False)
    assert (op.staff.id, op.staff.roles, op.staff.name) == (staff, {Role.OPERATOR}, "Op")
    assert (op.step, op.data) == ("staff_form", {"form": {"step": 2}, "pair": [1, 2]})
    assert (left.person.id, left.staff, left.step, left.data) == (gone, None, "", {})


async def test_a_saved_conversation_is_replaced_and_loaded_as_stored(backend):
    async with backend.uow() as uow:
        assert await uow.conversations.load("web:her") is None
        await uow.conversations.save("web:her", "menu", {"locale": "en"}, NOW)
        await uow.conversations.save("web:her", "describe", {"locale": "en", "intake": {"words": ["a"]}}, NOW)
        await uow.commit()
    async with backend.uow() as uow:
        step, data = await uow.conversations.load("web:her")
        data["changed"] = True  # a copy: nothing is written without save
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.conversations.load("web:her") == ("describe", {"locale": "en", "intake": {"words": ["a"]}})


async def done_case_with_her_words(backend, *, other_case: bool = False):
    """A closed case of hers with words, evidence, events, messages waiting, and her conversation naming it."""
    her = await backend.person("web:her")
    staff = await backend.person("web:op")
    await backend.staff(staff)
    cases = [a_case(State.CLOSED, reporter_id=her, pin_hash="pin")]
    if other_case:
        cases.append(a_case(State.ACCEPTED, reporter_id=her))
    stored = await add_cases(backend, *cases)
    case = stored[0]
    await backend.set_case_columns(case.id, duress_pin_hash="duress")
    async with backend.uow() as uow:
        await uow.entries.add(CaseEntry(case.id, "description", NOW, Role.REPORTER, her, "her words"))
        await uow.entries.add(
            CaseEntry(case.id, "evidence", NOW, Role.REPORTER, her, "", {"name": "file-a", "size": 1})
        )
        await uow.entries.add(CaseEntry(case.id, "note", NOW, Role.OPERATOR, staff, "staff note"))
        await uow.events.append(
            CaseEvent(
                case.id,
                1,
                NOW,
                her,
                Role.REPORTER,
                Trigger.SUBMIT,
                State.INTAKE,
                State.NEW,
                {"service": "rights", "reason": "reporter", "summary": "her words"},
            )  # fmt: skip
        )
        await uow.events.append(
            CaseEvent(
                case.id,
                2,
                NOW,
                staff,
                Role.OPERATOR,
                Trigger.CLOSE,
                State.NEW,
                State.CLOSED,
                {"closure_code": "resolved", "reason": "she said so"},
            )  # fmt: skip
        )
        await uow.outbox.put_many(
            [
                OutgoingNotice("web:her", "waiting", {"words": "hers"}, case_id=case.id),
                OutgoingNotice("web:else", "unrelated", {"keep": 1}),
            ]
        )
        await uow.audit.record(AuditEntry(case.id, her, "view", "ok", NOW))
        await uow.audit.record(AuditEntry(case.id, staff, "view", "ok", NOW))
        await uow.approvals.request(case_id=case.id, trigger="erase", data={"why": "mine"}, requested_by=her, now=NOW)
        by_staff = await uow.approvals.request(
            case_id=case.id, trigger="close", data={"why": "done"}, requested_by=staff, now=NOW
        )
        task = await uow.callbacks.add(case_id=case.id, message_id="call", args={"phone": "138"}, now=NOW)
        await uow.pin_guesses.record(source="s", kind="conversation", case_id=case.id, at=NOW, outcome="wrong")
        await uow.conversations.save(
            "web:her",
            "menu",
            {"case": case.reference, "proven_cases": [case.reference, "HLB-X"], "pending_reply": "words"},
            NOW,
        )
        await uow.commit()
    return her, staff, case, by_staff, task


async def test_erasing_a_done_case_keeps_only_the_anonymous_facts(backend):
    her, staff, case, by_staff, task = await done_case_with_her_words(backend)
    later = NOW.replace(hour=12)
    async with backend.uow() as uow:
        files = await uow.erasure.erase_case(case.id, now=later, reason="her_request")
        await uow.commit()
    assert files == {"file-a"}
    async with backend.uow() as uow:
        erased = await uow.cases.get_by_id(case.id)
        entries = list(await uow.entries.for_case(case.id))
        events = list(await uow.events.for_case(case.id))
        by_staff_after = await uow.approvals.get(by_staff)
        task_after = await uow.callbacks.get(task)
        hashes = await uow.pin_guesses.duress_hashes([case.id])
        guesses = await uow.pin_guesses.wrong_on_case("s", case.id, NOW)
        addresses = await uow.people.addresses_of(her)
        conversation = await uow.conversations.load("web:her")
        referenced = await uow.erasure.referenced_files()
    assert (erased.reporter_id, erased.pin_hash, erased.state) == (None, None, State.CLOSED)
    assert [(e.text, e.attachment, e.author_id) for e in entries] == [
        ("", None, None),
        ("", None, None),
        ("", None, staff),
    ]
    assert [(e.actor_id, e.data) for e in events] == [
        (None, {"service": "rights", "reason": "reporter"}),
        (staff, {"closure_code": "resolved"}),
    ]
    assert (by_staff_after["data"], task_after["args"]) == ({}, {})
    assert (hashes, guesses) == ({case.id: None}, [])
    assert (addresses, conversation, referenced) == ([], None, set())  # no other case: her chat is forgotten
    assert [(r.message_id, r.args) for r in await backend.outbox()] == [("unrelated", {"keep": 1})]
    with pytest.raises(NotErasable) as again:
        async with backend.uow() as uow:
            await uow.erasure.erase_case(case.id, now=later, reason="her_request")
    assert again.value.reason == "erased"


async def test_with_another_case_her_conversation_only_forgets_the_erased_one(backend):
    her, _, case, _, _ = await done_case_with_her_words(backend, other_case=True)
    async with backend.uow() as uow:
        await uow.erasure.erase_case(case.id, now=NOW, reason="retention")
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.people.addresses_of(her) == ["web:her"]
        assert await uow.conversations.load("web:her") == ("menu", {"proven_cases": ["HLB-X"]})


async def test_an_open_or_held_case_is_not_erased(backend):
    held, open_case = await add_cases(backend, a_case(State.CLOSED), a_case(State.ACCEPTED))
    await backend.set_case_columns(held.id, legal_hold=True)
    async with backend.uow() as uow:
        assert await uow.erasure.legal_hold(held.id)
        assert not await uow.erasure.legal_hold(open_case.id)
        assert not await uow.erasure.legal_hold(open_case.id + 1000)
        reasons = []
        for case_id in (held.id, open_case.id, open_case.id + 1000):
            with pytest.raises(NotErasable) as refused:
                await uow.erasure.erase_case(case_id, now=NOW, reason="retention")
            reasons.append(refused.value.reason)
    assert reasons == ["legal_hold", "open", "missing"]


async def test_referenced_files_are_those_of_entries_and_of_requests_under_way(backend):
    (case,) = await add_cases(backend, a_case(State.NEW))
    async with backend.uow() as uow:
        await uow.entries.add(CaseEntry(case.id, "evidence", NOW, Role.REPORTER, None, "", {"name": "in-entry"}))
        await uow.entries.add(CaseEntry(case.id, "evidence", NOW, Role.REPORTER, None, "", {"sha256": "by-hash"}))
        await uow.entries.add(CaseEntry(case.id, "description", NOW, Role.REPORTER, None, "words"))
        await uow.conversations.save("web:her", "evidence", {"intake": {"attachments": [{"name": "in-intake"}]}}, NOW)
        await uow.conversations.save("web:other", "menu", {"intake": {}}, NOW)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.erasure.referenced_files() == {"in-entry", "by-hash", "in-intake"}


async def test_files_held_by_cases_are_those_of_evidence_entries_only(backend):
    (case,) = await add_cases(backend, a_case(State.NEW))
    async with backend.uow() as uow:
        await uow.entries.add(CaseEntry(case.id, "evidence", NOW, Role.REPORTER, None, "", {"name": "in-entry"}))
        await uow.entries.add(CaseEntry(case.id, "evidence", NOW, Role.REPORTER, None, "", {"sha256": "by-hash"}))
        await uow.conversations.save("web:her", "describe", {"intake": {"attachments": [{"name": "in-intake"}]}}, NOW)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.erasure.held_by_cases({"in-entry", "by-hash", "in-intake", "gone"}) == {"in-entry", "by-hash"}
        assert await uow.erasure.held_by_cases(set()) == set()


async def test_held_by_cases_names_the_files_a_case_holds_as_evidence(backend):
    (case,) = await add_cases(backend, a_case(State.NEW))
    async with backend.uow() as uow:
        await uow.entries.add(CaseEntry(case.id, "evidence", NOW, Role.REPORTER, None, "", {"name": "kept"}))
        await uow.entries.add(CaseEntry(case.id, "note", NOW, Role.OPERATOR, None, "", {"name": "not-evidence"}))
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.erasure.held_by_cases({"kept", "not-evidence", "loose"}) == {"kept"}
        assert await uow.erasure.held_by_cases(set()) == set()
