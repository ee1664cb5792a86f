"""The supervisor figures as chart images (PNG): one rendering for chat, the dashboard and the digest.

A chart is made in two steps, so that what travels through the outbox is small and holds no
personal data:

- `chart_specs(report)`: the numbers of one or two charts (`ChartSpec`: a kind, catalog message ids,
  the two periods' labels and, per bar, this period's and the previous period's counts, ``"<5"``
  for a cell hidden by the small-cell rule). A spec is plain JSON (`ChartSpec.to_json` /
  `ChartSpec.from_json`): an outbound message carries it (docs/outbox.md, "Chart images").
- `render(spec, locale, localizer)`: the PNG, every word from the catalogs in her language
  (``locales/*/stats_charts.ftl`` and the service, region and channel names), made with matplotlib's
  Agg backend (no display, no pyplot state; safe in a worker thread).

`charts_for(report, locale, localizer)` does both: ``[(title, png), ...]``.

The charts: cases opened by service, this period beside the previous one; then cases opened by
region when the scope holds several regions, by channel for one region or one service point.

Fonts: Latin and Cyrillic are in DejaVu Sans (shipped with matplotlib); Chinese needs Noto Sans CJK
(Debian ``fonts-noto-cjk``) and traditional Mongolian Noto Sans Mongolian (``fonts-noto-core``);
scripts/install-system-deps.sh installs both. A missing font is logged once and the chart is still
made (its labels then show empty boxes). Traditional Mongolian is shaped (joining forms) by
matplotlib's text layout (libraqm, matplotlib 3.11 and later); its bar labels are turned a quarter
clockwise, so they read top to bottom as the script is written (docs/statistics.md, "Charts").
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.messages import Image
from workflows.stats import CaseFigures, Report, is_hidden
from workflows.vocabulary import REGIONS

# matplotlib is imported where a chart is drawn: the specs (made in the dialogs) do not need it, and a
# process that never draws does not load it. No pyplot: a Figure on an Agg canvas, never a display.

logger = logging.getLogger(__name__)

#: What a hidden cell (1-4 outside her own scope) shows; its bar is drawn at 0.
HIDDEN_TEXT = "<5"
#: What a withheld cell (the small-cell rule's second step) shows; its bar is drawn at 0 too.
WITHHELD_TEXT = "*"
MONGOLIAN_SCRIPT = "mn-Mong-CN"

#: Font families tried in order, per locale (the first found draws; the rest are fallbacks per glyph).
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "zh-Hans-CN": ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "Source Han Sans SC"),
    MONGOLIAN_SCRIPT: ("Noto Sans Mongolian", "Mongolian Baiti"),
}
BASE_FONTS = ("DejaVu Sans",)  # matplotlib ships it: Latin, Cyrillic, digits
#: Which Debian package has each locale's fonts (named in the warning when none is found).
FONT_PACKAGES = {"zh-Hans-CN": "fonts-noto-cjk", MONGOLIAN_SCRIPT: "fonts-noto-core"}

CURRENT_COLOUR = "#7b2d8e"
PREVIOUS_COLOUR = "#c9b3d6"

BY_SERVICE, BY_REGION, BY_CHANNEL = "by-service", "by-region", "by-channel"
#: Kind -> (title message id, message id prefix of a bar's label).
KINDS = {
    BY_SERVICE: ("stats-chart-by-service", "service-"),
    BY_REGION: ("stats-chart-by-region", "region-"),
    BY_CHANNEL: ("stats-chart-by-channel", "channel-"),
}

Count = int | str  # a count, HIDDEN_TEXT or WITHHELD_TEXT
_DRAWING = threading.Lock()


@dataclass(frozen=True)
class Bar:
    """One category: its code (``service-<code>`` etc. in the catalogs) and the two periods' counts."""

    code: str
    current: Count
    previous: Count


@dataclass(frozen=True)
class ChartSpec:
    """The numbers of one chart: no words, no names, nothing about a person."""

    kind: str
    period: str
    previous_period: str
    bars: tuple[Bar, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "period": self.period,
            "previous_period": self.previous_period,
            "bars": [[b.code, b.current, b.previous] for b in self.bars],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChartSpec:
        kind = str(data["kind"])
        if kind not in KINDS:
            raise ValueError("unknown chart kind")
        bars = tuple(Bar(str(code), _count(now), _count(before)) for code, now, before in data["bars"])
        return cls(kind, str(data["period"]), str(data["previous_period"]), bars)


def _count(value: Any) -> Count:
    if is_hidden(value):
        return str(value)  # "<5", or "*" for a count withheld so that a small one cannot be worked out
    if value in (HIDDEN_TEXT, WITHHELD_TEXT):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("a chart count is an int, '<5' or '*'")
    return value


def _bars(now: Mapping[str, Any], before: Mapping[str, Any], codes: list[str]) -> tuple[Bar, ...]:
    return tuple(Bar(code, _count(now.get(code, 0)), _count(before.get(code, 0))) for code in codes)


def _shown_codes(now: Mapping[str, Any], before: Mapping[str, Any]) -> list[str]:
    """Codes with something in either period (every code when all are zero), in the given order."""
    codes = list(dict.fromkeys([*now, *before]))
    busy = [c for c in codes if now.get(c, 0) != 0 or before.get(c, 0) != 0]
    return busy or codes


def chart_specs(report: Report) -> list[ChartSpec]:
    """The one or two charts of a report: by service; then by region when the scope holds several
    regions (and cases), by channel for one region or one service point."""
    now, before = report.current, report.previous
    period, previous = now.period.label(), before.period.label()

    def spec(kind: str, pick: Callable[[CaseFigures], Mapping[str, Any]], known: tuple[str, ...] = ()) -> ChartSpec:
        codes = _shown_codes({**dict.fromkeys(known, 0), **pick(now)}, pick(before))
        return ChartSpec(kind, period, previous, _bars(pick(now), pick(before), codes))

    specs = [spec(BY_SERVICE, lambda f: f.by_service)]
    scope = report.scope
    if scope.service_point_id is None and (scope.regions is None or len(scope.regions) > 1):
        # Her regions (every region for the whole city) are all named, with 0 where nothing was opened.
        known = REGIONS if scope.regions is None else tuple(sorted(scope.regions))
        specs.append(spec(BY_REGION, lambda f: f.by_region, known))
    else:
        specs.append(spec(BY_CHANNEL, lambda f: f.by_channel))
    return specs


# -- fonts ------------------------------------------------------------------------------------------


def _installed(family: str) -> bool:
    from matplotlib.font_manager import FontProperties, findfont

    try:
        findfont(FontProperties(family=family), fallback_to_default=False)
    except ValueError:
        return False
    return True


@cache
def font_families(locale: str) -> tuple[str, ...]:
    """The families that draw her language's labels, found among the installed fonts."""
    wanted = SCRIPT_FONTS.get(locale, ())
    found = tuple(f for f in wanted if _installed(f))
    if wanted and not found:
        logger.warning(
            "no font for %s charts (tried %s; Debian package %s): its labels will show boxes",
            locale,
            ", ".join(wanted),
            FONT_PACKAGES.get(locale, "?"),
        )
    return found[:1] + BASE_FONTS


def _font(locale: str, size: float) -> Any:
    from matplotlib.font_manager import FontProperties

    return FontProperties(family=list(font_families(locale)), size=size)


# -- drawing ----------------------------------------------------------------------------------------


def _height(value: Count) -> int:
    return 0 if isinstance(value, str) else value


def _label(value: Count) -> str:
    return value if isinstance(value, str) else str(value)


def render(spec: ChartSpec, locale: str, localizer: Any) -> tuple[str, bytes]:
    """(title, PNG) of one chart in her language. ``localizer`` is a `bot.i18n.Localizer`."""
    image = render_image(spec, locale, localizer)
    return image.title, image.data


def render_image(spec: ChartSpec, locale: str, localizer: Any) -> Image:
    """One chart as an outbound `bot.messages.Image` (title, PNG, size in pixels)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    title_id, prefix = KINDS[spec.kind]
    title = localizer.format(locale, title_id)
    names = [localizer.format(locale, prefix + bar.code) for bar in spec.bars]
    axis = localizer.format(locale, "stats-chart-cases")
    vertical = locale == MONGOLIAN_SCRIPT  # labels turned a quarter: top to bottom, as it is written
    count = max(len(spec.bars), 1)
    width, height = (max(6.0, 0.75 * count + 2), 7.5) if vertical else (8.0, max(3.5, 0.55 * count + 1.8))
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    small, large = _font(locale, 10), _font(locale, 13)
    positions = list(range(len(spec.bars)))
    thickness = 0.4
    now = [_height(b.current) for b in spec.bars]
    before = [_height(b.previous) for b in spec.bars]
    if vertical:
        shifted = [p - thickness / 2 for p in positions]
        later = [p + thickness / 2 for p in positions]
        first = axes.bar(shifted, before, thickness, color=PREVIOUS_COLOUR, label=spec.previous_period)
        second = axes.bar(later, now, thickness, color=CURRENT_COLOUR, label=spec.period)
        axes.set_xticks(positions, names, rotation=-90, fontproperties=small)
        axes.set_ylabel(axis, fontproperties=small, rotation=-90, labelpad=14)
    else:
        # Top to bottom in the figures' order; the current period above the previous in each pair.
        order = [len(positions) - 1 - p for p in positions]
        first = axes.barh(
            [p - thickness / 2 for p in order], before, thickness, color=PREVIOUS_COLOUR, label=spec.previous_period
        )
        second = axes.barh([p + thickness / 2 for p in order], now, thickness, color=CURRENT_COLOUR, label=spec.period)
        axes.set_yticks(order, names, fontproperties=small)
        axes.set_xlabel(axis, fontproperties=small)
    axes.bar_label(first, [_label(b.previous) for b in spec.bars], padding=2, fontsize=8, color="#555555")
    axes.bar_label(second, [_label(b.current) for b in spec.bars], padding=2, fontsize=9)
    (axes.yaxis if vertical else axes.xaxis).get_major_locator().set_params(integer=True)
    top = max([*now, *before, 1])
    (axes.set_ylim if vertical else axes.set_xlim)(0, top * 1.18 + 0.5)
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_title(title, fontproperties=large)
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(handles[::-1], labels[::-1], prop=small, frameon=False)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    pixels_wide, pixels_high = figure.canvas.get_width_height()
    return Image(title, out.getvalue(), width=pixels_wide, height=pixels_high)


def images_of(specs: list[Mapping[str, Any]], locale: str, localizer: Any) -> tuple[Image, ...]:
    """The charts an outbox row carries (`ChartSpec.to_json` each), drawn in the row's language.
    One drawing at a time in the process (the channels' lanes may ask at once from their threads)."""
    with _DRAWING:
        return tuple(render_image(ChartSpec.from_json(spec), locale, localizer) for spec in specs)


def charts_for(report: Report, locale: str, localizer: Any) -> list[tuple[str, bytes]]:
    """The report's one or two charts as (title, PNG), labels in ``locale``."""
    return [render(spec, locale, localizer) for spec in chart_specs(report)]


__all__ = [
    "HIDDEN_TEXT",
    "WITHHELD_TEXT",
    "Bar",
    "ChartSpec",
    "chart_specs",
    "charts_for",
    "font_families",
    "images_of",
    "render",
    "render_image",
]
