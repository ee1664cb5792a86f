"""The supervisors' dashboard page in Chromium, on the whole bot (SQLite and PostgreSQL).

The bot is built as ``walking-home run`` builds it (`bot.bootstrap.build_channels`: the HTTP server
with the web chat and the dashboard's routes). A supervisor joins in the web chat and asks for
``/dashboard``; the link from her chat opens the page once, in her language, with the figures of her
own regions and their charts; a region outside them is refused; a used, expired, forged or revoked
link (``walking-home staff deactivate`` in its own process) gets a refusal page, never the figures.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, expect
from sqlalchemy import select

from bot.bootstrap import App, build_app, build_channels
from bot.settings import PROJECT_DIR, REPO_LOCALES, Settings
from storage import seed
from storage.migrate import upgrade_async
from storage.records import StaffRecord
from storage.staff import create_invite
from workflows.case import Actor, Intake
from workflows.services import open_case
from workflows.vocabulary import Channel, Service

from .chromium import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
EN, ZH = "en", "zh-Hans-CN"
LINK = re.compile(r"http://127\.0\.0\.1:\d+/dashboard/open/[A-Za-z0-9_-]+")
HER_WORDS = "My husband hits me"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Bot:
    app: App
    url: str
    clock: Clock
    settings: Settings

    def words(self, locale: str, message_id: str, **args: object) -> str:
        return self.app.localizer.format(locale, message_id, **args)

    async def invite(self, roles: list[str], regions: list[str]) -> str:
        async with self.app.unit_of_work() as uow:
            code = await create_invite(
                uow.session, roles=roles, regions=regions, service_point_id=None, now=self.clock(),
                valid_for=timedelta(hours=1),
            )  # fmt: skip
            await uow.commit()
        return code


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def bot(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Bot]:
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        await upgrade_async(url)
    port = free_port()
    settings = Settings(
        _env_file=None,
        database_url=url,
        data_dir=tmp_path,
        locales_dir=REPO_LOCALES,
        default_locale=ZH,
        web_host="127.0.0.1",
        web_port=port,
        web_public_origin=f"http://127.0.0.1:{port}",
        evidence_dir=tmp_path / "evidence",
        retention_enabled=False,
        clock_enabled=False,
        digest_enabled=False,
    )
    clock = Clock()
    app = build_app(settings, now=clock)
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await seed.seed_demo_points(uow.session)
        await uow.commit()
    components = build_channels(app)
    try:
        for component in components:
            await component.start()
        app.sender.start()
        yield Bot(app, f"http://127.0.0.1:{port}", clock, settings)
    finally:
        for component in reversed(components):
            await component.stop()
        await app.close()


async def cases(bot: Bot, region: str, count: int) -> None:
    """Cases registered now (this month) in ``region``, through the use case, with her words in them."""
    async with bot.app.unit_of_work() as uow:
        reporter = await seed_reporter(uow)
        await uow.commit()
    intake = Intake(Service.RIGHTS, region, "en", Channel.WEB, description=HER_WORDS, consent_version="2026-01")
    for _ in range(count):
        await open_case(
            bot.app.unit_of_work(), intake=intake, actor=Actor.reporter(reporter), now=bot.clock(),
            tz=bot.settings.zone, reporter_id=reporter, policy=bot.app.dialogs.context.policy,
        )  # fmt: skip


async def seed_reporter(uow) -> int:
    from storage.people import person_for_address

    person = await person_for_address(uow.session, f"web:reporter-{datetime.now(UTC).timestamp()}", datetime.now(UTC))
    return person.id


async def chat(browser: Browser, bot: Bot) -> Page:
    context = await browser.new_context(locale="en-US")
    context.set_default_timeout(8000)
    page = await context.new_page()
    await page.goto(bot.url + "/")
    return page


async def say(page: Page, text: str) -> None:
    await page.fill("#text", text)
    await page.click("#send")


async def dashboard_link(page: Page) -> str:
    """``/dashboard`` in her chat; the link in the newest answer."""
    answers = page.locator(".bubble.bot", has_text="/dashboard/open/")
    before = await answers.count()
    await say(page, "/dashboard")
    await expect(answers).to_have_count(before + 1)
    return LINK.search(await answers.last.inner_text()).group(0)


async def browser_page(browser: Browser, locale: str = "en-US") -> Page:
    context = await browser.new_context(locale=locale, viewport={"width": 1200, "height": 900})
    context.set_default_timeout(8000)
    return await context.new_page()


async def figure(page: Page, key: str) -> str:
    return (await page.locator(f'tr[data-key="{key}"] td.now').inner_text()).strip()


async def person_of(bot: Bot, name: str) -> int:
    async with bot.app.sessions() as session:
        staff = StaffRecord.__table__
        return (await session.execute(select(staff.c.person_id).where(staff.c.display_name == name))).scalar_one()


def deactivate(bot: Bot, person_id: int) -> subprocess.CompletedProcess[str]:
    """``walking-home staff deactivate ID`` in its own process, on the bot's database."""
    env = os.environ | {
        "WALKING_HOME_DATABASE_URL": bot.settings.database_url,
        "WALKING_HOME_DATA_DIR": str(bot.settings.data_dir),
        "WALKING_HOME_DEFAULT_LOCALE": "en",
        "PYTHONPATH": str(PROJECT_DIR),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "staff", "deactivate", str(person_id)],
        cwd=bot.settings.data_dir, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


async def test_a_supervisor_opens_her_figures_once_in_her_language_and_only_for_her_regions(
    browser: Browser, bot: Bot
) -> None:
    await cases(bot, "hailar", 3)
    await cases(bot, "ergun", 2)
    supervisor = await chat(browser, bot)
    await say(supervisor, f"/join {await bot.invite(['supervisor'], ['hailar'])} Sarnai")
    await expect(supervisor.locator(".bubble.bot", has_text="Welcome. Your roles:")).to_be_visible()
    link = await dashboard_link(supervisor)
    minutes = bot.settings.dashboard_link_minutes
    assert (
        bot.words(EN, "dashboard-link", url=link, minutes=int(minutes))
        in await supervisor.locator(".bubble.bot", has_text=link).inner_text()
    )

    page = await browser_page(browser)
    answer = await page.goto(link)
    assert answer.status == 200 and page.url == bot.url + "/dashboard"  # the token is gone from the address
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["cache-control"] == "no-store"
    await expect(page.locator("h1")).to_have_text(bot.words(EN, "dashboard-title"))
    assert await figure(page, "opened") == "3"  # her region's cases only, not Ergun's two
    assert await figure(page, "region.hailar") == "3"
    assert await page.locator('tr[data-key="region.ergun"]').count() == 0
    assert (await page.locator('tr[data-key="opened"] td.change').inner_text()).strip() == bot.words(
        EN, "dashboard-change-up", amount="3"
    )
    # The charts are images that loaded, from the page itself (data: URLs; nothing from elsewhere).
    images = page.locator(".charts img")
    assert await images.count() >= 1
    widths = await images.evaluate_all("imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
    assert all(width > 100 for width in widths)
    text = await page.locator("body").inner_text()
    assert HER_WORDS not in text and "Sarnai" not in text
    # Every stylesheet and image comes from this server.
    sources = await page.evaluate(
        "() => [...document.querySelectorAll('link[href],script[src],img[src]')].map(e => e.href || e.src)"
    )
    assert all(s.startswith((bot.url + "/", "data:image/png")) for s in sources)
    assert await page.evaluate("() => getComputedStyle(document.querySelector('.filters')).display") == "flex"

    # The filters: a year, her region.
    await page.select_option("select[name=period]", "year")
    await page.select_option("select[name=region]", "hailar")
    async with page.expect_navigation():
        await page.click(".filters button")
    assert "period=year" in page.url and await figure(page, "opened") == "3"
    region_options = await page.locator("select[name=region] option").evaluate_all("os => os.map(o => o.value)")
    assert "ergun" not in region_options

    # A filter the page cannot read is said so, in her language.
    assert (await page.goto(bot.url + "/dashboard?period=decade")).status == 400
    await expect(page.locator(".why")).to_have_text(bot.words(EN, "dashboard-bad-filter"))
    # A region outside hers, asked for by hand, is refused in her language.
    refused = await page.goto(bot.url + "/dashboard?region=ergun")
    assert refused.status == 403
    await expect(page.locator(".why")).to_have_text(bot.words(EN, "dashboard-refused-outside"))
    assert await page.locator("table").count() == 0

    # The link opens once: a second opening (another browser) gets the "used" page.
    again = await browser_page(browser)
    answer = await again.goto(link)
    assert answer.status == 410
    await expect(again.locator(".why")).to_have_text(bot.words(EN, "dashboard-refused-used"))
    # A page without the session is refused too; a forged link is unknown, in the browser's language.
    assert (await again.goto(bot.url + "/dashboard")).status == 404
    stranger = await browser_page(browser, "zh-CN")
    answer = await stranger.goto(bot.url + "/dashboard/open/" + "A" * 43)
    assert answer.status == 404
    await expect(stranger.locator(".why")).to_have_text(bot.words(ZH, "dashboard-refused-unknown"))


async def test_an_ended_session_is_told_expired_not_unknown(browser: Browser, bot: Bot) -> None:
    """The browser keeps the session cookie longer than the session (the server decides when it ends),
    so a page reloaded after the session ended says "expired" (410), not "link not valid" (404)."""
    supervisor = await chat(browser, bot)
    await say(supervisor, f"/join {await bot.invite(['supervisor'], ['hailar'])} Oyuna")
    await expect(supervisor.locator(".bubble.bot", has_text="Welcome. Your roles:")).to_be_visible()
    page = await browser_page(browser)
    assert (await page.goto(await dashboard_link(supervisor))).status == 200
    session_s = bot.settings.dashboard_session_minutes * 60
    (cookie,) = [c for c in await page.context.cookies() if c["path"] == "/dashboard"]
    assert cookie["expires"] - time.time() > session_s + 3600, cookie["expires"] - time.time()
    bot.clock.now += timedelta(seconds=session_s + 1)
    answer = await page.reload()
    assert answer.status == 410
    await expect(page.locator(".why")).to_have_text(bot.words(EN, "dashboard-refused-expired"))


async def test_a_link_expires_and_ending_her_access_closes_her_page(browser: Browser, bot: Bot) -> None:
    supervisor = await chat(browser, bot)
    await say(supervisor, f"/join {await bot.invite(['supervisor'], ['hailar'])} Oyuna")
    await expect(supervisor.locator(".bubble.bot", has_text="Welcome. Your roles:")).to_be_visible()

    late = await dashboard_link(supervisor)
    bot.clock.now += timedelta(minutes=bot.settings.dashboard_link_minutes, seconds=1)
    page = await browser_page(browser)
    answer = await page.goto(late)
    assert answer.status == 410
    await expect(page.locator(".why")).to_have_text(bot.words(EN, "dashboard-refused-expired"))

    opened, unused = await dashboard_link(supervisor), await dashboard_link(supervisor)
    assert (await page.goto(opened)).status == 200
    assert await figure(page, "opened") == "0"
    done = deactivate(bot, await person_of(bot, "Oyuna"))
    assert done.returncode == 0, done.stderr
    answer = await page.reload()
    assert answer.status == 403
    await expect(page.locator(".why")).to_have_text(bot.words(EN, "dashboard-refused-revoked"))
    other = await browser_page(browser)
    answer = await other.goto(unused)
    assert answer.status == 403
    await expect(other.locator(".why")).to_have_text(bot.words(EN, "dashboard-refused-revoked"))
