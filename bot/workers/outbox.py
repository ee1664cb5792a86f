"""The outbox sender: delivers what services wrote to the outbox, at least once.

Each channel (URN scheme) this process serves has a lane of its own: a worker that claims
only that scheme's due rows, with its own delivery timeout, so a stalled homeserver or Bot
API never holds another channel's messages. Within a lane, up to ``max_in_flight`` chats
are served side by side; one chat's messages go one after another, in order. Emergency
rows (``priority`` 1: the danger-now numbers, alerts to the staff on duty) are claimed
before anything else, even when every slot is busy or her chat still has an ordinary
message on its way. Background rows (``priority`` -1: the clock's reminders, the digest) go
after the ordinary ones due with them, in her chat as in the lane: a staff member's answer to
what she just did does not wait behind her own backlog of reminders.

A process claims only what it can deliver. Rows of a scheme no channel of this process
serves are left to a process that serves it (logged once). A channel that reaches only the
sessions connected to this process (`SessionChannel`: the web chat) has its rows claimed
by address, for its connected sessions; a row no process took within ``orphan_grace``
(her page has gone) is then claimed by any process serving the scheme, so the channel's
offline rules apply to it (a PIN is dropped or held in memory, an old row is dead-lettered).
With ``orphan_grace`` zero (SQLite: one ``run`` per database) every row of the scheme is
claimed at once, as by a channel that reaches every address.

Each row is rendered with an injected ``render(row) -> Outbound`` (the localizer in
production), handed to its channel, and marked sent as soon as the channel took it
(deliveries finishing together share one short transaction), so a crash afterwards
repeats at most the messages of the last few milliseconds. A failed delivery is tried
again after an exponential backoff, or after the ``retry_after`` the channel gave;
after ``max_attempts`` tries, or at once for a permanent failure, the row is
dead-lettered. Every `Outbound` carries its ``outbox_id`` so channels can drop a redelivery.

Poison rows stay alone. A row that cannot be read (`OutboxRow.fault`: bad JSON written by
hand, a value sealed with a key this process lacks) or rendered (a message id no catalog
has, a Fluent error, arguments the renderer refuses) gets ``poison_attempts`` tries (3:
a key ring reloads `keys rotate`'s file within seconds, and on PostgreSQL a newer process
of a rolling deploy may know a new message id), then it is dead-lettered; it does not hold
her later messages meanwhile. Whatever goes wrong with one row (a channel raising something
unexpected too) is that row's outcome: the claim, the lane and every other chat go on.
Each row is logged once, when it is given up (one ERROR line: id, scheme, attempts, the
error's class or the channel's short reason); tries before that are DEBUG lines. A dead
letter's arguments are cleared at once; ``walking-home outbox dead`` lists dead letters and
``walking-home outbox retry`` queues again those that would go out as they were.

Services call `OutboxSender.notify` after committing, so a new message does not wait
for the poll interval; a session channel calls `OutboxSender.release` when a page
connects. `run_once` is one synchronous round over every scheme served, for tests and tools.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import enum
import functools
import inspect
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import ChannelRegistry, DeliveryError
from bot.lifecycle import Health
from bot.logs import describe
from bot.messages import Outbound
from bot.workers.base import Worker
from storage import outbox_store
from storage.outbox_store import OutboxRow

logger = logging.getLogger(__name__)

Render = Callable[[OutboxRow], Outbound | Awaitable[Outbound]]
Clock = Callable[[], datetime]

#: What `OutboxSender._deliver` reports for a row: taken by the channel, given up for good, or to
#: be tried again later on its own (her later messages go on meanwhile).
DELIVERED, DEAD_LETTERED, RETRYING_ALONE = "delivered", "dead", "retrying-alone"
#: Set in `Outbound.extra` of a message that shows her PIN (a receipt): a channel must deliver
#: it now or hold it only in memory for the session that proves itself (the web chat does).
HOLDS_PIN = "holds_pin"
PIN_NOT_KEPT = "holds a PIN: not kept for a page that has gone"
#: Addresses per claim statement (bind parameters stay far below SQLite's and asyncpg's limits).
ADDRESS_CHUNK = 1000
#: How long a session channel's row waits for the process holding her page, before any
#: process serving the scheme treats it as orphaned (several processes on PostgreSQL).
DEFAULT_ORPHAN_GRACE = timedelta(minutes=1)
#: Tries of a row that cannot be read or rendered before it is dead-lettered.
DEFAULT_POISON_ATTEMPTS = 3
#: Seconds the sent-marks writer waits, so that the deliveries of that moment share its transaction.
MARKS_DELAY = 0.02
#: Seconds between two looks for rows of a scheme no channel here serves (one query each).
UNSERVED_CHECK_INTERVAL = 60.0


#: The reasons a row is given up on without a delivery attempt (shown by ``outbox dead`` in words).
UNREADABLE = "unreadable"
NOT_RENDERABLE = "not renderable"


class DeliveryFailure(enum.StrEnum):
    """The kinds of failed delivery `DeliveryObserver.delivery_failed` is told of (a metric's label values)."""

    UNROUTABLE = "unroutable"
    UNREADABLE = "unreadable"
    NOT_RENDERABLE = "not_renderable"
    OFFLINE = "offline"
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    TIMEOUT = "timeout"
    UNEXPECTED = "unexpected"


DELIVERY_FAILURE_KINDS = frozenset(kind.value for kind in DeliveryFailure)


class DeliveryObserver(Protocol):
    """Told of each delivery's outcome (`bot.metrics.Metrics`): the channel's scheme, a kind of
    `DELIVERY_FAILURE_KINDS`, seconds; never the row."""

    def delivered(self, scheme: str, seconds: float) -> None: ...

    def delivery_failed(self, scheme: str, kind: str, seconds: float | None = None) -> None: ...


class _Unobserved:
    def delivered(self, scheme: str, seconds: float) -> None:
        pass

    def delivery_failed(self, scheme: str, kind: str, seconds: float | None = None) -> None:
        pass


class RenderError(Exception):
    """A row rendered with catalog errors (a missing message, a Fluent error): it must not go out."""


#: The catalog errors of the row being rendered in this task (None: not collecting).
_catalog_faults: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("catalog_faults", default=None)


class _CatalogFaults(logging.Filter):
    """Turns the localizer's error lines, while a row renders, into that row's render failure.

    The localizer logs a missing message or a Fluent error and still returns text (the message
    id, ``{???}``): right for a dialog reply, wrong for a queued message, which would go out
    broken and log a line on every try. Rendering is synchronous, so the context variable
    set around it belongs to exactly that row.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        faults = _catalog_faults.get()
        if faults is None or record.levelno < logging.ERROR:
            return True
        if str(record.msg).startswith("message %s missing"):
            faults.append("message not in the catalogs")
        else:  # the Fluent errors' classes only: their text may quote an argument
            errors = record.args[-1] if isinstance(record.args, tuple) and record.args else ()
            kinds = sorted({type(e).__name__ for e in errors}) if isinstance(errors, list) else []
            faults.append(f"catalog error ({', '.join(kinds) or 'unknown'})")
        return False


_catalog_filter = _CatalogFaults()
logging.getLogger("bot.i18n").addFilter(_catalog_filter)  # the same object each import: added once


@runtime_checkable
class SessionChannel(Protocol):
    """A channel that reaches only the sessions connected to this process (the web chat)."""

    scheme: str

    def connected_addresses(self) -> Collection[str]:
        """The addresses whose page (socket) this process holds now."""


class LeaseHolder(Protocol):
    """A lock this process holds while it runs (`storage.advisory.AdvisoryLock` on PostgreSQL)."""

    key: int

    @property
    def held(self) -> bool: ...
    async def try_acquire(self, *, raise_errors: bool = False) -> bool: ...
    async def release(self) -> None: ...


def holds_a_pin(row: OutboxRow) -> bool:
    """The message shows a PIN (the receipt, the hotline's registration notice)."""
    return isinstance(row.args, dict) and "pin" in row.args


def _utc_now() -> datetime:
    return datetime.now(UTC)


def by_address(rows: Iterable[OutboxRow]) -> dict[str, list[OutboxRow]]:
    """Rows grouped per chat, each group in claim order (urgent, ordinary, background; each oldest first)."""
    groups: dict[str, list[OutboxRow]] = {}
    for row in rows:
        groups.setdefault(row.address, []).append(row)
    return groups


class OutboxSender(Worker):
    """Claims due outbox rows per channel served, delivers them, records each outcome at once.

    Its own rounds keep a lane running for every registered channel and log rows that no
    channel of this process serves; the lanes do the claiming and delivering.
    """

    name = "outbox"

    def __init__(
        self,
        *,
        sessions: async_sessionmaker[AsyncSession],
        channels: ChannelRegistry,
        render: Render,
        clock: Clock = _utc_now,
        max_attempts: int = 8,
        poison_attempts: int = DEFAULT_POISON_ATTEMPTS,
        batch_size: int = 50,
        per_chat: int = 10,
        max_in_flight: int = 16,
        delivery_timeout: float = 30.0,
        poll_interval: float = 5.0,
        backoff_base: timedelta = timedelta(seconds=5),
        backoff_cap: timedelta = timedelta(hours=1),
        unroutable_delay: timedelta = timedelta(minutes=1),
        offline_delay: timedelta = timedelta(minutes=2),
        offline_max_age: timedelta = timedelta(days=14),
        orphan_grace: timedelta = DEFAULT_ORPHAN_GRACE,
        lease: timedelta = outbox_store.DEFAULT_LEASE,
        write_lock: asyncio.Lock | None = None,
        holder: Callable[[], LeaseHolder] | None = None,
    ) -> None:
        if max_attempts < 1 or poison_attempts < 1:
            raise ValueError("max_attempts and poison_attempts must be at least 1")
        if timedelta(seconds=delivery_timeout) >= lease:
            raise ValueError("delivery_timeout must be shorter than the lease")
        super().__init__(interval=poll_interval, error_backoff=1.0, error_backoff_cap=30.0, now=clock)
        self._sessions = sessions
        self._channels = channels
        self._render = render
        self._clock = clock
        self.max_attempts = max_attempts
        self.poison_attempts = poison_attempts
        self.batch_size = batch_size
        #: Ordinary rows of one chat per claim: a chat's backlog (Telegram sends about one a second
        #: to a chat) leaves the rest of the batch to the other chats, and its rows stay within the lease.
        self.per_chat = per_chat
        self.max_in_flight = max_in_flight
        self.delivery_timeout = delivery_timeout
        self.poll_interval = poll_interval
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.unroutable_delay = unroutable_delay
        self.offline_delay = offline_delay
        self.offline_max_age = offline_max_age
        self.orphan_grace = orphan_grace
        self.lease = lease
        # SQLite: the same lock the units of work take, so the sender's short transactions queue
        # behind a turn instead of meeting SQLITE_BUSY (whose busy handler sleeps up to 100 ms).
        self._write_lock = write_lock
        # PostgreSQL: a lock held while this process runs (a new one, under a new key, whenever its
        # session ended); its key on the rows it leases tells the other processes whether their holder
        # is alive (`storage.outbox_store.release_dead_leases`).
        self._make_holder = holder
        self._holder: LeaseHolder | None = None
        self._holder_taking = asyncio.Lock()  # the lanes claim side by side: one takes the lock
        self._leased_under: dict[int, int] = {}  # row id → the key it was claimed under, while in hand
        self._marks = _SentMarks(self)
        #: Told of every delivery's outcome (metrics, when enabled).
        self.observer: DeliveryObserver = _Unobserved()
        self._lanes: dict[str, _Lane] = {}
        self._unroutable_logged: set[str] = set()
        self._unserved_checked: datetime | None = None
        channels.subscribe(self.notify)

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[AsyncSession]:
        async with contextlib.AsyncExitStack() as stack:
            if self._write_lock is not None:
                await stack.enter_async_context(self._write_lock)
            yield await stack.enter_async_context(self._sessions())

    # -- lifecycle -----------------------------------------------------------------

    def notify(self) -> None:
        """Something was committed to the outbox (or a channel came up): look now."""
        super().notify()
        for lane in self._lanes.values():
            lane.notify()

    async def take_over_leases(self) -> int:
        """Make the rows a dead process held due now, before the lanes start (`walking-home run` on
        SQLite, where its lock makes it the only sender: every lease there is a dead process's). Her
        chat goes on at once and in order, instead of after the lease (about 40 s were measured)."""
        async with self._transaction() as session:
            count = await outbox_store.release_leases(session, now=self._clock())
            await session.commit()
        if count:
            logger.info("outbox: %d message(s) a stopped process was delivering are due again", count)
        return count

    async def stop(self, grace: float = 10.0) -> None:
        """Let deliveries in progress finish (up to ``grace`` seconds), then stop every lane.

        Rows still being delivered when the grace runs out stay leased and come due again: at least once.
        """
        await super().stop(grace)
        lanes, self._lanes = list(self._lanes.values()), {}
        await asyncio.gather(*(lane.stop(grace) for lane in lanes))
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._marks.flush(), grace)
        if self._holder is not None:
            await self._holder.release()  # what is still leased here is the other processes' to take
            self._holder = None

    def health(self) -> Health:
        """Its own loop's health, not ok while a lane fails; the detail names the failing lanes."""
        own = super().health()
        failing = [lane for lane in self._lanes.values() if not lane.health().ok]
        detail = " ".join([own.detail, *(f"{lane.name}:{lane.health().detail}" for lane in failing)]).strip()
        return Health(name=self.name, ok=own.ok and not failing, detail=detail)

    async def run_round(self) -> None:
        """Keep a lane running for every registered channel; log rows no channel here serves."""
        for scheme in self._channels.schemes():
            lane = self._lanes.get(scheme)
            if lane is None or not lane.running:
                lane = self._lanes[scheme] = _Lane(self, scheme)
                await lane.start()
        now = self._clock()
        if self._unserved_checked is None or (now - self._unserved_checked).total_seconds() >= UNSERVED_CHECK_INTERVAL:
            self._unserved_checked = now
            await self._log_unserved(now)
        return None

    async def _log_unserved(self, now: datetime) -> None:
        """Rows of a scheme with no channel here are left alone (another process may serve it)."""
        async with self._transaction() as session:
            schemes = await outbox_store.due_schemes(session, now=now)
        for scheme in schemes:
            if scheme not in self._channels:
                self._log_unroutable(scheme)

    def _log_unroutable(self, scheme: str) -> None:
        if scheme not in self._unroutable_logged:
            self._unroutable_logged.add(scheme)
            logger.warning(
                "no channel for %r addresses in this process (it serves: %s); their messages wait for one that does",
                scheme,
                ", ".join(self._channels.schemes()) or "none",
            )

    async def release(self, address: str) -> None:
        """Her page connected here: what waited for ``address`` is due now, and the sender looks at once."""
        async with self._transaction() as session:
            released = await outbox_store.release(session, address, now=self._clock())
            await session.commit()
        self.notify()  # even with nothing released: rows due for her are now claimed by this process
        if released:
            logger.debug("outbox: %d row(s) released for a connected session", released)

    # -- claiming and delivering ------------------------------------------------------

    def connected(self, scheme: str) -> list[str] | None:
        """The addresses of ``scheme`` whose session this process holds; None: its channel reaches every address."""
        channel = self._channels.for_address(f"{scheme}:")
        if isinstance(channel, SessionChannel):
            return sorted(channel.connected_addresses())
        return None

    async def claim_for_lane(
        self, now: datetime, scheme: str, *, limit: int, skip_addresses: Collection[str] = ()
    ) -> list[OutboxRow]:
        """What this process may deliver of ``scheme``: every due row, or for a session channel the rows
        of its connected sessions and then the orphans (due rows older than ``orphan_grace``)."""
        connected = self.connected(scheme)
        if connected is None or not self.orphan_grace:
            return await self.claim(now, scheme=scheme, limit=limit, skip_addresses=skip_addresses)
        skip = set(skip_addresses)
        held = [address for address in connected if address not in skip]
        rows: list[OutboxRow] = []
        for start in range(0, len(held), ADDRESS_CHUNK):
            ordinary = sum(1 for row in rows if not row.urgent)
            rows += await self.claim(
                now, scheme=scheme, limit=limit - ordinary, addresses=held[start : start + ADDRESS_CHUNK]
            )
        ordinary = sum(1 for row in rows if not row.urgent)
        rows += await self.claim(
            now,
            scheme=scheme,
            limit=limit - ordinary,
            skip_addresses=skip | {row.address for row in rows},
            created_before=now - self.orphan_grace,
        )
        return rows

    async def claim(
        self,
        now: datetime,
        *,
        scheme: str | None,
        limit: int,
        skip_addresses: Iterable[str] = (),
        addresses: Collection[str] | None = None,
        created_before: datetime | None = None,
    ) -> list[OutboxRow]:
        """Urgent rows first (whatever else is in flight), then up to ``limit`` others, in one statement;
        the deliveries recorded since the last write are marked sent in the same transaction."""
        scope = {"scheme": scheme, "addresses": addresses, "created_before": created_before}
        holder = await self._holder_key()
        marks = self._marks.take()
        try:
            async with self._transaction() as session:
                if marks:
                    await outbox_store.mark_sent_many(session, marks)
                rows = await outbox_store.claim_due(
                    session,
                    now=now,
                    limit=max(limit, 0),
                    urgent_limit=self.batch_size,
                    per_chat=self.per_chat,
                    lease=self.lease,
                    skip_addresses=list(skip_addresses),
                    holder=holder,
                    **scope,
                )
                await session.commit()
        except BaseException:
            self._marks.give_back(marks)
            raise
        if holder is not None:
            self._leased_under.update((row.id, holder) for row in rows)
        return rows

    async def _holder_key(self) -> int | None:
        """The key written on the rows this process leases; None without a holder (SQLite). A lock whose
        session ended (the database restarted, or ended an idle session) is replaced by a new one under a
        new key: the rows claimed under the old key are then any process's to take, this one's included,
        and the deliveries in hand stop before their next row (`_lease_kept`)."""
        if self._make_holder is None:
            return None
        async with self._holder_taking:
            holder = self._holder
            if holder is not None and holder.held:
                return holder.key
            if holder is not None:
                logger.warning(
                    "outbox: this process's lease lock was lost (its database session ended); "
                    "the messages it had claimed go to the next claim, in order"
                )
                await holder.release()
                self._holder = None
            fresh = self._make_holder()
            if not await fresh.try_acquire(raise_errors=True):
                raise RuntimeError("outbox: another session holds this process's new lease lock")
            self._holder = fresh
            return fresh.key

    def _lease_kept(self, row: OutboxRow) -> bool:
        """Whether this process still holds the lock ``row`` was claimed under (always, without one)."""
        key = self._leased_under.get(row.id)
        holder = self._holder
        return key is None or (holder is not None and holder.held and holder.key == key)

    async def run_once(self, now: datetime | None = None) -> int:
        """Claim the rows due at ``now`` (default: the clock) of every scheme served here, and try each once.

        Outcomes are timed by the clock read after each delivery, or at ``now`` when given.
        Returns how many rows were claimed.
        """
        clock: Clock = self._clock if now is None else (lambda: now)
        moment = clock()
        rows: list[OutboxRow] = []
        for scheme in self._channels.schemes():
            rows += await self.claim_for_lane(moment, scheme, limit=self.batch_size)
        await self._log_unserved(moment)
        await asyncio.gather(*(self.deliver_in_order(group, clock) for group in by_address(rows).values()))
        await self._marks.flush()
        return len(rows)

    async def deliver_in_order(self, rows: list[OutboxRow], clock: Clock) -> None:
        """One chat's rows, one after another; when one must wait, the rest wait with it. When the lock
        they were claimed under is lost, the rest are left to whichever process claims next: it may be
        sending them already, and two senders of one chat would put her messages out of order."""
        try:
            for row in rows:
                await asyncio.sleep(0)  # a lock connection's end, already received, is seen first
                if not self._lease_kept(row):
                    return
                try:
                    outcome = await self._deliver(row, clock)
                    if outcome == DELIVERED:
                        self._marks.add(row.id, row.attempts + 1, clock())
                    elif isinstance(outcome, datetime) and not row.urgent:
                        await self._hold_behind(row, rows, outcome)
                        return
                except Exception:
                    # Recording the outcome failed; the lease brings the row back later.
                    logger.exception(
                        "outbox %s: could not record the delivery outcome", row.id, extra={"outbox_id": row.id}
                    )
        finally:
            for row in rows:
                self._leased_under.pop(row.id, None)

    async def _hold_behind(self, failed: OutboxRow, group: list[OutboxRow], until: datetime) -> None:
        """Her later messages (this group's, leased, and any still queued) wait for the failed one; a
        failed background row holds only the background rows after it, never her replies."""
        after = group[group.index(failed) + 1 :]  # claim order: a background row may be older than it
        leased = [row.id for row in after if not row.urgent]
        async with self._transaction() as session:
            if leased:
                await outbox_store.postpone_many(session, leased, not_before=until)
            await outbox_store.postpone_chat(
                session, failed.address, after_id=failed.id, not_before=until, priority=failed.priority
            )
            await session.commit()

    async def _deliver(self, row: OutboxRow, clock: Clock) -> str | datetime:
        """Try one row: `DELIVERED`, `DEAD_LETTERED`, or when it is due again (already recorded)."""
        channel = self._channels.for_address(row.address)
        observer = self.observer
        if channel is None:
            observer.delivery_failed(row.scheme, DeliveryFailure.UNROUTABLE)
            self._log_unroutable(row.scheme)
            return await self._postpone(row, clock() + self.unroutable_delay)
        attempts = row.attempts + 1
        if row.fault:
            observer.delivery_failed(row.scheme, DeliveryFailure.UNREADABLE)
            return await self._poisoned(row, attempts, clock(), f"{UNREADABLE}: {row.fault}")
        try:
            message = await self._rendered(row)
        except Exception as error:  # never its text: a renderer's message may quote her words
            observer.delivery_failed(row.scheme, DeliveryFailure.NOT_RENDERABLE)
            reason = str(error) if isinstance(error, RenderError) else describe(error)
            return await self._poisoned(row, attempts, clock(), f"{NOT_RENDERABLE}: {reason}")
        started = time.perf_counter()
        try:
            await asyncio.wait_for(channel.deliver(message), self.delivery_timeout)
        except DeliveryError as error:
            kind = (
                DeliveryFailure.OFFLINE
                if error.offline
                else DeliveryFailure.PERMANENT
                if error.permanent
                else DeliveryFailure.TEMPORARY
            )
            observer.delivery_failed(row.scheme, kind, time.perf_counter() - started)
            reason = str(error) or type(error).__name__
            if error.offline and holds_a_pin(row):
                # Never queued for a page that has gone: her PIN would wait in the row for days.
                await self._record(outbox_store.mark_dead, row.id, attempts=attempts, error=PIN_NOT_KEPT, at=clock())
                logger.info(
                    "outbox %s to %s dropped: %s", row.id, row.scheme, PIN_NOT_KEPT, extra={"outbox_id": row.id}
                )
                return DEAD_LETTERED
            if error.offline and clock() - row.created_at < self.offline_max_age:
                # She is not connected: wait for her (the channel calls `release` when she is back).
                return await self._postpone(row, clock() + self.offline_delay)
            return await self._failed(row, attempts, clock(), reason, error.retry_after, error.permanent)
        except TimeoutError:
            observer.delivery_failed(row.scheme, DeliveryFailure.TIMEOUT, time.perf_counter() - started)
            reason = f"no answer within {self.delivery_timeout:.0f} s"
            return await self._failed(row, attempts, clock(), reason, None, False)
        except Exception as error:  # a channel bug must not stop the loop
            observer.delivery_failed(row.scheme, DeliveryFailure.UNEXPECTED, time.perf_counter() - started)
            logger.debug("outbox %s: unexpected error", row.id, exc_info=True, extra={"outbox_id": row.id})
            # Its class and codes only: a driver's message may quote what she wrote.
            return await self._failed(row, attempts, clock(), describe(error), None, False)
        observer.delivered(row.scheme, time.perf_counter() - started)
        return DELIVERED

    async def _rendered(self, row: OutboxRow) -> Outbound:
        """The row as a message; `RenderError` when the catalogs reported an error while rendering it."""
        faults: list[str] = []
        token = _catalog_faults.set(faults)
        try:
            message = self._render(row)
            if inspect.isawaitable(message):
                message = await message
        finally:
            _catalog_faults.reset(token)
        if faults:
            raise RenderError("; ".join(dict.fromkeys(faults)))
        if message.outbox_id is None:
            message = dataclasses.replace(message, outbox_id=row.id)
        if holds_a_pin(row):
            message = dataclasses.replace(message, extra={**message.extra, HOLDS_PIN: True})
        return message

    async def _postpone(self, row: OutboxRow, not_before: datetime) -> datetime:
        await self._record(outbox_store.postpone, row.id, not_before=not_before)
        return not_before

    async def _poisoned(self, row: OutboxRow, attempts: int, now: datetime, error: str) -> str:
        """A row that cannot be read or rendered: tried again after the backoff up to ``poison_attempts``
        times, without holding her later messages (it most likely never goes), then dead-lettered."""
        outcome = await self._failed(row, attempts, now, error, None, attempts >= self.poison_attempts)
        return outcome if isinstance(outcome, str) else RETRYING_ALONE

    async def _failed(
        self, row: OutboxRow, attempts: int, now: datetime, error: str, retry_after: float | None, permanent: bool
    ) -> str | datetime:
        if permanent or attempts >= self.max_attempts:
            cleared = bool(row.args) or bool(row.fault)
            await self._record(
                outbox_store.mark_dead, row.id, attempts=attempts, error=error, at=now, args_cleared=cleared
            )
            # The one line this row ever logs above DEBUG.
            logger.error(
                "outbox %s to %s dead-lettered after %d attempt(s): %s",
                row.id,
                row.scheme,
                attempts,
                error,
                extra={"outbox_id": row.id, "channel": row.scheme},
            )
            return DEAD_LETTERED
        if retry_after is not None and retry_after >= 0:
            delay = timedelta(seconds=retry_after)
        else:
            delay = outbox_store.backoff(attempts, base=self.backoff_base, cap=self.backoff_cap)
        await self._record(outbox_store.schedule_retry, row.id, not_before=now + delay, attempts=attempts, error=error)
        logger.debug("outbox %s: attempt %d failed (%s); next try in %s", row.id, attempts, error, delay)
        return now + delay

    async def _record(self, statement: Callable[..., Awaitable[None]], *target: object, **values: object) -> None:
        async with self._transaction() as session:
            await statement(session, *target, **values)
            await session.commit()


class _SentMarks:
    """Marks delivered rows sent soon, without holding the chat's slot meanwhile.

    A writer task commits what has been delivered, `MARKS_DELAY` after the first delivery it
    waits for, so that the deliveries of that moment share one transaction; a claim that runs
    first takes them into its own transaction instead (`take`). The rows stay leased until
    then, so nobody claims them again, and a crash repeats almost nothing.
    """

    def __init__(self, sender: OutboxSender) -> None:
        self._sender = sender
        self._waiting: list[tuple[int, int, datetime]] = []
        self._writer: asyncio.Task[None] | None = None

    def add(self, outbox_id: int, attempts: int, at: datetime) -> None:
        """Record one delivery; the writer commits it shortly unless a claim takes it first."""
        self._waiting.append((outbox_id, attempts, at))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write(), name="outbox-sent-marks")

    def take(self) -> list[tuple[int, int, datetime]]:
        """The deliveries not written yet, for a transaction that writes them itself."""
        taken, self._waiting = self._waiting, []
        return taken

    def give_back(self, marks: list[tuple[int, int, datetime]]) -> None:
        """Deliveries taken by a transaction that failed: written by the writer (or the next claim) instead."""
        if marks:
            self._waiting[:0] = marks
            if self._writer is None or self._writer.done():
                self._writer = asyncio.create_task(self._write(), name="outbox-sent-marks")

    async def flush(self) -> None:
        """Wait until every delivery recorded so far is committed (or its failure logged)."""
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)

    async def _write(self) -> None:
        sender = self._sender
        await asyncio.sleep(MARKS_DELAY)
        while self._waiting:
            batch = self.take()
            try:
                async with sender._transaction() as session:
                    await outbox_store.mark_sent_many(session, batch)
                    await session.commit()
                # A claim that ran beside this commit (PostgreSQL) saw these rows still leased and left
                # their chats' next rows: the lanes look again now, not at their next poll.
                sender.notify()
            except Exception as error:
                # The lease brings the rows back later; channels drop what they already sent. One line
                # (a paused database made this two tracebacks of about 90 lines each time).
                logger.error(
                    "outbox: could not record %d deliveries (%s); they come due again when their lease ends",
                    len(batch),
                    type(error).__name__,
                )
                logger.debug("outbox: the failed record of deliveries", exc_info=True)


class _Lane(Worker):
    """One channel's deliveries: claims its scheme's rows and serves its chats side by side."""

    def __init__(self, sender: OutboxSender, scheme: str) -> None:
        super().__init__(interval=sender.poll_interval, error_backoff=1.0, error_backoff_cap=30.0, now=sender._clock)
        self.name = f"outbox-lane-{scheme}"
        self.sender = sender
        self.scheme = scheme
        self.in_flight: dict[str, asyncio.Task[None]] = {}
        self.claimed = 0  # ordinary rows claimed and not yet finished
        self.slots = asyncio.Semaphore(sender.max_in_flight)
        self.urgent: set[asyncio.Task[None]] = set()
        self.urgent_chats: dict[str, set[asyncio.Task[None]]] = {}  # chat → its urgent deliveries in hand

    async def run_round(self) -> float:
        sender = self.sender
        if self.scheme not in sender._channels:
            # Its channel stepped down (a leader that lost its lock): the process that leads now
            # claims these rows; claiming them here would only postpone each.
            return sender.poll_interval
        limit = sender.batch_size - self.claimed
        busy = self.in_flight.keys() | self.urgent_chats.keys()  # their ordinary rows wait: her order is kept
        rows = await sender.claim_for_lane(sender._clock(), self.scheme, limit=limit, skip_addresses=busy)
        self._start(rows)
        urgent = sum(1 for row in rows if row.urgent)
        if urgent >= sender.batch_size or (limit > 0 and len(rows) - urgent >= limit):
            return 0.0  # a full claim: claim again at once, more may be due
        # A claim short of its limit took everything due that it may take now; what comes later
        # (a commit, a chat finishing, her page connecting) wakes the lane.
        return await self._seconds_until_due()

    async def finish(self) -> None:
        """The deliveries in hand end (cancelled with this task when the grace runs out)."""
        await asyncio.gather(*self.in_flight.values(), *self.urgent, return_exceptions=True)

    def _start(self, rows: list[OutboxRow]) -> int:
        """Deliver claimed rows: urgent ones at once, the others one task per chat, at most
        ``max_in_flight`` chats at a time (claiming a batch at once keeps the claims few). A chat's
        ordinary rows go after its urgent ones of the same claim (her "danger now" turn: the numbers,
        the receipt, then what she typed next), never beside them."""
        ordinary = [row for row in rows if not row.urgent]
        for address, group in by_address(row for row in rows if row.urgent).items():
            task = asyncio.create_task(self.sender.deliver_in_order(group, self.sender._clock))
            self.urgent.add(task)
            self.urgent_chats.setdefault(address, set()).add(task)
            task.add_done_callback(functools.partial(self._finished_urgent, address))
        for address, group in by_address(ordinary).items():
            after = set(self.urgent_chats.get(address, ()))
            task = asyncio.create_task(self._deliver_chat(group, after=after))
            self.in_flight[address] = task
            self.claimed += len(group)
            task.add_done_callback(functools.partial(self._finished, address, len(group)))
        return len(rows)

    async def _deliver_chat(self, rows: list[OutboxRow], *, after: set[asyncio.Task[None]]) -> None:
        """One chat's rows, once her urgent ones in hand (``after``) are through and one of the lane's
        ``max_in_flight`` slots is free."""
        if after:
            await asyncio.wait(after)
        async with self.slots:
            await self.sender.deliver_in_order(rows, self.sender._clock)

    def _finished(self, address: str, rows: int, _task: asyncio.Task[None]) -> None:
        self.in_flight.pop(address, None)
        self.claimed -= rows
        self.notify()

    def _finished_urgent(self, address: str, task: asyncio.Task[None]) -> None:
        self.urgent.discard(task)
        tasks = self.urgent_chats.get(address, set())
        tasks.discard(task)
        if not tasks:
            self.urgent_chats.pop(address, None)
        self.notify()

    async def _seconds_until_due(self) -> float:
        sender = self.sender
        if self.claimed >= sender.batch_size:
            return sender.poll_interval  # a finishing chat wakes the lane
        try:
            async with sender._transaction() as session:
                due = await outbox_store.next_due(session, scheme=self.scheme, after=sender._clock())
        except Exception as error:
            logger.error("outbox lane %s: could not read the next due time (%s)", self.scheme, type(error).__name__)
            return sender.poll_interval
        if due is None:
            return sender.poll_interval
        # Rows due now yet not claimed are left out: those chats are busy (or not connected
        # here); their finishing or her page connecting wakes the lane.
        seconds = (due - sender._clock()).total_seconds()
        return min(sender.poll_interval, max(seconds, 0.0))


def outbox_worker(app: Any) -> OutboxSender:
    """The app's sender: the composition root builds it (the dialogs and the web chat call it)."""
    return app.sender


__all__ = [
    "DEAD_LETTERED",
    "DEFAULT_ORPHAN_GRACE",
    "DEFAULT_POISON_ATTEMPTS",
    "DELIVERED",
    "HOLDS_PIN",
    "LeaseHolder",
    "PIN_NOT_KEPT",
    "RETRYING_ALONE",
    "OutboxSender",
    "RenderError",
    "Render",
    "SessionChannel",
    "by_address",
    "holds_a_pin",
    "outbox_worker",
]
