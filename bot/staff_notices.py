"""The notices the staff desk's events cause (`workflows.services.staff_desk`, `staff_access`):
handlers listed in the event table, each writing outbox rows (or a call-back task) in the
transaction of the change, through `bot.notifications.Notifications`.
"""

from __future__ import annotations

from typing import Any

from bot.notifications import Notifications
from workflows.services.staff_access import CaseHandedBack
from workflows.services.staff_desk import ApprovalDecided, ApprovalRequested, StaffWroteToReporter

#: The message a requester is sent per decision.
DECISION_MESSAGES = {
    "granted": "staff-approval-granted",
    "refused": "staff-approval-refused",
    "failed": "staff-approval-failed",
}


def trigger_name(trigger: Any) -> dict[str, Any]:
    return {"$msg": f"trigger-{trigger.value}"}


class StaffNotices:
    """Handlers of the staff desk's events; the notifier says how each reaches its reader."""

    def __init__(self, notifier: Notifications) -> None:
        self.notifier = notifier

    async def on_approval_requested(self, uow: Any, event: ApprovalRequested) -> None:
        """Each supervisor of the region gets Approve / Refuse, and the case."""
        case, requester = event.case, event.requested_by
        buttons = (
            (
                ("staff-button-approve", f"st:apv:{event.approval_id}"),
                ("staff-button-refuse", f"st:rfs:{event.approval_id}"),
            ),
            (({"$text": case.reference}, f"st:card:{case.reference}"),),
        )
        for person_id in event.supervisors:
            await self.notifier.to_staff(
                uow,
                person_id,
                "staff-approval-requested",
                case,
                trigger=trigger_name(event.trigger),
                who={"$text": requester.name or f"#{requester.id}"},
                buttons=buttons,
            )

    async def on_approval_decided(self, uow: Any, event: ApprovalDecided) -> None:
        """Whoever asked learns the decision."""
        await self.notifier.to_staff(
            uow, event.requested_by, DECISION_MESSAGES[event.outcome], event.case, trigger=trigger_name(event.trigger)
        )

    async def on_staff_wrote(self, uow: Any, event: StaffWroteToReporter) -> None:
        """Her handler's words as "your mediator" (or a call-back task, for a woman who is only called)."""
        case = event.case
        await self.notifier.to_reporter(
            uow,
            case,
            "relay-from-mediator",
            callback_message_id="callback-relay",
            text={"$text": event.text},
            buttons=((("relay-reply", f"reply:{case.reference}"),),),
        )

    async def on_case_handed_back(self, uow: Any, event: CaseHandedBack) -> None:
        """The region's supervisors and the case's owner learn the case needs a handler again."""
        for staff_id in event.tell:
            await self.notifier.to_staff(
                uow, staff_id, "staff-handed-back", event.case, staff={"$text": event.staff_name}
            )
