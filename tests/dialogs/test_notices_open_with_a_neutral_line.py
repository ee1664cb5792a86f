"""Notices she did not ask for open with a neutral line: lock screens and previews show only the start."""

from __future__ import annotations

import pytest
from harness import Bot, file_case

from bot.notifications import REPORTER_NOTICES
from workflows.vocabulary import Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

LOCALES = ("zh-Hans-CN", "en", "ru", "mn-Cyrl-MN", "mn-Mong-CN")
REPORTER = "web:her"


async def notify(bot: Bot, reference: str, message_id: str, **args) -> None:
    """One notice to her through the real notifier, outbox, renderer and channel."""
    async with bot.app.unit_of_work() as uow:
        case = await uow.cases.get(reference)
        await bot.app.dialogs.context.notifier.to_reporter(uow, case, message_id, **args)
        await uow.commit()
    await bot.deliver_pending()


@pytest.mark.parametrize("locale", LOCALES)
async def test_every_unprompted_notice_opens_with_the_neutral_line_in_her_language(bot: Bot, locale: str) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), locale=locale)
    words = bot.app.localizer
    neutral = words.format(locale, "notice-first-line")
    notices = [f"notice-{trigger.value}" for trigger in sorted(REPORTER_NOTICES)]
    before = len(bot.channel.to(REPORTER))

    for message_id in notices:
        await notify(bot, reference, message_id)
    await notify(bot, reference, "relay-from-mediator", text={"$text": "Come on Friday."})

    got = bot.channel.to(REPORTER)[before:]
    assert len(got) == len(notices) + 1
    for message_id, message in zip([*notices, "relay-from-mediator"], got, strict=True):
        first, _, details = message.text.partition("\n")
        assert first == neutral, (message_id, message.text)
        assert reference not in first and details.startswith(
            words.format(locale, message_id, reference=reference, text="Come on Friday.").split("\n")[0]
        )


async def test_real_status_notices_and_relayed_messages_open_with_it_and_her_own_answers_do_not(bot: Bot) -> None:
    her = bot.chat(REPORTER)
    reference, _ = await file_case(her)
    supervisor = await bot.add_staff("web:sup", roles=("operator", "supervisor"), regions=("all",))
    mediator = await bot.add_staff("web:med", roles=("mediator",), regions=("all",))
    before = len(bot.channel.to(REPORTER))

    await bot.fire(reference, Trigger.ACCEPT, supervisor, risk="low")
    await bot.fire(reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await bot.fire(reference, Trigger.TAKE, mediator)
    await bot.chat("web:med").send(f"/reply {reference} Shall we meet at the women's home?")

    unprompted = bot.channel.to(REPORTER)[before:]
    assert [m.text.split("\n")[0] for m in unprompted] == ["You have a new message."] * 3
    assert "accepted" in unprompted[0].text and "women's home" in unprompted[2].text
    answer = await her.send("/start")
    assert not any(m.text.startswith("You have a new message.") for m in answer)
