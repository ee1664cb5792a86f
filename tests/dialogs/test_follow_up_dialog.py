"""The follow-up visit (回访) in the dialogs: a resolved case gets its follow-up in her chat, her
answers are stored, "no" reaches the owner and the region's supervisors with the case card."""

from __future__ import annotations

from datetime import timedelta

from harness import Bot, actions, file_case, start, texts
from staff_steps import actor_at, callback_tasks

from workflows.follow_ups import ANSWERED, NO_RESPONSE
from workflows.services.clock import fire_due
from workflows.vocabulary import Trigger

REPORTER = "web:rep-follow-up"
SUPERVISOR = "web:sup-follow-up"


async def run_clock(bot: Bot) -> None:
    await fire_due(bot.app.unit_of_work(), now=bot.clock(), publish=bot.app.publish)
    await bot.deliver_pending()


async def resolved_case(bot: Bot, **answers) -> tuple[str, object, object]:
    reference, _ = await file_case(bot.chat(REPORTER), **answers)
    owner = await bot.add_staff("web:owner-follow-up", roles=("operator",), regions=("all",), name="Olga")
    mediator = await bot.add_staff("web:med-follow-up", roles=("mediator",), regions=("all",), name="Mira")
    supervisor = await bot.add_staff(SUPERVISOR, roles=("supervisor",), regions=("all",), name="Sarnai")
    await bot.fire(reference, Trigger.ACCEPT, owner)
    await bot.fire(reference, Trigger.DISPATCH, owner, assignee_id=mediator.id)
    await bot.fire(reference, Trigger.TAKE, mediator)
    await bot.fire(reference, Trigger.RESOLVE, mediator, outcome="done")
    return reference, owner, supervisor


async def follow_ups(bot: Bot, reference: str):
    case = await bot.case(reference)
    async with bot.app.unit_of_work() as uow:
        return case, await uow.follow_ups.of_case(case.id)


async def test_a_resolved_case_gets_its_follow_up_and_no_reaches_the_owner_and_supervisors(bot: Bot) -> None:
    reference, owner, supervisor = await resolved_case(bot)
    bot.clock.advance(timedelta(days=7, minutes=1))
    before = len(bot.channel.delivered)
    await run_clock(bot)
    [asked] = [m for m in bot.channel.delivered[before:] if m.address == REPORTER]
    first_line, _, rest = asked.text.partition("\n")
    assert reference not in first_line and "follow" not in first_line.lower()  # neutral on a lock screen
    assert f"About your case {reference}: is the problem you brought to us solved?" in rest
    assert f"fu:1:{reference}:s:no" in [b.action for row in asked.buttons for b in row]

    her = bot.chat(REPORTER)
    before = len(bot.channel.delivered)
    out = await her.press(f"fu:1:{reference}:s:no")
    assert "How satisfied are you" in texts(out)
    await bot.deliver_pending()
    told = {m.address: m for m in bot.channel.delivered[before:]}
    assert told["web:owner-follow-up"].text.startswith(
        f"Case {reference}: at follow-up 1 she said the problem is not solved."
    )
    assert told[SUPERVISOR].text.startswith(f"Case {reference}: at follow-up 1")
    assert f"st:card:{reference}" in [b.action for row in told[SUPERVISOR].buttons for b in row]

    out = await her.press(f"fu:1:{reference}:n:2")
    assert "anything you would like to add" in texts(out)
    assert f"fu:1:{reference}:c:skip" in actions(out)
    out = await her.send("They came once and never again.")
    assert "Thank you for your answers." in texts(out)

    case, rounds = await follow_ups(bot, reference)
    assert [(f.round, f.status, f.solved, f.satisfaction) for f in rounds] == [(1, ANSWERED, "no", 2)]
    _, _, entries = await bot.history(reference)
    assert [e.text for e in entries if e.kind == "follow_up"] == ["They came once and never again."]
    queue = texts(await bot.chat("web:owner-follow-up").send("/queue"))
    assert "Not solved, she says (follow-up)" in queue and reference in queue.split("Not solved, she says")[1]
    card = texts(await bot.chat(SUPERVISOR).send(f"/case {reference}"))
    assert "follow-up 1: not solved, satisfaction 2 of 5" in card
    assert "Her follow-up comment: They came once and never again." in card

    # a second tap on the old button changes nothing
    out = await her.press(f"fu:1:{reference}:s:yes")
    assert "This question has closed." in texts(out)
    assert (await follow_ups(bot, reference))[1][0].solved == "no"


async def test_an_unanswered_follow_up_becomes_no_response_and_a_stranger_cannot_answer(bot: Bot) -> None:
    reference, _, _ = await resolved_case(bot)
    bot.clock.advance(timedelta(days=7, minutes=1))
    await run_clock(bot)
    stranger = bot.chat("web:someone-else")
    await start(stranger)
    out = await stranger.press(f"fu:1:{reference}:s:yes")
    assert "This question has closed." in texts(out)
    bot.clock.advance(timedelta(days=7))
    await run_clock(bot)
    _, rounds = await follow_ups(bot, reference)
    assert [(f.round, f.status, f.solved) for f in rounds] == [(1, NO_RESPONSE, None)]


async def test_call_back_cases_get_a_task_with_the_questions_and_no_contact_gets_nothing(bot: Bot) -> None:
    reference, _, _ = await resolved_case(bot, contact="phone_callback")
    bot.clock.advance(timedelta(days=7, minutes=1))
    before = len(bot.channel.delivered)
    await run_clock(bot)
    assert [m for m in bot.channel.delivered[before:] if m.address == REPORTER] == []
    case, rounds = await follow_ups(bot, reference)
    assert [(f.round, f.status) for f in rounds] == [(1, "callback")]
    tasks = [t for t in await callback_tasks(bot, case.id) if t["message_id"] == "follow-up-callback-task"]
    assert len(tasks) == 1 and tasks[0]["done_at"] is None

    # the operator who called her records what she said
    operator = bot.chat("web:owner-follow-up")
    queue = texts(await operator.send("/queue"))
    assert f"Case {reference}: follow-up call 1. Ask her: is the problem solved" in queue
    assert f"/followup {reference} 1" in queue
    assert "To record her follow-up answers" in texts(await operator.send(f"/followup {reference} 1 maybe 3"))
    out = await operator.send(f"/followup {reference} 1 partly 4 The order was served, he still calls.")
    assert f"Follow-up 1 of case {reference} recorded." in texts(out)
    _, rounds = await follow_ups(bot, reference)
    assert [(f.round, f.status, f.solved, f.satisfaction, f.recorded_by) for f in rounds] == [
        (1, ANSWERED, "partly", 4, (await actor_at(bot, "web:owner-follow-up")).id)
    ]
    _, _, entries = await bot.history(reference)
    assert [e.text for e in entries if e.kind == "follow_up"] == ["The order was served, he still calls."]
    assert "is not waiting for answers" in texts(await operator.send(f"/followup {reference} 1 yes 5"))


async def test_no_contact_gets_no_follow_up_at_all(bot: Bot) -> None:
    reference, _, _ = await resolved_case(bot, contact="no_contact")
    before = len(bot.channel.delivered)
    for days in (7, 14, 30, 37):
        bot.clock.moment = (await bot.case(reference)).state_entered_at + timedelta(days=days, minutes=1)
        await run_clock(bot)
    assert [m for m in bot.channel.delivered[before:] if m.address == REPORTER] == []
    case, rounds = await follow_ups(bot, reference)
    assert [(f.round, f.status) for f in rounds] == [(1, "no_contact"), (2, "no_contact")]
    assert [t for t in await callback_tasks(bot, case.id) if t["message_id"] == "follow-up-callback-task"] == []
