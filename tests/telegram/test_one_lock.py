"""One per-address lock: the channel hands a chat's updates on at once; the dialog engine keeps turns apart.

The real PTB application processes updates concurrently (real Bot API calls to the fake over
loopback); only the entry into the dialog engine is watched.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from fake_bot_api import FakeBotApi
from telegram import Update
from telegram_harness import prepare_database, start_bot

from bot.messages import Inbound

CHAT = 515


async def test_a_chats_second_update_reaches_the_dialogs_while_the_first_is_still_there(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    url = await prepare_database(tmp_path)
    running = await start_bot(tmp_path, fake, url=url, mode="webhook")
    await running.channel.start()
    engine_handle = running.channel.handle
    entered: list[str] = []
    first_inside, second_inside, release = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def watched(inbound: Inbound) -> None:
        entered.append(inbound.update_id)
        if len(entered) == 2:
            second_inside.set()
        if len(entered) == 1:
            first_inside.set()
            await release.wait()
        await engine_handle(inbound)

    running.channel.handle = watched
    application = running.channel.application
    first = fake.make_update(message=fake.message(CHAT, "/start"))
    second = fake.make_update(message=fake.message(CHAT, "/start"))
    try:
        one = asyncio.create_task(application.process_update(Update.de_json(first, application.bot)))
        await asyncio.wait_for(first_inside.wait(), 5)
        two = asyncio.create_task(application.process_update(Update.de_json(second, application.bot)))
        # The old per-chat lock in the channel held it back until the first was done.
        await asyncio.wait_for(second_inside.wait(), 5)
        release.set()
        await asyncio.gather(one, two)
        assert entered == [str(first["update_id"]), str(second["update_id"])], "handed on in arrival order"
        # Both turns ran (one after the other, under the engine's lock): each /start is answered.
        await fake.until(lambda: len(fake.sent(CHAT)) >= 2)
        assert not running.channel.dead_letters
    finally:
        release.set()
        await running.stop()
