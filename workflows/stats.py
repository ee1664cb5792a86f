"""Supervisor figures (issue 16): periods, scopes, the figures of a period and the small-cell rule (pure).

The contract the chat command (`/stats`), the dashboard, the digest and the export build on:

- `Period`: a day, an ISO week, a month, a quarter, a year or custom days, in local dates
  (`bounds(tz)` gives the UTC-comparable instants; the federation's zone is Asia/Shanghai).
  `previous()` is the period of the same kind just before (a custom one: as many days before).
- `Scope`: every region (``regions is None``), a set of regions, or one service point.
- `CaseFigures`: every figure of one period in one scope, computed by the `StatsQueries` port
  (`workflows.ports`) from the records and events, never from counters. Counts are ``int``;
  after `suppress` a count of 0-4 may be `HIDDEN` (shown as "<5") and a larger one `WITHHELD`
  (shown as "*"): test with `is_hidden`. Durations are seconds (`Durations`).
- `Report`: the figures of a period and of the previous one, the scope, and whether the small-cell
  rule was applied; made by `workflows.services.stats.report`.
- `CaseRow`: one line of the pseudonymised case list (no names, phones or her words; confidential
  cases are never in it), streamed by `StatsQueries.case_rows`.

The small-cell rule (docs/statistics.md): a figure about cases outside the asker's own regions
never shows a count from 0 to 4, nor a median, percentile or mean computed from 0 to 4 values, and no
hidden cell of a breakdown can be worked out from its total (`protect`).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from workflows.orders_figures import Figures as OrderFigures
from workflows.orders_figures import Period as DayRange
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Agency, Channel, Service, State

#: Counts from 0 to SMALL_CELL - 1 are hidden outside her own scope.
SMALL_CELL = 5


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Local days ``first`` to ``last`` (both included) of a ``kind``; build with the class methods."""

    kind: PeriodKind
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after its first day")

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(PeriodKind.DAY, day, day)

    @classmethod
    def week(cls, day: date) -> Period:
        """The ISO week (Monday to Sunday) holding ``day``."""
        monday = day - timedelta(days=day.weekday())
        return cls(PeriodKind.WEEK, monday, monday + timedelta(days=6))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(PeriodKind.MONTH, date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("a quarter is 1 to 4")
        start = 3 * (quarter - 1) + 1
        return cls(
            PeriodKind.QUARTER, date(year, start, 1), date(year, start + 2, calendar.monthrange(year, start + 2)[1])
        )

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def custom(cls, first: date, last: date) -> Period:
        return cls(PeriodKind.CUSTOM, first, last)

    @classmethod
    def containing(cls, kind: PeriodKind | str, day: date) -> Period:
        """The period of ``kind`` holding ``day`` (a custom one: that day alone)."""
        kind = PeriodKind(kind)
        if kind is PeriodKind.WEEK:
            return cls.week(day)
        if kind is PeriodKind.MONTH:
            return cls.month(day.year, day.month)
        if kind is PeriodKind.QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind is PeriodKind.YEAR:
            return cls.year(day.year)
        return cls(kind, day, day)

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        """The days ``first`` to ``last`` as the kind they make exactly (a day, an ISO week, a month, a
        quarter, a year), so that the previous period is the calendar one; else a custom period."""
        for kind in (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
            candidate = cls.containing(kind, first)
            if (candidate.first, candidate.last) == (first, last):
                return candidate
        return cls.custom(first, last)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period of the same kind just before (custom: as many days, ending the day before)."""
        before = self.first - timedelta(days=1)
        if self.kind is PeriodKind.CUSTOM:
            return Period.custom(self.first - timedelta(days=self.days), before)
        return Period.containing(self.kind, before)

    def bounds(self, tz: tzinfo) -> tuple[datetime, datetime]:
        """(since, until): local midnight of ``first`` (included) to local midnight after ``last`` (excluded)."""
        return (
            datetime.combine(self.first, time.min, tzinfo=tz),
            datetime.combine(self.last + timedelta(days=1), time.min, tzinfo=tz),
        )

    def as_day_range(self) -> DayRange:
        """The same days as `workflows.orders_figures.Period` (the service orders' figures)."""
        return DayRange(self.first, self.last)

    def label(self) -> str:
        """A short language-neutral label: 2026-03, 2026-Q1, 2026-W09, 2026, 2026-03-01..2026-03-09."""
        if self.kind is PeriodKind.DAY:
            return self.first.isoformat()
        if self.kind is PeriodKind.WEEK:
            iso = self.first.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.first.year}-{self.first.month:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.YEAR:
            return str(self.first.year)
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


@dataclass(frozen=True)
class Scope:
    """Which cases: every region (``regions`` None), these regions, or one service point's."""

    regions: frozenset[str] | None = None
    service_point_id: int | None = None

    @classmethod
    def everywhere(cls) -> Scope:
        return cls()

    @classmethod
    def of_regions(cls, regions: frozenset[str] | set[str] | tuple[str, ...]) -> Scope:
        return cls(regions=frozenset(regions))

    @classmethod
    def region(cls, region: str) -> Scope:
        return cls(regions=frozenset({region}))

    @classmethod
    def point(cls, point_id: int) -> Scope:
        return cls(service_point_id=point_id)

    def holds_region(self, region: str) -> bool:
        return self.regions is None or region in self.regions


class Hidden:
    """A count of 0-4 (or a value made from 0-4 cases) outside her own scope: shown as "<5"."""

    _made: Hidden | None = None

    def __new__(cls) -> Hidden:
        if cls._made is None:
            cls._made = super().__new__(cls)
        return cls._made

    def __repr__(self) -> str:
        return "HIDDEN"

    def __str__(self) -> str:
        return f"<{SMALL_CELL}"

    def __reduce__(self) -> str:
        return "HIDDEN"


class Withheld(Hidden):
    """A count of 5 or more withheld so that a hidden small cell beside it cannot be worked out from
    the total (or a mean that would give hidden cells away): shown as "*"."""

    _made: Hidden | None = None

    def __repr__(self) -> str:
        return "WITHHELD"

    def __str__(self) -> str:
        return "*"

    def __reduce__(self) -> str:
        return "WITHHELD"


HIDDEN = Hidden()
WITHHELD = Withheld()
#: A count as shown: the number, `HIDDEN` or `WITHHELD`.
Cell = int | Hidden


def is_hidden(value: object) -> bool:
    """A cell not shown: `HIDDEN` (0-4) or `WITHHELD`."""
    return isinstance(value, Hidden)


@dataclass(frozen=True)
class Durations:
    """How long something took for ``count`` cases: median and 90th percentile in seconds
    (linear interpolation between ranks, as PostgreSQL's ``percentile_cont``); None without cases."""

    count: Cell = 0
    median_s: float | None | Hidden = None
    p90_s: float | None | Hidden = None


@dataclass(frozen=True)
class FollowUpFigures:
    """Follow-up visits (回访): rounds asked in the period, answers given in it, her satisfaction."""

    asked: Cell = 0
    answered: Cell = 0
    #: yes / partly / no -> answers (every key present).
    solved: dict[str, Cell] = field(default_factory=dict)
    #: 1..5 -> answers (every key present).
    satisfaction: dict[int, Cell] = field(default_factory=dict)
    satisfaction_mean: float | None | Hidden = None

    @property
    def response_rate(self) -> float | None | Hidden:
        """Answered rounds over asked rounds (None when none was asked)."""
        if is_hidden(self.asked) or is_hidden(self.answered):
            return HIDDEN
        return None if not self.asked else self.answered / self.asked


@dataclass(frozen=True)
class CaseFigures:
    """Every figure of one period in one scope (docs/statistics.md says how each is counted)."""

    period: Period
    scope: Scope
    #: Cases registered in the period, in total and by channel (web, telegram, matrix, hotline = 12338),
    #: by service and by region (every channel and service key present; regions with cases).
    opened: Cell = 0
    by_channel: dict[str, Cell] = field(default_factory=dict)
    by_service: dict[str, Cell] = field(default_factory=dict)
    by_region: dict[str, Cell] = field(default_factory=dict)
    #: Of the cases registered in the period: the state each is in now.
    by_state: dict[str, Cell] = field(default_factory=dict)
    #: Of them, confidential (counted here; never in a case list).
    confidential: Cell = 0
    #: Of the cases registered in the period: from registration to the first accept, the first
    #: dispatch, and the close (those that got there).
    to_accept: Durations = field(default_factory=Durations)
    to_dispatch: Durations = field(default_factory=Durations)
    to_close: Durations = field(default_factory=Durations)
    #: Open cases overdue at the time of asking (flagged by the clock or past due), whatever the period.
    overdue_now: Cell = 0
    #: Cases the clock flagged overdue (an overdue, referral-overdue or escalation mark fired) in the period.
    overdue_in_period: Cell = 0
    #: Cases raised as emergencies in the period, and from the first raise to the first acknowledgement.
    emergencies: Cell = 0
    to_acknowledge: Durations = field(default_factory=Durations)
    #: Mediation outcomes in the period: agreement / terminated / referred (a referral after mediation).
    mediation: dict[str, Cell] = field(default_factory=dict)
    #: Agreements confirmed by a court: not recorded by the system yet (None), see docs/statistics.md.
    judicial_confirmations: Cell | None = None
    #: Referrals made in the period by agency (``unknown``: referred before the agency was kept apart).
    referrals: dict[str, Cell] = field(default_factory=dict)
    follow_up: FollowUpFigures = field(default_factory=FollowUpFigures)
    #: Women helped: person-times (cases registered in the period, not refused) and distinct women
    #: among them where known (a reporter who wrote to us), and how many had no known reporter.
    person_times: Cell = 0
    distinct_women: Cell = 0
    unknown_women: Cell = 0
    #: The service orders' figures of the same days and regions (`workflows.orders_figures`), or
    #: None (a service point's scope, or a figure hidden as a whole by the small-cell rule).
    orders: OrderFigures | None = None


@dataclass(frozen=True)
class Report:
    """The figures of a period, those of the period before for comparison, and how they were made."""

    current: CaseFigures
    previous: CaseFigures
    #: When the figures were computed (``overdue_now`` is of this instant).
    at: datetime
    #: Whether small cells were hidden (a scope outside her own regions).
    suppressed: bool = False

    @property
    def period(self) -> Period:
        return self.current.period

    @property
    def scope(self) -> Scope:
        return self.current.scope


@dataclass(frozen=True)
class CaseRow:
    """One case of the pseudonymised list: codes, dates and durations only."""

    reference: str
    opened_at: datetime
    service: str
    region: str
    channel: str
    state: str
    #: The last outcome code: agreement, terminated, referred, or the closure code; "" when none.
    outcome: str
    accepted_at: datetime | None
    dispatched_at: datetime | None
    closed_at: datetime | None

    @property
    def to_accept_s(self) -> float | None:
        return None if self.accepted_at is None else (self.accepted_at - self.opened_at).total_seconds()

    @property
    def to_dispatch_s(self) -> float | None:
        return None if self.dispatched_at is None else (self.dispatched_at - self.opened_at).total_seconds()

    @property
    def to_close_s(self) -> float | None:
        return None if self.closed_at is None else (self.closed_at - self.opened_at).total_seconds()


# -- the code kept beside an event (``case_events.code``) ----------------------------------------

#: The one anonymous code of an event's data that the figures group by, per trigger.
EVENT_CODE_KEYS = {
    "refer": "agency",
    "close": "closure_code",
    "reject": "reason_code",
    "reach_agreement": "agreement_form",
}


def event_code(trigger: str, data: Mapping[str, Any]) -> str | None:
    """The code stored in plain beside the sealed event data, so SQL can group by it (the agency of
    a referral, the closure code, a refusal's reason code, the form of an agreement); None for others."""
    key = EVENT_CODE_KEYS.get(str(getattr(trigger, "value", trigger)))
    value = data.get(key) if key else None
    return None if value is None else str(value)[:32]


# -- percentiles (the fake and the tests' reference; SQL computes them in the database) ---------


def percentile(sorted_values: list[float], fraction: float) -> float | None:
    """``percentile_cont(fraction)`` of already sorted values: linear between the two nearest ranks."""
    if not sorted_values:
        return None
    position = (len(sorted_values) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def durations(values: list[float]) -> Durations:
    ordered = sorted(values)
    return Durations(len(ordered), percentile(ordered, 0.5), percentile(ordered, 0.9))


# -- the small-cell rule ---------------------------------------------------------------------


def _cell(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        return value
    return HIDDEN if value < SMALL_CELL else value


def _small(count: Cell) -> bool:
    return is_hidden(count) or (isinstance(count, int) and count < SMALL_CELL)


def _durations(value: Durations) -> Durations:
    if _small(value.count):
        return Durations(HIDDEN, HIDDEN, HIDDEN)
    return value


def pinned(values: Mapping[Any, int], hidden: set[Any]) -> bool:
    """Whether a hidden cell (0-4) follows from the shown cells and the breakdown's total (its sum,
    taken as known when 5 or more): with ``h`` hidden cells summing to ``S``, each lies in
    ``[max(0, S - 4(h-1)), min(4, S)]``, one number exactly when ``h == 1``, ``S == 0`` or ``S == 4h``."""
    total = sum(values.values())
    if not hidden or total < SMALL_CELL:
        return False
    rest = sum(values[key] for key in hidden)
    top = SMALL_CELL - 1
    return len(hidden) == 1 or rest == 0 or rest == top * len(hidden)


def protect(values: Mapping[Any, int], categories: tuple[Any, ...] = ()) -> dict[Any, Cell]:
    """A breakdown as shown outside her own scope (docs/statistics.md, "The small-cell rule"): every
    category listed (zeros too), every count from 0 to 4 `HIDDEN`; when a hidden cell could still be
    worked out from the total (`pinned`), every cell of the breakdown is `WITHHELD`."""
    counts = {key: values.get(key, 0) for key in categories} | dict(values)
    hidden = {key for key, value in counts.items() if value < SMALL_CELL}
    if len(counts) >= 2 and pinned(counts, hidden):
        return dict.fromkeys(counts, WITHHELD)
    return {key: HIDDEN if key in hidden else value for key, value in counts.items()}


def _region_categories(scope: Scope) -> tuple[str, ...]:
    if scope.service_point_id is not None:
        return ()
    if scope.regions is None:
        return (*REGIONS, UNKNOWN_REGION)
    return tuple(sorted(scope.regions))


def suppress(figures: CaseFigures) -> CaseFigures:
    """The figures as shown outside her own scope (docs/statistics.md, "The small-cell rule"): every
    count from 0 to 4 hidden, every median, percentile or mean made from 0 to 4 values hidden, and in
    every breakdown (`protect`) every category listed and no hidden cell left that its total gives away."""
    follow = figures.follow_up
    satisfaction = protect(follow.satisfaction, tuple(range(1, 6)))
    if _small(follow.answered):
        mean: Any = HIDDEN
    elif any(is_hidden(v) for v in satisfaction.values()):
        mean = WITHHELD  # the mean with the shown scores would give the hidden ones away
    else:
        mean = follow.satisfaction_mean
    shown_follow = FollowUpFigures(
        asked=_cell(follow.asked),
        answered=_cell(follow.answered),
        solved=protect(follow.solved, ("yes", "partly", "no")),
        satisfaction=satisfaction,
        satisfaction_mean=mean,
    )
    categories: dict[str, tuple[Any, ...]] = {
        "by_channel": tuple(c.value for c in Channel),
        "by_service": tuple(s.value for s in Service),
        "by_region": _region_categories(figures.scope),
        "by_state": tuple(s.value for s in State if s is not State.INTAKE),
        "mediation": ("agreement", "terminated", "referred"),
        "referrals": (*(a.value for a in Agency), "unknown"),
    }
    changes: dict[str, Any] = {}
    for item in fields(CaseFigures):
        value = getattr(figures, item.name)
        if item.name in ("period", "scope"):
            continue
        if isinstance(value, Durations):
            changes[item.name] = _durations(value)
        elif isinstance(value, dict):
            changes[item.name] = protect(value, categories.get(item.name, ()))
        elif isinstance(value, int) and not isinstance(value, bool):
            changes[item.name] = _cell(value)
    # person-times = cases registered - cases not accepted: with both totals shown, a hidden
    # "not accepted" would follow by subtraction, so person-times is withheld with it.
    refused = changes["by_state"].get(State.NOT_ACCEPTED.value)
    if is_hidden(refused) and not is_hidden(changes["opened"]) and not is_hidden(changes["person_times"]):
        changes["person_times"] = WITHHELD
    changes["follow_up"] = shown_follow
    changes["orders"] = _suppress_orders(figures.orders)
    return replace(figures, **changes)


def _suppress_orders(orders: OrderFigures | None) -> OrderFigures | None:
    """Events are public activities, but ``cases`` and ``helped_at_events`` count women: when either
    is 0-4 the orders' figures are left out as a whole (None), so no sum can give them away."""
    if orders is None or _small(orders.cases) or _small(orders.helped_at_events):
        return None
    return orders


__all__ = [
    "HIDDEN",
    "SMALL_CELL",
    "WITHHELD",
    "CaseFigures",
    "CaseRow",
    "Cell",
    "Durations",
    "FollowUpFigures",
    "Hidden",
    "Period",
    "PeriodKind",
    "Report",
    "Scope",
    "Withheld",
    "durations",
    "event_code",
    "is_hidden",
    "percentile",
    "pinned",
    "protect",
    "suppress",
]
