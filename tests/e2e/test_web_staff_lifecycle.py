"""A case's whole life through the real web chat: a reporter, an operator and a mediator, each in a browser."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Browser, Page, expect

from workflows.vocabulary import State

from .chromium import ARTIFACTS, CHROMIUM, PHONE
from .lifecycle_fixtures import ON_BOTH_DATABASES, RunningBot, running_bot, web_database  # noqa: F401  (fixture)

pytestmark = [
    ON_BOTH_DATABASES,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
ZH, EN = "zh-Hans-CN", "en"
JIANSHE = "Hailar Jianshe Street Women's Home"


async def open_page(browser: Browser, url: str, locale: str) -> Page:
    context = await browser.new_context(viewport=PHONE, locale=locale, has_touch=True, is_mobile=True)
    context.set_default_timeout(8000)
    page = await context.new_page()
    await page.goto(url + "/")
    return page


async def click(page: Page, label: str) -> None:
    """Press the newest live button with exactly this label (pressed ones are disabled)."""
    exact = re.compile(f"^{re.escape(label)}$")
    await page.locator("button.choice:enabled").filter(has_text=exact).last.click()


async def say(page: Page, text: str) -> None:
    await page.fill("#text", text)
    await page.click("#send")


async def sees(page: Page, text: str) -> None:
    await expect(page.locator(".bubble.bot", has_text=text).last).to_be_visible()


async def open_card(page: Page, reference: str, status: str) -> None:
    """The first card is opened with /case; after that every action brings the fresh card back."""
    cards = page.locator(".bubble.bot", has_text=f"Case {reference} · {status}")
    before = await cards.count()
    await say(page, f"/case {reference}")
    await expect(cards).to_have_count(before + 1)


async def test_a_case_lives_its_whole_life_through_three_web_chats(
    browser: Browser,
    running_bot: RunningBot,  # noqa: F811  (the fixture imported above)
) -> None:
    bot = running_bot
    zh = lambda message_id: bot.words(ZH, message_id)  # noqa: E731
    en = lambda message_id: bot.words(EN, message_id)  # noqa: E731

    # She reports, in Chinese.
    her = await open_page(browser, bot.url, "zh-CN")
    await click(her, zh("language-self"))
    await click(her, zh("safety-yes"))
    await say(her, "/new")
    await click(her, zh("service-family_mediation"))
    await click(her, zh("region-hailar"))
    await say(her, "我丈夫总是吵架，我想调解。")
    await click(her, zh("button-continue"))
    await click(her, zh("involved-none"))
    await click(her, zh("contact-this_chat"))
    await click(her, zh("identity-anonymous"))
    await click(her, zh("consent-agree"))
    await click(her, zh("button-confirm"))
    receipt = her.locator(".bubble.bot", has_text=re.compile(r"HLB-\d{4}-\d{6}")).last
    await expect(receipt).to_be_visible()
    reference = re.search(r"HLB-\d{4}-\d{6}", await receipt.inner_text()).group(0)

    # The operator joins with her code and accepts from the case card.
    operator = await open_page(browser, bot.url, "en-US")
    await say(operator, f"/join {await bot.invite(['operator'], ['hailar'])} Olga")
    await sees(operator, "Welcome. Your roles:")
    await open_card(operator, reference, "registered")
    await click(operator, en("staff-button-accept"))
    await click(operator, bot.words(EN, "risk-low"))
    await sees(operator, f"{reference}: accept done; status now: accepted.")
    await sees(her, "已受理")

    # The mediator joins; the operator dispatches to her by the first suggestion.
    mediator = await open_page(browser, bot.url, "en-US")
    await say(mediator, f"/join {await bot.invite(['mediator'], ['hailar'], JIANSHE)} Saran")
    await sees(mediator, "Welcome. Your roles:")
    await sees(operator, f"Case {reference} · accepted")
    await click(operator, en("staff-button-dispatch"))
    await sees(operator, "Saran (mediator, 0/6 now): same region, offers the service, speaks her language")
    await click(operator, "Saran")
    await sees(operator, "status now: dispatched")

    await sees(mediator, f"Offered to you: {reference}")
    await click(mediator, en("staff-button-take"))
    await sees(mediator, "status now: in progress")
    await sees(her, "已有调解员负责")

    # Mediation, agreement, resolve.
    await sees(mediator, f"Case {reference} · in progress")
    await click(mediator, en("staff-button-start-mediation"))
    await click(mediator, en("staff-confirm-yes"))
    await sees(mediator, "status now: mediation requested")
    await sees(mediator, f"Case {reference} · mediation requested")
    await click(mediator, en("staff-button-parties-consent"))
    await click(mediator, en("staff-confirm-yes"))
    await sees(mediator, "status now: in mediation")
    await sees(mediator, f"Case {reference} · in mediation")
    await click(mediator, en("staff-button-message"))
    await say(mediator, "Friday 10:00 at the Jianshe Street home?")
    await sees(mediator, f"Passed on to the reporter of {reference}.")
    await sees(her, "Friday 10:00 at the Jianshe Street home?")
    await sees(mediator, f"Case {reference} · in mediation")
    await click(mediator, en("staff-button-agreement"))
    await click(mediator, bot.words(EN, "agreement-form-written"))
    await say(mediator, "Both agree on weekly family meetings.")
    await sees(mediator, "Record this agreement for")
    await click(mediator, en("button-confirm"))
    await sees(mediator, "Judicial confirmation")
    await sees(her, "已达成调解协议")
    await sees(mediator, f"Case {reference} · agreement reached")
    await click(mediator, en("staff-button-resolve"))
    await say(mediator, "Agreement signed.")
    await sees(mediator, "status now: follow-up")

    # The window closes it.
    await open_card(operator, reference, "follow-up")  # she did not act: she opens it
    await click(operator, en("staff-button-close"))
    await click(operator, bot.words(EN, "closure-agreement_honoured"))
    await sees(operator, "status now: closed")
    await sees(her, "已办结")

    async with bot.app.unit_of_work() as uow:
        case = await uow.cases.get(reference)
        events = await uow.events.for_case(case.id)
    assert case.state is State.CLOSED and len(events) == 9
    shown = await her.locator("body").inner_text()
    assert "Saran" not in shown and "Olga" not in shown

    ARTIFACTS.mkdir(exist_ok=True)
    for name, page in (("reporter", her), ("operator", operator), ("mediator", mediator)):
        await page.screenshot(path=str(ARTIFACTS / f"web-lifecycle-{name}.png"))
