"""A woman's case opened on the spot from an event, linked to its record (docs/orders.md,
"Recording"): the hotline form's questions and use case inside the event form, bad input asked
again, a case stopped half-way opens nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from harness import Bot, Clock, actions, make_bot, texts
from staff_steps import join
from test_order_event_photos import point_id
from test_order_staff_dialogs import LEGAL_TEAM

CASE_REFERENCE = re.compile(r"HLB-[0-9]{4}-[0-9]{6}")


@pytest.fixture
async def any_bot(db_url: str, tmp_path: Path, clock: Clock) -> AsyncIterator[Bot]:
    made = await make_bot(tmp_path, clock, url=db_url)
    yield made
    await made.app.close()


async def spot_event_to_cases(bot: Bot, role: str = "mediator"):
    point = await point_id(bot, LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=(role,), regions=("hailar",), point=point)
    team = bot.chat("web:team")
    await team.send("/event")
    for action in ("so:c:ten_deliveries", "so:c:hailar", "so:c:gacha"):
        await team.press(action)
    await team.send("Huihe Sumu")
    await team.send("today")
    await team.press("so:c:on_site")
    await team.press("so:c:mongolian")
    await team.send("120")
    await team.send("7")
    await team.press("so:t:health")
    await team.press("so:t:done")
    await team.press("so:skip")
    return team, await team.press("so:pdone")


async def test_a_case_opened_at_the_event_is_linked_to_its_record(any_bot: Bot) -> None:
    bot = any_bot
    team, asked = await spot_event_to_cases(bot, role="operator")
    assert {"so:ncase", "so:cdone"} <= set(actions(asked))
    service = await team.press("so:ncase")
    assert "12338 form" in texts(service) and "so:hc:rights" in actions(service)
    forged = await team.press("so:hc:free_money")
    assert "buttons" in texts(forged) and "so:hc:rights" in actions(forged)
    words = await team.send("rights please")
    assert "so:hc:rights" in actions(words), "a choice is a button; words ask again"
    await team.press("so:hc:rights")
    await team.press("so:hc:hailar")
    await team.press("so:hc:mn-Cyrl-MN")
    await team.send("Her husband keeps her wages")
    letters = await team.send("call her sister")
    assert "number" in texts(letters).lower()
    await team.send("13912345678")
    await team.send("weekday mornings")
    await team.press("so:hc:medium")
    opened = await team.press("so:hc:no")
    found = CASE_REFERENCE.search(texts(opened))
    assert found is not None and "linked to this event" in texts(opened)
    assert "Cases opened: 1" in texts(opened) and found.group(0) in texts(opened)

    stop = await team.press("so:ncase")
    await team.press("so:hc:family")
    stopped = await team.press("so:hcstop")
    assert "No case was opened" in texts(stopped) and "Cases opened: 1" in texts(stopped)

    assert "so:hc:rights" in actions(stop)
    done = await team.press("so:cdone")
    assert "on the spot, nobody ordered it" in texts(done)
    case = await bot.case(found.group(0))
    point = await point_id(bot, LEGAL_TEAM)
    async with bot.app.unit_of_work() as uow:
        records = await uow.orders.records(bot.clock().date(), bot.clock().date(), "hailar")
    assert [(r.team_id, tuple(r.case_ids)) for r in records] == [(point, (case.id,))]
    assert case.region == "hailar" and case.service.value == "rights" and case.state.value == "new"


async def test_a_team_member_who_may_not_register_a_call_is_not_asked_and_the_event_is_recorded(any_bot: Bot) -> None:
    team, done = await spot_event_to_cases(any_bot, role="mediator")
    assert "on the spot, nobody ordered it" in texts(done) and "so:ncase" not in actions(done)
    forged = await team.press("so:ncase")
    assert "so:hc:rights" not in actions(forged)
