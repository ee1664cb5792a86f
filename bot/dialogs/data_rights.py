"""Her data rights (PIPL): see what is held about her case, get a copy in the chat, ask for erasure.

Behind her PIN (from the case view, buttons ``data:*``), or by an operator or supervisor of the
case's region on her behalf from a call (``/data REF``, buttons ``st:data*``). Erasure needs a
supervisor's approval (`storage.approvals`, trigger ``erase``) and uses the same function as
retention (`storage.retention.erase_case`). A legal hold, a mediation under way or a child in
the case is explained plainly instead. Every view, copy, request and decision is audited.
Staff chat addresses are never shown: who handled her case is named by role.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot.dialogs import choices
from bot.dialogs.turn import Turn
from bot.notifications import UNPROMPTED_FLAGS, reachable_in_chat
from storage import approvals, people, retention, staff_queries
from workflows.case import Actor, Case
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted, StaleCase
from workflows.events import AuditEntry, OutgoingNotice
from workflows.services import apply_trigger
from workflows.vocabulary import Role, Trigger

logger = logging.getLogger(__name__)

ERASE = "erase"
#: Entry kinds shown by name; any other kind is shown as "other".
ENTRY_KINDS = ("description", "message_in", "message_out", "contact", "callback", "evidence")
#: How many characters of one entry a view shows (a copy has them all).
VIEW_CHARS = 300
#: A copy's message carries at most this many characters of her words.
COPY_CHARS = 3000


def blocked_reason(case: Case, legal_hold: bool) -> str | None:
    """Why her case cannot be erased now: ``legal-hold``, ``child``, ``mediation``; None if it can."""
    if legal_hold:
        return "legal-hold"
    if case.minor_involved:
        return "child"
    if case.state.value in retention.MEDIATION_STATES:
        return "mediation"
    return None


async def _legal_hold(turn: Turn, case: Case) -> bool:
    from sqlalchemy import select

    return bool(await turn.session.scalar(select(retention.CASES.c.legal_hold).where(retention.CASES.c.id == case.id)))


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
    reference = {"$text": case.reference}
    return [
        ("data-copy-header", {"reference": reference, "parts": len(parts)}),
        *parts,
        ("data-copy-end", {"reference": reference}),
    ]


async def _pending_request(turn: Turn, case: Case) -> bool:
    from sqlalchemy import func, select

    table = approvals.APPROVALS
    found = await turn.session.scalar(
        select(func.count())
        .select_from(table)
        .where(table.c.case_id == case.id, table.c.trigger == ERASE, table.c.status == "pending")
    )
    return bool(found)


async def _ask_supervisors(turn: Turn, case: Case, requested_by: int, on_behalf: bool) -> bool:
    """The erasure request, with approve and refuse buttons, to the supervisors of the region."""
    approval_id = await approvals.request(
        turn.session,
        case_id=case.id,
        trigger=ERASE,
        data={"on_behalf": on_behalf},
        requested_by=requested_by,
        now=turn.now,
    )
    supervisors = await staff_queries.supervisors_for(turn.session, case.region)
    sent = False
    for person_id in supervisors:
        sent |= await turn.context.notifier.to_staff(
            turn.uow,
            person_id,
            "staff-erasure-requested",
            case,
            whose={"$msg": "staff-erasure-by-staff" if on_behalf else "staff-erasure-by-her"},
            buttons=(
                (
                    ("staff-button-approve", f"st:apv:{approval_id}"),
                    ("staff-button-refuse", f"st:rfs:{approval_id}"),
                ),
                (({"$text": case.reference}, f"st:card:{case.reference}"),),
            ),
        )
    return sent


# -- her side (behind her PIN) ----------------------------------------------------------------


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
        await turn.uow.audit.record(AuditEntry(case.id, turn.person.id, "data_view", "reporter", turn.now))
        turn.say("data-view", buttons=[[("button-back", "data:menu")]], **await view_args(turn, case))
        return
    if action == "copy":
        await turn.uow.audit.record(AuditEntry(case.id, turn.person.id, "data_copy", "reporter", turn.now))
        for message_id, args in await copy_messages(turn, case):
            turn.say(message_id, **args)
        turn.say("data-copy-sent", reference=reference, buttons=[[("button-back", "data:menu")]])
        return
    if action == "erase":
        why = blocked_reason(case, await _legal_hold(turn, case))
        if why is not None:
            await turn.uow.audit.record(AuditEntry(case.id, None, "erase_request", f"blocked:{why}", turn.now))
            turn.say("data-erase-blocked", reference=reference, why={"$msg": f"erase-why-{why}"}, buttons=back)
            return
        if await _pending_request(turn, case):
            turn.say("data-erase-already-asked", reference=reference, buttons=back)
            return
        message = "data-erase-confirm-open" if case.is_open else "data-erase-confirm"
        turn.say(message, reference=reference, buttons=choices.yes_no_rows("der"))
        turn.data["erase_case"] = case.reference
        return
    if action in ("back",):
        await desk.show_case(turn, case)
        return
    turn.say("error-stale-button")
    await desk.show_case(turn, case)


async def on_confirm(desk: Any, turn: Turn, case: Case) -> None:
    """Her yes or no to the erasure request (``der:yes`` / ``der:no``)."""
    answer = choices.parse(turn.inbound.action, "der", ("yes", "no"))
    asked = turn.data.pop("erase_case", None)
    if answer != "yes" or asked != case.reference:
        turn.say("data-erase-cancelled")
        await desk.show_case(turn, case)
        return
    why = blocked_reason(case, await _legal_hold(turn, case))
    if why is not None:  # changed since she was asked
        turn.say("data-erase-blocked", reference={"$text": case.reference}, why={"$msg": f"erase-why-{why}"})
        await desk.show_case(turn, case)
        return
    if not await _pending_request(turn, case):
        await _ask_supervisors(turn, case, turn.person.id, on_behalf=False)
        await turn.uow.audit.record(AuditEntry(case.id, None, "erase_request", "asked:reporter", turn.now))
    quiet = "no" if reachable_in_chat(case) else "yes"  # the decision is told only where she may be written to
    turn.say("data-erase-requested", reference={"$text": case.reference}, quiet=quiet, buttons=choices.menu_rows())
    turn.go("menu")


# -- staff, on her behalf -----------------------------------------------------------------------


def may_act_for_her(case: Case, actor: Actor) -> bool:
    """An operator or supervisor of the case's region."""
    return bool(actor.roles & {Role.OPERATOR, Role.SUPERVISOR}) and actor.covers_region(case.region)


async def staff_show(dialog: Any, turn: Turn, actor: Actor, reference: str) -> None:
    """``/data REF``: what is held about her case, to read to her on a call, with copy and erase."""
    if not reference.strip():
        turn.say("staff-data-usage", safety=False)
        return
    case = await dialog.visible_case(turn, actor, reference)
    if case is None:
        return
    if not may_act_for_her(case, actor):
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "data_view", "refused", turn.now))
        turn.say("refusal-role", safety=False)
        return
    await turn.uow.audit.record(AuditEntry(case.id, actor.id, "data_view", "on_her_behalf", turn.now))
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
    if not may_act_for_her(case, actor):
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, verb, "refused", turn.now))
        turn.say("refusal-role", safety=False)
        return
    if verb == "dcopy":
        if not reachable_in_chat(case) or case.reporter_id is None:
            turn.say("staff-data-not-in-chat", reference=reference, safety=False)
            return
        addresses = await people.addresses_of(turn.session, case.reporter_id)
        if not addresses:
            turn.say("staff-data-not-in-chat", reference=reference, safety=False)
            return
        locale = await people.locale_of(turn.session, case.reporter_id)
        for message_id, args in await copy_messages(turn, case):
            args = {**args, "$flags": dict(UNPROMPTED_FLAGS)}
            await turn.uow.outbox.put(OutgoingNotice(addresses[0], message_id, args, locale, case.id, ()))
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "data_copy", "on_her_behalf", turn.now))
        turn.say("staff-data-copy-sent", reference=reference, safety=False)
        return
    why = blocked_reason(case, await _legal_hold(turn, case))
    if why is not None:
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", f"blocked:{why}", turn.now))
        turn.say("staff-erase-blocked", reference=reference, why={"$msg": f"erase-why-{why}"}, safety=False)
        return
    if await _pending_request(turn, case):
        turn.say("data-erase-already-asked", reference=reference, safety=False)
        return
    sent = await _ask_supervisors(turn, case, actor.id, on_behalf=True)
    await turn.uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "asked:on_her_behalf", turn.now))
    turn.say("staff-approval-sent" if sent else "staff-approval-no-supervisor", reference=reference, safety=False)


# -- the supervisor's decision ------------------------------------------------------------------


async def decide(dialog: Any, turn: Turn, actor: Actor, request: dict[str, Any], *, approved: bool) -> None:
    """Approve or refuse an erasure request (the ``st:apv`` / ``st:rfs`` buttons of `CaseActions.decide`)."""
    case = await turn.uow.cases.get_by_id(request["case_id"])
    if case is None or Role.SUPERVISOR not in actor.roles or not actor.covers_region(case.region):
        turn.say("refusal-supervisor-approval", safety=False)
        return
    reference = {"$text": case.reference}
    if not await approvals.decide(turn.session, request["id"], approved=approved, by=actor.id, now=turn.now):
        turn.say("staff-approval-already-decided", safety=False)
        return
    on_behalf = bool((request.get("data") or {}).get("on_behalf"))
    requester = request["requested_by"] if on_behalf else None
    if not approved:
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "refused", turn.now))
        await turn.context.notifier.to_reporter(turn.uow, case, "data-erase-refused")
        if requester is not None:
            await turn.context.notifier.to_staff(turn.uow, requester, "staff-erasure-refused", case)
        turn.say("staff-erasure-refused", reference=reference, safety=False)
        return
    why = blocked_reason(case, await _legal_hold(turn, case))
    if why is not None or not await _close_for_erasure(turn, case):
        await approvals.mark_failed(turn.session, request["id"])
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "failed", turn.now))
        turn.say("staff-erase-blocked", reference=reference, why={"$msg": f"erase-why-{why or 'open'}"}, safety=False)
        return
    # Where to tell her, read before her chat addresses are forgotten.
    addresses = await people.addresses_of(turn.session, case.reporter_id) if case.reporter_id else []
    locale = await people.locale_of(turn.session, case.reporter_id) if case.reporter_id else ""
    await turn.uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "approved", turn.now))
    files = await retention.erase_case(
        turn.session, case.id, now=turn.now, reason="on_her_behalf" if on_behalf else "her_request"
    )
    still = await retention.referenced_files(turn.session)
    await asyncio.to_thread(retention.delete_files, turn.context.evidence_store.folder, files - still)
    if addresses and reachable_in_chat(case):
        args = {"reference": reference, "$flags": dict(UNPROMPTED_FLAGS)}
        await turn.uow.outbox.put(OutgoingNotice(addresses[0], "data-erase-done", args, locale, None, ()))
    if requester is not None:
        await turn.context.notifier.to_staff(turn.uow, requester, "staff-erasure-done", case)
    turn.say("staff-erasure-done", reference=reference, safety=False)


async def _close_for_erasure(turn: Turn, case: Case) -> bool:
    """An open case (no mediation under way) is withdrawn first: only a done case is erased."""
    if not case.is_open:
        return True
    try:
        await apply_trigger(
            turn.uow,
            reference=case.reference,
            trigger=Trigger.WITHDRAW,
            actor=Actor.reporter(case.reporter_id),
            now=turn.now,
            tz=turn.context.zone,
            data={"reason": "erasure_request"},
            policy=turn.context.policy,
            publish=None,
        )
    except (InvalidTransition, NotPermitted, MissingData, CaseNotFound, StaleCase) as error:
        logger.info("erasure of %s: the case could not be withdrawn (%s)", case.reference, type(error).__name__)
        return False
    return True
