"""``walking-home run`` as a real process: a channel that cannot start is one line, and the others serve.

The registry builds Telegram (a token the Bot API fake refuses), Matrix (a homeserver nobody
listens on) and the web chat; the runner starts each on its own. Real parts only: the console
script in its own process, the project's Bot API fake over loopback HTTP, the web chat's socket.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.databases import free_port

from .bot_process import BotProcess, WebVisitor

sys.path.insert(0, str(Path(__file__).parents[1] / "telegram"))
from fake_bot_api import FakeBotApi  # noqa: E402


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


async def test_a_refused_telegram_and_an_unreachable_matrix_leave_the_web_chat_serving(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    bot = BotProcess.configure(
        tmp_path,
        telegram_token="999:WRONG",
        telegram_api_url=fake.api_url,
        matrix_homeserver=f"http://127.0.0.1:{free_port()}",  # closed again: nobody listens there
        matrix_user="@helpdesk:test.local",
        matrix_password="bot-pw",
    )
    bot.cli("db", "upgrade")
    bot.cli("seed")
    her = WebVisitor(bot)
    try:
        await bot.start()
        await her.open("en")
        greeting = await her.next_message(within=30)
        assert greeting["text"], "the web chat answers while the other two are down"
        assert bot.process.poll() is None
    finally:
        await her.close()
        bot.stop()
    log = bot.log()
    assert log.count("Telegram could not start") == 1, log[-3000:]
    assert log.count("The Matrix homeserver is unreachable for now") == 1, log[-3000:]
    assert f"Web chat is running at http://127.0.0.1:{bot.web_port}/" in log
    assert "No channel is available" not in log
    assert "WRONG" not in log and "bot-pw" not in log, "no token or password in what is said"
