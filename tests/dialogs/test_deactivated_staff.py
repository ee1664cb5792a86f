"""A staff member whose access was ended gets nothing more about any case, not even what already waited."""

from __future__ import annotations

import pytest
from harness import Bot, file_case, texts
from staff_steps import actor_at, audit, fill, join
from test_staff_concurrency_and_relay import MEDIATOR, OPERATOR, REPORTER, in_progress, team

from workflows.events import OutgoingNotice
from workflows.services.staff_access import end_staff_access
from workflows.services.triggers import TriggerContext
from workflows.vocabulary import State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

SUPERVISOR = "web:sup-tuya"


async def deactivate(bot: Bot, address: str) -> tuple[str, ...]:
    """What `walking-home staff deactivate ID` does, in one transaction; the cases handed back."""
    person = await actor_at(bot, address)
    context = bot.app.dialogs.context
    departure = await end_staff_access(
        bot.app.unit_of_work(),
        person.id,
        by=None,
        now=bot.clock(),
        clock=TriggerContext(tz=context.zone, policy=context.policy, publish=context.publish),
    )
    assert departure is not None
    await bot.deliver_pending()
    return departure.handed_back


async def test_after_deactivation_her_words_go_to_the_case_owner_never_to_the_deactivated_mediator(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await team(bot)
    await in_progress(bot, reference)
    async with bot.app.unit_of_work() as uow:  # something for her was already waiting in the outbox
        await uow.outbox.put(OutgoingNotice(MEDIATOR, "relay-from-reporter", {"text": {"$text": "queued words"}}))
        await uow.commit()
    await deactivate(bot, MEDIATOR)
    before = len(bot.channel.to(MEDIATOR))

    her = bot.chat(REPORTER)
    await her.press(f"reply:{reference}")
    await her.send("He came back last night.")
    await bot.deliver_pending()

    assert len(bot.channel.to(MEDIATOR)) == before, "nothing reaches a deactivated staff member"
    assert all("queued words" not in m.text for m in bot.channel.to(MEDIATOR))
    assert "He came back last night." in bot.channel.to(OPERATOR)[-1].text


async def test_her_open_cases_go_back_to_the_region_queue_and_the_supervisors_are_told(bot: Bot) -> None:
    await team(bot)
    await join(bot, SUPERVISOR, "Tuya", roles=("operator", "supervisor"))
    working, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await in_progress(bot, working)
    offered, _ = await file_case(bot.chat("web:rep-2"), service="family_mediation")
    await fill(bot.chat(OPERATOR), offered, "accept", Trigger.ACCEPT, "low")
    saran = await actor_at(bot, MEDIATOR)
    await bot.chat(OPERATOR).press(f"st:to:{offered}:m{saran.id}")  # offered to her, not yet taken
    mediating, _ = await file_case(bot.chat("web:rep-3"), service="family_mediation")
    await in_progress(bot, mediating)
    await bot.fire(mediating, Trigger.START_MEDIATION, saran, reporter_opted_in=True)
    await bot.fire(mediating, Trigger.PARTIES_CONSENT, saran, reporter_consent=True, other_party_consent=True)
    assert (await bot.case(mediating)).state is State.MEDIATING
    reporter_before = len(bot.channel.to(REPORTER))

    handed_back = await deactivate(bot, MEDIATOR)

    assert sorted(handed_back) == sorted([working, offered, mediating])
    assert (await bot.case(offered)).state is State.ACCEPTED  # declined by the system
    assert (await bot.case(mediating)).state is State.IN_PROGRESS  # a new mediator needs consent anew
    for reference in handed_back:
        assert (await bot.case(reference)).assignee_id is None
    queue = texts(await bot.chat(OPERATOR).send("/queue"))
    assert all(reference in queue for reference in handed_back), queue
    told = texts(bot.channel.to(SUPERVISOR))
    assert all(f"Saran no longer has access. Case {reference}" in told for reference in handed_back), told
    assert len(bot.channel.to(REPORTER)) == reporter_before, "the woman is not written to about it"
    case = await bot.case(working)
    assert (None, "staff:handed_back", f"from:{saran.id}") in await audit(bot, case.id)
    assert (None, "staff:deactivate", f"person:{saran.id}") in await audit(bot)


async def test_a_handed_back_case_is_dispatched_again_and_the_new_mediator_takes_it(bot: Bot) -> None:
    await team(bot)
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await in_progress(bot, reference)
    await deactivate(bot, MEDIATOR)
    await join(bot, "web:med-altan", "Altan", roles=("mediator",))
    altan = await actor_at(bot, "web:med-altan")
    await bot.chat(OPERATOR).press(f"st:to:{reference}:m{altan.id}")
    await bot.chat("web:med-altan").press(f"st:take:{reference}")
    case = await bot.case(reference)
    assert (case.state, case.assignee_id) == (State.IN_PROGRESS, altan.id)


async def test_an_operator_leaving_keeps_the_mediator_on_the_case_and_only_clears_the_owner(bot: Bot) -> None:
    await team(bot)
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await in_progress(bot, reference)
    saran = await actor_at(bot, MEDIATOR)
    await bot.chat(OPERATOR).send("/leave")
    case = await bot.case(reference)
    assert (case.state, case.owner_id, case.assignee_id) == (State.IN_PROGRESS, None, saran.id)
    assert reference in texts(await bot.chat(MEDIATOR).send("/case " + reference))  # the mediator still handles it
