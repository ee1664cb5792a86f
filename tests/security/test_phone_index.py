"""Earlier cases from the same phone number, found through a blind index (issue 11, item 6).

The hotline operator who registers a call is told which earlier cases of her regions came
from the same number; the number itself is stored only sealed, and its index is a keyed
HMAC that neither shows the digits nor matches without the key.
"""

from __future__ import annotations

import hashlib

from harness import Bot, texts, walk_to
from sqlalchemy import text
from staff_steps import join

from storage.phone_matches import normalize_phone

HOTLINE = "web:op-hotline"
FAR_OPERATOR = "web:op-far"


async def register_call(bot: Bot, address: str, phone: str, region: str = "hailar") -> tuple[str, str]:
    """(reference, every text of the confirmation) of a 12338 call."""
    operator = bot.chat(address)
    await operator.send("/hotline")
    await operator.press("sf:hotline.0:legal")
    await operator.press(f"sf:hotline.1:{region}")
    await operator.press("sf:hotline.2:zh-Hans-CN")
    await operator.send("She asks about her rights.")
    await operator.send(phone)
    await operator.send("mornings")
    await operator.press("sf:hotline.6:low")
    out = await operator.press("sf:hotline.7:no")
    registered = next(m.text for m in out if m.text.startswith("The call is registered as"))
    return registered.split(" as ", 1)[1].split(".", 1)[0], texts(out)


async def phone_indexes(bot: Bot) -> dict[str, str | None]:
    async with bot.app.engine.connect() as connection:
        rows = await connection.execute(text("SELECT reference, phone_index FROM cases"))
        return {reference: index for reference, index in rows}


async def test_a_second_call_from_the_same_number_lists_the_earlier_cases_of_her_regions(sealed_bot: Bot) -> None:
    bot = sealed_bot
    await join(bot, HOTLINE, "Altan", regions=("hailar",))
    await join(bot, FAR_OPERATOR, "Bayar", regions=("manzhouli",))
    # Her own report with a call-back number, written another way.
    chat = bot.chat("web:her")
    await walk_to(chat, "review", contact="phone_callback", phone="+86 139-0000-1111")
    await chat.press("confirm")
    [her_case] = [c.reference for c in await bot.cases_of("web:her")]

    first, said = await register_call(bot, HOTLINE, "13900001111")
    assert "came from the same number" in said and her_case in said
    second, said = await register_call(bot, HOTLINE, "139 0000 1111")
    assert f"2 earlier cases came from the same number: {first}, {her_case}." in said
    other, said = await register_call(bot, HOTLINE, "13800009999")
    assert "same number" not in said

    # Another region's operator is not told about cases she may not see.
    _, said = await register_call(bot, FAR_OPERATOR, "13900001111", region="manzhouli")
    assert "same number" not in said

    indexes = await phone_indexes(bot)
    assert indexes[first] == indexes[second] == indexes[her_case] != indexes[other]
    assert all(index is not None and "13900001111" not in index for index in indexes.values())
    assert indexes[first] != hashlib.sha256(b"13900001111").hexdigest()


def test_phone_numbers_are_compared_by_their_digits() -> None:
    assert normalize_phone("+86 139-0000-1111") == normalize_phone("13900001111") == "13900001111"
    assert normalize_phone("0086 13900001111") == "13900001111"
    assert normalize_phone("0471-1234567") == "04711234567"
    assert normalize_phone("call me") is None and normalize_phone("12 34") is None
