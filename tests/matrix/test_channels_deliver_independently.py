"""A stalled channel holds nobody else: the bot as a real process with Telegram, Matrix and the web chat.

Real parts only: ``walking-home run`` in its own process, a Synapse of this module's own (so
pausing it with SIGSTOP disturbs no other test), the project's Bot API fake over loopback HTTP,
and the web chat's websocket. The danger-now numbers must reach her within 2 s whatever
another channel is doing, and what waited behind the stalled channel arrives once it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from .bot_process import BotProcess, WebVisitor
from .conftest import Person, Synapse, body, login, run_synapse

sys.path.insert(0, str(Path(__file__).parents[1] / "telegram"))
from fake_bot_api import FakeBotApi  # noqa: E402

#: The danger-now answer must be on her screen within this many seconds.
DANGER_BOUND = 2.0
#: The operator's alert goes through Synapse as well (0.09-0.17 s measured, idle or loaded): a loaded
#: homeserver gets more room; a Telegram that hangs (the delivery timeout is 30 s) still fails it.
ALERT_BOUND = 5.0


@pytest.fixture(scope="module")
def own_synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    with run_synapse(tmp_path_factory.mktemp("paused-synapse")) as server:
        yield server


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def three_channel_bot(tmp_path: Path, own_synapse: Synapse, fake: FakeBotApi) -> AsyncIterator[BotProcess]:
    bot_user = own_synapse.register(own_synapse.unique("helpdesk"), "bot-pw")
    bot = BotProcess.configure(
        tmp_path,
        telegram_token=fake.token,
        telegram_api_url=fake.api_url,
        matrix_homeserver=own_synapse.url,
        matrix_user=bot_user,
        matrix_password="bot-pw",
    )
    bot.env["TEST_BOT_USER"] = bot_user
    try:
        yield bot
    finally:
        own_synapse.resume()
        bot.stop()


async def matrix_operator(bot: BotProcess, synapse: Synapse) -> tuple[Person, str]:
    """An operator of the region who joined on Matrix; her client and her room with the bot."""
    code = bot.invite("operator")
    await bot.start()
    bot_user = bot.env["TEST_BOT_USER"]
    person = Person(await login(synapse.url, synapse.register(synapse.unique("operator"))))
    await person.pull()
    room = await person.dm(bot_user)
    await person.wait_for(room, bot_user, lambda e: True, within=30)  # the language list: Matrix works
    seen = len(person.from_bot(room, bot_user))
    await person.say(room, f"/join {code} Wang Li")
    await person.wait_for(room, bot_user, lambda e: True, after=seen, within=30)
    return person, room


async def seconds_until_sent(fake: FakeBotApi, chat_id: int, contains: str, since: float) -> float:
    """When the bot's ``sendMessage`` holding ``contains`` reached the Bot API, after ``since``."""
    call = await fake.until(
        lambda: next(
            (c for c in fake.of("sendMessage", chat_id) if c.at >= since and contains in str(c.params.get("text"))),
            None,
        ),
        seconds=60,
    )
    return call.at - since


def outbox_states(bot: BotProcess, address: str) -> list[str]:
    """The outbox rows' states for one address, read from the bot's database file."""
    with contextlib.closing(sqlite3.connect(bot.folder / "bot.db", timeout=10)) as db:
        return [state for (state,) in db.execute("SELECT status FROM outbox WHERE address = ?", (address,))]


async def until_all_sent(bot: BotProcess, address: str, within: float) -> None:
    deadline = time.monotonic() + within
    while (states := outbox_states(bot, address)) and set(states) != {"sent"}:
        assert time.monotonic() < deadline, f"still not delivered after {within} s: {states}"
        await asyncio.sleep(0.5)
    assert states, f"nothing was ever queued for {address}"


async def test_danger_now_on_telegram_answers_within_2_s_while_the_homeserver_is_paused(
    three_channel_bot: BotProcess, own_synapse: Synapse, fake: FakeBotApi
) -> None:
    bot = three_channel_bot
    operator, room = await matrix_operator(bot, own_synapse)
    bot_user = bot.env["TEST_BOT_USER"]
    first_woman, second_woman = 101, 202
    await fake.reply_to(first_woman, lambda: fake.user_message(first_woman, "/start"))
    await fake.reply_to(second_woman, lambda: fake.user_message(second_woman, "/start"))
    alerts_before = len(operator.from_bot(room, bot_user))

    own_synapse.pause()
    try:
        # Her emergency alerts the Matrix operator: that delivery hangs in the paused homeserver.
        pressed = time.monotonic()
        await fake.press(first_woman, "danger")
        first_numbers = await seconds_until_sent(fake, first_woman, "12338", pressed)
        # The second woman presses "danger now" while the Matrix delivery is stuck.
        pressed = time.monotonic()
        await fake.press(second_woman, "danger")
        second_numbers = await seconds_until_sent(fake, second_woman, "12338", pressed)
        paused_for = time.monotonic() - pressed
    finally:
        own_synapse.resume()

    assert first_numbers < DANGER_BOUND, f"first woman's numbers took {first_numbers:.2f} s"
    assert second_numbers < DANGER_BOUND, f"second woman's numbers took {second_numbers:.2f} s"
    assert any("110" in str(c.params.get("text")) for c in fake.of("sendMessage", second_woman))
    assert paused_for < 30, "the test itself did not wait for the stalled homeserver"
    # Nothing that waited behind the paused homeserver is lost: both alerts reach the operator.
    try:
        await operator.wait_for(room, bot_user, lambda e: "HLB-2026-000002" in body(e), after=alerts_before, within=90)
        alerts = {body(e) for e in operator.from_bot(room, bot_user)[alerts_before:] if "HLB-" in body(e)}
        assert len(alerts) == 2, alerts
    finally:
        await operator.client.close()


async def test_matrix_and_the_web_chat_keep_answering_while_the_bot_api_hangs(
    three_channel_bot: BotProcess, own_synapse: Synapse, fake: FakeBotApi
) -> None:
    bot = three_channel_bot
    operator, room = await matrix_operator(bot, own_synapse)
    try:
        await check_matrix_and_web_while_telegram_hangs(bot, own_synapse, fake, operator, room)
    finally:
        await operator.client.close()


async def check_matrix_and_web_while_telegram_hangs(
    bot: BotProcess, own_synapse: Synapse, fake: FakeBotApi, operator: Person, room: str
) -> None:
    bot_user = bot.env["TEST_BOT_USER"]
    telegram_woman = 303
    await fake.reply_to(telegram_woman, lambda: fake.user_message(telegram_woman, "/start"))

    fake.stall("sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery")
    await fake.user_message(telegram_woman, "/start")  # its answer hangs in the Bot API
    await fake.until(lambda: len(fake.of("sendMessage", telegram_woman)) >= 2, seconds=10)

    # A woman in the web chat is answered, and her "danger now" reaches her and the Matrix operator.
    visitor = WebVisitor(bot)
    try:
        began = time.monotonic()
        await visitor.open()
        await visitor.next_message(within=DANGER_BOUND)
        web_first = time.monotonic() - began
        seen = len(operator.from_bot(room, bot_user))
        began = time.monotonic()
        await visitor.send(type="action", action="danger")
        numbers = await visitor.next_message(within=DANGER_BOUND)
        web_danger = time.monotonic() - began
        alert = await operator.wait_for(room, bot_user, lambda e: "HLB-" in body(e), after=seen, within=ALERT_BOUND)
        matrix_alert = time.monotonic() - began
    finally:
        await visitor.close()
    # A woman on Matrix is answered too.
    woman = Person(await login(own_synapse.url, own_synapse.register(own_synapse.unique("her"))))
    try:
        await woman.pull()
        began = time.monotonic()
        her_room = await woman.dm(bot_user)
        await woman.wait_for(her_room, bot_user, lambda e: True, within=10)
        matrix_first = time.monotonic() - began
    finally:
        await woman.client.close()
    fake.unstall()

    assert web_first < DANGER_BOUND and web_danger < DANGER_BOUND, (web_first, web_danger)
    assert "110" in numbers["text"] and "12338" in numbers["text"]
    assert matrix_alert < ALERT_BOUND, f"the operator's alert took {matrix_alert:.2f} s"
    assert "HLB-" in body(alert)
    assert matrix_first < 10, f"a new Matrix conversation took {matrix_first:.2f} s"
    # The Telegram answers that hung are delivered once the Bot API answers again.
    await until_all_sent(bot, f"telegram:{telegram_woman}", within=60)


async def test_a_message_delivered_before_a_kill_9_is_recorded_sent_and_never_sent_again(
    three_channel_bot: BotProcess, own_synapse: Synapse, fake: FakeBotApi
) -> None:
    bot = three_channel_bot
    operator, room = await matrix_operator(bot, own_synapse)
    await operator.client.close()
    woman = 404
    own_synapse.pause()  # a Matrix delivery hangs: the round that once held every mark stays open
    try:
        await fake.reply_to(woman, lambda: fake.press(woman, "danger"), contains="12338")
        await until_all_sent(bot, f"telegram:{woman}", within=5)
        bot.kill()
    finally:
        own_synapse.resume()
    delivered = [c.params["text"] for c in fake.of("sendMessage", woman)]

    await bot.start()
    await asyncio.sleep(5)  # a restarted sender claims what is due at once

    assert outbox_states(bot, f"telegram:{woman}") == ["sent"] * len(delivered)
    assert [c.params["text"] for c in fake.of("sendMessage", woman)] == delivered, "a message went twice"
