"""The case clock as use cases: store a state's marks when a case enters it, fire them when due.

`follow_state` is called by the trigger use cases in the transaction of the change: leaving a
state cancels its marks, entering one stores its own, on-hold pauses them and resume moves
them on by the time on hold (`workflows.timers`).

`schedule_missing` gives the open cases of a database from before the clock their marks (the
worker runs it once at start).

`fire_due` is what the clock worker (`bot.workers.clock`) runs each round, as the ``system``
actor: it claims due timers, lets only the latest due mark of each case act (catch-up after
downtime, see `workflows.timers.catch_up`), and commits each mark's effect, its audit entry,
the notices its event causes (outbox rows, written by the handlers of `ClockMarkFired`) and the
timer's new status in one transaction. A crash before that commit leaves the timer pending, so
it fires once after a restart. What each kind of mark does is the table `ACTIONS`: a new kind
of mark is a row there.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from workflows.case import Case
from workflows.deadlines import DeadlinePolicy
from workflows.errors import NotCommitted, StaleCase
from workflows.events import AuditEntry
from workflows.orders import Order, OrderAudit, OrderState, OrderTrigger, StaleOrder
from workflows.ports import Publisher, UnitOfWork
from workflows.services import follow_up
from workflows.timers import (
    CANCELLED,
    ESCALATE,
    FAILED,
    FIRED,
    FOLLOW_UP_ASK,
    FOLLOW_UP_UNANSWERED,
    OVERDUE,
    PAGE,
    PAGE_CITY,
    REFERRAL_OVERDUE,
    REMIND_HALF,
    REMIND_LATE,
    SKIPPED,
    STATES_WITHOUT_MARKS,
    WINDOW_NEAR_END,
    WINDOW_TWO_THIRDS,
    Timer,
    catch_up,
    marks_for,
    next_page,
    order_clock,
    order_marks,
    state_marks,
)
from workflows.vocabulary import Risk, State, Trigger

logger = logging.getLogger(__name__)

#: Timers claimed per transaction (a round takes more rounds when more are due).
DEFAULT_BATCH = 20
#: Cases given their missing marks per transaction (`schedule_missing`).
BACKFILL_BATCH = 200


@dataclass(frozen=True)
class ClockMarkFired:
    """A mark of a case's clock acted (its handlers write the notices)."""

    case: Case
    kind: str
    timer: Timer


@dataclass(frozen=True)
class ClockRound:
    """What one `fire_due` did; ``more`` when the batch was full (another round at once)."""

    fired: int = 0
    skipped: int = 0
    cancelled: int = 0
    failed: int = 0
    more: bool = False


async def follow_state(
    uow: UnitOfWork,
    case: Case,
    *,
    trigger: Trigger | None,
    source: State | None,
    entered_before: datetime | None,
    now: datetime,
    tz: tzinfo,
    policy: DeadlinePolicy,
) -> None:
    """Make the case's timers follow its state, in the caller's transaction (case already has its new state)."""
    if source is not None and case.state is source:
        return  # still in the same state: its clock runs on
    if trigger is Trigger.RESUME:
        await uow.timers.cancel(case.id, including_paused=False)  # the on-hold review's marks
        if await uow.timers.resume(case.id, paused_at=entered_before or now, now=now):
            return
        if case.due_at is not None and case.state not in STATES_WITHOUT_MARKS:
            known = [t for t in await uow.timers.of_case(case.id) if t.state is case.state and t.status != CANCELLED]
            if not known:  # held before the clock existed: the marks run over what is left
                await uow.timers.schedule(case.id, case.state, state_marks(case.state, now, max(now, case.due_at)))
        return
    if trigger is Trigger.HOLD:
        await uow.timers.pause(case.id)
    elif source is not None:
        await uow.timers.cancel(case.id)
    _, marks = marks_for(case.state, case.risk, now, tz, policy)
    await uow.timers.schedule(case.id, case.state, marks)


def backfill_states(policy: DeadlinePolicy) -> list[State]:
    """The states whose open cases `schedule_missing` gives marks (those with a clock of marks)."""
    return [
        s for s in State if s not in STATES_WITHOUT_MARKS and any(policy.clock_for(s, r) for r in (Risk.LOW, Risk.HIGH))
    ]


async def schedule_missing(
    uow: UnitOfWork, *, now: datetime, policy: DeadlinePolicy, limit: int = BACKFILL_BATCH
) -> int:
    """Store the marks of open cases that have none for their state: a database from before the
    clock, or cases written without the use cases. Each runs from when the case entered its state
    to its stored due time (past marks then fire under the catch-up rule). Returns how many cases."""
    states = backfill_states(policy)
    async with uow:
        ids = await uow.timers.unscheduled(states, limit)
        for case_id in ids:
            case = await uow.cases.get_by_id(case_id)
            start = min(case.state_entered_at or case.created_at or now, case.due_at)
            await uow.timers.schedule(case.id, case.state, state_marks(case.state, start, case.due_at))
        await uow.commit()
    if ids:
        logger.info("clock: marks stored for %d cases that had none", len(ids))
    return len(ids)


# -- what each kind of mark does ----------------------------------------------------------------


async def _flag_overdue(uow: UnitOfWork, case: Case, now: datetime) -> None:
    if case.overdue:
        return
    expected = case.version
    case.overdue = True
    case.version = expected + 1
    await uow.cases.save(case, expected)


async def _nothing(uow: UnitOfWork, case: Case, now: datetime) -> None:
    """A reminder changes nothing on the case: its notice is the whole of it."""


async def _page_again(uow: UnitOfWork, case: Case, now: datetime) -> None:
    """An emergency nobody acknowledged: its notices page again (`bot.emergency_pages`); the next
    page is stored a clock period later, until someone acknowledges (which cancels it)."""
    if case.acknowledged_at is not None or case.due_at is None:
        return
    entered = case.state_entered_at or case.created_at or now
    await uow.timers.schedule(case.id, case.state, [next_page(entered, case.due_at - entered, now)])


#: Each kind of mark: what it changes on the case (its notices come from `ClockMarkFired`'s handlers).
#: The escalation flags the case overdue too, for when catch-up skipped the overdue mark.
ACTIONS: dict[str, Callable[[UnitOfWork, Case, datetime], Awaitable[None]]] = {
    REMIND_HALF: _nothing,
    REMIND_LATE: _nothing,
    OVERDUE: _flag_overdue,
    ESCALATE: _flag_overdue,
    PAGE: _page_again,
    PAGE_CITY: _page_again,
    # Mediation windows (consent, mediation, judicial confirmation): reminders to the mediator.
    WINDOW_TWO_THIRDS: _nothing,
    WINDOW_NEAR_END: _nothing,
    # Referral feedback overdue: flagged like any overdue case; its notice says to chase the agency.
    REFERRAL_OVERDUE: _flag_overdue,
}
#: The follow-up visit (回访, `workflows.services.follow_up`): ask her; close a round left unanswered.
ACTIONS.update({kind: follow_up.ask(round) for kind, round in FOLLOW_UP_ASK.items()})
ACTIONS.update({kind: follow_up.unanswered(round) for kind, round in FOLLOW_UP_UNANSWERED.items()})


# -- service orders (docs/clock.md, "Service orders") ---------------------------------------------


@dataclass(frozen=True)
class OrderClockFired:
    """A mark of a service order's clock acted (`bot.clock_notices.OrderClockNotices` tells staff)."""

    order: Order
    kind: str
    timer: Timer


async def follow_order(
    uow: UnitOfWork,
    order: Order,
    *,
    source: OrderState | None,
    trigger: OrderTrigger | None,
    now: datetime,
    tz: tzinfo,
    policy: DeadlinePolicy,
    held_on: date | None = None,
) -> datetime | None:
    """Make the order's timers follow its state, in the caller's transaction (the order has its new
    state and an id). Leaving a state cancels its marks and entering one stores its own; the record
    clock runs from the event's date: the scheduled time, then (``deliver``) the end of the day it
    was held on; ``reschedule`` moves it to the new date. Returns the due time of the clock now
    running (None: no clock, or still the same state)."""
    if source is order.state and trigger is not OrderTrigger.RESCHEDULE:
        return None  # still in the same state: its clock runs on
    if source is not None:
        await uow.timers.cancel_order(order.id)
    event_at = order.scheduled_at
    if order.state is OrderState.DELIVERED and held_on is not None:
        event_at = datetime.combine(held_on + timedelta(days=1), time(0, 0), tzinfo=tz)
    due, marks = order_marks(order.state, now, event_at, tz, policy)
    await uow.timers.schedule_order(order.id, order.state, marks)
    return due


async def _act_order(uow: UnitOfWork, timer: Timer, now: datetime, publish: Publisher | None) -> str:
    order = await uow.orders.get_by_id(timer.order_id)
    if order is None or order_clock(order.state) is None or order_clock(order.state) != order_clock(timer.state):
        return CANCELLED  # it left the clock's states in a transaction that did not cancel it
    await uow.orders.record_audit(OrderAudit(order.id, None, f"clock:{timer.kind}", FIRED, now))
    if publish is not None:
        await publish(uow, OrderClockFired(order, timer.kind, timer))
    return FIRED


async def _act(uow: UnitOfWork, timer: Timer, now: datetime, publish: Publisher | None) -> str:
    if timer.order_id is not None:
        return await _act_order(uow, timer, now, publish)
    case = await uow.cases.get_by_id(timer.case_id)
    if case is None or case.state is not timer.state or not case.is_open:
        return CANCELLED  # it left the state in a transaction that did not cancel it (should not happen)
    await ACTIONS[timer.kind](uow, case, now)
    await uow.audit.record(AuditEntry(case.id, None, f"clock:{timer.kind}", FIRED, now))
    if publish is not None:
        await publish(uow, ClockMarkFired(case, timer.kind, timer))
    return FIRED


async def fire_due(
    uow: UnitOfWork, *, now: datetime, limit: int = DEFAULT_BATCH, publish: Publisher | None = None
) -> ClockRound:
    """Fire the timers due by ``now`` (up to ``limit`` of them and their due siblings) as the system.

    One transaction; each acting mark in a savepoint of its own, so a mark whose case changed
    under it (`StaleCase`) or that the database could not do then (`NotCommitted`: a deadlock, a lost
    link) stays pending for the next round and one that fails otherwise is set aside as ``failed``
    without undoing the others.
    """
    counts = {FIRED: 0, SKIPPED: 0, CANCELLED: 0, FAILED: 0}
    async with uow:
        due = await uow.timers.claim_due(now, limit)
        acting, skipped = catch_up(due)
        for timer in skipped:
            await uow.timers.settle(timer.id, SKIPPED, now)
            counts[SKIPPED] += 1
        for timer in acting:
            try:
                async with uow:
                    status = await _act(uow, timer, now, publish)
                    await uow.timers.settle(timer.id, status, now)
                    await uow.commit()
            except (StaleCase, StaleOrder, NotCommitted):
                # Someone changed the case meanwhile, or the database gave up this mark's savepoint
                # (PostgreSQL: a deadlock with a staff member's move; the round holds several cases'
                # counter rows): the next round sees where it stands. Before, a deadlock set it aside.
                continue
            except Exception as error:
                owner = f"order {timer.order_id}" if timer.order_id is not None else f"case {timer.case_id}"
                logger.error("clock: mark %s of %s failed (%s)", timer.kind, owner, type(error).__name__)
                status = FAILED
                await uow.timers.settle(timer.id, FAILED, now)
            counts[status] += 1
        await uow.commit()
    if counts[FIRED]:
        logger.info("clock: %d fired, %d skipped, %d cancelled", counts[FIRED], counts[SKIPPED], counts[CANCELLED])
    return ClockRound(
        fired=counts[FIRED],
        skipped=counts[SKIPPED],
        cancelled=counts[CANCELLED],
        failed=counts[FAILED],
        more=len(due) >= limit,
    )


__all__ = [
    "ACTIONS",
    "ClockMarkFired",
    "ClockRound",
    "OrderClockFired",
    "backfill_states",
    "fire_due",
    "follow_order",
    "follow_state",
    "schedule_missing",
]
