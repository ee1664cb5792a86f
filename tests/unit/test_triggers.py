"""The per-trigger registry (`bot.triggers`): one row per trigger, read by the card, the forms and the notices."""

from __future__ import annotations

import pytest

from bot.dialogs import case_card, staff_forms
from bot.triggers import REPORTER_NOTICES, TRIGGERS, VERB_TRIGGER
from workflows.case import Actor, Case
from workflows.errors import NotPermitted
from workflows.rules import APPROVALS, check, needs_approval
from workflows.vocabulary import DOMESTIC_VIOLENCE_SERVICE, Channel, Risk, Role, Service, State, Trigger


def test_every_trigger_has_exactly_one_row() -> None:
    assert set(TRIGGERS) == set(Trigger)
    assert all(trigger is spec.trigger for trigger, spec in TRIGGERS.items())


def test_each_button_has_a_label_and_a_verb_of_its_own() -> None:
    with_button = [spec for spec in TRIGGERS.values() if spec.button or spec.verb]
    assert all(spec.button and spec.verb for spec in with_button)
    assert len(VERB_TRIGGER) == len(with_button)
    assert all(":" not in verb for verb in VERB_TRIGGER)


def test_the_card_the_forms_and_the_timeline_read_the_registry() -> None:
    assert [trigger for trigger, _, _ in case_card.TRIGGER_BUTTONS] == [t for t, s in TRIGGERS.items() if s.button]
    assert staff_forms.FORMS == {t: s.form for t, s in TRIGGERS.items() if s.form}
    assert staff_forms.REVIEWS == {t: s.review for t, s in TRIGGERS.items() if s.review}
    assert case_card.RECORD_LINES == {t: s.record for t, s in TRIGGERS.items() if s.record}


def test_she_is_told_about_the_same_triggers_as_before_the_registry() -> None:
    assert {
        Trigger.ACCEPT,
        Trigger.REJECT,
        Trigger.TAKE,
        Trigger.START_MEDIATION,
        Trigger.REACH_AGREEMENT,
        Trigger.TERMINATE_MEDIATION,
        Trigger.REFER,
        Trigger.RESOLVE,
        Trigger.CLOSE,
        Trigger.REOPEN,
    } == REPORTER_NOTICES
    assert all(TRIGGERS[t].notice == f"notice-{t.value}" for t in REPORTER_NOTICES)


def test_form_answers_become_the_data_the_guard_expects() -> None:
    assert TRIGGERS[Trigger.START_MEDIATION].to_data({"reporter_opted_in": "yes"}) == {"reporter_opted_in": True}
    assert TRIGGERS[Trigger.PARTIES_CONSENT].to_data({"both_consent": "yes"}) == {
        "reporter_consent": True,
        "other_party_consent": True,
    }
    assert TRIGGERS[Trigger.REFER].to_data({"agency": "police", "share_basis": "consent"}) == {
        "agency": "police",
        "share_consent": True,
    }
    assert TRIGGERS[Trigger.REFER].to_data({"share_basis": "emergency"}) == {"legal_basis": "emergency"}
    assert TRIGGERS[Trigger.HOLD].to_data({"reason": "x"}) == {"reason": "x"}


def _case(service: Service, state: State, risk: Risk = Risk.MEDIUM) -> Case:
    case = Case(reference="HL-2026-000001", service=service, region="hailar", language="en", channel=Channel.WEB)
    case.state, case.risk, case.id, case.owner_id, case.assignee_id = state, risk, 1, 7, 8
    return case


OPERATOR = Actor(id=7, roles=frozenset({Role.OPERATOR}), regions=frozenset({"hailar"}))
SUPERVISOR = Actor(id=9, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({"hailar"}))
MEDIATOR = Actor(id=8, roles=frozenset({Role.MEDIATOR}), regions=frozenset({"hailar"}))


@pytest.mark.parametrize(
    ("trigger", "state", "actor", "data"),
    [
        (Trigger.REJECT, State.NEW, OPERATOR, {"reason_code": "duplicate", "signposting": "x"}),
        (Trigger.CLOSE, State.FOLLOW_UP, OPERATOR, {"closure_code": "resolved"}),
        (Trigger.START_MEDIATION, State.IN_PROGRESS, MEDIATOR, {"reporter_opted_in": True}),
    ],
)
def test_the_approval_the_registry_asks_for_is_the_one_the_guard_enforces(trigger, state, actor, data) -> None:
    case = _case(DOMESTIC_VIOLENCE_SERVICE, state)
    assert TRIGGERS[trigger].approval is APPROVALS[trigger]
    assert TRIGGERS[trigger].needs_approval(case, actor) is needs_approval(case, actor, trigger) is True
    with pytest.raises(NotPermitted) as refused:
        check(case, actor, trigger, data)
    assert refused.value.reason == "supervisor_approval"
    check(case, actor, trigger, data, approver=SUPERVISOR)  # the approval is all that was missing
    assert not TRIGGERS[trigger].needs_approval(case, SUPERVISOR)
