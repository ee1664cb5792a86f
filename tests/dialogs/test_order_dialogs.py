"""Ordering a service for her place (点单) in the chat, and following her orders: every step by its
button or typed answer, bad input at each step answered in her language and the step asked again,
on the in-memory unit of work (docs/orders.md)."""

from __future__ import annotations

import re

import pytest
from harness import Bot, Chat, actions, start, texts

from workflows.orders import OrderState

pytestmark = pytest.mark.store("fake")

ORDER_REFERENCE = re.compile(r"HLO-[0-9]{4}-[0-9]{6}")
PIN = re.compile(r"(?<![0-9-])[0-9]{6}(?![0-9])")


async def order_to_review(chat: Chat, *, dates: str = "2026-12-20", contact: str = "Saran 13800000000") -> list:
    """From the menu to the review, every answer valid (the clock's today is 2026-11-25)."""
    await chat.press("menu:order")
    await chat.press("okind:lecture_thematic")
    await chat.press("otopic:rights_law")
    await chat.press("oreg:hailar")
    await chat.press("oplace:gacha")
    await chat.send("Bayan Gacha")
    await chat.send(dates)
    await chat.send("45")
    await chat.press("olang:bilingual")
    await chat.press("ofmt:on_site")
    if contact:
        return await chat.send(contact)
    return await chat.press("ocontact:none")


async def stored_order(bot: Bot, reference: str):
    async with bot.app.unit_of_work() as uow:
        return await uow.orders.get(reference)


async def test_she_orders_a_lecture_from_the_menu_and_gets_a_reference_and_pin(bot: Bot) -> None:
    await bot.add_staff("web:window", regions=("hailar",))
    chat = bot.chat("web:saran")
    menu = await start(chat)
    assert actions(menu) == ["menu:new", "menu:cases", "menu:order", "menu:orders", "menu:language", "menu:help"]
    assert "Order a service for our place" in [b.label for m in menu for row in m.buttons for b in row]

    kinds = await chat.press("menu:order")
    assert "okind:lecture_teaching" in actions(kinds) and len(actions(kinds)) == 7
    assert all(m.extra.get("safety") for m in kinds), "every order question carries her safety row"

    review = await order_to_review(chat)
    text = texts(review)
    assert "Thematic lecture" in text and "Bayan Gacha" in text and "2026-12-20" in text and "45" in text
    assert "Hailar District" in text and "Saran 13800000000" in text
    assert actions(review)[-1] == "oconfirm" and "ochg:place_name" in actions(review)

    placed = await chat.press("oconfirm")
    text = texts(placed)
    reference = ORDER_REFERENCE.search(text)
    assert reference is not None, text
    pins = PIN.findall(text)
    assert len(pins) == 1, text
    order = await stored_order(bot, reference.group(0))
    assert order.state is OrderState.REQUESTED and order.region == "hailar" and order.audience == 45
    assert order.place_name == "Bayan Gacha" and order.contact == {"name": "Saran", "phone": "13800000000"}
    assert [d.isoformat() for d in order.preferred_dates] == ["2026-12-20"]
    assert order.pin_hash and pins[0] not in order.pin_hash
    assert "menu:order" in actions(placed), "back at the menu"
    await bot.deliver_pending()
    window = texts(bot.channel.to("web:window"))
    assert reference.group(0) in window and "waits for a team" in window


async def test_she_orders_in_chinese_without_contact_and_gets_no_pin(bot: Bot) -> None:
    chat = bot.chat("web:community")
    await start(chat, "zh-Hans-CN")
    await order_to_review(chat, dates="12月20日、2027年1月5日", contact="")
    placed = await chat.press("oconfirm")
    reference = ORDER_REFERENCE.search(texts(placed)).group(0)
    assert not PIN.findall(texts(placed).replace(reference, ""))
    order = await stored_order(bot, reference)
    assert order.pin_hash is None and order.contact == {}
    assert [d.isoformat() for d in order.preferred_dates] == ["2026-12-20", "2027-01-05"]
    assert order.locale == "zh-Hans-CN"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-01", "has already passed"),
        ("yesterday evening", "please give a date"),
        ("31.02.2027", "please give a date"),
        ("2028-01-01", "too far away"),
        ("1.12, 2.12, 3.12, 4.12", "at most three"),
    ],
)
async def test_bad_dates_are_answered_and_the_question_asked_again(bot: Bot, typed: str, expected: str) -> None:
    chat = bot.chat("web:dates")
    await start(chat)
    for step in ("menu:order", "okind:team_visit", "otopic:health", "oreg:genhe", "oplace:community"):
        await chat.press(step)
    await chat.send("Genhe Riverside")
    answer = await chat.send(typed)
    text = texts(answer)
    assert expected in text and "dates you prefer" in text
    assert "Which dates would suit you?" in text, "the step is asked again"
    step, data = await bot.conversation("web:dates")
    assert step == "order:dates" and "preferred_dates" not in data["order"]
    ok = await chat.send("20.12")
    assert "About how many people" in texts(ok)


async def test_many_people_gets_a_clear_answer_and_digits_of_any_script_are_read(bot: Bot) -> None:
    chat = bot.chat("web:many")
    await start(chat)
    for step in ("menu:order", "okind:ten_deliveries", "otopic:health", "oreg:genhe", "oplace:school"):
        await chat.press(step)
    await chat.send("No. 2 School")
    await chat.press("odates:none")
    many = await chat.send("many")
    assert "We need a number" in texts(many) and "About how many people" in texts(many)
    too_many = await chat.send("100000")
    assert "too large" in texts(too_many)
    mongolian_digits = await chat.send("᠔᠕")
    assert "In which language" in texts(mongolian_digits)
    _, data = await bot.conversation("web:many")
    assert data["order"]["audience"] == 45


async def test_a_place_name_of_5000_characters_is_refused_and_nothing_kept(bot: Bot) -> None:
    chat = bot.chat("web:long")
    await start(chat)
    for step in ("menu:order", "okind:team_visit", "otopic:health", "oreg:genhe", "oplace:school"):
        await chat.press(step)
    answer = await chat.send("x" * 5000)
    assert "too long" in texts(answer) and "name of the place" in texts(answer)
    step, data = await bot.conversation("web:long")
    assert step == "order:place_name" and "place_name" not in data["order"]
    assert all(len(m.text) < 1000 for m in answer)


async def test_a_mongolian_place_name_keeps_its_narrow_spaces_and_only_spaces_are_called_missing(bot: Bot) -> None:
    chat = bot.chat("web:mong")
    await start(chat)
    for step in ("menu:order", "okind:team_visit", "otopic:health", "oreg:genhe", "oplace:gacha"):
        await chat.press(step)
    blank = await chat.send("   \t  ")
    assert "this is needed" in texts(blank) and "name of the place" in texts(blank)
    name = "ᠪᠠᠶᠠᠨ\u180e ᠭᠠᠴᠠᠭ\u202fᠠ\u200d   ᠰᠤᠮᠤ"
    await chat.send(name)
    step, data = await bot.conversation("web:mong")
    assert data["order"]["place_name"] == "ᠪᠠᠶᠠᠨ\u180e ᠭᠠᠴᠠᠭ\u202fᠠ\u200d ᠰᠤᠮᠤ"  # the run of spaces folded, U+202F kept


async def test_forged_and_stale_buttons_and_words_at_a_choice_are_refused(bot: Bot) -> None:
    chat = bot.chat("web:forged")
    await start(chat)
    await chat.press("menu:order")
    for forged in ("okind:free_money", "otopic:rights_law", "okind:", "oreg:hailar"):
        answer = await chat.press(forged)
        assert "okind:lecture_teaching" in actions(answer), forged
    words = await chat.send("a lecture please")
    assert "not saved" in texts(words) or "was not kept" in texts(words) or "Please choose" in texts(words)
    await chat.press("okind:team_visit")
    regions = await chat.press("otopic:health")
    assert "oreg:unknown" not in actions(regions), "an order needs a real place"
    answer = await chat.press("oreg:unknown")
    assert "oreg:hailar" in actions(answer)
    step, data = await bot.conversation("web:forged")
    assert step == "order:region" and data["order"] == {"kind": "team_visit", "topic": "health"}


async def test_she_changes_an_answer_from_the_review(bot: Bot) -> None:
    chat = bot.chat("web:change")
    await start(chat)
    await order_to_review(chat)
    ask = await chat.press("ochg:audience")
    assert "About how many people" in texts(ask)
    review = await chat.send("120")
    assert "Please check your order" in texts(review) and "120" in texts(review)


async def test_she_sees_her_orders_opens_one_with_its_pin_and_cancels_it(bot: Bot) -> None:
    await bot.add_staff("web:window", regions=("hailar",))
    chat = bot.chat("web:follow")
    await start(chat)
    await order_to_review(chat)
    placed = texts(await chat.press("oconfirm"))
    reference = ORDER_REFERENCE.search(placed).group(0)
    pin = PIN.findall(placed.replace(reference, ""))[0]

    mine = await chat.press("menu:orders")
    assert reference in texts(mine) and "Waiting for a team" in texts(mine)
    assert "Bayan Gacha" not in texts(mine), "her place is shown only after her PIN"
    ask = await chat.press(f"omine:{reference}")
    assert "PIN" in texts(ask)
    wrong = await chat.send("000000" if pin != "000000" else "111111")
    assert "Bayan Gacha" not in texts(wrong) and "PIN" in texts(wrong[-1:]), "her PIN is asked again"
    card = await chat.send(pin)
    assert "Bayan Gacha" in texts(card) and f"ocancel:{reference}" in actions(card)

    forged = await chat.press("ocancel:HLO-2026-999999")
    assert "ocancel" not in " ".join(actions(forged)) or "Please choose" in texts(forged)
    await chat.press("menu:orders")
    await chat.press(f"omine:{reference}")
    await chat.send(pin)
    ask = await chat.press(f"ocancel:{reference}")
    assert "Why do you cancel" in texts(ask)
    done = await chat.send("We found another date with the school")
    assert f"Order {reference} is cancelled" in texts(done)
    assert (await stored_order(bot, reference)).state is OrderState.CANCELLED


async def test_her_order_reference_and_pin_typed_in_a_place_name_are_not_kept(bot: Bot) -> None:
    chat = bot.chat("web:keys")
    await start(chat)
    for step in ("menu:order", "okind:team_visit", "otopic:health", "oreg:genhe", "oplace:school"):
        await chat.press(step)
    answer = await chat.send("HLO-2026-000001 PIN 123456")
    assert "was not kept" in texts(answer)
    _, data = await bot.conversation("web:keys")
    assert "place_name" not in data["order"]


async def test_another_persons_order_button_opens_nothing(bot: Bot) -> None:
    first = bot.chat("web:first")
    await start(first)
    await order_to_review(first, contact="")
    reference = ORDER_REFERENCE.search(texts(await first.press("oconfirm"))).group(0)
    other = bot.chat("web:other")
    await start(other)
    await other.press("menu:orders")
    answer = await other.press(f"omine:{reference}")
    assert "Bayan Gacha" not in texts(answer)


async def test_a_menu_button_pressed_during_an_order_is_her_choice_now(bot: Bot) -> None:
    chat = bot.chat("web:menu-again")
    await start(chat)
    await chat.press("menu:order")
    await chat.press("okind:team_visit")
    cases = await chat.press("menu:new")
    assert "svc:" in " ".join(actions(cases)), "the help request starts"
    step, data = await bot.conversation("web:menu-again")
    assert "order" not in data and step == "service"


async def test_danger_now_during_an_order_gives_the_numbers_and_quick_exit_forgets_the_draft(bot: Bot) -> None:
    chat = bot.chat("web:danger")
    await start(chat)
    for step in ("menu:order", "okind:team_visit", "otopic:health", "oreg:genhe", "oplace:school"):
        await chat.press(step)
    await chat.send("No. 2 School")
    numbers = await chat.press("danger")
    assert "110" in texts(numbers)
    await chat.press("exit")
    step, data = await bot.conversation("web:danger")
    assert "order" not in data, "the quick exit leaves nothing of the order"
    assert "No. 2 School" not in str(data)


async def test_her_reference_and_pin_typed_on_another_phone_open_the_order_to_read_not_to_cancel(bot: Bot) -> None:
    chat = bot.chat("web:owner")
    await start(chat)
    await order_to_review(chat)
    placed = texts(await chat.press("oconfirm"))
    reference = ORDER_REFERENCE.search(placed).group(0)
    pin = PIN.findall(placed.replace(reference, ""))[0]
    other = bot.chat("web:other-phone")
    await start(other)
    card = await other.send(f"{reference} {pin}")
    assert "Bayan Gacha" in texts(card) and "ocancel" not in " ".join(actions(card))
    forged = await other.press(f"ocancel:{reference}")
    assert "Why do you cancel" not in texts(forged)
    assert (await stored_order(bot, reference)).state is OrderState.REQUESTED
