"""After ``walking-home run`` is killed (SIGKILL) on SQLite while it delivers, the next ``run`` sends
what the dead one held at once and in order, instead of after the lease (about 40 s were measured).

Real parts: the console script in its own process on a SQLite file, the project's Bot API fake
over loopback HTTP, whose ``sendMessage`` hangs so that the first process dies holding her reply.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from fake_bot_api import FakeBotApi

from tests.matrix.bot_process import BotProcess

HER = 7301


def leased(folder: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(folder / "bot.db") as db:
        return list(
            db.execute("SELECT id, message_id FROM outbox WHERE status = 'pending' AND leased_until IS NOT NULL")
        )


async def test_the_next_run_sends_what_a_killed_one_was_delivering_at_once_and_in_order(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    bot = BotProcess.configure(tmp_path, telegram_token=fake.token, telegram_api_url=fake.api_url)
    bot.cli("db", "upgrade")
    bot.cli("seed")
    await bot.start()
    try:
        fake.stall("sendMessage")  # her answer hangs in the Bot API: the process holds it, leased
        await fake.user_message(HER, "/start")
        await fake.until(lambda: fake.of("sendMessage", HER), seconds=20)
        held = leased(tmp_path)
        assert held, "the answer is leased while it is being delivered"
        bot.kill()
        fake.unstall()

        began = time.monotonic()
        await bot.start()
        await fake.until(lambda: fake.sent(HER), seconds=20)  # before: only once the lease ended (45 s)
        waited = time.monotonic() - began
    finally:
        bot.stop()
    assert waited < 20
    assert leased(tmp_path) == []
    assert "message(s) a stopped process was delivering are due again" in bot.log()
    assert "Please choose a language" in fake.sent(HER)[0]["text"]  # her first message first
