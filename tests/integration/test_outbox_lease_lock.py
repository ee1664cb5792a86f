"""The sender's lease lock on PostgreSQL (`OutboxSender`, `storage.outbox_store.release_dead_leases`):
when its session ends while the process lives (a database restart, a server that ends idle sessions),
the process stops sending what it had claimed under it, takes a new lock under a new key, and the
next claim — its own here — takes her chat over where it stopped, due after a short grace: each
message once, in order.

Real parts: a PostgreSQL server, the sender and `storage.advisory.AdvisoryLock`; the channel records.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from functools import partial

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.bootstrap import lease_holder
from bot.channels.base import ChannelRegistry
from bot.messages import Outbound
from bot.workers.outbox import OutboxSender
from storage.advisory import asyncpg_dsn
from storage.engine import create_engine, session_factory
from storage.outbox_store import TAKEOVER_GRACE
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

pytestmark = pytest.mark.postgres


class LosingItsLock:
    """Telegram as the sender sees it; the first delivery ends the sender's lock session meanwhile,
    as a server restart or ``idle_session_timeout`` would."""

    scheme = "telegram"

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.sender: OutboxSender | None = None
        self.delivered: list[str] = []

    async def deliver(self, message: Outbound) -> None:
        if not self.delivered:
            await self._end_the_lock_session()
        self.delivered.append(message.text)

    async def _end_the_lock_session(self) -> None:
        holder = self.sender._holder
        connection = await asyncpg.connect(asyncpg_dsn(self.database_url))
        try:
            ended = await connection.fetchval(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND classid = (($1::bigint >> 32) & 4294967295)::oid AND objid = ($1::bigint & 4294967295)::oid",
                holder.key,
            )
        finally:
            await connection.close()
        assert ended
        for _ in range(100):  # the client sees its socket closed
            if not holder.held:
                return
            await asyncio.sleep(0.02)
        raise AssertionError("the lock's connection did not notice its session ended")


async def test_a_lost_lease_lock_stops_the_batch_in_hand_and_the_next_claim_goes_on_in_order(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(postgres_url)
    channel = LosingItsLock(postgres_url)
    registry = ChannelRegistry()
    registry.register(channel)
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=registry,
        render=lambda row: Outbound(address=row.address, text=row.message_id, outbox_id=row.id),
        holder=partial(lease_holder, postgres_url),
    )
    channel.sender = sender
    try:
        async with SqlUnitOfWork(session_factory(engine), lambda: datetime.now(UTC)) as uow:
            await uow.outbox.put_many([OutgoingNotice("telegram:her", f"m{n}") for n in range(4)])
            await uow.commit()

        with caplog.at_level(logging.INFO):
            assert await sender.run_once() == 4
            first_key = sender._holder.key
            # The other rows were claimed under the lost lock: another process may be sending them
            # now, so this one stops (before, it sent all four beside that one: her order broken).
            assert channel.delivered == ["m0"]

            # A new lock; the old key's rows are anyone's, its own too, after a grace for the row in hand.
            assert await sender.run_once() == 0
            assert await sender.run_once(datetime.now(UTC) + TAKEOVER_GRACE) == 3
        assert sender._holder.key != first_key
        assert channel.delivered == ["m0", "m1", "m2", "m3"]
        messages = [record.getMessage() for record in caplog.records]
        assert any("lease lock was lost" in message for message in messages)
        assert any("3 telegram message(s) claimed by a process whose lease lock is free" in m for m in messages)
    finally:
        await sender.stop()
        await engine.dispose()


async def test_a_server_that_ends_idle_sessions_does_not_end_the_lease_lock(postgres_url: str) -> None:
    """Some managed servers set ``idle_session_timeout``; the lock's session sits idle by design. A
    tester saw two processes take each other's rows every few seconds under a 3 s timeout."""
    admin = await asyncpg.connect(asyncpg_dsn(postgres_url))
    try:
        await admin.execute(f'ALTER DATABASE "{make_url(postgres_url).database}" SET idle_session_timeout = 500')
    finally:
        await admin.close()
    lock = lease_holder(postgres_url)
    try:
        assert await lock.try_acquire(raise_errors=True)
        await asyncio.sleep(1.5)  # three times the timeout
        assert lock.held and await lock.alive()
    finally:
        await lock.release()
