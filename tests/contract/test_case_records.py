"""Cases, their events, entries and audit rows, and the outbox."""

from __future__ import annotations

from datetime import timedelta

from uow_backends import NOW, a_case, add_cases

from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice
from workflows.vocabulary import Role, State, Trigger


async def test_a_case_is_found_by_reference_and_by_id_and_missing_ones_are_none(backend):
    (stored,) = await add_cases(backend, a_case(State.NEW, region="ergun"))
    async with backend.uow() as uow:
        by_reference = await uow.cases.get(stored.reference)
        by_id = await uow.cases.get_by_id(stored.id)
        assert await uow.cases.get("HLB-2026-999999") is None
        assert await uow.cases.get_by_id(stored.id + 1000) is None
    assert by_reference == by_id
    assert (by_id.id, by_id.region, by_id.state, by_id.created_at) == (stored.id, "ergun", State.NEW, NOW)


async def test_an_emergency_is_acknowledged_once(backend):
    (stored,) = await add_cases(backend, a_case(State.EMERGENCY))
    async with backend.uow() as uow:
        first = await uow.cases.mark_acknowledged(stored.id, NOW)
        second = await uow.cases.mark_acknowledged(stored.id, NOW + timedelta(minutes=1))
        await uow.cases.set_confidential(stored.id, True)
        await uow.commit()
    async with backend.uow() as uow:
        case = await uow.cases.get_by_id(stored.id)
    assert (first, second, case.acknowledged_at, case.confidential) == (True, False, NOW, True)


async def test_events_come_back_in_sequence_with_their_data(backend):
    (stored,) = await add_cases(backend, a_case(State.ACCEPTED))

    def event(seq: int, trigger: Trigger, to_state: State, **data) -> CaseEvent:
        at = NOW + timedelta(minutes=seq)
        return CaseEvent(stored.id, seq, at, None, Role.OPERATOR, trigger, State.NEW, to_state, data)

    async with backend.uow() as uow:
        await uow.events.append(event(2, Trigger.ACCEPT, State.ACCEPTED, note=("a", "tuple")))
        await uow.events.append(event(1, Trigger.SUBMIT, State.NEW))
        await uow.commit()
    async with backend.uow() as uow:
        events = list(await uow.events.for_case(stored.id))
        assert list(await uow.events.for_case(stored.id + 1000)) == []
    assert [e.seq for e in events] == [1, 2]
    assert events[1].trigger is Trigger.ACCEPT and events[1].to_state is State.ACCEPTED
    assert events[1].data == {"note": ["a", "tuple"]}  # stored as JSON


async def test_entries_come_back_in_the_order_written(backend):
    first, other = await add_cases(backend, a_case(), a_case())
    async with backend.uow() as uow:
        await uow.entries.add(CaseEntry(first.id, "description", NOW, Role.REPORTER, None, "first words"))
        await uow.entries.add(CaseEntry(other.id, "note", NOW, Role.OPERATOR, None, "elsewhere"))
        await uow.entries.add(CaseEntry(first.id, "evidence", NOW, Role.REPORTER, None, "", {"name": "abc", "size": 3}))
        await uow.commit()
    async with backend.uow() as uow:
        entries = list(await uow.entries.for_case(first.id))
    assert [(e.kind, e.text, e.attachment) for e in entries] == [
        ("description", "first words", None),
        ("evidence", "", {"name": "abc", "size": 3}),
    ]
    assert entries[0].author_role is Role.REPORTER


async def test_audit_rows_are_read_back_as_acknowledgements_and_duress_alerts(backend):
    (stored,) = await add_cases(backend, a_case(State.EMERGENCY))
    staff = await backend.person("web:op")
    later = NOW + timedelta(minutes=5)
    async with backend.uow() as uow:
        await uow.audit.record(AuditEntry(stored.id, staff, "acknowledge", "ok", NOW))
        await uow.audit.record(AuditEntry(stored.id, staff, "acknowledge", "again", later))
        await uow.audit.record(AuditEntry(stored.id, None, "acknowledge", "ok", later))
        await uow.audit.record(AuditEntry(stored.id, None, "duress_pin", "raised", later))
        await uow.audit.record(AuditEntry(stored.id + 1000, staff, "acknowledge", "ok", NOW))
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.staff_views.acknowledgements(stored.id) == [(staff, NOW), (None, later)]
        assert await uow.pin_guesses.duress_alerts(stored.id) == [later]


async def test_the_outbox_keeps_notices_in_order_due_now_unless_told(backend):
    (stored,) = await add_cases(backend, a_case())
    later = NOW + timedelta(hours=1)
    async with backend.uow() as uow:
        assert uow.outbox.now == NOW
        await uow.outbox.put_many(
            [
                OutgoingNotice("web:her", "first", {"n": 1}, "en", stored.id),
                OutgoingNotice("telegram:7", "second", {"when": {"$date": "2026-03-02"}}, "ru"),
            ]
        )
        await uow.outbox.put_many([])
        await uow.outbox.put(OutgoingNotice("web:her", "third"), not_before=later)
        await uow.commit()
    rows = await backend.outbox()
    assert [(r.address, r.message_id, r.args, r.status, r.not_before, r.case_id) for r in rows] == [
        ("web:her", "first", {"n": 1}, "pending", NOW, stored.id),
        ("telegram:7", "second", {"when": {"$date": "2026-03-02"}}, "pending", NOW, None),
        ("web:her", "third", {}, "pending", later, None),
    ]


async def test_cancel_pending_drops_only_what_still_waits_for_that_address(backend):
    async with backend.uow() as uow:
        await uow.outbox.put_many(
            [
                OutgoingNotice("web:her", "a", {"words": "hers"}),
                OutgoingNotice("web:other", "b", {"words": "theirs"}),
                OutgoingNotice("web:her", "c"),
            ]
        )
        await uow.commit()
    async with backend.uow() as uow:
        cancelled = await uow.outbox.cancel_pending("web:her", reason="quick exit")
        again = await uow.outbox.cancel_pending("web:her", reason="quick exit")
        await uow.commit()
    rows = await backend.outbox()
    assert (cancelled, again) == (2, 0)
    assert [(r.address, r.status, r.args) for r in rows] == [
        ("web:her", "dead", {}),
        ("web:other", "pending", {"words": "theirs"}),
        ("web:her", "dead", {}),
    ]


async def test_outbox_rows_of_a_rolled_back_turn_are_never_written(backend):
    async with backend.uow() as uow:
        await uow.outbox.put_many([OutgoingNotice("web:her", "never")])
    assert await backend.outbox() == []
