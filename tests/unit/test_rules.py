"""Who may fire which trigger from which state, with which data: generated from the tables.

Every allowed (state, trigger, role) moves the case one step and records one event;
every forbidden one raises a typed error, changes nothing and is audited once.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import (
    MEDIATOR_ID,
    MISSING_FIELD,
    NOW,
    OPERATOR_ID,
    OTHER_REGION,
    REGION,
    SERVICE_POINT_ID,
    STORED_STATES,
    SUPERVISOR_ID,
    T0,
    TZ,
    VALID_DATA,
    a_case,
    a_dv_case,
    actor_for,
    allowed_combinations,
    expected_destination,
    mediator,
    needs_approver,
    operator,
    ordered,
    out_of_scope_actor_for,
    reporter,
    supervisor,
    valid_data,
)
from fakes import FakeUnitOfWork

from workflows.case import Actor, Case
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted, WorkflowError
from workflows.events import AuditEntry, CaseEvent
from workflows.machine import sources_of
from workflows.rules import allowed_roles
from workflows.services import apply_trigger
from workflows.vocabulary import ALL_REGIONS, UNKNOWN_REGION, Risk, Role, State, Trigger

ALLOWED = allowed_combinations()


def _id(*parts) -> str:
    return "-".join(p.value for p in parts)


async def fire(
    uow: FakeUnitOfWork,
    case: Case,
    trigger: Trigger,
    actor: Actor,
    data: dict | None = None,
    approver: Actor | None = None,
) -> CaseEvent:
    return await apply_trigger(
        uow,
        reference=case.reference,
        trigger=trigger,
        actor=actor,
        now=NOW,
        tz=TZ,
        data=valid_data(trigger) if data is None else data,
        approver=approver,
    )


async def refused(
    uow: FakeUnitOfWork,
    case: Case,
    trigger: Trigger,
    actor: Actor,
    error: type[WorkflowError],
    data: dict | None = None,
    approver: Actor | None = None,
) -> WorkflowError:
    """Fire and expect ``error``; check that nothing changed and the attempt was audited once."""
    before = uow.case(case.reference)
    events_before = uow.events_of(case.id)
    audit_before = list(uow.db.audit)
    with pytest.raises(error) as raised:
        await fire(uow, case, trigger, actor, data, approver)
    assert uow.case(case.reference) == before
    assert uow.events_of(case.id) == events_before
    assert uow.db.audit == [
        *audit_before,
        AuditEntry(case.id, actor.id, f"trigger:{trigger.value}", f"refused:{raised.value.code}", NOW),
    ]
    return raised.value


# --- every allowed combination -------------------------------------------------------------


@pytest.mark.parametrize(("state", "trigger", "role"), ALLOWED, ids=[_id(*c) for c in ALLOWED])
async def test_every_allowed_combination_moves_the_case_one_step_and_records_one_event(state, trigger, role):
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(state))
    actor = actor_for(role)
    approver = supervisor() if needs_approver(case, trigger, role) else None

    event = await fire(uow, case, trigger, actor, approver=approver)

    after = uow.case(case.reference)
    assert after.state is expected_destination(case, trigger)
    assert after.version == case.version + 1
    assert uow.events_of(case.id) == [event]
    assert (event.seq, event.actor_id, event.role, event.trigger) == (after.version, actor.id, role, trigger)
    assert (event.from_state, event.to_state) == (state, after.state)
    assert uow.db.audit == []
    assert uow.commits == 1


def test_the_tables_allow_a_few_hundred_combinations_and_every_trigger_has_one():
    assert {trigger for _, trigger, _ in ALLOWED} == set(Trigger) - {Trigger.SUBMIT}
    assert len(ALLOWED) > 100


# --- every forbidden combination -----------------------------------------------------------

INVALID = [(s, t) for t in Trigger for s in STORED_STATES if s not in sources_of(t)]


@pytest.mark.parametrize(("state", "trigger"), INVALID, ids=[_id(*c) for c in INVALID])
async def test_a_trigger_the_state_does_not_allow_is_refused_for_every_role(state, trigger):
    for role in Role:
        uow = FakeUnitOfWork()
        case = uow.db.put_case(a_case(state))
        error = await refused(uow, case, trigger, actor_for(role), InvalidTransition, approver=supervisor())
        assert (error.trigger, error.state) == (trigger.value, state.value)


WRONG_ROLE = [
    (s, t, r)
    for t in Trigger
    for s in ordered(sources_of(t))
    if s is not State.INTAKE
    for r in Role
    if r not in allowed_roles(t)
]


@pytest.mark.parametrize(("state", "trigger", "role"), WRONG_ROLE, ids=[_id(*c) for c in WRONG_ROLE])
async def test_a_role_the_trigger_does_not_allow_is_refused(state, trigger, role):
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(state))
    error = await refused(uow, case, trigger, actor_for(role), NotPermitted, approver=supervisor())
    assert (error.trigger, error.reason) == (trigger.value, "role")


OUT_OF_SCOPE = [(s, t, r) for s, t, r in ALLOWED if r is not Role.SYSTEM]


@pytest.mark.parametrize(("state", "trigger", "role"), OUT_OF_SCOPE, ids=[_id(*c) for c in OUT_OF_SCOPE])
async def test_the_right_role_out_of_her_region_assignment_or_own_case_is_refused(state, trigger, role):
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(state))
    actor, reason = out_of_scope_actor_for(role)
    error = await refused(uow, case, trigger, actor, NotPermitted, approver=supervisor())
    assert error.reason == reason


MISSING = [(t, key) for t, data in VALID_DATA.items() for key in data]


@pytest.mark.parametrize(("trigger", "key"), MISSING, ids=[f"{t.value}-{k}" for t, k in MISSING])
async def test_leaving_out_a_required_field_is_refused_naming_the_field(trigger, key):
    state = ordered(sources_of(trigger))[0]
    role = allowed_roles(trigger)[0]
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(state))
    data = valid_data(trigger)
    del data[key]
    error = await refused(uow, case, trigger, actor_for(role), MissingData, data=data, approver=supervisor())
    assert (error.trigger, error.field) == (trigger.value, MISSING_FIELD.get((trigger, key), key))


BLANK = [(t, k) for t, k in MISSING if isinstance(VALID_DATA[t][k], str)]


@pytest.mark.parametrize(("trigger", "key"), BLANK, ids=[f"{t.value}-{k}" for t, k in BLANK])
async def test_a_blank_text_field_counts_as_missing(trigger, key):
    state = ordered(sources_of(trigger))[0]
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(state))
    data = {**valid_data(trigger), key: "   "}
    actor = actor_for(allowed_roles(trigger)[0])
    error = await refused(uow, case, trigger, actor, MissingData, data=data, approver=supervisor())
    assert error.field == key


UNUSABLE = [
    (State.IN_PROGRESS, Trigger.REFER, {"agency": "secret police"}, "agency"),
    (State.IN_PROGRESS, Trigger.REFER, {"share_consent": False}, "share_consent"),
    (State.MEDIATING, Trigger.REACH_AGREEMENT, {"agreement_form": "sung"}, "agreement_form"),
    (State.MEDIATION_PENDING, Trigger.PARTIES_CONSENT, {"other_party_consent": "yes"}, "other_party_consent"),
    (State.IN_PROGRESS, Trigger.START_MEDIATION, {"reporter_opted_in": False}, "reporter_opted_in"),
    (State.NEW, Trigger.ACCEPT, {"risk": "terrible"}, "risk"),
]


@pytest.mark.parametrize(
    ("state", "trigger", "change", "field"), UNUSABLE, ids=[u[3] + "-" + u[1].value for u in UNUSABLE]
)
async def test_an_unusable_value_is_refused_naming_the_field(state, trigger, change, field):
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(state))
    actor = actor_for(allowed_roles(trigger)[0])
    error = await refused(uow, case, trigger, actor, MissingData, data={**valid_data(trigger), **change})
    assert error.field == field


@pytest.mark.parametrize(
    ("changes", "basis"),
    [
        ({"risk": Risk.HIGH}, "emergency"),
        ({"risk": Risk.IMMINENT}, "emergency"),
        ({"minor_involved": True}, "child_protection"),
    ],
)
async def test_refer_accepts_a_legal_basis_that_the_case_shows_instead_of_her_consent(uow, changes, basis):
    case = uow.db.put_case(a_case(State.IN_PROGRESS, **changes))
    data = {"agency": "police", "purpose": "protection order", "legal_basis": basis}
    await fire(uow, case, Trigger.REFER, operator(), data)
    assert uow.case(case.reference).state is State.REFERRED


@pytest.mark.parametrize("basis", ["emergency", "child_protection", "imminent danger"])
async def test_refer_without_her_consent_is_refused_when_the_case_does_not_show_the_legal_basis(uow, basis):
    case = uow.db.put_case(a_case(State.IN_PROGRESS, risk=Risk.LOW, minor_involved=False))
    data = {"agency": "police", "purpose": "protection order", "legal_basis": basis}
    with pytest.raises(NotPermitted) as refused:
        await fire(uow, case, Trigger.REFER, operator(), data)
    assert refused.value.reason == "legal_basis_not_met"
    assert uow.case(case.reference).state is State.IN_PROGRESS


async def test_a_case_that_does_not_exist_is_reported_as_not_found(uow):
    with pytest.raises(CaseNotFound):
        await fire(uow, a_case(), Trigger.ACCEPT, operator())
    assert uow.db.audit == [] and uow.db.events == []


# --- take and decline ------------------------------------------------------------------------


async def test_the_mediator_the_case_was_dispatched_to_takes_it_and_owns_the_handling(uow):
    case = uow.db.put_case(a_case(State.DISPATCHED, assignee_id=MEDIATOR_ID, service_point_id=None))
    await fire(uow, case, Trigger.TAKE, mediator(service_point_id=None))
    after = uow.case(case.reference)
    assert (after.state, after.assignee_id) == (State.IN_PROGRESS, MEDIATOR_ID)


async def test_another_mediator_of_the_same_point_may_not_take_a_case_offered_to_one_person(uow):
    case = uow.db.put_case(a_case(State.DISPATCHED, assignee_id=MEDIATOR_ID, service_point_id=SERVICE_POINT_ID))
    error = await refused(uow, case, Trigger.TAKE, mediator(person_id=41), NotPermitted)
    assert error.reason == "not_assigned"


async def test_any_member_of_the_service_point_a_case_was_dispatched_to_may_take_it(uow):
    case = uow.db.put_case(a_case(State.DISPATCHED, assignee_id=None, service_point_id=SERVICE_POINT_ID))
    await fire(uow, case, Trigger.TAKE, mediator(person_id=41))
    after = uow.case(case.reference)
    assert (after.state, after.assignee_id, after.service_point_id) == (State.IN_PROGRESS, 41, SERVICE_POINT_ID)


async def test_a_mediator_of_another_service_point_may_not_take_or_decline(uow):
    case = uow.db.put_case(a_case(State.DISPATCHED, assignee_id=None, service_point_id=SERVICE_POINT_ID))
    for trigger in (Trigger.TAKE, Trigger.DECLINE):
        error = await refused(uow, case, trigger, mediator(person_id=41, service_point_id=401), NotPermitted)
        assert error.reason == "not_assigned"


async def test_a_declined_case_goes_back_to_the_queue_without_a_target(uow):
    case = uow.db.put_case(a_case(State.DISPATCHED))
    await fire(uow, case, Trigger.DECLINE, mediator())
    after = uow.case(case.reference)
    assert (after.state, after.assignee_id, after.service_point_id) == (State.ACCEPTED, None, None)


async def test_dispatch_to_a_service_point_records_the_point_and_no_person(uow):
    case = uow.db.put_case(a_case(State.ACCEPTED, assignee_id=None, service_point_id=None))
    await fire(uow, case, Trigger.DISPATCH, operator(), {"service_point_id": 401})
    after = uow.case(case.reference)
    assert (after.state, after.assignee_id, after.service_point_id) == (State.DISPATCHED, None, 401)


async def test_accept_makes_the_actor_the_owner_unless_another_is_named(uow):
    first = uow.db.put_case(a_case(State.NEW, owner_id=None))
    second = uow.db.put_case(a_case(State.NEW, reference="HLB-2026-000002", owner_id=None))
    await fire(uow, first, Trigger.ACCEPT, operator())
    await fire(uow, second, Trigger.ACCEPT, supervisor(), {"owner_id": 21, "risk": "high"})
    assert uow.case(first.reference).owner_id == OPERATOR_ID
    assert (uow.case(second.reference).owner_id, uow.case(second.reference).risk) == (21, Risk.HIGH)


# --- domestic violence ----------------------------------------------------------------------


@pytest.mark.parametrize("risk", [Risk.LOW, Risk.MEDIUM])
async def test_a_domestic_violence_case_goes_to_mediation_at_low_or_medium_risk_with_a_supervisor_approval(uow, risk):
    case = uow.db.put_case(a_dv_case(State.IN_PROGRESS, risk=risk))
    event = await fire(uow, case, Trigger.START_MEDIATION, mediator(), approver=supervisor())
    assert uow.case(case.reference).state is State.MEDIATION_PENDING
    assert event.data["approved_by"] == SUPERVISOR_ID


@pytest.mark.parametrize("risk", [Risk.HIGH, Risk.IMMINENT])
async def test_a_domestic_violence_case_at_high_risk_never_goes_to_mediation(uow, risk):
    case = uow.db.put_case(a_dv_case(State.IN_PROGRESS, risk=risk))
    error = await refused(uow, case, Trigger.START_MEDIATION, mediator(), NotPermitted, approver=supervisor())
    assert error.reason == "risk_too_high"


@pytest.mark.parametrize(
    "approver",
    [None, operator(), supervisor(region=OTHER_REGION)],
    ids=["no approver", "an operator", "a supervisor of another region"],
)
async def test_a_domestic_violence_mediation_without_an_approving_supervisor_of_the_region_is_refused(uow, approver):
    case = uow.db.put_case(a_dv_case(State.IN_PROGRESS, risk=Risk.LOW))
    error = await refused(uow, case, Trigger.START_MEDIATION, mediator(), NotPermitted, approver=approver)
    assert error.reason == "supervisor_approval"


async def test_an_operator_may_not_close_a_domestic_violence_case_without_a_supervisor(uow):
    case = uow.db.put_case(a_dv_case(State.FOLLOW_UP))
    error = await refused(uow, case, Trigger.CLOSE, operator(), NotPermitted)
    assert error.reason == "supervisor_approval"


@pytest.mark.parametrize(
    ("actor", "approver"),
    [
        (operator(), supervisor()),
        (supervisor(), None),
        (Actor(id=31, roles=frozenset({Role.OPERATOR, Role.SUPERVISOR}), regions=frozenset({REGION})), None),
    ],
    ids=["operator with approval", "supervisor", "staff who is operator and supervisor"],
)
async def test_a_domestic_violence_case_is_closed_by_or_with_a_supervisor(uow, actor, approver):
    case = uow.db.put_case(a_dv_case(State.FOLLOW_UP))
    await fire(uow, case, Trigger.CLOSE, actor, approver=approver)
    assert uow.case(case.reference).state is State.CLOSED


# --- withdraw, hold and resume, reopen, reject -----------------------------------------------


@pytest.mark.parametrize("state", ordered(sources_of(Trigger.WITHDRAW)))
async def test_a_case_involving_a_child_cannot_be_withdrawn(uow, state):
    case = uow.db.put_case(a_case(state, minor_involved=True))
    error = await refused(uow, case, Trigger.WITHDRAW, reporter(), NotPermitted)
    assert error.reason == "minor_involved"


async def test_a_reporter_without_a_known_identity_cannot_act_as_the_reporter(uow):
    case = uow.db.put_case(a_case(State.NEW, reporter_id=None))
    error = await refused(uow, case, Trigger.WITHDRAW, reporter(), NotPermitted)
    assert error.reason == "not_reporter"


@pytest.mark.parametrize("state", ordered(sources_of(Trigger.HOLD)))
async def test_resume_returns_a_case_to_the_state_it_was_held_from(uow, state):
    case = uow.db.put_case(a_case(state))
    await fire(uow, case, Trigger.HOLD, operator())
    held = uow.case(case.reference)
    assert (held.state, held.held_from) == (State.ON_HOLD, state)

    await fire(uow, case, Trigger.RESUME, supervisor())

    resumed = uow.case(case.reference)
    assert (resumed.state, resumed.held_from, resumed.version) == (state, None, case.version + 2)


async def test_resume_restores_the_time_that_was_left_on_the_clock(uow):
    dispatched_due = T0 + timedelta(days=1)
    case = uow.db.put_case(a_case(State.DISPATCHED, due_at=dispatched_due))
    held_at, resumed_at = T0 + timedelta(hours=6), T0 + timedelta(days=10)

    await apply_trigger(
        uow,
        reference=case.reference,
        trigger=Trigger.HOLD,
        actor=operator(),
        now=held_at,
        tz=TZ,
        data=valid_data(Trigger.HOLD),
    )
    assert uow.case(case.reference).due_at == held_at + timedelta(days=14)  # the on-hold review

    await apply_trigger(uow, reference=case.reference, trigger=Trigger.RESUME, actor=operator(), now=resumed_at, tz=TZ)
    after = uow.case(case.reference)
    assert after.due_at == resumed_at + (dispatched_due - held_at)
    assert after.held_remaining_s is None


async def test_the_reporter_may_reopen_her_closed_case(uow):
    case = uow.db.put_case(a_case(State.CLOSED))
    await fire(uow, case, Trigger.REOPEN, reporter())
    assert uow.case(case.reference).state is State.ACCEPTED


async def test_the_reporter_may_not_reopen_a_withdrawn_case_but_staff_may(uow):
    case = uow.db.put_case(a_case(State.WITHDRAWN))
    error = await refused(uow, case, Trigger.REOPEN, reporter(), NotPermitted)
    assert error.reason == "reporter_reopens_closed_only"
    await fire(uow, case, Trigger.REOPEN, operator())
    assert uow.case(case.reference).state is State.ACCEPTED


@pytest.mark.parametrize(
    "approver",
    [None, operator(person_id=21), supervisor(region=OTHER_REGION)],
    ids=["no approver", "another operator", "a supervisor of another region"],
)
async def test_an_operator_rejecting_a_case_needs_a_supervisor_of_the_region_to_approve(uow, approver):
    case = uow.db.put_case(a_case(State.NEW))
    error = await refused(uow, case, Trigger.REJECT, operator(), NotPermitted, approver=approver)
    assert error.reason == "supervisor_approval"


@pytest.mark.parametrize(
    ("actor", "approver"),
    [
        (operator(), supervisor()),
        (supervisor(), None),
        (Actor(id=31, roles=frozenset({Role.OPERATOR, Role.SUPERVISOR}), regions=frozenset({REGION})), None),
    ],
    ids=["operator with approval", "supervisor", "staff who is operator and supervisor"],
)
async def test_a_case_is_rejected_by_or_with_a_supervisor(uow, actor, approver):
    case = uow.db.put_case(a_case(State.NEW))
    event = await fire(uow, case, Trigger.REJECT, actor, approver=approver)
    assert uow.case(case.reference).state is State.NOT_ACCEPTED
    assert event.data.get("approved_by") == (approver.id if approver else None)


# --- region and confidentiality ----------------------------------------------------------


async def test_an_operator_of_another_region_may_not_touch_the_case(uow):
    case = uow.db.put_case(a_case(State.NEW, region=REGION))
    error = await refused(uow, case, Trigger.ACCEPT, operator(region=OTHER_REGION), NotPermitted)
    assert error.reason == "other_region"


async def test_a_case_of_unknown_region_is_visible_to_the_staff_of_every_region(uow):
    for number, region in enumerate((REGION, OTHER_REGION), start=1):
        case = uow.db.put_case(a_case(State.NEW, reference=f"HLB-2026-00000{number}", region=UNKNOWN_REGION))
        await fire(uow, case, Trigger.ACCEPT, operator(region=region))
        assert uow.case(case.reference).state is State.ACCEPTED


async def test_city_staff_with_region_all_may_act_on_every_region(uow):
    city = Actor(id=60, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({ALL_REGIONS}))
    for number, region in enumerate((REGION, OTHER_REGION, "new-barag-right"), start=1):
        case = uow.db.put_case(a_case(State.NEW, reference=f"HLB-2026-00000{number}", region=region))
        await fire(uow, case, Trigger.ACCEPT, city)
        assert uow.case(case.reference).state is State.ACCEPTED


async def test_an_operator_who_is_not_named_on_a_confidential_case_may_not_act_but_its_owner_may(uow):
    case = uow.db.put_case(a_case(State.ACCEPTED, confidential=True, owner_id=OPERATOR_ID, assignee_id=None))
    error = await refused(uow, case, Trigger.HOLD, operator(person_id=21), NotPermitted)
    assert error.reason == "confidential"
    await fire(uow, case, Trigger.HOLD, operator(person_id=OPERATOR_ID))
    assert uow.case(case.reference).state is State.ON_HOLD
