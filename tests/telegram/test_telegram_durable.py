"""Telegram is told an update arrived only once it is durable; one chat's updates keep their order.

The real bot on a SQLite file and the real channel; the Bot API is the project's fake over
loopback HTTP (its getFile can fail or hang, as Telegram's does). Webhook requests go through the
channel's real Starlette route. The database outage is real too: the bot's PostgreSQL database
stops taking connections and drops the open ones (``ALLOW_CONNECTIONS false``), so nothing can be
committed, and comes back.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from fake_bot_api import FakeBotApi
from sqlalchemy import text
from sqlalchemy.engine import make_url
from starlette.applications import Starlette
from telegram_harness import RunningBot, start_bot

from bot.channels.telegram import webhook_route
from bot.channels.telegram.channel import DOWNLOAD_ATTEMPTS
from tests.databases import PostgresCluster

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-for-tests"}


async def processed(bot: RunningBot) -> list[int]:
    """Telegram update ids in the dialog engine's dedup table, in the order they were committed."""
    query = text("SELECT update_id FROM processed_updates WHERE channel = 'telegram' ORDER BY at")
    async with bot.app.engine.connect() as connection:
        return [int(u) for (u,) in await connection.execute(query)]


def webhook_client(bot: RunningBot) -> tuple[httpx.AsyncClient, str]:
    route = webhook_route(bot.channel)
    app = Starlette(routes=[route])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot", timeout=30), route.path


def photo(fake: FakeBotApi, chat: int, file_id: str) -> dict:
    fake.add_file(file_id, b"\xff\xd8 a photo")
    sizes = [{"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 10, "height": 10, "file_size": 10}]
    return fake.make_update(message=fake.message(chat, photo=sizes))


async def test_the_webhook_answers_200_only_once_the_turn_is_committed(
    fake: FakeBotApi, webhook_bot: RunningBot
) -> None:
    client, path = webhook_client(webhook_bot)
    start = fake.make_update(message=fake.message(31, "/start"))
    async with client:
        answer = await client.post(path, json=start, headers=HEADERS)
        # Read at once: with the old queue, the 200 came before the turn ran.
        assert answer.status_code == 200 and await processed(webhook_bot) == [start["update_id"]]
        again = await client.post(path, json=start, headers=HEADERS)  # Telegram sends it again
    assert again.status_code == 200 and await processed(webhook_bot) == [start["update_id"]]


async def test_a_download_that_fails_for_a_network_reason_is_answered_503_and_taken_when_sent_again(
    fake: FakeBotApi, webhook_bot: RunningBot
) -> None:
    client, path = webhook_client(webhook_bot)
    chat = 32
    async with client:
        await client.post(path, json=fake.make_update(message=fake.message(chat, "/start")), headers=HEADERS)
        update = photo(fake, chat, "ph-1")
        fake.fail_next("getFile", 502, description="Bad Gateway")
        refused = await client.post(path, json=update, headers=HEADERS)
        assert refused.status_code == 503 and update["update_id"] not in await processed(webhook_bot)
        taken = await client.post(path, json=update, headers=HEADERS)
        assert taken.status_code == 200 and (await processed(webhook_bot)).count(update["update_id"]) == 1
        # A file Telegram keeps failing to serve is tried DOWNLOAD_ATTEMPTS times, then dead-lettered.
        stuck = photo(fake, chat, "ph-2")
        statuses = []
        for _ in range(DOWNLOAD_ATTEMPTS):
            fake.fail_next("getFile", 502, description="Bad Gateway")
            statuses.append((await client.post(path, json=stuck, headers=HEADERS)).status_code)
    assert statuses == [503] * (DOWNLOAD_ATTEMPTS - 1) + [200]
    assert webhook_bot.channel.dead_letters[-1] == (stuck["update_id"], "NetworkError")
    assert not list(webhook_bot.channel.dead_letters)[:-1], "only the one that never came"


async def test_a_chats_second_update_waits_for_her_first_while_other_chats_go_on(
    fake: FakeBotApi, webhook_bot: RunningBot
) -> None:
    """Two of her updates on two webhook connections: the first's file download hangs; the second
    must not overtake it (the channel's per-chat lock holds from translation through the commit)."""
    client, path = webhook_client(webhook_bot)
    her, other = 41, 42
    async with client:
        for chat in (her, other):
            await client.post(path, json=fake.make_update(message=fake.message(chat, "/start")), headers=HEADERS)
        first = photo(fake, her, "ph-slow")
        second = fake.make_update(message=fake.message(her, "/start"))
        fake.stall("getFile")
        one = asyncio.create_task(client.post(path, json=first, headers=HEADERS))
        await fake.until(lambda: fake.of("getFile"))
        two = asyncio.create_task(client.post(path, json=second, headers=HEADERS))
        elsewhere = fake.make_update(message=fake.message(other, "/start"))
        assert (await client.post(path, json=elsewhere, headers=HEADERS)).status_code == 200, "other chats go on"
        await asyncio.sleep(0.3)
        assert not two.done(), "her second update waits for her first"
        assert second["update_id"] not in await processed(webhook_bot)
        fake.unstall()
        answers = await asyncio.gather(one, two)
    assert [a.status_code for a in answers] == [200, 200]
    order = await processed(webhook_bot)
    assert order.index(first["update_id"]) < order.index(second["update_id"])
    assert order.index(elsewhere["update_id"]) < order.index(first["update_id"])


async def test_polling_passes_the_offset_only_over_durable_updates_and_dead_letters_poison(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    chat, other = 51, 52
    await fake.reply_to(chat, lambda: fake.user_message(chat, "/start"))
    before = await fake.user_message(other, "/start")
    poison = await fake.push({"message": {"message_id": "not a message"}})
    fake.fail_next("getFile", 502, description="Bad Gateway")
    slow = await fake.push(photo(fake, chat, "ph-3"))
    after = await fake.user_message(other, "/start")
    wanted = {before["update_id"], slow["update_id"], after["update_id"]}
    await fake.until(lambda: fake.confirmed_offset > after["update_id"], seconds=15)
    assert wanted <= set(await processed(polling_bot))
    assert fake.offsets.count(slow["update_id"]) >= 1, "fetched again from the update that was not durable"
    # Never past the photo before it was stored: every offset after the failure until then is its id.
    assert max(fake.offsets[: fake.offsets.index(slow["update_id"]) + 1]) == slow["update_id"]
    assert polling_bot.channel.dead_letters[-1][0] == poison["update_id"]
    assert [u for u in await processed(polling_bot) if u in wanted].count(slow["update_id"]) == 1
    assert len(fake.of("downloadFile")) == 1 and len(fake.of("getFile")) == 2


# --- a database outage ----------------------------------------------------------------------------


@asynccontextmanager
async def database_down(cluster: PostgresCluster, url: str) -> AsyncIterator[Callable[[], Awaitable[None]]]:
    """The bot's PostgreSQL database refuses every connection (and drops those open) until ``restore``."""
    name = make_url(url).database

    async def restore() -> None:
        await cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

    await cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    await cluster.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    try:
        yield restore
    finally:
        await restore()


@pytest.mark.postgres
async def test_while_the_database_is_down_the_webhook_answers_503_then_takes_the_same_updates(
    tmp_path: Path, fake: FakeBotApi, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="webhook")
    await running.channel.start()
    client, path = webhook_client(running)
    chat = 61
    try:
        async with client:
            warm = fake.make_update(message=fake.message(chat, "/start"))
            assert (await client.post(path, json=warm, headers=HEADERS)).status_code == 200
            first = fake.make_update(message=fake.message(chat, "/start"))
            second = fake.make_update(message=fake.message(chat, "/start"))
            async with database_down(postgres_cluster, postgres_url) as restore:
                refused = [
                    (await client.post(path, json=u, headers=HEADERS)).status_code for u in (first, first, second)
                ]
                assert refused == [503, 503, 503]
                await restore()
                # Telegram sends them again, in order.
                taken = [(await client.post(path, json=u, headers=HEADERS)).status_code for u in (first, second)]
            assert taken == [200, 200]
        assert await processed(running) == [warm["update_id"], first["update_id"], second["update_id"]]
        assert not running.channel.dead_letters
    finally:
        await running.stop()


@pytest.mark.postgres
async def test_while_the_database_is_down_polling_does_not_advance_then_takes_the_same_updates(
    tmp_path: Path, fake: FakeBotApi, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="polling")
    await running.channel.start()
    chat, other = 71, 72
    try:
        warm = await fake.user_message(chat, "/start")
        await fake.until(lambda: fake.confirmed_offset > warm["update_id"])
        async with database_down(postgres_cluster, postgres_url) as restore:
            first = await fake.user_message(chat, "/start")
            elsewhere = await fake.user_message(other, "/start")
            second = await fake.user_message(chat, "/start")
            # Fetched again (after a backoff) from the first update that is not durable, never past it.
            await fake.until(lambda: fake.offsets.count(first["update_id"]) >= 3, seconds=20)
            assert fake.confirmed_offset == first["update_id"]
            await restore()
            await fake.until(lambda: fake.confirmed_offset > second["update_id"], seconds=40)
        done = await processed(running)
        assert sorted(done) == sorted(
            [warm["update_id"], first["update_id"], elsewhere["update_id"], second["update_id"]]
        )
        assert done.index(first["update_id"]) < done.index(second["update_id"]), "her order is kept"
        assert not running.channel.dead_letters
    finally:
        await running.stop()


async def test_a_failing_get_updates_is_retried_with_one_line_that_names_no_url_or_token(
    fake: FakeBotApi, polling_bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next("getUpdates", 502, description="Bad Gateway")
    fake.fail_next("getUpdates", 502, description="Bad Gateway")
    update = await fake.user_message(81, "/start")
    await fake.until(lambda: fake.confirmed_offset > update["update_id"], seconds=15)
    lines = [r.getMessage() for r in caplog.records if "polling failed" in r.getMessage()]
    assert lines and set(lines) == {"telegram polling failed (NetworkError); retrying"}
    assert not any(fake.token in r.getMessage() or "127.0.0.1" in r.getMessage() for r in caplog.records)
    assert update["update_id"] in await processed(polling_bot)
