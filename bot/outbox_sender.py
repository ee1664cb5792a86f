"""The outbox sender: delivers what services wrote to the outbox, at least once.

A loop claims due rows (`storage.outbox_store`), renders each with an injected
``render(row) -> Outbound`` (the localizer in production, anything in tests), hands
it to the channel registered for the address's URN scheme, and records the outcome
in a short transaction of its own. A failed delivery is tried again after an
exponential backoff, or after the ``retry_after`` the channel gave; after
``max_attempts`` tries, or at once for a permanent failure, the row is dead-lettered
with one log line. A row whose scheme has no channel (yet) waits without spending
attempts. Every `Outbound` carries its ``outbox_id`` so channels can drop a
redelivery.

Services call `OutboxSender.notify` after committing, so a new message does not wait
for the poll interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import ChannelRegistry, DeliveryError
from bot.messages import Outbound
from storage import outbox_store
from storage.outbox_store import OutboxRow

logger = logging.getLogger(__name__)

Render = Callable[[OutboxRow], Outbound | Awaitable[Outbound]]
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class OutboxSender:
    """Claims due outbox rows, delivers them through the channels, records the outcome."""

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        channels: ChannelRegistry,
        render: Render,
        clock: Clock = _utc_now,
        max_attempts: int = 8,
        batch_size: int = 50,
        poll_interval: float = 5.0,
        backoff_base: timedelta = timedelta(seconds=5),
        backoff_cap: timedelta = timedelta(hours=1),
        unroutable_delay: timedelta = timedelta(minutes=1),
        offline_delay: timedelta = timedelta(minutes=2),
        offline_max_age: timedelta = timedelta(days=14),
        lease: timedelta = outbox_store.DEFAULT_LEASE,
        write_lock: asyncio.Lock | None = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._sessions = sessions
        self._channels = channels
        self._render = render
        self._clock = clock
        self.max_attempts = max_attempts
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.unroutable_delay = unroutable_delay
        self.offline_delay = offline_delay
        self.offline_max_age = offline_max_age
        self.lease = lease
        # SQLite: the same lock the units of work take, so the sender's short transactions queue
        # behind a turn instead of meeting SQLITE_BUSY (whose busy handler sleeps up to 100 ms).
        self._write_lock = write_lock
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._unroutable_logged: set[str] = set()

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[AsyncSession]:
        async with contextlib.AsyncExitStack() as stack:
            if self._write_lock is not None:
                await stack.enter_async_context(self._write_lock)
            yield await stack.enter_async_context(self._sessions())

    # -- lifecycle -----------------------------------------------------------------

    def notify(self) -> None:
        """Something was committed to the outbox: look now rather than at the next poll."""
        self._wake.set()

    def start(self) -> None:
        if self._task is not None and not self._task.done():
            return
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="outbox-sender")

    async def stop(self, grace: float = 10.0) -> None:
        """Finish the round in progress (up to ``grace`` seconds), then stop."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), grace)
        except TimeoutError:
            # Rows being delivered stay leased and come due again: at least once.
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _run(self) -> None:
        while not self._stopping:
            # Cleared before the round, so a notify() during the round is not lost.
            self._wake.clear()
            try:
                handled = await self.run_once()
            except Exception:
                logger.exception("outbox round failed; trying again in %.0f s", self.poll_interval)
                handled = 0
            if self._stopping:
                break
            if handled >= self.batch_size:
                continue  # more may be due right now
            await self._sleep(await self._seconds_until_next_due())

    async def _seconds_until_next_due(self) -> float:
        try:
            async with self._transaction() as session:
                due = await outbox_store.next_due(session)
        except Exception:
            logger.exception("could not read the next outbox due time")
            return self.poll_interval
        if due is None:
            return self.poll_interval
        return min(self.poll_interval, max(0.0, (due - self._clock()).total_seconds()))

    async def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    async def release(self, address: str) -> None:
        """She is back online: what waited for ``address`` is due now, and the sender looks at once."""
        async with self._transaction() as session:
            released = await outbox_store.release(session, address, now=self._clock())
            await session.commit()
        if released:
            self.notify()

    # -- one round -----------------------------------------------------------------

    async def run_once(self, now: datetime | None = None) -> int:
        """Claim the rows due at ``now`` (default: the clock) and try each once; return how many.

        Outcomes are timed by the clock read after each delivery, or at ``now`` when given.
        """
        clock: Clock = self._clock if now is None else (lambda: now)
        now = clock()
        async with self._transaction() as session:
            rows = await outbox_store.claim_due(session, now=now, limit=self.batch_size, lease=self.lease)
            await session.commit()
        if not rows:
            return 0
        # One address's messages go in order; different addresses go side by side.
        by_address: dict[str, list[OutboxRow]] = {}
        for row in rows:
            by_address.setdefault(row.address, []).append(row)
        delivered: list[tuple[int, int]] = []
        await asyncio.gather(*(self._deliver_in_order(group, clock, delivered) for group in by_address.values()))
        if delivered:
            try:
                async with self._transaction() as session:
                    await outbox_store.mark_sent_many(session, delivered, now=clock())
                    await session.commit()
            except Exception:
                # The lease brings the rows back later; channels drop what they already sent.
                logger.exception("outbox: could not record %d deliveries", len(delivered))
        return len(rows)

    async def _deliver_in_order(self, rows: list[OutboxRow], clock: Clock, delivered: list[tuple[int, int]]) -> None:
        for row in rows:
            try:
                if await self._deliver(row, clock):
                    delivered.append((row.id, row.attempts + 1))
            except Exception:
                # Recording the outcome failed; the lease brings the row back later.
                logger.exception("outbox %s: could not record the delivery outcome", row.id)

    async def _deliver(self, row: OutboxRow, clock: Clock) -> bool:
        """Try one row; True when the channel took it (recorded with the round), else its outcome is recorded."""
        channel = self._channels.for_address(row.address)
        if channel is None:
            if row.scheme not in self._unroutable_logged:
                self._unroutable_logged.add(row.scheme)
                logger.warning(
                    "no channel for %r addresses (registered: %s); their messages wait",
                    row.scheme,
                    ", ".join(self._channels.schemes()) or "none",
                )
            await self._record(outbox_store.postpone, row.id, not_before=clock() + self.unroutable_delay)
            return False
        attempts = row.attempts + 1
        try:
            message = self._render(row)
            if inspect.isawaitable(message):
                message = await message
            if message.outbox_id is None:
                message = dataclasses.replace(message, outbox_id=row.id)
            await channel.deliver(message)
        except DeliveryError as error:
            reason = str(error) or type(error).__name__
            if error.offline and clock() - row.created_at < self.offline_max_age:
                # She is not connected: wait for her (the channel calls `release` when she is back).
                await self._record(outbox_store.postpone, row.id, not_before=clock() + self.offline_delay)
                return False
            await self._failed(row, attempts, clock(), reason, error.retry_after, error.permanent)
            return False
        except Exception as error:  # a renderer or channel bug must not stop the loop
            logger.debug("outbox %s: unexpected error", row.id, exc_info=True)
            await self._failed(row, attempts, clock(), f"{type(error).__name__}: {error}", None, False)
            return False
        return True

    async def _failed(
        self, row: OutboxRow, attempts: int, now: datetime, error: str, retry_after: float | None, permanent: bool
    ) -> None:
        if permanent or attempts >= self.max_attempts:
            await self._record(outbox_store.mark_dead, row.id, attempts=attempts, error=error)
            logger.error(
                "outbox %s to %s dead-lettered after %d attempt(s)%s: %s",
                row.id,
                row.scheme,
                attempts,
                " (permanent failure)" if permanent else "",
                error,
            )
            return
        if retry_after is not None and retry_after >= 0:
            delay = timedelta(seconds=retry_after)
        else:
            delay = outbox_store.backoff(attempts, base=self.backoff_base, cap=self.backoff_cap)
        await self._record(outbox_store.schedule_retry, row.id, not_before=now + delay, attempts=attempts, error=error)
        logger.info("outbox %s: attempt %d failed (%s); next try in %s", row.id, attempts, error, delay)

    async def _record(self, statement: Callable[..., Awaitable[None]], outbox_id: int, **values: object) -> None:
        async with self._transaction() as session:
            await statement(session, outbox_id, **values)
            await session.commit()


__all__ = ["OutboxSender", "Render"]
