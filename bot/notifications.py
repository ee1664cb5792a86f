"""Which events tell whom: outbox rows written in the transaction of the change.

`on_case_changed` (the handler of `CaseChanged` in `bot.handlers`) reads two tables:
`SILENCED`, the changes this module says nothing about, and `ON_TRIGGER`, per trigger
the notices it sends (each with its condition), in order. A new notice for a trigger
is one row there.

Reporters are never written to when the case is ``no_contact``; for a hotline case,
or a woman who asked to be called back, what would be a message becomes a call-back
task for the operator. Staff never see her chat address, and she never sees theirs.
Only the unit of work's ports are used (people, staff, staff views, call-backs, outbox).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.triggers import REPORTER_NOTICES, TRIGGERS
from workflows.case import Case
from workflows.events import OutgoingNotice
from workflows.ports import UnitOfWork
from workflows.publishing import CaseChanged
from workflows.vocabulary import HANDED_BACK, Channel, ContactPreference, Role, Trigger

logger = logging.getLogger(__name__)

__all__ = [
    "REACH_CALLBACK",
    "REACH_CHAT",
    "REACH_NONE",
    "REPORTER_NOTICES",
    "UNPROMPTED_FLAGS",
    "Notifications",
    "case_args",
    "open_button",
    "reachable_in_chat",
]

Buttons = tuple[tuple[tuple[Any, str], ...], ...]

REACH_CHAT, REACH_CALLBACK, REACH_NONE = "chat", "callback", "none"


def case_args(case: Case) -> dict[str, Any]:
    return {
        "reference": {"$text": case.reference},
        "service": {"$msg": f"service-{case.service.value}"},
        "region": {"$msg": f"region-{case.region}"},
        "language": {"$msg": "language-self", "locale": case.language},
    }


#: Flags of every notice that reaches her unprompted: the safety row ("danger now", quick exit)
#: as on every prompt, and a neutral first line for lock screens (see `bot.rendering`).
UNPROMPTED_FLAGS = {"safety": True, "notice": True}


def reachable_in_chat(case: Case) -> bool:
    """Whether her case may be written about in chat at all.

    A hotline caller, or a woman who asked to be called back (the phone may not be safe
    to write to), is only ever called; "do not contact" means nothing at all.
    """
    if case.no_contact or case.contact is ContactPreference.NO_CONTACT:
        return False
    return case.channel is not Channel.HOTLINE and case.contact is not ContactPreference.PHONE_CALLBACK


def open_button(case: Case) -> tuple[Any, str]:
    return ("staff-button-open", f"st:card:{case.reference}")


# -- the per-trigger table -------------------------------------------------------------------------

#: Whether a row applies to this change.
Condition = Callable[[CaseChanged], bool]
#: What a row sends: the notifier, the unit of work of the change, the change.
Send = Callable[["Notifications", UnitOfWork, CaseChanged], Awaitable[None]]


def always(changed: CaseChanged) -> bool:
    return True


def by_reporter(changed: CaseChanged) -> bool:
    return changed.event.role is Role.REPORTER


def not_by_reporter(changed: CaseChanged) -> bool:
    return changed.event.role is not Role.REPORTER


def has_owner(changed: CaseChanged) -> bool:
    return changed.case.owner_id is not None


def handed_back(changed: CaseChanged) -> bool:
    """The system took the case from a deactivated staff member (`workflows.services.staff_access`)."""
    return changed.event.role is Role.SYSTEM and changed.event.data.get("reason") == HANDED_BACK


@dataclass(frozen=True)
class Silence:
    """A change this module tells nobody about, and who does instead."""

    when: Condition
    why: str


@dataclass(frozen=True)
class Notice:
    """One row: on ``trigger``, when ``when`` holds, ``send``."""

    trigger: Trigger
    send: Send
    when: Condition = always


def region_staff(message_id: str) -> Send:
    """The staff on duty for the case's region, with the case's card button."""

    async def send(notices: Notifications, uow: UnitOfWork, changed: CaseChanged) -> None:
        await notices.to_region_staff(uow, changed.case, message_id, ((open_button(changed.case),),))

    return send


async def emergency_page(notices: Notifications, uow: UnitOfWork, changed: CaseChanged) -> None:
    """The region's staff, urgently, with the acknowledge button first."""
    case = changed.case
    ack = ("staff-button-ack", f"st:ack:{case.reference}")
    await notices.to_region_staff(uow, case, "staff-alert-emergency", ((ack, open_button(case)),), urgent=True)


async def dispatch_offered(notices: Notifications, uow: UnitOfWork, changed: CaseChanged) -> None:
    """The mediator offered the case, else every staff member of the offered service point."""
    case = changed.case
    targets = [case.assignee_id] if case.assignee_id is not None else []
    if not targets and case.service_point_id is not None:
        targets = await uow.staff_views.staff_of_point(case.service_point_id)
    buttons = (
        (
            ("staff-button-take", f"st:take:{case.reference}"),
            ("staff-button-decline", f"st:decline:{case.reference}"),
        ),
        (open_button(case),),
    )
    for person_id in targets:
        await notices.to_staff(uow, person_id, "staff-dispatch-offered", case, buttons=buttons)


async def decline_to_owner(notices: Notifications, uow: UnitOfWork, changed: CaseChanged) -> None:
    """The case's owner hears that an offer was declined, and why (at most 500 characters)."""
    case = changed.case
    reason = {"$text": str(changed.event.data.get("reason", ""))[:500]}
    await notices.to_staff(uow, case.owner_id, "staff-declined", case, reason=reason)


async def reporter_notice(notices: Notifications, uow: UnitOfWork, changed: CaseChanged) -> None:
    """The trigger's notice to her (`bot.triggers`), the way she chose to be reached."""
    await notices.to_reporter(uow, changed.case, TRIGGERS[changed.event.trigger].notice)


#: Changes nobody is told about here, checked before `ON_TRIGGER`.
SILENCED: tuple[Silence, ...] = (
    Silence(handed_back, "staff_access.CaseHandedBack tells the supervisors and the owner what they must know"),
)

#: Who is told what, per trigger, in order (staff first, then her).
ON_TRIGGER: tuple[Notice, ...] = (
    Notice(Trigger.SUBMIT, region_staff("staff-new-case")),
    Notice(Trigger.RAISE_EMERGENCY, emergency_page),
    Notice(Trigger.REOPEN, region_staff("staff-case-reopened"), when=by_reporter),
    Notice(Trigger.DISPATCH, dispatch_offered),
    Notice(Trigger.DECLINE, decline_to_owner, when=has_owner),
    # Her notice, for each trigger the registry gives one (`bot.triggers.REPORTER_NOTICES`).
    *(Notice(trigger, reporter_notice, when=not_by_reporter) for trigger in sorted(REPORTER_NOTICES)),
)


def notices_for(trigger: Trigger) -> tuple[Notice, ...]:
    return _BY_TRIGGER.get(trigger, ())


_BY_TRIGGER: dict[Trigger, tuple[Notice, ...]] = {
    trigger: tuple(row for row in ON_TRIGGER if row.trigger is trigger) for trigger in {r.trigger for r in ON_TRIGGER}
}


# -- the notifier ----------------------------------------------------------------------------------


class Notifications:
    """Who is told what; `on_case_changed` is the handler of every fired trigger."""

    async def on_case_changed(self, uow: UnitOfWork, changed: CaseChanged) -> None:
        if any(rule.when(changed) for rule in SILENCED):
            return
        for row in notices_for(changed.event.trigger):
            if row.when(changed):
                await row.send(self, uow, changed)

    async def to_reporter(
        self,
        uow: UnitOfWork,
        case: Case,
        message_id: str,
        *,
        buttons: Buttons = (),
        callback_message_id: str | None = None,
        **args: Any,
    ) -> str:
        """Tell her the way she chose; return how: ``chat``, ``callback`` or ``none``.

        A hotline caller, or a woman who asked to be called back (the phone may not be
        safe to write to), gets a call-back task for the operator instead of a message;
        nothing at all when she asked not to be contacted.
        """
        if case.no_contact or case.contact is ContactPreference.NO_CONTACT:
            return REACH_NONE
        args = {"reference": {"$text": case.reference}, **args}
        if not reachable_in_chat(case):
            await uow.callbacks.add(
                case_id=case.id,
                message_id=callback_message_id or message_id,
                args=args,
                now=uow.outbox.now,
            )
            return REACH_CALLBACK
        if case.reporter_id is None:
            return REACH_NONE
        addresses = await uow.people.addresses_of(case.reporter_id)
        if not addresses:
            return REACH_NONE
        locale = await uow.people.locale_of(case.reporter_id)
        args["$flags"] = dict(UNPROMPTED_FLAGS)
        await uow.outbox.put(OutgoingNotice(addresses[0], message_id, args, locale, case.id, buttons))
        return REACH_CHAT

    async def to_staff(
        self,
        uow: UnitOfWork,
        person_id: int,
        message_id: str,
        case: Case,
        *,
        buttons: Buttons = (),
        background: bool = False,
        **args: Any,
    ) -> bool:
        if not await uow.staff.is_active(person_id):
            return False  # her access was ended: nothing about a case reaches her any more
        addresses = await uow.people.addresses_of(person_id)
        if not addresses:
            return False
        locale = await uow.people.locale_of(person_id)
        rows = buttons or ((open_button(case),),)
        await uow.outbox.put(
            OutgoingNotice(
                addresses[0], message_id, {**case_args(case), **args}, locale, case.id, rows, background=background
            )
        )
        return True

    async def to_region_staff(
        self,
        uow: UnitOfWork,
        case: Case,
        message_id: str,
        buttons: Buttons,
        *,
        urgent: bool = False,
        background: bool = False,
        **args: Any,
    ) -> None:
        """Every staff member on duty for the case's region (operators, supervisors)."""
        for address, locale in await uow.people.on_duty_addresses(case.region):
            notice_args = {**case_args(case), **args}
            notice = OutgoingNotice(
                address, message_id, notice_args, locale, case.id, buttons, urgent=urgent, background=background
            )
            await uow.outbox.put(notice)

    async def reporter_wrote(self, uow: UnitOfWork, case: Case, text: str = "") -> None:
        """Relay what she added to the case's handler (assignee, else owner; before anyone
        handles it, e.g. right after "danger now", the on-duty staff of her region)."""
        reply = (("staff-button-message", f"st:msg:{case.reference}"), open_button(case))
        words = {"$text": text or "—"}
        for person_id in (case.assignee_id, case.owner_id):
            if person_id is None:
                continue
            if await self.to_staff(uow, person_id, "relay-from-reporter", case, buttons=(reply,), text=words):
                return
        await self.to_region_staff(uow, case, "relay-from-reporter", (reply,), text=words)
