"""During a database outage the log gets a few lines, not two per update.

The real bot and channel on a real PostgreSQL that refuses connections (and dropped the open ones),
ten chats writing through the real webhook route, about ten updates a second for five seconds. Each
update is refused (503) and each is answered; the log gets one line from the dialogs and one from the
channel when the outage begins and one from each when the first update is recorded again (before:
about two lines per update). The workers' own lines (a failed round, with their backoff) are theirs.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from telegram_harness import start_bot
from test_database_paused import BOUNDS
from test_telegram_durable import HEADERS, database_down, webhook_client

from tests.databases import PostgresCluster

CHATS = range(601, 611)


@pytest.mark.postgres
async def test_an_outage_writes_a_line_when_it_begins_and_one_when_it_ends_not_one_per_update(
    tmp_path: Path,
    fake: FakeBotApi,
    postgres_cluster: PostgresCluster,
    postgres_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    running = await start_bot(tmp_path, fake, url=postgres_url, mode="webhook", **BOUNDS)
    await running.channel.start()
    client, path = webhook_client(running)
    try:
        async with client:
            for chat in CHATS:
                start = fake.make_update(message=fake.message(chat, "/start"))
                assert (await client.post(path, json=start, headers=HEADERS)).status_code == 200
            refused = []
            with caplog.at_level(logging.INFO):
                async with database_down(postgres_cluster, postgres_url) as restore:
                    caplog.clear()
                    for _ in range(5):  # five rounds of ten chats, whatever the machine's load
                        updates = [fake.make_update(message=fake.message(chat, "/start")) for chat in CHATS]
                        answers = await asyncio.gather(
                            *(client.post(path, json=update, headers=HEADERS) for update in updates)
                        )
                        refused += [answer.status_code for answer in answers]
                        await asyncio.sleep(1)
                    during = [r for r in caplog.records if r.name.startswith(("bot.dialogs", "bot.channels"))]
                    await restore()
                    caplog.clear()
                    after = fake.make_update(message=fake.message(CHATS[0], "/start"))
                    assert (await client.post(path, json=after, headers=HEADERS)).status_code == 200
                    ended = [r.getMessage() for r in caplog.records if "outage over" in r.getMessage()]
    finally:
        await running.stop()
    assert len(refused) >= 40 and set(refused) == {503}
    lines = [record.getMessage() for record in during]
    print(
        f"\n{len(refused)} updates refused in 5 rounds; {len(lines)} lines from the dialogs and channels:",
        *lines,
        sep="\n",
    )
    assert len(lines) == 2, lines
    assert [record.name for record in during] == ["bot.dialogs.engine", "bot.channels.telegram"]
    assert all("outage begins" in line for line in lines), lines
    assert len(ended) == 2, ended
    assert all(f"{len(refused)} failure(s) in all" in line for line in ended), ended
