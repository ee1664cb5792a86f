"""Due times of each state's clock, from the table in workflow.md (configurable).

Pure: time and the local time zone come in as arguments. Working days are Monday to
Friday in the local zone, minus the policy's holidays, plus its make-up working days
(调休: a Saturday or Sunday worked to bridge a holiday); `bot.work_calendar` fills both
from the PRC calendar and a local file. A clock that starts outside a working day starts
at 09:00 of the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta, tzinfo

from workflows.vocabulary import RISK_ORDER, Risk, State


@dataclass(frozen=True)
class Clock:
    """A duration in calendar time or in working days."""

    days: float = 0
    working_days: int = 0
    minutes: float = 0

    @property
    def is_working(self) -> bool:
        return self.working_days > 0


@dataclass(frozen=True)
class DeadlinePolicy:
    """Default clocks per state; override any field to configure."""

    emergency_ack: Clock = Clock(minutes=15)
    new: Clock = Clock(working_days=1)
    new_high_risk: Clock = Clock(minutes=120)
    dispatched: Clock = Clock(working_days=1)
    consent: Clock = Clock(days=7)
    mediation: Clock = Clock(days=30)
    judicial_confirmation: Clock = Clock(days=30)
    referral_feedback: Clock = Clock(working_days=7)
    first_follow_up: Clock = Clock(days=7)
    second_follow_up: Clock = Clock(days=30)
    hold_review: Clock = Clock(days=14)
    #: How long she has to answer a follow-up (回访) before it becomes a call-back or "no response".
    follow_up_answer: Clock = Clock(days=7)
    #: A service order (docs/orders.md) not dispatched, or dispatched and not accepted, within this.
    order_dispatch: Clock = Clock(working_days=3)
    #: An ordered event not recorded this long after its date.
    order_record: Clock = Clock(days=7)
    #: Days off on what would be a working day (public holidays).
    holidays: frozenset[date] = field(default_factory=frozenset)
    #: Make-up working days (调休) on what would be a weekend.
    workdays: frozenset[date] = field(default_factory=frozenset)
    workday_start: time = time(9, 0)

    def clock_for(self, state: State, risk: Risk) -> Clock | None:
        if state is State.NEW:
            return self.new_high_risk if RISK_ORDER[risk] >= RISK_ORDER[Risk.HIGH] else self.new
        return {
            State.EMERGENCY: self.emergency_ack,
            State.DISPATCHED: self.dispatched,
            State.MEDIATION_PENDING: self.consent,
            State.MEDIATING: self.mediation,
            State.AGREEMENT: self.judicial_confirmation,
            State.REFERRED: self.referral_feedback,
            State.FOLLOW_UP: self.first_follow_up,
            State.ON_HOLD: self.hold_review,
        }.get(state)


DEFAULT_POLICY = DeadlinePolicy()

#: The policy's clocks by name (each configurable as ``WALKING_HOME_DEADLINE_<NAME>``).
CLOCK_FIELDS = tuple(f.name for f in fields(DeadlinePolicy) if f.type in ("Clock", Clock))

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|wd)\s*$")
#: The longest clock: ten years (a longer one is a typo, and dates past year 9999 cannot be computed).
MAX_CLOCK_DAYS = 3650
_DAYS_PER_UNIT = {"s": 1 / 86400, "m": 1 / 1440, "h": 1 / 24, "d": 1, "wd": 7 / 5}


def parse_clock(text: str) -> Clock:
    """``30s``, ``15m``, ``2h``, ``7d`` (calendar time) or ``1wd`` (working days) as a `Clock`.

    Raises ValueError, with a message that never repeats more than the value, for anything else.
    """
    found = _DURATION.match(text)
    if found is None:
        raise ValueError(f"{text.strip()!r} is not a duration like 30s, 15m, 2h, 7d or 1wd")
    amount, unit = float(found.group(1)), found.group(2)
    if amount <= 0:
        raise ValueError("a clock must be longer than zero")
    if amount * _DAYS_PER_UNIT[unit] > MAX_CLOCK_DAYS:
        raise ValueError(f"a clock must be at most {MAX_CLOCK_DAYS}d (ten years)")
    if unit == "wd":
        if not amount.is_integer():
            raise ValueError("working days (wd) must be a whole number")
        return Clock(working_days=int(amount))
    if unit == "d":
        return Clock(days=amount)
    return Clock(minutes=amount * {"s": 1 / 60, "m": 1, "h": 60}[unit])


def is_working_day(day: date, policy: DeadlinePolicy) -> bool:
    if day in policy.workdays:
        return True
    return day.weekday() < 5 and day not in policy.holidays


def add_working_days(start: datetime, count: int, tz: tzinfo, policy: DeadlinePolicy) -> datetime:
    """``start`` plus ``count`` working days, keeping the local time of day."""
    local = start.astimezone(tz)
    if not is_working_day(local.date(), policy):
        day = local.date()
        while not is_working_day(day, policy):
            day += timedelta(days=1)
        local = datetime.combine(day, policy.workday_start, tzinfo=tz)
    day = local.date()
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_working_day(day, policy):
            remaining -= 1
    return datetime.combine(day, local.timetz()).astimezone(start.tzinfo)


def add_clock(start: datetime, clock: Clock, tz: tzinfo, policy: DeadlinePolicy) -> datetime:
    if clock.is_working:
        return add_working_days(start, clock.working_days, tz, policy)
    return start + timedelta(days=clock.days, minutes=clock.minutes)


def due_at(
    state: State, risk: Risk, entered_at: datetime, tz: tzinfo, policy: DeadlinePolicy = DEFAULT_POLICY
) -> datetime | None:
    """When the clock of ``state`` (entered at ``entered_at``) runs out; None if it has none."""
    clock = policy.clock_for(state, risk)
    return None if clock is None else add_clock(entered_at, clock, tz, policy)


def follow_up_dates(resolved_at: datetime, tz: tzinfo, policy: DeadlinePolicy = DEFAULT_POLICY) -> list[datetime]:
    """The follow-up schedule after ``resolve`` (+7 and +30 days by default)."""
    return [add_clock(resolved_at, c, tz, policy) for c in (policy.first_follow_up, policy.second_follow_up)]


def reminder_marks(start: datetime, due: datetime) -> dict[str, datetime]:
    """When to remind (50 %, 80 %), flag overdue (100 %) and escalate (150 %)."""
    span = due - start
    return {
        "remind_50": start + span * 0.5,
        "remind_80": start + span * 0.8,
        "overdue": due,
        "escalate": start + span * 1.5,
    }
