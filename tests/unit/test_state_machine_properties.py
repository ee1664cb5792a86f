"""Random triggers by random actors with random data, checked after every step.

Whatever happens: the state is the replay of the events; a closed, withdrawn or
not-accepted case is never left except by ``reopen`` (``not_accepted`` never); the
version grows by exactly one per change and there is one event per version; a
refused attempt changes nothing and is audited once.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from builders import OTHER_REGION, REGION, T0, TZ, VALID_DATA, mediator, operator, reporter, supervisor
from fakes import FakeUnitOfWork
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from workflows.case import Actor, Intake
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.events import AuditEntry
from workflows.machine import can_fire
from workflows.references import verify_pin
from workflows.rules import acting_role, allowed_roles
from workflows.services import apply_trigger, open_case, replay
from workflows.vocabulary import (
    ALL_REGIONS,
    CLOSED_STATES,
    UNKNOWN_REGION,
    Channel,
    Risk,
    Role,
    Service,
    State,
    Trigger,
)

REFUSALS = (InvalidTransition, NotPermitted, MissingData)

ACTORS = [
    reporter(1),
    reporter(2),
    operator(),
    operator(region=OTHER_REGION, person_id=21),
    supervisor(),
    Actor(id=31, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({ALL_REGIONS})),
    Actor(id=32, roles=frozenset({Role.OPERATOR, Role.SUPERVISOR}), regions=frozenset({REGION})),
    mediator(40, 400),
    mediator(41, 400),
    mediator(42, 401),
    Actor(
        id=43, roles=frozenset({Role.MEDIATOR, Role.OPERATOR}), regions=frozenset({OTHER_REGION}), service_point_id=401
    ),
    Actor.system(),
    Actor(id=50, roles=frozenset({Role.ADMIN}), regions=frozenset({ALL_REGIONS})),
]

#: Values a field may take: the valid ones, and a few a careless client might send.
FIELD_VALUES = {
    "assignee_id": st.sampled_from([40, 41, 42, 43, None]),
    "service_point_id": st.sampled_from([400, 401, None]),
    "owner_id": st.sampled_from([20, 21, 32, None]),
    "risk": st.sampled_from([*(r.value for r in Risk), "", "terrible"]),
    "agency": st.sampled_from(["police", "court", "legal_aid", "health", "secret police", ""]),
    "agreement_form": st.sampled_from(["written", "oral", "sung"]),
    "share_consent": st.sampled_from([True, False]),
    "legal_basis": st.sampled_from(["", "mandatory reporting"]),
    "reporter_opted_in": st.sampled_from([True, False]),
    "reporter_consent": st.sampled_from([True, False]),
    "other_party_consent": st.sampled_from([True, False]),
}


@st.composite
def trigger_data(draw, trigger: Trigger) -> dict:
    """Valid data for ``trigger``, sometimes with fields changed, dropped or blanked."""
    data = dict(VALID_DATA.get(trigger, {}))
    for name in draw(st.lists(st.sampled_from(sorted(FIELD_VALUES)), max_size=2, unique=True)):
        data[name] = draw(FIELD_VALUES[name])
    if data and draw(st.integers(0, 3)) == 3:
        key = draw(st.sampled_from(sorted(data)))
        if draw(st.booleans()):
            del data[key]
        else:
            data[key] = "  "
    return data


def mostly(draw, likely: list, anything: list):
    """Three times in four one of ``likely`` (when there is one), else one of ``anything``."""
    if likely and draw(st.integers(0, 3)) < 3:  # hypothesis favours 0: keep it "likely"
        return draw(st.sampled_from(likely))
    return draw(st.sampled_from(anything))


#: Triggers that fire from (almost) any open state; steered away from so cases get deep.
DETOURS = {Trigger.RAISE_EMERGENCY, Trigger.HOLD, Trigger.WITHDRAW}


def _may_act(case, actor: Actor, trigger: Trigger) -> bool:
    """Steers the search towards actors in scope (the checks below do not rely on it)."""
    try:
        acting_role(case, actor, trigger)
    except NotPermitted:
        return False
    return True


class CaseLife(RuleBasedStateMachine):
    """A few cases on one fake database, pushed around at random."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.uow = FakeUnitOfWork()
        self.references: list[str] = []
        self.now = T0

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def teardown(self) -> None:
        self.loop.run_until_complete(self.loop.shutdown_default_executor())
        self.loop.close()

    @rule(minutes=st.integers(min_value=1, max_value=60 * 24 * 10))
    def time_passes(self, minutes):
        self.now += timedelta(minutes=minutes)

    @precondition(lambda self: len(self.references) < 3)
    @rule(
        actor=st.sampled_from(ACTORS[:4] + [ACTORS[11]]),
        service=st.sampled_from(Service),
        region=st.sampled_from([REGION, OTHER_REGION, UNKNOWN_REGION]),
        risk=st.sampled_from(Risk),
        minor=st.booleans(),
        emergency=st.booleans(),
    )
    def open_a_case(self, actor, service, region, risk, minor, emergency):
        intake = Intake(
            service=service,
            region=region,
            language="zh-Hans-CN",
            channel=Channel.HOTLINE if Role.OPERATOR in actor.roles else Channel.TELEGRAM,
            description="what happened",
            consent_version="2026-01",
            minor_involved=minor,
            risk=risk,
            emergency_reason="danger now" if emergency else "",
        )
        reporter_id = actor.id if Role.REPORTER in actor.roles else None
        before = len(self.uow.db.events), len(self.uow.db.cases), self.uow.commits
        try:
            opened = self.run(
                open_case(self.uow, intake=intake, actor=actor, now=self.now, tz=TZ, reporter_id=reporter_id)
            )
        except REFUSALS:
            assert (len(self.uow.db.events), len(self.uow.db.cases), self.uow.commits) == before
            return
        stored = self.uow.case(opened.case.reference)
        assert stored.state is (State.EMERGENCY if emergency else State.NEW)
        assert stored.version == 1 and stored.pin_hash != opened.pin and verify_pin(opened.pin, stored.pin_hash)
        self.references.append(stored.reference)

    @precondition(lambda self: self.references)
    @rule(data=st.data())
    def fire_a_trigger(self, data):
        reference = data.draw(st.sampled_from(self.references))
        state = self.uow.case(reference).state
        triggers = [t for t in Trigger if t is not Trigger.SUBMIT]
        valid = [t for t in triggers if can_fire(state, t)]
        trigger = mostly(data.draw, mostly(data.draw, [[t for t in valid if t not in DETOURS]], [valid]), triggers)
        actor = mostly(data.draw, [a for a in ACTORS if _may_act(self.uow.case(reference), a, trigger)], ACTORS)
        approver = data.draw(st.none() | st.sampled_from(ACTORS))
        payload = data.draw(trigger_data(trigger))
        db = self.uow.db
        before = self.uow.case(reference)
        events_before, audit_before = self.uow.events_of(before.id), list(db.audit)
        try:
            event = self.run(
                apply_trigger(
                    self.uow,
                    reference=reference,
                    trigger=trigger,
                    actor=actor,
                    now=self.now,
                    tz=TZ,
                    data=payload,
                    approver=approver,
                )
            )
        except REFUSALS as refusal:
            assert self.uow.case(reference) == before
            assert self.uow.events_of(before.id) == events_before
            assert db.audit == [
                *audit_before,
                AuditEntry(before.id, actor.id, f"trigger:{trigger.value}", f"refused:{refusal.code}", self.now),
            ]
            # the state table alone decides InvalidTransition
            assert isinstance(refusal, InvalidTransition) is (not can_fire(before.state, trigger))
            return
        after = self.uow.case(reference)
        assert can_fire(before.state, trigger)
        assert after.version == before.version + 1
        assert self.uow.events_of(before.id) == [*events_before, event]
        assert db.audit == audit_before
        assert (event.seq, event.from_state, event.to_state) == (after.version, before.state, after.state)
        assert event.role in actor.roles and event.role in allowed_roles(trigger)
        if before.state in CLOSED_STATES:
            assert trigger is Trigger.REOPEN and before.state is not State.NOT_ACCEPTED
        if trigger is Trigger.RESUME:
            assert after.state is before.held_from

    @invariant()
    def every_case_is_the_replay_of_its_events(self):
        for reference in self.references:
            case = self.uow.case(reference)
            events = self.uow.events_of(case.id)
            assert [e.seq for e in events] == list(range(1, case.version + 1))
            assert replay(events) == (case.state, case.held_from)
            assert case.state is not State.INTAKE

    @invariant()
    def every_transaction_was_closed(self):
        assert self.uow.depth == 0


CaseLife.TestCase.settings = settings(
    max_examples=50, stateful_step_count=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_random_triggers_by_random_actors_keep_every_case_consistent = CaseLife.TestCase
