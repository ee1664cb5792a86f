"""Fixtures for the web chat journeys: a real uvicorn on 127.0.0.1 (port 0) and an echo dialog."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright

from bot.channels.web import WebChannel, WebServer, web_app
from bot.i18n import Localizer
from bot.messages import Button, Inbound, Outbound
from bot.settings import REPO_LOCALES, Settings

from .chromium import CHROMIUM, CHROMIUM_ARGS, PHONE

#: Small limits so the tests can cross them cheaply: 100 chars → 400 bytes a message, 10 KiB a file.
TEST_MAX_MESSAGE_CHARS = 100
TEST_MAX_UPLOAD_MB = 10 / 1024


@dataclass
class EchoDialog:
    """A stand-in for the dialog engine: records what came in, answers through the channel.

    Like the real engine it ignores a redelivered update id.
    """

    channel: WebChannel
    received: list[Inbound] = field(default_factory=list)
    outbox_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def handle(self, inbound: Inbound) -> None:
        if any(seen.update_id == inbound.update_id for seen in self.received):
            return
        self.received.append(inbound)
        async with self.changed:
            self.changed.notify_all()
        if inbound.text == "/start" or inbound.action == "exit":
            return
        if inbound.text:
            reply = f"echo: {inbound.text}"
        elif inbound.action:
            reply = f"pressed: {inbound.action}"
        else:
            reply = f"got {len(inbound.attachments)} file"
        await self.channel.deliver(
            Outbound(
                address=inbound.address,
                text=reply,
                buttons=((Button(label="OK", action="ok"),),),
                outbox_id=next(self.outbox_ids),
            )
        )

    async def until(self, predicate: Callable[[list[Inbound]], bool], seconds: float = 5) -> None:
        """Wait until what was received satisfies ``predicate``."""
        async with asyncio.timeout(seconds), self.changed:
            await self.changed.wait_for(lambda: predicate(self.received))

    def texts(self) -> list[str]:
        return [i.text for i in self.received if i.text and i.text != "/start"]


@dataclass
class RunningWeb:
    server: WebServer
    channel: WebChannel
    dialog: EchoDialog
    settings: Settings
    localizer: Localizer

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/ws"

    @property
    def origin(self) -> str:
        return self.url


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,
        upload_temp_dir=tmp_path / "incoming",
        locales_dir=REPO_LOCALES,
        default_locale="zh-Hans-CN",
        web_host="127.0.0.1",
        web_port=0,
        max_message_chars=TEST_MAX_MESSAGE_CHARS,
        max_upload_mb=TEST_MAX_UPLOAD_MB,
    )


@pytest.fixture
def localizer(settings: Settings) -> Localizer:
    return Localizer(settings.locales_dir, settings.default_locale)


@pytest.fixture
async def web(settings: Settings, localizer: Localizer) -> AsyncIterator[RunningWeb]:
    channel = WebChannel()
    dialog = EchoDialog(channel)
    app = web_app(channel, dialog.handle, localizer, settings)
    server = WebServer(app, settings.web_host, settings.web_port)
    await server.start()
    try:
        yield RunningWeb(server=server, channel=channel, dialog=dialog, settings=settings, localizer=localizer)
    finally:
        await server.stop()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium, headless, closed after the test."""
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    """A phone-sized page (touch, Chinese locale) in a context of its own, closed after the test."""
    context = await browser.new_context(viewport=PHONE, locale="zh-CN", has_touch=True, is_mobile=True)
    made = await context.new_page()
    try:
        yield made
    finally:
        await context.close()
