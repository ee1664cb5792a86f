"""The case clock as staff see it: the notices of fired marks, and overdue in /queue, /cases, /counts, the card."""

from __future__ import annotations

from datetime import timedelta

from harness import Bot, file_case, texts
from staff_steps import join

from workflows.services.clock import fire_due

REPORTER = "web:rep-clock"
OPERATOR = "web:op-clock"
SUPERVISOR = "web:sup-clock"


async def run_clock(bot: Bot) -> None:
    """One round of the clock worker's use case at the bot's time, then deliver what it wrote."""
    await fire_due(bot.app.unit_of_work(), now=bot.clock(), publish=bot.app.publish)
    await bot.deliver_pending()


def said_to(bot: Bot, address: str, since: int) -> str:
    return "\n".join(m.text for m in bot.channel.delivered[since:] if m.address == address)


async def test_a_case_nobody_moves_reminds_the_window_then_escalates_and_shows_overdue_everywhere(bot: Bot) -> None:
    await join(bot, OPERATOR, "Olga")
    await join(bot, SUPERVISOR, "Sarnai", roles=("supervisor",))
    reference, _ = await file_case(bot.chat(REPORTER))
    due = (await bot.case(reference)).due_at
    opened = bot.clock()

    bot.clock.moment = opened + (due - opened) * 0.6  # past half its time
    before = len(bot.channel.delivered)
    await run_clock(bot)
    reminder = said_to(bot, OPERATOR, before)
    assert reminder.startswith(f"Case {reference} (registered): half of its time has passed.")
    assert said_to(bot, SUPERVISOR, before).startswith(f"Case {reference} (registered): half")  # also at the window
    assert (await bot.case(reference)).overdue is False
    assert " · overdue" not in texts(await bot.chat(OPERATOR).send("/queue"))

    bot.clock.moment = due + (due - opened)  # twice its time: 80 %, 100 % and 150 % all past at once
    before = len(bot.channel.delivered)
    await run_clock(bot)
    # No burst: the escalation (to supervisors) and the overdue notice that tells the owner, not the 80 %.
    assert said_to(bot, OPERATOR, before).startswith(f"Case {reference} (registered) is overdue since ")
    escalation = [m for m in bot.channel.delivered[before:] if m.address == SUPERVISOR]
    assert len(escalation) == 2 and escalation[-1].text.startswith(f"Case {reference} (registered, ")
    assert escalation[0].text.startswith(f"Case {reference} (registered) is overdue since ")
    assert f"st:card:{reference}" in [b.action for row in escalation[-1].buttons for b in row]

    operator = bot.chat(OPERATOR)
    assert f"{reference} · registered" in texts(await operator.send("/queue"))
    assert " · overdue" in texts(await operator.send("/queue"))
    assert reference in texts(await operator.send("/cases overdue"))
    assert "overdue: 1" in texts(await operator.send("/counts"))
    assert "overdue" in texts(await operator.send(f"/case {reference}"))

    before = len(bot.channel.delivered)
    bot.clock.advance(timedelta(days=30))
    await run_clock(bot)
    assert bot.channel.delivered[before:] == []  # every mark fired once
