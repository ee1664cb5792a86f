"""The notices of the follow-up visit (回访): her questions when a follow-up mark fires, and the
owner and the region's supervisors told when she answers "no" or "partly".

Her question goes the way she chose to be reached (`Notifications.to_reporter`): in her chat,
in her language, with the neutral first line of every unprompted notice (it never names the
service); as a call-back task with the questions to ask when she is only ever called; nothing
when she asked not to be contacted.
"""

from __future__ import annotations

from typing import Any

from bot.notifications import Notifications, open_button
from workflows.follow_ups import ASKED, CALLBACK
from workflows.services.clock import ClockMarkFired
from workflows.services.follow_up import FollowUpConcern
from workflows.timers import FOLLOW_UP_ASK

#: Her first question: is the problem solved? (``fu:<round>:<reference>:s:<answer>``)
ASK_SOLVED = "follow-up-ask-solved"
#: The operator's call-back task: call her and ask the three questions.
CALLBACK_TASK = "follow-up-callback-task"
#: To the owner and the region's supervisors: she says it is not (fully) solved.
CONCERN = "follow-up-concern"


def solved_rows(round: int, reference: str) -> tuple:
    action = f"fu:{round}:{reference}:s:"
    return (
        (("follow-up-button-yes", action + "yes"),),
        (("follow-up-button-partly", action + "partly"),),
        (("follow-up-button-no", action + "no"),),
    )


class FollowUpNotices:
    """Handlers of `ClockMarkFired` (follow-up marks) and `FollowUpConcern`."""

    def __init__(self, notifier: Notifications) -> None:
        self.notifier = notifier

    async def on_mark(self, uow: Any, event: ClockMarkFired) -> None:
        round = FOLLOW_UP_ASK.get(event.kind)
        if round is None:
            return
        case = event.case
        asked = await uow.follow_ups.get(case.id, round)
        if asked is None or asked.status not in (ASKED, CALLBACK):
            return  # not to be contacted: nothing at all
        await self.notifier.to_reporter(
            uow,
            case,
            ASK_SOLVED,
            buttons=solved_rows(round, case.reference),
            callback_message_id=CALLBACK_TASK,
            round=round,
        )

    async def on_concern(self, uow: Any, event: FollowUpConcern) -> None:
        case, answer = event.case, event.follow_up
        args = {"round": answer.round, "solved": {"$msg": f"follow-up-solved-{answer.solved}"}}
        buttons = ((open_button(case),),)
        told = False
        for person_id in dict.fromkeys((case.owner_id, case.assignee_id)):
            if person_id is not None and await self.notifier.to_staff(
                uow, person_id, CONCERN, case, buttons=buttons, **args
            ):
                told = True
                break
        if not told:
            await self.notifier.to_region_staff(uow, case, CONCERN, buttons, **args)
        for person_id in await uow.staff_views.supervisors_for(case.region):
            if person_id not in (case.owner_id, case.assignee_id):
                await self.notifier.to_staff(uow, person_id, CONCERN, case, buttons=buttons, **args)


__all__ = ["ASK_SOLVED", "CALLBACK_TASK", "CONCERN", "FollowUpNotices", "solved_rows"]
