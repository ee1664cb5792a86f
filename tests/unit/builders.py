"""Cases, actors and trigger data for the workflow unit tests, built from the workflow tables.

`a_case(state)` is a case that any `actor_for(role)` may act on; `valid_data(trigger)`
is the least data each trigger's guard accepts.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from workflows.case import Actor, Case
from workflows.machine import TRANSITIONS, sources_of
from workflows.rules import allowed_roles
from workflows.vocabulary import ALL_REGIONS, DOMESTIC_VIOLENCE_SERVICE, Channel, Role, Service, State, Trigger

TZ = ZoneInfo("Asia/Shanghai")
#: A Monday morning; cases are set up then and acted on a little later.
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
NOW = datetime(2026, 3, 2, 11, 30, tzinfo=TZ)

REGION = "hailar"
OTHER_REGION = "genhe"
REPORTER_ID = 1
OPERATOR_ID = 20
SUPERVISOR_ID = 30
MEDIATOR_ID = 40
SERVICE_POINT_ID = 400
ADMIN_ID = 50

#: States a stored case can be in (``intake`` is never stored).
STORED_STATES = [s for s in State if s is not State.INTAKE]

#: The least data each trigger's guard accepts (``submit`` goes through `open_case`).
VALID_DATA: dict[Trigger, dict] = {
    Trigger.RAISE_EMERGENCY: {"reason": "he is at the door"},
    Trigger.ACCEPT: {},
    Trigger.REJECT: {"reason_code": "out_of_scope", "signposting": "call 12348 for legal aid"},
    Trigger.DISPATCH: {"assignee_id": MEDIATOR_ID},
    Trigger.TAKE: {},
    Trigger.DECLINE: {"reason": "no capacity this week"},
    Trigger.START_MEDIATION: {"reporter_opted_in": True},
    Trigger.PARTIES_CONSENT: {"reporter_consent": True, "other_party_consent": True},
    Trigger.RECORD_SESSION: {"session_date": "2026-03-05", "attendees": "both parties", "summary": "first talk"},
    Trigger.REACH_AGREEMENT: {"agreement_text": "he pays support monthly", "agreement_form": "written"},
    Trigger.TERMINATE_MEDIATION: {"reason": "other party refused"},
    Trigger.REFER: {"agency": "legal_aid", "purpose": "divorce filing", "share_consent": True},
    Trigger.REFERRAL_FEEDBACK: {"outcome": "lawyer assigned"},
    Trigger.RESOLVE: {"outcome": "agreement honoured"},
    Trigger.CLOSE: {"closure_code": "resolved"},
    Trigger.HOLD: {"reason": "asked for no contact for two weeks"},
    Trigger.RESUME: {},
    Trigger.WITHDRAW: {},
    Trigger.REOPEN: {"reason": "he broke the agreement"},
}

#: The field a `MissingData` names when a key is left out, where it differs from the key.
MISSING_FIELD = {(Trigger.DISPATCH, "assignee_id"): "target"}


def valid_data(trigger: Trigger) -> dict:
    """A fresh copy of `VALID_DATA` (empty for ``submit``, which no stored case can fire)."""
    return dict(VALID_DATA.get(trigger, {}))


def ordered(states) -> list[State]:
    return sorted(states, key=list(State).index)


def a_case(state: State = State.NEW, **changes) -> Case:
    """A case in ``state`` that every in-scope actor of `actor_for` may act on."""
    fields = {
        "reference": "HLB-2026-000001",
        "service": Service.FAMILY_MEDIATION,
        "region": REGION,
        "language": "zh-Hans-CN",
        "channel": Channel.TELEGRAM,
        "state": state,
        "version": 3,
        "reporter_id": REPORTER_ID,
        "owner_id": OPERATOR_ID,
        "assignee_id": MEDIATOR_ID,
        "service_point_id": SERVICE_POINT_ID,
        "held_from": State.IN_PROGRESS if state is State.ON_HOLD else None,
        "created_at": T0,
        "state_entered_at": T0,
    }
    fields.update(changes)
    return Case(**fields)


def a_dv_case(state: State = State.IN_PROGRESS, **changes) -> Case:
    return a_case(state, service=DOMESTIC_VIOLENCE_SERVICE, **changes)


def reporter(person_id: int = REPORTER_ID) -> Actor:
    return Actor.reporter(person_id)


def operator(region: str = REGION, person_id: int = OPERATOR_ID) -> Actor:
    return Actor(id=person_id, roles=frozenset({Role.OPERATOR}), regions=frozenset({region}))


def supervisor(region: str = REGION, person_id: int = SUPERVISOR_ID) -> Actor:
    return Actor(id=person_id, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({region}))


def mediator(person_id: int = MEDIATOR_ID, service_point_id: int | None = SERVICE_POINT_ID) -> Actor:
    return Actor(id=person_id, roles=frozenset({Role.MEDIATOR}), service_point_id=service_point_id)


def admin() -> Actor:
    return Actor(id=ADMIN_ID, roles=frozenset({Role.ADMIN}), regions=frozenset({ALL_REGIONS}))


def actor_for(role: Role) -> Actor:
    """An actor holding only ``role`` who is in scope for `a_case`."""
    return {
        Role.REPORTER: reporter(),
        Role.OPERATOR: operator(),
        Role.SUPERVISOR: supervisor(),
        Role.MEDIATOR: mediator(),
        Role.SYSTEM: Actor.system(),
        Role.ADMIN: admin(),
    }[role]


def out_of_scope_actor_for(role: Role) -> tuple[Actor, str]:
    """An actor holding ``role`` who may not touch `a_case`, and the refusal reason expected."""
    return {
        Role.REPORTER: (reporter(person_id=2), "not_reporter"),
        Role.OPERATOR: (operator(region=OTHER_REGION), "other_region"),
        Role.SUPERVISOR: (supervisor(region=OTHER_REGION), "other_region"),
        Role.MEDIATOR: (mediator(person_id=41, service_point_id=401), "not_assigned"),
    }[role]


def needs_approver(case: Case, trigger: Trigger, role: Role) -> bool:
    """True when the guard wants a supervisor's approval for ``role`` firing ``trigger``."""
    if trigger is Trigger.REJECT:
        return role is Role.OPERATOR
    if trigger is Trigger.START_MEDIATION:
        return case.is_domestic_violence
    if trigger is Trigger.CLOSE:
        return case.is_domestic_violence and role is not Role.SUPERVISOR
    return False


_DEST = {
    (source, spec["trigger"]): spec["dest"]
    for spec in TRANSITIONS
    if spec["trigger"] is not Trigger.RESUME
    for source in (spec["source"] if isinstance(spec["source"], list) else [spec["source"]])
}


def expected_destination(case: Case, trigger: Trigger) -> State:
    """Where the workflow table sends ``case`` on ``trigger`` (``resume``: where it was held from)."""
    if trigger is Trigger.RESUME:
        assert case.held_from is not None
        return case.held_from
    return _DEST[(case.state, trigger)]


def allowed_combinations() -> list[tuple[State, Trigger, Role]]:
    """Every (state, trigger, role) the tables allow on a stored case."""
    return [
        (state, trigger, role)
        for trigger in Trigger
        for state in ordered(sources_of(trigger))
        if state is not State.INTAKE
        for role in allowed_roles(trigger)
        # the reporter may reopen a closed case only, not a withdrawn one
        if not (trigger is Trigger.REOPEN and role is Role.REPORTER and state is State.WITHDRAWN)
    ]
