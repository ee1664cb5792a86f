"""An emergency nobody acknowledges, with a two-minute clock (docs/clock.md, "Emergencies"): the
clock pages the staff on duty and the region's supervisor, `/duty off` takes an operator out of
the pages, the city-level supervisor joins from the second period, and acknowledging stops them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from harness import Bot, Clock, file_case, make_bot, texts
from staff_steps import join

from workflows.services.clock import fire_due
from workflows.vocabulary import State

REPORTER = "web:rep-page"
OPERATOR = "web:op-page"
SUPERVISOR = "web:sup-page"
CITY = "web:city-page"
PERIOD = timedelta(minutes=2)


@pytest.fixture
async def bot(tmp_path: Path, clock: Clock, store: str, request: pytest.FixtureRequest) -> AsyncIterator[Bot]:
    url = request.getfixturevalue("postgres_url") if store == "postgres" else ""
    made = await make_bot(tmp_path, clock, url=url, store=store, deadline_emergency_ack="2m")
    yield made
    await made.app.close()


async def run_clock(bot: Bot) -> None:
    await fire_due(bot.app.unit_of_work(), now=bot.clock(), publish=bot.app.publish)
    await bot.deliver_pending()


def paged(bot: Bot, since: int) -> dict[str, str]:
    return {m.address: m.text for m in bot.channel.delivered[since:]}


async def test_an_unacknowledged_emergency_pages_until_acknowledged_and_duty_off_leaves_the_pages(bot: Bot) -> None:
    await join(bot, OPERATOR, "Olga")
    await join(bot, SUPERVISOR, "Sarnai", roles=("supervisor",))
    await join(bot, CITY, "Tuya", roles=("supervisor",), regions=("all",))
    await bot.chat(CITY).send("/duty off")  # on duty, the city level would be paged with the region's staff
    operator = bot.chat(OPERATOR)
    assert "You are on duty" in texts(await operator.send("/duty"))
    assert "/duty on|off" in texts(await operator.send("/help"))

    reference, _ = await file_case(bot.chat(REPORTER))
    await bot.chat(REPORTER).press("danger")
    raised = bot.clock()
    assert (await bot.case(reference)).state is State.EMERGENCY
    await bot.deliver_pending()

    bot.clock.moment = raised + PERIOD + timedelta(seconds=5)  # nobody acknowledged within its clock
    before = len(bot.channel.delivered)
    await run_clock(bot)
    first = paged(bot, before)
    assert set(first) == {OPERATOR, SUPERVISOR}  # on duty in the region, and the region's supervisor
    assert first[SUPERVISOR].startswith(f"Case {reference} (")  # a neutral first line
    assert "nobody has acknowledged it" in first[SUPERVISOR]
    ack = [m for m in bot.channel.delivered[before:] if m.address == SUPERVISOR][0]
    assert f"st:ack:{reference}" in [b.action for row in ack.buttons for b in row]

    off = texts(await operator.send("/duty off"))
    assert "You are off duty" in off
    assert "You are off duty" in texts(await operator.send("/queue"))

    bot.clock.moment = raised + 2 * PERIOD + timedelta(seconds=5)
    before = len(bot.channel.delivered)
    await run_clock(bot)
    assert set(paged(bot, before)) == {SUPERVISOR, CITY}  # off duty: no page; the city level joins

    await bot.chat(SUPERVISOR).press(f"st:ack:{reference}")
    bot.clock.moment = raised + 10 * PERIOD
    before = len(bot.channel.delivered)
    await run_clock(bot)
    assert paged(bot, before) == {}  # acknowledged: no more pages

    assert "You are on duty" in texts(await operator.send("/duty on"))
