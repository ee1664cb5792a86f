"""A service order over Telegram (点单/派单): the real bot on a real database against our fake Bot API.

She orders from the menu and gets her HLO- reference and PIN; an operator of the region sees it in
``/orders``, opens its card with the suggested teams and dispatches it with a button; the team's
member is offered it, accepts with a date, time and place, and she is told in her chat.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from fake_bot_api import FakeBotApi
from telegram_harness import RunningBot
from test_telegram_journeys import callback_data, press, say, to_menu

from storage.seed import list_points
from storage.staff import create_invite
from workflows.orders import OrderState

HER = 1001
OPERATOR = 2002
TEAM = 2003
LEGAL_TEAM = "Hailar Mobile Legal Team"


async def join(bot: RunningBot, fake: FakeBotApi, chat: int, roles: list[str], point: int | None = None) -> None:
    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=roles,
            regions=["hailar"],
            service_point_id=point,
            now=bot.app.now(),
            valid_for=timedelta(hours=1),
        )
        await uow.commit()
    await say(fake, chat, f"/join {code} Staff{chat}", "Welcome", language_code="en")


async def test_she_orders_an_operator_dispatches_and_the_team_accepts(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    bot = polling_bot
    async with bot.app.unit_of_work() as uow:
        point = next(p["id"] for p in await list_points(uow.session) if p["name"] == LEGAL_TEAM)
    await join(bot, fake, OPERATOR, ["operator"])
    await join(bot, fake, TEAM, ["mediator"], point)
    day = (datetime.now(bot.app.settings.zone).date() + timedelta(days=30)).isoformat()

    await to_menu(fake, HER)
    await press(fake, HER, "menu:order", "okind:lecture_thematic")
    await press(fake, HER, "okind:lecture_thematic", "otopic:rights_law")
    await press(fake, HER, "otopic:rights_law", "oreg:hailar")
    await press(fake, HER, "oreg:hailar", "oplace:gacha")
    await press(fake, HER, "oplace:gacha", "name of the place")
    await say(fake, HER, "Bayan Gacha", "Which dates")
    before = len(fake.sent(HER))
    past = await say(fake, HER, "2020-01-01", "already passed")
    again = await fake.until(lambda: any("odates:none" in callback_data(p) for p in fake.sent(HER)[before:]))
    assert again, "the dates are asked again"
    assert "Bayan" not in past["text"]
    await say(fake, HER, day, "how many people")
    await say(fake, HER, "many", "We need a number")
    await say(fake, HER, "45", "olang:chinese")
    await press(fake, HER, "olang:chinese", "ofmt:on_site")
    await press(fake, HER, "ofmt:on_site", "ocontact:none")
    review = await say(fake, HER, "Saran 13800000000", "oconfirm")
    assert "Bayan Gacha" in review["text"] and day in review["text"]
    placed = await press(fake, HER, "oconfirm", "HLO-")
    reference = re.search(r"HLO-\d{4}-\d{6}", placed["text"]).group(0)
    assert callback_data(placed)[-2:] == ["danger", "exit"], "her safety row on the receipt"
    assert await fake.until(lambda: any("PIN" in p.get("text", "") for p in fake.sent(HER)))

    waiting = await say(fake, OPERATOR, "/orders", reference)
    assert f"so:card:{reference}" in callback_data(waiting)
    card = await press(fake, OPERATOR, f"so:card:{reference}", f"so:to:{reference}:{point}")
    assert "same region" in card["text"] and "delivers the topic" in card["text"]
    offered = await fake.reply_to(TEAM, lambda: fake.press(OPERATOR, f"so:to:{reference}:{point}"), reference)
    assert "offered to your team" in offered["text"]

    await say(fake, TEAM, f"/order {reference}", f"so:acc:{reference}")
    await press(fake, TEAM, f"so:acc:{reference}", "On which date")
    await say(fake, TEAM, day, "At what time")
    await say(fake, TEAM, "14:30", "Where exactly")
    told = await fake.reply_to(HER, lambda: fake.user_message(TEAM, "Bayan Gacha cultural hall"), reference)
    assert "is confirmed" in told["text"] and "Bayan Gacha cultural hall" in told["text"]
    assert await fake.until(
        lambda: any(f"Order {reference} is scheduled" in p.get("text", "") for p in fake.sent(TEAM))
    )

    async with bot.app.unit_of_work() as uow:
        order = await uow.orders.get(reference)
    assert order.state is OrderState.SCHEDULED and order.audience == 45
