"""The Matrix sync token moves only past events the dialogs recorded (issue 13, item 1).

When handing an event to the dialogs raises `NotRecorded` (nothing could be committed), the
channel keeps its sync token, backs off and syncs again from it: the event comes again, with the
same event id, and is recorded once; the events after it in her room wait their turn.
In-process, against the real Synapse of the session.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.messages import Inbound, NotRecorded
from storage.records import ProcessedUpdateRecord

from .conftest import World
from .test_matrix_journeys import open_room

UPDATES = ProcessedUpdateRecord.__table__


async def test_an_event_not_recorded_comes_again_in_order_and_the_token_waits_for_it(world: World) -> None:
    bot = await world.start_bot()
    her = await world.person()
    chat, _picker = await open_room(world, her)
    dialogs = bot.channel.handle
    refusals: list[tuple[str, str, str]] = []  # (update id, the token its sync started from, the saved token)
    handled: list[str] = []
    # The tokens the channel held, in order from here: it saves them in the background, so the saved
    # one may be any of those it held before her message when that message is refused.
    held = [bot.channel.state.sync_token]
    save_soon = bot.channel.state.save_soon
    # The token each sync request started from, as sent to the homeserver (the call passes through).
    synced_from: list[str | None] = []
    sync = bot.channel.client.sync

    def noting_each_token() -> None:
        held.append(bot.channel.state.sync_token)
        save_soon()

    async def noting_each_sync(*args, **kwargs):
        synced_from.append(kwargs.get("since"))
        return await sync(*args, **kwargs)

    async def database_down_for_her_first_message(inbound: Inbound) -> None:
        if inbound.text == "one" and len(refusals) < 3:  # by its text: her send may return after the sync
            saved = await bot.channel.state.store.load(bot.channel.state.key)
            refusals.append((inbound.update_id, synced_from[-1], saved["sync_token"]))
            raise NotRecorded("OperationalError")
        await dialogs(inbound)
        handled.append(inbound.update_id)

    bot.channel.state.save_soon = noting_each_token
    bot.channel.client.sync = noting_each_sync
    # What was saved before is one of them once this write lands (False when the sync moved on
    # meanwhile: that token is noted too).
    await bot.channel.state.flush(10)
    bot.channel.handle = database_down_for_her_first_message
    before = chat.seen
    first = await her.say(chat.room_id, "one")
    second = await her.say(chat.room_id, "two")
    third = await her.say(chat.room_id, "three")
    async with asyncio.timeout(20):
        while len(handled) < 3:  # noqa: ASYNC110 - the channel offers no event for this
            await asyncio.sleep(0.1)
        while chat.seen < before + 6:  # each text at the picker: "use the buttons", and the picker again
            await her.pull(timeout_ms=300)
    await asyncio.sleep(1.5)  # more sync rounds: a replay that slipped through would show here
    await her.pull(timeout_ms=300)

    assert [update for update, _, _ in refusals] == [first] * 3
    # Each refusal synced again from the same token, the one before her message ...
    starts = {start for _, start, _ in refusals}
    assert len(starts) == 1
    before_her_message = held.index(starts.pop())
    # ... and the saved token stayed before it too (a save in the background may land in between).
    assert all(saved in held[: before_her_message + 1] for _, _, saved in refusals)
    assert handled == [first, second, third], "her messages in the order she sent them, each once"
    assert bot.channel.state.sync_token not in held[: before_her_message + 1], "it moves on once recorded"
    await bot.channel.state.flush(10)
    saved = await bot.channel.state.store.load(bot.channel.state.key)
    assert saved["sync_token"] not in held[: before_her_message + 1], "and is saved past her message"
    async with bot.app.unit_of_work() as uow:
        ids = (await uow.session.scalars(select(UPDATES.c.update_id).where(UPDATES.c.channel == "matrix"))).all()
    assert sorted(i for i in ids if i in (first, second, third)) == sorted([first, second, third])
    answers = [e["content"]["body"] for e in her.from_bot(chat.room_id, world.bot_user)[before:]]
    use_buttons = bot.app.localizer.format("zh-Hans-CN", "reask-use-buttons")
    assert sum(a.startswith(use_buttons) for a in answers) == 3, "one answer to each of her messages, none twice"
    assert len(answers) == 6
