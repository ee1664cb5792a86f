"""The supervisor figures' chart images (bot/stats_charts.py): decoded PNGs in every language, the
spec that travels through the outbox, the small-cell rule in the picture, traditional Mongolian shaped."""

from __future__ import annotations

import io
import json
import warnings
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from bot.stats_charts import (
    BY_CHANNEL,
    BY_REGION,
    BY_SERVICE,
    CURRENT_COLOUR,
    HIDDEN_TEXT,
    WITHHELD_TEXT,
    ChartSpec,
    _font,
    chart_specs,
    charts_for,
    font_families,
    render,
)
from workflows.stats import HIDDEN, WITHHELD, CaseFigures, Period, Report, Scope

LOCALES = ("en", "zh-Hans-CN", "ru", "mn-Cyrl-MN", "mn-Mong-CN")
WORDS = Localizer(REPO_LOCALES, "en")
MONTH = Period.month(2026, 11)
SERVICES = {
    "family_mediation": 12,
    "rights": 7,
    "legal": 0,
    "employment": 0,
    "family_education": 3,
    "mental_health": 5,
    "assistance": 0,
    "other": 1,
}


EVERYWHERE = Scope.everywhere()


def report(scope: Scope = EVERYWHERE, *, hidden: bool = False) -> Report:
    services = {**SERVICES, "legal": HIDDEN} if hidden else SERVICES
    now = CaseFigures(
        MONTH,
        scope,
        opened=28,
        by_service=services,
        by_region={"hailar": 20, "ergun": 8},
        by_channel={"web": 10, "telegram": 18, "matrix": 0, "hotline": 0},
    )
    before = CaseFigures(
        MONTH.previous(),
        scope,
        opened=9,
        by_service={k: (1 if k == "other" else 0) for k in SERVICES} | {"rights": 8},
        by_region={"hailar": 9},
        by_channel={"web": 9, "telegram": 0, "matrix": 0, "hotline": 0},
    )
    return Report(now, before, datetime(2026, 12, 1, tzinfo=UTC), suppressed=hidden)


def purple_pixels(image: Image.Image) -> int:
    target = tuple(int(CURRENT_COLOUR[i : i + 2], 16) for i in (1, 3, 5))
    return sum(count for count, colour in image.getcolors(1 << 20) if colour[:3] == target)


@pytest.mark.parametrize("locale", LOCALES)
def test_charts_decode_as_images_with_bars_and_her_words(locale: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts = charts_for(report(), locale, WORDS)
    assert not [w for w in caught if "missing from font" in str(w.message)]  # every label has its glyphs
    assert [title for title, _ in charts] == [
        WORDS.format(locale, "stats-chart-by-service"),
        WORDS.format(locale, "stats-chart-by-region"),
    ]
    for _, png in charts:
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        image = Image.open(io.BytesIO(png)).convert("RGB")
        assert image.width >= 600 and image.height >= 300
        colours = image.getcolors(1 << 20)
        assert len(colours) > 20  # text, axes and two bar colours: not a blank page
        assert purple_pixels(image) > 500  # this period's bars are drawn


def test_the_first_chart_is_by_service_with_both_periods() -> None:
    service, region = chart_specs(report())
    assert (service.kind, service.period, service.previous_period) == (BY_SERVICE, "2026-11", "2026-10")
    # Services with nothing in either period are left out; the figures' order is kept.
    assert [(b.code, b.current, b.previous) for b in service.bars] == [
        ("family_mediation", 12, 0),
        ("rights", 7, 8),
        ("family_education", 3, 0),
        ("mental_health", 5, 0),
        ("other", 1, 1),
    ]
    assert region.kind == BY_REGION
    assert {(b.code, b.current, b.previous) for b in region.bars} == {("hailar", 20, 9), ("ergun", 8, 0)}


def test_one_region_gets_the_channels_instead() -> None:
    _, second = chart_specs(report(Scope.region("hailar")))
    assert second.kind == BY_CHANNEL
    assert [(b.code, b.current) for b in second.bars] == [("web", 10), ("telegram", 18)]


def test_a_hidden_cell_stays_hidden_in_the_spec_and_its_json() -> None:
    spec = chart_specs(report(Scope.region("hailar"), hidden=True))[0]
    assert ("legal", HIDDEN_TEXT, 0) in [(b.code, b.current, b.previous) for b in spec.bars]
    carried = json.loads(json.dumps(spec.to_json()))
    assert ChartSpec.from_json(carried) == spec
    # The picture says "<5" where the count would be; the bar is not drawn.
    title, png = render(spec, "en", WORDS)
    assert title == WORDS.format("en", "stats-chart-by-service") and Image.open(io.BytesIO(png)).width > 0


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "by-secret", "period": "x", "previous_period": "y", "bars": []},
        {"kind": BY_SERVICE, "period": "x", "previous_period": "y", "bars": [["legal", "3", 0]]},
        {"kind": BY_SERVICE, "period": "x", "previous_period": "y", "bars": [["legal", True, 0]]},
    ],
)
def test_a_spec_from_a_row_is_checked(bad: dict) -> None:
    with pytest.raises(ValueError):
        ChartSpec.from_json(bad)


def test_traditional_mongolian_is_drawn_with_its_font_and_shaped() -> None:
    """Joined letters (initial, medial, final forms) are narrower than the same letters apart:
    matplotlib's layout shapes the word rather than drawing isolated letters side by side."""
    assert font_families("mn-Mong-CN")[0] == "Noto Sans Mongolian"
    assert font_families("zh-Hans-CN")[0].startswith("Noto Sans CJK")
    renderer = FigureCanvasAgg(Figure()).get_renderer()
    font = _font("mn-Mong-CN", 20)
    word = "ᠮᠣᠩᠭᠣᠯ"

    def width(text: str) -> float:
        return renderer.get_text_width_height_descent(text, font, ismath=False)[0]

    assert width(word) < 0.8 * sum(width(letter) for letter in word)


async def test_the_renderer_draws_a_rows_charts_at_send_time_in_the_rows_language() -> None:
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from bot.rendering import CHARTS, Renderer

    renderer = Renderer(WORDS, ZoneInfo("Asia/Shanghai"))
    specs = [spec.to_json() for spec in chart_specs(report())]

    def row(args: dict) -> SimpleNamespace:
        fields = {"id": 7, "address": "web:x", "message_id": "stats-chart-cases", "buttons": (), "locale": "ru"}
        return SimpleNamespace(**fields, args=args)

    plain = renderer.outbox_row(row({}))
    assert plain.images == () and plain.text == WORDS.format("ru", "stats-chart-cases")
    message = await renderer.outbox_row(row({CHARTS: specs}))
    assert message.text == plain.text and message.outbox_id == 7
    assert [i.title for i in message.images] == [
        WORDS.format("ru", "stats-chart-by-service"),
        WORDS.format("ru", "stats-chart-by-region"),
    ]
    assert all(Image.open(io.BytesIO(i.data)).size == (i.width, i.height) for i in message.images)
    with pytest.raises(ValueError):  # a spec that cannot be read: the row is not renderable
        await renderer.outbox_row(row({CHARTS: [{**specs[0], "kind": "by-name"}]}))


def test_a_withheld_cell_says_star_not_under_five() -> None:
    """A count withheld by the small-cell rule's second step is 5 or more: the chart must not say "<5"."""
    base = report(Scope.region("hailar"), hidden=True)
    withheld = replace(base.current, by_service={**base.current.by_service, "rights": WITHHELD})
    spec = chart_specs(replace(base, current=withheld))[0]
    assert ("rights", WITHHELD_TEXT, 8) in [(b.code, b.current, b.previous) for b in spec.bars]
    assert ChartSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec
