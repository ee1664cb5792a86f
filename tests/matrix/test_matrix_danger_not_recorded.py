"""Her "danger now" on Matrix reaches the emergency numbers while the database cannot record it.

In-process against the real Synapse of the session, the real bot and channel. The database is made
unavailable for real: on SQLite the ``sqlite3`` shell of another process holds ``BEGIN EXCLUSIVE``; on
PostgreSQL the database refuses connections and drops the open ones. The channel sends the numbers
into her room itself, in her language, once, while the sync token stays and the sync is tried again;
once the database is back the press is recorded and the dialogs send the numbers again (at most one
duplicate, docs/channels.md).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import make_url

from tests.sqlite_lock import SqliteShellLock

from .conftest import World, body
from .test_matrix_journeys import number_of, open_room, to_menu


@contextlib.asynccontextmanager
async def database_unavailable(world: World, request: pytest.FixtureRequest) -> AsyncIterator[None]:
    if world.database.startswith("sqlite"):
        lock = SqliteShellLock(world.tmp_path / "bot.db")
        await asyncio.to_thread(lock.hold)
        try:
            yield
        finally:
            await asyncio.to_thread(lock.release)
        return
    cluster = request.getfixturevalue("postgres_cluster")
    name = make_url(world.database).database
    await cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    await cluster.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    try:
        yield
    finally:
        await cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


async def test_danger_now_gets_the_numbers_in_her_room_once_while_the_database_cannot_record_it(
    world: World, request: pytest.FixtureRequest
) -> None:
    bot = await world.start_bot(turn_timeout=4.0)
    her = await world.person()
    chat, picker = await open_room(world, her)
    menu = await to_menu(chat, picker)  # she chose English
    numbers = bot.app.localizer.format("en", "emergency-numbers")
    assert numbers != bot.app.localizer.format("zh-Hans-CN", "emergency-numbers")

    def numbers_seen() -> int:
        return sum(body(event).startswith(numbers) for event in her.from_bot(chat.room_id, world.bot_user))

    async with database_unavailable(world, request):
        await her.say(chat.room_id, number_of(menu, "Danger now"))
        await her.wait_for(chat.room_id, world.bot_user, lambda e: body(e).startswith(numbers), after=0, within=8)
        await asyncio.sleep(6)  # the sync is tried again and again meanwhile: no more numbers
        await her.pull(timeout_ms=300)
        assert numbers_seen() == 1
        opened = bot.app.localizer.format("en", "emergency-case-opened", reference="").split(":")[0]
        assert not any(opened in body(e) for e in her.from_bot(chat.room_id, world.bot_user)), "not recorded yet"
    # Recorded now: the emergency case is opened and the dialogs send the numbers (again) with it.
    await chat.next("Emergency case reference", after=0, within=30)
    await asyncio.sleep(1.5)
    await her.pull(timeout_ms=300)
    assert numbers_seen() == 2, "twice at most: directly, then once recorded"


async def test_a_state_save_the_database_holds_up_does_not_hold_up_her_danger_press(
    world: World, request: pytest.FixtureRequest
) -> None:
    """The sync token moves (a sync that brought only the bot's own message) just as the database stops:
    its save waits on the database in the background, and the next sync brings her press at once."""
    bot = await world.start_bot(turn_timeout=4.0)
    her = await world.person()
    chat, picker = await open_room(world, her)
    menu = await to_menu(chat, picker)
    numbers = bot.app.localizer.format("en", "emergency-numbers")

    async with database_unavailable(world, request):
        token = bot.channel.state.sync_token
        await bot.channel.client.room_send(chat.room_id, "m.room.message", {"msgtype": "m.notice", "body": "."})
        for _ in range(100):  # the sync that brings it moves the token: its save meets the locked database
            if bot.channel.state.sync_token != token:
                break
            await asyncio.sleep(0.05)
        assert bot.channel.state.sync_token != token
        assert bot.channel.state.unsaved
        await asyncio.sleep(0.5)
        await her.say(chat.room_id, number_of(menu, "Danger now"))
        await her.wait_for(chat.room_id, world.bot_user, lambda e: body(e).startswith(numbers), within=7)
    await chat.next("Emergency case reference", after=0, within=30)
    for _ in range(100):  # and the token is written once the database is back
        if not bot.channel.state.unsaved:
            break
        await asyncio.sleep(0.1)
    assert not bot.channel.state.unsaved
    saved = await bot.channel.state.store.load(bot.channel.state.key)  # the sync goes on meanwhile
    assert saved is not None and saved["sync_token"] not in ("", token)
