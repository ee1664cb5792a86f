"""Her data rights (PIPL) in the conversation: what is held about her case, a copy, erasure.

Behind her PIN (from the case view, buttons ``data:*``), or by an operator or supervisor of the
case's region on her behalf from a call (``/data REF``, buttons ``st:data*``). The use cases
(`workflows.services.data_rights`) audit each view, copy, request and decision, refuse what may
not be done, and erase; this module only turns buttons into their commands and their results
into catalog messages. Staff chat addresses are never shown: who handled her case is named by role.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.dialogs import choices
from bot.dialogs.turn import Turn
from bot.notifications import UNPROMPTED_FLAGS, reachable_in_chat
from workflows.case import Actor, Case
from workflows.errors import ErasureAlreadyAsked, ErasureAlreadyDecided, ErasureBlocked, NotPermitted
from workflows.services import data_rights as rights
from workflows.services.data_rights import ERASE, DataRequest, DecideErasure, may_act_for_her  # noqa: F401
from workflows.vocabulary import Role

logger = logging.getLogger(__name__)

#: Entry kinds shown by name; any other kind is shown as "other".
ENTRY_KINDS = ("description", "message_in", "message_out", "contact", "callback", "evidence")
#: How many characters of one entry a view shows (a copy has them all).
VIEW_CHARS = 300
#: A copy's message carries at most this many characters of her words.
COPY_CHARS = 3000


def _kind(kind: str) -> dict[str, Any]:
    name = kind if kind in ENTRY_KINDS else "other"
    return {"$msg": f"data-kind-{name.replace('_', '-')}"}


async def view_args(turn: Turn, case: Case) -> dict[str, Any]:
    """Everything held about the case, as the arguments of ``data-view``."""
    entries = await turn.uow.entries.for_case(case.id)
    events = await turn.uow.events.for_case(case.id)
    words = [
        {
            "$msg": "data-word-line",
            "args": {
                "at": {"$date": e.at.isoformat()},
                "kind": _kind(e.kind),
                "text": {"$text": e.text if len(e.text) <= VIEW_CHARS else e.text[:VIEW_CHARS] + " […]"},
            },
        }
        for e in entries
        if e.text
    ]
    files = [
        {
            "$msg": "data-file-line",
            "args": {
                "at": {"$date": e.at.isoformat()},
                "name": {"$text": (e.attachment or {}).get("filename") or "—"},
                "size": (e.attachment or {}).get("size", 0),
            },
        }
        for e in entries
        if e.attachment
    ]
    handlers = []
    for role, person in ((Role.OPERATOR, case.owner_id), (Role.MEDIATOR, case.assignee_id)):
        if person is not None:
            handlers.append({"$msg": f"role-{role.value}"})
    if case.assignee_id is None and case.service_point_id is not None:
        handlers.append({"$msg": "data-handler-point"})
    steps = [
        {
            "$msg": "data-step-line",
            "args": {
                "at": {"$date": e.at.isoformat()},
                "trigger": {"$msg": f"trigger-{e.trigger.value}"},
                "role": {"$msg": f"role-{e.role.value}"},
            },
        }
        for e in events
    ]
    flags = [
        {"$msg": message}
        for flag, message in (
            (case.minor_involved, "flag-minor"),
            (case.elder_involved, "flag-elder"),
            (case.anonymous, "flag-anonymous"),
            (case.no_contact, "flag-no-contact"),
        )
        if flag
    ]
    dash = {"$text": "—"}
    return {
        "reference": {"$text": case.reference},
        "service": {"$msg": f"service-{case.service.value}"},
        "region": {"$msg": f"region-{case.region}"},
        "status": {"$msg": f"status-short-{case.state.value}"},
        "opened": {"$date": case.created_at.isoformat()},
        "risk": {"$msg": f"risk-{case.risk.value}"},
        "flags": {"$list": flags, "inline": True} if flags else dash,
        "handlers": {"$list": handlers, "inline": True} if handlers else dash,
        "words": {"$list": words} if words else dash,
        "files": {"$list": files} if files else dash,
        "steps": {"$list": steps} if steps else dash,
    }


async def orders_args(turn: Turn, person_id: int | None) -> dict[str, Any] | None:
    """Her service orders (reference, kind, state, dates, her contact) as the arguments of
    ``data-orders``; None when she has none. Only for her own chat: her contact is hers."""
    orders = await turn.uow.orders.of_orderer(person_id) if person_id is not None else []
    if not orders:
        return None
    dash = {"$text": "—"}
    lines = []
    for order in orders:
        contact = " ".join(v for v in (order.contact.get("name", ""), order.contact.get("phone", "")) if v)
        lines.append(
            {
                "$msg": "data-order-line",
                "args": {
                    "reference": {"$text": order.reference},
                    "kind": {"$msg": f"orders-kind-{order.kind.value}"},
                    "state": {"$msg": f"orders-state-{order.state.value}"},
                    "placed": {"$date": order.created_at.isoformat()} if order.created_at else dash,
                    "scheduled": {"$date": order.scheduled_at.isoformat()} if order.scheduled_at else dash,
                    "contact": {"$text": contact} if contact else dash,
                },
            }
        )
    return {"orders": {"$list": lines}}


async def copy_messages(turn: Turn, case: Case) -> list[tuple[str, dict[str, Any]]]:
    """The copy: a header, the summary, each of her words in full (long ones in parts), an end."""
    entries = [e for e in await turn.uow.entries.for_case(case.id) if e.text]
    parts: list[tuple[str, dict[str, Any]]] = [("data-view", await view_args(turn, case))]
    for entry in entries:
        text = entry.text
        pieces = [text[i : i + COPY_CHARS] for i in range(0, len(text), COPY_CHARS)] or [""]
        for piece in pieces:
            parts.append(
                (
                    "data-copy-entry",
                    {"at": {"$date": entry.at.isoformat()}, "kind": _kind(entry.kind), "text": {"$text": piece}},
                )
            )
    if (orders := await orders_args(turn, case.reporter_id)) is not None:
        parts.append(("data-orders", orders))
    reference = {"$text": case.reference}
    return [
        ("data-copy-header", {"reference": reference, "parts": len(parts)}),
        *parts,
        ("data-copy-end", {"reference": reference}),
    ]


# -- her side (behind her PIN) ----------------------------------------------------------------


def _hers(turn: Turn, case: Case) -> DataRequest:
    return DataRequest(case=case, by=turn.person.id, now=turn.now)


async def on_action(desk: Any, turn: Turn, case: Case) -> None:
    """A ``data:*`` button pressed in her case view (the case is hers and unlocked: `CaseDesk._own_case`)."""
    action = turn.inbound.action.partition(":")[2]
    reference = {"$text": case.reference}
    back = [[("button-back", "data:back")]]
    if action == "menu":
        turn.say(
            "data-menu",
            reference=reference,
            buttons=[
                [("data-button-see", "data:see"), ("data-button-copy", "data:copy")],
                [("data-button-erase", "data:erase")],
                [("button-back", "data:back")],
            ],
        )
        return
    if action == "see":
        await rights.record_access(turn.uow, _hers(turn, case), "data_view")
        orders = await orders_args(turn, turn.person.id)
        back_row = [[("button-back", "data:menu")]]
        turn.say("data-view", buttons=None if orders else back_row, **await view_args(turn, case))
        if orders is not None:  # her orders follow her case: reference, state, dates, her contact
            turn.say("data-orders", buttons=back_row, **orders)
        return
    if action == "copy":
        await rights.record_access(turn.uow, _hers(turn, case), "data_copy")
        for message_id, args in await copy_messages(turn, case):
            turn.say(message_id, **args)
        turn.say("data-copy-sent", reference=reference, buttons=[[("button-back", "data:menu")]])
        return
    if action == "erase":
        try:
            await rights.check_erasure(turn.uow, _hers(turn, case))
        except ErasureBlocked as blocked:
            turn.say("data-erase-blocked", reference=reference, why={"$msg": f"erase-why-{blocked.why}"}, buttons=back)
            return
        except ErasureAlreadyAsked:
            turn.say("data-erase-already-asked", reference=reference, buttons=back)
            return
        message = "data-erase-confirm-open" if case.is_open else "data-erase-confirm"
        turn.say(message, reference=reference, buttons=choices.yes_no_rows("der"))
        turn.state.erase_case = case.reference
        return
    if action in ("back",):
        await desk.show_case(turn, case)
        return
    turn.say("error-stale-button")
    await desk.show_case(turn, case)


async def on_confirm(desk: Any, turn: Turn, case: Case) -> None:
    """Her yes or no to the erasure request (``der:yes`` / ``der:no``)."""
    answer = choices.parse(turn.inbound.action, "der", ("yes", "no"))
    asked, turn.state.erase_case = turn.state.erase_case, None
    if answer != "yes" or asked != case.reference:
        turn.say("data-erase-cancelled")
        await desk.show_case(turn, case)
        return
    try:
        await rights.request_erasure(turn.uow, _hers(turn, case), turn.context.publish)
    except ErasureBlocked as blocked:  # changed since she was asked
        turn.say("data-erase-blocked", reference={"$text": case.reference}, why={"$msg": f"erase-why-{blocked.why}"})
        await desk.show_case(turn, case)
        return
    quiet = "no" if reachable_in_chat(case) else "yes"  # the decision is told only where she may be written to
    turn.say("data-erase-requested", reference={"$text": case.reference}, quiet=quiet, buttons=choices.menu_rows())
    turn.go("menu")


# -- staff, on her behalf -----------------------------------------------------------------------


def _on_behalf(turn: Turn, actor: Actor, case: Case) -> DataRequest:
    return DataRequest(case=case, by=actor.id, now=turn.now, staff=actor)


async def staff_show(dialog: Any, turn: Turn, actor: Actor, reference: str) -> None:
    """``/data REF``: what is held about her case, to read to her on a call, with copy and erase."""
    if not reference.strip():
        turn.say("staff-data-usage", safety=False)
        return
    case = await dialog.visible_case(turn, actor, reference)
    if case is None:
        return
    try:
        await rights.record_access(turn.uow, _on_behalf(turn, actor, case), "data_view")
    except NotPermitted:
        turn.say("refusal-role", safety=False)
        return
    turn.say(
        "data-view",
        buttons=[
            [("staff-data-button-copy", f"st:dcopy:{case.reference}")],
            [("staff-data-button-erase", f"st:derase:{case.reference}")],
        ],
        safety=False,
        **await view_args(turn, case),
    )


async def staff_action(dialog: Any, turn: Turn, actor: Actor, verb: str, case: Case) -> None:
    """``st:dcopy:REF`` (a copy to her chat) or ``st:derase:REF`` (ask a supervisor to erase)."""
    reference = {"$text": case.reference}
    request = _on_behalf(turn, actor, case)
    try:
        await rights.authorize(turn.uow, request, verb)
    except NotPermitted:
        turn.say("refusal-role", safety=False)
        return
    if verb == "dcopy":
        addresses = await turn.uow.people.addresses_of(case.reporter_id) if case.reporter_id is not None else []
        if not reachable_in_chat(case) or not addresses:
            turn.say("staff-data-not-in-chat", reference=reference, safety=False)
            return
        locale = await turn.uow.people.locale_of(case.reporter_id)
        for message_id, args in await copy_messages(turn, case):
            to_her = turn.say(message_id, safety=False, **args)
            to_her.address, to_her.locale, to_her.case_id = addresses[0], locale, case.id
            to_her.flags = dict(UNPROMPTED_FLAGS)
        await rights.record_access(turn.uow, request, "data_copy")
        turn.say("staff-data-copy-sent", reference=reference, safety=False)
        return
    try:
        asked = await rights.request_erasure(turn.uow, request, turn.context.publish)
    except ErasureBlocked as blocked:
        turn.say("staff-erase-blocked", reference=reference, why={"$msg": f"erase-why-{blocked.why}"}, safety=False)
        return
    if asked is None:
        turn.say("data-erase-already-asked", reference=reference, safety=False)
        return
    message = "staff-approval-sent" if asked.told else "staff-approval-no-supervisor"
    turn.say(message, reference=reference, safety=False)


# -- the supervisor's decision ------------------------------------------------------------------


async def decide(dialog: Any, turn: Turn, actor: Actor, request: dict[str, Any], *, approved: bool) -> None:
    """Approve or refuse an erasure request (the ``st:apv`` / ``st:rfs`` buttons of `CaseActions.decide`)."""
    command = DecideErasure(approval_id=request["id"], approver=actor, approved=approved, now=turn.now)
    try:
        done = await rights.decide_erasure(
            turn.uow, command, tz=turn.context.zone, policy=turn.context.policy, publish=turn.context.publish
        )
    except NotPermitted:
        turn.say("refusal-supervisor-approval", safety=False)
        return
    except ErasureAlreadyDecided:
        turn.say("staff-approval-already-decided", safety=False)
        return
    except ErasureBlocked as blocked:
        case = await turn.uow.cases.get_by_id(request["case_id"])
        reference = {"$text": case.reference}
        turn.say("staff-erase-blocked", reference=reference, why={"$msg": f"erase-why-{blocked.why}"}, safety=False)
        return
    if done is None:
        case = await turn.uow.cases.get_by_id(request["case_id"])
        turn.say("staff-erasure-refused", reference={"$text": case.reference}, safety=False)
        return
    await asyncio.to_thread(turn.context.evidence_store.delete, done.files)
    turn.say("staff-erasure-done", reference={"$text": done.case.reference}, safety=False)
