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
from workflows.timers import FOLLOW_UP_ASK, FOLLOW_UP_UNANSWERED, PENDING, SKIPPED, Mark
from workflows.vocabulary import Channel, ContactPreference, Role

#: A question asked later than this share of her time to answer (the worker was down) moves the
#: end of that time on by as much: 1 % of 7 days is 1 h 41 min. Within it nothing moves (the
#: worker's usual delay of a poll or two is not worth a row).
LATE_SHARE = 0.01


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
        if await uow.follow_ups.add(case_id=case.id, round=round, status=how_to_ask(case), now=now):
            await answer_window_from(uow, case.id, round, now)

    action.__name__ = f"ask_follow_up_{round}"
    return action


async def answer_window_from(uow: UnitOfWork, case_id: int, round: int, asked_at: datetime) -> None:
    """Her time to answer round ``round`` runs from when she was asked: a question asked late
    (after downtime, perhaps when its window had already ended) moves the end of the window on
    by as much. The old end is set ``skipped`` and a new one stored, in the asking transaction."""
    ask_kind = next(kind for kind, r in FOLLOW_UP_ASK.items() if r == round)
    end_kind = next(kind for kind, r in FOLLOW_UP_UNANSWERED.items() if r == round)
    timers = await uow.timers.of_case(case_id)
    asked = next((t for t in timers if t.kind == ask_kind and t.status == PENDING), None)
    end = next((t for t in timers if t.kind == end_kind and t.status == PENDING), None)
    if asked is None or end is None:
        return
    late = asked_at - asked.due_at
    if late <= (end.due_at - asked.due_at) * LATE_SHARE:
        return
    await uow.timers.settle(end.id, SKIPPED, asked_at)
    await uow.timers.schedule(case_id, end.state, [Mark(end_kind, end.due_at + late)])


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


__all__ = [
    "LATE_SHARE",
    "FollowUpAnswer",
    "FollowUpConcern",
    "answer_follow_up",
    "answer_window_from",
    "ask",
    "how_to_ask",
    "unanswered",
]
