"""A case's whole life across roles, through the staff chat: window, dispatch, mediation, follow-up, closure."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from harness import Bot, actions, file_case, texts
from staff_steps import JIANSHE, audit, fill, join, point_id

from workflows.vocabulary import Role, State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

REPORTER = "web:rep-secret-123"
OPERATOR = "web:op-olga"
MEDIATOR = "web:med-saran"
SUPERVISOR = "web:sup-uyun"


async def file_her_case(bot: Bot, service: str = "family_mediation", **answers) -> str:
    """She writes in Chinese; the staff read in English."""
    reference, _ = await file_case(bot.chat(REPORTER), service=service, locale="zh-Hans-CN", **answers)
    return reference


async def staff_team(bot: Bot):
    operator = await join(bot, OPERATOR, "Olga")
    mediator = await join(bot, MEDIATOR, "Saran", roles=("mediator",), point=await point_id(bot))
    return operator, mediator


async def accepted_and_taken(bot: Bot, reference: str) -> None:
    """Accept (low risk), dispatch to Saran, she takes it."""
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)
    await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    saran = next(a for a in actions(await operator.press(f"st:dsp:{reference}")) if a.startswith("st:to:"))
    await operator.press(saran)
    await mediator.press(f"st:take:{reference}")
    assert (await bot.case(reference)).state is State.IN_PROGRESS


def her_texts(bot: Bot) -> str:
    return texts(bot.channel.to(REPORTER))


async def test_a_case_goes_from_her_report_through_mediation_and_follow_up_to_closure(bot: Bot) -> None:
    # Another case, an emergency, waits in the same queue; one in another region does not show.
    other = bot.chat("web:other-woman")
    later, _ = await file_case(other, service="legal")
    away, _ = await file_case(bot.chat("web:far-away"), service="legal", region="manzhouli")
    reference = await file_her_case(bot)
    await bot.chat("web:other-woman").press("danger")
    urgent = (await bot.cases_of("web:other-woman"))[-1].reference
    assert (await bot.case(urgent)).state is State.EMERGENCY

    operator_actor, mediator_actor = await staff_team(bot)
    await join(bot, "web:med-far", "Tuya", roles=("mediator",), regions=("manzhouli",))
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)

    # The queue: the emergency first, then by due time; nothing from Manzhouli.
    queue = await operator.send("/queue")
    listed = [a.split(":", 2)[2] for a in actions(queue) if a.startswith("st:card:")]
    assert listed[0] == urgent
    assert set(listed) == {urgent, later, reference}
    assert away not in texts(queue)
    dues = {c.reference: c.due_at for c in [await bot.case(r) for r in listed[1:]]}
    assert listed[1:] == sorted(dues, key=dues.__getitem__)

    # The card: what she asked for, where, in which language, her words, the timeline; the read is logged.
    card = texts(await operator.press(f"st:card:{reference}"))
    assert f"Case {reference} · registered" in card
    assert "Service: Family dispute mediation   Region: Hailar District" in card
    assert "Language: 中文   Channel: web chat   Risk:" in card
    assert "anonymous" in card, "the flags are shown"
    assert "My husband shouts and pushes me." in card
    assert "register (reporter) → registered" in card
    assert REPORTER not in card and "rep-secret" not in card
    case = await bot.case(reference)
    assert (operator_actor.id, "view", "ok") in await audit(bot, case.id)

    # Accept with a risk level.
    out = await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    assert f"{reference}: accept done; status now: accepted." in texts(out)
    case = await bot.case(reference)
    assert case.state is State.ACCEPTED and case.owner_id == operator_actor.id and case.risk.value == "low"

    # Dispatch suggestions: same region, service, shared language, load; each with its reasons.
    suggestions = await operator.press(f"st:dsp:{reference}")
    lines = texts(suggestions).splitlines()
    assert lines[1].startswith("Saran (mediator, 0/6 now)"), texts(suggestions)
    assert "same region" in lines[1] and "offers the service" in lines[1] and "speaks her language" in lines[1]
    assert "has room" in lines[1]
    assert lines[2].startswith(JIANSHE) and "same region" in lines[2]
    assert "same region" in lines[3] and "offers the service" not in lines[3], "region outweighs service"
    assert len(lines) == 4, "only Hailar is suggested at first"
    assert f"st:dspall:{reference}" in actions(suggestions), "other regions are behind More"
    elsewhere = texts(await operator.press(f"st:dspall:{reference}")).splitlines()
    assert elsewhere[1:] and not any("same region" in line for line in elsewhere[1:])
    targets = [a for a in actions(suggestions) if a.startswith("st:to:")]
    assert targets[0] == f"st:to:{reference}:m{mediator_actor.id}"

    await operator.press(targets[0])
    case = await bot.case(reference)
    assert case.state is State.DISPATCHED and case.assignee_id == mediator_actor.id
    offer = bot.channel.to(MEDIATOR)[-1]
    assert f"Offered to you: {reference}" in offer.text
    assert actions([offer])[:2] == [f"st:take:{reference}", f"st:decline:{reference}"]

    # She takes it and sees it under /mine.
    out = await mediator.press(f"st:take:{reference}")
    assert "status now: in progress" in texts(out)
    assert reference in texts(await mediator.send("/mine"))

    # Mediation: she opted in, both consent, a session, an agreement.
    out = await fill(mediator, reference, "mediate", Trigger.START_MEDIATION, "yes")
    assert "status now: mediation requested" in texts(out)
    out = await fill(mediator, reference, "consent", Trigger.PARTIES_CONSENT, "yes")
    assert "status now: in mediation" in texts(out)
    out = await fill(
        mediator,
        reference,
        "session",
        Trigger.RECORD_SESSION,
        "today",
        "Jianshe Street home",
        "both spouses, mediator",
        "They agreed to talk about the children first.",
        "2026-12-04",
    )
    assert "status now: in mediation" in texts(out)
    assert out[0].text.startswith(f"Record a session for {reference}: when did it take place?")
    out = await fill(mediator, reference, "agree", Trigger.REACH_AGREEMENT, "written", "Alimony 1,500 yuan a month.")
    assert "status now: agreement reached" in texts(out)
    window = next(m.text for m in out if m.text.startswith("Judicial confirmation"))
    case = await bot.case(reference)
    assert case.state is State.AGREEMENT
    assert case.due_at - bot.clock() == timedelta(days=30)
    assert "Dec 25, 2026" in window, "30 days from today, in her local time"

    # Resolve: follow-ups at +7 and +30 days.
    out = await fill(mediator, reference, "resolve", Trigger.RESOLVE, "Agreement signed; both keep it.")
    assert "status now: follow-up" in texts(out)
    case, events, entries = await bot.history(reference)
    follow_ups = [datetime.fromisoformat(d) for d in events[-1].data["follow_up_dates"]]
    assert [round((d - bot.clock()).total_seconds() / 86400) for d in follow_ups] == [7, 30]
    assert case.state is State.FOLLOW_UP

    # The window closes it with a closure code.
    out = await fill(operator, reference, "close", Trigger.CLOSE, "agreement_honoured")
    assert "status now: closed" in texts(out)

    case, events, entries = await bot.history(reference)
    assert case.state is State.CLOSED
    assert [(e.trigger, e.role, e.to_state) for e in events] == [
        (Trigger.SUBMIT, Role.REPORTER, State.NEW),
        (Trigger.ACCEPT, Role.OPERATOR, State.ACCEPTED),
        (Trigger.DISPATCH, Role.OPERATOR, State.DISPATCHED),
        (Trigger.TAKE, Role.MEDIATOR, State.IN_PROGRESS),
        (Trigger.START_MEDIATION, Role.MEDIATOR, State.MEDIATION_PENDING),
        (Trigger.PARTIES_CONSENT, Role.MEDIATOR, State.MEDIATING),
        (Trigger.RECORD_SESSION, Role.MEDIATOR, State.MEDIATING),
        (Trigger.REACH_AGREEMENT, Role.MEDIATOR, State.AGREEMENT),
        (Trigger.RESOLVE, Role.MEDIATOR, State.FOLLOW_UP),
        (Trigger.CLOSE, Role.OPERATOR, State.CLOSED),
    ]
    assert events[6].data["attendees"] == "both spouses, mediator" and events[6].data["next_date"] == "2026-12-04"
    assert events[7].data["agreement_form"] == "written"
    assert events[9].data["closure_code"] == "agreement_honoured"
    assert [e.seq for e in events] == list(range(1, 11))

    # She was told at each step, in Chinese; the staff's words never reached her in English.
    told = her_texts(bot)
    for fragment in ("已受理", "已有调解员负责", "开始征求调解意见", "已达成调解协议", "已处理完毕", "已办结"):
        assert f"{reference}" in told and fragment in told, fragment
    assert "accepted" not in told and "Olga" not in told and "Saran" not in told


async def test_a_declined_offer_goes_back_to_accepted_and_the_owner_is_told_why(bot: Bot) -> None:
    reference = await file_her_case(bot)
    operator_actor, _ = await staff_team(bot)
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)
    await fill(operator, reference, "accept", Trigger.ACCEPT, "medium")
    suggestions = await operator.press(f"st:dsp:{reference}")
    saran = next(a for a in actions(suggestions) if ":m" in a)
    await operator.press(saran)

    out = await fill(mediator, reference, "decline", Trigger.DECLINE, "I am on leave until Monday.")

    assert "status now: accepted" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.ACCEPTED and case.assignee_id is None and case.owner_id == operator_actor.id
    assert (events[-1].trigger, events[-1].role, events[-1].data["reason"]) == (
        Trigger.DECLINE,
        Role.MEDIATOR,
        "I am on leave until Monday.",
    )
    told = bot.channel.to(OPERATOR)[-1].text
    assert f"{reference} was declined and is back in the queue" in told and "I am on leave until Monday." in told
    assert reference in texts(await operator.send("/queue")), "back in the window's queue"


async def test_a_supervisor_reassigns_a_case_in_progress_to_another_mediator(bot: Bot) -> None:
    reference = await file_her_case(bot)
    await staff_team(bot)
    await accepted_and_taken(bot, reference)
    supervisor = await join(bot, SUPERVISOR, "Uyun", roles=("supervisor",))
    other = await join(bot, "web:med-two", "Naran", roles=("mediator",), point=await point_id(bot))

    suggestions = await bot.chat(SUPERVISOR).press(f"st:dsp:{reference}")
    assert f"st:to:{reference}:m{other.id}" in actions(suggestions)
    out = await bot.chat(SUPERVISOR).press(f"st:to:{reference}:m{other.id}")

    assert "status now: dispatched" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.DISPATCHED and case.assignee_id == other.id
    assert (events[-1].trigger, events[-1].role, events[-1].from_state, events[-1].actor_id) == (
        Trigger.DISPATCH,
        Role.SUPERVISOR,
        State.IN_PROGRESS,
        supervisor.id,
    )
    assert f"Offered to you: {reference}" in bot.channel.to("web:med-two")[-1].text
    await bot.chat("web:med-two").press(f"st:take:{reference}")
    assert (await bot.case(reference)).assignee_id == other.id
    card = await bot.chat(MEDIATOR).send(f"/case {reference}")
    assert actions(card) == [], "the first mediator (same women's home) may read it but no longer act or write"
    assert reference not in texts(await bot.chat(MEDIATOR).send("/mine"))


async def test_a_referral_needs_her_consent_and_the_agencys_feedback_brings_it_back(bot: Bot) -> None:
    reference = await file_her_case(bot, service="legal")
    await staff_team(bot)
    await accepted_and_taken(bot, reference)
    mediator = bot.chat(MEDIATOR)

    out = await fill(
        mediator, reference, "refer", Trigger.REFER, "legal_aid", "Divorce suit, needs a lawyer.", "consent"
    )

    assert "status now: referred" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.REFERRED
    assert events[-1].data == {"agency": "legal_aid", "purpose": "Divorce suit, needs a lawyer.", "share_consent": True}
    assert "已按您的同意转交相关部门" in her_texts(bot)

    out = await fill(mediator, reference, "feedback", Trigger.REFERRAL_FEEDBACK, "A lawyer was assigned on 1 Dec.")
    assert "status now: in progress" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.IN_PROGRESS and events[-1].data["outcome"] == "A lawyer was assigned on 1 Dec."


async def test_ending_mediation_brings_it_back_in_progress_and_tells_her_of_the_other_routes(bot: Bot) -> None:
    reference = await file_her_case(bot)
    await staff_team(bot)
    await accepted_and_taken(bot, reference)
    mediator = bot.chat(MEDIATOR)
    await fill(mediator, reference, "mediate", Trigger.START_MEDIATION, "yes")
    await fill(mediator, reference, "consent", Trigger.PARTIES_CONSENT, "yes")

    ask = await mediator.press(f"st:terminate:{reference}")
    assert "arbitration, administrative routes and the courts" in texts(ask)
    out = await mediator.send("He refuses to come to any session.")

    assert "status now: in progress" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.IN_PROGRESS
    assert (events[-1].trigger, events[-1].data["reason"]) == (
        Trigger.TERMINATE_MEDIATION,
        "He refuses to come to any session.",
    )
    told = bot.channel.to(REPORTER)[-1].text
    assert reference in told and "仲裁" in told and "行政途径" in told and "法院" in told


async def test_a_case_on_hold_pauses_its_deadline_and_resumes_where_it_was(bot: Bot) -> None:
    reference = await file_her_case(bot)
    await staff_team(bot)
    operator = bot.chat(OPERATOR)
    bot.clock.advance(timedelta(hours=1))
    before = await bot.case(reference)
    remaining = before.due_at - bot.clock()

    out = await fill(operator, reference, "hold", Trigger.HOLD, "She asked us to wait until her mother leaves.")
    assert "status now: on hold" in texts(out)
    held = await bot.case(reference)
    assert held.state is State.ON_HOLD and held.held_from is State.NEW

    bot.clock.advance(timedelta(days=3))
    card = await operator.press(f"st:card:{reference}")
    assert f"st:resume:{reference}" in actions(card) and f"st:hold:{reference}" not in actions(card)
    out = await operator.press(f"st:resume:{reference}")

    assert "status now: registered" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.NEW and case.held_from is None
    assert case.due_at - bot.clock() == remaining, "the paused time does not count"
    assert [e.trigger for e in events][-2:] == [Trigger.HOLD, Trigger.RESUME]


async def test_staff_reopen_a_closed_case_with_a_reason_and_she_is_told(bot: Bot) -> None:
    reference = await file_her_case(bot)
    await staff_team(bot)
    await accepted_and_taken(bot, reference)
    operator = bot.chat(OPERATOR)
    await fill(operator, reference, "close", Trigger.CLOSE, "resolved")
    assert (await bot.case(reference)).state is State.CLOSED

    out = await fill(operator, reference, "reopen", Trigger.REOPEN, "She called: he came back.")

    assert "status now: accepted" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.ACCEPTED
    assert (events[-1].trigger, events[-1].role, events[-1].data["reason"]) == (
        Trigger.REOPEN,
        Role.OPERATOR,
        "She called: he came back.",
    )
    assert bot.channel.to(REPORTER)[-1].text.splitlines()[1].startswith(f"您的案件 {reference} 已重新开启")
