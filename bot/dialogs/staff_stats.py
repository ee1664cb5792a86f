"""``/stats [period] [region]`` in the staff desk: the supervisor figures, a short summary and charts.

The figures come from `workflows.services.stats.report` (who may see what, the small-cell rule); the
summary's lines are `bot.stats_text.text_lines` (the same rows as the CLI report and the export) and
the charts are `bot.stats_charts.chart_specs`. The reply holds catalog references and the charts'
numbers only: the outbox renders the text and draws the images at send time, in her language
(docs/outbox.md, "Chart images").

Periods: ``day``/``today``, ``week``, ``month`` (the default), ``quarter``, ``year`` (the current one),
``2026-11-05`` (a day), ``2026-W45``, ``2026-11``, ``2026-Q4``, ``2026``, or ``from=2026-11-01 [to=2026-11-20]``.
Scope: her own regions by default; a region code or its name as the catalogs write it (the
``region-<code>`` messages of any language, case-insensitive: 海拉尔区, Hailar District, Hailar), or ``all``
for the whole city (outside her own regions small counts are hidden by the use case). The usage lists
the regions, code and name in her language; a period of more than `MAX_DAYS` days is told as such.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from bot.dialogs.turn import Turn
from bot.i18n import Localizer
from bot.rendering import CHARTS
from bot.settings import REPO_LOCALES
from bot.stats_charts import chart_specs
from bot.stats_text import text_lines
from workflows.case import Actor
from workflows.errors import NotPermitted
from workflows.services.stats import may_see_figures, report
from workflows.stats import Period, PeriodKind, Scope
from workflows.vocabulary import ALL_REGIONS, REGIONS

COMMAND = "/stats"
#: A custom period is at most this many days (a year and a day, for a leap year's comparisons).
MAX_DAYS = 366

_WORDS = {
    "day": PeriodKind.DAY,
    "today": PeriodKind.DAY,
    "week": PeriodKind.WEEK,
    "month": PeriodKind.MONTH,
    "quarter": PeriodKind.QUARTER,
    "year": PeriodKind.YEAR,
}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-w(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


class Usage(Exception):
    """What she typed is not a period and region this command knows."""


class TooLong(Usage):
    """A custom period of more than `MAX_DAYS` days (``days``: how many she asked for)."""

    def __init__(self, days: int) -> None:
        super().__init__(days)
        self.days = days


@cache
def region_names() -> dict[str, str]:
    """Every way of naming a region -> its code: the ``region-<code>`` message of each catalog, and
    each word of those names that belongs to one region only (so "Hailar" for "Hailar District"; a
    word several names share, "District", "Banner", "хошун", is no name). Case-folded."""
    localizer = Localizer(REPO_LOCALES)
    names: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    for locale in localizer.locales:
        for code in REGIONS:
            if not localizer.has(locale, f"region-{code}"):
                continue
            name = " ".join(localizer.format(locale, f"region-{code}").casefold().split())
            names[name] = code
            for word in name.split():
                words.setdefault(word, set()).add(code)
    unique = {word: codes.pop() for word, codes in words.items() if len(codes) == 1}
    return unique | names


def _with_codes(text: str) -> str:
    """``text`` with every region name of several words replaced by its code (longest first)."""
    for name, code in sorted(region_names().items(), key=lambda item: -len(item[0])):
        if " " in name:
            text = re.sub(rf"(?<!\S){re.escape(name)}(?!\S)", code, text)
    return text


def _named(token: str, today: date) -> Period | None:
    """A period written as a word or a date form; None when the token is none of them."""
    if token in _WORDS:
        return Period.containing(_WORDS[token], today)
    try:
        if match := _DAY.match(token):
            return Period.day(date(*map(int, match.groups())))
        if match := _WEEK.match(token):
            return Period.week(date.fromisocalendar(int(match[1]), int(match[2]), 1))
        if match := _MONTH.match(token):
            return Period.month(int(match[1]), int(match[2]))
        if match := _QUARTER.match(token):
            return Period.quarter(int(match[1]), int(match[2]))
        if match := _YEAR.match(token):
            return Period.year(int(match[1]))
    except ValueError:
        raise Usage from None
    return None


def parse(rest: str, today: date) -> tuple[Period, str | None]:
    """(period, region code or ``all`` or None for her own) from what follows ``/stats``; `Usage` otherwise."""
    period: Period | None = None
    region: str | None = None
    first: date | None = None
    last: date | None = None
    for token in _with_codes(" ".join(rest.casefold().split())).split():
        key, equals, value = token.partition("=")
        if equals and key in ("from", "to"):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                raise Usage from None
            if (first if key == "from" else last) is not None:
                raise Usage
            first, last = (day, last) if key == "from" else (first, day)
            continue
        if equals and key == "region":
            token = value
        named = None if equals else _named(token, today)
        if named is not None:
            if period is not None:
                raise Usage
            period = named
        elif (token in REGIONS or token == ALL_REGIONS or token in region_names()) and region is None:
            region = token if token in REGIONS or token == ALL_REGIONS else region_names()[token]
        else:
            raise Usage
    if first is not None or last is not None:
        if period is not None or first is None:
            raise Usage
        last = last or today
        if last < first:
            raise Usage
        if (last - first).days + 1 > MAX_DAYS:
            raise TooLong((last - first).days + 1)
        period = Period.custom(first, last)
    return period or Period.containing(PeriodKind.MONTH, today), region


class _Separator:
    """``list-separator`` as a reference: joining words makes an inline list the outbox renders."""

    def join(self, items: Any) -> dict[str, Any]:
        return {"$list": list(items), "inline": True}


def reference(message_id: str, **args: Any) -> Any:
    """A ``word`` for `bot.stats_text` that writes catalog references (`bot.rendering`), not text:
    the outbox renders them in her language when it sends the reply."""
    if message_id == "list-separator":
        return _Separator()
    return {"$msg": message_id, "args": args}


def usage_regions() -> dict[str, Any]:
    """The regions for the usage text, one a line: the code and its name in her language (a reference)."""
    return {"$list": [reference("stats-chat-region", code=c, name=reference(f"region-{c}")) for c in REGIONS]}


async def show(turn: Turn, actor: Actor, rest: str) -> None:
    """``/stats [period] [region]``: the figures' summary and one or two charts, supervisors and admins."""
    if not may_see_figures(actor):
        turn.say("stats-chat-supervisors", safety=False)
        return
    zone = turn.context.zone
    try:
        period, region = parse(rest, turn.now.astimezone(zone).date())
    except TooLong as too_long:
        turn.say("stats-chat-too-long", safety=False, days=too_long.days, most=MAX_DAYS)
        return
    except Usage:
        turn.say("stats-chat-usage", safety=False, regions=usage_regions())
        return
    scope = None if region is None else Scope.everywhere() if region == ALL_REGIONS else Scope.region(region)
    try:
        figures = await report(turn.uow, actor=actor, period=period, tz=zone, now=turn.now, scope=scope)
    except NotPermitted:
        turn.say("stats-chat-supervisors", safety=False)
        return
    lines = text_lines(figures, reference)
    charts = [spec.to_json() for spec in chart_specs(figures)]
    turn.say("stats-chat-summary", safety=False, lines={"$list": lines}, **{CHARTS: charts})


__all__ = ["COMMAND", "MAX_DAYS", "TooLong", "Usage", "parse", "reference", "region_names", "show", "usage_regions"]
