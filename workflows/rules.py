"""Who may fire which trigger, on which case, with which data — and what it changes.

Every check raises a typed error (`workflows.errors`) naming what a person must
be told; nothing is silently ignored. Pure functions over `Case` and `Actor`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from workflows.case import Actor, Case
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.machine import can_fire
from workflows.vocabulary import ASSESSED_RISKS, RISK_ORDER, Agency, Risk, Role, State, Trigger

R, W, M, S, T = Role.REPORTER, Role.OPERATOR, Role.MEDIATOR, Role.SUPERVISOR, Role.SYSTEM

#: Roles allowed per trigger, as in workflow.md. A supervisor may also do what an
#: operator may (in her regions); `allowed_roles` adds that.
TRIGGER_ROLES: dict[Trigger, tuple[Role, ...]] = {
    Trigger.SUBMIT: (R, W),
    Trigger.RAISE_EMERGENCY: (R, T, W, S),
    Trigger.ACCEPT: (W, S),
    Trigger.REJECT: (W, S),
    Trigger.DISPATCH: (W, S),
    Trigger.TAKE: (M,),
    Trigger.DECLINE: (M, T),  # T: hands back a case its target can no longer take
    Trigger.START_MEDIATION: (M, W),
    Trigger.PARTIES_CONSENT: (M,),
    Trigger.RECORD_SESSION: (M,),
    Trigger.REACH_AGREEMENT: (M,),
    Trigger.TERMINATE_MEDIATION: (M, R, T),
    Trigger.REFER: (W, M),
    Trigger.REFERRAL_FEEDBACK: (W, M),
    Trigger.RESOLVE: (M, W),
    Trigger.CLOSE: (W, S),
    Trigger.HOLD: (W, S),
    Trigger.RESUME: (W, S),
    Trigger.WITHDRAW: (R,),
    Trigger.REOPEN: (R, W, S),
}


def allowed_roles(trigger: Trigger) -> tuple[Role, ...]:
    roles = TRIGGER_ROLES[trigger]
    if W in roles and S not in roles:
        roles = (*roles, S)
    return roles


def _in_scope(case: Case, actor: Actor, role: Role, trigger: Trigger) -> str | None:
    """None when ``actor`` acting as ``role`` may touch ``case``; else the reason code."""
    if role is T:
        return None
    if role is R:
        return None if case.reporter_id is not None and actor.id == case.reporter_id else "not_reporter"
    if role is M:
        if trigger is Trigger.TAKE or trigger is Trigger.DECLINE:
            if case.assignee_id is not None:
                return None if actor.id == case.assignee_id else "not_assigned"
            if case.service_point_id is not None and actor.service_point_id == case.service_point_id:
                return None
            return "not_assigned"
        if case.state is State.DISPATCHED or actor.id != case.assignee_id:
            return "not_assigned"
        return None
    # operator or supervisor
    if not actor.covers_region(case.region):
        return "other_region"
    if case.confidential and role is W and actor.id not in (case.owner_id, case.assignee_id):
        return "confidential"
    return None


def acting_role(case: Case, actor: Actor, trigger: Trigger) -> Role:
    """The role in which ``actor`` fires ``trigger``, or `NotPermitted` with the reason."""
    reason = "role"
    # Staff who is both operator and supervisor acts as supervisor: her own authority
    # then counts where a guard asks for a supervisor (reject, closing a DV case).
    for role in sorted(allowed_roles(trigger), key=lambda r: r is not S):
        if role not in actor.roles:
            continue
        problem = _in_scope(case, actor, role, trigger)
        if problem is None:
            return role
        reason = problem
    raise NotPermitted(trigger=trigger.value, reason=reason)


def _need(data: Mapping, trigger: Trigger, *fields: str) -> None:
    for name in fields:
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise MissingData(trigger=trigger.value, field=name)


def _is_supervisor_for(approver: Actor | None, case: Case) -> bool:
    return approver is not None and S in approver.roles and approver.covers_region(case.region)


@dataclass(frozen=True)
class ApprovalRule:
    """A supervisor of the case's region must approve the trigger on the cases ``applies`` to."""

    applies: Callable[[Case], bool]
    #: Whether a supervisor acting herself must still be named as the approver (recorded as
    #: ``approved_by``); otherwise acting in her supervisor role is the approval.
    names_approver: bool = False


def _always(case: Case) -> bool:
    return True


def _domestic_violence(case: Case) -> bool:
    return case.is_domestic_violence


#: The one place that says which triggers need a supervisor's approval, and on which cases.
#: The staff dialog asks for the approval (`needs_approval`); the guard refuses without it.
APPROVALS: dict[Trigger, ApprovalRule] = {
    Trigger.REJECT: ApprovalRule(_always),
    Trigger.START_MEDIATION: ApprovalRule(_domestic_violence, names_approver=True),
    Trigger.CLOSE: ApprovalRule(_domestic_violence),
}


def needs_approval(case: Case, actor: Actor, trigger: Trigger) -> bool:
    """Whether ``actor`` must ask a supervisor of the case's region before firing ``trigger``."""
    rule = APPROVALS.get(trigger)
    return rule is not None and rule.applies(case) and not _is_supervisor_for(actor, case)


def own_approval(case: Case, actor: Actor, trigger: Trigger) -> Actor | None:
    """The approver to name when a supervisor of the region fires a trigger that must name one (herself)."""
    rule = APPROVALS.get(trigger)
    if rule is not None and rule.names_approver and rule.applies(case) and _is_supervisor_for(actor, case):
        return actor
    return None


def _check_approval(case: Case, role: Role, trigger: Trigger, approver: Actor | None) -> None:
    rule = APPROVALS.get(trigger)
    if rule is None or not rule.applies(case):
        return
    if role is S and not rule.names_approver:
        return
    if not _is_supervisor_for(approver, case):
        raise NotPermitted(trigger=trigger.value, reason="supervisor_approval")


#: Sharing without her consent needs a basis that the case itself shows (safety.md).
LEGAL_BASES = ("emergency", "child_protection")


def _legal_basis_holds(case: Case, basis: object) -> bool:
    if basis == "emergency":
        return case.state is State.EMERGENCY or RISK_ORDER[case.risk] >= RISK_ORDER[Risk.HIGH]
    if basis == "child_protection":
        return case.minor_involved
    return False


def check_data(case: Case, actor: Actor, role: Role, trigger: Trigger, data: Mapping, approver: Actor | None) -> None:
    """Raise `MissingData` / `NotPermitted` when the trigger's guard fails (the approval last)."""
    _check_fields(case, role, trigger, data)
    _check_approval(case, role, trigger, approver)


def _check_fields(case: Case, role: Role, trigger: Trigger, data: Mapping) -> None:
    t = trigger
    if t is Trigger.SUBMIT:
        _need(data, t, "service", "region", "consent_version")
        if not (data.get("description") or "").strip() and not data.get("attachment_count"):
            raise MissingData(trigger=t.value, field="description")
    elif t in (Trigger.RAISE_EMERGENCY, Trigger.DECLINE, Trigger.TERMINATE_MEDIATION, Trigger.HOLD):
        _need(data, t, "reason")
    elif t is Trigger.ACCEPT:
        if data.get("risk") and data["risk"] not in ASSESSED_RISKS:
            raise MissingData(trigger=t.value, field="risk")
    elif t is Trigger.REJECT:
        _need(data, t, "reason_code", "signposting")
    elif t is Trigger.DISPATCH:
        if data.get("assignee_id") is None and data.get("service_point_id") is None:
            raise MissingData(trigger=t.value, field="target")
    elif t is Trigger.START_MEDIATION:
        if data.get("reporter_opted_in") is not True:
            raise MissingData(trigger=t.value, field="reporter_opted_in")
        if case.is_domestic_violence:
            if case.risk is Risk.UNASSESSED:  # "medium or low" must be someone's assessment
                raise NotPermitted(trigger=t.value, reason="risk_not_assessed")
            if RISK_ORDER[case.risk] > RISK_ORDER[Risk.MEDIUM]:
                raise NotPermitted(trigger=t.value, reason="risk_too_high")
    elif t is Trigger.PARTIES_CONSENT:
        for name in ("reporter_consent", "other_party_consent"):
            if data.get(name) is not True:
                raise MissingData(trigger=t.value, field=name)
    elif t is Trigger.RECORD_SESSION:
        _need(data, t, "session_date", "attendees", "summary")
    elif t is Trigger.REACH_AGREEMENT:
        _need(data, t, "agreement_text", "agreement_form")
        if data["agreement_form"] not in ("written", "oral"):
            raise MissingData(trigger=t.value, field="agreement_form")
    elif t is Trigger.REFER:
        _need(data, t, "agency", "purpose")
        if data["agency"] not in {a.value for a in Agency}:
            raise MissingData(trigger=t.value, field="agency")
        basis = data.get("legal_basis")
        if data.get("share_consent") is not True and not basis:
            raise MissingData(trigger=t.value, field="share_consent")
        if data.get("share_consent") is not True and not _legal_basis_holds(case, basis):
            raise NotPermitted(trigger=t.value, reason="legal_basis_not_met")
    elif t is Trigger.REFERRAL_FEEDBACK:
        _need(data, t, "outcome")
    elif t is Trigger.RESOLVE:
        _need(data, t, "outcome")
    elif t is Trigger.CLOSE:
        _need(data, t, "closure_code")
    elif t is Trigger.WITHDRAW:
        if case.minor_involved:
            raise NotPermitted(trigger=t.value, reason="minor_involved")
    elif t is Trigger.REOPEN:
        _need(data, t, "reason")
        if role is R and case.state is not State.CLOSED:
            raise NotPermitted(trigger=t.value, reason="reporter_reopens_closed_only")


def check(case: Case, actor: Actor, trigger: Trigger, data: Mapping, approver: Actor | None = None) -> Role:
    """Every guard of ``trigger`` on ``case``; return the role the actor acts in."""
    if not can_fire(case.state, trigger):
        raise InvalidTransition(trigger=trigger.value, state=case.state.value, owner_id=case.owner_id)
    role = acting_role(case, actor, trigger)
    check_data(case, actor, role, trigger, data, approver)
    return role


def _accept(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.owner_id = data.get("owner_id") or actor.id
    if data.get("risk"):
        case.risk = Risk(data["risk"])


def _dispatch(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.assignee_id = data.get("assignee_id")
    case.service_point_id = data.get("service_point_id")


def _take(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.assignee_id = actor.id
    if actor.service_point_id is not None:
        case.service_point_id = actor.service_point_id


def _decline(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.assignee_id = None
    case.service_point_id = None


def _emergency(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.risk = Risk.IMMINENT
    case.acknowledged_at = None


def _hold(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.held_from = source


def _resume(case: Case, actor: Actor, data: Mapping, source: State) -> None:
    case.held_from = None


#: What a trigger changes beside the state (run after the machine moved the case).
EFFECTS: dict[Trigger, Callable[[Case, Actor, Mapping, State], None]] = {
    Trigger.HOLD: _hold,
    Trigger.ACCEPT: _accept,
    Trigger.DISPATCH: _dispatch,
    Trigger.TAKE: _take,
    Trigger.DECLINE: _decline,
    Trigger.RAISE_EMERGENCY: _emergency,
    Trigger.RESUME: _resume,
}


def may_fire(case: Case, actor: Actor, trigger: Trigger) -> bool:
    """State allows it and her role and scope do (data guards are checked when she acts)."""
    if not can_fire(case.state, trigger):
        return False
    try:
        acting_role(case, actor, trigger)
    except NotPermitted:
        return False
    return True


def may_relay(case: Case, actor: Actor) -> bool:
    """Her handler may write to her; before anyone handles it (a new or emergency case), the window may."""
    if not case.is_open:
        return False
    handler = case.assignee_id if case.assignee_id is not None else case.owner_id
    if handler is None:
        return may_fire(case, actor, Trigger.ACCEPT)
    return handler == actor.id


def may_mark_confidential(case: Case, actor: Actor) -> bool:
    """A supervisor of the case's region decides who may see it."""
    return case.is_open and S in actor.roles and actor.covers_region(case.region)
