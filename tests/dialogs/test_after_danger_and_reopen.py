"""She can answer staff after "danger now"; words are never taken as PIN guesses; a reopen reaches staff."""

from __future__ import annotations

import pytest
from harness import Bot, file_case, quick_exit, receipt_of, texts, walk_to

from workflows.vocabulary import State

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")


async def test_after_danger_now_she_gets_her_pin_and_can_answer_the_staff_who_write_to_her(bot: Bot) -> None:
    await bot.add_staff("web:op", roles=("operator",), regions=("all",), name="Duty")
    her = bot.chat("web:her")
    await walk_to(her, "involved")

    out = await her.press("danger")
    reference, pin = receipt_of(out)
    assert "110" in texts(out) and pin.isdigit()

    op = bot.chat("web:op")
    await op.send(f"/reply {reference} I am the duty operator. Are you safe now?")
    asked = await her.press(f"reply:{reference}")
    assert "PIN" not in texts(asked)
    await her.send("I am at my sister's house now.")

    assert "I am at my sister's house now." in texts(bot.channel.to("web:op"))


async def test_words_typed_at_the_pin_question_are_never_counted_as_guesses_nor_held(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await file_case(chat)
    await quick_exit(chat)
    await chat.press("menu:cases")

    for words in ("I have no PIN", "back", "please help me"):
        again = await chat.send(words)
        assert "not right" not in texts(again) and "Too many" not in texts(again)

    _, data = await bot.conversation("web:her")
    assert data.get("pin_failures", 0) == 0
    assert "please help me" not in str(data), "nothing is held for a request she has not started"


async def test_a_case_she_reopens_reaches_the_region_staff_with_her_reason_on_the_card(bot: Bot) -> None:
    her = bot.chat("web:her")
    reference, _ = await file_case(her)
    await bot.close_case(reference)
    await bot.add_staff("web:op", roles=("operator",), regions=("hailar",), name="Window")
    await her.press("menu:cases")
    await her.press(f"case:{reference}")
    await her.press("reopen")

    await her.send("He hit me again, I need help")

    assert (await bot.case(reference)).state is State.ACCEPTED
    alert = texts(bot.channel.to("web:op"))
    assert "reopened" in alert and reference in alert
    card = await bot.chat("web:op").send(f"/case {reference}")
    assert "He hit me again, I need help" in texts(card)
