"""Periods of the supervisor figures (`workflows.stats`): boundaries in Asia/Shanghai local time,
the period before, percentiles and the small-cell rule (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from workflows.stats import (
    HIDDEN,
    CaseFigures,
    Durations,
    FollowUpFigures,
    Period,
    PeriodKind,
    Scope,
    durations,
    event_code,
    percentile,
    suppress,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_month_runs_from_local_midnight_to_local_midnight():
    since, until = Period.month(2026, 3).bounds(SHANGHAI)
    assert since.astimezone(UTC) == datetime(2026, 2, 28, 16, tzinfo=UTC)
    assert until.astimezone(UTC) == datetime(2026, 3, 31, 16, tzinfo=UTC)


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (Period.month(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (Period.month(2026, 2), date(2026, 2, 1), date(2026, 2, 28)),
        (Period.quarter(2026, 1), date(2026, 1, 1), date(2026, 3, 31)),
        (Period.quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31)),
        (Period.year(2026), date(2026, 1, 1), date(2026, 12, 31)),
        (Period.week(date(2026, 3, 4)), date(2026, 3, 2), date(2026, 3, 8)),  # Wednesday: Monday to Sunday
        (Period.week(date(2026, 3, 1)), date(2026, 2, 23), date(2026, 3, 1)),  # a Sunday ends its week
    ],
)
def test_the_days_of_each_kind(period, first, last):
    assert (period.first, period.last) == (first, last)


@pytest.mark.parametrize(
    ("period", "previous"),
    [
        (Period.month(2026, 3), Period.month(2026, 2)),
        (Period.month(2026, 1), Period.month(2025, 12)),
        (Period.quarter(2026, 1), Period.quarter(2025, 4)),
        (Period.quarter(2026, 3), Period.quarter(2026, 2)),
        (Period.year(2026), Period.year(2025)),
        (Period.day(date(2026, 3, 1)), Period.day(date(2026, 2, 28))),
        (Period.week(date(2026, 1, 1)), Period.week(date(2025, 12, 25))),
        (Period.custom(date(2026, 3, 10), date(2026, 3, 19)), Period.custom(date(2026, 2, 28), date(2026, 3, 9))),
    ],
)
def test_the_period_before(period, previous):
    assert period.previous() == previous
    assert period.previous().kind is period.kind


def test_containing_and_labels():
    day = date(2026, 5, 17)
    assert Period.containing("quarter", day) == Period.quarter(2026, 2)
    assert Period.containing(PeriodKind.MONTH, day).label() == "2026-05"
    assert Period.quarter(2026, 2).label() == "2026-Q2"
    assert Period.week(day).label() == "2026-W20"
    assert Period.custom(date(2026, 1, 1), date(2026, 1, 2)).label() == "2026-01-01..2026-01-02"
    with pytest.raises(ValueError):
        Period.custom(date(2026, 1, 2), date(2026, 1, 1))
    with pytest.raises(ValueError):
        Period.quarter(2026, 5)


def test_a_local_day_boundary_holds_instants_by_local_date():
    since, until = Period.day(date(2026, 3, 1)).bounds(SHANGHAI)
    assert since <= datetime(2026, 2, 28, 16, 0, tzinfo=UTC) < until  # 00:00 on 1 March local
    assert not since <= datetime(2026, 2, 28, 15, 59, 59, tzinfo=UTC) < until  # still 28 February local


def test_percentiles_interpolate_like_percentile_cont():
    assert percentile([], 0.5) is None
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0], 0.9) == pytest.approx(46.0)
    assert durations([3.0, 1.0, 2.0]) == Durations(3, 2.0, pytest.approx(2.8))


def test_the_small_cell_rule_hides_zero_to_four_and_what_is_made_of_them():
    figures = CaseFigures(
        period=Period.month(2026, 3),
        scope=Scope.region("hailar"),
        opened=12,
        by_channel={"web": 4, "telegram": 8, "matrix": 0},
        to_accept=Durations(4, 60.0, 90.0),
        to_close=Durations(5, 10.0, 20.0),
        emergencies=1,
        follow_up=FollowUpFigures(asked=9, answered=3, satisfaction={5: 3, 1: 0}, satisfaction_mean=5.0),
        by_state={"new": 5, "accepted": 2, "not_accepted": 5},
        person_times=7,
    )
    shown = suppress(figures)
    assert shown.opened == 12 and shown.person_times == 7
    # every channel listed, 0 hidden like 1-4 (web 4, matrix 0, hotline 0: sum 4, not pinned)
    assert shown.by_channel == {"web": HIDDEN, "telegram": 8, "matrix": HIDDEN, "hotline": HIDDEN, "wechat": HIDDEN}
    assert shown.to_accept == Durations(HIDDEN, HIDDEN, HIDDEN)
    assert shown.to_close == Durations(5, 10.0, 20.0)
    assert shown.emergencies is HIDDEN
    assert shown.follow_up.satisfaction == dict.fromkeys((1, 5, 2, 3, 4), HIDDEN)
    assert shown.follow_up.satisfaction_mean is HIDDEN and shown.follow_up.response_rate is HIDDEN
    assert shown.follow_up.asked == 9


def test_the_event_code_is_the_anonymous_field_of_its_trigger():
    assert event_code("refer", {"agency": "police", "purpose": "her words"}) == "police"
    assert event_code("close", {"closure_code": "resolved"}) == "resolved"
    assert event_code("accept", {"risk": "low"}) is None
    assert event_code("refer", {}) is None


def test_dates_between_make_the_calendar_period_they_match():
    assert Period.between(date(2026, 3, 1), date(2026, 3, 31)) == Period.month(2026, 3)
    assert Period.between(date(2026, 4, 1), date(2026, 6, 30)) == Period.quarter(2026, 2)
    assert Period.between(date(2026, 1, 1), date(2026, 12, 31)) == Period.year(2026)
    assert Period.between(date(2026, 3, 2), date(2026, 3, 8)) == Period.week(date(2026, 3, 2))
    assert Period.between(date(2026, 3, 2), date(2026, 3, 2)) == Period.day(date(2026, 3, 2))
    assert Period.between(date(2026, 3, 2), date(2026, 3, 30)).kind is PeriodKind.CUSTOM
