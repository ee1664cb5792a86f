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
or 403 (revoked, outside her regions). When the database does not answer, every route answers a
"busy, try again in a minute" page (503, `DashboardPage.busy_when_down`) and uses nothing up.
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
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.export_download import Export, clear_export_dir
from bot.export_query import period_pairs
from bot.i18n import hint_to_locale
from bot.report_export import FORMATS
from bot.stats_text import SECTIONS, FigureRow, figure_rows, scope_name, value_text
from workflows.case import Actor
from workflows.dashboard_links import EXPIRED, REVOKED, UNKNOWN, USED
from workflows.errors import NotCommitted
from workflows.services.dashboard import OUTSIDE_SCOPE, LinkRefused, open_link, page_actor, page_scope
from workflows.services.stats import own_regions, report
from workflows.stats import Period, PeriodKind
from workflows.vocabulary import REGIONS, UNKNOWN_REGION

logger = logging.getLogger(__name__)

COOKIE = "wh_dashboard"
PATH = "/dashboard"
DOWNLOAD = f"{PATH}/download"
#: The periods the filter offers; a custom range (``period=custom&from=…&to=…``) comes from ``/export``.
KINDS = (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)
#: A custom range is at most this many days (as ``/stats`` and ``/export`` take it).
MAX_DAYS = 366
#: The query keys a link may carry on to the page (``/export``'s period, region and format).
QUERY_KEYS = ("period", "on", "from", "to", "region", "point", "export")
#: The download buttons on the page, and their labels.
BUTTONS = {"csv": "dashboard-download-csv", "xlsx": "dashboard-download-xlsx"}
#: Why a link or session is refused -> (HTTP status, catalog message).
REFUSALS = {
    UNKNOWN: (404, "dashboard-refused-unknown"),
    USED: (410, "dashboard-refused-used"),
    EXPIRED: (410, "dashboard-refused-expired"),
    REVOKED: (403, "dashboard-refused-revoked"),
    OUTSIDE_SCOPE: (403, "dashboard-refused-outside"),
}
#: An ``/export`` link that does not open: the same statuses, and "send /export" for a new one.
EXPORT_REFUSALS = {
    UNKNOWN: "export-refused-unknown",
    USED: "export-refused-used",
    EXPIRED: "export-refused-expired",
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
    #: A custom range's last day (``on`` is its first); None for the other kinds.
    last: date | None = None
    #: The format an ``/export`` link asked for: its download is offered first.
    export: str = ""

    @property
    def period(self) -> Period:
        if self.kind is PeriodKind.CUSTOM and self.last is not None:
            return Period.custom(self.on, self.last)
        return Period.containing(self.kind, self.on)

    def query(self, **extra: str) -> str:
        """These filters as a query string (and ``extra``), for the download buttons and links."""
        pairs = period_pairs(self.period, self.on)
        if self.region:
            pairs.append(("region", self.region))
        if self.point_id is not None:
            pairs.append(("point", str(self.point_id)))
        return urlencode(pairs + list(extra.items()))


class BadFilter(ValueError):
    """A filter value the page does not understand (said in her language, 400)."""


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadFilter(name) from None


def read_filters(request: Request, today: date) -> Filters:
    query = request.query_params
    kind_text = query.get("period", "") or PeriodKind.MONTH.value
    last = None
    if kind_text == PeriodKind.CUSTOM.value:
        on, last = _day(query.get("from", ""), "from"), _day(query.get("to", ""), "to")
        if last < on or (last - on).days + 1 > MAX_DAYS:
            raise BadFilter("to")
    elif kind_text not in {k.value for k in KINDS}:
        raise BadFilter("period")
    else:
        on_text = query.get("on", "")
        on = _day(on_text, "on") if on_text else today
    region = query.get("region", "")
    if region and region not in (*REGIONS, UNKNOWN_REGION):
        raise BadFilter("region")
    point_text = query.get("point", "")
    if point_text and not point_text.isdigit():
        raise BadFilter("point")
    export = query.get("export", "")
    if export and export not in FORMATS:
        raise BadFilter("export")
    return Filters(PeriodKind(kind_text), on, region, int(point_text) if point_text else None, last, export)


class DashboardPage:
    """The routes of the page over the app (`bot.bootstrap.App`): its units of work, catalogs, clock, settings."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.settings = app.settings
        self.secure = (self.settings.web_public_origin or "").startswith("https://")

    @property
    def routes(self) -> list[BaseRoute]:
        return [
            Route(f"{PATH}/open/{{token}}", self.busy_when_down(self.open, "open"), methods=["GET"]),
            Route(DOWNLOAD, self.busy_when_down(self.download, "download"), methods=["GET"]),
            Route(PATH, self.busy_when_down(self.page, "page"), methods=["GET"]),
        ]

    def busy_when_down(self, handler: Any, name: str) -> Any:
        """``handler``, answering "busy, try again in a minute" (503, in her language) when the database
        does not answer (`NotCommitted`, after the database's timeouts) instead of a bare 500. Nothing was
        committed: a link is not used up, a download not started (nor audited)."""

        async def answer(request: Request) -> Response:
            try:
                return await handler(request)
            except NotCommitted as error:
                logger.error("dashboard: the database did not answer (%s, %s)", name, type(error).__name__)
                return self.busy(request)

        return answer

    def busy(self, request: Request) -> Response:
        """The busy page in the language the address asks for (``lang``), else the browser's, else the
        bot's default: her own language is in the database, which is not answering."""
        locale = ""
        asked = request.query_params.get("lang", "")
        if asked in self.app.localizer.locales:
            locale = asked
        for part in request.headers.get("accept-language", "").split(","):
            if locale:
                break
            locale = hint_to_locale(part.split(";")[0]) or ""
        locale = locale or self.settings.default_locale
        response = self.message_page(locale, partial(self.app.localizer.format, locale), "dashboard-busy", 503)
        response.headers["retry-after"] = "60"
        return response

    # -- the link and the session -----------------------------------------------------------------

    async def open(self, request: Request) -> Response:
        now = self.app.now()
        session_for = timedelta(minutes=self.settings.dashboard_session_minutes)
        try:
            session = await open_link(
                self.app.unit_of_work(), request.path_params["token"], now=now, session_for=session_for
            )
        except LinkRefused as refused:
            return await self.refused(request, refused, export="export" in request.query_params)
        # An /export link carries its period, region and format on to the page (they are not secret).
        carried = [(k, v) for k, v in request.query_params.multi_items() if k in QUERY_KEYS]
        response = RedirectResponse(f"{PATH}?{urlencode(carried)}" if carried else PATH, status_code=303)
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

    async def checked(self, request: Request) -> tuple[Actor, str, Filters, Any] | Response:
        """Her session, language, filters and scope, every one checked again; or the refusal's page."""
        now = self.app.now()
        try:
            actor = await page_actor(self.app.unit_of_work(), request.cookies.get(COOKIE, ""), now=now)
        except LinkRefused as refused:
            return await self.refused(request, refused)
        locale = await self.locale_of(actor.id)
        word = partial(self.app.localizer.format, locale)
        try:
            filters = read_filters(request, now.astimezone(self.settings.zone).date())
        except BadFilter:
            return self.message_page(locale, word, "dashboard-bad-filter", 400)
        try:
            scope = await page_scope(self.app.unit_of_work(), actor, region=filters.region, point_id=filters.point_id)
        except LinkRefused as refused:
            return await self.refused(request, refused, locale=locale)
        return actor, locale, filters, scope

    async def page(self, request: Request) -> Response:
        checked = await self.checked(request)
        if isinstance(checked, Response):
            return checked
        actor, locale, filters, scope = checked
        word = partial(self.app.localizer.format, locale)
        figures = await report(
            self.app.unit_of_work(), actor=actor, period=filters.period, tz=self.settings.zone, now=self.app.now(),
            scope=scope,
        )  # fmt: skip
        charts = await self.charts(figures, locale)
        points = await self.points_of(actor)
        html = render_page(figures, charts, filters, actor, points, locale, word)
        return HTMLResponse(html, headers={"x-robots-tag": "noindex"})

    async def download(self, request: Request) -> Response:
        """The figures and case list of the filters as a file (``format=csv|xlsx|md``), audited
        (`bot.export_download`); the same session and scope checks as the page. GET only: a HEAD
        (which Starlette would answer for a GET route) would write and audit an export nobody gets."""
        if request.method != "GET":
            return Response(status_code=405, headers={"allow": "GET"})
        checked = await self.checked(request)
        if isinstance(checked, Response):
            return checked
        actor, locale, filters, scope = checked
        fmt = request.query_params.get("format", "")
        if fmt not in FORMATS:
            return self.message_page(locale, partial(self.app.localizer.format, locale), "dashboard-bad-filter", 400)
        names = {point_id: name for point_id, name, _ in await self.points_of(actor)}
        export = Export(
            self.app, actor=actor, period=filters.period, scope=scope, fmt=fmt, locale=locale, point_names=names
        )
        response = await export.response()
        response.headers["x-robots-tag"] = "noindex"
        return response

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

    async def refused(
        self, request: Request, refused: LinkRefused, *, locale: str = "", export: bool = False
    ) -> Response:
        if not locale:
            if refused.person_id is not None:
                locale = await self.locale_of(refused.person_id)
            else:
                hint = request.headers.get("accept-language", "").split(",")[0].split(";")[0]
                locale = hint_to_locale(hint) or self.settings.default_locale
        status, message_id = REFUSALS.get(refused.reason, REFUSALS[UNKNOWN])
        if export:
            message_id = EXPORT_REFUSALS.get(refused.reason, message_id)
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
    custom = ""
    if filters.kind is PeriodKind.CUSTOM:  # an /export link's days: kept until she picks another period
        period = filters.period
        kinds += _option(PeriodKind.CUSTOM.value, period.label(), True)
        custom = (
            f'<input type="hidden" name="from" value="{period.first.isoformat()}">'
            f'<input type="hidden" name="to" value="{period.last.isoformat()}">'
        )
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
        f'{custom}<button type="submit">{escape(word("dashboard-apply"))}</button></form>'
    )


def _downloads(filters: Filters, word: Any) -> str:
    """The download buttons (CSV, XLSX) for the filters shown; an /export link's format first, with
    the note that its file is ready."""
    formats = list(BUTTONS)
    if filters.export:
        formats = [filters.export, *(f for f in formats if f != filters.export)]
    links = "".join(
        f'<a class="download{" ready" if fmt == filters.export else ""}" data-format="{fmt}" '
        f'href="{DOWNLOAD}?{escape(filters.query(format=fmt))}">'
        f"{escape(word(BUTTONS.get(fmt, 'dashboard-download-md')))}</a>"
        for fmt in formats
    )
    ready = f'<p class="export-ready">{escape(word("export-ready"))}</p>' if filters.export else ""
    note = f'<p class="note">{escape(word("dashboard-download-note"))}</p>'
    return f'<section class="downloads">{ready}<p class="buttons">{links}</p>{note}</section>'


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
        _downloads(filters, word),
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
    """The page's routes, for the bot's HTTP server (added when the web chat runs); the export files
    a killed process left are removed (`bot.export_download.clear_export_dir`)."""
    clear_export_dir(app.settings)
    return DashboardPage(app).routes


__all__ = [
    "COOKIE",
    "DashboardPage",
    "change_of",
    "dashboard_base",
    "dashboard_routes",
    "read_filters",
    "render_page",
]
