"""Issue 10 in Telegram: her reference and PIN never become her words; notices open neutrally and
carry the safety row; what she types after her mediator wrote reaches the mediator."""

from __future__ import annotations

import re
from datetime import timedelta

from fake_bot_api import FakeBotApi
from telegram_harness import RunningBot
from test_telegram_journeys import AFTER_DESCRIPTION, CHAT, INTAKE, callback_data, press, say, to_menu

from storage import conversations
from storage.people import person_for_address, staff_actor
from storage.staff import create_invite
from workflows.services import apply_trigger
from workflows.vocabulary import Trigger

MEDIATOR_CHAT = 2002


async def file_case(fake: FakeBotApi) -> tuple[str, str]:
    await to_menu(fake)
    for data, expected in INTAKE:
        await press(fake, CHAT, data, expected)
    await say(fake, CHAT, "He hit me.", "continue")
    for data, expected in AFTER_DESCRIPTION:
        await press(fake, CHAT, data, expected)
    receipt = await press(fake, CHAT, "confirm", "PIN")
    return re.search(r"HLB-\d{4}-\d{6}", receipt["text"]).group(0), re.search(r"PIN: (\d{6})", receipt["text"]).group(1)


async def test_reference_and_pin_typed_after_a_pause_never_become_her_next_description(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    reference, pin = await file_case(fake)
    await press(fake, CHAT, "exit", "goodbye")
    await say(fake, CHAT, "/cases", "PIN")
    for wrong in [w for w in ("000000", "111111", "222222", "333333") if w != pin][:3]:
        answer = await say(fake, CHAT, wrong)
    assert "Too many attempts" in answer["text"]

    paused = await say(fake, CHAT, f"{reference} {pin}")

    assert "Too many attempts" in paused["text"] and "kept" not in paused["text"]
    await say(fake, CHAT, "/new", "svc:rights")
    await press(fake, CHAT, "svc:rights", "reg:hailar")
    describe = await press(fake, CHAT, "reg:hailar", "own words")
    assert "kept" not in describe["text"] and "continue" not in callback_data(describe)
    async with polling_bot.app.unit_of_work() as uow:
        _, data = await conversations.load(uow.session, f"telegram:{CHAT}")
    assert pin not in str(data) and reference not in str(data)


async def join_mediator(bot: RunningBot, fake: FakeBotApi):
    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=["mediator", "operator", "supervisor"],
            regions=["all"],
            service_point_id=None,
            now=bot.app.now(),
            valid_for=timedelta(hours=1),
        )
        await uow.commit()
    await say(fake, MEDIATOR_CHAT, f"/join {code} Saran", "Welcome")
    async with bot.app.unit_of_work() as uow:
        person = await person_for_address(uow.session, f"telegram:{MEDIATOR_CHAT}", bot.app.now())
        actor = await staff_actor(uow.session, person.id)
        await uow.commit()
    return actor


async def test_a_mediators_message_opens_neutrally_carries_the_safety_row_and_her_typed_answer_reaches_her(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    reference, _ = await file_case(fake)
    staff = await join_mediator(polling_bot, fake)
    context = polling_bot.app.dialogs.context
    for trigger, data in ((Trigger.ACCEPT, {"risk": "low"}), (Trigger.DISPATCH, {"assignee_id": staff.id})):
        await apply_trigger(
            polling_bot.app.unit_of_work(),
            reference=reference,
            trigger=trigger,
            actor=staff,
            now=polling_bot.app.now(),
            tz=context.zone,
            data=data,
            policy=context.policy,
            publish=context.publish,
        )
    await press(fake, MEDIATOR_CHAT, f"st:take:{reference}", "in progress")

    relayed = await say(fake, MEDIATOR_CHAT, f"/reply {reference} Can we meet on Friday?", "Passed on")
    got = await fake.until(lambda: next((p for p in fake.sent(CHAT) if "Can we meet on Friday?" in p["text"]), None))

    assert relayed and got["text"].split("\n")[0] == "You have a new message."
    assert callback_data(got) == [f"reply:{reference}", "danger", "exit"]
    accepted = next(p for p in fake.sent(CHAT) if "accepted" in p["text"])
    assert accepted["text"].startswith("You have a new message.\n")
    assert callback_data(accepted)[-2:] == ["danger", "exit"]

    sent = await say(fake, CHAT, "Friday is fine.", "Sent to the staff")
    assert reference in sent["text"]
    to_mediator = await fake.until(
        lambda: next((p for p in fake.sent(MEDIATOR_CHAT) if "Friday is fine." in p["text"]), None)
    )
    assert "danger" not in callback_data(to_mediator), "staff messages carry no reporter safety row"
