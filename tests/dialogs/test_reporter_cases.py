"""Her cases after the receipt: the PIN gate, viewing, withdrawing, reopening, quick exit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from harness import Bot, Chat, actions, file_case, quick_exit, start, texts, walk_to

from storage.people import addresses_of
from workflows.vocabulary import State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")


async def open_case_view(chat: Chat, reference: str) -> list:
    listed = await chat.press("menu:cases")
    assert f"case:{reference}" in actions(listed), texts(listed)
    return await chat.press(f"case:{reference}")


# --- withdraw -------------------------------------------------------------------------


async def test_withdrawing_asks_for_confirmation_then_withdraws_and_offers_no_reopen(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat, involved="elder")
    view = await open_case_view(chat, reference)
    assert "Registered, waiting" in texts(view)
    assert actions(view) == ["add", "withdraw", "data:menu", "back"]

    confirm = await chat.press("withdraw")
    assert reference in texts(confirm) and actions(confirm) == ["wd:yes", "wd:no"]
    assert (await bot.case(reference)).state is State.NEW, "nothing happens before she confirms"

    done = await chat.press("wd:yes")

    assert f"Case {reference} has been withdrawn" in texts(done)
    assert "You withdrew it." in texts(done)
    assert actions(done) == ["data:menu", "back"], "a withdrawn case offers no reopen (nor withdraw, nor add)"
    case, events, _ = await bot.history(reference)
    assert case.state is State.WITHDRAWN
    assert [e.trigger for e in events] == [Trigger.SUBMIT, Trigger.WITHDRAW]


async def test_answering_no_to_the_withdraw_question_keeps_the_case(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat)
    await open_case_view(chat, reference)
    await chat.press("withdraw")

    view = await chat.press("wd:no")

    assert "withdrawn" not in texts(view) and actions(view) == ["add", "withdraw", "data:menu", "back"]
    assert (await bot.case(reference)).state is State.NEW


async def test_a_case_with_a_child_involved_cannot_be_withdrawn_and_she_is_told_why(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat, involved="child")
    await open_case_view(chat, reference)

    out = await chat.press("withdraw")

    assert "wd:yes" not in actions(out), "she is told at once, not asked to confirm first"
    assert "A child is involved" in texts(out) and "cannot be withdrawn" in texts(out)
    assert "has been withdrawn" not in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.NEW and case.minor_involved
    assert [e.trigger for e in events] == [Trigger.SUBMIT]


# --- reopen --------------------------------------------------------------------------


async def test_a_closed_case_can_be_reopened_by_her_with_a_reason(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat, service="rights")
    await bot.close_case(reference)
    assert (await bot.case(reference)).state is State.CLOSED
    assert any("is closed" in m.text for m in bot.channel.to("web:her")), "she was told it closed"

    view = await open_case_view(chat, reference)
    assert actions(view) == ["reopen", "data:menu", "back"]
    asked = await chat.press("reopen")
    assert "why" in texts(asked)
    out = await chat.send("He came back and threatened me again.")

    assert f"Case {reference} is open again" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.ACCEPTED
    assert events[-1].trigger is Trigger.REOPEN and events[-1].data["reason"] == "He came back and threatened me again."


async def test_a_withdrawn_case_cannot_be_reopened_with_a_forged_button(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat)
    await open_case_view(chat, reference)
    await chat.press("withdraw")
    await chat.press("wd:yes")

    out = await chat.press("reopen")

    assert "no longer valid" in texts(out) and "reopen" not in actions(out)
    assert (await bot.case(reference)).state is State.WITHDRAWN


async def test_added_information_goes_on_her_case(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat)
    await open_case_view(chat, reference)
    await chat.press("add")

    out = await chat.send("He has a new phone number: 13700000000.")

    assert "Added to your case" in texts(out)
    _, _, entries = await bot.history(reference)
    assert entries[-1].kind == "message_in" and entries[-1].text == "He has a new phone number: 13700000000."


# --- quick exit and the PIN gate ------------------------------------------------------


async def test_quick_exit_leaves_one_neutral_line_and_clears_the_chat(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "involved")

    out = await chat.press("exit")

    assert len(out) == 1
    [line] = out
    assert line.text == "Thank you, goodbye."
    assert line.clear_history and line.remove_buttons
    assert line.buttons == () and "safety" not in line.extra
    step, data = await bot.conversation("web:her")
    assert step == "menu" and "intake" not in data
    assert await bot.cases_of("web:her") == []


async def test_after_a_quick_exit_my_cases_asks_for_the_pin_again(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    listed = await chat.press("menu:cases")
    assert f"case:{reference}" in actions(listed), "right after the receipt her case is open to her"

    await quick_exit(chat)
    asked = await chat.press("menu:cases")

    assert texts(asked) == "Please enter your PIN (6 digits)."
    assert not any(a.startswith("case:") for a in actions(asked))
    listed = await chat.send(pin)
    assert f"case:{reference}" in actions(listed)


async def test_three_wrong_pins_pause_the_gate_for_15_minutes_even_for_the_right_pin(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    wrong = "000000" if pin != "000000" else "111111"
    await quick_exit(chat)
    await chat.press("menu:cases")

    first = await chat.send(wrong)
    second = await chat.send(wrong)
    third = await chat.send(wrong)

    assert "try 2 more times" in texts(first)
    assert "try once more" in texts(second)
    until = bot.app.localizer.datetime("en", bot.clock() + timedelta(minutes=15), bot.app.settings.zone)
    assert "Too many attempts" in texts(third) and until in texts(third) and "12338" in texts(third)
    assert "case:" not in str(actions(third))

    bot.clock.advance(timedelta(minutes=14, seconds=59))
    refused = await chat.press("menu:cases")
    assert "Too many attempts" in texts(refused) and until in texts(refused)
    typed = await chat.send(pin)
    assert f"case:{reference}" not in actions(typed), "the right PIN typed during the pause shows nothing"

    bot.clock.advance(timedelta(seconds=2))
    asked = await chat.press("menu:cases")
    assert texts(asked) == "Please enter your PIN (6 digits)."
    listed = await chat.send(pin)
    assert f"case:{reference}" in actions(listed)


async def test_a_quick_exit_does_not_reset_the_pin_attempts(bot: Bot) -> None:
    chat = bot.chat("web:her")
    _, pin = await file_case(chat)
    wrong = "000000" if pin != "000000" else "111111"
    await quick_exit(chat)
    await chat.press("menu:cases")
    await chat.send(wrong)
    await chat.send(wrong)

    await quick_exit(chat)
    await chat.press("menu:cases")
    third = await chat.send(wrong)
    assert "Too many attempts" in texts(third)

    await quick_exit(chat)
    still = await chat.press("menu:cases")
    assert "Too many attempts" in texts(still), "a quick exit does not lift the pause"


@pytest.mark.store("sqlite")  # reads SQL rows
async def test_a_case_can_be_found_by_reference_and_pin_from_another_device_and_only_that_case(bot: Bot) -> None:
    phone = bot.chat("web:her-phone")
    first, _ = await file_case(phone, service="legal")
    second, pin = await file_case(phone, service="rights")

    other = bot.chat("web:library-computer")
    await start(other)
    asked = await other.press("menu:cases")
    assert "reference and PIN" in texts(asked)
    listed = await other.send(f"{second.lower()} {pin}")

    assert actions(listed) == [f"case:{second}", "back"], "whoever has one receipt sees that case only"
    view = await other.press(f"case:{second}")
    assert second in texts(view) and "Rights" in texts(view)
    forged = await other.press(f"case:{first}")
    assert first not in texts(forged)
    async with bot.app.unit_of_work() as uow:
        addresses = await addresses_of(uow.session, (await uow.cases.get(second)).reporter_id)
    assert addresses == ["web:her-phone"], "her identity is not merged with the other device"


async def test_a_wrong_pin_with_a_reference_counts_towards_the_pause(bot: Bot) -> None:
    reference, pin = await file_case(bot.chat("web:her-phone"))
    wrong = "000000" if pin != "000000" else "111111"
    other = bot.chat("web:someone-else")
    await start(other)
    await other.press("menu:cases")

    await other.send(f"{reference} {wrong}")
    await other.send(f"{reference} {wrong}")
    third = await other.send(f"{reference} {wrong}")

    assert "Too many attempts" in texts(third)
    assert await bot.cases_of("web:someone-else") == []


async def test_a_button_pressed_at_the_pin_question_is_not_counted_as_a_wrong_pin(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    await quick_exit(chat)
    await chat.press("menu:cases")

    for _ in range(3):
        out = await chat.press("xyz")
        assert texts(out) == "Please enter your PIN (6 digits)."

    listed = await chat.send(pin)
    assert f"case:{reference}" in actions(listed)


async def test_the_menu_buttons_still_work_at_the_pin_question(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await file_case(chat)
    await quick_exit(chat)
    await chat.press("menu:cases")

    out = await chat.press("menu:new")

    assert texts(out) == "Which service do you need?"


async def test_her_case_view_shows_what_her_mediator_wrote_while_she_was_away(bot: Bot) -> None:
    chat = bot.chat("web:her")
    reference, pin = await file_case(chat)
    await bot.add_staff("web:op", roles=("operator",), regions=("hailar",), name="Wang")
    op = bot.chat("web:op")
    await op.press(f"st:accept:{reference}")
    await op.press("sf:accept.0:medium")
    await op.send(f"/reply {reference} We can meet on Friday at the women's home.")
    await quick_exit(chat)  # what was delivered is gone from her screen

    await chat.press("menu:cases")
    await chat.send(pin)
    view = await chat.press(f"case:{reference}")

    assert "Your mediator: We can meet on Friday at the women's home." in texts(view)
    assert "Wang" not in texts(view)


async def test_when_her_time_runs_out_with_the_list_on_screen_a_case_button_asks_for_her_pin_again(bot: Bot) -> None:
    chat = bot.chat("web:rep-timeout")
    reference, pin = await file_case(chat)
    listed = await chat.press("menu:cases")
    if f"case:{reference}" not in actions(listed):
        listed = await chat.send(pin)
    assert f"case:{reference}" in actions(listed)
    bot.clock.advance(timedelta(minutes=16))
    asked = texts(await chat.press(f"case:{reference}"))
    assert "PIN" in asked and "no longer valid" not in asked
    opened = await chat.send(pin)
    assert f"case:{reference}" in actions(opened)
    assert reference in texts(await chat.press(f"case:{reference}"))
