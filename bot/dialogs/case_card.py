"""A case card for staff: summary, flags, her words, evidence, timeline, and the actions she may take now.

Never shows the reporter's chat address; her name or phone only when she gave them for contact.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.dialogs.staff_forms import answer_args
from bot.triggers import TRIGGERS
from workflows.case import Actor, Case
from workflows.demo_points import demo_point_message
from workflows.dispatch import Candidate
from workflows.follow_ups import ANSWERED
from workflows.ports import UnitOfWork
from workflows.rules import may_fire, may_mark_confidential, may_relay
from workflows.vocabulary import Channel, ContactPreference, State, Trigger

#: Card buttons per trigger: (trigger, label message id, action verb), in the registry's order.
TRIGGER_BUTTONS: tuple[tuple[Trigger, str, str], ...] = tuple(
    (trigger, spec.button, spec.verb) for trigger, spec in TRIGGERS.items() if spec.button and spec.verb
)


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


def point_label(name: str) -> dict[str, Any]:
    """A service point's name in the reader's language when the catalogs have it (demo points)."""
    message = demo_point_message(name)
    return {"$msg": message} if message else {"$text": name}


def candidate_label(candidate: Candidate) -> dict[str, Any]:
    return point_label(candidate.name) if candidate.kind == "point" else {"$text": candidate.name}


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
    """One line of a list (queue, mine, filters): reference, status, service, region, language, risk, age;
    marked when the clock flagged the case overdue."""
    line = {"$msg": "staff-case-line", "args": {**summary_args(case), "opened": {"$date": case.created_at.isoformat()}}}
    return {"$msg": "staff-case-line-overdue", "args": {"line": line}} if case.overdue else line


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


def handler(name: str | None, point: str) -> dict[str, Any]:
    """Who handles it: the mediator by name, else the service point it was offered to."""
    if name:
        return {"$text": name}
    return point_label(point) if point else {"$text": "—"}


#: Transitions whose record is shown in full under their timeline line: the message and the form
#: that wrote the record (its fields name the message's arguments).
RECORD_LINES = {trigger: spec.record for trigger, spec in TRIGGERS.items() if spec.record}


def record_line(event: Any) -> dict[str, Any] | None:
    """A session's date, place, attendees, summary and next date, or the agreement's form and
    text, as a catalog reference; None for other events."""
    message = RECORD_LINES.get(event.trigger)
    if message is None:
        return None
    args = answer_args(TRIGGERS[event.trigger].form, event.data)
    for value in args.values():
        if "$text" in value:
            value["$text"] = shortened(str(value["$text"]))
    return {"$msg": message, "args": args}


def timeline_lines(
    events: list[Any], acknowledged: list[tuple[int | None, Any]], names: dict[int, str], duress: Sequence[Any] = ()
) -> list:
    """Each transition (with its record, for sessions and agreements), each acknowledgement, and each
    time her duress PIN raised the case (staff only: `workflows.services.pin_gate`), by time."""
    dated: list[tuple[Any, int, dict[str, Any]]] = []
    for order, event in enumerate(events):
        line = {
            "$msg": "staff-timeline-line",
            "args": {
                "at": {"$date": event.at.isoformat()},
                "trigger": {"$msg": f"trigger-{event.trigger.value}"},
                "role": {"$msg": f"role-{event.role.value}"},
                "target": {"$msg": f"state-{event.to_state.value}"},
            },
        }
        dated.append((event.at, 2 * order, line))
        record = record_line(event)
        if record is not None:
            dated.append((event.at, 2 * order + 1, record))
    for who, at in acknowledged:
        line = {
            "$msg": "staff-timeline-acknowledged",
            "args": {"at": {"$date": at.isoformat()}, "who": {"$text": names.get(who, "—")}},
        }
        dated.append((at, 2 * len(events), line))
    for at in duress:
        dated.append(
            (at, 2 * len(events) + 1, {"$msg": "staff-timeline-duress", "args": {"at": {"$date": at.isoformat()}}})
        )
    return [line for _, _, line in sorted(dated, key=lambda item: (item[0], item[1]))]


async def follow_up_flags(uow: UnitOfWork, case: Case) -> list[dict[str, Any]]:
    """Her answers to the follow-up visits (回访): whether it is solved and her satisfaction."""
    return [
        {
            "$msg": "flag-follow-up",
            "args": {
                "round": answer.round,
                "solved": {"$msg": f"follow-up-solved-{answer.solved}"},
                "satisfaction": {"$text": str(answer.satisfaction) if answer.satisfaction is not None else "—"},
            },
        }
        for answer in await uow.follow_ups.of_case(case.id)
        if answer.status == ANSWERED and answer.solved
    ]


#: WeChat lets the account write to her only this long after her last message (docs/wechat.md).
WECHAT_WINDOW = timedelta(hours=48)


async def wechat_flags(uow: UnitOfWork, case: Case, now: datetime | None) -> list[dict[str, Any]]:
    """ "Not reachable by WeChat until she writes again" when her case came by WeChat and her last
    message there is older than the 48-hour window (or no longer known). Her address is never shown."""
    if now is None or case.channel is not Channel.WECHAT or case.reporter_id is None or not case.is_open:
        return []
    addresses = [a for a in await uow.people.addresses_of(case.reporter_id) if a.startswith("wechat:")]
    times = [at for address in addresses if (at := await uow.conversations.last_turn_at(address)) is not None]
    if times and now - max(times) <= WECHAT_WINDOW:
        return []
    return [{"$msg": "wechat-card-unreachable"}]


async def card(
    uow: UnitOfWork, case: Case, actor: Actor, now: datetime | None = None
) -> tuple[dict[str, Any], list[list[tuple[Any, str]]]]:
    """The arguments of ``staff-case-card`` and its buttons (``now``: for what depends on the time)."""
    events = await uow.events.for_case(case.id)
    entries = await uow.entries.for_case(case.id)
    acknowledged = await uow.staff_views.acknowledgements(case.id)
    names = await uow.staff_views.staff_names([case.owner_id, case.assignee_id, *(who for who, _ in acknowledged)])
    point = await uow.staff_views.point_name(case.service_point_id)
    words = [
        e for e in entries if e.kind in ("description", "message_in", "message_out", "contact", "callback", "follow_up")
    ]
    evidence = [e for e in entries if e.kind == "evidence"]
    said = [
        {
            "$msg": f"staff-entry-{entry.kind.replace('_', '-')}",
            "args": {"at": {"$date": entry.at.isoformat()}, "text": {"$text": shortened(entry.text)}},
        }
        for entry in words[-8:]
    ]
    files = [
        {
            "$msg": "staff-evidence-size",
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
        "assignee": handler(names.get(case.assignee_id), point),
        "due": {"$date": case.due_at.isoformat()} if case.due_at else {"$text": "—"},
        "flags": {"$list": shown}
        if (shown := flags(case) + await follow_up_flags(uow, case) + await wechat_flags(uow, case, now))
        else {"$text": "—"},
        "words": {"$list": said} if said else {"$text": "—"},
        "evidence": {"$list": files} if files else {"$text": "—"},
        "timeline": {
            "$list": timeline_lines(events, acknowledged, names, await uow.pin_guesses.duress_alerts(case.id))
        },
    }
    return args, action_rows(case, actor)
