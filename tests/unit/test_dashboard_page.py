"""The dashboard page's pure parts: reading the filters, the change from the previous period."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest
from starlette.requests import Request

from bot.dashboard import BadFilter, change_of, read_filters, render_page
from bot.export_query import export_query
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from bot.stats_text import COUNT, HOURS, FigureRow, figure_rows, text_lines, value_text
from workflows.case import Actor
from workflows.stats import CaseFigures, Period, PeriodKind, Report, Scope
from workflows.vocabulary import Role

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


# -- small things from the issue 16 tryout -----------------------------------------------------


def _report(scope: Scope, **now: object) -> Report:
    current = CaseFigures(Period.month(2026, 11), scope, **now)
    before = CaseFigures(Period.month(2026, 10), scope, overdue_now=7)
    return Report(current, before, datetime(2026, 11, 25, tzinfo=UTC))


def test_a_hidden_time_says_hidden_not_under_five_hours() -> None:
    assert value_text("<5", HOURS, WORD) == "hidden (fewer than 5 cases)"
    assert value_text("<5", COUNT, WORD) == "<5"  # a count: "<5" is what it means


def test_overdue_now_has_no_previous_period_to_compare() -> None:
    report = _report(Scope.everywhere(), overdue_now=3)
    (row,) = [r for r in figure_rows(report, WORD) if r.key == "overdue_now"]
    assert row.previous is None and change_of(row, WORD)[0] == "none"
    line = [t for t in text_lines(report, WORD) if t.startswith("Overdue now")]
    assert line == ["Overdue now: 3 (now)"]


def test_the_region_filter_offers_no_not_sure_region() -> None:
    admin = Actor(id=1, roles=frozenset({Role.ADMIN}), regions=frozenset({"all"}))
    filters = read_filters(request(""), TODAY)
    form = render_page(_report(Scope.everywhere()), [], filters, admin, [], "en", WORD)
    assert 'value="hailar"' in form and 'value="unknown"' not in form and "Not sure" not in form


def test_a_service_point_is_titled_by_its_name() -> None:
    admin = Actor(id=1, roles=frozenset({Role.ADMIN}), regions=frozenset({"all"}))
    filters = read_filters(request("point=7"), TODAY)
    page = render_page(_report(Scope.point(7)), [], filters, admin, [(7, "Hailar Women's Home", "hailar")], "en", WORD)
    assert "Hailar Women&#x27;s Home" in page.split("</header>")[0] and "service point #7" not in page


@pytest.mark.parametrize(
    ("period", "region", "fmt"),
    [
        (Period.custom(date(2026, 1, 5), date(2026, 2, 10)), "", "md"),
        (Period.week(date(2026, 11, 25)), "hailar", "csv"),
        (Period.quarter(2026, 3), "", "xlsx"),
    ],
)
def test_an_export_links_query_reads_back_as_the_same_filters(period: Period, region: str, fmt: str) -> None:
    filters = read_filters(request(export_query(period, region, fmt)), TODAY)
    assert (filters.period, filters.region, filters.export) == (period, region, fmt)


@pytest.mark.parametrize(
    "query",
    [
        "period=custom&from=2026-02-10&to=2026-01-05",  # ends before it begins
        "period=custom&from=2024-01-01&to=2026-01-01",  # more than 366 days
        "period=custom&from=2026-01-05",
        "export=pdf",
    ],
)
def test_a_custom_range_or_format_it_cannot_read_is_refused(query: str) -> None:
    with pytest.raises(BadFilter):
        read_filters(request(query), TODAY)


def test_the_download_buttons_carry_the_filters_shown_and_an_exports_format_comes_first() -> None:
    admin = Actor(id=1, roles=frozenset({Role.ADMIN}), regions=frozenset({"all"}))
    page = render_page(_report(Scope.point(7)), [], read_filters(request("point=7"), TODAY), admin, [], "en", WORD)
    assert 'href="/dashboard/download?period=month&amp;on=2026-11-25&amp;point=7&amp;format=csv"' in page
    assert 'data-format="xlsx"' in page and "Download XLSX (Excel)" in page and "export-ready" not in page
    filters = read_filters(request("period=custom&from=2026-01-05&to=2026-02-10&export=xlsx"), TODAY)
    page = render_page(_report(Scope.everywhere()), [], filters, admin, [], "en", WORD)
    downloads = page.split('class="downloads"')[1]
    assert downloads.index('data-format="xlsx"') < downloads.index('data-format="csv"')
    assert WORD("export-ready") in page and 'class="download ready" data-format="xlsx"' in page
    assert 'name="from" value="2026-01-05"' in page and '<option value="custom" selected>' in page
