"""``/stats [period] [region]`` in the staff desk: a supervisor gets the figures' summary in her language
with two chart images drawn at send time; periods and regions parsed, usage on a mistake, anyone but a
supervisor or admin refused (bot/dialogs/staff_stats.py)."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from harness import Bot, Chat, file_case, texts
from PIL import Image
from staff_steps import join

from bot.dialogs.staff_stats import TooLong, Usage, parse
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from workflows.stats import Period

TODAY = date(2026, 11, 25)
WORDS = Localizer(REPO_LOCALES, "en")


@pytest.mark.parametrize(
    ("typed", "period", "region"),
    [
        ("", Period.month(2026, 11), None),
        ("week", Period.week(TODAY), None),
        ("today", Period.day(TODAY), None),
        ("quarter all", Period.quarter(2026, 4), "all"),
        ("year", Period.year(2026), None),
        ("2026-10 hailar", Period.month(2026, 10), "hailar"),
        ("ergun 2026-Q3", Period.quarter(2026, 3), "ergun"),
        ("2026-W05", Period.week(date(2026, 1, 26)), None),
        ("2025", Period.year(2025), None),
        ("2026-11-03", Period.day(date(2026, 11, 3)), None),
        ("from=2026-11-01 to=2026-11-09 region=genhe", Period.custom(date(2026, 11, 1), date(2026, 11, 9)), "genhe"),
        ("from=2026-11-20", Period.custom(date(2026, 11, 20), TODAY), None),
        # a region by its name as the catalogs write it, in any of the languages, case-insensitive
        ("海拉尔区", Period.month(2026, 11), "hailar"),
        ("HAILAR 2026-10", Period.month(2026, 10), "hailar"),
        ("Хайлаар", Period.month(2026, 11), "hailar"),
        ("hailar district week", Period.week(TODAY), "hailar"),
        ("2026-Q3 New Barag Left Banner", Period.quarter(2026, 3), "new-barag-left"),
        ("region=根河市", Period.month(2026, 11), "genhe"),
    ],
)
def test_periods_and_regions(typed: str, period: Period, region: str | None) -> None:
    assert parse(typed, TODAY) == (period, region)


@pytest.mark.parametrize(
    "typed",
    [
        "soon",
        "month week",
        "2026-13",
        "2026-Q5",
        "hailar ergun",
        "to=2026-11-01",
        "from=2026-11-09 to=2026-11-01",
        "from=2024-01-01 to=2026-11-01",
        "from=2026-11-01 month",
        "region=atlantis",
    ],
)
def test_what_is_not_a_period_or_region_gets_the_usage(typed: str) -> None:
    with pytest.raises(Usage):
        parse(typed, TODAY)


def test_a_period_longer_than_allowed_says_so() -> None:
    with pytest.raises(TooLong) as raised:
        parse("from=2024-01-01 to=2026-11-01", TODAY)
    assert raised.value.days == 1036


def png_size(data: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "PNG"
    return image.size


@pytest.mark.store("fake")
async def test_a_supervisor_gets_the_summary_and_two_charts(bot: Bot) -> None:
    await file_case(bot.chat("web:saran"), service="rights", region="hailar")
    await file_case(bot.chat("web:tuya"), service="legal", region="hailar")
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",))
    supervisor: Chat = bot.chat("web:sup")

    answer = await supervisor.send("/stats")
    summary = [m for m in answer if m.images]
    assert len(summary) == 1, texts(answer)
    text = summary[0].text
    assert text.startswith("Figures 2026-11 · Hailar District")
    opened = WORDS.format("en", "stats-line", label=WORDS.format("en", "stats-opened"), value="2", previous="0")
    assert opened in text.splitlines()
    titles = [image.title for image in summary[0].images]
    assert titles == ["Cases opened, by service", "Cases opened, by channel"]  # one region: by channel
    for image in summary[0].images:
        assert png_size(image.data) == (image.width, image.height) and image.width >= 600
    # The outbox row held the charts' numbers, never an image.
    row = bot.app.db.outbox[-1]
    charts = row.notice.args["$charts"]
    assert len(json.dumps(charts)) < 2_000
    assert all(set(chart) == {"kind", "period", "previous_period", "bars"} for chart in charts)
    assert charts[0]["bars"] == [["rights", 1, 0], ["legal", 1, 0]]

    city = await supervisor.send("/stats quarter all")
    images = [m for m in city if m.images][0]
    assert "2026-Q4" in images.text and "<5" in images.text  # outside her regions small counts are hidden
    assert [i.title for i in images.images][1] == "Cases opened, by region"


@pytest.mark.store("fake")
async def test_the_summary_and_charts_are_in_her_language(bot: Bot) -> None:
    await file_case(bot.chat("web:saran"), service="rights", region="hailar")
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",), hint="zh-Hans-CN")
    answer = await bot.chat("web:sup").send("/stats week")
    summary = [m for m in answer if m.images][0]
    assert summary.text.startswith("统计 2026-W48 · 海拉尔区"), summary.text
    assert [i.title for i in summary.images] == ["新登记案件（按服务类别）", "新登记案件（按渠道）"]


@pytest.mark.store("fake")
async def test_mistakes_get_the_usage_and_others_are_refused(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",))
    usage = await bot.chat("web:sup").send("/stats next-month")
    assert "Write for example: /stats" in texts(usage) and not [m for m in usage if m.images]
    assert "genhe — Genhe" in texts(usage) and "hailar — Hailar District" in texts(usage)  # the regions listed
    long = await bot.chat("web:sup").send("/stats from=2025-01-01 to=2026-11-01")
    assert "A period may be at most 366 days long; this one has 670 days." in texts(long)
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    refused = await bot.chat("web:op").send("/stats")
    assert "/stats is for supervisors and administrators." in texts(refused)
    assert not [m for m in refused if m.images]
