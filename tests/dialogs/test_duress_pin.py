"""Her duress (safety) PIN (issue 11, item 11; safety.md: "an optional duress PIN answers 'no records'").

Set behind her PIN; typed at the PIN gate or with her reference it shows exactly what a
conversation without cases sees, while her cases are raised to high risk, the region's staff on
duty get an urgent alert, and the case's audit records it — nothing of which she is shown.
"""

from __future__ import annotations

import pytest
from harness import Bot, Chat, actions, file_case, quick_exit, start, texts
from sqlalchemy import select

from bot.dialogs import choices
from bot.dialogs.state import ConversationState
from bot.dialogs.turn import Turn
from bot.messages import Inbound
from storage.people import person_for_address
from storage.records import AuditRecord, OutboxRecord
from workflows.services import pin_gate
from workflows.vocabulary import Risk

NO_CASES = "No cases were found for you."


def other_pin(*taken: str) -> str:
    return next(p for p in ("246802", "135791", "864200") if p not in taken)


async def unlock_with_pin(chat: Chat, pin: str) -> list:
    await quick_exit(chat)
    await chat.press("menu:cases")
    return await chat.send(pin)


async def set_duress(chat: Chat, pin: str, duress: str) -> list:
    listed = await unlock_with_pin(chat, pin)
    assert "duress:set" in actions(listed), "the button is offered after her PIN"
    await chat.press("duress:set")
    return await chat.send(duress)


async def no_cases_view(bot: Bot) -> tuple[str, list[str], str]:
    """What a conversation without cases sees when her cases are listed: (message, buttons, next step),
    from the desk's own list for a person who has filed nothing."""
    nobody = bot.chat("web:nobody")
    await start(nobody)
    desk = bot.app.dialogs.reporter.cases
    async with bot.app.unit_of_work() as uow:
        person = await person_for_address(uow.session, "web:nobody", bot.clock())
        turn = Turn(
            inbound=Inbound(address="web:nobody", update_id="x"),
            person=person,
            step="menu",
            state=ConversationState(locale="en"),
            uow=uow,
            now=bot.clock(),
            context=bot.app.dialogs.context,
        )
        await desk.show_list(turn)
    [reply] = turn.replies
    rows = [action for row in reply.buttons for _, action in row]
    return reply.message_id, rows, turn.step


async def test_she_sets_a_safety_pin_only_after_her_pin_and_it_must_differ_from_it(bot: Bot) -> None:
    her = bot.chat("web:her")
    reference, pin = await file_case(her)
    right_after_filing = await her.press("menu:cases")
    assert f"case:{reference}" in actions(right_after_filing)
    assert "duress:set" not in actions(right_after_filing), "filing is not her PIN"

    listed = await unlock_with_pin(her, pin)
    assert "duress:set" in actions(listed)
    explained = await her.press("duress:set")
    assert "safety PIN" in texts(explained) and "quietly alerts our staff" in texts(explained)

    same = await her.send(pin)
    assert "That is your PIN" in texts(same)
    duress = other_pin(pin)
    done = await her.send(duress)
    assert "Your safety PIN is set" in texts(done) and f"case:{reference}" in actions(done)
    async with bot.app.unit_of_work() as uow:
        audited = (
            await uow.session.execute(select(AuditRecord.action).where(AuditRecord.action == "duress_pin_set"))
        ).all()
    assert len(audited) == 1


async def test_the_safety_pin_shows_the_no_cases_view_and_silently_raises_and_alerts(bot: Bot) -> None:
    operator = "web:operator-hailar"
    await bot.add_staff(operator, roles=("operator",), regions=("hailar",), name="Olga")
    elsewhere = "web:operator-manzhouli"
    await bot.add_staff(elsewhere, roles=("operator",), regions=("manzhouli",), name="Nadia")
    her = bot.chat("web:her")
    reference, pin = await file_case(her, region="hailar")
    duress = other_pin(pin)
    await set_duress(her, pin, duress)
    before = len(bot.channel.to(operator))
    expected_message, expected_buttons, expected_step = await no_cases_view(bot)

    await quick_exit(her)
    await her.press("menu:cases")
    shown = await her.send(duress)

    assert expected_message == "cases-none" and expected_step == "menu"
    assert texts(shown) == NO_CASES
    assert [b.action for m in shown for row in m.buttons for b in row] == expected_buttons
    assert expected_buttons == [a for row in choices.menu_rows() for _, a in row]
    step, data = await bot.conversation("web:her")
    assert step == expected_step
    assert f"case:{reference}" not in actions(shown)

    # Silently: her case is high risk, the staff on duty of her region got an urgent alert.
    assert (await bot.case(reference)).risk is Risk.HIGH
    alerts = [m for m in bot.channel.to(operator)[before:] if "safety PIN" in m.text]
    assert len(alerts) == 1 and reference in alerts[0].text
    assert not any("safety PIN" in m.text for m in bot.channel.to(elsewhere))
    async with bot.app.unit_of_work() as uow:
        rows = (
            await uow.session.execute(
                select(OutboxRecord.priority).where(
                    OutboxRecord.address == operator, OutboxRecord.message_id == "staff-alert-duress"
                )
            )
        ).all()
        audit = (await uow.session.execute(select(AuditRecord.outcome).where(AuditRecord.action == "duress_pin"))).all()
    assert [r.priority for r in rows] == [1], "urgent: delivered before every ordinary message"
    assert [a.outcome for a in audit] == ["alerted:1"]

    # For as long as an unlock lasts, her cases stay out of sight in this conversation.
    again = await her.press("menu:cases")
    assert texts(again) == NO_CASES
    view = await her.press(f"case:{reference}")
    assert reference not in texts(view)

    # The staff see it on the case's timeline; she does not, even behind her real PIN.
    card = await bot.chat(operator).send(f"/case {reference}")
    assert "the reporter typed her safety PIN" in texts(card)
    await unlock_with_pin(her, pin)
    await her.press(f"case:{reference}")
    await her.press("data:menu")
    seen = await her.press("data:see")
    assert reference in texts(seen) and "safety PIN" not in texts(seen) and "duress" not in texts(seen)


async def test_the_safety_pin_with_her_reference_in_another_conversation_is_the_same(bot: Bot) -> None:
    operator = "web:operator-hailar"
    await bot.add_staff(operator, roles=("operator",), regions=("hailar",), name="Olga")
    her = bot.chat("web:her")
    reference, pin = await file_case(her)
    duress = other_pin(pin)
    await set_duress(her, pin, duress)

    other = bot.chat("web:his-phone")
    await start(other)
    shown = await other.send(f"{reference} {duress}")

    assert texts(shown) == NO_CASES
    assert (await bot.case(reference)).risk is Risk.HIGH
    assert any("safety PIN" in m.text and reference in m.text for m in bot.channel.to(operator))


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = pin_gate.verify_pin

    def counting(pin: str, stored: str | None) -> bool:
        calls.append(pin)
        return real(pin, stored)

    monkeypatch.setattr(pin_gate, "verify_pin", counting)
    return calls


async def test_every_answer_costs_the_same_hash_checks_whatever_matches(bot: Bot, verifications: list) -> None:
    her = bot.chat("web:her")
    first, pin = await file_case(her, service="rights")
    second, second_pin = await file_case(her, service="legal")
    duress = other_pin(pin, second_pin)
    await set_duress(her, pin, duress)

    counts = {}
    for label, typed in (("wrong", "000001"), ("duress", duress), ("right", pin)):
        await quick_exit(her)
        await her.press("menu:cases")
        verifications.clear()
        await her.send(typed)
        counts[label] = len(verifications)
    assert counts == {"wrong": 4, "duress": 4, "right": 4}, "two cases: her PIN and her safety PIN for each"

    other = bot.chat("web:elsewhere")
    await start(other)
    for label, typed in (
        ("wrong", f"{second} 000001"),
        ("unknown", "HLB-2026-999999 000001"),
        ("duress", f"{second} {duress}"),
        ("right", f"{second} {second_pin}"),
    ):
        verifications.clear()
        await other.send(typed)
        counts[label] = len(verifications)
    assert counts == {"wrong": 2, "duress": 2, "right": 2, "unknown": 2}
