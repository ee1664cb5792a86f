"""A staff member whose access was ended gets nothing more about any case, not even what already waited."""

from __future__ import annotations

from harness import Bot, file_case
from staff_steps import actor_at
from test_staff_concurrency_and_relay import MEDIATOR, OPERATOR, REPORTER, in_progress, team

from storage import staff as staff_store
from workflows.events import OutgoingNotice


async def deactivate(bot: Bot, address: str) -> None:
    """What `walking-home staff deactivate ID` does, in one transaction."""
    person = await actor_at(bot, address)
    async with bot.app.unit_of_work() as uow:
        assert await staff_store.deactivate(uow.session, person.id)
        await uow.commit()


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
