"""A service order over Matrix (a real Synapse): she orders from her room by the numbered options,
"many" is answered and asked again; an operator on the web chat dispatches it from its card; the
team's member accepts with a date, time and place; she is told in her room (docs/orders.md)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .conftest import World, body
from .test_matrix_journeys import open_room, to_menu, web_message

ORDER = re.compile(r"HLO-\d{4}-\d{6}")
LEGAL_TEAM = "Hailar Mobile Legal Team"


async def join(bot, address: str, roles: list[str], point: int | None = None) -> None:
    from bot.messages import Inbound
    from storage.staff import create_invite

    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=roles,
            regions=["hailar"],
            service_point_id=point,
            now=bot.app.now(),
            valid_for=timedelta(days=1),
        )
        await uow.commit()
    await bot.app.dialogs.handle(
        Inbound(address=address, update_id=f"{address}:join", text=f"/join {code}", locale_hint="en")
    )


async def staff_says(bot, address: str, update: str, *, text: str = "", action: str = "") -> None:
    from bot.messages import Inbound

    await bot.app.dialogs.handle(Inbound(address=address, update_id=update, text=text, action=action))


async def test_she_orders_in_her_room_and_is_told_the_date_the_team_confirmed(world: World) -> None:
    from storage.seed import list_points
    from workflows.orders import OrderState

    bot = await world.start_bot()
    async with bot.app.unit_of_work() as uow:
        point = next(p["id"] for p in await list_points(uow.session) if p["name"] == LEGAL_TEAM)
    await join(bot, "web:op", ["operator"])
    await join(bot, "web:team", ["mediator"], point)
    day = (datetime.now(bot.app.settings.zone).date() + timedelta(days=25)).isoformat()

    her = await world.person()
    chat, picker = await open_room(world, her)
    menu = await to_menu(chat, picker)
    kinds = await chat.pick(menu, "Order a service for our place", "What would you like to order")
    topics = await chat.pick(kinds, "Mobile team visit", "On which topic")
    regions = await chat.pick(topics, "Family education", "In which area")
    places = await chat.pick(regions, "Hailar District", "What kind of place")
    await chat.pick(places, "Community", "name of the place")
    await chat.say("Hulunbuir Road Community", "Which dates")
    await chat.say(day, "how many people")
    await chat.say("many", "We need a number")
    languages = await chat.say("60", "In which language")
    formats = await chat.pick(languages, "Mongolian and Chinese", "On site or online")
    contact = await chat.pick(formats, "On site", "Who should the team contact")
    review = await chat.pick(contact, "No contact", "Please check your order")
    assert "Hulunbuir Road Community" in body(review) and day in body(review)
    receipt = await chat.pick(review, "Confirm and send", "HLO-")
    reference = ORDER.search(body(receipt)).group(0)
    assert "PIN" not in body(receipt), "no contact given: no PIN"
    assert "Danger now" in body(receipt) and "Quick exit" in body(receipt)

    await staff_says(bot, "web:op", "op-1", text=f"/order {reference}")
    card = await web_message(world, "web:op", "Suggested teams")
    assert "same region" in card
    await staff_says(bot, "web:op", "op-2", action=f"so:to:{reference}:{point}")
    offered = await web_message(world, "web:team", "offered to your team")
    assert reference in offered

    await staff_says(bot, "web:team", "team-1", action=f"so:acc:{reference}")
    await staff_says(bot, "web:team", "team-2", text=day)
    await staff_says(bot, "web:team", "team-3", text="15:00")
    await staff_says(bot, "web:team", "team-4", text="Community hall, 2nd floor")
    told = await chat.next("is confirmed")
    assert reference in body(told) and "Community hall, 2nd floor" in body(told)
    assert body(told).split("\n")[0] == "You have a new message.", "an unprompted notice opens neutrally"

    async with bot.app.unit_of_work() as uow:
        order = await uow.orders.get(reference)
    assert order.state is OrderState.SCHEDULED and order.channel == "matrix"
