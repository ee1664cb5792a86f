"""The web chat in each of the five languages, with the real dialogs behind it: pick, read, screenshot.

The screenshots (test-artifacts/web-language-<tag>.png) are for people to look at: does
traditional Mongolian render with its own glyphs (Debian: fonts-noto-core has Noto Sans
Mongolian), or as tofu boxes?
"""

from __future__ import annotations

import pytest
from playwright.async_api import Browser, expect

from .chromium import ARTIFACTS, CHROMIUM, PHONE
from .lifecycle_fixtures import RunningBot, running_bot, web_database  # noqa: F401  (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
LANGUAGES = ("zh-Hans-CN", "mn-Mong-CN", "mn-Cyrl-MN", "ru", "en")


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_she_picks_her_language_and_the_chat_speaks_it(
    running_bot: RunningBot,  # noqa: F811
    browser: Browser,  # noqa: F811
    locale: str,
) -> None:
    app, server = running_bot.app, running_bot.server
    words = app.localizer
    assert locale in words.locales, f"no catalog for {locale}"
    context = await browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = await context.new_page()
    try:
        await page.goto(server.url + "/")
        own_name = words.format(locale, "language-self")
        await page.locator(".choice", has_text=own_name).first.click()
        await expect(page.locator(".bubble.bot", has_text=words.format(locale, "safety-check"))).to_be_visible()
        await expect(page.locator(".choice", has_text=words.format(locale, "safety-yes"))).to_be_visible()
        await expect(page.locator("html")).to_have_attribute("lang", locale)
        await expect(page.locator("#exit")).to_have_text(words.format(locale, "web-quick-exit"))
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / f"web-language-{locale}.png"), full_page=True)
    finally:
        await context.close()


async def test_the_picker_offers_call_me_in_my_language(
    running_bot: RunningBot,  # noqa: F811
    browser: Browser,  # noqa: F811
) -> None:
    app, server = running_bot.app, running_bot.server
    context = await browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = await context.new_page()
    try:
        await page.goto(server.url + "/")
        await page.locator(".choice", has_text=app.localizer.format("zh-Hans-CN", "call-me-in-my-language")).click()
        daur = app.localizer.format("zh-Hans-CN", "spoken-language-dta")
        await expect(page.locator(".choice", has_text=daur)).to_be_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / "web-call-me-in-my-language.png"), full_page=True)
    finally:
        await context.close()
