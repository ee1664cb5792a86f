"""Who may do what: wrong roles, other regions, cases not hers, forged buttons, accounts, and the DV gates."""

from __future__ import annotations

from datetime import timedelta

import pytest
from harness import Bot, Chat, actions, file_case, texts
from staff_steps import actor_at, audit, fill, invite, join, point_id

from bot.dialogs.case_card import TRIGGER_BUTTONS, may_fire
from storage import approvals
from storage.people import person_for_address
from storage.staff import deactivate
from workflows.case import Actor
from workflows.vocabulary import Role, State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

REPORTER = "web:rep-secret-123"
OPERATOR = "web:op-olga"
MEDIATOR = "web:med-saran"
SUPERVISOR = "web:sup-uyun"

REFUSALS = (
    "Your role cannot do this.",
    "This case is not assigned to you.",
    "so this cannot be done at the moment",
    "is already handling this case",
    "That button is no longer valid.",
)


async def team(bot: Bot) -> dict[str, Actor]:
    jianshe = await point_id(bot)
    return {
        "operator": await join(bot, OPERATOR, "Olga"),
        "mediator": await join(bot, MEDIATOR, "Saran", roles=("mediator",), point=jianshe),
        "supervisor": await join(bot, SUPERVISOR, "Uyun", roles=("supervisor",)),
    }


async def in_progress(bot: Bot, service: str = "family_mediation", risk: str = "low") -> str:
    """Her case, accepted by Olga, dispatched to Saran, taken."""
    reference, _ = await file_case(bot.chat(REPORTER), service=service)
    operator = bot.chat(OPERATOR)
    await fill(operator, reference, "accept", Trigger.ACCEPT, risk)
    saran = (await actor_at(bot, MEDIATOR)).id
    await operator.press(f"st:to:{reference}:m{saran}")
    await bot.chat(MEDIATOR).press(f"st:take:{reference}")
    assert (await bot.case(reference)).state is State.IN_PROGRESS
    return reference


async def assert_refused(bot: Bot, chat: Chat, action: str, reference: str, *, audited: tuple[str, str]) -> None:
    """The press is refused in words, nothing about the case changes, and the attempt is in the audit log."""
    before = await bot.case(reference)
    rows_before = await audit(bot, before.id)
    out = await chat.press(action)
    said = texts(out)
    assert any(refusal in said for refusal in REFUSALS) or "was not found, or it is outside your scope" in said, (
        action,
        said,
    )
    after = await bot.case(reference)
    assert (after.state, after.version, after.owner_id, after.assignee_id) == (
        before.state,
        before.version,
        before.owner_id,
        before.assignee_id,
    ), action
    new_rows = (await audit(bot, before.id))[len(rows_before) :]
    me = await actor_at(bot, chat.address)
    action_name, outcome = audited
    assert any(row[0] == me.id and row[1] == action_name and row[2].startswith(outcome) for row in new_rows), (
        action,
        new_rows,
    )
    step, data = await bot.conversation(chat.address)
    assert "staff_form" not in data, "no form is started for a refused action"


def expected_audit(verb: str, trigger: Trigger) -> tuple[str, str]:
    if verb == "ack":
        return ("acknowledge", "refused")
    return (f"trigger:{trigger.value}", "refused:")


async def test_every_action_she_may_not_take_on_a_case_in_progress_is_refused_and_audited(bot: Bot) -> None:
    staff = await team(bot)
    reference = await in_progress(bot)
    case = await bot.case(reference)
    tried = 0
    for name, address in (("operator", OPERATOR), ("mediator", MEDIATOR), ("supervisor", SUPERVISOR)):
        actor = staff[name]
        for trigger, _, verb in TRIGGER_BUTTONS:
            if may_fire(case, actor, trigger):
                continue
            await assert_refused(
                bot, bot.chat(address), f"st:{verb}:{reference}", reference, audited=expected_audit(verb, trigger)
            )
            tried += 1
    # The operator may not write to her (the mediator handles the case), nor may the supervisor.
    for address in (OPERATOR, SUPERVISOR):
        await assert_refused(bot, bot.chat(address), f"st:msg:{reference}", reference, audited=("relay", "refused"))
    assert tried >= 30
    assert (await bot.case(reference)).state is State.IN_PROGRESS


async def test_mediator_only_steps_are_refused_to_the_window_with_the_reason(bot: Bot) -> None:
    await team(bot)
    reference = await in_progress(bot)

    out = await bot.chat(OPERATOR).press(f"st:session:{reference}")

    assert 'The case is now "in progress", so this cannot be done at the moment.' in texts(out)
    assert "already handling" not in texts(out), "she is not told she lost a race she did not run"
    assert (await bot.case(reference)).state is State.IN_PROGRESS
    operator = await actor_at(bot, OPERATOR)
    rows = await audit(bot)
    assert (operator.id, "trigger:record_session", "refused:error-invalid-transition") in rows


async def test_staff_of_another_region_cannot_see_or_touch_a_case(bot: Bot) -> None:
    await team(bot)
    reference = await in_progress(bot)
    far = await join(bot, "web:op-far", "Dolgor", roles=("operator", "supervisor"), regions=("manzhouli",))
    chat = bot.chat("web:op-far")

    for _, _, verb in TRIGGER_BUTTONS:
        await assert_refused(bot, chat, f"st:{verb}:{reference}", reference, audited=("view", "refused"))
    for action in (f"st:card:{reference}", f"st:msg:{reference}", f"st:to:{reference}:m1", f"st:ack:{reference}"):
        await assert_refused(bot, chat, action, reference, audited=("view", "refused"))
    out = await chat.send(f"/case {reference}")
    assert f"Case {reference} was not found, or it is outside your scope." in texts(out)
    out = await chat.send(f"/reply {reference} Hello from far away")
    assert "outside your scope" in texts(out)
    assert reference not in texts(await chat.send("/queue")) + texts(await chat.send("/cases"))
    case, _, entries = await bot.history(reference)
    assert not any(e.kind == "message_out" for e in entries)
    assert (far.id, "view", "ok") not in await audit(bot, case.id)


async def test_a_mediator_cannot_take_or_read_a_case_dispatched_to_someone_else(bot: Bot) -> None:
    await team(bot)
    reference, _ = await file_case(bot.chat(REPORTER), service="family_mediation")
    await fill(bot.chat(OPERATOR), reference, "accept", Trigger.ACCEPT, "low")
    saran = await actor_at(bot, MEDIATOR)
    await bot.chat(OPERATOR).press(f"st:to:{reference}:m{saran.id}")
    # Same women's home, same region: still not hers.
    await join(bot, "web:med-naran", "Naran", roles=("mediator",), point=await point_id(bot))
    naran = bot.chat("web:med-naran")

    for verb in ("take", "decline", "card", "msg", "session"):
        await assert_refused(bot, naran, f"st:{verb}:{reference}", reference, audited=("view", "refused"))
    assert reference not in texts(await naran.send("/mine"))
    case = await bot.case(reference)
    assert case.state is State.DISPATCHED and case.assignee_id == saran.id


@pytest.mark.store("sqlite")  # reads SQL rows
async def test_forged_staff_buttons_are_refused(bot: Bot) -> None:
    staff = await team(bot)
    reference = await in_progress(bot)
    far_case, _ = await file_case(bot.chat("web:far-away"), service="legal", region="manzhouli")
    operator = bot.chat(OPERATOR)
    before = await bot.case(reference)

    assert "That button is no longer valid." in texts(await operator.press(f"st:zap:{reference}"))
    assert "That button is no longer valid." in texts(await operator.press("st:accept"))
    assert "That button is no longer valid." in texts(await operator.press("st:apv:99999"))
    assert "That button is no longer valid." in texts(await operator.press("st:cbdone:4242"))
    assert "That button is no longer valid." in texts(await operator.press(f"st:to:{reference}:m99999"))
    assert "That button is no longer valid." in texts(
        await operator.press(f"st:to:{reference}:x{staff['mediator'].id}")
    )
    assert "not found" in texts(await operator.press("st:card:HLB-2026-999999"))
    assert "outside your scope" in texts(await operator.press(f"st:accept:{far_case}"))
    assert "outside your scope" in texts(await operator.press(f"st:card:{far_case}"))
    out = await operator.press("sf:close.0:resolved")  # a form answer with no form open
    assert "Cancelled." in texts(out)

    # A real approval id pressed by someone who is not a supervisor of the region.
    approval = await approvals_request(bot, reference, staff["operator"].id)
    out = await bot.chat(MEDIATOR).press(f"st:apv:{approval}")
    assert "This needs a supervisor's approval." in texts(out)
    out = await operator.press(f"st:apv:{approval}")
    assert "This needs a supervisor's approval." in texts(out)
    far_supervisor = await join(bot, "web:sup-far", "Dolgor", roles=("supervisor",), regions=("manzhouli",))
    assert far_supervisor.id
    assert "This needs a supervisor's approval." in texts(await bot.chat("web:sup-far").press(f"st:apv:{approval}"))

    after = await bot.case(reference)
    assert (after.state, after.version) == (before.state, before.version)
    assert (await bot.case(far_case)).state is State.NEW
    assert (await approvals_get(bot, approval))["status"] == "pending"


async def approvals_request(bot: Bot, reference: str, requested_by: int, trigger: str = "close", **data) -> int:
    case = await bot.case(reference)
    async with bot.app.unit_of_work() as uow:
        approval = await approvals.request(
            uow.session,
            case_id=case.id,
            trigger=trigger,
            data=data or {"closure_code": "resolved"},
            requested_by=requested_by,
            now=bot.clock(),
        )
        await uow.commit()
    return approval


async def approvals_get(bot: Bot, approval: int) -> dict:
    async with bot.app.unit_of_work() as uow:
        return await approvals.get(uow.session, approval)


# --- accounts -------------------------------------------------------------------------


@pytest.mark.store("sqlite")  # reads SQL rows
async def test_a_deactivated_staff_member_loses_access_at_her_next_press(bot: Bot) -> None:
    staff = await team(bot)
    reference = await in_progress(bot)
    mediator = bot.chat(MEDIATOR)
    card = await mediator.press(f"st:card:{reference}")
    assert f"st:mediate:{reference}" in actions(card)

    async with bot.app.unit_of_work() as uow:
        assert await deactivate(uow.session, staff["mediator"].id)
        await uow.commit()

    out = await mediator.press(f"st:mediate:{reference}")
    assert texts(out).startswith("You no longer have staff access.")
    out = await mediator.send("/mine")
    assert "I don't know the command /mine" in texts(out) and reference not in texts(out), "she is no staff now"
    case = await bot.case(reference)
    assert (case.state, case.assignee_id) == (State.IN_PROGRESS, staff["mediator"].id)
    assert not any(e.kind == "message_out" for e in (await bot.history(reference))[2])


async def test_leaving_ends_her_access_at_once(bot: Bot) -> None:
    await team(bot)
    out = await bot.chat(OPERATOR).send("/leave")
    assert "your access ended now" in texts(out)
    assert await actor_at(bot, OPERATOR) is None
    assert "You no longer have staff access." in texts(await bot.chat(OPERATOR).press("st:queue"))


async def test_an_invitation_code_works_once_only(bot: Bot) -> None:
    code = await invite(bot, roles=("supervisor",), regions=("all",))
    first = await bot.chat("web:first").send(f"/join {code} First", hint="en")
    assert "Welcome" in texts(first)

    second = await bot.chat("web:second").send(f"/join {code} Second", hint="en")

    assert "That invitation code has already been used." in texts(second)
    assert await actor_at(bot, "web:second") is None


async def test_an_invitation_code_expires(bot: Bot) -> None:
    code = await invite(bot, roles=("operator",), valid_for=timedelta(days=2))
    bot.clock.advance(timedelta(days=2, seconds=1))

    out = await bot.chat("web:late").send(f"/join {code} Late", hint="en")

    assert "That invitation code has expired" in texts(out)
    assert await actor_at(bot, "web:late") is None
    assert "not valid" in texts(await bot.chat("web:late").send("/join NOPE-NOPE-NOPE", hint="en"))


async def test_no_staff_member_can_raise_her_own_role(bot: Bot) -> None:
    await team(bot)
    mediator = bot.chat(MEDIATOR)
    for attempt in ("/role supervisor", "/promote", "/grant supervisor all", "/join"):
        out = await mediator.send(attempt)
        assert "Welcome" not in texts(out)
    assert (await actor_at(bot, MEDIATOR)).roles == frozenset({Role.MEDIATOR})
    assert "st:queue" not in actions(await mediator.send("/start"))
    assert "Queue" not in texts(await mediator.send("/queue"))

    # A second code replaces her roles with exactly that code's: nothing is merged upward.
    code = await invite(bot, roles=("operator",), regions=("hailar",))
    await mediator.send(f"/join {code}")
    me = await actor_at(bot, MEDIATOR)
    assert me.roles == frozenset({Role.OPERATOR}) and me.regions == frozenset({"hailar"})
    assert me.service_point_id is None


# --- domestic-violence gates ------------------------------------------------------------


async def approval_buttons(bot: Bot) -> tuple[str, str]:
    asked = bot.channel.to(SUPERVISOR)[-1]
    assert "Your approval is needed" in asked.text, asked.text
    approve, refuse = [a for a in actions([asked]) if a.startswith(("st:apv:", "st:rfs:"))]
    return approve, refuse


async def test_mediation_of_a_rights_case_waits_for_a_supervisors_approval(bot: Bot) -> None:
    staff = await team(bot)
    reference = await in_progress(bot, service="rights", risk="medium")
    mediator = bot.chat(MEDIATOR)

    out = await fill(mediator, reference, "mediate", Trigger.START_MEDIATION, "yes")

    assert f"Sent to a supervisor for approval: {reference}" in texts(out)
    assert (await bot.case(reference)).state is State.IN_PROGRESS, "nothing happens before approval"
    asked = bot.channel.to(SUPERVISOR)[-1]
    assert 'Saran asks to "start mediation"' in asked.text and reference in asked.text
    approve, refuse = await approval_buttons(bot)
    assert approve.startswith("st:apv:") and refuse.startswith("st:rfs:")

    out = await bot.chat(SUPERVISOR).press(approve)

    assert "it is done" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.MEDIATION_PENDING
    assert (events[-1].trigger, events[-1].role, events[-1].actor_id) == (
        Trigger.START_MEDIATION,
        Role.MEDIATOR,
        staff["mediator"].id,
    )
    assert events[-1].data["approved_by"] == staff["supervisor"].id
    assert 'A supervisor approved "start mediation"' in bot.channel.to(MEDIATOR)[-1].text
    again = await bot.chat(SUPERVISOR).press(approve)
    assert "already been decided" in texts(again)


async def test_a_refused_approval_tells_the_requester_and_changes_nothing(bot: Bot) -> None:
    await team(bot)
    reference = await in_progress(bot, service="rights", risk="low")
    await fill(bot.chat(MEDIATOR), reference, "mediate", Trigger.START_MEDIATION, "yes")
    before = await bot.case(reference)
    _, refuse = await approval_buttons(bot)

    out = await bot.chat(SUPERVISOR).press(refuse)

    assert "did not approve" in texts(out)
    assert f'A supervisor did not approve "start mediation" for {reference}.' in bot.channel.to(MEDIATOR)[-1].text
    after = await bot.case(reference)
    assert (after.state, after.version) == (State.IN_PROGRESS, before.version)


@pytest.mark.store("sqlite")  # reads SQL rows
async def test_a_high_risk_rights_case_never_goes_to_mediation_even_with_approval(bot: Bot) -> None:
    staff = await team(bot)
    reference = await in_progress(bot, service="rights", risk="high")
    asked_before = len(bot.channel.to(SUPERVISOR))

    out = await fill(bot.chat(MEDIATOR), reference, "mediate", Trigger.START_MEDIATION, "yes")

    assert "The risk is too high" in texts(out)
    assert len(bot.channel.to(SUPERVISOR)) == asked_before, "no supervisor is asked to approve the impossible"
    case = await bot.case(reference)
    assert (staff["mediator"].id, "trigger:start_mediation", "refused:error-not-permitted") in await audit(bot, case.id)

    # Even an approval (asked for earlier) cannot carry it out.
    approval = await approvals_request(
        bot, reference, staff["mediator"].id, trigger="start_mediation", reporter_opted_in=True
    )
    out = await bot.chat(SUPERVISOR).press(f"st:apv:{approval}")
    assert "could not be done" in texts(out)
    after = await bot.case(reference)
    assert (after.state, after.version) == (State.IN_PROGRESS, case.version)


async def test_an_operator_closing_a_rights_case_needs_a_supervisors_approval(bot: Bot) -> None:
    staff = await team(bot)
    reference = await in_progress(bot, service="rights")

    out = await fill(bot.chat(OPERATOR), reference, "close", Trigger.CLOSE, "resolved")

    assert "Sent to a supervisor for approval" in texts(out)
    assert (await bot.case(reference)).state is State.IN_PROGRESS
    approve, _ = await approval_buttons(bot)
    await bot.chat(SUPERVISOR).press(approve)
    case, events, _ = await bot.history(reference)
    assert case.state is State.CLOSED
    assert (events[-1].role, events[-1].data["approved_by"]) == (Role.OPERATOR, staff["supervisor"].id)


@pytest.mark.parametrize(("who", "needs_approval"), [(OPERATOR, True), (SUPERVISOR, False)])
async def test_not_accepting_a_case_needs_approval_from_an_operator_but_not_from_a_supervisor(
    bot: Bot, who: str, needs_approval: bool
) -> None:
    await team(bot)
    reference, _ = await file_case(bot.chat(REPORTER), service="legal")

    out = await fill(
        bot.chat(who), reference, "reject", Trigger.REJECT, "other_agency", "Call the labour bureau: 12333."
    )

    if needs_approval:
        assert "Sent to a supervisor for approval" in texts(out)
        assert (await bot.case(reference)).state is State.NEW
        approve, _ = await approval_buttons(bot)
        await bot.chat(SUPERVISOR).press(approve)
    else:
        assert "status now: not accepted" in texts(out)
    case, events, _ = await bot.history(reference)
    assert case.state is State.NOT_ACCEPTED
    assert events[-1].data["signposting"] == "Call the labour bureau: 12333."
    assert ("approved_by" in events[-1].data) is needs_approval


@pytest.mark.store("sqlite")  # reads SQL rows
async def test_a_reporter_pressing_staff_buttons_gets_no_staff_powers(bot: Bot) -> None:
    await team(bot)
    reference = await in_progress(bot)
    her = bot.chat(REPORTER)
    before = await bot.case(reference)

    out = await her.press(f"st:close:{reference}")

    # She never was staff: the forged button is answered where she is, not "no longer staff".
    assert "staff access" not in texts(out) and texts(out)
    async with bot.app.unit_of_work() as uow:
        person = await person_for_address(uow.session, REPORTER, bot.clock())
        await uow.commit()
    assert (await bot.case(reference)).version == before.version and person.id == before.reporter_id
