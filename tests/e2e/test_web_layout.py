"""The web chat's layout on a 360×740 phone, in Chromium, with the real dialogs behind it.

Every bubble must hold its text in all five languages (long traditional Mongolian runs vertically
and must stay readable once the chat scrolls); the emergency numbers must be on screen, tappable,
right after "danger now"; a case reference never breaks across lines.
"""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Browser, Page, expect

from bot.messages import Outbound

from .chromium import ARTIFACTS, CHROMIUM, PHONE
from .conftest import RunningWeb
from .lifecycle_fixtures import RunningBot, running_bot, web_database  # noqa: F401  (fixture)
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
REFERENCE = re.compile(r"HLB-\d{4}-\d{6}")

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

#: How far apart, in px across the lines, the pieces of ``reference`` in ``el`` are drawn (0: one line).
LINE_SPREAD = """(el, reference) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = "";
  while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
  const start = text.indexOf(reference), end = start + reference.length;
  if (start < 0) return null;
  const range = document.createRange();
  const [first, from] = nodes.find(([node, at]) => start < at + node.length);
  const [last, to] = nodes.find(([node, at]) => end > at && end <= at + node.length);
  range.setStart(first, start - from);
  range.setEnd(last, end - to);
  const vertical = getComputedStyle(first.parentElement).writingMode !== "horizontal-tb";
  const across = [...range.getClientRects()].filter(r => r.width && r.height).map(r => vertical ? r.left : r.top);
  return Math.max(...across) - Math.min(...across);
}"""


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
    await expect(page.locator(".bubble.bot", has_text=REFERENCE)).to_have_count(1)


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
        receipt = page.locator(".bubble.bot", has_text=REFERENCE)
        reference = REFERENCE.search(await receipt.text_content()).group(0)
        spread = await receipt.evaluate(LINE_SPREAD, reference)
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / f"web-layout-{locale}.png"))
        await page.screenshot(path=str(ARTIFACTS / f"web-layout-{locale}-full.png"), full_page=True)
        for n, long in enumerate(await page.locator(".bubble.long").all()):
            await long.screenshot(path=str(ARTIFACTS / f"web-layout-{locale}-long-{n}.png"))
    finally:
        await page.context.close()

    assert spread is not None and spread < 2, f"{reference} is cut across lines"
    assert len(bubbles) >= 20
    for box in bubbles + pages:
        assert box["overflowY"] <= 1 and box["overflowX"] <= 1, f"its text overflows: {box}"
        assert box["width"] <= 360, f"wider than the screen: {box}"
        assert box["height"] >= 30, f"squeezed: {box}"
        if box["vertical"]:
            assert box["height"] >= 100, f"a vertical text squeezed: {box}"
    if locale == "mn-Mong-CN":
        assert any(box["vertical"] for box in pages), "the long Mongolian texts run vertically"


async def test_a_reference_is_never_cut_across_lines(web: RunningWeb, browser: Browser) -> None:
    """Wherever a line's end falls, in Chinese or English, the reference moves whole to the next line."""
    context = await browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = await context.new_page()
    try:
        await page.goto(web.url + "/")
        await expect(page.locator("#status")).to_be_hidden()  # connected
        await page.wait_for_function("sessionStorage.getItem('wh-session') !== null")  # its token stored
        token = await page.evaluate("sessionStorage.getItem('wh-session')")
        zh = "\n".join(f"{'您' * n}的案件编号：HLB-2026-{n:06d}" for n in range(20))
        en = "\n".join(
            f"{'Your case ' * (n // 10)}{'w' * (n % 10)} reference HLB-2026-{100 + n:06d}" for n in range(40)
        )
        for outbox_id, text in enumerate((zh, en), start=1):
            await web.channel.deliver(Outbound(address=web.channel.address_of(token), text=text, outbox_id=outbox_id))
            bubble = page.locator(".bubble.bot").last
            await expect(bubble).to_have_text(text)
            for reference in REFERENCE.findall(text):
                spread = await bubble.evaluate(LINE_SPREAD, reference)
                assert spread is not None and spread < 2, f"{reference} is cut across lines"
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / "web-references.png"))
    finally:
        await context.close()


#: Which ``tel:`` links are wholly inside the visible part of the conversation, and in which bubble.
CALLS_IN_VIEW = """() => {
  const view = document.getElementById("log").getBoundingClientRect();
  const bubbles = [...document.querySelectorAll(".bubble")];
  return [...document.querySelectorAll('a[href^="tel:"]')]
    .filter(a => {
      const r = a.getBoundingClientRect();
      return r.height > 0 && r.top >= view.top && r.bottom <= view.bottom && r.left >= 0 && r.right <= innerWidth;
    })
    .map(a => [a.getAttribute("href"), bubbles.indexOf(a.closest(".bubble"))]);
}"""


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_after_danger_now_the_three_numbers_are_on_screen_as_links_in_one_bubble(
    running_bot: RunningBot,  # noqa: F811
    browser: Browser,
    locale: str,
) -> None:
    """Midway through telling her story, a full screen behind her: the bot's answers must not push them off."""
    bot = running_bot
    words = lambda message_id: bot.words(locale, message_id)  # noqa: E731
    page = await open_page(browser, bot.url, "zh-CN")
    try:
        await click(page, words("language-self"))
        await click(page, words("safety-yes"))
        await click(page, words("menu-new"))
        await click(page, words("service-rights"))
        await click(page, words("region-hailar"))
        await say(page, ACCOUNTS[locale])
        await expect(page.locator(".choice", has_text=words("button-continue"))).to_be_visible()

        await page.click("#danger")
        # Her emergency case, its receipt and the staff alerted: every answer is in before looking.
        await expect(page.locator(".bubble.bot", has_text=REFERENCE)).to_have_count(2)
        shown = await page.evaluate(CALLS_IN_VIEW)
        first = await page.locator(".bubble").evaluate_all("(all) => all.indexOf(document.querySelector('.urgent'))")
        ARTIFACTS.mkdir(exist_ok=True)
        await page.screenshot(path=str(ARTIFACTS / f"web-danger-{locale}.png"))
    finally:
        await page.context.close()

    by_bubble: dict[int, set[str]] = {}
    for href, index in shown:
        if index >= 0:
            by_bubble.setdefault(index, set()).add(href)
    wanted = {"tel:110", "tel:120", "tel:12338"}
    assert any(wanted <= hrefs for hrefs in by_bubble.values()), f"not all in one bubble on screen: {shown}"
    assert by_bubble.get(first) == wanted, "the numbers shown at once stay in view while the answers come"


async def test_a_very_long_vertical_text_is_cut_into_pages_that_each_fit_the_screen(
    web: RunningWeb, browser: Browser
) -> None:
    """Her whole account read back in traditional Mongolian: pages one below the other, none overflowing."""
    context = await browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    page = await context.new_page()
    try:
        await page.goto(web.url + "/")
        await expect(page.locator("#status")).to_be_hidden()  # connected
        await page.wait_for_function("sessionStorage.getItem('wh-session') !== null")  # its token stored
        token = await page.evaluate("sessionStorage.getItem('wh-session')")
        text = " ".join([ACCOUNTS["mn-Mong-CN"]] * 25)  # about 3,000 characters
        await web.channel.deliver(Outbound(address=web.channel.address_of(token), text=text, outbox_id=1))
        bubble = page.locator(".bubble.bot.long")
        await expect(bubble).to_have_text(text)
        pages = await bubble.locator(".page").evaluate_all(BOXES)
        ARTIFACTS.mkdir(exist_ok=True)
        await bubble.locator(".page").nth(1).scroll_into_view_if_needed()
        await page.screenshot(path=str(ARTIFACTS / "web-layout-long-mongolian-pages.png"))
        await page.set_viewport_size({"width": 740, "height": 360})  # turned sideways: laid out again
        await page.wait_for_timeout(400)
        turned = await bubble.locator(".page").evaluate_all(BOXES)
        await expect(bubble).to_have_text(text)
    finally:
        await context.close()

    assert len(pages) > 1
    for box in pages + turned:
        assert box["vertical"] and box["overflowX"] <= 1 and box["overflowY"] <= 1, box
    assert all(box["width"] <= 360 for box in pages) and all(box["height"] <= 0.6 * 360 + 1 for box in turned)
