"""Another process holds the SQLite database's write lock: the webhook answers 503 within the bound.

The real bot on a SQLite file and the real channel, the Bot API fake over HTTP, the webhook through the
channel's real route; the lock is held by the ``sqlite3`` shell in another process (``BEGIN EXCLUSIVE``).
Before, each update waited for the lock (ten seconds) behind every other one waiting in the process, so
the n-th request answered after about n × 10 s; now each answers 503 within the turn bound, nothing is
acknowledged that is not stored, and once the lock is gone every update is stored once.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from fake_bot_api import FakeBotApi
from telegram_harness import prepare_database, start_bot
from test_database_paused import stored
from test_telegram_durable import HEADERS, webhook_client

from tests.sqlite_lock import SqliteShellLock

TURN_TIMEOUT = 4.0


async def test_a_locked_sqlite_database_gets_503_within_the_bound_then_every_update_is_stored_once(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    url = await prepare_database(tmp_path)
    running = await start_bot(tmp_path, fake, url=url, mode="webhook", turn_timeout=TURN_TIMEOUT)
    await running.channel.start()
    client, path = webhook_client(running)
    lock = SqliteShellLock(tmp_path / "bot.db")
    chats = (501, 502, 503)
    answered: dict[int, list[int]] = {}

    async def post(update: dict) -> tuple[int, float]:
        began = time.monotonic()
        status = (await client.post(path, json=update, headers=HEADERS)).status_code
        answered.setdefault(update["update_id"], []).append(status)
        return status, time.monotonic() - began

    try:
        async with client:
            for chat in chats:
                assert (await post(fake.make_update(message=fake.message(chat, "/start"))))[0] == 200
            during = [fake.make_update(message=fake.message(chat, "/start")) for chat in chats for _ in range(2)]
            await asyncio.to_thread(lock.hold)
            try:
                first = await asyncio.gather(*(post(update) for update in during))
                second = await asyncio.gather(*(post(update) for update in during))  # Telegram tries again
            finally:
                await asyncio.to_thread(lock.release)
            statuses = [status for status, _ in first + second]
            slowest = max(seconds for _, seconds in first + second)
            assert statuses == [503] * 2 * len(during), statuses
            print(f"\n{len(statuses)} webhook answers while the database was out, all 503, slowest {slowest:.1f} s")
            assert slowest <= TURN_TIMEOUT * 1.1 + 1.5, f"answered after {slowest:.1f} s"
            again = [(await post(update))[0] for update in during]
            assert again == [200] * len(during)
        done = await stored(running)
        for update in during:
            assert done.count(update["update_id"]) == 1
        assert {u for u, s in answered.items() if 200 in s} <= set(done), "nothing acknowledged and lost"
        assert not running.channel.dead_letters
    finally:
        await asyncio.to_thread(lock.release)
        await running.stop()
