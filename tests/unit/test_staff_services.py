"""The staff desk's use cases on the in-memory unit of work: approvals, acknowledgement,
confidentiality, writing to her, call-back tasks, hotline calls, joining and leaving."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import NOW, OPERATOR_ID, REGION, SUPERVISOR_ID, a_case, a_dv_case
from fakes import FakeDatabase, FakeUnitOfWork

from workflows.case import Actor
from workflows.errors import InvalidTransition, NotPermitted
from workflows.publishing import CaseChanged
from workflows.readmodels import InviteError
from workflows.services.hotline import HotlineCall, register_call
from workflows.services.staff_access import CaseHandedBack, JoinStaff, end_staff_access, join_staff
from workflows.services.staff_desk import (
    AlreadyDecided,
    ApprovalAsked,
    ApprovalDecided,
    ApprovalRequested,
    DecideApproval,
    Fired,
    FireTrigger,
    Reach,
    StaffWroteToReporter,
    StaleAction,
    acknowledge_emergency,
    complete_callback,
    decide_approval,
    fire_or_ask,
    toggle_confidential,
    write_to_reporter,
)
from workflows.vocabulary import HANDED_BACK, Channel, ContactPreference, Risk, Role, Service, State, Trigger

MEDIATOR = 40
REJECT = {"reason_code": "out_of_scope", "signposting": "call 12348"}


@pytest.fixture
def db() -> FakeDatabase:
    db = FakeDatabase()
    db.add_person("web:reporter")  # person 1: the woman of `a_case`
    for person_id in range(2, SUPERVISOR_ID + 1):
        db.data.people[person_id] = {"locale": "en", "created_at": NOW}
    db.data.people[MEDIATOR] = {"locale": "en", "created_at": NOW}
    db.add_staff(OPERATOR_ID, roles=("operator",), regions=(REGION,), name="Oyuna")
    db.add_staff(SUPERVISOR_ID, roles=("supervisor",), regions=(REGION,), name="Tuya")
    db.add_staff(MEDIATOR, roles=("mediator",), regions=(REGION,), name="Sarnai")
    return db


def staff(db: FakeDatabase, person_id: int) -> Actor:
    row = db.data.staff[person_id]
    return Actor(
        id=person_id,
        roles=frozenset(Role(r) for r in row["roles"]),
        regions=frozenset(row["regions"]),
        service_point_id=row["service_point_id"],
        name=row["display_name"],
    )


async def test_an_operator_rejecting_asks_the_supervisors_of_the_region_and_nothing_fires(db, clock, published):
    case = db.put_case(a_case(State.NEW, owner_id=None, assignee_id=None, service_point_id=None))
    uow = FakeUnitOfWork(db)
    asked = await fire_or_ask(
        uow, FireTrigger(case.reference, Trigger.REJECT, staff(db, OPERATOR_ID), NOW, REJECT), clock
    )
    assert isinstance(asked, ApprovalAsked)
    assert asked.supervisors == (SUPERVISOR_ID,)
    assert db.case(case.reference).state is State.NEW and db.events_of(case.id) == []
    assert await uow.approvals.pending(case.id, "reject")
    [requested] = published.of(ApprovalRequested)
    assert (requested.approval_id, requested.trigger, requested.requested_by.id) == (
        asked.approval_id,
        Trigger.REJECT,
        OPERATOR_ID,
    )


async def test_a_supervisor_rejects_without_asking(db, clock, published):
    case = db.put_case(a_case(State.NEW, owner_id=None, assignee_id=None, service_point_id=None))
    fired = await fire_or_ask(
        FakeUnitOfWork(db), FireTrigger(case.reference, Trigger.REJECT, staff(db, SUPERVISOR_ID), NOW, REJECT), clock
    )
    assert isinstance(fired, Fired) and fired.case.state is State.NOT_ACCEPTED
    assert published.of(ApprovalRequested) == [] and len(published.of(CaseChanged)) == 1


async def test_a_supervisor_starting_a_dv_mediation_is_recorded_as_its_approver(db, clock):
    case = db.put_case(a_dv_case(State.IN_PROGRESS, risk=Risk.LOW, assignee_id=SUPERVISOR_ID))
    db.data.staff[SUPERVISOR_ID]["roles"] = ["supervisor", "mediator"]
    command = FireTrigger(
        case.reference, Trigger.START_MEDIATION, staff(db, SUPERVISOR_ID), NOW, {"reporter_opted_in": True}
    )
    fired = await fire_or_ask(FakeUnitOfWork(db), command, clock)
    assert isinstance(fired, Fired) and fired.event.data["approved_by"] == SUPERVISOR_ID


async def test_a_refused_trigger_raises_and_its_audit_row_survives_the_outer_transaction(db, clock):
    case = db.put_case(a_case(State.NEW, owner_id=None, assignee_id=None))
    uow = FakeUnitOfWork(db)
    async with uow:  # a dialog turn around the use case, which rolls back the rest of the turn
        with pytest.raises(NotPermitted):
            await fire_or_ask(uow, FireTrigger(case.reference, Trigger.ACCEPT, staff(db, MEDIATOR), NOW), clock)
        await uow.commit()
    assert [(a.action, a.outcome) for a in db.audit] == [("trigger:accept", "refused:error-not-permitted")]


async def test_an_approval_granted_fires_as_the_requester_once(db, clock, published):
    case = db.put_case(a_case(State.NEW, owner_id=None, assignee_id=None, service_point_id=None))
    asked = await fire_or_ask(
        FakeUnitOfWork(db), FireTrigger(case.reference, Trigger.REJECT, staff(db, OPERATOR_ID), NOW, REJECT), clock
    )
    decide = DecideApproval(asked.approval_id, staff(db, SUPERVISOR_ID), True, NOW)
    decision = await decide_approval(FakeUnitOfWork(db), decide, clock)
    assert decision.outcome == "granted" and decision.fired is not None
    [event] = db.events_of(case.id)
    assert (event.actor_id, event.data["approved_by"], event.to_state) == (
        OPERATOR_ID,
        SUPERVISOR_ID,
        State.NOT_ACCEPTED,
    )
    [told] = published.of(ApprovalDecided)
    assert (told.requested_by, told.outcome) == (OPERATOR_ID, "granted")
    with pytest.raises(AlreadyDecided):
        await decide_approval(FakeUnitOfWork(db), decide, clock)
    with pytest.raises(NotPermitted):
        await decide_approval(
            FakeUnitOfWork(db), DecideApproval(asked.approval_id, staff(db, OPERATOR_ID), True, NOW), clock
        )
    with pytest.raises(StaleAction):
        await decide_approval(FakeUnitOfWork(db), DecideApproval(999, staff(db, SUPERVISOR_ID), True, NOW), clock)


async def test_an_approval_the_guard_then_refuses_is_recorded_as_failed_with_the_reason(db, clock, published):
    case = db.put_case(a_case(State.NEW, owner_id=None, assignee_id=None, service_point_id=None))
    asked = await fire_or_ask(
        FakeUnitOfWork(db), FireTrigger(case.reference, Trigger.REJECT, staff(db, OPERATOR_ID), NOW, REJECT), clock
    )
    moved = db.data.cases[case.id]
    moved.state = State.ACCEPTED  # someone accepted it meanwhile
    decision = await decide_approval(
        FakeUnitOfWork(db), DecideApproval(asked.approval_id, staff(db, SUPERVISOR_ID), True, NOW), clock
    )
    assert decision.outcome == "failed" and isinstance(decision.error, InvalidTransition)
    assert db.data.approvals[asked.approval_id]["status"] == "failed"
    assert published.of(ApprovalDecided)[0].outcome == "failed"


async def test_the_first_acknowledgement_is_recorded_and_a_later_one_learns_whose_it_was(db):
    case = db.put_case(a_case(State.EMERGENCY, owner_id=None, assignee_id=None))
    first = await acknowledge_emergency(
        FakeUnitOfWork(db), reference=case.reference, actor=staff(db, OPERATOR_ID), now=NOW
    )
    later = NOW + timedelta(minutes=2)
    again = await acknowledge_emergency(
        FakeUnitOfWork(db), reference=case.reference, actor=staff(db, SUPERVISOR_ID), now=later
    )
    assert first.first and not again.first
    assert (again.by, again.at) == (OPERATOR_ID, NOW)
    assert [(a.actor_id, a.outcome) for a in db.audit] == [(OPERATOR_ID, "ok"), (SUPERVISOR_ID, "again")]


async def test_acknowledging_a_case_that_is_no_emergency_is_refused_and_audited(db):
    case = db.put_case(a_case(State.NEW))
    with pytest.raises(StaleAction):
        await acknowledge_emergency(FakeUnitOfWork(db), reference=case.reference, actor=staff(db, OPERATOR_ID), now=NOW)
    assert [(a.action, a.outcome) for a in db.audit] == [("acknowledge", "refused")]


async def test_only_a_supervisor_of_the_region_marks_a_case_confidential(db):
    case = db.put_case(a_case(State.IN_PROGRESS))
    assert await toggle_confidential(
        FakeUnitOfWork(db), reference=case.reference, actor=staff(db, SUPERVISOR_ID), now=NOW
    )
    assert db.case(case.reference).confidential
    with pytest.raises(NotPermitted) as refused:
        await toggle_confidential(FakeUnitOfWork(db), reference=case.reference, actor=staff(db, OPERATOR_ID), now=NOW)
    assert refused.value.reason == "role"
    assert not await toggle_confidential(
        FakeUnitOfWork(db), reference=case.reference, actor=staff(db, SUPERVISOR_ID), now=NOW
    )
    assert [a.outcome for a in db.audit] == ["on", "refused", "off"]


@pytest.mark.parametrize(
    ("changes", "reach"),
    [
        ({}, Reach.CHAT),
        ({"channel": Channel.HOTLINE}, Reach.CALLBACK),
        ({"contact": ContactPreference.PHONE_CALLBACK}, Reach.CALLBACK),
        ({"no_contact": True}, Reach.NONE),
        ({"reporter_id": None}, Reach.NONE),
    ],
)
async def test_her_handlers_words_become_an_entry_and_reach_her_the_way_she_chose(db, published, changes, reach):
    case = db.put_case(a_case(State.IN_PROGRESS, **changes))
    got = await write_to_reporter(
        FakeUnitOfWork(db),
        reference=case.reference,
        actor=staff(db, MEDIATOR),
        words="call me",
        now=NOW,
        publish=published,
    )
    assert got is reach
    assert [(e.kind, e.author_role, e.text) for e in db.entries] == [("message_out", Role.MEDIATOR, "call me")]
    assert [e.text for e in published.of(StaffWroteToReporter)] == ([] if reach is Reach.NONE else ["call me"])


async def test_only_her_handler_writes_to_her(db, published):
    case = db.put_case(a_case(State.IN_PROGRESS))
    with pytest.raises(NotPermitted):
        await write_to_reporter(
            FakeUnitOfWork(db),
            reference=case.reference,
            actor=staff(db, OPERATOR_ID),
            words="x",
            now=NOW,
            publish=published,
        )
    assert db.entries == [] and published.events == []


async def test_a_call_back_task_is_done_once_and_only_by_staff_who_see_the_case(db):
    case = db.put_case(a_case(State.IN_PROGRESS))
    uow = FakeUnitOfWork(db)
    async with uow:
        task = await uow.callbacks.add(case_id=case.id, message_id="callback-relay", args={}, now=NOW)
        await uow.commit()
    stranger = Actor(id=99, roles=frozenset({Role.OPERATOR}), regions=frozenset({"genhe"}))
    with pytest.raises(StaleAction):
        await complete_callback(FakeUnitOfWork(db), task_id=task, actor=stranger, now=NOW)
    done = await complete_callback(FakeUnitOfWork(db), task_id=task, actor=staff(db, OPERATOR_ID), now=NOW)
    again = await complete_callback(FakeUnitOfWork(db), task_id=task, actor=staff(db, OPERATOR_ID), now=NOW)
    assert (done.done, again.done) == (True, False)
    with pytest.raises(StaleAction):
        await complete_callback(FakeUnitOfWork(db), task_id=task + 1, actor=staff(db, OPERATOR_ID), now=NOW)


async def test_a_hotline_call_becomes_a_case_and_names_earlier_calls_from_the_same_number(db, clock):
    def call(description: str) -> HotlineCall:
        return HotlineCall(
            actor=staff(db, OPERATOR_ID),
            now=NOW,
            service=Service.LEGAL,
            region=REGION,
            language="zh-Hans-CN",
            description=description,
            risk=Risk.MEDIUM,
            phone="138 0000 1234",
            safe_times="after 6pm",
        )

    first = await register_call(FakeUnitOfWork(db), call("first call"), clock)
    second = await register_call(FakeUnitOfWork(db), call("second call"), clock)
    case = db.case(second.opened.case.reference)
    assert (case.channel, case.contact, case.anonymous, case.state) == (
        Channel.HOTLINE,
        ContactPreference.PHONE_CALLBACK,
        True,
        State.NEW,
    )
    assert first.earlier == () and second.earlier == (first.opened.case.reference,)
    contact = [e for e in db.entries if e.case_id == case.id and e.kind == "contact"]
    assert [e.text for e in contact] == ["138 0000 1234\nafter 6pm"]


async def test_a_hotline_call_from_someone_who_may_not_take_calls_opens_nothing(db, clock):
    call = HotlineCall(
        actor=staff(db, MEDIATOR),
        now=NOW,
        service=Service.LEGAL,
        region=REGION,
        language="en",
        description="x",
        risk=Risk.LOW,
    )
    with pytest.raises(NotPermitted):
        await register_call(FakeUnitOfWork(db), call, clock)
    assert db.cases == {} and db.entries == []


async def test_joining_redeems_the_invitation_once_and_keeps_her_language(db):
    person = db.add_person("web:new-staff")
    code = db.create_invite(
        roles=["operator"], regions=[REGION], service_point_id=None, now=NOW, valid_for=timedelta(days=1)
    )
    joined = await join_staff(FakeUnitOfWork(db), JoinStaff(code, person, NOW, name="  Altan  ", locale="mn-Cyrl-MN"))
    assert joined.actor.roles == frozenset({Role.OPERATOR}) and joined.actor.name == "Altan"
    assert db.data.people[person]["locale"] == "mn-Cyrl-MN"
    with pytest.raises(InviteError) as used:
        await join_staff(FakeUnitOfWork(db), JoinStaff(code, person, NOW))
    assert used.value.code == "join-error-used"


async def test_leaving_hands_her_cases_back_and_tells_the_region(db, clock, published):
    offered = db.put_case(
        a_case(State.DISPATCHED, reference="HLB-2026-000001", assignee_id=MEDIATOR, service_point_id=None)
    )
    handled = db.put_case(a_case(State.IN_PROGRESS, reference="HLB-2026-000002", assignee_id=MEDIATOR))
    departure = await end_staff_access(FakeUnitOfWork(db), MEDIATOR, by=None, now=NOW, clock=clock)
    assert departure is not None and set(departure.handed_back) == {offered.reference, handled.reference}
    assert db.case(offered.reference).state is State.ACCEPTED
    assert db.events_of(offered.id)[-1].data == {"reason": HANDED_BACK}
    assert db.case(handled.reference).assignee_id is None
    assert not db.data.staff[MEDIATOR]["active"]
    told = published.of(CaseHandedBack)
    assert [(e.staff_name, e.tell) for e in told] == [("Sarnai", (OPERATOR_ID, SUPERVISOR_ID))] * 2
    assert ("staff:deactivate", f"person:{MEDIATOR}") in [(a.action, a.outcome) for a in db.audit]
    assert await end_staff_access(FakeUnitOfWork(db), 12345, by=None, now=NOW, clock=clock) is None
