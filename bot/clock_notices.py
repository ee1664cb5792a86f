"""The notices the case clock causes (`workflows.services.clock.ClockMarkFired`): outbox rows
written in the transaction that fires the mark, through `bot.notifications.Notifications`.

Reminders (50 %, 80 %) and the overdue notice go to the case's owner, else its handler, else
the staff on duty for its region; the escalation (150 %) goes to the region's supervisors,
with the case card's button. Staff notices only: she is never told about the clock.
"""

from __future__ import annotations

from typing import Any

from bot.notifications import Notifications, open_button
from workflows.case import Case
from workflows.services.clock import ClockMarkFired
from workflows.timers import ESCALATE, OVERDUE, REMIND_HALF, REMIND_LATE

#: The message of each kind of mark.
MESSAGES = {
    REMIND_HALF: "clock-reminder-half",
    REMIND_LATE: "clock-reminder-late",
    OVERDUE: "clock-overdue",
    ESCALATE: "clock-escalation",
}


def clock_args(case: Case) -> dict[str, Any]:
    due = {"$date": case.due_at.isoformat()} if case.due_at is not None else {"$text": "—"}
    return {"status": {"$msg": f"state-{case.state.value}"}, "due": due}


class ClockNotices:
    """The handler of `ClockMarkFired`; the notifier says how each notice reaches its reader."""

    def __init__(self, notifier: Notifications) -> None:
        self.notifier = notifier

    async def on_mark(self, uow: Any, event: ClockMarkFired) -> None:
        case, message = event.case, MESSAGES.get(event.kind)
        if message is None:
            return  # a kind of mark whose notices another handler writes
        buttons = ((open_button(case),),)
        if event.kind == ESCALATE:
            for person_id in await uow.staff_views.supervisors_for(case.region):
                await self.notifier.to_staff(uow, person_id, message, case, buttons=buttons, **clock_args(case))
            return
        for person_id in dict.fromkeys((case.owner_id, case.assignee_id)):
            if person_id is not None and await self.notifier.to_staff(
                uow, person_id, message, case, buttons=buttons, **clock_args(case)
            ):
                return
        await self.notifier.to_region_staff(uow, case, message, buttons, **clock_args(case))


__all__ = ["MESSAGES", "ClockNotices"]
