"""The dashboard page's pure parts: reading the filters, the change from the previous period."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from starlette.requests import Request

from bot.dashboard import BadFilter, change_of, read_filters
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from bot.stats_text import COUNT, HOURS, FigureRow
from workflows.stats import Period, PeriodKind

TODAY = date(2026, 11, 25)
WORD = partial(Localizer(REPO_LOCALES, "en").format, "en")


def request(query: str) -> Request:
    return Request(
        {"type": "http", "method": "GET", "path": "/dashboard", "query_string": query.encode(), "headers": []}
    )


def test_no_filter_is_this_month_in_her_own_regions() -> None:
    filters = read_filters(request(""), TODAY)
    assert (filters.period, filters.region, filters.point_id) == (Period.month(2026, 11), "", None)


def test_filters_choose_the_period_the_day_a_region_and_a_point() -> None:
    filters = read_filters(request("period=quarter&on=2026-02-10&region=ergun&point=7"), TODAY)
    assert (filters.kind, filters.period, filters.region, filters.point_id) == (
        PeriodKind.QUARTER, Period.quarter(2026, 1), "ergun", 7,
    )  # fmt: skip


@pytest.mark.parametrize(
    "query", ["period=decade", "period=custom", "on=2026-13-01", "on=yesterday", "region=atlantis", "point=x1"]
)
def test_a_filter_it_cannot_read_is_refused(query: str) -> None:
    with pytest.raises(BadFilter):
        read_filters(request(query), TODAY)


@pytest.mark.parametrize(
    ("now", "before", "unit", "css", "text"),
    [
        (5, 2, COUNT, "up", "▲ 3"),
        (2, 5, COUNT, "down", "▼ 3"),
        (4, 4, COUNT, "same", "no change"),
        (1.5, 3.0, HOURS, "down", "▼ " + WORD("stats-hours", hours=1.5)),
        ("<5", 7, COUNT, "none", WORD("stats-none")),  # a hidden cell is never compared
        (None, 3, HOURS, "none", WORD("stats-none")),
    ],
)
def test_the_change_from_the_previous_period(now, before, unit, css, text) -> None:
    row = FigureRow("stats-section-opened", "opened", "Cases", now, before, unit)
    assert change_of(row, WORD) == (css, text)
