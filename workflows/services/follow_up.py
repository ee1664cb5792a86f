"""The follow-up visit (回访) as use cases: ask her when a follow-up mark fires, close the round
when her time to answer runs out, record her answers.

The marks are stored when a case is resolved (`workflows.timers.follow_up_marks`); the clock
worker fires them through `workflows.services.clock.ACTIONS`, whose follow-up rows are
`ask` and `unanswered` here. The notices (her questions, the operator's call-back task, the
owner and supervisors told of a "no" or "partly") are written by the handlers of
`ClockMarkFired` and `FollowUpConcern` in the bot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.case import Case
from workflows.events import AuditEntry, CaseEntry
from workflows.follow_ups import (
    ANSWERED,
    ASKED,
    AWAITING,
    CALLBACK,
    NO_CONTACT,
    NO_RESPONSE,
    SATISFACTION,
    FollowUp,
    Solved,
)
from workflows.ports import Publisher, UnitOfWork
from workflows.vocabulary import Channel, ContactPreference, Role


@dataclass(frozen=True)
class FollowUpConcern:
    """She answered that the problem is not (fully) solved: the owner and supervisors must see it."""

    case: Case
    follow_up: FollowUp


@dataclass(frozen=True)
class FollowUpAnswer:
    """Her answers to one round (each step of the dialog gives one; the others stay None).

    ``recorded_by`` is the operator who called her and records them; None when she answered."""

    case_id: int
    round: int
    now: datetime
    solved: Solved | None = None
    satisfaction: int | None = None
    comment: str = ""
    recorded_by: int | None = None


def how_to_ask(case: Case) -> str:
    """``no_contact`` (not asked at all), ``callback`` (an operator calls) or ``asked`` (in her chat)."""
    if case.no_contact or case.contact is ContactPreference.NO_CONTACT:
        return NO_CONTACT
    if case.channel is Channel.HOTLINE or case.contact is ContactPreference.PHONE_CALLBACK:
        return CALLBACK
    return ASKED


def ask(round: int):
    """The clock action of follow-up mark ``round``: store the round and how she is asked."""

    async def action(uow: UnitOfWork, case: Case, now: datetime) -> None:
        await uow.follow_ups.add(case_id=case.id, round=round, status=how_to_ask(case), now=now)

    action.__name__ = f"ask_follow_up_{round}"
    return action


def unanswered(round: int):
    """The clock action at the end of her time to answer round ``round``: no response."""

    async def action(uow: UnitOfWork, case: Case, now: datetime) -> None:
        await uow.follow_ups.settle(case_id=case.id, round=round, status=NO_RESPONSE, now=now, awaiting=AWAITING)

    action.__name__ = f"follow_up_{round}_unanswered"
    return action


async def answer_follow_up(
    uow: UnitOfWork, answer: FollowUpAnswer, publish: Publisher | None = None
) -> FollowUp | None:
    """Record one of her answers to a round that is waiting for it; None when it is not (closed by
    "no response", never asked, or that answer already given). The first answer (solved or not)
    closes the round; a "no" or "partly" publishes `FollowUpConcern`. Her comment is a case entry
    (sealed like every word of hers)."""
    if answer.satisfaction is not None and answer.satisfaction not in SATISFACTION:
        raise ValueError("satisfaction is 1 to 5")
    async with uow:
        found = await uow.follow_ups.get(answer.case_id, answer.round)
        if found is None:
            return None
        role = Role.REPORTER if answer.recorded_by is None else Role.OPERATOR
        if answer.solved is not None:
            if not await uow.follow_ups.settle(
                case_id=answer.case_id,
                round=answer.round,
                status=ANSWERED,
                now=answer.now,
                solved=answer.solved.value,
                recorded_by=answer.recorded_by,
                awaiting=AWAITING,
            ):
                return None
        elif found.status != ANSWERED:
            return None  # satisfaction and comment follow her answer to "is it solved"
        elif answer.satisfaction is not None:
            if found.satisfaction is not None:
                return None
            await uow.follow_ups.settle(
                case_id=answer.case_id,
                round=answer.round,
                status=ANSWERED,
                now=found.answered_at or answer.now,
                solved=found.solved,
                satisfaction=answer.satisfaction,
                recorded_by=found.recorded_by,
                awaiting=(ANSWERED,),
            )
        if answer.comment:
            await uow.entries.add(
                CaseEntry(answer.case_id, "follow_up", answer.now, role, answer.recorded_by, text=answer.comment)
            )
        await uow.audit.record(
            AuditEntry(answer.case_id, answer.recorded_by, f"follow_up:{answer.round}", "answered", answer.now)
        )
        stored = await uow.follow_ups.get(answer.case_id, answer.round)
        if answer.solved is not None and stored.concern and publish is not None:
            case = await uow.cases.get_by_id(answer.case_id)
            await publish(uow, FollowUpConcern(case, stored))
        await uow.commit()
    return stored


__all__ = ["FollowUpAnswer", "FollowUpConcern", "answer_follow_up", "ask", "how_to_ask", "unanswered"]
