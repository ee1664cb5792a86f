"""Her reference and PIN are a key, never her words: not case text, not relayed, not logged, not held."""

from __future__ import annotations

import logging

import pytest
from harness import Bot, Chat, actions, file_case, quick_exit, receipt_of, texts, walk_to

from bot.dialogs.cases import credentials_in
from storage import conversations
from workflows.vocabulary import Trigger

WRONG_PINS = ("000000", "111111", "222222")


async def stored_anywhere(bot: Bot, secret: str) -> list[str]:
    """Where ``secret`` is found: any conversation's data, any case entry."""
    from sqlalchemy import select

    from storage.records import CaseEntryRecord, ConversationRecord

    found = []
    async with bot.app.unit_of_work() as uow:
        for row in await uow.session.execute(select(ConversationRecord.__table__)):
            if secret in str(row.data):
                found.append(f"conversation {row.step}")
        for row in await uow.session.execute(select(CaseEntryRecord.__table__)):
            if secret in str(row.text or ""):
                found.append(f"entry {row.kind}")
    return found


async def lock_with_wrong_pins(chat: Chat, pin: str) -> None:
    """Quick exit (the PIN is needed again), then three wrong PINs: lookups pause."""
    await quick_exit(chat)
    await chat.press("menu:cases")
    for wrong in (w for w in WRONG_PINS if w != pin):
        out = await chat.send(wrong)
    assert "Too many attempts" in texts(out)


async def test_reference_and_pin_typed_after_a_pause_never_become_the_next_requests_description(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # the level the bot runs at (WALKING_HOME_LOG_LEVEL)
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    await lock_with_wrong_pins(chat, pin)

    typed = await chat.send(f"{reference} {pin}")

    assert "Too many attempts" in texts(typed), "a lookup, refused while paused; not words kept"
    assert "will be kept" not in texts(typed)
    await chat.send("/start")
    await chat.press("menu:new")
    await chat.press("svc:rights")
    describe = await chat.press("reg:hailar")
    assert "kept" not in texts(describe) and "continue" not in actions(describe)
    await chat.send("He took my phone.")
    for step in ("continue", "inv:none", "contact:this_chat", "id:anonymous"):
        await chat.press(step)
    review = await chat.press("consent:yes")
    assert pin not in texts(review) and reference not in texts(review)
    second, _ = receipt_of(await chat.press("confirm"))
    _, _, entries = await bot.history(second)
    assert [e.text for e in entries if e.kind == "description"] == ["He took my phone."]
    assert await stored_anywhere(bot, pin) == []
    assert pin not in caplog.text


async def test_reference_and_pin_typed_where_her_words_are_asked_are_refused_not_kept(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    await walk_to(chat, "describe")

    out = await chat.send(f"my case is {reference}, PIN {pin}")

    assert "looks like a case number and PIN" in texts(out)
    assert (await bot.conversation("web:her"))[0] == "describe"
    assert await stored_anywhere(bot, pin) == []


async def test_reference_and_pin_typed_as_a_reply_to_staff_are_not_relayed(bot: Bot) -> None:
    operator = await bot.add_staff("web:op", roles=("operator",), regions=("all",), name="Duty")
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    await bot.fire(reference, Trigger.ACCEPT, operator, risk="low")
    await bot.chat("web:op").send(f"/reply {reference} Are you safe?")
    await chat.press(f"reply:{reference}")
    seen_by_staff = len(bot.channel.to("web:op"))

    out = await chat.send(f"{reference} {pin}")

    assert "looks like a case number and PIN" in texts(out)
    assert len(bot.channel.to("web:op")) == seen_by_staff, "nothing relayed"
    assert await stored_anywhere(bot, pin) == []


async def test_reference_and_pin_at_the_pin_question_open_that_case(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    await quick_exit(chat)
    await chat.press("menu:cases")

    out = await chat.send(f"{reference} {pin}")

    assert f"case:{reference}" in actions(out)
    assert await stored_anywhere(bot, pin) == []


async def test_words_held_by_an_older_version_are_dropped_at_her_next_message(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    async with bot.app.unit_of_work() as uow:
        step, data = await conversations.load(uow.session, "web:her")
        data["kept"] = [f"{reference} {pin}"]
        await conversations.save(uow.session, "web:her", step, data, bot.clock())
        await uow.commit()

    await chat.send("/start")

    assert await stored_anywhere(bot, pin) == []


@pytest.mark.parametrize(
    "text",
    [
        "HLB-2026-000001 123456",
        "hlb-2026-000001,123456",
        "编号HLB－２０２６－０００００１密码１２３４５６",
        "case HLB-2026-000001 PIN: 123 456",
        "HLB\u20142026\u2014000001 / 123456",
    ],
)
def test_a_reference_followed_by_a_pin_is_recognised_as_typed(text: str) -> None:
    reference, pin = credentials_in(text)
    assert reference == "HLB-2026-000001" and pin.replace(" ", "") == "123456"


@pytest.mark.parametrize(
    "text",
    ["HLB-2026-000001", "call me at 13800000000", "He hit me 3 times on 2026-11-20", "HLB-2026-000001 12345"],
)
def test_text_without_a_reference_and_a_pin_is_not_taken_for_them(text: str) -> None:
    assert credentials_in(text) is None


async def test_filing_a_new_request_opens_only_that_case_never_the_ones_a_pin_lock_keeps_shut(bot: Bot) -> None:
    chat = bot.chat("web:her")
    first, pin = await file_case(chat)
    await lock_with_wrong_pins(chat, pin)

    second, _ = await file_case(chat)  # someone holding her phone files a request meanwhile
    seen = []
    answering_first = False
    for action in ("menu:cases", f"case:{first}", f"reply:{first}", "back", "menu:cases"):
        out = await chat.press(action)
        seen.append(texts(out) + " ".join(actions(out)))
        answering_first |= (await bot.conversation("web:her"))[0] == "add_info"
    await chat.press(f"reply:{second}")  # a "Reply" under a message about the case she just filed
    step = (await bot.conversation("web:her"))[0]

    assert all(first not in text for text in seen), "the locked case was shown without its PIN"
    assert not answering_first, "a Reply button opened the locked case"
    assert step == "add_info", "she can still answer about the case she just filed"


async def test_after_filing_a_request_her_other_cases_still_need_the_pin(bot: Bot) -> None:
    chat = bot.chat("web:her")
    first, pin = await file_case(chat)
    await quick_exit(chat)
    second, _ = await file_case(chat)

    asked = await chat.press("menu:cases")
    listed = await chat.send(pin)

    assert f"case:{first}" not in actions(asked) and "PIN" in texts(asked)
    assert {f"case:{first}", f"case:{second}"} <= set(actions(listed))
