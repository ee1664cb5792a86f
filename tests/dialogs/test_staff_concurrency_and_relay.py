"""Races at the window, messages passed between her and her mediator, and a 12338 call's whole life."""

from __future__ import annotations

import asyncio

from harness import Bot, actions, file_case, texts
from staff_steps import actor_at, callback_tasks, fill, join, point_id

from bot.messages import Inbound
from workflows.vocabulary import Channel, Role, State, Trigger

REPORTER = "web:rep-secret-123"
OPERATOR = "web:op-olga"
MEDIATOR = "web:med-saran"
STAFF_NAMES = ("Olga", "Saran", "Altan")


async def team(bot: Bot) -> None:
    await join(bot, OPERATOR, "Olga")
    await join(bot, MEDIATOR, "Saran", roles=("mediator",), point=await point_id(bot))


async def in_progress(bot: Bot, reference: str) -> None:
    await fill(bot.chat(OPERATOR), reference, "accept", Trigger.ACCEPT, "low")
    saran = await actor_at(bot, MEDIATOR)
    await bot.chat(OPERATOR).press(f"st:to:{reference}:m{saran.id}")
    await bot.chat(MEDIATOR).press(f"st:take:{reference}")
    assert (await bot.case(reference)).state is State.IN_PROGRESS


# --- races ----------------------------------------------------------------------------


async def test_two_operators_accepting_at_the_same_moment_one_wins_and_the_other_is_told_who(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="legal")
    olga = await join(bot, OPERATOR, "Olga")
    altan = await join(bot, "web:op-altan", "Altan")
    await bot.chat(OPERATOR).press(f"st:accept:{reference}")
    await bot.chat("web:op-altan").press(f"st:accept:{reference}")
    before = len(bot.channel.delivered)

    await asyncio.gather(
        bot.app.dialogs.handle(Inbound(address=OPERATOR, update_id="race-1", action="sf:accept.0:medium")),
        bot.app.dialogs.handle(Inbound(address="web:op-altan", update_id="race-2", action="sf:accept.0:high")),
    )
    await bot.deliver_pending()

    case, events, _ = await bot.history(reference)
    assert case.state is State.ACCEPTED
    assert [e.trigger for e in events].count(Trigger.ACCEPT) == 1
    winner = olga if case.owner_id == olga.id else altan
    loser_address = "web:op-altan" if winner is olga else OPERATOR
    assert case.owner_id == events[-1].actor_id == winner.id
    assert case.risk.value == ("medium" if winner is olga else "high")
    told = texts([m for m in bot.channel.delivered[before:] if m.address == loser_address])
    assert f"{winner.name} is already handling this case; its status is accepted." in told
    assert "accept done" not in told
    assert "accept done" in texts([m for m in bot.channel.delivered[before:] if m.address != loser_address])
    assert len([m for m in bot.channel.to(REPORTER) if "已受理" in m.text or "accepted" in m.text]) == 1


async def test_two_mediators_of_one_home_taking_the_same_offer_one_gets_it(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await team(bot)
    jianshe = await point_id(bot)
    naran = await join(bot, "web:med-naran", "Naran", roles=("mediator",), point=jianshe)
    await fill(bot.chat(OPERATOR), reference, "accept", Trigger.ACCEPT, "low")
    await bot.chat(OPERATOR).press(f"st:to:{reference}:p{jianshe}")
    assert f"st:take:{reference}" in actions(bot.channel.to("web:med-naran")[-1:])

    await asyncio.gather(
        bot.app.dialogs.handle(Inbound(address=MEDIATOR, update_id="take-1", action=f"st:take:{reference}")),
        bot.app.dialogs.handle(Inbound(address="web:med-naran", update_id="take-2", action=f"st:take:{reference}")),
    )
    await bot.deliver_pending()

    case, events, _ = await bot.history(reference)
    assert [e.trigger for e in events].count(Trigger.TAKE) == 1
    saran = await actor_at(bot, MEDIATOR)
    winner, loser = (saran, "web:med-naran") if case.assignee_id == saran.id else (naran, MEDIATOR)
    assert case.state is State.IN_PROGRESS and case.assignee_id == winner.id
    assert f"{winner.name} is already handling this case" in bot.channel.to(loser)[-1].text


# --- relay ----------------------------------------------------------------------------


async def test_messages_pass_between_her_and_her_mediator_without_revealing_either(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation", locale="zh-Hans-CN")
    await team(bot)
    await in_progress(bot, reference)
    mediator = bot.chat(MEDIATOR)

    ask = await mediator.press(f"st:msg:{reference}")
    assert "never your account" in texts(ask)
    out = await mediator.send("Can you come to the women's home on Friday at 10?")
    assert f"Passed on to the reporter of {reference}." in texts(out)

    got = bot.channel.to(REPORTER)[-1]
    assert (
        got.text
        == f"您有一条新消息。\n您的调解员（案件 {reference}）：\nCan you come to the women's home on Friday at 10?"
    )
    assert actions([got]) == [f"reply:{reference}"]

    # She answers with the Reply button; it reaches the mediator, and the case keeps both.
    her = bot.chat(REPORTER)
    await her.press(f"reply:{reference}")
    await her.send("Friday is fine, but please do not call me.")
    relayed = bot.channel.to(MEDIATOR)[-1]
    assert relayed.text == f"The reporter of {reference}:\nFriday is fine, but please do not call me."
    assert f"st:msg:{reference}" in actions([relayed])

    # Her PIN typed as if to open the chat (a WeChat tryout): not passed on, not kept in the case.
    before = len(bot.channel.to(MEDIATOR))
    await her.press(f"reply:{reference}")
    told = await her.send("5 9 6 6 7 1")
    assert "looks like your PIN" in texts(told) or "查询密码" in texts(told)
    assert len(bot.channel.to(MEDIATOR)) == before
    assert not any("596671" in e.text.replace(" ", "") for e in (await bot.history(reference))[2])

    await bot.chat(MEDIATOR).send(f"/reply {reference} Noted: no calls. See you Friday.")
    assert bot.channel.to(REPORTER)[-1].text.endswith("Noted: no calls. See you Friday.")

    _, _, entries = await bot.history(reference)
    said = [(e.kind, e.author_role, e.text) for e in entries if e.kind in ("message_out", "message_in")]
    assert said == [
        ("message_out", Role.MEDIATOR, "Can you come to the women's home on Friday at 10?"),
        ("message_in", Role.REPORTER, "Friday is fine, but please do not call me."),
        ("message_out", Role.MEDIATOR, "Noted: no calls. See you Friday."),
    ]
    card = texts(await mediator.send(f"/case {reference}"))
    assert "Staff: Can you come" in card and "Reporter: Friday is fine" in card

    # Privacy: no staff message names her address; nothing she got names a staff member.
    staff_addresses = {m.address for m in bot.channel.delivered if m.address != REPORTER}
    assert {OPERATOR, MEDIATOR} <= staff_addresses
    for message in bot.channel.delivered:
        if message.address == REPORTER:
            assert not any(name in message.text for name in STAFF_NAMES), message.text
            assert "med-saran" not in message.text and "op-olga" not in message.text
            assert not any("saran" in b.action or "olga" in b.action for row in message.buttons for b in row)
        else:
            assert "rep-secret-123" not in message.text, message.text
            assert not any("rep-secret" in b.action for row in message.buttons for b in row)


async def test_no_contact_blocks_every_outbound_message_and_the_mediator_is_told(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation", contact="no_contact")
    await team(bot)
    got_before = len(bot.channel.to(REPORTER))
    await in_progress(bot, reference)

    await bot.chat(MEDIATOR).press(f"st:msg:{reference}")
    out = await bot.chat(MEDIATOR).send("Please call me back.")

    assert f"The reporter of {reference} asked not to be contacted; nothing was sent" in texts(out)
    assert len(bot.channel.to(REPORTER)) == got_before, "no notice of accept or take, no relay"
    card = texts(await bot.chat(MEDIATOR).send(f"/case {reference}"))
    assert "do not contact" in card
    _, _, entries = await bot.history(reference)
    assert [e.text for e in entries if e.kind == "message_out"] == ["Please call me back."]


async def test_only_her_handler_may_write_to_her(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await team(bot)
    await in_progress(bot, reference)
    got_before = len(bot.channel.to(REPORTER))

    out = await bot.chat(OPERATOR).send(f"/reply {reference} This is the window speaking.")

    assert "This case is not assigned to you." in texts(out)
    assert len(bot.channel.to(REPORTER)) == got_before
    _, _, entries = await bot.history(reference)
    assert not [e for e in entries if e.kind == "message_out"]


# --- a 12338 call ---------------------------------------------------------------------


async def register_call(bot: Bot) -> str:
    operator = bot.chat(OPERATOR)
    await operator.send("/hotline")
    await operator.press("sf:hotline.0:family_mediation")
    await operator.press("sf:hotline.1:hailar")
    await operator.press("sf:hotline.2:mn-Mong-CN")
    await operator.send("Caller's husband took her ID card; she wants it back and to talk.")
    await operator.send("13900001111")
    await operator.send("weekdays 9-11")
    await operator.press("sf:hotline.6:medium")
    out = await operator.press("sf:hotline.7:no")
    registered = next(m.text for m in out if m.text.startswith("The call is registered as"))
    return registered.split(" as ", 1)[1].split(".", 1)[0]


async def test_a_hotline_call_lives_its_whole_life_with_call_back_tasks_instead_of_messages(bot: Bot) -> None:
    await team(bot)
    olga = await actor_at(bot, OPERATOR)
    reference = await register_call(bot)

    case, events, entries = await bot.history(reference)
    assert (case.state, case.channel, case.language, case.reporter_id) == (
        State.NEW,
        Channel.HOTLINE,
        "mn-Mong-CN",
        None,
    )
    assert (events[0].trigger, events[0].role, events[0].actor_id) == (Trigger.SUBMIT, Role.OPERATOR, olga.id)
    assert any(e.kind == "contact" and "13900001111" in e.text and "weekdays 9-11" in e.text for e in entries)
    queue = await bot.chat(OPERATOR).send("/queue")
    assert f"st:card:{reference}" in actions(queue)
    assert "12338 hotline" in texts(await bot.chat(OPERATOR).send(f"/case {reference}"))

    # Each notice she would have got becomes a call-back task in the queue.
    await in_progress(bot, reference)
    tasks = await callback_tasks(bot, case.id)
    assert [t["message_id"] for t in tasks] == ["notice-accept", "notice-take"]
    queue = await bot.chat(OPERATOR).send("/queue")
    listed = [m for m in queue if m.text.startswith("To call back:")]
    assert [actions([m]) for m in listed] == [[f"st:cbdone:{t['id']}"] for t in tasks]
    assert f"To call back: {reference} — Your case {reference} has been accepted" in texts(listed)

    # A message from her mediator becomes a task too.
    out = await bot.chat(MEDIATOR).send(f"/reply {reference} Tell her the ID card can be reissued at the station.")
    assert "became a call-back task in the queue" in texts(out)
    tasks = await callback_tasks(bot, case.id)
    assert tasks[-1]["message_id"] == "callback-relay"
    queue = texts(await bot.chat(OPERATOR).send("/queue"))
    assert "Pass on: Tell her the ID card can be reissued at the station." in queue

    # Marked done, each leaves the queue; a second press says so.
    for task in tasks:
        out = await bot.chat(OPERATOR).press(f"st:cbdone:{task['id']}")
        assert f"Call-back recorded for {reference}." in texts(out)
    assert "already done" in texts(await bot.chat(OPERATOR).press(f"st:cbdone:{tasks[0]['id']}"))
    assert "To call back" not in texts(await bot.chat(OPERATOR).send("/queue"))
    assert all(t["done_by"] == olga.id and t["done_at"] is not None for t in await callback_tasks(bot, case.id))

    # To the end: resolve, close; the closing notices are tasks again; nothing went to any chat address.
    await fill(bot.chat(MEDIATOR), reference, "resolve", Trigger.RESOLVE, "ID card returned.")
    await fill(bot.chat(OPERATOR), reference, "close", Trigger.CLOSE, "resolved")
    assert (await bot.case(reference)).state is State.CLOSED
    open_tasks = [t["message_id"] for t in await callback_tasks(bot, case.id) if t["done_at"] is None]
    assert open_tasks == ["notice-resolve", "notice-close"]
    assert {m.address for m in bot.channel.delivered} <= {OPERATOR, MEDIATOR}


async def test_a_call_back_task_of_another_region_cannot_be_marked_done(bot: Bot) -> None:
    await team(bot)
    reference = await register_call(bot)
    await fill(bot.chat(OPERATOR), reference, "accept", Trigger.ACCEPT, "low")
    case = await bot.case(reference)
    task = (await callback_tasks(bot, case.id))[0]
    await join(bot, "web:op-far", "Dolgor", regions=("manzhouli",))

    out = await bot.chat("web:op-far").press(f"st:cbdone:{task['id']}")

    assert "That button is no longer valid." in texts(out)
    assert (await callback_tasks(bot, case.id))[0]["done_at"] is None


async def test_the_hotline_form_asks_again_when_the_call_back_number_has_no_digits(bot: Bot) -> None:
    await bot.add_staff(OPERATOR, roles=("operator",), regions=("hailar",))
    operator = bot.chat(OPERATOR)
    await operator.send("/hotline")
    await operator.press("sf:hotline.0:family_mediation")
    await operator.press("sf:hotline.1:hailar")
    await operator.press("sf:hotline.2:zh-Hans-CN")
    await operator.send("She and her husband argue about the children.")

    again = await operator.send("abc")

    assert "phone number" in texts(again)
    accepted = await operator.send("13900001111")
    assert "Safe times" in texts(accepted)
