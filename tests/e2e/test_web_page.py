"""The web chat page in a real browser (Debian's Chromium driven by Playwright), phone-sized."""

from __future__ import annotations

import pytest
from playwright.async_api import Browser, Page, expect

from bot.messages import Outbound

from .chromium import ARTIFACTS, CHROMIUM, PHONE
from .conftest import RunningWeb

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


async def test_she_chats_presses_a_button_and_a_quick_exit_leaves_nothing_behind(web: RunningWeb, page: Page) -> None:
    words = web.localizer
    await page.goto(web.url + "/")
    await expect(page.locator("#exit")).to_have_text(words.format("zh-Hans-CN", "web-quick-exit"))
    await expect(page.locator("#danger")).to_have_text(words.format("zh-Hans-CN", "web-danger"))
    await expect(page.locator("html")).to_have_attribute("lang", "zh-Hans-CN")
    await expect(page.locator("#status")).to_be_hidden()
    token = await page.evaluate("sessionStorage.getItem('wh-session')")
    assert token and web.channel.address_of(token) in {i.address for i in web.dialog.received}

    # Text that looks like markup stays text.
    await page.fill("#text", "我需要帮助 <b>now</b>")
    await page.click("#send")
    reply = page.locator(".bubble.bot", has_text="echo: 我需要帮助 <b>now</b>")
    await expect(reply).to_be_visible()
    assert await page.locator(".bubble b").count() == 0
    await page.locator(".choice", has_text="OK").click()
    await expect(page.locator(".bubble.bot", has_text="pressed: ok")).to_be_visible()
    assert [i.action for i in web.dialog.received if i.action] == ["ok"]

    # The conversation's locale changes: the page's words and lang follow.
    await web.channel.set_locale(web.channel.address_of(token), "en")
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await expect(page.locator("#exit")).to_have_text(words.format("en", "web-quick-exit"))

    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "web-chat-phone.png"), full_page=True)

    await page.click("#exit")
    await page.wait_for_url("about:blank")
    content = await page.content()
    assert "echo" not in content and "我需要帮助" not in content
    assert await page.title() == ""
    await web.dialog.until(lambda received: any(i.action == "exit" for i in received))


async def test_a_quick_exit_leaves_no_history_entry_that_names_the_service(web: RunningWeb, page: Page) -> None:
    """She came from another page; after the quick exit, back and forward show nothing of the chat."""
    before = "data:text/html,<title>Weather</title><p>Sunny"
    await page.goto(before)
    await page.goto(web.url + "/")
    await expect(page.locator("#status")).to_be_hidden()
    await page.fill("#text", "他打我")
    await page.click("#send")
    await expect(page.locator(".bubble.bot", has_text="echo: 他打我")).to_be_visible()
    length = await page.evaluate("history.length")

    await page.click("#exit")
    await page.wait_for_url("about:blank")
    await page.wait_for_timeout(2000)  # past the fallback's delay: the blank page stays

    assert await page.evaluate("history.length") == length, "the chat's entry was replaced, none added"
    assert (page.url, await page.title(), await page.locator("body").inner_text()) == ("about:blank", "", "")
    assert await page.evaluate("sessionStorage.length") == 0
    entries = [(page.url, await page.title())]
    for _ in range(length - 1):  # every entry of the tab's history, newest first
        await page.go_back()
        entries.append((page.url, await page.title()))
    assert (before, "Weather") in entries
    assert not any(web.url in url for url, _ in entries), entries
    await web.dialog.until(lambda received: any(i.action == "exit" for i in received))


@pytest.mark.parametrize(
    ("browser_locale", "catalog"), [("zh-CN", "zh-Hans-CN"), ("en-US", "en"), ("ru-RU", "ru"), ("mn-MN", "mn-Cyrl-MN")]
)
async def test_the_fallback_exit_page_is_titled_like_the_browsers_own_new_tab(
    web: RunningWeb, browser: Browser, browser_locale: str, catalog: str
) -> None:
    """A browser that refuses its blank page lands here: a tab like a new one, in the browser's language."""
    context = await browser.new_context(viewport=PHONE, locale=browser_locale, is_mobile=True)
    page = await context.new_page()
    try:
        await page.goto(web.url + "/bye")
        await expect(page).to_have_title(web.localizer.format(catalog, "web-blank-tab-title"))
        await expect(page.locator("#line")).to_have_text(web.localizer.format(catalog, "web-bye-text"))
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / f"web-bye-{catalog}.png"))
    finally:
        await context.close()


async def test_the_danger_button_shows_the_numbers_at_once_and_tells_the_dialog(web: RunningWeb, page: Page) -> None:
    await page.goto(web.url + "/")
    await expect(page.locator("#status")).to_be_hidden()
    await page.click("#danger")
    await expect(page.locator("a.call[href='tel:110']")).to_be_visible()
    await expect(page.locator("a.call[href='tel:12338']")).to_have_text(
        web.localizer.format("zh-Hans-CN", "web-call-12338")
    )
    await web.dialog.until(lambda received: any(i.action == "danger" for i in received))

    # Traditional Mongolian gets its own fonts; a long text may run vertically.
    token = await page.evaluate("sessionStorage.getItem('wh-session')")
    mongolian = "ᠰᠠᠢᠨ ᠪᠠᠢᠨ᠎ᠠ ᠤᠤ᠃ " * 12
    await web.channel.deliver(Outbound(address=web.channel.address_of(token), text=mongolian, outbox_id=1000))
    bubble = page.locator(".bubble.bot.long")
    await expect(bubble).to_have_attribute("lang", "mn-Mong-CN")
    assert await bubble.locator(".page").first.evaluate("el => getComputedStyle(el).writingMode") == "vertical-lr"
    assert "Noto Sans Mongolian" in await bubble.evaluate("el => getComputedStyle(el).fontFamily")

    # A Chinese account quoting a Mongolian line stays horizontal and readable.
    mixed = "我丈夫昨天晚上又喝醉了，把门踢坏了，孩子们都吓哭了。" * 6 + "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠦᠭᠡ"
    await web.channel.deliver(Outbound(address=web.channel.address_of(token), text=mixed, outbox_id=1001))
    quoted = page.locator(".bubble.bot").last
    await expect(quoted).to_have_text(mixed)
    assert await quoted.evaluate("el => getComputedStyle(el).writingMode") == "horizontal-tb"
    assert await quoted.evaluate("el => el.getBoundingClientRect().width <= innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "web-chat-phone-zh.png"), full_page=True)


async def test_a_message_too_long_to_send_stays_in_the_box_with_a_clear_error(web: RunningWeb, page: Page) -> None:
    await page.goto(web.url + "/")
    await expect(page.locator("#status")).to_be_hidden()
    too_long = "他每天晚上都打我。" * 200  # far over this test server's limit

    await page.fill("#text", too_long)
    await page.click("#send")

    await expect(page.locator(".bubble.error")).to_have_text(web.localizer.format("zh-Hans-CN", "web-error-too-large"))
    assert await page.input_value("#text") == too_long, "nothing she typed is lost"
    assert await page.locator(".bubble.me").count() == 0
    assert all(i.text != too_long for i in web.dialog.received)


async def test_the_page_sends_a_file_with_its_token_in_the_headers(web: RunningWeb, page: Page) -> None:
    """The server reads no upload body without the token in a header: the page's own upload must pass."""
    await page.goto(web.url + "/")
    await expect(page.locator("#status")).to_be_hidden()
    photo = bytes(range(256)) * 4
    await page.set_input_files("#file", files=[{"name": "照片.jpg", "mimeType": "image/jpeg", "buffer": photo}])
    await expect(page.locator(".bubble.bot", has_text="got 1 file")).to_be_visible()
    (attachment,) = next(i for i in web.dialog.received if i.attachments).attachments
    assert attachment.data == photo and attachment.filename == "照片.jpg"
