"""The "danger now" and quick-exit row is on every message she receives, and on no staff message."""

from __future__ import annotations

import pytest
from harness import Bot, file_case, start, texts

from workflows.vocabulary import Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

REPORTER = "web:her"
SAFETY = ["danger", "exit"]


def safety_row(message) -> list[str]:
    return [button.action for button in message.extra.get("safety", ())]


async def test_every_message_she_receives_carries_the_safety_row_and_no_staff_message_does(bot: Bot) -> None:
    her = bot.chat(REPORTER)
    await start(her)
    await her.send("/help")
    reference, _ = await file_case(her)
    supervisor = await bot.add_staff("web:sup", roles=("operator", "supervisor"), regions=("all",))
    mediator = await bot.add_staff("web:med", roles=("mediator",), regions=("all",), name="Saran")
    await bot.fire(reference, Trigger.ACCEPT, supervisor, risk="low")  # a status notice
    await bot.fire(reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await bot.fire(reference, Trigger.TAKE, mediator)
    await bot.chat("web:med").send(f"/reply {reference} Can we meet on Friday?")  # a relayed message
    await her.press("menu:cases")
    await her.press(f"case:{reference}")  # the case view with the latest messages
    await her.send("Friday is fine.")
    await her.press("danger")  # the emergency numbers
    await her.press("menu:language")
    await her.press("lang:en")  # "language changed"

    received = bot.channel.to(REPORTER)
    seen = texts(received)
    for sample in (
        "welcome to",
        "How it works",
        "The language is now",
        "Can we meet on Friday?",
        "accepted",
        "Latest messages",
        "110",
    ):
        assert sample in seen, sample
    assert [m.text for m in received if safety_row(m) != SAFETY] == []
    staff = [m for m in bot.channel.delivered if m.address != REPORTER]
    assert staff and [m.text for m in staff if m.extra.get("safety")] == []


async def test_only_the_quick_exits_neutral_line_goes_without_it(bot: Bot) -> None:
    her = bot.chat(REPORTER)
    await start(her)

    out = await her.press("exit")

    assert [(m.text, safety_row(m)) for m in out] == [("Thank you, goodbye.", [])]
