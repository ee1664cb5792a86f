"""A service order in the real web chat (Chromium): she orders from the menu, a past date and "many"
are answered and asked again, she gets her HLO- reference and PIN, and her order is in "My service
orders" and opens with its PIN (docs/orders.md)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from playwright.async_api import Browser, expect

from workflows.orders import OrderState

from .chromium import CHROMIUM
from .lifecycle_fixtures import ON_BOTH_DATABASES, RunningBot, running_bot, web_database  # noqa: F401  (fixture)
from .test_web_staff_lifecycle import click, open_page, say, sees

pytestmark = [
    ON_BOTH_DATABASES,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
EN = "en"


async def test_she_orders_a_service_in_the_web_chat_and_opens_it_with_her_pin(
    browser: Browser,
    running_bot: RunningBot,  # noqa: F811
) -> None:
    bot = running_bot
    words = lambda message_id: bot.words(EN, message_id)  # noqa: E731
    day = (datetime.now(bot.app.settings.zone).date() + timedelta(days=20)).isoformat()
    page = await open_page(browser, bot.url, EN)
    await click(page, words("language-self"))
    await click(page, words("safety-yes"))
    await click(page, words("menu-order"))
    await click(page, words("orders-kind-team_visit"))
    await click(page, words("orders-topic-mental_health"))
    await click(page, words("region-genhe"))
    await click(page, words("orders-place-school"))
    await say(page, "Genhe No. 2 Middle School")
    await sees(page, "Which dates would suit you?")
    await say(page, "2020-01-01")
    await sees(page, "this date has already passed")
    await say(page, day)
    await say(page, "many")
    await sees(page, "We need a number")
    await say(page, "١٢٠")  # Arabic-Indic digits are digits too
    await click(page, words("orders-language-bilingual"))
    await click(page, words("orders-format-on_site"))
    await say(page, "Teacher Bat 13900000000")
    await sees(page, "Please check your order")
    await click(page, words("button-confirm"))
    receipt = page.locator(".bubble.bot", has_text=re.compile(r"HLO-\d{4}-\d{6}")).last
    await expect(receipt).to_be_visible()
    reference = re.search(r"HLO-\d{4}-\d{6}", await receipt.inner_text()).group(0)
    pin_line = page.locator(".bubble.bot", has_text="The PIN of this order").last
    await expect(pin_line).to_be_visible()
    pin = re.search(r"(?<![0-9-])(\d{6})(?![0-9])", await pin_line.inner_text()).group(1)

    await click(page, words("menu-my-orders"))
    await sees(page, f"{reference} · Waiting for a team")
    await click(page, reference)
    await sees(page, f"Please write the PIN of order {reference}")
    await say(page, pin)
    await sees(page, "Genhe No. 2 Middle School")

    async with bot.app.unit_of_work() as uow:
        order = await uow.orders.get(reference)
    assert order.state is OrderState.REQUESTED and order.audience == 120 and order.region == "genhe"
    assert order.channel == "web" and order.preferred_dates[0].isoformat() == day
