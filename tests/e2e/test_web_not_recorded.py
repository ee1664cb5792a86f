"""When the database cannot record what she sent (`NotRecorded`), the web chat does not acknowledge it.

The server answers with an error in her language that says the message is kept and will go
again; the page keeps her words (the bubble stays, marked as waiting) and sends them again with
the same id until the server acknowledges them, which it does only once they are recorded.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from playwright.async_api import Page, expect

from bot.channels.web import WebChannel, WebServer, web_app
from bot.i18n import Localizer
from bot.messages import Inbound, NotRecorded
from bot.settings import Settings

from .chromium import CHROMIUM
from .conftest import EchoDialog, RunningWeb
from .test_web_channel import hello, next_frame, upload_form, upload_headers


@dataclass
class FlakyDialog(EchoDialog):
    """The echo dialog over a database that can be down: then nothing is recorded."""

    down: bool = False
    refused: int = 0

    async def handle(self, inbound: Inbound) -> None:
        if self.down and inbound.text != "/start":
            self.refused += 1
            raise NotRecorded("OperationalError")
        await super().handle(inbound)


@pytest.fixture
async def flaky(settings: Settings, localizer: Localizer) -> AsyncIterator[RunningWeb]:
    channel = WebChannel()
    dialog = FlakyDialog(channel)
    server = WebServer(web_app(channel, dialog.handle, localizer, settings), settings.web_host, settings.web_port)
    await server.start()
    try:
        yield RunningWeb(server=server, channel=channel, dialog=dialog, settings=settings, localizer=localizer)
    finally:
        await server.stop()


async def test_a_message_not_recorded_is_not_acknowledged_and_her_resend_is_taken_once(
    flaky: RunningWeb, caplog: pytest.LogCaptureFixture
) -> None:
    socket, session = await hello(flaky, language="ru-RU")
    flaky.dialog.down = True
    with caplog.at_level(logging.WARNING, logger="bot.channels.web"):
        await socket.send(json.dumps({"type": "text", "id": "m1", "text": "он забрал паспорт"}))
        error = await next_frame(socket, "error")
    lines = [record.getMessage() for record in caplog.records]
    assert any("m1 not recorded" in line for line in lines), lines
    her_id = flaky.channel.address_of(session["token"]).split(":", 1)[1]
    assert not any(her_id in line for line in lines), "her session id is her address"
    assert (error["id"], error["code"], error["retry"]) == ("m1", "not_recorded", True)
    assert error["text"] == flaky.localizer.format("ru", "web-error-not-recorded")
    assert "паспорт" not in json.dumps(error)

    flaky.dialog.down = False
    await socket.send(json.dumps({"type": "text", "id": "m1", "text": "он забрал паспорт"}))  # the page resends
    ack = await next_frame(socket, "ack")
    await socket.send(json.dumps({"type": "text", "id": "m1", "text": "он забрал паспорт"}))  # and once more
    await next_frame(socket, "ack")
    await socket.close()
    assert ack["id"] == "m1"
    assert flaky.dialog.texts() == ["он забрал паспорт"]


async def test_an_upload_not_recorded_gets_503_with_retry_and_counts_once_when_sent_again(flaky: RunningWeb) -> None:
    socket, session = await hello(flaky, language="en")
    token = session["token"]
    data, files = upload_form(token, "f1", "photo.jpg", b"\xff\xd8" + b"x" * 100, "image/jpeg")
    flaky.dialog.down = True
    async with httpx.AsyncClient(base_url=flaky.url, headers=upload_headers(flaky, token, "f1")) as client:
        refused = await client.post("/upload", data=data, files=files)
        flaky.dialog.down = False
        taken = await client.post("/upload", data=data, files=files)
        again = await client.post("/upload", data=data, files=files)
    await socket.close()
    assert refused.status_code == 503
    assert (refused.json()["code"], refused.json()["retry"]) == ("not_recorded", True)
    assert refused.json()["text"] == flaky.localizer.format("en", "web-error-not-recorded")
    assert taken.status_code == 200 and again.status_code == 200
    assert [len(i.attachments) for i in flaky.dialog.received if i.attachments] == [1]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
async def test_the_page_keeps_her_words_says_so_in_her_language_and_sends_them_again(
    flaky: RunningWeb, page: Page
) -> None:
    await page.goto(flaky.url + "/")
    await expect(page.locator("#status")).to_be_hidden()
    flaky.dialog.down = True
    await page.fill("#text", "他拿走了我的护照")
    await page.click("#send")

    notice = page.locator(".bubble.error", has_text=flaky.localizer.format("zh-Hans-CN", "web-error-not-recorded"))
    await expect(notice).to_be_visible()
    mine = page.locator(".bubble.me", has_text="他拿走了我的护照")
    await expect(mine).to_have_class("bubble me waiting")
    assert await page.input_value("#text") == ""  # not handed back to retype: the page sends it itself
    async with asyncio.timeout(10):  # sent again by the page, with the same id
        while flaky.dialog.refused < 2:  # noqa: ASYNC110 - the dialog has no event for a refusal
            await asyncio.sleep(0.05)
    assert await page.locator(".bubble.error").count() == 1, "one notice for the outage, not one per retry"

    flaky.dialog.down = False
    await expect(page.locator(".bubble.bot", has_text="echo: 他拿走了我的护照")).to_be_visible(timeout=20_000)
    await expect(mine).to_have_class("bubble me")
    assert flaky.dialog.texts() == ["他拿走了我的护照"]
