"""The notices the case clock causes (`workflows.services.clock.ClockMarkFired`): outbox rows
written in the transaction that fires the mark, through `bot.notifications.Notifications`.

Reminders (50 %, 80 %) and the overdue notice go to the case's owner, else its handler, else
the staff on duty for its region; the escalation (150 %) goes to the region's supervisors,
with the case card's button. The reminders of a mediation window (2/3 and 90 % of the consent,
mediation or judicial-confirmation window) go to the mediator: the case's handler and its owner
when they are two people, else the staff on duty; the referral's overdue notice tells the owner
to chase the agency. Staff notices only: she is never told about the clock. Every one is a
background row of the outbox: the reader's replies and the cases' messages go before it.

A service order's marks (`OrderClockNotices`, docs/clock.md "Service orders"): an order not
dispatched or accepted in time reminds the staff on duty at the window of its region; an event not
recorded in time reminds the team's staff (else the window); at 150 % the region's supervisors
are asked to step in. Each in the reader's language, the first line only the order's reference,
its status and the due time.
"""

from __future__ import annotations

from typing import Any

from bot.notifications import Notifications, open_button
from workflows.case import Case
from workflows.events import OutgoingNotice
from workflows.orders import Order
from workflows.services.clock import ClockMarkFired, OrderClockFired
from workflows.timers import (
    ESCALATE,
    ORDER_DISPATCH_DUE,
    ORDER_ESCALATE,
    ORDER_RECORD_DUE,
    OVERDUE,
    REFERRAL_OVERDUE,
    REMIND_HALF,
    REMIND_LATE,
    WINDOW_NEAR_END,
    WINDOW_TWO_THIRDS,
)
from workflows.vocabulary import State

#: The message of each kind of mark.
MESSAGES = {
    REMIND_HALF: "clock-reminder-half",
    REMIND_LATE: "clock-reminder-late",
    OVERDUE: "clock-overdue",
    ESCALATE: "clock-escalation",
    REFERRAL_OVERDUE: "clock-referral-overdue",
}
#: The reminders of each mediation window (docs/clock.md, "Mediation windows"), by state and mark.
WINDOW_MESSAGES = {
    (State.MEDIATION_PENDING, WINDOW_TWO_THIRDS): "clock-window-consent-two-thirds",
    (State.MEDIATION_PENDING, WINDOW_NEAR_END): "clock-window-consent-near-end",
    (State.MEDIATING, WINDOW_TWO_THIRDS): "clock-window-mediation-two-thirds",
    (State.MEDIATING, WINDOW_NEAR_END): "clock-window-mediation-near-end",
    (State.AGREEMENT, WINDOW_TWO_THIRDS): "clock-window-confirmation-two-thirds",
    (State.AGREEMENT, WINDOW_NEAR_END): "clock-window-confirmation-near-end",
}


def clock_args(case: Case) -> dict[str, Any]:
    due = {"$date": case.due_at.isoformat()} if case.due_at is not None else {"$text": "—"}
    return {"status": {"$msg": f"state-{case.state.value}"}, "due": due}


class ClockNotices:
    """The handler of `ClockMarkFired`; the notifier says how each notice reaches its reader."""

    def __init__(self, notifier: Notifications) -> None:
        self.notifier = notifier

    async def on_mark(self, uow: Any, event: ClockMarkFired) -> None:
        case = event.case
        buttons = ((open_button(case),),)
        window = WINDOW_MESSAGES.get((event.timer.state, event.kind))
        if window is not None:
            await self._to_mediator(uow, case, window, buttons)
            return
        message = MESSAGES.get(event.kind)
        if message is None:
            return  # a kind of mark whose notices another handler writes
        if event.kind == ESCALATE:
            for person_id in await uow.staff_views.supervisors_for(case.region):
                await self.notifier.to_staff(
                    uow, person_id, message, case, buttons=buttons, background=True, **clock_args(case)
                )
            return
        for person_id in dict.fromkeys((case.owner_id, case.assignee_id)):
            if person_id is not None and await self.notifier.to_staff(
                uow, person_id, message, case, buttons=buttons, background=True, **clock_args(case)
            ):
                return
        await self.notifier.to_region_staff(uow, case, message, buttons, background=True, **clock_args(case))

    async def _to_mediator(self, uow: Any, case: Case, message: str, buttons: tuple) -> None:
        """The mediator: the case's handler (who took it) and its owner, each once; else the staff on duty."""
        told = False
        for person_id in dict.fromkeys((case.assignee_id, case.owner_id)):
            if person_id is not None and await self.notifier.to_staff(
                uow, person_id, message, case, buttons=buttons, background=True, **clock_args(case)
            ):
                told = True
        if not told:
            await self.notifier.to_region_staff(uow, case, message, buttons, background=True, **clock_args(case))


#: The message of each kind of a service order's mark.
ORDER_MESSAGES = {
    ORDER_DISPATCH_DUE: "clock-order-dispatch-due",
    ORDER_RECORD_DUE: "clock-order-record-due",
    ORDER_ESCALATE: "clock-order-escalation",
}


def order_clock_args(order: Order) -> dict[str, Any]:
    """Reference, status, region and due time only: never what was ordered (a lock screen)."""
    due = {"$date": order.due_at.isoformat()} if order.due_at is not None else {"$text": "—"}
    return {
        "reference": order.reference,
        "status": {"$msg": f"orders-state-{order.state.value}"},
        "region": {"$msg": f"region-{order.region}"},
        "due": due,
    }


class OrderClockNotices:
    """The handler of `OrderClockFired`: outbox rows in the transaction that fires the mark."""

    async def on_mark(self, uow: Any, event: OrderClockFired) -> None:
        order = event.order
        message = ORDER_MESSAGES.get(event.kind)
        if message is None:
            return
        args = order_clock_args(order)
        buttons = ((({"$text": order.reference}, f"so:card:{order.reference}"),),)
        if event.kind == ORDER_ESCALATE:
            for person_id in await uow.staff_views.supervisors_for(order.region):
                await self._to_person(uow, person_id, message, args, buttons)
            return
        if event.kind == ORDER_RECORD_DUE and order.team_id is not None:
            told = 0
            for person_id in await uow.staff_views.staff_of_point(order.team_id):
                told += await self._to_person(uow, person_id, message, args, buttons)
            if told:
                return
        for address, locale in await uow.people.on_duty_addresses(order.region):  # the window
            await uow.outbox.put(OutgoingNotice(address, message, dict(args), locale, buttons=buttons, background=True))

    @staticmethod
    async def _to_person(uow: Any, person_id: int, message: str, args: dict, buttons: tuple) -> bool:
        if not await uow.staff.is_active(person_id):
            return False
        addresses = await uow.people.addresses_of(person_id)
        if not addresses:
            return False
        locale = await uow.people.locale_of(person_id)
        await uow.outbox.put(
            OutgoingNotice(addresses[0], message, dict(args), locale, buttons=buttons, background=True)
        )
        return True


__all__ = ["MESSAGES", "ORDER_MESSAGES", "WINDOW_MESSAGES", "ClockNotices", "OrderClockNotices"]
