"""What staff do to a case from its card: fire a trigger (asking a supervisor's approval where
the rules need one), acknowledge an emergency, mark a case confidential, dispatch.

A mixin of `bot.dialogs.staff.StaffDialog`: it relies on the dialog's ``visible_case``,
``show_case`` and ``show_card_after`` (every action ends with the fresh card and its next
actions), and every action is authorized again by `workflows.rules`.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.dialogs import case_card, data_rights
from bot.dialogs.turn import Turn
from storage import approvals, staff_queries
from storage.people import staff_actor
from workflows.case import Actor, Case
from workflows.dispatch import Candidate, rank
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted
from workflows.events import AuditEntry
from workflows.rules import check
from workflows.services import apply_trigger
from workflows.vocabulary import UNKNOWN_REGION, Role, State, Trigger

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
        if not case_card.may_mark_confidential(case, actor):
            await turn.uow.audit.record(AuditEntry(case.id, actor.id, "confidential", "refused", turn.now))
            turn.say("refusal-role", safety=False)
            return
        marked = not case.confidential
        await turn.uow.cases.set_confidential(case.id, marked)
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "confidential", "on" if marked else "off", turn.now))
        turn.say(
            "staff-confidential-on" if marked else "staff-confidential-off",
            reference={"$text": case.reference},
            safety=False,
        )
        await self.show_card_after(turn, actor, case.reference)

    async def acknowledge(self, turn: Turn, actor: Actor, case: Case) -> None:
        """The first press is recorded with her name and the time; later ones are told by whom."""
        if case.state is not State.EMERGENCY or not case_card.may_fire(case, actor, Trigger.ACCEPT):
            await turn.uow.audit.record(AuditEntry(case.id, actor.id, "acknowledge", "refused", turn.now))
            turn.say("error-stale-button", safety=False)
            return
        first = await turn.uow.cases.mark_acknowledged(case.id, turn.now)
        await turn.uow.audit.record(AuditEntry(case.id, actor.id, "acknowledge", "ok" if first else "again", turn.now))
        if first:
            turn.say("staff-acknowledged", reference={"$text": case.reference}, safety=False)
        else:
            who, at = (await staff_queries.acknowledgements(turn.session, case.id) or [(None, None)])[-1]
            names = await staff_queries.staff_names(turn.session, [who])
            fresh = await turn.uow.cases.get(case.reference)
            at = at or (fresh.acknowledged_at if fresh else None) or turn.now
            turn.say(
                "staff-already-acknowledged",
                reference={"$text": case.reference},
                who={"$text": names.get(who, "—")},
                at={"$date": at.isoformat()},
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
        near, far = nearby_first(case, await staff_queries.dispatch_candidates(turn.session), spoken)
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
        candidates = {(c.kind[0], c.id) for c in await staff_queries.dispatch_candidates(turn.session)}
        if not number.isdigit() or (kind, int(number)) not in candidates:
            turn.say("error-stale-button", safety=False)
            return
        data = {"assignee_id": int(number)} if kind == "m" else {"service_point_id": int(number)}
        await self.fire(turn, actor, case, Trigger.DISPATCH, data)

    def _needs_approval(self, case: Case, actor: Actor, trigger: Trigger) -> bool:
        is_supervisor = Role.SUPERVISOR in actor.roles and actor.covers_region(case.region)
        if trigger is Trigger.REJECT:
            return not is_supervisor
        if trigger in (Trigger.START_MEDIATION, Trigger.CLOSE) and case.is_domestic_violence:
            return not is_supervisor
        return False

    @staticmethod
    def _passes_with_approval(case: Case, actor: Actor, trigger: Trigger, data: dict[str, Any]) -> bool:
        """Would every other guard pass once a supervisor approved? If not, refuse now: never ask in vain."""
        supervisor = Actor(id=None, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({case.region}))
        try:
            check(case, actor, trigger, data, supervisor)
        except (InvalidTransition, NotPermitted, MissingData):
            return False
        return True

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
        if (
            approver is None
            and case_card.may_fire(case, actor, trigger)
            and self._needs_approval(case, actor, trigger)
            and self._passes_with_approval(case, actor, trigger, data)
        ):
            await self.request_approval(turn, actor, case, trigger, data)
            return False
        if approver is None and trigger is Trigger.START_MEDIATION and case.is_domestic_violence:
            approver = actor  # a supervisor of the region approves her own request
        try:
            await apply_trigger(
                turn.uow,
                reference=case.reference,
                trigger=trigger,
                actor=actor,
                now=turn.now,
                tz=turn.context.zone,
                data=data,
                approver=approver,
                policy=turn.context.policy,
                publish=turn.context.publish,
            )
        except (InvalidTransition, NotPermitted, MissingData, CaseNotFound) as error:
            await self.explain(turn, error, actor, case)
            return False
        fresh = await turn.uow.cases.get(case.reference)
        turn.say(
            "staff-done",
            trigger={"$msg": f"trigger-{trigger.value}"},
            reference={"$text": case.reference},
            status={"$msg": f"state-{fresh.state.value}"},
            safety=False,
        )
        if trigger is Trigger.REACH_AGREEMENT and fresh.due_at:
            turn.say("staff-agreement-window", due={"$date": fresh.due_at.isoformat()}, safety=False)
        if show_card:
            await self.show_card_after(turn, actor, case.reference)
        return True

    async def explain(self, turn: Turn, error: Exception, actor: Actor | None = None, case: Case | None = None) -> None:
        holder = await self._taken_by(turn, error, actor, case)
        if holder is not None:
            names = await staff_queries.staff_names(turn.session, [holder])
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

    async def request_approval(
        self, turn: Turn, actor: Actor, case: Case, trigger: Trigger, data: dict[str, Any]
    ) -> None:
        approval_id = await approvals.request(
            turn.session, case_id=case.id, trigger=trigger.value, data=data, requested_by=actor.id, now=turn.now
        )
        supervisors = await staff_queries.supervisors_for(turn.session, case.region)
        for person_id in supervisors:
            await turn.context.notifier.to_staff(
                turn.uow,
                person_id,
                "staff-approval-requested",
                case,
                trigger={"$msg": f"trigger-{trigger.value}"},
                who={"$text": actor.name or f"#{actor.id}"},
                buttons=(
                    (
                        ("staff-button-approve", f"st:apv:{approval_id}"),
                        ("staff-button-refuse", f"st:rfs:{approval_id}"),
                    ),
                    (({"$text": case.reference}, f"st:card:{case.reference}"),),
                ),
            )
        turn.say(
            "staff-approval-sent" if supervisors else "staff-approval-no-supervisor",
            reference={"$text": case.reference},
            safety=False,
        )
        await self.show_card_after(turn, actor, case.reference)

    async def decide(self, turn: Turn, actor: Actor, approval_id: int, *, approved: bool) -> None:
        request = await approvals.get(turn.session, approval_id)
        if request is not None and request["trigger"] == data_rights.ERASE:  # her erasure request
            await data_rights.decide(self, turn, actor, request, approved=approved)
            return
        case = await turn.uow.cases.get_by_id(request["case_id"]) if request else None
        if (
            request is None
            or case is None
            or Role.SUPERVISOR not in actor.roles
            or not actor.covers_region(case.region)
        ):
            turn.say("refusal-supervisor-approval" if request else "error-stale-button", safety=False)
            return
        if not await approvals.decide(turn.session, approval_id, approved=approved, by=actor.id, now=turn.now):
            turn.say("staff-approval-already-decided", safety=False)
            return
        requester = await staff_actor(turn.session, request["requested_by"])
        trigger = Trigger(request["trigger"])
        outcome = "staff-approval-refused"
        if approved:
            fired = requester is not None and await self.fire(
                turn, requester, case, trigger, dict(request["data"]), approver=actor, show_card=False
            )
            outcome = "staff-approval-granted" if fired else "staff-approval-failed"
            if not fired:  # recorded as failed, not as a grant that was never carried out
                await approvals.mark_failed(turn.session, approval_id)
        await turn.context.notifier.to_staff(
            turn.uow, request["requested_by"], outcome, case, trigger={"$msg": f"trigger-{trigger.value}"}
        )
        turn.say(
            outcome, reference={"$text": case.reference}, trigger={"$msg": f"trigger-{trigger.value}"}, safety=False
        )
        await self.show_card_after(turn, actor, case.reference)
