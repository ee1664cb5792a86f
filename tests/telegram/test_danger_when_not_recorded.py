"""Her "danger now" reaches the emergency numbers even when the database cannot record it.

The real bot and channel on a real PostgreSQL (tests/databases.py), the Bot API fake over HTTP, the
webhook through the channel's real route. The database is made unavailable (it refuses connections
and drops the open ones), or its server is paused (SIGSTOP). The channel sends the numbers itself, in
the language it last wrote to her in, once per update; the update is still not acknowledged (503), and
once it is recorded the dialogs send the numbers again: she gets them twice at most.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from telegram_harness import start_bot
from test_database_paused import BOUNDS, stored
from test_telegram_durable import HEADERS, database_down, webhook_client

from tests.databases import PostgresCluster
from tests.pg_pause import paused


def numbers_sent(fake: FakeBotApi, chat: int, text: str) -> int:
    return sum(params.get("text") == text for params in fake.sent(chat))


async def her_language_is_russian(fake: FakeBotApi, client, path: str, chat: int) -> None:
    """/start, then she picks Russian: the bot's next message is written to her in Russian."""
    start = fake.make_update(message=fake.message(chat, "/start"))
    assert (await client.post(path, json=start, headers=HEADERS)).status_code == 200
    await fake.until(lambda: any("lang:ru" in str(p.get("reply_markup")) for p in fake.sent(chat)), seconds=20)
    before = len(fake.sent(chat))
    pick = fake.make_update(**fake.callback(chat, "lang:ru"))
    assert (await client.post(path, json=pick, headers=HEADERS)).status_code == 200
    await fake.until(lambda: len(fake.sent(chat)) > before, seconds=20)


@pytest.mark.postgres
async def test_danger_now_gets_the_numbers_in_her_language_while_the_database_is_down_and_once_per_press(
    tmp_path: Path, fake: FakeBotApi, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="webhook", **BOUNDS)
    await running.channel.start()
    client, path = webhook_client(running)
    chat = 401
    numbers = running.app.localizer.format("ru", "emergency-numbers")
    assert numbers != running.app.localizer.format("zh-Hans-CN", "emergency-numbers")
    try:
        async with client:
            await her_language_is_russian(fake, client, path, chat)
            # Her Telegram app says English: the language the bot knows she reads (Russian) wins.
            danger = fake.make_update(**fake.callback(chat, "danger", language="en"))
            async with database_down(postgres_cluster, postgres_url) as restore:
                began = time.monotonic()
                first = (await client.post(path, json=danger, headers=HEADERS)).status_code
                took = time.monotonic() - began
                assert first == 503, "not recorded: not acknowledged"
                assert numbers_sent(fake, chat, numbers) == 1, "the numbers went to her directly"
                assert took <= BOUNDS["turn_timeout"]
                # Telegram sends the same press again while the database is still down: nothing more.
                again = [(await client.post(path, json=danger, headers=HEADERS)).status_code for _ in range(3)]
                assert again == [503, 503, 503]
                assert numbers_sent(fake, chat, numbers) == 1
                await restore()
                taken = (await client.post(path, json=danger, headers=HEADERS)).status_code
            assert taken == 200
            # Recorded now: the dialogs send the numbers (and open her emergency case) through the outbox.
            await fake.until(lambda: numbers_sent(fake, chat, numbers) == 2, seconds=15)
        assert (await stored(running)).count(danger["update_id"]) == 1
        await asyncio.sleep(1.0)  # the outbox has nothing more of it to send
        assert numbers_sent(fake, chat, numbers) == 2, "twice at most: directly, then once recorded"
    finally:
        await running.stop()


@pytest.mark.postgres
async def test_danger_now_gets_the_numbers_within_seconds_while_postgresql_is_paused(
    tmp_path: Path, fake: FakeBotApi, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    """A paused server fails the turn only at the bounds; her numbers do not wait for them."""
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="webhook", **{**BOUNDS, "turn_timeout": 10})
    await running.channel.start()
    client, path = webhook_client(running)
    chat = 402
    try:
        async with client:
            await her_language_is_russian(fake, client, path, chat)
            numbers = running.app.localizer.format("ru", "emergency-numbers")
            danger = fake.make_update(**fake.callback(chat, "danger", language="en"))
            with paused(postgres_cluster):
                began = time.monotonic()
                answer = asyncio.create_task(client.post(path, json=danger, headers=HEADERS))
                await fake.until(lambda: numbers_sent(fake, chat, numbers) == 1, seconds=8)
                arrived = time.monotonic() - began
                status = (await answer).status_code
            assert arrived < 4, f"the numbers took {arrived:.1f} s"
            assert status == 503
            for _ in range(30):  # Telegram sends it again after the pause, until it is taken
                if (await client.post(path, json=danger, headers=HEADERS)).status_code == 200:
                    break
                await asyncio.sleep(0.5)
            await fake.until(lambda: numbers_sent(fake, chat, numbers) == 2, seconds=15)
        assert (await stored(running)).count(danger["update_id"]) == 1
    finally:
        await running.stop()
