"""``/export`` in Chromium, on the whole bot (SQLite and PostgreSQL): the link from her web chat lands on
the figures page with her file ready; the download is opened with its reader (csv, openpyxl): headers
in her language, numbers typed as numbers, no formula cell, no confidential case, none of her words;
every download audited under her person id. The link opens once; a region outside her own, even typed
into the link's query, is refused; a download needs the page's session (bot/export_download.py).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from playwright.async_api import Browser, Page, expect
from sqlalchemy import select, update

from bot.report_export import FORMULA_STARTS, figure_header
from bot.stats_text import case_header
from storage.records import AuditRecord, CaseRecord

from .chromium import CHROMIUM
from .test_dashboard import HER_WORDS, Bot, browser_page, cases, person_of, say
from .test_dashboard import bot as bot  # noqa: F401  (the whole bot on SQLite and PostgreSQL)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
RU = "ru"
LINK = re.compile(r"http://127\.0\.0\.1:\d+/dashboard/open/[A-Za-z0-9_-]+\?\S+")
CASES = CaseRecord.__table__
AUDIT = AuditRecord.__table__


async def joined(browser: Browser, bot: Bot, name: str, regions: list[str]) -> Page:
    """A supervisor of ``regions`` who joined in her web chat, in Russian."""
    context = await browser.new_context(locale="ru-RU")
    context.set_default_timeout(8000)
    page = await context.new_page()
    await page.goto(bot.url + "/")
    await say(page, f"/join {await bot.invite(['supervisor'], regions)} {name}")
    welcome = bot.words(RU, "staff-joined", roles="", regions="").split()[0]
    await expect(page.locator(".bubble.bot", has_text=welcome)).to_be_visible()
    return page


async def export_link(page: Page, typed: str = "/export") -> tuple[str, str]:
    """``typed`` in her chat: (the link, the answer's text)."""
    answers = page.locator(".bubble.bot", has_text="/dashboard/open/")
    before = await answers.count()
    await say(page, typed)
    await expect(answers).to_have_count(before + 1)
    text = await answers.last.inner_text()
    return LINK.search(text).group(0), text


async def references(bot: Bot, region: str) -> list[str]:
    async with bot.app.sessions() as session:
        query = select(CASES.c.reference).where(CASES.c.region == region).order_by(CASES.c.created_at, CASES.c.id)
        return list((await session.execute(query)).scalars())


async def make_confidential(bot: Bot, reference: str) -> None:
    async with bot.app.sessions() as session:
        await session.execute(update(CASES).where(CASES.c.reference == reference).values(confidential=True))
        await session.commit()


async def exports(bot: Bot) -> list[tuple[int | None, str]]:
    async with bot.app.sessions() as session:
        query = select(AUDIT.c.actor_id, AUDIT.c.outcome).where(AUDIT.c.action == "export_report")
        return [tuple(r) for r in await session.execute(query.order_by(AUDIT.c.id))]


async def download(page: Page, fmt: str):
    async with page.expect_download() as started:
        await page.click(f'a.download[data-format="{fmt}"]')
    return await started.value


def no_formula(cells: list) -> None:
    """A text cell that begins like a formula is written with a leading apostrophe."""
    for cell in cells:
        if isinstance(cell, str) and cell:
            assert not cell.startswith(FORMULA_STARTS), cell


async def test_her_export_link_downloads_her_file_once_in_her_language(browser: Browser, bot: Bot) -> None:
    await cases(bot, "hailar", 3)
    await cases(bot, "ergun", 2)
    hailar = await references(bot, "hailar")
    await make_confidential(bot, hailar[1])  # counted in the figures, never listed
    supervisor = await joined(browser, bot, "Sarnai", ["hailar"])
    link, answer = await export_link(supervisor, "/export csv")
    month = bot.clock().astimezone(bot.settings.zone).strftime("%Y-%m")
    assert bot.words(RU, "export-link", url=link, period=month, format="CSV", minutes=15) in answer

    page = await browser_page(browser)
    opened = await page.goto(link)
    assert opened.status == 200 and page.url.startswith(bot.url + "/dashboard?") and "/open/" not in page.url
    await expect(page.locator(".downloads .export-ready")).to_have_text(bot.words(RU, "export-ready"))
    first = page.locator("a.download").first
    assert await first.get_attribute("data-format") == "csv" and "ready" in await first.get_attribute("class")
    await expect(page.locator('a.download[data-format="xlsx"]')).to_have_text(bot.words(RU, "dashboard-download-xlsx"))

    # The CSV: a UTF-8 file Excel reads (byte order mark), headers in Russian, numbers bare.
    csv_file = await download(page, "csv")
    assert csv_file.suggested_filename == f"walking-home-{month}-hailar.csv"
    raw = (await csv_file.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    word = lambda message_id, **args: bot.words(RU, message_id, **args)  # noqa: E731
    assert rows[0][0].startswith(word("stats-title", period=month, scope=word("region-hailar")))
    assert rows[1] == figure_header(word)
    figures = {r[1]: r for r in rows[2 : rows.index([])]}
    opened_label = word("stats-opened")
    assert figures[opened_label][2] == "3"  # the confidential case is counted
    listed = rows[rows.index([]) + 1 :]
    assert listed[0] == case_header(word)
    assert [r[0] for r in listed[1:]] == [hailar[0], hailar[2]]  # Ergun's and the confidential one are not
    assert HER_WORDS not in text and "Sarnai" not in text
    for row in rows:
        no_formula(row)
    person = await person_of(bot, "Sarnai")
    assert await exports(bot) == [(person, f"csv-started:{month}:r:hailar"), (person, f"csv:{month}:2:r:hailar")]

    # The XLSX, from the page's other button: two sheets in Russian, numbers typed as numbers.
    xlsx_file = await download(page, "xlsx")
    assert xlsx_file.suggested_filename == f"walking-home-{month}-hailar.xlsx"
    book = load_workbook(io.BytesIO((await xlsx_file.path()).read_bytes()))
    assert book.sheetnames == [word("stats-sheet-figures"), word("stats-sheet-cases")]
    sheet_figures, sheet_cases = (list(s.iter_rows(values_only=True)) for s in book.worksheets)
    assert list(sheet_figures[1]) == figure_header(word)
    value = next(r for r in sheet_figures[2:] if r[1] == opened_label)[2]
    assert value == 3 and isinstance(value, int)
    assert list(sheet_cases[0]) == case_header(word) and [r[0] for r in sheet_cases[1:]] == [hailar[0], hailar[2]]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
            no_formula([cell.value for cell in row])
    assert await exports(bot) == [
        (person, f"csv-started:{month}:r:hailar"),
        (person, f"csv:{month}:2:r:hailar"),
        (person, f"xlsx-started:{month}:r:hailar"),
        (person, f"xlsx:{month}:2:r:hailar"),
    ]

    # A HEAD (a link checker, a prefetch) writes no export and no audit row.
    head = await page.context.request.head(bot.url + "/dashboard/download?format=csv")
    assert head.status == 405 and len(await exports(bot)) == 4

    # The link opens once: again (another browser) is "used", in her language, and downloads nothing.
    again = await browser_page(browser, "en-US")
    reopened = await again.goto(link)
    assert reopened.status == 410
    await expect(again.locator(".why")).to_have_text(bot.words(RU, "export-refused-used"))
    # A download without the page's session is refused.
    assert (await again.goto(bot.url + "/dashboard/download?format=csv")).status == 404
    assert len(await exports(bot)) == 4


async def test_a_region_outside_hers_is_refused_even_typed_into_the_link(browser: Browser, bot: Bot) -> None:
    await cases(bot, "ergun", 2)
    supervisor = await joined(browser, bot, "Oyuna", ["hailar"])
    await say(supervisor, "/export ergun")
    refusal = bot.words(RU, "export-outside", region=bot.words(RU, "region-ergun"))
    await expect(supervisor.locator(".bubble.bot", has_text=refusal)).to_be_visible()

    link, _ = await export_link(supervisor, "/export hailar xlsx")
    page = await browser_page(browser)
    refused = await page.goto(link.replace("region=hailar", "region=ergun"))
    assert refused.status == 403
    await expect(page.locator(".why")).to_have_text(bot.words(RU, "dashboard-refused-outside"))
    assert await page.locator("a.download").count() == 0
    # The session the link began is hers; a download of another region is refused the same way.
    forged = await page.goto(bot.url + "/dashboard/download?format=csv&period=month&region=ergun")
    assert forged.status == 403
    assert await exports(bot) == []


async def test_an_expired_link_is_told_so_in_her_language(browser: Browser, bot: Bot) -> None:
    supervisor = await joined(browser, bot, "Tuya", ["hailar"])
    link, _ = await export_link(supervisor, "/export week")
    bot.clock.now += timedelta(minutes=bot.settings.dashboard_link_minutes, seconds=1)
    page = await browser_page(browser)
    answer = await page.goto(link)
    assert answer.status == 410
    await expect(page.locator(".why")).to_have_text(bot.words(RU, "export-refused-expired"))
    assert await exports(bot) == []
