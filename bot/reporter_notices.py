"""What the reporter side's use cases tell people: the handlers of their events.

The use cases (`workflows.services.her_cases`, `.pin_gate`, `.data_rights`) decide what happened
and whom it concerns; these handlers turn each event into outbox rows (or call-back tasks), in
the unit of work of the change. They are listed in `bot.handlers.rows`.
"""

from __future__ import annotations

from bot.notifications import UNPROMPTED_FLAGS, Notifications, case_args, open_button, reachable_in_chat
from workflows.events import OutgoingNotice
from workflows.ports import UnitOfWork
from workflows.publishing import Handler
from workflows.services.data_rights import ErasureDecided, ErasureRequested
from workflows.services.her_cases import ReporterWrote
from workflows.services.pin_gate import DuressAlarm, PinSprayAlarm


def relay(notifications: Notifications) -> Handler:
    """`ReporterWrote`: her words to the case's handler (`Notifications.reporter_wrote`)."""

    async def handle(uow: UnitOfWork, wrote: ReporterWrote) -> None:
        await notifications.reporter_wrote(uow, wrote.case, wrote.text)

    return handle


async def alert_duress(uow: UnitOfWork, alarm: DuressAlarm) -> None:
    """Her duress PIN: an urgent alert with the case's card to each staff member named."""
    case = alarm.case
    buttons = ((open_button(case),),)
    args = case_args(case)
    for address, locale in alarm.recipients:
        await uow.outbox.put(OutgoingNotice(address, "staff-alert-duress", args, locale, case.id, buttons, urgent=True))


async def alert_spray(uow: UnitOfWork, alarm: PinSprayAlarm) -> None:
    """A spray of wrong PINs: how many guesses at how many cases, to each supervisor named."""
    args = {"count": alarm.wrong, "cases": alarm.cases, "minutes": alarm.minutes}
    for address, locale in alarm.recipients:
        await uow.outbox.put(OutgoingNotice(address, "staff-alert-pin-spray", args, locale, None, ()))


def erasure_requested(notifications: Notifications) -> Handler:
    """`ErasureRequested`: the request, with approve and refuse buttons, to each supervisor named."""

    async def handle(uow: UnitOfWork, asked: ErasureRequested) -> None:
        case = asked.case
        buttons = (
            (
                ("staff-button-approve", f"st:apv:{asked.approval_id}"),
                ("staff-button-refuse", f"st:rfs:{asked.approval_id}"),
            ),
            (({"$text": case.reference}, f"st:card:{case.reference}"),),
        )
        whose = {"$msg": "staff-erasure-by-staff" if asked.on_behalf else "staff-erasure-by-her"}
        for person_id in asked.supervisors:
            await notifications.to_staff(uow, person_id, "staff-erasure-requested", case, whose=whose, buttons=buttons)

    return handle


def erasure_decided(notifications: Notifications) -> Handler:
    """`ErasureDecided`: she hears the decision where she may be written to, and so does the
    staff member who asked on her behalf."""

    async def handle(uow: UnitOfWork, decided: ErasureDecided) -> None:
        case = decided.case
        if not decided.approved:
            await notifications.to_reporter(uow, case, "data-erase-refused")
            if decided.requester is not None:
                await notifications.to_staff(uow, decided.requester, "staff-erasure-refused", case)
            return
        if decided.address and reachable_in_chat(case):
            args = {"reference": {"$text": case.reference}, "$flags": dict(UNPROMPTED_FLAGS)}
            await uow.outbox.put(OutgoingNotice(decided.address, "data-erase-done", args, decided.locale, None, ()))
        if decided.requester is not None:
            await notifications.to_staff(uow, decided.requester, "staff-erasure-done", case)

    return handle
