"""``/export [period] [region] [csv|xlsx|md]`` in the staff desk: a one-time link to her export.

The case list is pseudonymised but still a list of cases, so it is not sent as a document through
Telegram's or WeChat's servers: she gets a one-time, short-lived link of the dashboard's kind
(`workflows.services.dashboard.issue_link`: bound to her and her regions, revoked when her access ends;
the same ``dashboard_links`` table). The period, region and format ride in the link's query (they are
not secret); the page checks them again against the link's regions (`bot.dashboard`).

Periods and regions are read as ``/stats`` reads them (`bot.dialogs.staff_stats.parse`); default: this
month, her own regions, XLSX. A region outside her own is refused here (the case list is only hers;
``all`` only for whoever sees every region); a word that looks like a file format but is not one of
`bot.report_export.FORMATS` is answered with the choices.
"""

from __future__ import annotations

import difflib
from datetime import date

from bot.dialogs.dashboard_link import one_time_link
from bot.dialogs.staff_stats import MAX_DAYS, TooLong, Usage, parse, reference, usage_regions
from bot.dialogs.turn import Turn
from bot.export_query import export_query
from bot.report_export import FORMATS
from workflows.case import Actor
from workflows.services.stats import may_see_figures, own_regions
from workflows.stats import Period
from workflows.vocabulary import ALL_REGIONS

COMMAND = "/export"
DEFAULT_FORMAT = "xlsx"
#: Words taken for a mistyped format (answered with the choices), besides those close to a format.
OTHER_FORMATS = frozenset({"xls", "excel", "pdf", "ods", "json", "txt", "tsv", "doc", "docx", "html", "markdown"})


class Reversed(Exception):
    """``from=`` a day after ``to=``: answered as ``/events`` answers it (the period ends before it starts)."""


def _reversed(tokens: list[str]) -> bool:
    """Whether ``from=…`` and ``to=…`` are both days and the second comes before the first."""
    days = {}
    for token in tokens:
        key, equals, value = token.casefold().partition("=")
        if equals and key in ("from", "to"):
            try:
                days[key] = date.fromisoformat(value)
            except ValueError:
                return False
    return len(days) == 2 and days["to"] < days["from"]


class BadFormat(Exception):
    def __init__(self, typed: str) -> None:
        super().__init__(typed)
        self.typed = typed


def _looks_like_format(token: str) -> bool:
    bare = token.removeprefix(".")
    return (
        token.startswith(".")
        or bare in OTHER_FORMATS
        or bool(difflib.get_close_matches(bare, FORMATS, n=1, cutoff=0.6))
    )


def read(rest: str, today) -> tuple[Period, str | None, str]:
    """(period, region code or ``all`` or None, format) from what follows ``/export``.
    `BadFormat` for a format she mistyped, `Reversed` for ``from=`` after ``to=``, `Usage` / `TooLong` as
    ``/stats`` for the rest."""
    fmt = ""
    kept: list[str] = []
    for token in rest.split():
        key, equals, value = token.casefold().partition("=")
        bare = value if equals and key == "format" else key if not equals else ""
        if bare in FORMATS or bare.removeprefix(".") in FORMATS:
            if fmt:
                raise Usage
            fmt = bare.removeprefix(".")
        elif equals and key == "format":
            raise BadFormat(value)
        else:
            kept.append(token)
    try:
        period, region = parse(" ".join(kept), today)
    except TooLong:
        raise
    except Usage:
        if _reversed(kept):
            raise Reversed from None
        for token in kept:
            if "=" not in token and _looks_like_format(token.casefold()):
                try:
                    parse(token, today)
                except Usage:
                    raise BadFormat(token) from None
        raise
    return period, region, fmt or DEFAULT_FORMAT


async def command(turn: Turn, actor: Actor, rest: str) -> None:
    if not may_see_figures(actor):
        turn.say("export-not-allowed", safety=False)
        return
    try:
        period, region, fmt = read(rest, turn.now.astimezone(turn.context.zone).date())
    except BadFormat as bad:
        turn.say("export-bad-format", safety=False, typed={"$text": bad.typed[:40]}, choices=", ".join(FORMATS))
        return
    except TooLong as too_long:
        turn.say("stats-chat-too-long", safety=False, days=too_long.days, most=MAX_DAYS)
        return
    except Reversed:
        turn.say("orders-staff-events-period-reversed", safety=False)
        return
    except Usage:
        turn.say("export-usage", safety=False, regions=usage_regions(), choices=", ".join(FORMATS))
        return
    own = own_regions(actor)
    if region == ALL_REGIONS:
        if own is not None:
            turn.say("export-outside-all", safety=False)
            return
        region = None  # whoever sees every region: her own scope is everything
    elif region is not None and own is not None and region not in own:
        turn.say("export-outside", safety=False, region=reference(f"region-{region}"))
        return
    url, minutes = await one_time_link(turn, actor, export_query(period, region or "", fmt))
    turn.say(
        "export-link", safety=False, url={"$text": url}, period=period.label(), format=fmt.upper(), minutes=minutes
    )


__all__ = ["COMMAND", "DEFAULT_FORMAT", "BadFormat", "Reversed", "command", "read"]
