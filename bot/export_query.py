"""The query of an ``/export`` link and of the dashboard's download buttons: period, region, format.

Written by the chat (`bot.dialogs.export_link`) and the page (`bot.dashboard.Filters.query`), read back
by `bot.dashboard.read_filters`. Nothing in it is secret: the link's token is what opens the page, and
the page checks the scope again against the link's regions.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from workflows.stats import Period, PeriodKind


def period_pairs(period: Period, on: date | None = None) -> list[tuple[str, str]]:
    """``period=month&on=2026-11-01``, or ``period=custom&from=…&to=…`` for a custom range."""
    if period.kind is PeriodKind.CUSTOM:
        return [("period", period.kind.value), ("from", period.first.isoformat()), ("to", period.last.isoformat())]
    return [("period", period.kind.value), ("on", (on or period.first).isoformat())]


def export_query(period: Period, region: str, fmt: str) -> str:
    """An ``/export`` link's query: its period, region (empty: her own regions) and format."""
    pairs = period_pairs(period)
    if region:
        pairs.append(("region", region))
    return urlencode([*pairs, ("export", fmt)])


__all__ = ["export_query", "period_pairs"]
