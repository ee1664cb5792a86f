"""A woman files a case through the real web chat in Chromium, sees her reference, and leaves without a trace."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from .chromium import ARTIFACTS, CHROMIUM
from .lifecycle_fixtures import ON_BOTH_DATABASES, RunningBot, running_bot, web_database  # noqa: F401  (fixture)
from .test_web_staff_lifecycle import click, open_page, say

pytestmark = [
    ON_BOTH_DATABASES,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
EN = "en"
WORDS = "My husband broke the door last night and took my ID card."


async def test_she_files_a_case_sees_her_reference_and_a_quick_exit_leaves_nothing_in_page_or_history(
    running_bot: RunningBot,  # noqa: F811
    browser,
) -> None:
    bot = running_bot
    page = await open_page(browser, bot.url, EN)
    words = lambda message_id, **args: bot.words(EN, message_id, **args)  # noqa: E731

    await click(page, bot.words(EN, "language-self"))
    await click(page, words("safety-yes"))
    await click(page, words("menu-new"))
    await click(page, words("service-rights"))
    await click(page, words("region-hailar"))
    await say(page, WORDS)
    await click(page, words("button-continue"))
    await click(page, words("involved-none"))
    await click(page, words("contact-this_chat"))
    await click(page, words("identity-anonymous"))
    await click(page, words("consent-agree"))
    await click(page, words("button-confirm"))
    receipt = page.locator(".bubble.bot", has_text="HLB-")
    await expect(receipt).to_be_visible()
    reference = re.search(r"HLB-\d{4}-\d{6}", await receipt.inner_text()).group(0)
    async with bot.app.unit_of_work() as uow:
        assert (await uow.cases.get(reference)) is not None
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "web-reporter-receipt.png"), full_page=True)
    history_before = await page.evaluate("history.length")

    await page.click("#exit")
    await page.wait_for_url("about:blank")

    content = await page.content()
    assert reference not in content and WORDS not in content
    assert await page.title() == ""
    assert await page.evaluate("sessionStorage.length") == 0
    assert await page.evaluate("history.length") == history_before, "the chat's entry was replaced"
    await page.go_back()
    assert bot.url not in page.url
    assert reference not in await page.content()
