"""Words longer than a Fluent placeable may be (2,500 characters) are never replaced by `{???}`."""

from __future__ import annotations

import pytest
from harness import Bot, file_case, texts
from staff_steps import actor_at, fill, join, point_id

from bot.dialogs.case_card import CARD_ENTRY_CHARS
from workflows.vocabulary import Trigger

pytestmark = pytest.mark.store("fake")

REPORTER = "web:rep-long"
OPERATOR = "web:op-long"
MEDIATOR = "web:med-long"
#: Mongolian with its suffix space and a variation selector, then Chinese: 4,000 characters in all.
HER_WORDS = ("ᠡᠮᠡᠭᠲᠡᠢ\u202fᠶᠢᠨ ᠭᠡᠷ᠋ " * 200 + "他说了很多话。" * 300)[:4000]


async def test_her_long_account_shows_on_the_staff_case_card_up_to_the_cards_share(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), words=HER_WORDS)
    await join(bot, OPERATOR, "Olga")

    card = texts(await bot.chat(OPERATOR).press(f"st:card:{reference}"))

    assert "{???}" not in card
    assert HER_WORDS[:CARD_ENTRY_CHARS] + " […]" in card, "the card's share of one entry, marked where it stops"


async def test_a_mediators_long_message_reaches_her_whole(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await join(bot, OPERATOR, "Olga")
    await join(bot, MEDIATOR, "Saran", roles=("mediator",), point=await point_id(bot))
    await fill(bot.chat(OPERATOR), reference, "accept", Trigger.ACCEPT, "low")
    saran = await actor_at(bot, MEDIATOR)
    await bot.chat(OPERATOR).press(f"st:to:{reference}:m{saran.id}")
    await bot.chat(MEDIATOR).press(f"st:take:{reference}")
    mediator = bot.chat(MEDIATOR)
    await mediator.press(f"st:msg:{reference}")

    await mediator.send(HER_WORDS)

    got = bot.channel.to(REPORTER)[-1].text
    assert "{???}" not in got
    assert HER_WORDS in got
