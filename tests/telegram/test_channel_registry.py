"""Channels as plug-ins: the registry builds what the settings configure; the runner starts each on its own.

Real parts: the bot's own `build_app` over a SQLite file, the real HTTP server on a loopback
port (requests go over TCP), the real PTB application against the Bot API fake over loopback.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from fake_bot_api import FakeBotApi
from telegram_harness import prepare_database

from bot.bootstrap import CHANNELS, build_app, build_channels
from bot.channels.telegram import TelegramChannel, webhook_path
from bot.channels.web import HttpServer, WebChat
from bot.lifecycle import Component, Health, Lines
from bot.runner import start_channels, start_components
from bot.settings import load_settings


def settings_for(tmp_path: Path, url: str, **overrides: object):
    return load_settings(
        database_url=url,
        evidence_dir=tmp_path / "evidence",
        web_secret_file=tmp_path / "web-secret",
        upload_temp_dir=tmp_path / "uploads",
        matrix_state_dir=tmp_path / "matrix",
        web_host="127.0.0.1",
        web_port=0,
        **overrides,
    )


class Said:
    def __init__(self) -> None:
        self.lines: list[tuple[str, dict]] = []

    def __call__(self, message_id: str, err: bool = False, **args: object) -> None:
        self.lines.append((message_id, args))

    @property
    def ids(self) -> list[str]:
        return [message_id for message_id, _ in self.lines]


def get(url: str) -> tuple[int, bytes]:
    """A GET over loopback (call it in a thread: the server runs in the test's event loop)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


async def test_a_row_whose_settings_are_unset_yields_no_component(tmp_path: Path) -> None:
    url = await prepare_database(tmp_path)
    app = build_app(settings_for(tmp_path, url, web_enabled=False))  # no token, no homeserver, no web chat
    said = Said()
    try:
        assert set(CHANNELS) == {"web", "telegram", "matrix", "wechat"}
        assert build_channels(app) == [], "nothing configured: no channel and no HTTP server"
        assert not await start_channels(app, said)
        assert said.ids == ["cli-no-channels"]
    finally:
        await app.close()

    app = build_app(settings_for(tmp_path, url))  # the web chat is on by default; the others still unset
    try:
        built = build_channels(app)
        assert [type(c) for c in built] == [HttpServer, WebChat], "the server first, then the web chat"
        assert all(isinstance(c, Component) for c in built)
    finally:
        await app.close()


class Broken:
    """A channel whose start fails with something no channel foresaw."""

    name = "broken"
    lines = Lines(failed="cli-telegram-failed")
    stopped = 0

    @property
    def running(self) -> bool:
        return False

    def describe(self) -> dict[str, str]:
        return {}

    def health(self) -> Health:
        return Health(self.name, ok=False, detail="broken")

    async def start(self) -> None:
        raise RuntimeError("the words of nobody")

    async def stop(self) -> None:
        Broken.stopped += 1


async def test_a_component_that_fails_to_start_says_one_line_and_the_others_run(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    url = await prepare_database(tmp_path)
    # Telegram with a token the Bot API refuses, a component that raises, the web chat after both.
    settings = settings_for(tmp_path, url, telegram_token="999:WRONG", telegram_api_url=fake.api_url)
    app = build_app(settings)
    broken = Broken()
    table = {
        "telegram": CHANNELS["telegram"],
        "broken": lambda settings, deps: broken,
        "web": CHANNELS["web"],
    }
    said = Said()
    try:
        components = build_channels(app, table)
        assert [c.name for c in components] == ["http", "telegram", "broken", "web"]
        started = await start_components(app, components, said)

        assert [c.name for c in started] == ["http", "web"]
        assert said.ids == ["cli-telegram-failed", "cli-telegram-failed", "cli-web-url"]
        assert said.lines[0][1]["detail"].startswith("the Bot API refused the token")
        assert said.lines[1][1]["detail"] == "RuntimeError", "an unforeseen failure names its type, never its text"
        assert Broken.stopped == 1, "what a failed start opened is released"
        assert app.channels.schemes() == ["web"]
        web_url = said.lines[2][1]["url"]
        status, body = await asyncio.to_thread(get, web_url + "health")
        assert status == 200 and json.loads(body)["channel"] == "web", "the web chat answers over loopback"
        assert [c.health().ok for c in started] == [True, True]
    finally:
        await app.close()


async def test_the_telegram_webhook_is_a_route_on_the_http_server_without_the_web_chat(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    url = await prepare_database(tmp_path)
    secret = "s3cret-for-the-webhook"
    settings = settings_for(
        tmp_path,
        url,
        web_enabled=False,
        telegram_token=fake.token,
        telegram_api_url=fake.api_url,
        telegram_mode="webhook",
        telegram_webhook_secret=secret,
    )
    app = build_app(settings)
    said = Said()
    try:
        assert await start_channels(app, said)
        assert said.ids == ["cli-telegram-running"], said.lines
        server, telegram = app.services
        assert isinstance(server, HttpServer) and isinstance(telegram, TelegramChannel)
        hook = server.url.rstrip("/") + webhook_path(fake.token)
        update = json.dumps({"update_id": 7}).encode()
        assert await asyncio.to_thread(post, hook, update, {"x-telegram-bot-api-secret-token": secret}) == 200
        assert await asyncio.to_thread(post, hook, update, {"x-telegram-bot-api-secret-token": "wrong"}) == 403
        assert (await asyncio.to_thread(get, server.url + "health"))[0] == 404, "no web chat is served"
    finally:
        await app.close()


async def test_the_unit_of_work_factory_is_built_once(tmp_path: Path) -> None:
    url = await prepare_database(tmp_path)
    app = build_app(settings_for(tmp_path, url))
    try:
        assert app.dialogs.unit_of_work is app.unit_of_work
        async with app.unit_of_work() as uow:
            assert uow is not None
    finally:
        await app.close()


LIBRARIES = """
import sys
from pathlib import Path

from bot.bootstrap import build_app, build_channels
from bot.settings import load_settings

import bot.cli_commands  # what every command imports

loaded = lambda: sorted(m for m in ("nio", "telegram", "uvicorn") if m in sys.modules)
print(loaded())
folder = Path(sys.argv[1])
settings = load_settings(
    database_url=f"sqlite+aiosqlite:///{folder / 'bot.db'}",
    evidence_dir=folder / "evidence",
    web_secret_file=folder / "web-secret",
    upload_temp_dir=folder / "uploads",
    data_key_file=folder / "data-key",
)
print([c.name for c in build_channels(build_app(settings))])
print(loaded())
"""


def test_a_channel_library_loads_only_when_its_settings_turn_the_channel_on(tmp_path: Path) -> None:
    """``staff list`` never loads matrix-nio or PTB; ``run`` with only the web chat loads neither."""
    project = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", LIBRARIES, str(tmp_path)],
        cwd=project,
        env={k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, built, after = done.stdout.strip().splitlines()
    assert before == "[]", "importing the composition root loads no channel library"
    assert built == "['http', 'web']"
    assert after == "['uvicorn']", "the web chat's server, and neither Telegram's nor Matrix's library"
