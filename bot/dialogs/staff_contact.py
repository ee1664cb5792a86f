"""Staff talking to her through the bot, and the 12338 hotline: relay, call-back tasks, calls
registered as cases.

A mixin of `bot.dialogs.staff.StaffDialog`: it relies on the dialog's ``visible_case``,
``show_case``, ``show_card_after`` and ``explain``. It only translates: the use cases are
`workflows.services.staff_desk` and `workflows.services.hotline`.
"""

from __future__ import annotations

import logging

from bot.dialogs.staff_forms import hotline_call
from bot.dialogs.turn import Turn
from workflows.case import Actor, Case
from workflows.errors import MissingData, NotPermitted
from workflows.rules import may_relay
from workflows.services.hotline import register_call
from workflows.services.staff_desk import Reach, StaleAction, complete_callback, write_to_reporter

logger = logging.getLogger(__name__)

#: What she is told after writing to the woman, per way it reaches her.
RELAY_ANSWERS = {
    Reach.CHAT: "staff-relay-sent",
    Reach.CALLBACK: "staff-relay-callback-task",
    Reach.NONE: "staff-relay-blocked-no-contact",
}


class StaffContact:
    """Relay and hotline handling of `StaffDialog` (see the module docstring)."""

    async def on_relay_text(self, turn: Turn, actor: Actor) -> None:
        reference = turn.state.staff_relay or ""
        turn.state.staff_relay = None
        turn.go("staff")
        case = await self.visible_case(turn, actor, reference)
        if case is not None:
            await self.relay(turn, actor, case, turn.text)

    async def relay(self, turn: Turn, actor: Actor, case: Case, words: str) -> None:
        """Her mediator's words reach her as "your mediator"; never the staff member's identity."""
        if not may_relay(case, actor):
            turn.say("refusal-not-assigned", safety=False)
            return
        if turn.inbound.attachments:
            turn.say("staff-relay-files-not-supported", safety=False)
        if not words.strip():
            turn.say("staff-relay-empty", safety=False)
            return
        try:
            reached = await write_to_reporter(
                turn.uow,
                reference=case.reference,
                actor=actor,
                words=words,
                now=turn.now,
                publish=turn.context.publish,
            )
        except NotPermitted:
            turn.say("refusal-not-assigned", safety=False)
            return
        turn.say(RELAY_ANSWERS[reached], reference={"$text": case.reference}, safety=False)
        await self.show_card_after(turn, actor, case.reference)

    async def register_call(self, turn: Turn, actor: Actor, answers: dict[str, str]) -> None:
        call = hotline_call(actor, turn.now, answers)
        try:
            registered = await register_call(turn.uow, call, turn.trigger_context())
        except (NotPermitted, MissingData) as error:
            await self.explain(turn, error)
            return
        opened = registered.opened
        turn.say(
            "hotline-registered", reference={"$text": opened.case.reference}, pin={"$text": opened.pin}, safety=False
        )
        if registered.earlier:  # only cases of her own regions; the number itself is never shown
            turn.say(
                "hotline-same-number",
                count=len(registered.earlier),
                references={"$text": ", ".join(registered.earlier)},
                safety=False,
            )
        await self.show_case(turn, actor, opened.case.reference)

    async def callback_done(self, turn: Turn, actor: Actor, task_id: int) -> None:
        try:
            done = await complete_callback(turn.uow, task_id=task_id, actor=actor, now=turn.now)
        except StaleAction as stale:
            turn.say(stale.code, safety=False)
            return
        turn.say(
            "staff-callback-done" if done.done else "staff-callback-already-done",
            reference={"$text": done.case.reference},
            safety=False,
        )
