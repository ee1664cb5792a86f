"""Which events tell whom: outbox rows written in the transaction of the change.

Reporters are never written to when the case is ``no_contact``; for a hotline
case, what would be a message becomes a call-back task for the operator. Staff
never see her chat address, and she never sees theirs.
"""

from __future__ import annotations

import logging
from typing import Any

from storage import callbacks, people, staff_queries
from storage import staff as staff_store
from storage.uow import SqlUnitOfWork
from workflows.case import Case
from workflows.events import OutgoingNotice
from workflows.publishing import CaseChanged
from workflows.vocabulary import HANDED_BACK, Channel, ContactPreference, Role, Trigger

logger = logging.getLogger(__name__)

#: Triggers the reporter is told about, each with its own catalog message ``notice-<trigger>``.
REPORTER_NOTICES = frozenset(
    {
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
    }
)

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


class Notifications:
    """Who is told what; `on_case_changed` is the handler of every fired trigger."""

    async def on_case_changed(self, uow: SqlUnitOfWork, changed: CaseChanged) -> None:
        case, event = changed.case, changed.event
        trigger = event.trigger
        if event.role is Role.SYSTEM and event.data.get("reason") == HANDED_BACK:
            return  # a case taken from a deactivated staff member: `bot.staff_departure` tells whom it must
        if trigger is Trigger.SUBMIT:
            await self._to_region_staff(uow, case, "staff-new-case", ((open_button(case),),))
        elif trigger is Trigger.RAISE_EMERGENCY:
            ack = ("staff-button-ack", f"st:ack:{case.reference}")
            await self._to_region_staff(uow, case, "staff-alert-emergency", ((ack, open_button(case)),), urgent=True)
        elif trigger is Trigger.REOPEN and event.role is Role.REPORTER:
            await self._to_region_staff(uow, case, "staff-case-reopened", ((open_button(case),),))
        elif trigger is Trigger.DISPATCH:
            await self._dispatch_offered(uow, case)
        elif trigger is Trigger.DECLINE and case.owner_id is not None:
            await self.to_staff(
                uow, case.owner_id, "staff-declined", case, reason={"$text": str(event.data.get("reason", ""))[:500]}
            )
        if trigger in REPORTER_NOTICES and event.role is not Role.REPORTER:
            await self.to_reporter(uow, case, f"notice-{trigger.value}")

    async def to_reporter(
        self,
        uow: SqlUnitOfWork,
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
            await callbacks.add(
                uow.session,
                case_id=case.id,
                message_id=callback_message_id or message_id,
                args=args,
                now=uow.outbox.now,
            )
            return REACH_CALLBACK
        if case.reporter_id is None:
            return REACH_NONE
        addresses = await people.addresses_of(uow.session, case.reporter_id)
        if not addresses:
            return REACH_NONE
        locale = await people.locale_of(uow.session, case.reporter_id)
        args["$flags"] = dict(UNPROMPTED_FLAGS)
        await uow.outbox.put(OutgoingNotice(addresses[0], message_id, args, locale, case.id, buttons))
        return REACH_CHAT

    async def to_staff(
        self, uow: SqlUnitOfWork, person_id: int, message_id: str, case: Case, *, buttons: Buttons = (), **args: Any
    ) -> bool:
        if not await staff_store.is_active(uow.session, person_id):
            return False  # her access was ended: nothing about a case reaches her any more
        addresses = await people.addresses_of(uow.session, person_id)
        if not addresses:
            return False
        locale = await people.locale_of(uow.session, person_id)
        rows = buttons or ((open_button(case),),)
        await uow.outbox.put(
            OutgoingNotice(addresses[0], message_id, {**case_args(case), **args}, locale, case.id, rows)
        )
        return True

    async def _to_region_staff(
        self, uow: SqlUnitOfWork, case: Case, message_id: str, buttons: Buttons, *, urgent: bool = False, **args: Any
    ) -> None:
        for address, locale in await people.on_duty_addresses(uow.session, case.region):
            notice_args = {**case_args(case), **args}
            notice = OutgoingNotice(address, message_id, notice_args, locale, case.id, buttons, urgent=urgent)
            await uow.outbox.put(notice)

    async def _dispatch_offered(self, uow: SqlUnitOfWork, case: Case) -> None:
        targets = [case.assignee_id] if case.assignee_id is not None else []
        if not targets and case.service_point_id is not None:
            targets = await staff_queries.staff_of_point(uow.session, case.service_point_id)
        buttons = (
            (
                ("staff-button-take", f"st:take:{case.reference}"),
                ("staff-button-decline", f"st:decline:{case.reference}"),
            ),
            (open_button(case),),
        )
        for person_id in targets:
            await self.to_staff(uow, person_id, "staff-dispatch-offered", case, buttons=buttons)

    async def reporter_wrote(self, uow: SqlUnitOfWork, case: Case, text: str = "") -> None:
        """Relay what she added to the case's handler (assignee, else owner; before anyone
        handles it, e.g. right after "danger now", the on-duty staff of her region)."""
        reply = (("staff-button-message", f"st:msg:{case.reference}"), open_button(case))
        words = {"$text": text or "—"}
        for person_id in (case.assignee_id, case.owner_id):
            if person_id is None:
                continue
            if await self.to_staff(uow, person_id, "relay-from-reporter", case, buttons=(reply,), text=words):
                return
        await self._to_region_staff(uow, case, "relay-from-reporter", (reply,), text=words)
