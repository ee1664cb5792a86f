"""``/stats`` in the real web chat (Chromium): the summary, then the charts as images that load."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Browser, expect

from .chromium import CHROMIUM
from .lifecycle_fixtures import RunningBot, running_bot, web_database  # noqa: F401  (fixtures)
from .test_web_staff_lifecycle import open_page, say, sees

pytestmark = [
    pytest.mark.parametrize("web_database", ["sqlite"], indirect=True),
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


async def test_a_supervisor_sees_the_figures_and_two_charts(
    browser: Browser,
    running_bot: RunningBot,  # noqa: F811  (the fixture imported above)
) -> None:
    bot = running_bot
    page = await open_page(browser, bot.url, "en-US")
    await say(page, f"/join {await bot.invite(['supervisor'], ['hailar', 'ergun'])} Narantuya")
    await sees(page, "Welcome. Your roles:")

    await say(page, "/stats month")
    await expect(page.locator(".bubble.bot", has_text=re.compile(r"Figures \d{4}-\d{2} · "))).to_be_visible()
    charts = page.locator("figure.chart img")
    await expect(charts).to_have_count(2)
    titles = [bot.words("en", "stats-chart-by-service"), bot.words("en", "stats-chart-by-region")]
    assert [await charts.nth(i).get_attribute("alt") for i in range(2)] == titles
    for i in range(2):
        await expect(charts.nth(i)).to_be_visible()
        size = await charts.nth(i).evaluate("img => img.complete ? [img.naturalWidth, img.naturalHeight] : null")
        assert size is not None and size[0] >= 600 and size[1] >= 300, size

    await say(page, "/stats next-month")
    await sees(page, "Write for example: /stats")
    await expect(charts).to_have_count(2)  # a mistake brings no chart
