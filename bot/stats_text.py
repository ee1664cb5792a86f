"""The supervisor figures as localised rows and text lines: one rendering for every reader.

`figure_rows` turns a `workflows.stats.Report` into rows (section, label, value, previous value,
unit) with every word from the catalogs (``locales/*/stats.ftl``); the export (CSV, XLSX,
Markdown), the `/stats` summary, the dashboard and the digest all start from them, so a figure is
named and ordered in one place. Values stay typed: ``int`` / ``float`` for numbers (durations in
hours), the string "<5" for a hidden cell (`workflows.stats.HIDDEN`), None where there is nothing
to show (no case to time, a figure the system does not record).

`text_lines` is the short form for chat; `case_header` / `case_values` are the pseudonymised case
list's columns. ``word`` is any ``(message_id, **args) -> str`` in her language, e.g.
``functools.partial(localizer.format, locale)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from workflows.stats import HIDDEN, CaseFigures, CaseRow, Durations, Report, Scope, is_hidden

Word = Callable[..., str]
Value = int | float | str | None

COUNT, HOURS, RATIO, SCORE = "count", "hours", "ratio", "score"

#: Sections in the order shown; each is a catalog message ``stats-section-<name>``.
SECTIONS = (
    "opened",
    "channel",
    "service",
    "region",
    "state",
    "times",
    "overdue",
    "emergencies",
    "mediation",
    "referrals",
    "follow-up",
    "women",
    "orders",
)


@dataclass(frozen=True)
class FigureRow:
    """One figure: its section's message id, its label in her language, this period's value and the
    previous period's, and the unit (``count``, ``hours``, ``ratio`` 0-1, ``score`` 1-5)."""

    section: str
    key: str
    label: str
    value: Value
    previous: Value
    unit: str = COUNT


def _shown(value: Any, unit: str = COUNT) -> Value:
    if is_hidden(value):
        return str(value)
    if value is None:
        return None
    if unit == HOURS:
        return round(float(value) / 3600, 2)
    if unit in (RATIO, SCORE):
        return round(float(value), 3)
    return value


def scope_name(scope: Scope, word: Word, point_names: Mapping[int, str] | None = None) -> str:
    """The scope in her language: every region, the regions' names, or the service point's name (from
    ``point_names``; "service point #12" when the name is not known)."""
    if scope.service_point_id is not None:
        name = (point_names or {}).get(scope.service_point_id)
        return name if name else word("stats-scope-point", id=scope.service_point_id)
    if scope.regions is None:
        return word("stats-scope-all")
    separator = word("list-separator")
    return separator.join(word(f"region-{r}") for r in sorted(scope.regions))


#: Figures of the time of asking, not of the period: no previous period's value is given for them.
NOW_KEYS = frozenset({"overdue_now"})
#: What a small cell reads as (`workflows.stats.HIDDEN`).
HIDDEN_TEXT = str(HIDDEN)


def figure_rows(report: Report, word: Word) -> list[FigureRow]:
    """Every figure of the report, current and previous, labelled in her language, in the order shown."""
    now, before = report.current, report.previous
    rows: list[FigureRow] = []

    def add(section: str, key: str, label: str, pick: Callable[[CaseFigures], Any], unit: str = COUNT) -> None:
        previous = None if key in NOW_KEYS else _shown(pick(before), unit)
        rows.append(FigureRow(f"stats-section-{section}", key, label, _shown(pick(now), unit), previous, unit))

    add("opened", "opened", word("stats-opened"), lambda f: f.opened)
    add("opened", "confidential", word("stats-confidential"), lambda f: f.confidential)
    for code in now.by_channel:
        add("channel", f"channel.{code}", word(f"channel-{code}"), lambda f, c=code: f.by_channel.get(c, 0))
    for code in now.by_service:
        add("service", f"service.{code}", word(f"service-{code}"), lambda f, c=code: f.by_service.get(c, 0))
    for code in sorted(set(now.by_region) | set(before.by_region)):
        add("region", f"region.{code}", word(f"region-{code}"), lambda f, c=code: f.by_region.get(c, 0))
    for code in sorted(set(now.by_state) | set(before.by_state)):
        add("state", f"state.{code}", word(f"state-{code}"), lambda f, c=code: f.by_state.get(c, 0))
    for name in ("to_accept", "to_dispatch", "to_close"):
        _durations(add, "times", name, word)
    add("overdue", "overdue_now", word("stats-overdue-now"), lambda f: f.overdue_now)
    add("overdue", "overdue_in_period", word("stats-overdue-period"), lambda f: f.overdue_in_period)
    add("emergencies", "emergencies", word("stats-emergencies"), lambda f: f.emergencies)
    _durations(add, "emergencies", "to_acknowledge", word)
    for code in ("agreement", "terminated", "referred"):
        add("mediation", f"mediation.{code}", word(f"stats-mediation-{code}"), lambda f, c=code: f.mediation.get(c, 0))
    add("mediation", "judicial_confirmations", word("stats-judicial"), lambda f: f.judicial_confirmations)
    for code in sorted(set(now.referrals) | set(before.referrals)):
        label = word("stats-agency-unknown") if code == "unknown" else word(f"agency-{code}")
        add("referrals", f"referrals.{code}", label, lambda f, c=code: f.referrals.get(c, 0))
    add("follow-up", "follow_up.asked", word("stats-follow-up-asked"), lambda f: f.follow_up.asked)
    add("follow-up", "follow_up.answered", word("stats-follow-up-answered"), lambda f: f.follow_up.answered)
    add("follow-up", "follow_up.rate", word("stats-follow-up-rate"), lambda f: f.follow_up.response_rate, RATIO)
    for code in ("yes", "partly", "no"):
        label = word(f"stats-solved-{code}")
        add("follow-up", f"follow_up.solved.{code}", label, lambda f, c=code: f.follow_up.solved.get(c, 0))
    for score in range(1, 6):
        label = word("stats-satisfaction-score", score=score)
        add(
            "follow-up", f"follow_up.satisfaction.{score}", label, lambda f, s=score: f.follow_up.satisfaction.get(s, 0)
        )
    label = word("stats-satisfaction-mean")
    add("follow-up", "follow_up.satisfaction_mean", label, lambda f: f.follow_up.satisfaction_mean, SCORE)
    add("women", "person_times", word("stats-person-times"), lambda f: f.person_times)
    add("women", "distinct_women", word("stats-distinct-women"), lambda f: f.distinct_women)
    add("women", "unknown_women", word("stats-unknown-women"), lambda f: f.unknown_women)
    if now.orders is not None:
        _orders(add, now, word)
    return rows


def _durations(add: Callable[..., None], section: str, name: str, word: Word) -> None:
    label = name.replace("_", "-")
    add(section, f"{name}.count", word(f"stats-{label}-count"), lambda f: getattr(f, name).count)
    add(section, f"{name}.median", word(f"stats-{label}-median"), lambda f: _part(getattr(f, name), "median_s"), HOURS)
    add(section, f"{name}.p90", word(f"stats-{label}-p90"), lambda f: _part(getattr(f, name), "p90_s"), HOURS)


def _part(value: Durations, name: str) -> Any:
    return getattr(value, name)


def _orders(add: Callable[..., None], now: CaseFigures, word: Word) -> None:
    def of(pick: Callable[[Any], Any]) -> Callable[[CaseFigures], Any]:
        return lambda f: None if f.orders is None else pick(f.orders)

    add("orders", "orders.homes_and_teams", word("stats-orders-points"), of(lambda o: o.homes_and_teams))
    for kind in now.orders.lectures:
        add(
            "orders", f"orders.lectures.{kind}", word(f"orders-kind-{kind}"), of(lambda o, k=kind: o.lectures.get(k, 0))
        )
    add("orders", "orders.lectures", word("stats-orders-lectures"), of(lambda o: o.lectures_total))
    add("orders", "orders.events", word("stats-orders-events"), of(lambda o: o.events_total))
    add("orders", "orders.person_times", word("stats-orders-person-times"), of(lambda o: o.person_times_total))
    add("orders", "orders.helped_at_events", word("stats-orders-helped"), of(lambda o: o.helped_at_events))


# -- text for chat ------------------------------------------------------------------------------


def value_text(value: Value, unit: str, word: Word) -> str:
    """A value as she reads it: "<5", a dash for nothing, hours with "h", a rate in per cent."""
    if value is None:
        return word("stats-none")
    if isinstance(value, str):
        if value == HIDDEN_TEXT and unit != COUNT:
            return word("stats-hidden-few")  # "<5" beside a time or a rate would read as "under 5 hours"
        return value
    if unit == HOURS:
        return word("stats-hours", hours=value)
    if unit == RATIO:
        return word("stats-percent", percent=round(value * 100))
    return str(value)


#: The figures in the short chat summary (the export and the dashboard show them all).
SUMMARY_KEYS = (
    "opened",
    "to_accept.median",
    "to_dispatch.median",
    "to_close.median",
    "overdue_now",
    "emergencies",
    "to_acknowledge.median",
    "mediation.agreement",
    "follow_up.satisfaction_mean",
    "follow_up.rate",
    "person_times",
    "distinct_women",
    "orders.lectures",
    "orders.person_times",
)


def text_lines(report: Report, word: Word, *, keys: tuple[str, ...] | None = SUMMARY_KEYS) -> list[str]:
    """The report as lines for chat: a title, each figure with the previous period's value, and the
    small-cell note when cells were hidden. ``keys`` None: every figure."""
    title = word("stats-title", period=report.period.label(), scope=scope_name(report.scope, word))
    lines = [title]
    rows = figure_rows(report, word)
    chosen = rows if keys is None else sorted((r for r in rows if r.key in keys), key=lambda r: keys.index(r.key))
    for row in chosen:
        if row.key in NOW_KEYS:  # of the time of asking: a previous period's value means nothing beside it
            lines.append(word("stats-line-now", label=row.label, value=value_text(row.value, row.unit, word)))
            continue
        lines.append(
            word(
                "stats-line",
                label=row.label,
                value=value_text(row.value, row.unit, word),
                previous=value_text(row.previous, row.unit, word),
            )
        )
    if report.suppressed:
        lines.append(word("stats-suppressed-note"))
    return lines


# -- the pseudonymised case list -------------------------------------------------------------------

CASE_COLUMNS = (
    "reference",
    "opened",
    "service",
    "region",
    "channel",
    "state",
    "outcome",
    "accepted",
    "dispatched",
    "closed",
    "to-accept",
    "to-dispatch",
    "to-close",
)


def case_header(word: Word) -> list[str]:
    return [word(f"stats-col-{name}") for name in CASE_COLUMNS]


def outcome_text(outcome: str, word: Word) -> str:
    """``referred:police`` -> "Referred: Police"; ``closed:resolved`` -> "Closed: Resolved"."""
    if not outcome:
        return ""
    name, _, code = outcome.partition(":")
    text = word(f"stats-outcome-{name}")
    if not code:
        return text
    family = "agency" if name == "referred" else "closure" if name == "closed" else ""
    detail = word(f"{family}-{code}") if family else code
    return word("stats-outcome-detail", outcome=text, detail=detail)


def _local(value: datetime | None, tz: tzinfo) -> str:
    return "" if value is None else value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


def case_values(row: CaseRow, word: Word, tz: tzinfo) -> list[Value]:
    """One case's cells, in `CASE_COLUMNS` order: dates in local time, durations in hours (numbers)."""
    return [
        row.reference,
        _local(row.opened_at, tz),
        word(f"service-{row.service}"),
        word(f"region-{row.region}"),
        word(f"channel-{row.channel}"),
        word(f"state-{row.state}"),
        outcome_text(row.outcome, word),
        _local(row.accepted_at, tz),
        _local(row.dispatched_at, tz),
        _local(row.closed_at, tz),
        _hours(row.to_accept_s),
        _hours(row.to_dispatch_s),
        _hours(row.to_close_s),
    ]


__all__ = [
    "CASE_COLUMNS",
    "SECTIONS",
    "FigureRow",
    "case_header",
    "case_values",
    "figure_rows",
    "outcome_text",
    "scope_name",
    "text_lines",
    "value_text",
]
