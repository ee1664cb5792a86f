"""Her service orders in her data rights and in retention (docs/orders.md, "Her data"): she sees
and copies her orders behind her case PIN; her erasure takes her done orders and keeps an open
one (and her chat addresses) until it is done; retention erases a done order's contact and place
after the consultation window, the figures' facts kept. On SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from harness import Bot, Clock, actions, make_bot, start, texts
from sqlalchemy import select, update
from test_order_dialogs import order_to_review
from test_retention_and_data_rights import dump, her_case_with_words_and_a_file, open_data_menu

from bot.workers.retention import retention_for
from storage.records import OrderAuditRecord, OrderRecord

ORDERS = OrderRecord.__table__
ORDER_AUDIT = OrderAuditRecord.__table__
ORDER_REFERENCE = re.compile(r"HLO-[0-9]{4}-[0-9]{6}")
PHONE = "13800000000"
PLACE = "Bayan Gacha"


@pytest.fixture
async def any_bot(db_url: str, tmp_path: Path, clock: Clock) -> AsyncIterator[Bot]:
    made = await make_bot(tmp_path, clock, url=db_url)
    yield made
    await made.app.close()


async def her_order(bot: Bot, address: str = "web:her") -> str:
    chat = bot.chat(address)
    await chat.send("/start")
    await order_to_review(chat, contact=f"Saran {PHONE}")
    placed = await chat.press("oconfirm")
    found = ORDER_REFERENCE.search(texts(placed))
    assert found is not None
    return found.group(0)


async def set_order_state(bot: Bot, reference: str, state: str) -> None:
    async with bot.app.unit_of_work() as uow:
        await uow.session.execute(
            update(ORDERS).where(ORDERS.c.reference == reference).values(state=state, state_entered_at=bot.clock())
        )
        await uow.commit()


async def test_she_sees_and_copies_her_orders_with_her_contact_behind_her_case_pin(any_bot: Bot) -> None:
    bot = any_bot
    reference, pin = await her_case_with_words_and_a_file(bot)
    order = await her_order(bot)
    chat = await open_data_menu(bot, "web:her", reference, pin)
    seen = await chat.press("data:see")
    text = texts(seen)
    assert order in text and "Thematic lecture" in text and "Waiting for a team" in text
    assert f"Saran {PHONE}" in text
    assert actions(seen)[-1] == "data:menu"
    copied = texts(await chat.press("data:copy"))
    assert order in copied and PHONE in copied and "End of the copy" in copied


async def test_her_erasure_keeps_an_open_order_and_her_chat_then_retention_erases_the_done_order(
    any_bot: Bot, clock: Clock
) -> None:
    bot = any_bot
    reference, pin = await her_case_with_words_and_a_file(bot)
    order = await her_order(bot)
    await bot.close_case(reference)
    supervisor = bot.chat("web:sup")
    await bot.add_staff("web:sup", roles=("supervisor",), regions=("hailar",), name="Sup")
    chat = await open_data_menu(bot, "web:her", reference, pin)
    await chat.press("data:erase")
    await chat.press("der:yes")
    await bot.deliver_pending()
    request = [m for m in bot.channel.to("web:sup") if "Erasure of the personal data" in m.text]
    await supervisor.press(next(a for a in actions(request[-1:]) if a.startswith("st:apv:")))
    await bot.deliver_pending()
    assert any("has been erased as you asked" in m.text for m in bot.channel.to("web:her"))
    async with bot.app.unit_of_work() as uow:
        kept = await uow.orders.get(order)
        addresses = await uow.people.addresses_of(kept.orderer_id)
    # The open order still reaches her: its contact, its link to her and her chat address stay.
    assert kept.contact == {"name": "Saran", "phone": PHONE} and kept.place_name == PLACE
    assert addresses == ["web:her"]
    listed = texts(await chat.press("menu:orders"))
    assert order in listed

    await set_order_state(bot, order, "cancelled")
    retention = retention_for(bot.app)
    clock.advance(timedelta(days=300))
    assert (await retention.run(clock())).counts["orders"] == 0  # within the window
    clock.advance(timedelta(days=70))
    assert (await retention.run(clock(), dry_run=True)).counts["orders"] == 1
    assert PHONE in await dump(bot)
    assert (await retention.run(clock())).counts["orders"] == 1
    everything = await dump(bot)
    assert PHONE not in everything and PLACE not in everything
    async with bot.app.unit_of_work() as uow:
        erased = await uow.orders.get(order)
        audit = (await uow.session.execute(select(ORDER_AUDIT.c.action, ORDER_AUDIT.c.outcome))).all()
        addresses = await uow.people.addresses_of(kept.orderer_id)
    assert (erased.contact, erased.place_name, erased.orderer_id, erased.pin_hash) == ({}, "", None, None)
    assert (erased.region, erased.audience, erased.kind.value) == ("hailar", 45, "lecture_thematic")
    assert ("erase", "retention") in [tuple(a) for a in audit]
    assert addresses == []  # nothing of hers is left: her chat is forgotten
    assert (await retention.run(clock())).counts["orders"] == 0


async def test_she_erases_her_details_from_her_done_order_herself_without_a_case(any_bot: Bot) -> None:
    """A woman with an order and no case: a done order offers "Erase my details" (no approval: an
    order is no legal archive); an open one does not; a button for another order does nothing."""
    bot = any_bot
    chat = bot.chat("web:her")
    await start(chat)
    await order_to_review(chat, contact=f"Saran {PHONE}")
    placed = texts(await chat.press("oconfirm"))
    order = ORDER_REFERENCE.search(placed).group(0)
    pin = re.findall(r"(?<![0-9-])[0-9]{6}(?![0-9])", placed.replace(order, ""))[0]

    async def open_mine() -> list:
        await chat.press("menu:orders")
        await chat.press(f"omine:{order}")
        return await chat.send(pin)

    assert not any(a.startswith("oerase") for a in actions(await open_mine())), "open: cancel, not erase"
    forged = await chat.press(f"oerase:{order}")  # not offered while open; pressed anyway
    assert "this is no longer possible" in texts(forged)
    assert "Your details are erased" not in texts(await chat.press("oerased:yes"))
    assert PHONE in await dump(bot)

    await set_order_state(bot, order, "cancelled")
    card = await open_mine()
    assert f"oerase:{order}" in actions(card) and "ocancel" not in " ".join(actions(card))
    await chat.press("oerase:HLO-2026-999999")  # forged: not the order on her screen
    await chat.press("oerased:yes")  # no erasure was asked: nothing happens
    assert PHONE in await dump(bot)

    card = await open_mine()
    ask = await chat.press(f"oerase:{order}")
    assert "Erase your name, phone" in texts(ask)
    await chat.press("oerased:no")
    assert PHONE in await dump(bot)

    await open_mine()
    await chat.press(f"oerase:{order}")
    done = await chat.press("oerased:yes")
    assert f"Your details are erased from order {order}" in texts(done)
    everything = await dump(bot)
    assert PHONE not in everything and PLACE not in everything
    async with bot.app.unit_of_work() as uow:
        erased = await uow.orders.get(order)
        audit = (await uow.session.execute(select(ORDER_AUDIT.c.action, ORDER_AUDIT.c.outcome))).all()
    assert (erased.contact, erased.place_name, erased.orderer_id, erased.pin_hash) == ({}, "", None, None)
    assert (erased.region, erased.kind.value) == ("hailar", "lecture_thematic")
    assert ("erase", "her_request") in [tuple(a) for a in audit]
    assert order not in texts(await chat.press("menu:orders"))  # no longer linked to her
    again = await chat.press("oerased:yes")  # a second tap after the erasure changes nothing
    assert PHONE not in texts(again)
