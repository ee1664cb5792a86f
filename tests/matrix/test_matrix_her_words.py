"""Issue 10 over Matrix: her reference and PIN never become her words; a mediator's message opens
neutrally with the safety options; what she types after it reaches the mediator."""

from __future__ import annotations

from .conftest import World, body
from .test_matrix_journeys import file_case, fire, join_staff, open_room, to_menu, web_message


async def test_reference_and_pin_typed_after_a_pause_never_become_her_next_description(world: World) -> None:
    from storage import conversations

    bot = await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    reference, pin, _ = await file_case(chat, await to_menu(chat, picker))
    menu = await chat.say("/start", "How can we help?")
    await chat.pick(menu, "Quick exit", "Thank you, goodbye.")
    await her.client.room_invite(chat.room_id, world.bot_user)
    menu = await chat.next("How can we help?")
    await chat.pick(menu, "My cases", "PIN")
    for wrong in [w for w in ("000000", "111111", "222222", "333333") if w != pin][:2]:
        await chat.say(wrong, "not right")
    await chat.say(next(w for w in ("444444", "555555") if w != pin), "Too many attempts")

    paused = await chat.say(f"{reference} {pin}", "Too many attempts")

    assert "kept" not in body(paused)
    service = await chat.pick(paused, "new request", "Rights / domestic violence")
    region = await chat.pick(service, "Rights / domestic violence", "Hailar District")
    describe = await chat.pick(region, "Hailar District", "own words")
    assert "kept" not in body(describe) and "Continue" not in body(describe)
    async with bot.app.unit_of_work() as uow:
        _, data = await conversations.load(uow.session, f"matrix:{her.user_id}")
    assert pin not in str(data) and reference not in str(data)


async def test_a_mediators_message_opens_neutrally_with_the_safety_options_and_her_typed_answer_reaches_her(
    world: World,
) -> None:
    from bot.messages import Inbound
    from workflows.vocabulary import Trigger

    bot = await world.start_bot()
    her = await world.person()
    chat, picker = await open_room(world, her)
    reference, _, _ = await file_case(chat, await to_menu(chat, picker))
    supervisor = await join_staff(world, bot, "web:supervisor", ("operator", "supervisor"))
    mediator = await join_staff(world, bot, "web:mediator", ("mediator",))
    await fire(bot, reference, Trigger.ACCEPT, supervisor, risk="low")
    await fire(bot, reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await fire(bot, reference, Trigger.TAKE, mediator)

    await bot.app.dialogs.handle(
        Inbound(address="web:mediator", update_id="med-1", text=f"/reply {reference} Can we meet on Friday?")
    )
    relayed = await chat.next("Can we meet on Friday?")

    assert body(relayed).split("\n")[0] == "You have a new message."
    assert "Reply" in body(relayed) and "Danger now" in body(relayed) and "Quick exit" in body(relayed)
    sent = await chat.say("Friday is fine.", "Sent to the staff")
    assert reference in body(sent)
    text = await web_message(world, "web:mediator", "Friday is fine.")
    assert reference in text
    staff = [m for m in world.web.delivered if m.address == "web:mediator"]
    assert not any(m.extra.get("safety") for m in staff)
