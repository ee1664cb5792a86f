"""The staff flow of issue 10: the card after every action, session and agreement records with
checked dates, Cancel everywhere, dispatch by region, "not assessed" risk, acknowledgements,
and queries that explain themselves."""

from __future__ import annotations

import pytest
from harness import Bot, Chat, actions, file_case, texts
from staff_steps import audit, fill, join, point_id

from bot.cli_commands import Printer, show_case
from bot.messages import Outbound
from workflows.vocabulary import State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

REPORTER = "web:rep-flow"
OPERATOR = "web:op-olga"
MEDIATOR = "web:med-saran"


async def team(bot: Bot) -> None:
    await join(bot, OPERATOR, "Olga")
    await join(bot, MEDIATOR, "Saran", roles=("mediator",), point=await point_id(bot))


async def mediating(bot: Bot) -> str:
    """Her case, accepted, dispatched to Saran, taken, both parties consenting."""
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await team(bot)
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)
    await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    saran = next(a for a in actions(await operator.press(f"st:dsp:{reference}")) if ":m" in a)
    await operator.press(saran)
    await mediator.press(f"st:take:{reference}")
    await fill(mediator, reference, "mediate", Trigger.START_MEDIATION, "yes")
    await fill(mediator, reference, "consent", Trigger.PARTIES_CONSENT, "yes")
    assert (await bot.case(reference)).state is State.MEDIATING
    return reference


def last_card(out: list[Outbound], reference: str) -> Outbound:
    cards = [m for m in out if m.text.startswith(f"Case {reference} · ")]
    assert cards, texts(out)
    return cards[-1]


def with_buttons(out: list[Outbound]) -> list[Outbound]:
    return [m for m in out if m.buttons]


# --- item 10: the card after every action ---------------------------------------------------


async def test_every_action_ends_with_the_updated_card_and_its_next_actions(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await team(bot)
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)

    out = await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    card = last_card(out, reference)
    assert out[-1] is card and f"Case {reference} · accepted" in card.text
    assert f"st:dsp:{reference}" in actions([card]) and f"st:accept:{reference}" not in actions([card])

    saran = next(a for a in actions(await operator.press(f"st:dsp:{reference}")) if ":m" in a)
    out = await operator.press(saran)
    assert f"Case {reference} · dispatched" in last_card(out, reference).text

    out = await mediator.press(f"st:take:{reference}")
    card = last_card(out, reference)
    assert f"Case {reference} · in progress" in card.text
    assert f"st:mediate:{reference}" in actions([card]) and f"st:take:{reference}" not in actions([card])

    out = await mediator.send(f"/reply {reference} Hello")
    assert "Passed on to the reporter" in texts(out)
    assert f"Case {reference} · in progress" in last_card(out, reference).text


async def test_a_declined_offer_answers_without_a_card_she_may_no_longer_see(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await team(bot)
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)
    await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    saran = next(a for a in actions(await operator.press(f"st:dsp:{reference}")) if ":m" in a)
    await operator.press(saran)

    out = await fill(mediator, reference, "decline", Trigger.DECLINE, "On leave.")

    assert "status now: accepted" in texts(out)
    assert "was not found" not in texts(out), "no refusal for a card she was not asking for"


# --- item 11: session and agreement records, checked dates, a review ----------------------------


async def test_a_session_date_is_picked_or_parsed_and_checked_and_the_record_is_confirmed_first(bot: Bot) -> None:
    reference = await mediating(bot)
    mediator = bot.chat(MEDIATOR)
    case = await bot.case(reference)
    events_before = len((await bot.history(reference))[1])

    ask = await mediator.press(f"st:session:{reference}")
    assert actions(ask) == [
        "sf:record_session.0:today",
        "sf:record_session.0:yesterday",
        "sf:record_session.0:other",
        "sf:cancel",
    ]
    out = await mediator.send("无")
    assert "I could not read that date" in texts(out)
    out = await mediator.send("2026-11-30")
    assert "That date is too late: it must be 2026-11-25 or earlier." in texts(out), "not in the future"
    out = await mediator.press("sf:record_session.0:yesterday")
    assert "it must be 2026-11-25 or later" in texts(out), "not before the case was registered"
    out = await mediator.press("sf:record_session.0:other")
    assert "Type the date as year-month-day" in texts(out) and actions(out) == ["sf:cancel"]
    out = await mediator.send("２０２６年11月25日")  # full-width digits and 年月日 are read too
    assert "Place?" in texts(out)
    await mediator.send("Jianshe Street home")
    await mediator.send("both spouses, mediator")
    await mediator.send("They agreed to talk about the children first.")
    out = await mediator.send("none")
    assert "I could not read that date" in texts(out), '"none" is a button, never a stored date'
    out = await mediator.send("2026-11-25")
    assert "it must be 2026-11-26 or later" in texts(out), "the next session comes after this one"

    review = await mediator.press("sf:record_session.4:none")
    said = texts(review)
    assert f"Record this session for {reference}?" in said
    assert "Date: 2026-11-25" in said and "Place: Jianshe Street home" in said and "Next session: —" in said
    assert actions(review) == ["sf:confirm", "sf:cancel"]
    assert len((await bot.history(reference))[1]) == events_before, "nothing is saved before the confirmation"

    out = await mediator.press("sf:confirm")
    _, events, _ = await bot.history(reference)
    assert events[-1].trigger is Trigger.RECORD_SESSION
    assert events[-1].data == {
        "session_date": "2026-11-25",
        "place": "Jianshe Street home",
        "attendees": "both spouses, mediator",
        "summary": "They agreed to talk about the children first.",
    }
    card = last_card(out, reference).text
    assert (
        "session of 2026-11-25 at Jianshe Street home; attendees: both spouses, mediator; next session: —."
        " Summary: They agreed to talk about the children first." in card
    )
    assert case.id == events[-1].case_id


@pytest.mark.store("sqlite")  # reads SQL rows
async def test_the_agreement_and_sessions_show_on_the_card_and_in_case_show(bot: Bot, capsys) -> None:
    reference = await mediating(bot)
    mediator = bot.chat(MEDIATOR)
    await fill(mediator, reference, "session", Trigger.RECORD_SESSION, "today", "Home", "both", "Talked.", "2026-12-04")
    out = await fill(mediator, reference, "agree", Trigger.REACH_AGREEMENT, "written", "Alimony 1,500 yuan a month.")

    review = next(m.text for m in out if m.text.startswith("Record this agreement"))
    assert "Form: Written" in review and "Text: Alimony 1,500 yuan a month." in review
    card = last_card(out, reference).text
    assert "next session: 2026-12-04" in card
    assert "agreement (Written): Alimony 1,500 yuan a month." in card

    assert await show_case(bot.app, reference, Printer(bot.app.localizer, "en")) == 0
    printed = capsys.readouterr().out
    assert "session of" in printed and "at Home; attendees: both; next session: 2026-12-04. Summary: Talked." in printed
    assert "agreement (Written): Alimony 1,500 yuan a month." in printed


# --- item 12: Cancel on every question and every review ----------------------------------------


async def test_every_question_and_the_review_can_be_cancelled_back_to_the_card(bot: Bot) -> None:
    reference = await mediating(bot)
    mediator = bot.chat(MEDIATOR)
    before = await bot.case(reference)

    asked = [await mediator.press(f"st:session:{reference}")]
    asked.append(await mediator.press("sf:record_session.0:other"))
    for answer in ("2026-11-25", "Home", "both", "Talked."):
        asked.append(await mediator.send(answer))
    asked.append(await mediator.press("sf:record_session.4:none"))
    for out in asked:
        assert all("sf:cancel" in actions([m]) for m in with_buttons(out)), texts(out)

    out = await mediator.press("sf:cancel")

    assert texts(out).startswith("Cancelled.")
    assert last_card(out, reference)
    after = await bot.case(reference)
    assert (after.state, after.version) == (before.state, before.version), "nothing was saved"
    assert "staff_form" not in (await bot.conversation(MEDIATOR))[1]


async def test_the_hotline_form_and_the_dispatch_suggestions_have_cancel(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER))
    await team(bot)
    operator = bot.chat(OPERATOR)

    assert "sf:cancel" in actions(await operator.send("/hotline"))
    await operator.press("sf:cancel")
    await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    suggestions = await operator.press(f"st:dsp:{reference}")
    assert f"st:card:{reference}" in actions(suggestions)[-1:]
    assert last_card(await operator.press(f"st:card:{reference}"), reference)


# --- item 13: dispatch by region, names in her language ----------------------------------------


async def test_dispatch_suggests_the_cases_region_first_and_names_points_in_the_readers_language(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await join(bot, "web:op-ru", "Ольга", hint="ru")
    operator = bot.chat("web:op-ru")
    await fill(operator, reference, "accept", Trigger.ACCEPT, "low")

    first = await operator.press(f"st:dsp:{reference}")
    lines = texts(first).splitlines()[1:]
    assert lines[0].startswith("Женский дом на улице Цзяньшэ (Хайлар)"), lines
    assert len(lines) == 2 and "Маньчжури" not in texts(first), "other regions wait behind More"
    assert f"st:dspall:{reference}" in actions(first)

    more = await operator.press(f"st:dspall:{reference}")
    assert "Пограничный женский дом Маньчжурии" in texts(more)
    assert "Цзяньшэ" not in texts(more), "More lists only the other regions"
    target = next(a for a in actions(more) if a.startswith(f"st:to:{reference}:p"))
    out = await operator.press(target)
    assert (await bot.case(reference)).state is State.DISPATCHED
    assert f"Обращение {reference} · " in texts(out), "the fresh card, in her language"


# --- item 14: not assessed until someone assesses it -------------------------------------------


async def test_a_new_case_is_not_assessed_until_the_window_assesses_it(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER), service="legal")
    await team(bot)
    operator = bot.chat(OPERATOR)

    card = texts(await operator.send(f"/case {reference}"))
    assert "Risk: not assessed" in card and "Risk: low" not in card
    assert "risk not assessed" in texts(await operator.send("/queue"))
    ask = await operator.press(f"st:accept:{reference}")
    assert "sf:accept.0:unassessed" not in actions(ask), "an assessment is a level, never 'not assessed'"

    await operator.press("sf:accept.0:medium")

    assert (await bot.case(reference)).risk.value == "medium"
    assert "Risk: medium" in texts(await operator.send(f"/case {reference}"))


# --- item 15: who acknowledged, and when ------------------------------------------------------


async def test_an_acknowledgement_names_who_and_when_and_a_second_press_is_told_so(bot: Bot) -> None:
    reference, _ = await file_case(bot.chat(REPORTER))
    await bot.chat(REPORTER).press("danger")
    assert (await bot.case(reference)).state is State.EMERGENCY
    await team(bot)
    olga = bot.chat(OPERATOR)
    await join(bot, "web:op-bolor", "Bolor")
    bolor = bot.chat("web:op-bolor")
    card = await bolor.send(f"/case {reference}")
    assert f"st:ack:{reference}" in actions(card)

    out = await olga.press(f"st:ack:{reference}")
    assert f"Emergency case {reference} acknowledged" in texts(out)
    assert "emergency acknowledged by Olga" in last_card(out, reference).text

    out = await bolor.press(f"st:ack:{reference}")  # the button of the card she opened before

    said = texts(out)
    assert f"Emergency case {reference} was already acknowledged by Olga at Nov 25, 2026" in said
    assert f"Emergency case {reference} acknowledged;" not in said
    case = await bot.case(reference)
    assert [row[2] for row in await audit(bot, case.id) if row[1] == "acknowledge"] == ["ok", "again"]


# --- item 16: queries that explain themselves, plurals --------------------------------------------


async def test_a_bad_filter_lists_the_valid_ones_and_case_without_a_reference_shows_its_usage(bot: Bot) -> None:
    await file_case(bot.chat(REPORTER))
    await team(bot)
    operator = bot.chat(OPERATOR)

    said = texts(await operator.send("/cases state=bogus"))
    assert "“state=bogus” is not a filter I know." in said
    assert "new (registered)" in said and "in_progress (in progress)" in said
    assert "legal (" in said and "hailar (Hailar District)" in said
    assert "no cases" not in said
    assert "is not a filter" in texts(await operator.send("/cases colour=red"))
    assert "Matching cases, newest first (1 shown):" in texts(await operator.send("/cases state=new region=hailar"))

    said = texts(await operator.send("/case"))
    assert "Usage: /case REF" in said and "not found" not in said


async def test_counts_use_the_plural_rules_of_each_language(bot: Bot) -> None:
    await file_case(bot.chat(REPORTER))
    await team(bot)
    assert "1 case in your scope:" in texts(await bot.chat(OPERATOR).send("/counts"))
    await file_case(bot.chat("web:rep-two"))
    await file_case(bot.chat("web:rep-three"))
    await join(bot, "web:op-ru", "Ольга", hint="ru")
    ru: Chat = bot.chat("web:op-ru")
    await ru.send("/language")
    await ru.press("slang:ru")
    assert "В вашей зоне доступа 3 обращения:" in texts(await ru.send("/counts"))
    await file_case(bot.chat("web:rep-four"))
    await file_case(bot.chat("web:rep-five"))
    assert "В вашей зоне доступа 5 обращений:" in texts(await ru.send("/counts"))
