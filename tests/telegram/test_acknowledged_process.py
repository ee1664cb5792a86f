"""Acknowledged means stored, exactly once: ``walking-home run`` killed with SIGKILL under load.

Real parts only: the console script in its own process on a SQLite file, killed and restarted
on the same file, and the project's Bot API fake over loopback HTTP (it keeps what Telegram would
consider acknowledged: updates below a confirmed ``getUpdates`` offset, or answered 2xx by the
webhook, which it retries like Telegram).

The effect of an update is counted in the database: its id in ``processed_updates`` (the dialog
engine's dedup, written with the turn) and the replies its turn queued in ``outbox`` (every
``/start`` queues the same number), so an update handled twice would show as extra rows.
(The database outage is in test_telegram_durable.py: in process, so the busy timeout can be short.)
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi

from tests.matrix.bot_process import BotProcess

SECRET = "s3cret-for-the-kill-test"
CHATS = tuple(range(7001, 7021))  # 20 conversations
RATE = 80  # updates a second, spread over the chats
LOAD_SECONDS = 14.0
KILLS_AT = (3.0, 7.0, 11.0)  # seconds into the load


def configure(folder: Path, fake: FakeBotApi, mode: str) -> BotProcess:
    bot = BotProcess.configure(
        folder,
        telegram_token=fake.token,
        telegram_api_url=fake.api_url,
        telegram_mode=mode,
        telegram_webhook_secret=SECRET,
    )
    if mode == "webhook":  # Telegram is told where to POST: the bot's own HTTP server
        bot.env["WALKING_HOME_TELEGRAM_WEBHOOK_URL"] = bot.url
    bot.cli("db", "upgrade")
    bot.cli("seed")
    return bot


async def start(bot: BotProcess, fake: FakeBotApi, mode: str) -> None:
    calls = len(fake.of("setWebhook")) + len(fake.of("deleteWebhook"))
    await bot.start()
    # Running once it has told the Bot API which way it listens (setWebhook, or deleteWebhook before polling).
    await fake.until(lambda: len(fake.of("setWebhook")) + len(fake.of("deleteWebhook")) > calls, seconds=30)
    if mode == "webhook":  # Telegram's default of 40 let her "danger now" wait behind other chats
        assert int(fake.of("setWebhook")[-1].params["max_connections"]) == 100
        assert fake.max_connections == 100


@dataclass
class Stored:
    ids: set[int]  # update ids in the dedup table
    replies: dict[int, int]  # chat → outbox rows


def stored(bot: BotProcess) -> Stored:
    with sqlite3.connect(bot.folder / "bot.db") as db:
        ids = {int(u) for (u,) in db.execute("SELECT update_id FROM processed_updates WHERE channel = 'telegram'")}
        rows = db.execute("SELECT address, count(*) FROM outbox WHERE scheme = 'telegram' GROUP BY address")
        replies = {int(address.split(":")[1]): count for address, count in rows}
    return Stored(ids, replies)


async def replies_per_start(bot: BotProcess, fake: FakeBotApi) -> tuple[int, int]:
    """Outbox rows queued by a chat's first ``/start`` and by each later one (one warm-up chat)."""
    chat = 6999
    counts = []
    for _ in range(2):
        update = await fake.user_message(chat, "/start")
        await fake.until(lambda u=update: u["update_id"] in fake.acknowledged(), seconds=30)
        await fake.until(lambda u=update: u["update_id"] in stored(bot).ids, seconds=30)
        counts.append(stored(bot).replies.get(chat, 0))
    after_first, after_second = counts
    assert after_first > 0 and after_second > after_first, "a /start queues replies"
    return after_first, after_second - after_first


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_kill_9_under_load_loses_no_acknowledged_update_and_applies_none_twice(
    tmp_path: Path, fake: FakeBotApi, mode: str
) -> None:
    bot = configure(tmp_path, fake, mode)
    began = time.monotonic()
    try:
        await start(bot, fake, mode)
        first_reply, next_reply = await replies_per_start(bot, fake)
        warm_up = set(fake.pushed)
        sent: dict[int, list[int]] = {chat: [] for chat in CHATS}

        async def load() -> None:
            total = int(RATE * LOAD_SECONDS)
            t0 = time.monotonic()
            for n in range(total):
                chat = CHATS[n % len(CHATS)]
                update = await fake.user_message(chat, "/start")
                sent[chat].append(update["update_id"])
                await asyncio.sleep(max(0.0, t0 + (n + 1) / RATE - time.monotonic()))

        async def kill_and_restart() -> None:
            t0 = time.monotonic()
            for at in KILLS_AT:
                await asyncio.sleep(max(0.0, t0 + at - time.monotonic()))
                bot.kill()
                await start(bot, fake, mode)

        await asyncio.gather(load(), kill_and_restart())
        pushed = set(fake.pushed)
        loaded = time.monotonic()
        await fake.until(lambda: fake.acknowledged() >= pushed, seconds=40)
        drained = time.monotonic() - loaded
        await asyncio.to_thread(bot.stop)  # in a thread: the fake (on this loop) answers while it stops
        assert bot.process.returncode == 0, "a clean stop"
        acknowledged = fake.acknowledged() - warm_up
        found = stored(bot)
        lost = acknowledged - found.ids
        extra = 0
        for chat in CHATS:
            mine = [u for u in sent[chat] if u in found.ids]
            expected = first_reply + next_reply * (len(mine) - 1) if mine else 0
            extra += found.replies.get(chat, 0) - expected
        figures = (
            f"{mode}: {len(KILLS_AT)} kills, {len(acknowledged)} acknowledged, "
            f"{len(found.ids & acknowledged)} stored, {len(lost)} lost, {extra / next_reply:g} duplicated "
            f"({time.monotonic() - began:.0f} s in all, {loaded - began:.0f} s to the load's end, {drained:.1f} s to drain)"
        )
        print(figures)
        assert len(acknowledged) == int(RATE * LOAD_SECONDS)
        assert not lost, figures
        assert extra == 0, figures
        assert bot.runs == len(KILLS_AT) + 1
        log = bot.log()
        assert fake.token not in log, "no token in the log"
    finally:
        await asyncio.to_thread(bot.stop)
