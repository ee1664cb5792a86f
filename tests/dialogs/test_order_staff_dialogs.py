"""The staff side of service orders in the chat (派单): /orders, /order with the suggested teams and
their reasons, dispatching, the team accepting with a date, time and place, declining with a
reason, recording what it delivered, /events; refusals in her language. On the in-memory unit of
work (docs/orders.md)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from harness import Bot, actions, start, texts
from staff_steps import join

from workflows.orders import OrderState

pytestmark = pytest.mark.store("fake")

ORDER_REFERENCE = re.compile(r"HLO-[0-9]{4}-[0-9]{6}")
JIANSHE = "Hailar Jianshe Street Women's Home"
LEGAL_TEAM = "Hailar Mobile Legal Team"


async def place(bot: Bot, address: str = "web:saran", region: str = "hailar") -> str:
    chat = bot.chat(address)
    await start(chat)
    await chat.press("menu:order")
    for action in ("okind:lecture_thematic", "otopic:rights_law", f"oreg:{region}", "oplace:gacha"):
        await chat.press(action)
    await chat.send("Bayan Gacha")
    await chat.send("20.12")
    await chat.send("45")
    await chat.press("olang:chinese")
    await chat.press("ofmt:on_site")
    await chat.send("Saran 13800000000")
    placed = texts(await chat.press("oconfirm"))
    return ORDER_REFERENCE.search(placed).group(0)


async def order_of(bot: Bot, reference: str):
    async with bot.app.unit_of_work() as uow:
        return await uow.orders.get(reference)


async def test_operator_sees_waiting_orders_and_dispatches_with_reasons_then_the_team_accepts(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    team_point = bot.app.db.point_id(LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=("mediator",), regions=("hailar",), point=team_point)
    reference = await place(bot)

    waiting = await operator.send("/orders")
    assert reference in texts(waiting) and "waiting for a team" in texts(waiting)
    assert f"so:card:{reference}" in actions(waiting)

    card = await operator.press(f"so:card:{reference}")
    text = texts(card)
    assert "Bayan Gacha" in text and "Saran 13800000000" in text and "Suggested teams" in text
    assert "same region" in text and "delivers the topic" in text
    assert f"so:to:{reference}:{team_point}" in actions(card)
    assert f"so:cxl:{reference}" in actions(card)

    sent = await operator.press(f"so:to:{reference}:{team_point}")
    assert f"Order {reference} was sent to" in texts(sent)
    await bot.deliver_pending()
    assert reference in texts(bot.channel.to("web:team")), "the team is offered it"
    assert (await order_of(bot, reference)).state is OrderState.DISPATCHED

    team = bot.chat("web:team")
    card = await team.send(f"/order {reference.lower()}")
    assert f"so:acc:{reference}" in actions(card) and f"so:dec:{reference}" in actions(card)
    assert "Suggested teams" not in texts(card)
    await team.press(f"so:acc:{reference}")
    past = await team.send("2026-11-01")
    assert "has already passed" in texts(past) and "On which date" in texts(past)
    await team.send("2026-12-20")
    bad_time = await team.send("afternoon")
    assert "a time of day" in texts(bad_time)
    await team.send("14:30")
    done = await team.send("Bayan Gacha cultural hall")
    assert f"Order {reference} is scheduled" in texts(done)
    order = await order_of(bot, reference)
    assert order.state is OrderState.SCHEDULED and order.venue == "Bayan Gacha cultural hall"
    assert order.scheduled_at.astimezone(bot.app.settings.zone).strftime("%Y-%m-%d %H:%M") == "2026-12-20 14:30"
    await bot.deliver_pending()
    told = texts(bot.channel.to("web:saran"))
    assert f"Your order {reference} is confirmed" in told and "Bayan Gacha cultural hall" in told


async def test_a_member_of_another_team_is_refused_with_the_reason(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    team_point = bot.app.db.point_id(LEGAL_TEAM)
    other_point = bot.app.db.point_id(JIANSHE)
    await join(bot, "web:other", "Naraa", roles=("mediator",), regions=("hailar",), point=other_point)
    reference = await place(bot)
    await operator.press(f"so:to:{reference}:{team_point}")

    other = bot.chat("web:other")
    card = await other.send(f"/order {reference}")
    assert "no order" in texts(card) and "so:acc" not in " ".join(actions(card))
    forged = await other.press(f"so:acc:{reference}")
    assert "no order" in texts(forged) or "another team holds it" in texts(forged)
    forged = await other.press(f"so:rec:{reference}")
    assert "Bayan Gacha" not in texts(forged)
    assert (await order_of(bot, reference)).state is OrderState.DISPATCHED


async def test_a_forged_dispatch_to_a_home_of_another_region_is_refused_unless_a_supervisor_sends_it(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    await join(bot, "web:sup", "Sarnai", roles=("supervisor",), regions=("hailar",))
    far_home = bot.app.db.point_id("Manzhouli Border Women's Home")  # a fixed home: it never travels
    reference = await place(bot)
    card = await operator.press(f"so:card:{reference}")
    assert f"so:to:{reference}:{far_home}" not in actions(card)
    forged = await operator.press(f"so:to:{reference}:{far_home}")
    assert "does not go to that region" in texts(forged)
    assert (await order_of(bot, reference)).state is OrderState.REQUESTED
    sent = await bot.chat("web:sup").press(f"so:to:{reference}:{far_home}")
    assert "does not go to that region" not in texts(sent)
    assert (await order_of(bot, reference)).team_id == far_home


async def test_the_team_declines_with_a_reason_and_the_window_is_told(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    team_point = bot.app.db.point_id(LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=("mediator",), regions=("hailar",), point=team_point)
    reference = await place(bot)
    await operator.press(f"so:to:{reference}:{team_point}")
    team = bot.chat("web:team")
    ask = await team.press(f"so:dec:{reference}")
    assert "Why?" in texts(ask)
    done = await team.send("Our car is broken this month")
    assert f"Order {reference} is back with the operators of its region" in texts(done)
    assert (await order_of(bot, reference)).state is OrderState.REQUESTED
    await bot.deliver_pending()
    assert "Our car is broken this month" in texts(bot.channel.to("web:op"))


async def test_the_team_records_the_event_with_bad_input_at_each_step(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator", "supervisor"), regions=("hailar",))
    team_point = bot.app.db.point_id(LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=("mediator",), regions=("hailar",), point=team_point)
    reference = await place(bot)
    await operator.press(f"so:to:{reference}:{team_point}")
    team = bot.chat("web:team")
    await team.press(f"so:acc:{reference}")
    past = await team.send("2020-01-01")
    assert "The date agreed for the event: this date has already passed" in texts(past)
    await team.send("25.11.2026")  # today (10:00 in Hailar)
    gone = await team.send("09:30")
    assert "That time today has already passed" in texts(gone) and "At what time?" in texts(gone)
    assert "Where exactly" not in texts(gone)
    await team.press("so:fcancel")
    assert (await order_of(bot, reference)).state is OrderState.DISPATCHED
    await team.press(f"so:acc:{reference}")
    await team.send("26.11.2026")
    await team.send("10:00")
    await team.send("Gacha hall")
    bot.clock.advance(timedelta(days=2))

    await team.press(f"so:rec:{reference}")
    await team.send("2026-11-20")  # before she ordered (the clock's today is 2026-11-25)
    await team.send("Gacha hall")
    await team.press("so:c:on_site")
    await team.send("45")
    await team.send("3")
    await team.press("so:t:rights_law")
    await team.press("so:t:done")
    await team.press("so:skip")
    before = await team.press("so:pdone")
    assert "before the order was placed" in texts(before) and "date" in texts(before).lower()
    assert (await order_of(bot, reference)).state is OrderState.SCHEDULED
    await team.press("so:fcancel")

    await team.press(f"so:rec:{reference}")
    future = await team.send("2026-12-30")
    assert "has not come yet" in texts(future)
    await team.send("26.11.2026")
    words = await team.send("on site")
    assert "so:c:on_site" in actions(words)
    await team.press("so:c:on_site")
    many = await team.send("many")
    assert "whole number" in texts(many)
    await team.send("45")
    more = await team.send("50")
    assert "cannot be more than the number of participants" in texts(more)
    await team.send("3")
    topics = await team.press("so:t:done")
    assert "so:t:rights_law" in actions(topics), "at least one topic before Done"
    await team.press("so:t:rights_law")
    chosen = await team.press("so:t:employment")
    assert "Rights and the law" in texts(chosen) and "so:t:rights_law" not in actions(chosen)
    await team.press("so:t:done")
    photos = await team.press("so:skip")
    assert "so:pdone" in actions(photos) and "No photo kept yet" in texts(photos)
    done = await team.press("so:pdone")
    assert "recorded: 45 participants, 3 women helped" in texts(done)
    assert (await order_of(bot, reference)).state is OrderState.RECORDED

    events = await operator.send("/events")
    assert "45 participants" in texts(events) and "Thematic lecture" in texts(events)
    # The figures, by hand: Hailar has one fixed home and one mobile team; one thematic lecture
    # for an order, 45 person-times, 3 women helped there and no case opened.
    assert "all your regions:" in texts(events)
    assert "Fixed women's homes: 1 · mobile teams: 1" in texts(events)
    assert "Lectures: 1 (Teaching lecture: 0, Thematic lecture: 1, Service lecture: 0," in texts(events)
    assert "Events: 1 (online: 0; ordered: 1, on the spot: 0) · person-times: 45" in texts(events)
    assert "Women helped: 3 (cases: 0, helped at events: 3)" in texts(events)
    none = await operator.send("/events from=2026-01-01 to=2026-01-31")
    assert "No events recorded" in texts(none)
    usage = await operator.send("/events from=soon")
    assert "/events from=" in texts(usage) and "I could not read “from=soon”" in texts(usage)
    reversed_period = await operator.send("/events from=2027-01-01 to=2026-01-01")
    assert "The period ends before it starts" in texts(reversed_period)
    recorded = await operator.send("/orders state=recorded")
    assert reference in texts(recorded)
    bad = await operator.send("/orders colour=red")
    assert "kind=" in texts(bad) or "Kinds" in texts(bad)


async def test_an_operator_without_supervisor_rights_gets_the_waiting_list_not_filters_or_events(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    reference = await place(bot)
    filtered = await operator.send("/orders state=requested")
    assert "Filters are for supervisors" in texts(filtered) and reference in texts(filtered)
    events = await operator.send("/events")
    assert "/events is for supervisors" in texts(events)


async def test_an_order_of_another_region_is_not_shown_and_not_dispatched(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("genhe",))
    reference = await place(bot)
    waiting = await operator.send("/orders")
    assert reference not in texts(waiting)
    card = await operator.send(f"/order {reference}")
    assert "Bayan Gacha" not in texts(card)
    point = bot.app.db.point_id(LEGAL_TEAM)
    refused = await operator.press(f"so:to:{reference}:{point}")
    assert "an area you do not cover" in texts(refused)
    assert (await order_of(bot, reference)).state is OrderState.REQUESTED


async def test_a_reporter_pressing_a_staff_order_button_gets_no_access(bot: Bot) -> None:
    reference = await place(bot)
    answer = await bot.chat("web:saran").press(f"so:to:{reference}:1")
    assert "so:" not in " ".join(actions(answer))
    assert (await order_of(bot, reference)).state is OrderState.REQUESTED


async def test_the_queue_shows_waiting_orders_apart_from_cases(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    empty = await operator.send("/queue")
    assert "Service orders waiting" not in texts(empty), "no orders: the queue is as before"
    reference = await place(bot)
    queue = await operator.send("/queue")
    assert "Service orders waiting for a team (1)" in texts(queue) and f"so:card:{reference}" in actions(queue)


async def test_another_button_during_an_order_form_leaves_the_form(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    reference = await place(bot)
    ask = await operator.press(f"so:cxl:{reference}")
    assert "Why?" in texts(ask)
    await operator.press("st:counts")
    step, data = await bot.conversation("web:op")
    assert step == "staff" and "order_form" not in data
    await operator.send("This text is no reason")
    assert (await order_of(bot, reference)).state is OrderState.REQUESTED
    cancel = await operator.press(f"so:cxl:{reference}")
    assert "Why?" in texts(cancel)
    await operator.press("so:fcancel")
    assert (await order_of(bot, reference)).state is OrderState.REQUESTED
    await operator.press(f"so:cxl:{reference}")
    done = await operator.send("The school closed for the winter")
    assert f"Order {reference} is cancelled" in texts(done)
    await bot.deliver_pending()
    assert "The school closed for the winter" in texts(bot.channel.to("web:saran"))


async def test_a_team_member_records_an_event_nobody_ordered_and_supervisors_see_it(bot: Bot) -> None:
    supervisor = bot.chat("web:sup")
    await join(bot, "web:sup", "Oyuna", roles=("operator", "supervisor"), regions=("hailar", "evenki"))
    point = bot.app.db.point_id(LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=("mediator",), regions=("hailar",), point=point)
    team = bot.chat("web:team")
    kinds = await team.send("/event")
    assert "so:c:ten_deliveries" in actions(kinds) and "What kind of event was held?" in texts(kinds)
    await team.press("so:c:ten_deliveries")
    words = await team.send("evenki")
    assert "so:c:evenki" in actions(words), "a region is a button; words ask again"
    await team.press("so:c:evenki")
    await team.press("so:c:gacha")
    await team.send("Huihe Sumu")
    await team.send("today")
    await team.press("so:c:on_site")
    await team.press("so:c:mongolian")
    await team.send("120")
    await team.send("7")
    await team.press("so:t:health")
    await team.press("so:t:done")
    await team.send("Winter health day at the sumu centre")
    done = await team.press("so:pdone")
    assert "on the spot, nobody ordered it" in texts(done) and "120 participants" in texts(done)
    events = await supervisor.send("/events region=evenki kind=ten_deliveries")
    assert "120 participants" in texts(events) and "7 helped" in texts(events)
    # Her two regions together: Hailar's fixed home and mobile team, Evenki's mobile team.
    both = texts(await supervisor.send("/events"))
    assert "all your regions" in both and "Fixed women's homes: 1 · mobile teams: 2" in both
    assert "Lectures: 0 (" in both and "Events: 1 (online: 0; ordered: 0, on the spot: 1) · person-times: 120" in both
    assert "Women helped: 7 (cases: 0, helped at events: 7)" in both
    hailar = texts(await supervisor.send("/events region=hailar"))
    assert "No events recorded" in hailar and "Events: 0 (" in hailar and "mobile teams: 1" in hailar
    other = texts(await supervisor.send("/events region=manzhouli"))
    assert "is not one of your regions" in other and "Events:" not in other


async def test_the_window_without_a_team_cannot_record_an_event_on_the_spot(bot: Bot) -> None:
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    answer = await operator.send("/event")
    assert "your account belongs to none" in texts(answer)
