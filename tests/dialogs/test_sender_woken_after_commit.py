"""The dialog engine wakes the outbox sender through an after-commit hook: once per
committed turn, when her replies are committed (never for a duplicate update that
committed nothing, nor for the rolled-back turn itself)."""

from __future__ import annotations

from harness import Bot
from sqlalchemy import select

from bot.messages import Inbound
from storage.records import OutboxRecord

OUTBOX = OutboxRecord.__table__
HER = "web:her"


class Waker:
    """Stands in for the sender's ``notify``: at each wake, what a fresh unit of work sees waiting for her."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.seen: list[list[str]] = []

    async def __call__(self) -> None:  # an after-commit hook may be async
        async with self.bot.app.unit_of_work() as uow:
            rows = await uow.session.execute(
                select(OUTBOX.c.message_id).where(OUTBOX.c.address == HER, OUTBOX.c.status == "pending")
            )
            self.seen.append(list(rows.scalars()))


def waker(bot: Bot) -> Waker:
    wake = Waker(bot)
    bot.app.dialogs.wake_sender = wake
    return wake


async def test_a_turn_wakes_the_sender_once_when_her_replies_are_committed(bot: Bot) -> None:
    wake = waker(bot)
    await bot.app.dialogs.handle(_inbound("/start", "u1"))
    assert len(wake.seen) == 1 and wake.seen[0]  # her replies were already committed when the sender woke


async def test_a_duplicate_update_commits_nothing_and_wakes_nobody(bot: Bot) -> None:
    wake = waker(bot)
    await bot.app.dialogs.handle(_inbound("/start", "u1"))
    await bot.app.dialogs.handle(_inbound("/start", "u1"))  # the channel delivered it twice
    assert len(wake.seen) == 1


async def test_a_failed_turn_wakes_the_sender_only_for_the_committed_apology(bot: Bot, monkeypatch) -> None:
    wake = waker(bot)

    async def broken(turn) -> bool:
        turn.say("menu-main")  # a reply of the turn that will be rolled back
        raise RuntimeError("a dialog bug")

    monkeypatch.setattr(bot.app.dialogs.staff, "handle", broken)
    await bot.app.dialogs.handle(_inbound("hello", "u1"))
    assert len(wake.seen) == 1
    assert wake.seen[0] and all(message_id.startswith("error-internal") for message_id in wake.seen[0])


def _inbound(text: str, update_id: str) -> Inbound:
    return Inbound(address=HER, update_id=update_id, text=text)
