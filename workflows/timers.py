"""The marks of a state's clock, as rows the clock worker fires (see docs/clock.md).

When a case enters a state with a clock, its marks are stored: remind the owner at 50 % and
80 % of the clock, flag the case overdue at 100 %, escalate to the region's supervisors at
150 %. Leaving the state cancels them; on-hold pauses them and resume moves each one on by
the time the case spent on hold, so no time is lost or added.

A mark is a kind and a time; a kind's meaning is the clock service's table
(`workflows.services.clock.ACTIONS`), so a new kind of mark (paging an emergency again, a
follow-up visit, a mediation window) is a new row there and new rows here, not a new mechanism.

Pure: times come in as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from workflows.deadlines import Clock, DeadlinePolicy, add_clock, is_working_day
from workflows.orders import OrderState
from workflows.vocabulary import Risk, State

REMIND_HALF = "remind_50"
REMIND_LATE = "remind_80"
OVERDUE = "overdue"
ESCALATE = "escalate"

#: Each mark of a state's clock and where it falls, as a fraction of the clock.
FRACTIONS: tuple[tuple[str, float], ...] = ((REMIND_HALF, 0.5), (REMIND_LATE, 0.8), (OVERDUE, 1.0), (ESCALATE, 1.5))

# -- mediation windows (issue 14, item 5; docs/clock.md, "Mediation windows") -------------------

#: The mediator is reminded at two thirds of a mediation window and near its end: consent to
#: mediate pending (`CONSENT`), the mediation itself (`MEDIATION`) and the window for both
#: parties to apply jointly for judicial confirmation of an agreement (`JUDICIAL_CONFIRMATION`;
#: People's Mediation Law art. 33). "Near the end" is 90 % of the window: day 27 of 30, as
#: workflow.md has it (reminders at day 20 and 27), 6.3 days into a 7-day consent window.
WINDOW_TWO_THIRDS = "window_2_3"
WINDOW_NEAR_END = "window_90"
WINDOW_STATES = frozenset({State.MEDIATION_PENDING, State.MEDIATING, State.AGREEMENT})
WINDOW_FRACTIONS: tuple[tuple[str, float], ...] = (
    (WINDOW_TWO_THIRDS, 2 / 3),
    (WINDOW_NEAR_END, 0.9),
    (OVERDUE, 1.0),
    (ESCALATE, 1.5),
)
#: The marks that tell the case's owner it is overdue (`catch_up` keeps one beside an escalation).
OWNER_OVERDUE = frozenset({"overdue", "referral_overdue", "order_dispatch_due", "order_record_due"})
#: Referral feedback overdue: the case is flagged overdue and its owner is told to chase the agency.
REFERRAL_OVERDUE = "referral_overdue"
REFERRAL_FRACTIONS: tuple[tuple[str, float], ...] = (
    (REMIND_HALF, 0.5),
    (REMIND_LATE, 0.8),
    (REFERRAL_OVERDUE, 1.0),
    (ESCALATE, 1.5),
)
#: Marks that flag the case overdue when they act.
FLAGS_OVERDUE = frozenset({OVERDUE, REFERRAL_OVERDUE, ESCALATE})


def ladder(state: State) -> tuple[tuple[str, float], ...]:
    """The marks of ``state``'s clock: the mediation windows and referral feedback have their own."""
    if state in WINDOW_STATES:
        return WINDOW_FRACTIONS
    if state is State.REFERRED:
        return REFERRAL_FRACTIONS
    return FRACTIONS


# -- service orders (issue 15, item 4; docs/clock.md, "Service orders") ---------------------------

#: An order waiting for a team (``requested``, or ``dispatched`` and not yet accepted) past
#: ``ORDER_DISPATCH``: the region's window is reminded; an event (``scheduled``, then
#: ``delivered``) not recorded ``ORDER_RECORD`` after its date: the team is. At 150 % of either
#: clock the region's supervisors are asked to step in.
ORDER_DISPATCH_DUE = "order_dispatch_due"
ORDER_RECORD_DUE = "order_record_due"
ORDER_ESCALATE = "order_escalate"
#: The states whose clock is the dispatch clock, and those whose clock is the record clock (from
#: the scheduled time; after ``deliver``, from the end of the day the event was held on).
ORDER_DISPATCH_STATES = frozenset({OrderState.REQUESTED, OrderState.DISPATCHED})
ORDER_RECORD_STATES = frozenset({OrderState.SCHEDULED, OrderState.DELIVERED})
ORDER_FRACTIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "dispatch": ((ORDER_DISPATCH_DUE, 1.0), (ORDER_ESCALATE, 1.5)),
    "record": ((ORDER_RECORD_DUE, 1.0), (ORDER_ESCALATE, 1.5)),
}


def order_clock(state: OrderState) -> str | None:
    """Which clock an order in ``state`` runs: ``dispatch``, ``record`` or none (done)."""
    if state in ORDER_DISPATCH_STATES:
        return "dispatch"
    if state in ORDER_RECORD_STATES:
        return "record"
    return None


def order_marks(
    state: OrderState, entered_at: datetime, event_at: datetime | None, tz: tzinfo, policy: DeadlinePolicy
) -> tuple[datetime | None, list[Mark]]:
    """The due time of an order's clock in ``state`` and its marks (none before ``entered_at``: an
    event recorded as delivered long after its date has its marks due at once).

    The dispatch clock runs from when the order entered ``state``; the record clock from the
    event's date and time (``event_at``; when unknown, from ``entered_at``). On a working-day
    clock an escalation that would fall on a day off or at night waits for the working morning.
    """
    which = order_clock(state)
    if which is None:
        return None, []
    clock: Clock = policy.order_dispatch if which == "dispatch" else policy.order_record
    start = entered_at if which == "dispatch" or event_at is None else event_at
    due = add_clock(start, clock, tz, policy)
    marks = clock_marks(start, due, ORDER_FRACTIONS[which])
    if clock.is_working:
        marks = [m if m.due_at == due else _working(m, due, tz, policy) for m in marks]
    return due, [Mark(m.kind, max(m.due_at, entered_at)) for m in marks]


#: The rank of each kind among its siblings (a later one makes an earlier one due at the same time moot).
RANK = {
    kind: rank
    for fractions in (FRACTIONS, WINDOW_FRACTIONS, REFERRAL_FRACTIONS, *ORDER_FRACTIONS.values())
    for rank, (kind, _) in enumerate(fractions)
}

#: A timer waits; it acted; it was due together with a later sibling and did not act (catch-up);
#: the case left the state; the case is on hold (resume makes it pending again, later); acting
#: raised (logged by class; set aside so that it is not retried forever).
PENDING, FIRED, SKIPPED, CANCELLED, PAUSED, FAILED = "pending", "fired", "skipped", "cancelled", "paused", "failed"
STATUSES = (PENDING, FIRED, SKIPPED, CANCELLED, PAUSED, FAILED)

#: States whose clock is not the reminder ladder: the follow-up visit after `resolve` is
#: its own kind of mark (issue 14, item 4), not a deadline to remind anyone of.
STATES_WITHOUT_MARKS = frozenset({State.FOLLOW_UP})


@dataclass(frozen=True)
class Mark:
    """A mark to store: its kind and when it is due."""

    kind: str
    due_at: datetime


@dataclass(frozen=True)
class Timer:
    """A stored mark of a case: the state it belongs to and where it stands."""

    id: int
    case_id: int | None
    kind: str
    state: State | OrderState
    due_at: datetime
    status: str = PENDING
    fired_at: datetime | None = None
    #: A service order's mark (`order_marks`): ``case_id`` is then None and ``state`` an `OrderState`.
    order_id: int | None = None

    @property
    def owner(self) -> tuple[str, int | None]:
        """Whose mark this is (the catch-up rule groups siblings by it): a case or an order."""
        return ("order", self.order_id) if self.order_id is not None else ("case", self.case_id)


def clock_marks(start: datetime, due: datetime, fractions: tuple[tuple[str, float], ...] = FRACTIONS) -> list[Mark]:
    """The marks of a clock running from ``start`` to ``due``; none is before ``start``."""
    span = max(due - start, timedelta(0))
    return [Mark(kind, due if fraction == 1.0 else start + span * fraction) for kind, fraction in fractions]


def state_marks(state: State, start: datetime, due: datetime) -> list[Mark]:
    """The marks of ``state``'s clock running from ``start`` to ``due`` (its own ladder, `ladder`)."""
    if state is State.EMERGENCY:
        return emergency_marks(start, due)
    return clock_marks(start, due, ladder(state))


def next_working_start(moment: datetime, tz: tzinfo, policy: DeadlinePolicy) -> datetime:
    """``moment``, or the next working morning when it falls on a day off or before the day's start."""
    local = moment.astimezone(tz)
    day = local.date()
    if is_working_day(day, policy) and local.timetz().replace(tzinfo=None) >= policy.workday_start:
        return moment
    while not is_working_day(day, policy):
        day += timedelta(days=1)
    return datetime.combine(day, policy.workday_start, tzinfo=tz).astimezone(moment.tzinfo)


def marks_for(
    state: State, risk: Risk, entered_at: datetime, tz: tzinfo, policy: DeadlinePolicy
) -> tuple[datetime | None, list[Mark]]:
    """The due time of ``state``'s clock entered at ``entered_at``, and the marks to store.

    For a working-day clock a reminder or escalation that would fall on a day off, or in the
    night before a working day starts, waits for that working morning (overdue stays at the
    due time, itself on a working day).
    """
    clock = policy.clock_for(state, risk)
    if clock is None:
        return None, []
    due = add_clock(entered_at, clock, tz, policy)
    if state is State.FOLLOW_UP:
        return due, follow_up_marks(entered_at, tz, policy)
    if state in STATES_WITHOUT_MARKS:
        return due, []
    if state is State.EMERGENCY:
        return due, emergency_marks(entered_at, due)
    marks = clock_marks(entered_at, due, ladder(state))
    if clock.is_working:
        marks = [m if m.due_at == due else _working(m, due, tz, policy) for m in marks]
    return due, marks


def _working(mark: Mark, due: datetime, tz: tzinfo, policy: DeadlinePolicy) -> Mark:
    """A mark of a working-day clock moved to a working morning; a reminder never after the due time."""
    moved = next_working_start(mark.due_at, tz, policy)
    return Mark(mark.kind, moved if mark.due_at > due else min(moved, due))


def resumed(due: datetime, paused_at: datetime, resumed_at: datetime) -> datetime:
    """A paused mark's new due time: what was left of it when paused is left of it at resume."""
    return due + max(resumed_at - paused_at, timedelta(0))


def catch_up(due: Iterable[Timer]) -> tuple[list[Timer], list[Timer]]:
    """Split due timers into those that act and those skipped, in due order.

    Of one case's due siblings only the latest acts: after downtime 50 %, 80 % and 100 %
    all past means one overdue, not three messages at once. What an earlier mark would have
    changed on the case (the overdue flag) a later one changes too. One exception: when the
    latest is the escalation (told to the supervisors), the overdue mark acts too, since it is the
    one that tells the case's owner.

    The follow-up visit's marks have their own rule (`follow_up_catch_up`): she is asked
    before her time to answer ends. A timer in neither list (the end of the answer window of
    the round asked now) stays pending: asking her moves it on (`workflows.services.follow_up`).
    """
    due = list(due)
    by_case: dict[tuple[str, int | None], list[Timer]] = {}
    for timer in due:
        by_case.setdefault(timer.owner, []).append(timer)
    acting: set[int] = set()
    waiting: set[int] = set()
    for timers in by_case.values():
        visits = [t for t in timers if t.kind in FOLLOW_UP_ASK or t.kind in FOLLOW_UP_UNANSWERED]
        others = [t for t in timers if t.kind not in FOLLOW_UP_ASK and t.kind not in FOLLOW_UP_UNANSWERED]
        if others:
            latest = max(others, key=lambda t: (t.due_at, RANK.get(t.kind, -1)))
            acting.add(latest.id)
            if latest.kind in (ESCALATE, ORDER_ESCALATE):  # supervisors told; the owner still hears it
                owners = [t for t in others if t.kind in OWNER_OVERDUE]
                if owners:
                    acting.add(max(owners, key=lambda t: t.due_at).id)
        act, wait = follow_up_catch_up(visits)
        acting |= {t.id for t in act}
        waiting |= {t.id for t in wait}
    ordered = sorted(due, key=lambda t: (t.due_at, t.id))
    return [t for t in ordered if t.id in acting], [t for t in ordered if t.id not in acting | waiting]


def follow_up_catch_up(due: Iterable[Timer]) -> tuple[list[Timer], list[Timer]]:
    """Of one case's due follow-up marks: those that act, and those that wait (neither is skipped).

    After downtime a round's question and the end of her time to answer it may be due
    together. She is asked (the latest round due, once: an earlier round's question not yet
    asked is skipped with its end); the end of the round asked now waits, and asking moves it
    on so that her time to answer runs from when she was asked. The end of a round asked
    before the downtime acts (no response), beside a later round's question.
    """
    due = list(due)
    asks = [t for t in due if t.kind in FOLLOW_UP_ASK]
    latest = max(asks, key=lambda t: (FOLLOW_UP_ASK[t.kind], t.due_at)) if asks else None
    asked_now = {FOLLOW_UP_ASK[t.kind] for t in asks}
    acting = [latest] if latest is not None else []
    waiting = []
    for timer in due:
        round = FOLLOW_UP_UNANSWERED.get(timer.kind)
        if round is None:
            continue
        if latest is not None and round == FOLLOW_UP_ASK[latest.kind]:
            waiting.append(timer)
        elif round not in asked_now:
            acting.append(timer)  # asked before the downtime: her time is up
    return acting, waiting


# -- the follow-up visit (回访) after ``resolve`` -------------------------------------------------

FOLLOW_UP_FIRST = "follow_up_1"
FOLLOW_UP_SECOND = "follow_up_2"
FOLLOW_UP_FIRST_UNANSWERED = "follow_up_1_unanswered"
FOLLOW_UP_SECOND_UNANSWERED = "follow_up_2_unanswered"
#: The round of each follow-up mark: asking her, and the end of her time to answer.
FOLLOW_UP_ASK = {FOLLOW_UP_FIRST: 1, FOLLOW_UP_SECOND: 2}
FOLLOW_UP_UNANSWERED = {FOLLOW_UP_FIRST_UNANSWERED: 1, FOLLOW_UP_SECOND_UNANSWERED: 2}


def follow_up_marks(resolved_at: datetime, tz: tzinfo, policy: DeadlinePolicy) -> list[Mark]:
    """The follow-up visits after ``resolve`` (+7 and +30 days by default) and, for each, the end
    of her time to answer it (``follow_up_answer`` later); none is before ``resolved_at``."""
    marks: list[Mark] = []
    rounds = ((FOLLOW_UP_FIRST, FOLLOW_UP_FIRST_UNANSWERED), (FOLLOW_UP_SECOND, FOLLOW_UP_SECOND_UNANSWERED))
    for (ask, unanswered), clock in zip(rounds, (policy.first_follow_up, policy.second_follow_up), strict=True):
        asked = add_clock(resolved_at, clock, tz, policy)
        marks += [Mark(ask, asked), Mark(unanswered, add_clock(asked, policy.follow_up_answer, tz, policy))]
    return marks


# -- emergency paging (docs/clock.md, "Emergencies") ---------------------------------------------

#: An emergency not acknowledged within its clock pages the region's on-duty staff and its
#: supervisors again; from the second period on (`PAGE_CITY`) the city-level supervisors too.
#: Each page stores the next one, a period later, until someone acknowledges.
PAGE = "page"
PAGE_CITY = "page_city"
PAGES = frozenset({PAGE, PAGE_CITY})


def emergency_marks(entered_at: datetime, due: datetime) -> list[Mark]:
    """The first page of an emergency: when its acknowledgement clock runs out."""
    return [Mark(PAGE, max(due, entered_at))]


def next_page(entered_at: datetime, period: timedelta, now: datetime) -> Mark:
    """The page after one that acted at ``now``: the first whole period after ``entered_at``
    later than ``now`` (after downtime one page, never a burst); from the second period on,
    the city-level supervisors are paged too."""
    period = max(period, timedelta(seconds=1))
    periods = max(int((now - entered_at) / period) + 1, 2)
    return Mark(PAGE_CITY, entered_at + period * periods)


__all__ = [
    "CANCELLED",
    "ESCALATE",
    "FAILED",
    "FIRED",
    "FLAGS_OVERDUE",
    "FRACTIONS",
    "Mark",
    "ORDER_DISPATCH_DUE",
    "ORDER_ESCALATE",
    "ORDER_RECORD_DUE",
    "OVERDUE",
    "PAGE",
    "PAGES",
    "PAGE_CITY",
    "PAUSED",
    "PENDING",
    "REFERRAL_OVERDUE",
    "REMIND_HALF",
    "REMIND_LATE",
    "SKIPPED",
    "Timer",
    "WINDOW_NEAR_END",
    "WINDOW_STATES",
    "WINDOW_TWO_THIRDS",
    "catch_up",
    "follow_up_catch_up",
    "clock_marks",
    "emergency_marks",
    "ladder",
    "marks_for",
    "next_page",
    "order_clock",
    "order_marks",
    "resumed",
    "state_marks",
]
