"""What she types after her mediator wrote, without tapping "Reply", reaches that case."""

from __future__ import annotations

from datetime import timedelta

import pytest
from harness import Bot, actions, file_case, texts

from workflows.case import Actor
from workflows.vocabulary import Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

REPORTER = "web:her"
MEDIATOR = "web:med"


async def with_mediator(bot: Bot, **answers) -> tuple[str, str, Actor]:
    """Her case, filed, accepted, dispatched and taken by a mediator who has written to her."""
    reference, pin = await file_case(bot.chat(REPORTER), **answers)
    supervisor = await bot.add_staff(f"web:sup-{reference}", roles=("operator", "supervisor"), regions=("all",))
    mediator = await bot.add_staff(MEDIATOR, roles=("mediator",), regions=("all",), name="Saran")
    await bot.fire(reference, Trigger.ACCEPT, supervisor, risk="low")
    await bot.fire(reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await bot.fire(reference, Trigger.TAKE, mediator)
    await bot.chat(MEDIATOR).send(f"/reply {reference} Can we meet on Friday?")
    return reference, pin, mediator


async def said_by_her(bot: Bot, reference: str) -> list[str]:
    _, _, entries = await bot.history(reference)
    return [e.text for e in entries if e.kind == "message_in"]


async def test_words_typed_after_a_mediators_message_reach_her_mediator_with_one_confirmation(bot: Bot) -> None:
    reference, _, _ = await with_mediator(bot)

    out = await bot.chat(REPORTER).send("Friday is fine.")

    assert [m.text for m in out] == [
        f"Sent to the staff handling your case {reference}, and kept on the case. Their answer will come here."
    ]
    assert "kept with your request" not in texts(out)
    assert bot.channel.to(MEDIATOR)[-1].text == f"The reporter of {reference}:\nFriday is fine."
    assert await said_by_her(bot, reference) == ["Friday is fine."]
    assert "pending_reply" not in (await bot.conversation(REPORTER))[1]


async def test_when_her_cases_are_locked_the_pin_comes_first_and_then_her_words_go(bot: Bot) -> None:
    reference, pin, _ = await with_mediator(bot)
    bot.clock.advance(timedelta(hours=2))  # her cases locked again
    seen_by_mediator = len(bot.channel.to(MEDIATOR))

    asked = await bot.chat(REPORTER).send("Friday is fine, but not before 3 pm.")

    assert "enter your PIN first" in texts(asked)
    assert len(bot.channel.to(MEDIATOR)) == seen_by_mediator, "nothing is sent before her PIN"
    sent = await bot.chat(REPORTER).send(pin)
    assert f"Sent to the staff handling your case {reference}" in texts(sent)
    assert bot.channel.to(MEDIATOR)[-1].text.endswith("Friday is fine, but not before 3 pm.")
    assert await said_by_her(bot, reference) == ["Friday is fine, but not before 3 pm."]


async def test_a_wrong_pin_sends_nothing_and_leaving_the_pin_question_drops_her_words(bot: Bot) -> None:
    reference, pin, _ = await with_mediator(bot)
    bot.clock.advance(timedelta(hours=2))
    seen_by_mediator = len(bot.channel.to(MEDIATOR))
    her = bot.chat(REPORTER)
    await her.send("Please call my sister instead.")

    wrong = await her.send("000000" if pin != "000000" else "111111")
    assert "not right" in texts(wrong)
    left = await her.press("menu:new")

    assert "was not sent" in texts(left)
    assert len(bot.channel.to(MEDIATOR)) == seen_by_mediator
    assert await said_by_her(bot, reference) == []
    assert "call my sister" not in str(await bot.conversation(REPORTER))


async def test_with_two_cases_in_hand_she_chooses_which_one_her_words_are_for(bot: Bot) -> None:
    first, _, mediator = await with_mediator(bot)
    second, _ = await file_case(bot.chat(REPORTER), service="legal")
    supervisor = await bot.add_staff("web:sup-2", roles=("operator", "supervisor"), regions=("all",))
    await bot.fire(second, Trigger.ACCEPT, supervisor, risk="low")
    await bot.fire(second, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await bot.fire(second, Trigger.TAKE, mediator)

    asked = await bot.chat(REPORTER).send("The papers are ready.")

    assert "Which case is this message for?" in texts(asked)
    assert {f"to:{first}", f"to:{second}"} <= set(actions(asked))
    sent = await bot.chat(REPORTER).press(f"to:{second}")
    assert f"your case {second}" in texts(sent)
    assert await said_by_her(bot, second) == ["The papers are ready."]
    assert await said_by_her(bot, first) == []


async def test_a_call_back_case_gets_no_chat_words_and_nothing_is_held(bot: Bot) -> None:
    reference, _, _ = await with_mediator(bot, contact="phone_callback")
    seen_by_mediator = len(bot.channel.to(MEDIATOR))

    out = await bot.chat(REPORTER).send("Are you there?")

    assert "This was not saved" in texts(out)
    assert len(bot.channel.to(MEDIATOR)) == seen_by_mediator
    assert await said_by_her(bot, reference) == []
    assert "Are you there?" not in str(await bot.conversation(REPORTER))
