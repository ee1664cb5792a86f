"""A confidential case is seen only by the staff named on it and the region's supervisors."""

from __future__ import annotations

import pytest
from harness import Bot, actions, file_case, texts

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")


async def test_a_supervisor_makes_a_case_confidential_and_other_operators_no_longer_see_it(bot: Bot) -> None:
    await bot.add_staff("web:sup", roles=("supervisor",), regions=("hailar",), name="Sup")
    await bot.add_staff("web:owner", roles=("operator",), regions=("hailar",), name="Owner")
    await bot.add_staff("web:other", roles=("operator",), regions=("hailar",), name="Other")
    reference, _ = await file_case(bot.chat("web:her"))
    owner, other, sup = bot.chat("web:owner"), bot.chat("web:other"), bot.chat("web:sup")
    await owner.press(f"st:accept:{reference}")
    await owner.press("sf:accept.0:medium")

    card = await sup.send(f"/case {reference}")
    assert f"st:conf:{reference}" in actions(card)
    marked = await sup.press(f"st:conf:{reference}")

    assert "confidential" in texts(marked)
    assert (await bot.case(reference)).confidential
    assert reference not in texts(await other.send("/cases"))
    refused = await other.send(f"/case {reference}")
    assert "not found" in texts(refused) and "Her account" not in texts(refused)
    assert reference in texts(await owner.send(f"/case {reference}"))
    assert reference in texts(await sup.send(f"/case {reference}"))

    await sup.press(f"st:conf:{reference}")
    assert not (await bot.case(reference)).confidential
    assert reference in texts(await other.send(f"/case {reference}"))


async def test_an_operator_cannot_make_a_case_confidential(bot: Bot) -> None:
    await bot.add_staff("web:op", roles=("operator",), regions=("hailar",))
    reference, _ = await file_case(bot.chat("web:her"))
    op = bot.chat("web:op")

    assert f"st:conf:{reference}" not in actions(await op.send(f"/case {reference}"))
    await op.press(f"st:conf:{reference}")

    assert not (await bot.case(reference)).confidential
