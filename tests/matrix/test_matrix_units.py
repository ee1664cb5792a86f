"""The Matrix channel's pieces that need no homeserver: rendering, choosing, state, an unreachable server."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

from bot.bootstrap import build_app
from bot.channels.matrix import MatrixChannel, choose, flat_options, render
from bot.i18n import Localizer
from bot.messages import Button, Outbound
from bot.runner import start_channels
from bot.settings import REPO_LOCALES, load_settings
from storage.channel_state import ChannelStateStore

OPTIONS = [Button("Yes, safe", "safe:yes"), Button("No", "safe:no"), Button("Quick exit", "exit")]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: nobody listens there


def test_options_are_numbered_in_the_plain_body_and_listed_in_escaped_html() -> None:
    body, html = render("She wrote: <script>x</script> & more\nsecond line", OPTIONS, "Reply with a number.")
    assert body.splitlines()[-5:] == ["1. Yes, safe", "2. No", "3. Quick exit", "", "Reply with a number."]
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt; &amp; more<br>second line" in html
    assert "<ol><li>Yes, safe</li><li>No</li><li>Quick exit</li></ol>" in html


def test_the_safety_row_comes_after_the_messages_own_buttons() -> None:
    message = Outbound(
        address="matrix:@a:b",
        text="?",
        buttons=((Button("A", "a"), Button("B", "b")),),
        extra={"safety": (Button("Danger", "danger"), Button("Exit", "exit"))},
    )
    assert [b.action for b in flat_options(message)] == ["a", "b", "danger", "exit"]


def test_a_number_or_an_options_exact_text_selects_it_and_anything_else_is_her_words() -> None:
    assert choose(" 2 ", OPTIONS) == "safe:no"
    assert choose("quick EXIT", OPTIONS) == "exit"
    assert choose("4", OPTIONS) is None
    assert choose("13800000000", OPTIONS) is None
    assert choose("Yes", OPTIONS) is None
    assert choose("1", []) is None


async def test_an_unreachable_homeserver_is_retried_in_the_background_with_one_log_line(
    tmp_path: Path, sqlite_url: str, caplog
) -> None:
    async def handle(inbound) -> None:  # pragma: no cover - nothing arrives
        raise AssertionError(inbound)

    started: list[MatrixChannel] = []
    app = build_app(load_settings(database_url=sqlite_url, web_enabled=False))
    store = ChannelStateStore(app.unit_of_work)
    channel = MatrixChannel(
        homeserver=f"http://127.0.0.1:{closed_port()}",
        user="@bot:test.local",
        password="secret-password",
        state_store=store,
        state_dir=tmp_path,
        handle=handle,
        localizer=Localizer(REPO_LOCALES),
        start_retry_cap=0.05,
        on_started=started.append,
    )
    caplog.set_level(logging.INFO, logger="bot.channels.matrix")
    await channel.start()
    import asyncio

    await asyncio.sleep(0.6)  # several background attempts
    assert not channel.running and not started
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.channels.matrix"]
    assert len([line for line in lines if "unreachable" in line]) == 1, lines
    assert not any("secret-password" in line for line in lines)
    await channel.stop()
    await app.close()


async def test_the_web_chat_serves_while_the_matrix_homeserver_is_unreachable(tmp_path: Path) -> None:
    settings = load_settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        web_port=0,
        matrix_homeserver=f"http://127.0.0.1:{closed_port()}",
        matrix_user="@bot:test.local",
        matrix_password="pw",
        matrix_state_dir=tmp_path / "matrix",
    )
    app = build_app(settings)
    said: list[str] = []
    try:
        await start_channels(app, lambda message_id, **_: said.append(message_id))
        assert "cli-web-url" in said and "cli-matrix-retrying" in said
        assert app.channels.schemes() == ["web"]
    finally:
        await app.close()
