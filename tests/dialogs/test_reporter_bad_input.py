"""What she (or someone else) may send that the journey did not ask for: all of it handled, none of it lost."""

from __future__ import annotations

import hashlib

import pytest
from harness import Bot, actions, file_case, receipt_of, start, texts, walk_to

from bot.messages import Attachment
from workflows.vocabulary import State

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

# Traditional Mongolian with a narrow no-break space before a case suffix (U+202F), a vowel
# separator (U+180E) and a free variation selector (U+180B): none may be touched.
MONGOLIAN = "ᠡᠭᠡᠨ\u202fᠦ ᠨᠥᠭᠦᠷ ᠨᠠᠳᠠ ᠳᠤ ᠭᠠᠷ ᠬᠦᠷᠭᠡᠪᠡ᠃ ᠬᠠ\u180eᠭᠠ ᠠ\u180bᠯᠢ\u202fᠶᠢ ᠮᠡᠳᠡᠬᠦ ᠦᠭᠡᠢ᠃"


async def submitted_description(bot: Bot, chat, words: str) -> tuple[list, str]:
    """Write ``words`` at the describe step, finish the intake; return (review, case description)."""
    await walk_to(chat, "describe")
    received = await chat.send(words)
    assert texts(received).startswith("Received."), texts(received)
    await chat.press("continue")
    await chat.press("inv:none")
    await chat.press("contact:this_chat")
    await chat.press("id:anonymous")
    review = await chat.press("consent:yes")
    reference, _ = receipt_of(await chat.press("confirm"))
    _, _, entries = await bot.history(reference)
    [description] = [e.text for e in entries if e.kind == "description"]
    return review, description


async def test_a_5000_character_message_is_stored_whole_and_answered_normally(bot: Bot) -> None:
    words = ("He locks me in the house when he goes out. " * 200)[:5000]
    assert len(words) == 5000

    review, stored = await submitted_description(bot, bot.chat("web:her"), words)

    assert stored == words and len(stored) == 5000
    assert words[:600] + "…" in texts(review), "the review shows the beginning, the case keeps all"


async def test_emoji_are_kept_as_sent(bot: Bot) -> None:
    words = "😢 he threw my phone 📱💥 and I am scared 🙏🏽 👩‍👧"

    review, stored = await submitted_description(bot, bot.chat("web:her"), words)

    assert stored == words
    assert words in texts(review)


async def test_traditional_mongolian_is_stored_byte_identical_and_shown_unchanged(bot: Bot) -> None:
    review, stored = await submitted_description(bot, bot.chat("web:her"), MONGOLIAN)

    assert stored.encode("utf-8") == MONGOLIAN.encode("utf-8")
    for mark in ("\u202f", "\u180e", "\u180b"):
        assert mark in stored
    assert f"Your words: {MONGOLIAN}\n" in texts(review)


async def test_private_use_keyboard_input_gets_a_warning_and_is_still_stored(bot: Bot) -> None:
    chat = bot.chat("web:her")
    words = "\ue234\ue26a\ue2b1 \ue301"
    await walk_to(chat, "describe")

    out = await chat.send(words)

    assert "old-style Mongolian codes" in texts(out) and "Received." in texts(out)
    assert actions(out) == ["continue"]
    await chat.press("continue")
    await chat.press("inv:none")
    await chat.press("contact:this_chat")
    await chat.press("id:anonymous")
    await chat.press("consent:yes")
    reference, _ = receipt_of(await chat.press("confirm"))
    _, _, entries = await bot.history(reference)
    assert entries[0].text == words


# --- buttons that do not belong ---------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "action"),
    [
        ("region", "svc:legal"),  # a button of the step before
        ("involved", "reg:genhe"),
        ("consent", "inv:child"),
        ("service", "svc:hack"),  # made up
        ("region", "reg:mars"),
        ("involved", "xyz"),
        ("contact", "contact:everyone"),
        ("review", "chg:pin"),
        ("menu", "menu:admin"),
    ],
)
async def test_a_stale_or_forged_button_is_refused_with_a_re_ask_and_changes_nothing(
    bot: Bot, step: str, action: str
) -> None:
    chat = bot.chat("web:her")
    asked = await walk_to(chat, step)
    before = await bot.conversation("web:her")

    out = await chat.press(action)

    assert texts(out).startswith("Please choose with the buttons below.")
    assert actions(out) == actions(asked)[-len(actions(out)) :] and actions(out)
    assert await bot.conversation("web:her") == before
    assert await bot.cases_of("web:her") == []


async def test_a_case_button_of_someone_elses_case_is_refused_and_shows_nothing(bot: Bot) -> None:
    theirs, _ = await file_case(bot.chat("web:other-woman"), region="genhe", words="Private: my sister-in-law hits me.")
    chat = bot.chat("web:her")
    mine, _ = await file_case(chat)
    listed = await chat.press("menu:cases")
    assert actions(listed) == [f"case:{mine}", "back"]

    out = await chat.press(f"case:{theirs}")

    assert "no longer valid" in texts(out)
    assert theirs not in texts(out) and "sister-in-law" not in texts(out) and "Genhe" not in texts(out)
    assert actions(out) == [f"case:{mine}", "back"]
    assert (await bot.case(theirs)).state is State.NEW


async def test_a_case_button_pressed_before_the_pin_shows_nothing(bot: Bot) -> None:
    chat = bot.chat("web:her")
    mine, _ = await file_case(chat)
    await chat.press("exit")
    await chat.press("menu:cases")

    out = await chat.press(f"case:{mine}")

    assert mine not in texts(out)
    assert not any(a.startswith("case:") for a in actions(out))


# --- text where a button is expected ------------------------------------------------------


@pytest.mark.parametrize("step", ["service", "region", "involved", "contact", "identity"])
async def test_text_where_a_button_is_expected_is_kept_and_ends_up_in_the_description(bot: Bot, step: str) -> None:
    chat = bot.chat("web:her")
    asked = await walk_to(chat, step)

    out = await chat.send("He also took the car keys.")

    assert "has been kept" in texts(out)
    assert actions(out)[-len(actions(asked)) :] == actions(asked)
    assert (await bot.conversation("web:her"))[0] == step
    await walk_to_end_from(chat, step)
    [case] = await bot.cases_of("web:her")
    _, _, entries = await bot.history(case.reference)
    assert entries[0].kind == "description" and "He also took the car keys." in entries[0].text


async def walk_to_end_from(chat, step: str) -> None:
    answers = {
        "service": [{"action": "svc:rights"}],
        "region": [{"action": "reg:hailar"}, {"text": "He shouts."}, {"action": "continue"}],
        "involved": [{"action": "inv:none"}],
        "contact": [{"action": "contact:this_chat"}],
        "identity": [{"action": "id:anonymous"}],
    }
    order = ["service", "region", "involved", "contact", "identity"]
    for name in order[order.index(step) :]:
        for kwargs in answers[name]:
            await chat.send(**kwargs)
    await chat.press("consent:yes")
    receipt_of(await chat.press("confirm"))


async def test_text_at_the_menu_with_no_case_to_go_to_is_not_held_for_a_later_request(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await start(chat)

    out = await chat.send("I don't know where to start, he beats me at night.")

    assert "This was not saved" in texts(out) and "menu:new" in actions(out)
    assert "he beats me" not in str(await bot.conversation("web:her"))
    await chat.press("menu:new")
    await chat.press("svc:rights")
    describe = await chat.press("reg:hailar")
    assert "We kept" not in texts(describe) and "continue" not in actions(describe)


async def test_text_at_the_safety_question_is_not_held_for_a_later_request(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await chat.send("/start")
    await chat.press("lang:en")

    out = await chat.send("my husband is asleep, I can write now")
    assert "was not saved" in texts(out) and actions(out) == ["safe:yes", "safe:no"]

    await chat.press("safe:yes")
    reference, _ = await file_case(chat, words="He broke the door.")
    _, _, entries = await bot.history(reference)
    assert entries[0].text == "He broke the door."


# --- files, stickers, commands --------------------------------------------------------------


async def test_an_oversized_file_is_refused_with_the_limit(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "describe")
    big = Attachment("video.mp4", "video/mp4", size=5 * 1024 * 1024, too_large=True)

    out = await chat.send(attachments=(big,))

    assert "too large" in texts(out) and "1 MB" in texts(out)
    step, data = await bot.conversation("web:her")
    assert step == "describe" and data["intake"].get("attachments") == []
    assert not (bot.app.settings.evidence_dir).exists() or not any(bot.app.settings.evidence_dir.iterdir())


async def test_a_file_over_the_limit_is_refused_even_when_the_channel_did_not_flag_it(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "describe")
    data = b"\0" * (1024 * 1024 + 1)

    out = await chat.send(attachments=(Attachment("scan.pdf", "application/pdf", size=len(data), data=data),))

    assert "too large" in texts(out) and "1 MB" in texts(out)


async def test_a_file_within_the_limit_is_stored_with_its_size_and_sha256(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "describe")
    photo = bytes(range(256)) * 40
    digest = hashlib.sha256(photo).hexdigest()

    out = await chat.send(
        attachments=(Attachment("bruise.jpg", "image/jpeg", size=len(photo), data=photo, kind="photo"),)
    )

    assert texts(out).startswith("Received.") and actions(out) == ["continue"]
    await chat.press("continue")
    await chat.press("inv:none")
    await chat.press("contact:this_chat")
    await chat.press("id:anonymous")
    review = await chat.press("consent:yes")
    assert "Files: 1" in texts(review)
    reference, _ = receipt_of(await chat.press("confirm"))
    _, events, entries = await bot.history(reference)
    [evidence] = [e for e in entries if e.kind == "evidence"]
    assert evidence.attachment["sha256"] == digest
    assert evidence.attachment["size"] == len(photo)
    assert evidence.attachment["filename"] == "bruise.jpg" and evidence.attachment["kind"] == "photo"
    # Sealed on disk: named by a keyed HMAC (not the SHA-256), encrypted, and read back whole.
    assert not (bot.app.settings.evidence_dir / digest).exists()
    stored = bot.app.settings.evidence_dir / evidence.attachment["name"]
    assert photo not in stored.read_bytes()
    assert bot.app.dialogs.context.evidence_store.read(evidence.attachment) == photo
    assert events[0].data["attachment_count"] == 1


async def test_a_sticker_gets_a_clear_answer_and_the_same_question(bot: Bot) -> None:
    chat = bot.chat("web:her")
    asked = await walk_to(chat, "region")

    out = await chat.send(unsupported="sticker")

    assert "can't read this kind of content" in texts(out)
    assert actions(out) == actions(asked)
    assert (await bot.conversation("web:her"))[0] == "region"


async def test_an_unknown_command_gets_the_help_hint(bot: Bot) -> None:
    chat = bot.chat("web:her")
    asked = await walk_to(chat, "involved")

    out = await chat.send("/delete_everything now")

    assert "I don't know the command /delete_everything" in texts(out) and "/help" in texts(out)
    assert actions(out) == actions(asked)
    assert (await bot.conversation("web:her"))[0] == "involved"


# --- redelivery ------------------------------------------------------------------------------


async def test_a_redelivered_update_has_no_second_effect(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "review")

    first = await chat.send(action="confirm", update_id="tg-4242")
    again = await chat.send(action="confirm", update_id="tg-4242")

    assert receipt_of(first)
    assert again == []
    assert len(await bot.cases_of("web:her")) == 1


async def test_a_redelivered_text_is_kept_once(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "describe")

    first = await chat.send("He hit me.", update_id="w-1")
    again = await chat.send("He hit me.", update_id="w-1")

    assert texts(first).startswith("Received.") and again == []
    _, data = await bot.conversation("web:her")
    assert data["intake"]["description"] == ["He hit me."]


async def test_her_first_words_before_the_language_picker_are_not_held_for_a_later_request(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await chat.send("他又打我了，我该怎么办")
    await chat.press("lang:zh-Hans-CN")
    await chat.press("safe:yes")
    assert "他又打我了" not in str(await bot.conversation("web:her"))

    reference, _ = await file_case(chat, words="昨天晚上的事。", locale="zh-Hans-CN")

    _, _, entries = await bot.history(reference)
    assert entries[0].text == "昨天晚上的事。"


async def test_a_call_back_answer_without_a_number_is_asked_again_and_kept(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "contact")
    await chat.press("contact:phone_callback")

    again = await chat.send("mornings")

    assert "could not find a phone number" in texts(again)
    assert (await bot.conversation("web:her"))[0] == "contact_phone"
    accepted = await chat.send("13812345678 mornings")
    assert "anonymous" in texts(accepted)
    _, data = await bot.conversation("web:her")
    assert data["intake"]["phone"] == "13812345678 mornings" and "mornings" in data["intake"]["description"]
