"""`storage.outbox_store.claim_due` with ``per_chat``: each chat's first rows, in order, at most that many
of one chat; urgent rows not capped; chats in hand skipped (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from storage import outbox_store
from storage.engine import session_factory
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

WRITTEN = datetime(2026, 12, 1, 8, tzinfo=UTC)
NOW = WRITTEN + timedelta(minutes=1)


async def _put(engine: AsyncEngine, notices: list[OutgoingNotice]) -> None:
    async with SqlUnitOfWork(session_factory(engine), lambda: WRITTEN) as uow:
        await uow.outbox.put_many(notices)
        await uow.commit()


async def _claim(engine: AsyncEngine, **options) -> list[tuple[str, str]]:
    async with session_factory(engine)() as session:
        rows = await outbox_store.claim_due(session, now=NOW, scheme="telegram", **options)
        await session.commit()
    return [(row.address, row.message_id) for row in rows]


async def test_a_claim_takes_each_chats_first_rows_in_order_and_no_more_than_per_chat(engine) -> None:
    backlog = [OutgoingNotice("telegram:operator", f"notice-{n:02}") for n in range(30)]
    await _put(engine, [*backlog, OutgoingNotice("telegram:her", "picker"), OutgoingNotice("telegram:her", "menu")])
    await _put(engine, [OutgoingNotice("telegram:operator", "numbers", urgent=True)])

    first = await _claim(engine, limit=50, urgent_limit=50, per_chat=10)

    assert first[0] == ("telegram:operator", "numbers")  # urgent first, not counted against the chat's ten
    assert first[1:] == [("telegram:operator", f"notice-{n:02}") for n in range(10)] + [
        ("telegram:her", "picker"),
        ("telegram:her", "menu"),
    ]
    # The next claim (those leased) goes on where the chat's first ten stopped, still ten at most.
    second = await _claim(engine, limit=50, urgent_limit=50, per_chat=10)
    assert second == [("telegram:operator", f"notice-{n:02}") for n in range(10, 20)]


async def test_a_chat_in_hand_is_skipped_and_the_cap_holds_for_the_others(engine) -> None:
    await _put(engine, [OutgoingNotice(f"telegram:{chat}", f"{chat}-{n}") for chat in ("a", "b") for n in range(5)])

    claimed = await _claim(engine, limit=50, urgent_limit=50, per_chat=2, skip_addresses=["telegram:a"])

    assert claimed == [("telegram:b", "b-0"), ("telegram:b", "b-1")]


async def test_her_reply_is_claimed_before_her_own_background_notices_and_before_other_chats_ones(engine) -> None:
    """An operator's 30 reminders (the clock's catch-up) wait; her answer to /queue, written after them,
    is claimed first in her chat, and another chat's reply before anyone's reminders."""
    await _put(engine, [OutgoingNotice("telegram:operator", f"reminder-{n:02}", background=True) for n in range(30)])
    await _put(engine, [OutgoingNotice("telegram:other", "reminder-other", background=True)])
    await _put(engine, [OutgoingNotice("telegram:operator", "queue"), OutgoingNotice("telegram:her", "picker")])

    first = await _claim(engine, limit=5, urgent_limit=50, per_chat=3)

    assert first == [
        ("telegram:operator", "queue"),
        ("telegram:her", "picker"),
        ("telegram:operator", "reminder-00"),
        ("telegram:operator", "reminder-01"),
        ("telegram:other", "reminder-other"),
    ]
