"""The web chat's layout on a 360×740 phone, in Chromium, with the real dialogs behind it.

Every bubble must hold its text in all five languages (long traditional Mongolian runs vertically
and must stay readable once the chat scrolls); the emergency numbers must be on screen, tappable,
right after "danger now"; a case reference never breaks across lines.
"""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Browser, Page, expect

from .chromium import ARTIFACTS, CHROMIUM
from .lifecycle_fixtures import RunningBot, running_bot  # noqa: F401  (fixture)
from .test_web_staff_lifecycle import click, open_page, say

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
NNBSP = "\u202f"
#: What she writes, in each language: "My husband broke the door last night and took my ID card; the
#: children are afraid. I want to talk to someone." Long enough for a vertical Mongolian review.
ACCOUNTS = {
    "zh-Hans-CN": "我丈夫昨天晚上把门踢坏了，还拿走了我的身份证。孩子们很害怕。我想找人谈谈。",
    "en": "My husband broke the door last night and took my ID card. The children are afraid. I want to talk to someone.",
    "ru": "Муж вчера вечером выбил дверь и забрал мой паспорт. Дети боятся. Я хочу с кем-нибудь поговорить.",
    "mn-Cyrl-MN": "Нөхөр маань өчигдөр орой хаалга эвдэж, миний иргэний үнэмлэхийг авсан. Хүүхдүүд айж байна.",
    "mn-Mong-CN": (
        f"ᠮᠢᠨᠤ ᠨᠥᠬᠦᠷ ᠥᠴᠥᠭᠡᠳᠦᠷ ᠦᠳᠡᠰᠢ ᠡᠭᠦᠳᠡ ᠶᠢ{NNBSP}ᠡᠪᠳᠡᠵᠦ᠂ ᠮᠢᠨᠤ ᠪᠡᠶ᠎ᠡ{NNBSP}ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ{NNBSP}ᠢ ᠠᠪᠤᠭᠠᠳ ᠶᠠᠪᠤᠭᠰᠠᠨ᠃ "
        f"ᠬᠡᠦᠬᠡᠳ ᠮᠠᠰᠢ ᠠᠶᠤᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠪᠢ ᠬᠡᠨ ᠨᠢᠭᠡᠨ ᠬᠦᠮᠦᠨ ᠲᠡᠢ{NNBSP}ᠶᠠᠷᠢᠯᠴᠠᠮᠠᠷ ᠪᠠᠢᠨ᠎ᠠ᠃"
    ),
}
LANGUAGES = tuple(ACCOUNTS)

#: For every bubble, and every page of a vertical one: its box, and whether its content overflows it.
BOXES = """els => els.map(el => {
  const box = el.getBoundingClientRect();
  return {
    text: el.textContent.slice(0, 30),
    vertical: getComputedStyle(el).writingMode !== "horizontal-tb",
    height: box.height, width: box.width,
    overflowY: el.scrollHeight - el.clientHeight, overflowX: el.scrollWidth - el.clientWidth,
  };
})"""


async def file_a_case(page: Page, bot: RunningBot, locale: str) -> None:
    """From the language picker to her receipt: about two dozen bubbles."""
    words = lambda message_id: bot.words(locale, message_id)  # noqa: E731
    await click(page, words("language-self"))
    await click(page, words("safety-yes"))
    await click(page, words("menu-new"))
    await click(page, words("service-rights"))
    await click(page, words("region-hailar"))
    await say(page, ACCOUNTS[locale])
    await click(page, words("button-continue"))
    await click(page, words("involved-none"))
    await click(page, words("contact-this_chat"))
    await click(page, words("identity-anonymous"))
    await click(page, words("consent-agree"))
    await click(page, words("button-confirm"))
    await expect(page.locator(".bubble.bot", has_text=re.compile(r"HLB-\d{4}-\d{6}"))).to_have_count(1)


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_every_bubble_holds_its_text_after_twenty_messages(
    running_bot: RunningBot,  # noqa: F811
    browser: Browser,
    locale: str,
) -> None:
    page = await open_page(browser, running_bot.url, "zh-CN")
    try:
        await file_a_case(page, running_bot, locale)
        bubbles = await page.locator(".bubble").evaluate_all(BOXES)
        pages = await page.locator(".bubble .page").evaluate_all(BOXES)
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / f"web-layout-{locale}.png"))
        await page.screenshot(path=str(ARTIFACTS / f"web-layout-{locale}-full.png"), full_page=True)
        for n, long in enumerate(await page.locator(".bubble.long").all()):
            await long.screenshot(path=str(ARTIFACTS / f"web-layout-{locale}-long-{n}.png"))
    finally:
        await page.context.close()

    assert len(bubbles) >= 20
    for box in bubbles + pages:
        assert box["overflowY"] <= 1 and box["overflowX"] <= 1, f"its text overflows: {box}"
        assert box["width"] <= 360, f"wider than the screen: {box}"
        assert box["height"] >= 30, f"squeezed: {box}"
        if box["vertical"]:
            assert box["height"] >= 100, f"a vertical text squeezed: {box}"
    if locale == "mn-Mong-CN":
        assert any(box["vertical"] for box in pages), "the long Mongolian texts run vertically"
