"""Dates and times as people type them in the five languages (bot/dialogs/order_dates.py)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.dialogs.order_dates import DateProblem, parse_dates, parse_time

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-20", [date(2026, 12, 20)]),
        ("2026/12/20", [date(2026, 12, 20)]),
        ("20.12.2026", [date(2026, 12, 20)]),
        ("12/20/2026", [date(2026, 12, 20)]),
        ("20/12", [date(2026, 12, 20)]),
        ("20.12", [date(2026, 12, 20)]),
        ("12月20日", [date(2026, 12, 20)]),
        ("2026年12月20日", [date(2026, 12, 20)]),
        ("２０２６年１２月２０日", [date(2026, 12, 20)]),
        ("20 December", [date(2026, 12, 20)]),
        ("Dec 20, 2026", [date(2026, 12, 20)]),
        ("20 декабря", [date(2026, 12, 20)]),
        ("20 декабря 2026", [date(2026, 12, 20)]),
        ("2026 оны 12 сарын 20", [date(2026, 12, 20)]),
        ("12 сарын 20", [date(2026, 12, 20)]),
        ("᠒᠐᠒᠖-᠑᠒-᠒᠐", [date(2026, 12, 20)]),
        ("12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 20", [date(2026, 12, 20)]),
        ("tomorrow", [date(2026, 11, 26)]),
        ("明天", [date(2026, 11, 26)]),
        ("завтра", [date(2026, 11, 26)]),
        ("маргааш", [date(2026, 11, 26)]),
        ("5 January", [date(2027, 1, 5)]),  # passed long ago this year: next year's
        ("12月20日、2027年1月5日", [date(2026, 12, 20), date(2027, 1, 5)]),
        ("20.12 и 22.12", [date(2026, 12, 20), date(2026, 12, 22)]),
        ("Dec 20 and Dec 22; Dec 20", [date(2026, 12, 20), date(2026, 12, 22)]),
    ],
)
def test_dates_as_typed(typed: str, expected: list[date]) -> None:
    assert parse_dates(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("2026-11-01", "in_past"),
        ("1 November", "in_past"),  # passed this month: refused, not read as next year
        ("yesterday evening", "not_a_date"),
        ("many", "not_a_date"),
        ("31.02.2027", "not_a_date"),
        ("2026-13-01", "not_a_date"),
        ("2028-01-01", "too_far"),
        ("1.12, 2.12, 3.12, 4.12", "too_many"),
        ("", "not_a_date"),
    ],
)
def test_dates_refused_name_the_problem_only(typed: str, problem: str) -> None:
    with pytest.raises(DateProblem) as refused:
        parse_dates(typed, TODAY)
    assert refused.value.problem == problem
    assert typed not in str(refused.value) or not typed


def test_a_date_held_may_be_past_but_not_future() -> None:
    assert parse_dates("24.11.2026", TODAY, allow_past=True) == [date(2026, 11, 24)]
    assert parse_dates("today", TODAY, allow_past=True) == [TODAY]
    with pytest.raises(DateProblem) as refused:
        parse_dates("2026-12-01", TODAY, allow_past=True)
    assert refused.value.problem == "in_future"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14:30", time(14, 30)), ("14.30", time(14, 30)), ("2:30 pm", time(14, 30)), ("14点30分", time(14, 30))]
    + [("9", time(9, 0)), ("１４：３０", time(14, 30)), ("14点半", time(14, 30)), ("12 am", time(0, 0))],
)
def test_times_as_typed(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["afternoon", "25:00", "14:75", "", "2026-12-20"])
def test_times_refused(typed: str) -> None:
    with pytest.raises(DateProblem):
        parse_time(typed)
