"""What staff do to a case from its card: fire a trigger (asking a supervisor's approval where
the rules need one), acknowledge an emergency, mark a case confidential, dispatch.

A mixin of `bot.dialogs.staff.StaffDialog`: it relies on the dialog's ``visible_case``,
``show_case`` and ``show_card_after`` (every action ends with the fresh card and its next
actions). It only translates: the use cases are `workflows.services.staff_desk`, and every
action is authorized again there by `workflows.rules`.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.dialogs import case_card, data_rights
from bot.dialogs.turn import Turn
from bot.staff_notices import DECISION_MESSAGES
from workflows.case import Actor, Case
from workflows.dispatch import Candidate, rank
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.services.staff_desk import (
    REFUSALS,
    AlreadyDecided,
    ApprovalAsked,
    DecideApproval,
    Fired,
    FireTrigger,
    StaleAction,
    acknowledge_emergency,
    decide_approval,
    fire_or_ask,
    toggle_confidential,
)
from workflows.vocabulary import UNKNOWN_REGION, Trigger

logger = logging.getLogger(__name__)


def nearby_first(case: Case, candidates: list[Candidate], spoken: str | None) -> tuple[list, list]:
    """(those in the case's region or speaking her spoken language, everyone else).

    A case whose region she was not sure of has no "near": everyone is listed at once.
    """
    if case.region == UNKNOWN_REGION:
        return list(candidates), []
    near = [c for c in candidates if c.region == case.region or (spoken and spoken in c.languages)]
    return near, [c for c in candidates if c not in near]


class CaseActions:
    """Card actions of `StaffDialog` (see the module docstring)."""

    async def toggle_confidential(self, turn: Turn, actor: Actor, case: Case) -> None:
        """Confidential: only the staff named on the case (and supervisors of its region) see it."""
        try:
            marked = await toggle_confidential(turn.uow, reference=case.reference, actor=actor, now=turn.now)
        except NotPermitted as refusal:
            turn.say(f"refusal-{refusal.reason}", safety=False)
            return
        turn.say(
            "staff-confidential-on" if marked else "staff-confidential-off",
            reference={"$text": case.reference},
            safety=False,
        )
        await self.show_card_after(turn, actor, case.reference)

    async def acknowledge(self, turn: Turn, actor: Actor, case: Case) -> None:
        """The first press is recorded with her name and the time; later ones are told by whom."""
        try:
            done = await acknowledge_emergency(turn.uow, reference=case.reference, actor=actor, now=turn.now)
        except StaleAction as stale:
            turn.say(stale.code, safety=False)
            return
        if done.first:
            turn.say("staff-acknowledged", reference={"$text": case.reference}, safety=False)
        else:
            names = await turn.uow.staff_views.staff_names([done.by])
            turn.say(
                "staff-already-acknowledged",
                reference={"$text": case.reference},
                who={"$text": names.get(done.by, "—")},
                at={"$date": done.at.isoformat()},
                safety=False,
            )
        await self.show_card_after(turn, actor, case.reference)

    async def suggest(self, turn: Turn, actor: Actor, case: Case, *, elsewhere: bool = False) -> None:
        """Ranked dispatch suggestions: the case's region first (and whoever speaks the language
        she asked to be called in); the other regions only behind "more"."""
        if not case_card.may_fire(case, actor, Trigger.DISPATCH):
            await self.fire(turn, actor, case, Trigger.DISPATCH, {})
            return
        spoken = case_card.spoken_language(await turn.uow.events.for_case(case.id))
        near, far = nearby_first(case, await turn.uow.staff_views.dispatch_candidates(), spoken)
        shown = far if elsewhere else (near or far)
        ranked = rank(case, shown, limit=10 if elsewhere else 5, spoken_language=spoken)
        if not ranked:
            turn.say("staff-dispatch-none", safety=False)
            return
        lines = [
            {
                "$msg": "staff-suggestion-line",
                "args": {
                    "name": case_card.candidate_label(s.candidate),
                    "kind": {"$msg": f"candidate-{s.candidate.kind}"},
                    "load": s.candidate.open_cases,
                    "capacity": s.candidate.capacity,
                    "reasons": {"$list": [{"$msg": f"reason-{r}"} for r in s.reasons], "inline": True},
                },
            }
            for s in ranked
        ]
        rows = [
            [(case_card.candidate_label(s.candidate), f"st:to:{case.reference}:{s.candidate.kind[0]}{s.candidate.id}")]
            for s in ranked
        ]
        if near and far and not elsewhere:
            rows.append([("staff-button-more-regions", f"st:dspall:{case.reference}")])
        rows.append([("staff-button-cancel", f"st:card:{case.reference}")])
        turn.say(
            "staff-dispatch-elsewhere" if elsewhere else "staff-dispatch-suggestions",
            reference={"$text": case.reference},
            lines={"$list": lines},
            buttons=rows,
            safety=False,
        )

    async def dispatch_to(self, turn: Turn, actor: Actor, case: Case, target: str) -> None:
        kind, number = target[:1], target[1:]
        candidates = {(c.kind[0], c.id) for c in await turn.uow.staff_views.dispatch_candidates()}
        if not number.isdigit() or (kind, int(number)) not in candidates:
            turn.say("error-stale-button", safety=False)
            return
        data = {"assignee_id": int(number)} if kind == "m" else {"service_point_id": int(number)}
        await self.fire(turn, actor, case, Trigger.DISPATCH, data)

    async def fire(
        self,
        turn: Turn,
        actor: Actor,
        case: Case,
        trigger: Trigger,
        data: dict[str, Any],
        approver: Actor | None = None,
        *,
        show_card: bool = True,
    ) -> bool:
        """Fire ``trigger`` (or ask a supervisor first); tell her the outcome and show the fresh card."""
        command = FireTrigger(case.reference, trigger, actor, turn.now, dict(data))
        try:
            outcome = await fire_or_ask(turn.uow, command, turn.trigger_context())
        except REFUSALS as error:
            await self.explain(turn, error, actor, case)
            return False
        if isinstance(outcome, ApprovalAsked):
            turn.say(
                "staff-approval-sent" if outcome.supervisors else "staff-approval-no-supervisor",
                reference={"$text": case.reference},
                safety=False,
            )
            await self.show_card_after(turn, actor, case.reference)
            return False
        self.say_done(turn, trigger, outcome)
        if show_card:
            await self.show_card_after(turn, actor, case.reference)
        return True

    @staticmethod
    def say_done(turn: Turn, trigger: Trigger, fired: Fired) -> None:
        turn.say(
            "staff-done",
            trigger={"$msg": f"trigger-{trigger.value}"},
            reference={"$text": fired.case.reference},
            status={"$msg": f"state-{fired.case.state.value}"},
            safety=False,
        )
        if trigger is Trigger.REACH_AGREEMENT and fired.case.due_at:
            turn.say("staff-agreement-window", due={"$date": fired.case.due_at.isoformat()}, safety=False)

    async def explain(self, turn: Turn, error: Exception, actor: Actor | None = None, case: Case | None = None) -> None:
        holder = await self._taken_by(turn, error, actor, case)
        if holder is not None:
            names = await turn.uow.staff_views.staff_names([holder])
            turn.say(
                "staff-refusal-taken",
                who={"$text": names.get(holder, "—")},
                state={"$msg": f"state-{error.state}"},
                safety=False,
            )
        elif isinstance(error, NotPermitted):
            turn.say(f"refusal-{error.reason.replace('_', '-')}", safety=False)
        elif isinstance(error, InvalidTransition):
            turn.say("refusal-not-now", state={"$msg": f"status-short-{error.state}"}, safety=False)
        elif isinstance(error, MissingData):
            turn.say("staff-missing-field", field={"$msg": f"field-{error.field}"}, safety=False)
        else:
            turn.say("error-case-not-found", safety=False)

    @staticmethod
    async def _taken_by(turn: Turn, error: Exception, actor: Actor | None, case: Case | None) -> int | None:
        """Who beat her to it, when she lost a race to accept or take the case (never herself)."""
        if not isinstance(error, InvalidTransition) or case is None or actor is None:
            return None
        if error.trigger not in (Trigger.ACCEPT.value, Trigger.TAKE.value):
            return None
        fresh = await turn.uow.cases.get(case.reference)
        if fresh is None:
            return None
        holder = fresh.owner_id if error.trigger == Trigger.ACCEPT.value else fresh.assignee_id
        return holder if holder is not None and holder != actor.id else None

    async def decide(self, turn: Turn, actor: Actor, approval_id: int, *, approved: bool) -> None:
        request = await turn.uow.approvals.get(approval_id)
        if request is not None and request["trigger"] == data_rights.ERASE:  # her erasure request
            await data_rights.decide(self, turn, actor, request, approved=approved)
            return
        command = DecideApproval(approval_id, actor, approved, turn.now)
        try:
            decision = await decide_approval(turn.uow, command, turn.trigger_context())
        except StaleAction as stale:
            turn.say(stale.code, safety=False)
            return
        except NotPermitted:
            turn.say("refusal-supervisor-approval", safety=False)
            return
        except AlreadyDecided as decided:
            turn.say(decided.code, safety=False)
            return
        case, trigger = decision.case, decision.trigger
        if decision.fired is not None:
            self.say_done(turn, trigger, decision.fired)
        elif decision.error is not None:
            requester = await turn.uow.people.staff_actor(decision.requested_by)
            await self.explain(turn, decision.error, requester, case)
        turn.say(
            DECISION_MESSAGES[decision.outcome],
            reference={"$text": case.reference},
            trigger={"$msg": f"trigger-{trigger.value}"},
            safety=False,
        )
        await self.show_card_after(turn, actor, case.reference)
