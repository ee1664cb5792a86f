"""`storage.outbox_store.claim_due` with ``per_chat``: each chat's first rows, in order, at most that many
of one chat; urgent rows not capped; chats in hand skipped (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import outbox_store
from storage.advisory import AdvisoryLock
from storage.engine import DatabaseTimeouts, create_engine, session_factory
from storage.records import OutboxRecord
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

OUTBOX = OutboxRecord.__table__
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


async def _pending(engine: AsyncEngine) -> list[tuple[int, str, str]]:
    async with engine.connect() as connection:
        query = select(OUTBOX.c.id, OUTBOX.c.address, OUTBOX.c.message_id).where(OUTBOX.c.status == "pending")
        return [tuple(row) for row in await connection.execute(query.order_by(OUTBOX.c.id))]


async def _mark_sent(engine: AsyncEngine, ids: list[int]) -> None:
    async with session_factory(engine)() as session:
        await outbox_store.mark_sent_many(session, [(row_id, 1, NOW) for row_id in ids])
        await session.commit()


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
    # While those ten are leased, her later rows wait (her order is kept across claims and processes);
    # once they are sent, the next claim goes on where they stopped, still ten at most.
    assert await _claim(engine, limit=50, urgent_limit=50, per_chat=10) == []
    await _mark_sent(
        engine, [row_id for row_id, address, _ in await _pending(engine) if address == "telegram:operator"][:10]
    )
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


async def test_rows_a_killed_process_held_keep_her_chat_waiting_until_their_lease_ends(engine) -> None:
    """A process claims her first two rows and is killed (no outcome is ever recorded). The next
    process (nothing in hand, so nothing to skip) leaves her later rows while those are leased, serves
    the other chats and her urgent rows, and takes her chat up again, in order, when the lease ends.
    Before, it sent her later rows at once: the question after her case number."""
    await _put(engine, [OutgoingNotice("telegram:her", name) for name in ("contact-asked", "receipt")])
    assert await _claim(engine, limit=50, per_chat=10) == [
        ("telegram:her", "contact-asked"),
        ("telegram:her", "receipt"),
    ]  # ... and the process that claimed them is killed
    await _put(
        engine,
        [
            OutgoingNotice("telegram:her", "identity-asked"),
            OutgoingNotice("telegram:her", "reminder", background=True),
            OutgoingNotice("telegram:other", "menu"),
            OutgoingNotice("telegram:her", "numbers", urgent=True),
        ],
    )

    restarted = await _claim(engine, limit=50, urgent_limit=50, per_chat=10)
    assert restarted == [("telegram:her", "numbers"), ("telegram:other", "menu")]

    async with session_factory(engine)() as session:
        after_lease = NOW + outbox_store.DEFAULT_LEASE + timedelta(seconds=1)
        rows = await outbox_store.claim_due(session, now=after_lease, limit=50, urgent_limit=50, per_chat=10)
        await session.commit()
    hers = [row.message_id for row in rows if row.address == "telegram:her" and not row.urgent]
    assert hers == ["contact-asked", "receipt", "identity-asked", "reminder"]  # (the others' leases ended too)


async def test_a_leased_background_row_does_not_hold_her_reply(engine) -> None:
    await _put(engine, [OutgoingNotice("telegram:operator", "reminder", background=True)])
    assert await _claim(engine, limit=50, per_chat=10) == [("telegram:operator", "reminder")]
    await _put(
        engine,
        [OutgoingNotice("telegram:operator", "queue"), OutgoingNotice("telegram:operator", "later", background=True)],
    )

    assert await _claim(engine, limit=50, urgent_limit=50, per_chat=10) == [("telegram:operator", "queue")]


async def test_a_failing_reminder_holds_the_reminders_after_it_not_her_replies(engine) -> None:
    await _put(engine, [OutgoingNotice("telegram:operator", f"reminder-{n}", background=True) for n in range(2)])
    await _put(engine, [OutgoingNotice("telegram:operator", "queue")])
    failed, _, _ = (row_id for row_id, _, _ in await _pending(engine))
    async with session_factory(engine)() as session:  # the first reminder failed and is tried later
        await outbox_store.postpone_many(session, [failed], not_before=NOW + timedelta(minutes=5))
        await session.commit()
    later = NOW + timedelta(minutes=5)
    async with session_factory(engine)() as session:
        await outbox_store.postpone_chat(
            session, "telegram:operator", after_id=failed, not_before=later, priority=outbox_store.BACKGROUND
        )
        await session.commit()

    assert await _claim(engine, limit=50, urgent_limit=50, per_chat=10) == [("telegram:operator", "queue")]
    # (the reminder after the failed one waits with it: else it would be in the claim beside her reply)


async def test_her_page_coming_back_makes_waiting_rows_due_but_not_the_ones_being_delivered(engine) -> None:
    await _put(engine, [OutgoingNotice("web:her", "sent-now"), OutgoingNotice("web:her", "waiting")])
    async with session_factory(engine)() as session:
        in_hand = await outbox_store.claim_due(session, now=NOW, limit=1, scheme="web")
        waiting = (await _pending(engine))[1][0]
        await outbox_store.postpone_many(session, [waiting], not_before=NOW + timedelta(minutes=2))
        await session.commit()

    async with session_factory(engine)() as session:
        released = await outbox_store.release(session, "web:her", now=NOW)
        await session.commit()

    assert [row.message_id for row in in_hand] == ["sent-now"]
    assert released == 1  # the waiting row; the leased one is left to its delivery, not claimed twice


@pytest.mark.postgres
async def test_two_processes_claiming_at_once_do_not_split_a_chat_out_of_order(postgres_url: str) -> None:
    """One process's claim takes her first row (its transaction not yet committed) while another
    claims: the second waits for the first (one claim of a lane at a time) and then sees her first row
    leased, so it leaves her later ones. Before, it took them: her second and third messages went out
    from one process while her first was still with the other."""
    engine, other = create_engine(postgres_url), create_engine(postgres_url)
    try:
        await _put(engine, [OutgoingNotice("telegram:her", f"m{n}") for n in range(3)])
        async with session_factory(engine)() as first:
            taken = await outbox_store.claim_due(first, now=NOW, limit=1, scheme="telegram")
            second = asyncio.create_task(_claim(other, limit=50, urgent_limit=50, per_chat=10))
            await asyncio.sleep(0.5)
            assert not second.done()  # it waits for the first claim's commit
            await first.commit()
        assert [row.message_id for row in taken] == ["m0"]
        assert await second == []
    finally:
        await engine.dispose()
        await other.dispose()


@pytest.mark.postgres
async def test_a_process_frozen_inside_its_claim_holds_the_lane_for_seconds_and_leases_nothing(
    postgres_url: str,
) -> None:
    """A process stopped (SIGSTOP, a paused VM) between its claim and the commit holds the lane's
    lock: the server ends its session after `CLAIM_IDLE_LIMIT`, which rolls its claim back, and the
    other process's claim, already waiting with the bot's statement timeout, takes her rows then, in
    order. Before, every other process waited on that lane until the frozen one woke up (a tester saw
    the lane stand still)."""
    engine, other = create_engine(postgres_url), create_engine(postgres_url, timeouts=DatabaseTimeouts())
    try:
        await _put(engine, [OutgoingNotice("telegram:her", f"m{n}") for n in range(3)])
        async with session_factory(engine)() as frozen:
            taken = await outbox_store.claim_due(frozen, now=NOW, limit=1, scheme="telegram")
            assert [row.message_id for row in taken] == ["m0"]
            started = asyncio.get_running_loop().time()
            claiming = asyncio.create_task(_claim(other, limit=50, urgent_limit=50, per_chat=10))
            await asyncio.sleep(0.5)
            assert not claiming.done()  # it waits for the lane
            await frozen.execute(select(1))  # its last statement after the other began to wait
            claimed = await asyncio.wait_for(claiming, 30)
            waited = asyncio.get_running_loop().time() - started
            with pytest.raises(DBAPIError):  # its session was ended: the claim is rolled back
                await frozen.commit()
        assert claimed == [("telegram:her", "m0"), ("telegram:her", "m1"), ("telegram:her", "m2")]
        assert outbox_store.CLAIM_IDLE_LIMIT.total_seconds() <= waited < DatabaseTimeouts().command
    finally:
        await engine.dispose()
        await other.dispose()


@pytest.mark.postgres
async def test_on_postgresql_a_claim_takes_over_the_rows_whose_holder_is_gone(postgres_url: str) -> None:
    """A process (its lease lock held) claims her first two rows; while it lives, another process's
    claim leaves her chat. Once its lock is free (the process died: its session ended), the next claim
    takes her rows over: due, in order, after `TAKEOVER_GRACE` (2 s), the 45 s lease still running, her
    later row waiting meanwhile. Before, her chat waited out the lease: a standby that took the Matrix
    sync over answered her after 45 s."""
    engine = create_engine(postgres_url)
    holder = AdvisoryLock(postgres_url, "outbox-holder:test")
    try:
        assert await holder.try_acquire(raise_errors=True)
        await _put(engine, [OutgoingNotice("telegram:her", name) for name in ("contact-asked", "receipt")])
        assert await _claim(engine, limit=50, per_chat=10, holder=holder.key) == [
            ("telegram:her", "contact-asked"),
            ("telegram:her", "receipt"),
        ]
        await _put(engine, [OutgoingNotice("telegram:her", "identity-asked")])
        assert await _claim(engine, limit=50, urgent_limit=50, per_chat=10) == []  # its holder lives

        await holder.release()  # as the server ends a killed process's session
        assert await _claim(engine, limit=50, urgent_limit=50, per_chat=10) == []  # taken over: a grace
        async with session_factory(engine)() as session:
            after_grace = NOW + outbox_store.TAKEOVER_GRACE
            rows = await outbox_store.claim_due(session, now=after_grace, limit=50, urgent_limit=50, per_chat=10)
            await session.commit()
        assert [row.message_id for row in rows] == ["contact-asked", "receipt", "identity-asked"]
    finally:
        await holder.release()
        await engine.dispose()
