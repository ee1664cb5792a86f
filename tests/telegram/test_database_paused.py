"""A PostgreSQL server that stops answering (its processes paused with SIGSTOP) must not hang the bot.

The real bot on a real PostgreSQL (tests/databases.py), the real channel, the Bot API fake over HTTP.
The whole cluster (the postmaster and every backend) is paused for about eight seconds while updates
arrive: no update may be acknowledged and lost, the webhook answers 503 within the turn bound instead
of hanging, polling does not move its offset past what is not stored, and after SIGCONT the bot
recovers by itself and stores every update once.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from fake_bot_api import FakeBotApi
from sqlalchemy import text
from starlette.applications import Starlette
from telegram_harness import RunningBot, start_bot

from bot.channels.telegram import webhook_route
from tests.databases import PostgresCluster
from tests.pg_pause import paused

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-for-tests"}
#: Bounds of the bot under test: each database wait 2 s, one update's turn 4 s.
BOUNDS = {
    "database_connect_timeout": 2,
    "database_command_timeout": 2,
    "database_pool_timeout": 2,
    "turn_timeout": 4,
}
PAUSE_SECONDS = 8.0


async def stored(bot: RunningBot) -> list[int]:
    query = text("SELECT update_id FROM processed_updates WHERE channel = 'telegram' ORDER BY at")
    async with bot.app.engine.connect() as connection:
        return [int(u) for (u,) in await connection.execute(query)]


async def until(predicate, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not await predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


@pytest.mark.postgres
async def test_a_paused_postgresql_gets_503_within_the_bound_and_everything_stored_once_after(
    tmp_path: Path, fake: FakeBotApi, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="webhook", **BOUNDS)
    await running.channel.start()
    route = webhook_route(running.channel)
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=Starlette(routes=[route])), base_url="http://bot", timeout=60
    )
    chats = (301, 302, 303)
    answered: dict[int, list[int]] = {}  # update id -> statuses, in the order answered

    async def post(update: dict) -> tuple[int, float]:
        began = time.monotonic()
        status = (await client.post(route.path, json=update, headers=HEADERS)).status_code
        answered.setdefault(update["update_id"], []).append(status)
        return status, time.monotonic() - began

    try:
        async with client:
            for chat in chats:  # warm: every chat has a conversation, the pool has connections
                assert (await post(fake.make_update(message=fake.message(chat, "/start"))))[0] == 200
            during = [fake.make_update(message=fake.message(chat, "/start")) for chat in chats for _ in range(2)]
            rounds: list[list[tuple[int, float]]] = []
            with paused(postgres_cluster):
                began = time.monotonic()
                while time.monotonic() - began < PAUSE_SECONDS:  # Telegram tries again while it is paused
                    rounds.append(await asyncio.gather(*(post(update) for update in during)))
                pause_ended = time.monotonic() - began
            statuses = [status for answers in rounds for status, _ in answers]
            slowest = max(seconds for answers in rounds for _, seconds in answers)
            assert statuses == [503] * len(during) * len(rounds), statuses
            print(f"\n{len(statuses)} webhook answers while the database was out, all 503, slowest {slowest:.1f} s")
            # The bound plus a tenth of it (a chat's second update waits for her first) and some slack.
            assert slowest <= BOUNDS["turn_timeout"] * 1.1 + 1.5, f"answered after {slowest:.1f} s"
            assert pause_ended >= PAUSE_SECONDS and len(rounds) >= 2
            # After SIGCONT: Telegram sends them again, and they are taken, without a restart.
            deadline = time.monotonic() + 30
            again: list[int] = []
            while time.monotonic() < deadline:
                again = [(await post(update))[0] for update in during]
                if set(again) == {200}:
                    break
                await asyncio.sleep(0.5)
            assert set(again) == {200}, again
        done = await stored(running)
        for update in during:
            assert done.count(update["update_id"]) == 1
        # Nothing answered 200 that is not stored.
        acknowledged = {u for u, s in answered.items() if 200 in s}
        assert acknowledged <= set(done)
        assert not running.channel.dead_letters
    finally:
        await running.stop()


@pytest.mark.postgres
async def test_polling_does_not_pass_updates_while_postgresql_is_paused_and_takes_them_after(
    tmp_path: Path, fake: FakeBotApi, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="polling", **BOUNDS)
    await running.channel.start()
    chat, other = 311, 312
    try:
        warm = await fake.user_message(chat, "/start")
        await fake.until(lambda: fake.confirmed_offset > warm["update_id"], seconds=15)
        with paused(postgres_cluster):
            first = await fake.user_message(chat, "/start")
            elsewhere = await fake.user_message(other, "/start")
            second = await fake.user_message(chat, "/start")
            began = time.monotonic()
            # Fetched again (the turns failed within the bound), never confirmed past the first.
            await fake.until(lambda: fake.offsets.count(first["update_id"]) >= 2, seconds=PAUSE_SECONDS + 4)
            assert time.monotonic() - began <= 2 * BOUNDS["turn_timeout"] + 2
            await asyncio.sleep(max(0.0, PAUSE_SECONDS - (time.monotonic() - began)))
            assert fake.confirmed_offset <= first["update_id"]
        await fake.until(lambda: fake.confirmed_offset > second["update_id"], seconds=40)
        done = await stored(running)
        for update in (warm, first, elsewhere, second):
            assert done.count(update["update_id"]) == 1
        assert done.index(first["update_id"]) < done.index(second["update_id"]), "her order is kept"
        assert not running.channel.dead_letters
    finally:
        await running.stop()
