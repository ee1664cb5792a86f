"""Staff talking to her through the bot, and the 12338 hotline: relay, call-back tasks, calls
registered as cases.

A mixin of `bot.dialogs.staff.StaffDialog`: it relies on the dialog's ``visible_case``,
``show_case``, ``show_card_after`` and ``explain``.
"""

from __future__ import annotations

import logging

from bot.dialogs import case_card
from bot.dialogs.turn import Turn
from bot.notifications import REACH_CALLBACK, REACH_CHAT, REACH_NONE
from storage import callbacks, phone_matches
from workflows.case import Actor, Case, Intake
from workflows.errors import MissingData, NotPermitted
from workflows.events import CaseEntry
from workflows.services import open_case
from workflows.vocabulary import Channel, ContactPreference, Risk, Role, Service

logger = logging.getLogger(__name__)


class StaffContact:
    """Relay and hotline handling of `StaffDialog` (see the module docstring)."""

    async def on_relay_text(self, turn: Turn, actor: Actor) -> None:
        reference = turn.data.pop("staff_relay", "")
        turn.go("staff")
        case = await self.visible_case(turn, actor, reference)
        if case is not None:
            await self.relay(turn, actor, case, turn.text)

    async def relay(self, turn: Turn, actor: Actor, case: Case, words: str) -> None:
        """Her mediator's words reach her as "your mediator"; never the staff member's identity."""
        if not case_card.may_relay(case, actor):
            turn.say("refusal-not-assigned", safety=False)
            return
        if turn.inbound.attachments:
            turn.say("staff-relay-files-not-supported", safety=False)
        if not words.strip():
            turn.say("staff-relay-empty", safety=False)
            return
        await turn.uow.entries.add(
            CaseEntry(
                case.id,
                "message_out",
                turn.now,
                Role.MEDIATOR if Role.MEDIATOR in actor.roles else Role.OPERATOR,
                actor.id,
                text=words,
            )
        )
        reached = await turn.context.notifier.to_reporter(
            turn.uow,
            case,
            "relay-from-mediator",
            callback_message_id="callback-relay",
            text={"$text": words},
            buttons=((("relay-reply", f"reply:{case.reference}"),),),
        )
        answer = {
            REACH_CHAT: "staff-relay-sent",
            REACH_CALLBACK: "staff-relay-callback-task",
            REACH_NONE: "staff-relay-blocked-no-contact",
        }[reached]
        turn.say(answer, reference={"$text": case.reference}, safety=False)
        await self.show_card_after(turn, actor, case.reference)

    async def register_call(self, turn: Turn, actor: Actor, answers: dict[str, str]) -> None:
        intake = Intake(
            service=Service(answers["service"]),
            region=answers["region"],
            language=answers["language"],
            channel=Channel.HOTLINE,
            description=answers["description"],
            consent_version="hotline-oral-v1",
            minor_involved=answers.get("minor") == "yes",
            anonymous=True,
            contact=ContactPreference.PHONE_CALLBACK,
            risk=Risk(answers["risk"]),
            extra={"safe_times": answers.get("safe_times", "")},
        )
        try:
            opened = await open_case(
                turn.uow,
                intake=intake,
                actor=actor,
                now=turn.now,
                tz=turn.context.zone,
                policy=turn.context.policy,
                publish=turn.context.publish,
            )
        except (NotPermitted, MissingData) as error:
            await self.explain(turn, error)
            return
        contact = f"{answers.get('phone', '')}\n{answers.get('safe_times', '')}".strip()
        await turn.uow.entries.add(
            CaseEntry(opened.case.id, "contact", turn.now, Role.OPERATOR, actor.id, text=contact)
        )
        turn.say(
            "hotline-registered", reference={"$text": opened.case.reference}, pin={"$text": opened.pin}, safety=False
        )
        index = await phone_matches.remember_phone(turn.session, opened.case.id, answers.get("phone", ""))
        if index is not None:
            earlier = await phone_matches.earlier_references(turn.session, index, actor, exclude_case_id=opened.case.id)
            if earlier:  # only cases of her own regions; the number itself is never shown
                turn.say(
                    "hotline-same-number",
                    count=len(earlier),
                    references={"$text": ", ".join(earlier)},
                    safety=False,
                )
        await self.show_case(turn, actor, opened.case.reference)

    async def callback_done(self, turn: Turn, actor: Actor, task_id: int) -> None:
        task = await callbacks.get(turn.session, task_id)
        case = await turn.uow.cases.get_by_id(task["case_id"]) if task else None
        if case is None or not await self._visible(turn, actor, case):
            turn.say("error-stale-button", safety=False)
            return
        done = await callbacks.mark_done(turn.session, task_id, by=actor.id, now=turn.now)
        turn.say(
            "staff-callback-done" if done else "staff-callback-already-done",
            reference={"$text": case.reference},
            safety=False,
        )
