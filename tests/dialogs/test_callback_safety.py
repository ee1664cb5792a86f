"""A woman who cannot write safely is called, never written to."""

from __future__ import annotations

from harness import Bot, actions, file_case, texts
from sqlalchemy import select

from storage.records import CallbackTaskRecord, CaseRecord
from workflows.vocabulary import ContactPreference, Risk


async def only_case(bot: Bot) -> CaseRecord:
    async with bot.app.unit_of_work() as uow:
        rows = (await uow.session.execute(select(CaseRecord.__table__))).all()
    assert len(rows) == 1
    return rows[0]


async def test_a_call_back_from_minimal_mode_is_a_medium_risk_case_with_a_call_task_in_the_queue(bot: Bot) -> None:
    await bot.add_staff("web:op", regions=("all",))
    her = bot.chat("web:unsafe-phone")
    await her.send("/start")
    await her.press("lang:en")
    await her.press("safe:no")
    await her.press("cb:request")
    await her.send("13900001111 tomorrow at noon")

    case = await only_case(bot)
    queue = await bot.chat("web:op").send("/queue")

    assert case.risk == Risk.MEDIUM.value and case.contact == ContactPreference.PHONE_CALLBACK.value
    assert "To call back" in texts(queue) and "13900001111 tomorrow at noon" in texts(queue)
    assert any(a.startswith("st:cbdone:") for a in actions(queue))
    mine = await her.send("/cases")
    assert "PIN" in texts(mine), "nothing of the case is opened to that phone"


async def test_notices_and_messages_to_a_woman_who_asked_to_be_called_back_become_call_tasks(bot: Bot) -> None:
    operator = await bot.add_staff("web:op", regions=("hailar",))
    her = bot.chat("web:her")
    reference, _ = await file_case(her, contact="phone_callback")
    before = len(bot.channel.to("web:her"))

    op = bot.chat("web:op")
    await op.press(f"st:accept:{reference}")
    await op.press("sf:accept.0:medium")
    relayed = await op.send(f"/reply {reference} We will call you tomorrow")

    assert len(bot.channel.to("web:her")) == before, "nothing is written to her chat"
    assert "call-back task" in texts(relayed)
    async with bot.app.unit_of_work() as uow:
        tasks = (await uow.session.execute(select(CallbackTaskRecord.__table__))).all()
    assert sorted(t.message_id for t in tasks) == ["callback-relay", "notice-accept"]
    assert operator.id is not None
