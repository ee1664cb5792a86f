"""The supervisors' dashboard page, served by the web app beside the web chat (docs/statistics.md, "Dashboard").

``/dashboard`` in chat (`bot.dialogs.dashboard_link`) gives a one-time link
``<WALKING_HOME_WEB_PUBLIC_ORIGIN>/dashboard/open/<token>``. Opening it uses it up and begins a page
session (`workflows.services.dashboard`): the answer sets a cookie (HttpOnly, SameSite=Lax, path
``/dashboard``, for ``WALKING_HOME_DASHBOARD_SESSION_MINUTES``) and sends the browser on to
``/dashboard`` without the token in its address. Every request checks the session again: her access
ended or her regions changed, and the page is refused.

The page shows every figure of `bot.stats_text.figure_rows` (this period, the one before, the change),
the charts of `bot.stats_charts.charts_for` (PNG, inline as data: URLs), and filters for the period,
the day it holds, one of her regions and one service point in them (a plain GET form, no script).
Every word comes from the catalogs, in her language; nothing names a woman or a staff member. The
page's stylesheet is ``/static/dashboard.css`` (no CDN, no external font); the web app's security
headers (CSP: nothing inline, nothing from elsewhere; no-store) go on every answer. A link or session
that does not open the page gets a short page in her language with 404 (unknown), 410 (used, expired)
or 403 (revoked, outside her regions).
"""

from __future__ import annotations

import asyncio
import base64
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.i18n import hint_to_locale
from bot.stats_text import SECTIONS, FigureRow, figure_rows, scope_name, value_text
from workflows.case import Actor
from workflows.dashboard_links import EXPIRED, REVOKED, UNKNOWN, USED
from workflows.services.dashboard import OUTSIDE_SCOPE, LinkRefused, open_link, page_actor, page_scope
from workflows.services.stats import own_regions, report
from workflows.stats import Period, PeriodKind
from workflows.vocabulary import REGIONS, UNKNOWN_REGION

logger = logging.getLogger(__name__)

COOKIE = "wh_dashboard"
PATH = "/dashboard"
#: The periods the filter offers (a custom range is the export's: `walking-home report`).
KINDS = (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)
#: Why a link or session is refused -> (HTTP status, catalog message).
REFUSALS = {
    UNKNOWN: (404, "dashboard-refused-unknown"),
    USED: (410, "dashboard-refused-used"),
    EXPIRED: (410, "dashboard-refused-expired"),
    REVOKED: (403, "dashboard-refused-revoked"),
    OUTSIDE_SCOPE: (403, "dashboard-refused-outside"),
}
#: One chart drawn at a time (matplotlib's state is not meant for threads drawing at once).
_CHARTS = asyncio.Lock()


#: How much longer than the session the browser keeps its cookie: the server decides when a session
#: ends, and a browser still holding the cookie of an ended session is told "expired" (410), not
#: "link not valid" (404) as it would be if the browser had dropped the cookie at the same moment.
COOKIE_GRACE = timedelta(days=1)


def cookie_max_age(session_for: timedelta) -> int:
    """The session cookie's Max-Age in seconds: the session's lifetime and `COOKIE_GRACE`."""
    return int((session_for + COOKIE_GRACE).total_seconds())


def dashboard_base(settings: Any) -> str:
    """Where links point: ``WALKING_HOME_WEB_PUBLIC_ORIGIN``, else the web app's own host and port."""
    origin = (settings.web_public_origin or "").strip().rstrip("/")
    return origin or f"http://{settings.web_host}:{settings.web_port}"


@dataclass(frozen=True)
class Filters:
    kind: PeriodKind
    on: date
    region: str
    point_id: int | None

    @property
    def period(self) -> Period:
        return Period.containing(self.kind, self.on)


class BadFilter(ValueError):
    """A filter value the page does not understand (said in her language, 400)."""


def read_filters(request: Request, today: date) -> Filters:
    query = request.query_params
    kind_text = query.get("period", "") or PeriodKind.MONTH.value
    if kind_text not in {k.value for k in KINDS}:
        raise BadFilter("period")
    on_text = query.get("on", "")
    try:
        on = date.fromisoformat(on_text) if on_text else today
    except ValueError:
        raise BadFilter("on") from None
    region = query.get("region", "")
    if region and region not in (*REGIONS, UNKNOWN_REGION):
        raise BadFilter("region")
    point_text = query.get("point", "")
    if point_text and not point_text.isdigit():
        raise BadFilter("point")
    return Filters(PeriodKind(kind_text), on, region, int(point_text) if point_text else None)


class DashboardPage:
    """The routes of the page over the app (`bot.bootstrap.App`): its units of work, catalogs, clock, settings."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.settings = app.settings
        self.secure = (self.settings.web_public_origin or "").startswith("https://")

    @property
    def routes(self) -> list[BaseRoute]:
        return [
            Route(f"{PATH}/open/{{token}}", self.open, methods=["GET"]),
            Route(PATH, self.page, methods=["GET"]),
        ]

    # -- the link and the session -----------------------------------------------------------------

    async def open(self, request: Request) -> Response:
        now = self.app.now()
        session_for = timedelta(minutes=self.settings.dashboard_session_minutes)
        try:
            session = await open_link(
                self.app.unit_of_work(), request.path_params["token"], now=now, session_for=session_for
            )
        except LinkRefused as refused:
            return await self.refused(request, refused)
        response = RedirectResponse(PATH, status_code=303)
        response.set_cookie(
            COOKIE,
            session.token,
            max_age=cookie_max_age(session_for),
            path=PATH,
            httponly=True,
            samesite="lax",
            secure=self.secure,
        )
        return response

    async def page(self, request: Request) -> Response:
        now = self.app.now()
        try:
            actor = await page_actor(self.app.unit_of_work(), request.cookies.get(COOKIE, ""), now=now)
        except LinkRefused as refused:
            return await self.refused(request, refused)
        locale = await self.locale_of(actor.id)
        word = partial(self.app.localizer.format, locale)
        zone = self.settings.zone
        try:
            filters = read_filters(request, now.astimezone(zone).date())
        except BadFilter:
            return self.message_page(locale, word, "dashboard-bad-filter", 400)
        try:
            scope = await page_scope(self.app.unit_of_work(), actor, region=filters.region, point_id=filters.point_id)
        except LinkRefused as refused:
            return await self.refused(request, refused, locale=locale)
        figures = await report(
            self.app.unit_of_work(), actor=actor, period=filters.period, tz=zone, now=now, scope=scope
        )
        charts = await self.charts(figures, locale)
        points = await self.points_of(actor)
        html = render_page(figures, charts, filters, actor, points, locale, word)
        return HTMLResponse(html, headers={"x-robots-tag": "noindex"})

    async def charts(self, figures: Any, locale: str) -> list[tuple[str, bytes]]:
        """The report's charts (`bot.stats_charts`), drawn in a thread; none when they cannot be drawn."""
        try:
            from bot.stats_charts import charts_for

            async with _CHARTS:
                return await asyncio.to_thread(charts_for, figures, locale, self.app.localizer)
        except Exception as error:  # the figures' tables are the page; a chart is a help
            logger.error("dashboard: the charts could not be drawn (%s)", type(error).__name__)
            return []

    async def points_of(self, actor: Actor) -> list[tuple[int, str, str]]:
        """(id, name, region) of the active service points in her own regions, for the filter."""
        own = own_regions(actor)
        async with self.app.unit_of_work() as uow:
            teams = await uow.orders.teams()
        return [(t.id, t.name, t.region) for t in teams if own is None or t.region in own]

    async def locale_of(self, person_id: int | None) -> str:
        if person_id is None:
            return self.settings.default_locale
        async with self.app.unit_of_work() as uow:
            locale = await uow.people.locale_of(person_id)
        return locale or self.settings.default_locale

    async def refused(self, request: Request, refused: LinkRefused, *, locale: str = "") -> Response:
        if not locale:
            if refused.person_id is not None:
                locale = await self.locale_of(refused.person_id)
            else:
                hint = request.headers.get("accept-language", "").split(",")[0].split(";")[0]
                locale = hint_to_locale(hint) or self.settings.default_locale
        status, message_id = REFUSALS.get(refused.reason, REFUSALS[UNKNOWN])
        response = self.message_page(locale, partial(self.app.localizer.format, locale), message_id, status)
        if refused.reason != OUTSIDE_SCOPE:
            response.delete_cookie(COOKIE, path=PATH)
        return response

    def message_page(self, locale: str, word: Any, message_id: str, status: int) -> HTMLResponse:
        body = f'<main class="dashboard refused"><h1>{escape(word("dashboard-title"))}</h1><p class="why">{escape(word(message_id))}</p></main>'
        return HTMLResponse(_document(locale, word("dashboard-title"), body), status_code=status)


# -- the HTML ----------------------------------------------------------------------------------------


def _document(locale: str, title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="{escape(locale)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="/static/dashboard.css"></head>'
        f"<body>{body}</body></html>"
    )


def _option(value: str, label: str, chosen: bool) -> str:
    selected = " selected" if chosen else ""
    return f'<option value="{escape(value)}"{selected}>{escape(label)}</option>'


def _filters_form(filters: Filters, actor: Actor, points: list[tuple[int, str, str]], word: Any) -> str:
    own = own_regions(actor)
    regions = [r for r in REGIONS if own is None or r in own]  # "Not sure" is her answer, not a region to choose
    kinds = "".join(_option(k.value, word(f"dashboard-period-{k.value}"), k is filters.kind) for k in KINDS)
    region_options = _option("", word("dashboard-all-regions"), not filters.region) + "".join(
        _option(r, word(f"region-{r}"), r == filters.region) for r in regions
    )
    point_options = _option("", word("dashboard-all-points"), filters.point_id is None) + "".join(
        _option(str(i), f"{name} · {word(f'region-{region}')}", i == filters.point_id) for i, name, region in points
    )
    return (
        f'<form class="filters" method="get" action="{PATH}">'
        f'<label>{escape(word("dashboard-filter-period"))}<select name="period">{kinds}</select></label>'
        f"<label>{escape(word('dashboard-filter-day'))}"
        f'<input type="date" name="on" value="{filters.on.isoformat()}"></label>'
        f'<label>{escape(word("dashboard-filter-region"))}<select name="region">{region_options}</select></label>'
        f'<label>{escape(word("dashboard-filter-point"))}<select name="point">{point_options}</select></label>'
        f'<button type="submit">{escape(word("dashboard-apply"))}</button></form>'
    )


def change_of(row: FigureRow, word: Any) -> tuple[str, str]:
    """(css class, text) of the change from the previous period: up, down, same, or none to compare."""
    now, before = row.value, row.previous
    if not isinstance(now, int | float) or not isinstance(before, int | float):
        return "none", word("stats-none")
    delta = now - before
    if abs(delta) < 1e-9:
        return "same", word("dashboard-change-same")
    direction = "up" if delta > 0 else "down"
    amount = value_text(round(abs(delta), 2), row.unit, word)
    return direction, word(f"dashboard-change-{direction}", amount=amount)


def _table(section: str, rows: list[FigureRow], figures: Any, word: Any) -> str:
    head = (
        f'<tr><th scope="col">{escape(word("dashboard-col-figure"))}</th>'
        f'<th scope="col">{escape(figures.period.label())}</th>'
        f'<th scope="col">{escape(figures.previous.period.label())}</th>'
        f'<th scope="col">{escape(word("dashboard-col-change"))}</th></tr>'
    )
    body = []
    for row in rows:
        css, change = change_of(row, word)
        body.append(
            f'<tr data-key="{escape(row.key)}"><th scope="row">{escape(row.label)}</th>'
            f'<td class="now">{escape(value_text(row.value, row.unit, word))}</td>'
            f'<td class="before">{escape(value_text(row.previous, row.unit, word))}</td>'
            f'<td class="change {css}">{escape(change)}</td></tr>'
        )
    title = escape(word(section))
    return f'<section class="figures"><h2>{title}</h2><table><thead>{head}</thead><tbody>{"".join(body)}</tbody></table></section>'


def render_page(
    figures: Any,
    charts: list[tuple[str, bytes]],
    filters: Filters,
    actor: Actor,
    points: list[tuple[int, str, str]],
    locale: str,
    word: Any,
) -> str:
    """The whole page: title, filters, charts, one table per section, the small-cell note."""
    rows = figure_rows(figures, word)
    names = {point_id: name for point_id, name, _ in points}
    subtitle = word("stats-title", period=figures.period.label(), scope=scope_name(figures.scope, word, names))
    parts = [
        f'<header><h1>{escape(word("dashboard-title"))}</h1><p class="scope">{escape(subtitle)}</p></header>',
        _filters_form(filters, actor, points, word),
    ]
    if charts:
        figures_html = "".join(
            f'<figure><img alt="{escape(title)}" src="data:image/png;base64,{base64.b64encode(png).decode()}"></figure>'
            for title, png in charts
        )
        parts.append(f'<section class="charts">{figures_html}</section>')
    for section in SECTIONS:
        chosen = [r for r in rows if r.section == f"stats-section-{section}"]
        if chosen:
            parts.append(_table(f"stats-section-{section}", chosen, figures, word))
    if figures.suppressed:
        parts.append(f'<p class="note">{escape(word("stats-suppressed-note"))}</p>')
    parts.append(f'<p class="note">{escape(word("dashboard-private-note"))}</p>')
    return _document(locale, word("dashboard-title"), f'<main class="dashboard">{"".join(parts)}</main>')


def dashboard_routes(app: Any) -> list[BaseRoute]:
    """The page's routes, for the bot's HTTP server (added when the web chat runs)."""
    return DashboardPage(app).routes


__all__ = ["COOKIE", "DashboardPage", "change_of", "dashboard_base", "dashboard_routes", "read_filters", "render_page"]
