"""A case card for staff: summary, flags, her words, evidence, timeline, and the actions she may take now.

Never shows the reporter's chat address; her name or phone only when she gave them for contact.
"""

from __future__ import annotations

from typing import Any

from storage import staff_queries
from storage.uow import SqlUnitOfWork
from workflows.case import Actor, Case
from workflows.errors import NotPermitted
from workflows.machine import can_fire
from workflows.rules import acting_role
from workflows.vocabulary import ContactPreference, Role, State, Trigger

#: Card buttons per trigger: (label message id, action verb). Order is the order shown.
TRIGGER_BUTTONS: tuple[tuple[Trigger, str, str], ...] = (
    (Trigger.ACCEPT, "staff-button-accept", "accept"),
    (Trigger.DISPATCH, "staff-button-dispatch", "dsp"),
    (Trigger.TAKE, "staff-button-take", "take"),
    (Trigger.DECLINE, "staff-button-decline", "decline"),
    (Trigger.START_MEDIATION, "staff-button-start-mediation", "mediate"),
    (Trigger.PARTIES_CONSENT, "staff-button-parties-consent", "consent"),
    (Trigger.RECORD_SESSION, "staff-button-record-session", "session"),
    (Trigger.REACH_AGREEMENT, "staff-button-agreement", "agree"),
    (Trigger.TERMINATE_MEDIATION, "staff-button-terminate", "terminate"),
    (Trigger.REFER, "staff-button-refer", "refer"),
    (Trigger.REFERRAL_FEEDBACK, "staff-button-feedback", "feedback"),
    (Trigger.RESOLVE, "staff-button-resolve", "resolve"),
    (Trigger.CLOSE, "staff-button-close", "close"),
    (Trigger.REJECT, "staff-button-reject", "reject"),
    (Trigger.RAISE_EMERGENCY, "staff-button-emergency", "emerg"),
    (Trigger.HOLD, "staff-button-hold", "hold"),
    (Trigger.RESUME, "staff-button-resume", "resume"),
    (Trigger.REOPEN, "staff-button-reopen", "reopen"),
)
VERB_TRIGGER = {verb: trigger for trigger, _, verb in TRIGGER_BUTTONS}


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
    return case.is_open and Role.SUPERVISOR in actor.roles and actor.covers_region(case.region)


def action_rows(case: Case, actor: Actor) -> list[list[tuple[Any, str]]]:
    ref = case.reference
    buttons = [
        (label, f"st:{verb}:{ref}") for trigger, label, verb in TRIGGER_BUTTONS if may_fire(case, actor, trigger)
    ]
    if case.state is State.EMERGENCY and case.acknowledged_at is None and may_fire(case, actor, Trigger.ACCEPT):
        buttons.insert(0, ("staff-button-ack", f"st:ack:{ref}"))
    if may_relay(case, actor):
        buttons.append(("staff-button-message", f"st:msg:{ref}"))
    if may_mark_confidential(case, actor):
        label = "staff-button-confidential-off" if case.confidential else "staff-button-confidential-on"
        buttons.append((label, f"st:conf:{ref}"))
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def summary_args(case: Case) -> dict[str, Any]:
    """What every staff view of a case starts with, as catalog references."""
    return {
        "reference": {"$text": case.reference},
        "status": {"$msg": f"state-{case.state.value}"},
        "service": {"$msg": f"service-{case.service.value}"},
        "region": {"$msg": f"region-{case.region}"},
        "language": {"$msg": "language-self", "locale": case.language},
        "risk": {"$msg": f"risk-{case.risk.value}"},
    }


def case_line(case: Case) -> dict[str, Any]:
    """One line of a list (queue, mine, filters): reference, status, service, region, language, risk, age."""
    return {"$msg": "staff-case-line", "args": {**summary_args(case), "opened": {"$date": case.created_at.isoformat()}}}


#: How much of one entry a card shows; the rest is marked, and stays in the case.
CARD_ENTRY_CHARS = 3000


def shortened(text: str) -> str:
    return text if len(text) <= CARD_ENTRY_CHARS else text[:CARD_ENTRY_CHARS] + " […]"


def flags(case: Case) -> list[dict[str, Any]]:
    names = [
        ("minor_involved", "flag-minor"),
        ("elder_involved", "flag-elder"),
        ("anonymous", "flag-anonymous"),
        ("no_contact", "flag-no-contact"),
        ("wants_call_back", "flag-call-back"),
        ("confidential", "flag-confidential"),
        ("overdue", "flag-overdue"),
    ]
    return [{"$msg": message} for attribute, message in names if _flag(case, attribute)]


def _flag(case: Case, attribute: str) -> bool:
    if attribute == "wants_call_back":  # the phone may not be safe to write to: call, never write
        return case.contact is ContactPreference.PHONE_CALLBACK
    return bool(getattr(case, attribute))


def spoken_language(events: list[Any]) -> str | None:
    """The language she asked to be called in ("call me in my language"), from the opening event."""
    return events[0].data.get("spoken_language") if events else None


def spoken_arg(code: str | None) -> dict[str, Any]:
    if not code:
        return {"$text": ""}
    return {"$msg": "staff-card-spoken", "args": {"language": {"$msg": f"spoken-language-{code}"}}}


async def card(uow: SqlUnitOfWork, case: Case, actor: Actor) -> tuple[dict[str, Any], list[list[tuple[Any, str]]]]:
    """The arguments of ``staff-case-card`` and its buttons."""
    events = await uow.events.for_case(case.id)
    entries = await uow.entries.for_case(case.id)
    names = await staff_queries.staff_names(uow.session, [case.owner_id, case.assignee_id])
    point = await staff_queries.point_name(uow.session, case.service_point_id)
    words = [e for e in entries if e.kind in ("description", "message_in", "message_out", "contact", "callback")]
    evidence = [e for e in entries if e.kind == "evidence"]
    timeline = [
        {
            "$msg": "staff-timeline-line",
            "args": {
                "at": {"$date": e.at.isoformat()},
                "trigger": {"$msg": f"trigger-{e.trigger.value}"},
                "role": {"$msg": f"role-{e.role.value}"},
                "target": {"$msg": f"state-{e.to_state.value}"},
            },
        }
        for e in events
    ]
    said = [
        {
            "$msg": f"staff-entry-{entry.kind.replace('_', '-')}",
            "args": {"at": {"$date": entry.at.isoformat()}, "text": {"$text": shortened(entry.text)}},
        }
        for entry in words[-8:]
    ]
    files = [
        {
            "$msg": "staff-evidence-line",
            "args": {
                "name": {"$text": (e.attachment or {}).get("filename", "")},
                "size": (e.attachment or {}).get("size", 0),
            },
        }
        for e in evidence
    ]
    args = {
        **summary_args(case),
        "spoken": spoken_arg(spoken_language(events)),
        "channel": {"$msg": f"channel-{case.channel.value}"},
        "owner": {"$text": names.get(case.owner_id, "—")},
        "assignee": {"$text": names.get(case.assignee_id, point or "—")},
        "due": {"$date": case.due_at.isoformat()} if case.due_at else {"$text": "—"},
        "flags": {"$list": flags(case)} if flags(case) else {"$text": "—"},
        "words": {"$list": said} if said else {"$text": "—"},
        "evidence": {"$list": files} if files else {"$text": "—"},
        "timeline": {"$list": timeline},
    }
    return args, action_rows(case, actor)
