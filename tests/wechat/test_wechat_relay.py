"""A reporter on WeChat and her mediator on the web chat talk about her case, through the real dialogs."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from fake_wechat import FakeWeChat, Pusher
from test_wechat_journeys import HER, click, journey_with_clicks, reply
from wechat_harness import WeChatBot

from bot.messages import Inbound
from workflows.vocabulary import Trigger


async def join_staff(bot: WeChatBot, address: str, roles: tuple[str, ...]):
    """A staff member joins on the web chat with an invitation code; returns her actor."""
    from storage.people import person_for_address, staff_actor
    from storage.staff import create_invite

    app = bot.app
    async with app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=list(roles),
            regions=["all"],
            service_point_id=None,
            now=app.now(),
            valid_for=timedelta(days=1),
        )
        await uow.commit()
    await app.dialogs.handle(
        Inbound(address=address, update_id=f"{address}:join", text=f"/join {code}", locale_hint="en")
    )
    async with app.unit_of_work() as uow:
        person = await person_for_address(uow.session, address, app.now())
        actor = await staff_actor(uow.session, person.id)
        await uow.commit()
    assert actor is not None
    return actor


async def fire(bot: WeChatBot, reference: str, trigger: Trigger, actor, **data) -> None:
    from workflows.services import apply_trigger

    context = bot.app.dialogs.context
    await apply_trigger(
        bot.app.unit_of_work(),
        reference=reference,
        trigger=trigger,
        actor=actor,
        now=bot.app.now(),
        tz=context.zone,
        data=data,
        policy=context.policy,
        publish=context.publish,
    )
    bot.app.sender.notify()


async def web_message(bot: WeChatBot, address: str, contains: str, within: float = 10) -> str:
    import asyncio
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        for message in bot.web.to(address):
            if contains in message.text:
                return message.text
        await asyncio.sleep(0.05)
    raise AssertionError(f"{address} got nothing with {contains!r}")


async def test_a_mediator_on_the_web_chat_and_a_reporter_on_wechat_talk_about_her_case(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake, safe=True)
    pushers.append(pusher)
    reference, pin = await journey_with_clicks(pusher, fake)

    supervisor = await join_staff(bot, "web:supervisor", ("operator", "supervisor"))
    mediator = await join_staff(bot, "web:mediator", ("mediator",))
    await fire(bot, reference, Trigger.ACCEPT, supervisor)
    await fire(bot, reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await fire(bot, reference, Trigger.TAKE, mediator)
    card = await web_message(bot, "web:mediator", reference)
    assert HER not in card, "her OpenID is never shown to staff"

    words = "周五下午三点在妇女之家见面可以吗？"
    await bot.app.dialogs.handle(
        Inbound(address="web:mediator", update_id="med-1", text=f"/reply {reference} {words}", locale_hint="en")
    )
    relayed = await fake.wait_for(HER, words)
    assert any(item["id"] == f"reply:{reference}" for item in relayed.items), "a Reply item under her mediator's words"

    # "Reply": her PIN first (the case is locked), then her case, "add information", her words.
    answer = await click(pusher, fake, HER, f"reply:{reference}", "")
    if "查询密码" in answer.text:
        cases = await reply(pusher, fake, HER, pin, reference)
        item = next(i for i in cases.items if reference in i["content"])
        view = await click(pusher, fake, HER, item["id"], reference)
        add = next(i["id"] for i in view.items if i["id"] == "add")
        answer = await click(pusher, fake, HER, add, "")
    await reply(pusher, fake, HER, "周五可以，三点以后。", "已补充到案件中")
    text = await web_message(bot, "web:mediator", "周五可以，三点以后。")
    assert reference in text
    assert HER not in text


async def test_the_staff_card_says_when_she_cannot_be_reached_by_wechat_until_she_writes_again(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    from sqlalchemy import text

    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    reference, _ = await journey_with_clicks(pusher, fake)
    await join_staff(bot, "web:supervisor", ("operator", "supervisor"))
    note = bot.app.localizer.format("en", "wechat-card-unreachable")

    async def card(update_id: str) -> str:
        seen = len(bot.web.to("web:supervisor"))
        await bot.app.dialogs.handle(
            Inbound(address="web:supervisor", update_id=update_id, text=f"/case {reference}", locale_hint="en")
        )
        bot.app.sender.notify()
        for _ in range(100):
            cards = [m.text for m in bot.web.to("web:supervisor")[seen:] if reference in m.text]
            if cards:
                return cards[0]
            await asyncio.sleep(0.05)
        raise AssertionError("no card")

    fresh = await card("card-1")
    assert note not in fresh, "she wrote minutes ago: WeChat still lets the account write to her"
    assert HER not in fresh
    async with bot.app.unit_of_work() as uow:  # two days and an hour pass without a word from her
        await uow.session.execute(
            text("update conversations set updated_at = :at where address = :a"),
            {"at": bot.app.now() - timedelta(hours=49), "a": f"wechat:{HER}"},
        )
        await uow.commit()
    assert note in await card("card-2")
    await reply(pusher, fake, HER, "你好", "")  # she writes again
    assert note not in await card("card-3")
