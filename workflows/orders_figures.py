"""The seed's own figures, computed from what teams recorded (never typed in): pure.

For a period (first and last day, inclusive, local dates) and a region (or every region):
fixed homes and mobile teams (active service points); lectures by kind (场次); events of every
kind and their person-times (人次); women helped = cases opened in the period + women helped
individually at events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from workflows.orders import LECTURE_KINDS, EventRecord, OrderKind


@dataclass(frozen=True)
class Period:
    """From ``first`` to ``last``, both days included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after its first day")

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class Figures:
    period: Period
    region: str | None
    fixed_homes: int
    mobile_teams: int
    #: Lectures (场次) by kind, every one of the five kinds present (0 when none).
    lectures: dict[str, int] = field(default_factory=dict)
    #: Events of every kind (lectures too), and their person-times (人次), by kind.
    events: dict[str, int] = field(default_factory=dict)
    person_times: dict[str, int] = field(default_factory=dict)
    #: Of them: online events.
    online_events: int = 0
    #: Events nobody ordered (随机) and events for an order (点单).
    on_the_spot: int = 0
    ordered: int = 0
    cases: int = 0
    helped_at_events: int = 0

    @property
    def homes_and_teams(self) -> int:
        return self.fixed_homes + self.mobile_teams

    @property
    def lectures_total(self) -> int:
        return sum(self.lectures.values())

    @property
    def events_total(self) -> int:
        return sum(self.events.values())

    @property
    def person_times_total(self) -> int:
        return sum(self.person_times.values())

    @property
    def women_helped(self) -> int:
        """Cases opened in the period plus the women helped individually at events."""
        return self.cases + self.helped_at_events


def compute(
    records: Iterable[EventRecord],
    *,
    period: Period,
    region: str | None,
    fixed_homes: int,
    mobile_teams: int,
    cases: int,
) -> Figures:
    """The figures of ``records`` held in ``period`` and ``region`` (None: every region)."""
    lectures = {kind.value: 0 for kind in LECTURE_KINDS}
    events = {kind.value: 0 for kind in OrderKind}
    person_times = {kind.value: 0 for kind in OrderKind}
    online = spot = ordered = helped = 0
    for record in records:
        if not period.holds(record.held_on) or (region is not None and record.region != region):
            continue
        kind = record.kind.value
        events[kind] += 1
        person_times[kind] += record.attendees
        if record.kind in LECTURE_KINDS:
            lectures[kind] += 1
        online += record.format.value == "online"
        if record.on_the_spot:
            spot += 1
        else:
            ordered += 1
        helped += record.women_helped
    return Figures(
        period=period,
        region=region,
        fixed_homes=fixed_homes,
        mobile_teams=mobile_teams,
        lectures=lectures,
        events=events,
        person_times=person_times,
        online_events=online,
        on_the_spot=spot,
        ordered=ordered,
        cases=cases,
        helped_at_events=helped,
    )


def combine(parts: Iterable[Figures], *, period: Period) -> Figures:
    """The figures of several regions together (each region's `Figures` summed); ``region`` None."""
    parts = list(parts)

    def summed(name: str) -> dict[str, int]:
        keys = dict.fromkeys(key for part in parts for key in getattr(part, name))  # in their order
        return {key: sum(getattr(part, name).get(key, 0) for part in parts) for key in keys}

    return Figures(
        period=period,
        region=None,
        fixed_homes=sum(p.fixed_homes for p in parts),
        mobile_teams=sum(p.mobile_teams for p in parts),
        lectures=summed("lectures"),
        events=summed("events"),
        person_times=summed("person_times"),
        online_events=sum(p.online_events for p in parts),
        on_the_spot=sum(p.on_the_spot for p in parts),
        ordered=sum(p.ordered for p in parts),
        cases=sum(p.cases for p in parts),
        helped_at_events=sum(p.helped_at_events for p in parts),
    )


__all__ = ["Figures", "Period", "combine", "compute"]
