"""Whole journeys in Telegram: the real bot, over loopback HTTP, against our fake Bot API."""

from __future__ import annotations

import json
import re

import httpx
from fake_bot_api import FakeBotApi
from starlette.applications import Starlette
from telegram_harness import RunningBot

from bot.channels.telegram import webhook_route

CHAT = 1001

#: (what she presses, something the next message must contain), from the menu to the review screen.
INTAKE = [
    ("menu:new", "svc:rights"),
    ("svc:rights", "reg:hailar"),
    ("reg:hailar", "Please tell us in your own words"),
]
AFTER_DESCRIPTION = [
    ("continue", "inv:none"),
    ("inv:none", "contact:this_chat"),
    ("contact:this_chat", "id:anonymous"),
    ("id:anonymous", "consent:yes"),
    ("consent:yes", "confirm"),
]


def callback_data(params: dict) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def say(fake: FakeBotApi, chat: int, text: str, contains: str = "", **extra) -> dict:
    return await fake.reply_to(chat, lambda: fake.user_message(chat, text, **extra), contains)


async def press(fake: FakeBotApi, chat: int, data: str, contains: str = "") -> dict:
    return await fake.reply_to(chat, lambda: fake.press(chat, data), contains)


async def to_menu(fake: FakeBotApi, chat: int = CHAT) -> None:
    await say(fake, chat, "/start", "lang:en")
    await press(fake, chat, "lang:en", "safe:yes")
    await press(fake, chat, "safe:yes", "menu:new")


async def to_description(fake: FakeBotApi, chat: int = CHAT) -> None:
    await to_menu(fake, chat)
    for data, expected in INTAKE:
        await press(fake, chat, data, expected)


async def test_a_reporter_goes_from_start_to_her_receipt_over_polling(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    await to_description(fake)
    received = await say(fake, CHAT, "他喝醉了就打我。ᠡᠮᠡᠭᠲᠡᠶ ᠬᠦᠮᠦᠨ", "continue")
    assert "Received" in received["text"]
    for data, expected in AFTER_DESCRIPTION:
        prompt = await press(fake, CHAT, data, expected)
    assert "他喝醉了就打我" in prompt["text"]  # the review shows her words as she wrote them
    receipt = await press(fake, CHAT, "confirm", "PIN")

    assert re.search(r"[A-Z]+-\d{4}-\d{6}", receipt["text"])
    assert re.search(r"PIN: \d{6}", receipt["text"])
    # Every prompt carries the safety row as its last keyboard row.
    assert callback_data(receipt)[-2:] == ["danger", "exit"]
    assert fake.of("deleteWebhook"), "start_polling clears any webhook first"
    assert len(fake.of("answerCallbackQuery")) >= 10, "every button press stops the client's spinner"


async def test_the_command_menu_is_registered_in_each_catalog_language(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    menus = {call.params.get("language_code"): call.params["commands"] for call in fake.of("setMyCommands")}
    assert set(menus) >= {None, "zh", "en"}
    english = {c["command"]: c["description"] for c in menus["en"]}
    assert english["exit"].startswith("Quick exit")
    assert {c["command"] for c in menus[None]} == set(english)
    assert menus[None][0]["description"] == "主菜单"  # the default menu is in the default locale


async def test_a_forged_button_is_refused_with_a_clear_message(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    await to_menu(fake)
    await press(fake, CHAT, "menu:new", "svc:rights")
    for forged in ("svc:make-me-admin", "x" * 80):  # an unknown option; over 64 bytes
        before = len(fake.sent(CHAT))
        await press(fake, CHAT, forged, "svc:rights")
        answers = fake.sent(CHAT)[before:]
        assert "Please choose with the buttons below" in answers[0]["text"]
        assert "svc:rights" in callback_data(answers[-1]), "she is asked the same question again"


async def test_a_message_refused_with_429_arrives_after_retry_after(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    await to_menu(fake)
    fake.fail_next("sendMessage", 429, retry_after=1)
    await fake.press(CHAT, "menu:new")
    arrived = await fake.until(lambda: any("svc:rights" in callback_data(p) for p in fake.sent(CHAT)), seconds=10)
    assert arrived
    attempts = fake.of("sendMessage", CHAT)
    failed, succeeded = attempts[-2], attempts[-1]
    assert "message_id" not in failed.params and "message_id" in succeeded.params
    assert succeeded.at - failed.at >= 0.9, "the outbox waited for Telegram's retry_after"


async def test_a_message_refused_with_a_server_error_arrives_later(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    await to_menu(fake)
    fake.fail_next("sendMessage", 500)
    fake.fail_next("sendMessage", 502)
    await fake.press(CHAT, "menu:new")
    assert await fake.until(lambda: any("svc:rights" in callback_data(p) for p in fake.sent(CHAT)), seconds=10)
    assert len([c for c in fake.of("sendMessage", CHAT) if "message_id" not in c.params]) == 2


async def test_a_restart_in_the_middle_of_an_intake_resumes_at_the_same_step(
    fake: FakeBotApi, bot_factory, polling_bot: RunningBot
) -> None:
    await to_menu(fake)
    await press(fake, CHAT, "menu:new", "svc:rights")
    await press(fake, CHAT, "svc:legal", "reg:hailar")
    await polling_bot.stop()

    await bot_factory(mode="polling")
    prompt = await press(fake, CHAT, "reg:manzhouli", "Please tell us in your own words")
    assert "continue" not in callback_data(prompt)
    await say(fake, CHAT, "after the restart", "continue")
    for data, expected in AFTER_DESCRIPTION:
        review = await press(fake, CHAT, data, expected)
    assert "after the restart" in review["text"]


async def test_a_group_chat_is_told_politely_and_left(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    group = -100200300
    await fake.user_message(group, "/start", chat_type="supergroup")
    await fake.until(lambda: fake.of("leaveChat", group))
    told = fake.sent(group)
    assert len(told) == 1 and "private chat" in told[0]["text"]
    assert not told[0].get("reply_markup")


async def test_quick_exit_deletes_the_conversation_and_leaves_one_neutral_line(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    await to_menu(fake)
    await say(fake, CHAT, "some words", "menu:new")
    theirs = [c.params["message_id"] for c in fake.of("sendMessage", CHAT) if "message_id" in c.params]
    bye = await press(fake, CHAT, "exit", "goodbye")

    deleted = {mid for call in fake.of("deleteMessages", CHAT) for mid in call.params["message_ids"]}
    assert set(theirs) <= deleted, "every message the bot sent is deleted"
    assert {1, 2} <= deleted, "and hers (/start and 'some words'; the fake numbers per chat)"
    assert bye["text"] == "Thank you, goodbye." and not bye.get("reply_markup")
    assert fake.of("deleteMessages", CHAT)[-1].at <= fake.of("sendMessage", CHAT)[-1].at


async def test_photos_and_documents_are_downloaded_and_oversized_ones_refused_clearly(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    await to_description(fake)
    fake.add_file("photo-1", b"\xff\xd8jpeg-bytes")
    photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90, "file_size": 12}]
    received = await say(fake, CHAT, "", "continue", photo=photo, caption="照片")
    assert "Received" in received["text"]
    assert fake.of("downloadFile")

    huge = {"file_id": "doc-big", "file_unique_id": "d1", "file_name": "scan.pdf", "file_size": 30 * 1024 * 1024}
    refused = await say(fake, CHAT, "", "too large", document=huge)
    assert "limit is 1 MB" in refused["text"]
    assert not [c for c in fake.of("getFile") if c.params["file_id"] == "doc-big"], "never downloaded"


async def test_stickers_are_answered_with_what_the_bot_can_read(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    await to_menu(fake)
    sticker = {
        "file_id": "s",
        "file_unique_id": "s",
        "type": "regular",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
    }
    answer = await say(fake, CHAT, "", "can't read", sticker=sticker)
    assert "stickers" in answer["text"]


async def test_an_edited_message_counts_as_new_text(fake: FakeBotApi, polling_bot: RunningBot) -> None:
    await to_description(fake)
    first = await fake.user_message(CHAT, "first version")
    await fake.until(lambda: any("continue" in callback_data(p) for p in fake.sent(CHAT)))
    edited = {**first["message"], "text": "corrected version", "edit_date": first["message"]["date"] + 5}
    await fake.reply_to(CHAT, lambda: fake.push({"edited_message": edited}), "Received")
    for data, expected in AFTER_DESCRIPTION:
        review = await press(fake, CHAT, data, expected)
    assert "first version" in review["text"] and "corrected version" in review["text"]


# --- webhook mode -------------------------------------------------------------------------------


def webhook_client(bot: RunningBot) -> tuple[httpx.AsyncClient, str]:
    route = webhook_route(bot.channel)
    app = Starlette(routes=[route])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot"), route.path


async def test_the_webhook_answers_at_once_and_a_redelivered_update_has_no_second_effect(
    fake: FakeBotApi, webhook_bot: RunningBot
) -> None:
    client, path = webhook_client(webhook_bot)
    headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-for-tests"}
    start = fake.make_update(message=fake.message(CHAT, "/start"))
    async with client:
        first = await client.post(path, json=start, headers=headers)
        assert first.status_code == 200
        await fake.until(lambda: fake.sent(CHAT))
        again = await client.post(path, json=start, headers=headers)  # Telegram redelivers after a timeout
        assert again.status_code == 200
        press_lang = fake.make_update(**fake.callback(CHAT, "lang:en"))
        await client.post(path, json=press_lang, headers=headers)
        await fake.until(lambda: any("safe:yes" in callback_data(p) for p in fake.sent(CHAT)))
    pickers = [p for p in fake.sent(CHAT) if "lang:en" in callback_data(p)]
    assert len(pickers) == 1, "the redelivered /start was ignored"
    assert not fake.of("getUpdates")


async def test_the_webhook_refuses_a_wrong_secret_and_dead_letters_garbage(
    fake: FakeBotApi, webhook_bot: RunningBot
) -> None:
    client, path = webhook_client(webhook_bot)
    update = fake.make_update(message=fake.message(CHAT, "/start"))
    async with client:
        wrong = await client.post(path, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
        missing = await client.post(path, json=update)
        garbage = await client.post(
            path,
            content=b'{"update_id": 77, "message": ',
            headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-for-tests"},
        )
    assert (wrong.status_code, missing.status_code, garbage.status_code) == (403, 403, 200)
    assert webhook_bot.channel.dead_letters[-1][0] == 77
    assert not fake.sent(CHAT)
    assert webhook_bot.channel.bot.token not in path


async def test_process_update_drives_a_whole_intake_in_webhook_mode(fake: FakeBotApi, webhook_bot: RunningBot) -> None:
    application = webhook_bot.channel.application

    async def feed(update: dict) -> None:
        from telegram import Update

        await application.process_update(Update.de_json(update, application.bot))

    async def tap(data: str, expected: str) -> dict:
        return await fake.reply_to(CHAT, lambda: feed(fake.make_update(**fake.callback(CHAT, data))), expected)

    await fake.reply_to(CHAT, lambda: feed(fake.make_update(message=fake.message(CHAT, "/start"))), "lang:en")
    await tap("lang:zh-Hans-CN", "safe:yes")
    await tap("safe:yes", "menu:new")
    for data, expected in INTAKE[:-1]:
        await tap(data, expected)
    prompt = await tap("reg:hailar", "")
    assert "请" in prompt["text"]
    body = json.dumps(prompt.get("reply_markup"))
    assert "danger" in body and "exit" in body


async def test_the_webhook_checks_the_secret_first_and_stops_reading_a_body_past_its_cap(
    fake: FakeBotApi, webhook_bot: RunningBot
) -> None:
    """A 50 MB body: without the secret not a chunk is read; with it, reading stops at the 1 MB cap."""
    client, path = webhook_client(webhook_bot)
    pulled = [0]

    async def fifty_megabytes():
        yield b'{"update_id": 78, "message": {"text": "'
        for _ in range(800):
            pulled[0] += 1
            yield b"x" * 65536

    async with client:
        wrong = await client.post(path, content=fifty_megabytes(), headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
        read_without_secret = pulled[0]
        pulled[0] = 0
        right = await client.post(
            path, content=fifty_megabytes(), headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-for-tests"}
        )
    assert (wrong.status_code, read_without_secret) == (403, 0)
    assert right.status_code == 200
    assert pulled[0] <= 17  # 1 MB and a chunk, not 50 MB
    assert webhook_bot.channel.dead_letters[-1][0] == 78
    assert not fake.sent(CHAT)
