"""The SQL unit of work: one session, one transaction, rolled back unless committed.

Re-entrant: a service handed a unit of work that is already open (a dialog turn
that also records the inbound update and the conversation) runs inside a
SAVEPOINT, so its own rollback undoes only its work and its commit becomes part
of the outer transaction.

On SQLite an in-process ``write_lock`` orders the writers FIFO instead of letting
them spin on the busy timeout, and the units of work queued behind it share one
transaction: **group commit** (`WriteGroup`). Each runs in a SAVEPOINT of its own, so
one that fails or rolls back undoes only its work; the batch commits once nobody else
waits for it (or at a size or time cap). A unit of work is never reported committed
before the real COMMIT: leaving it waits for its batch's COMMIT and raises if that
COMMIT failed (every unit of work of the batch then raises). A unit of work that
only read waits too, since it may have read what the others of its batch wrote.
Other holders of the write lock (the outbox sender's short transactions) take the
lock itself, so they run between batches, never inside one.

`after_commit` callbacks run once the outermost transaction has committed and the
unit of work is left (session closed, write lock released); a rollback drops those
registered in the levels it undoes, so nothing runs for a change that did not happen.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession, AsyncSessionTransaction, async_sessionmaker

from storage.adapters import (
    SqlApprovals,
    SqlCallbackTasks,
    SqlConversations,
    SqlErasure,
    SqlPeople,
    SqlPhoneIndex,
    SqlPinGuesses,
    SqlReporterViews,
    SqlStaffAccounts,
    SqlStaffViews,
    SqlTimers,
)
from storage.dashboard_links import SqlDashboardLinks
from storage.engine import TURN_SAVEPOINT, TURN_SCOPE_KEY, TurnScope
from storage.follow_ups import SqlFollowUps
from storage.orders import SqlOrders
from storage.repositories import (
    SqlAuditLog,
    SqlCaseEntries,
    SqlCaseRepository,
    SqlEventLog,
    SqlOutbox,
    SqlReferenceSequence,
)
from storage.stats import SqlStats
from workflows.errors import NotCommitted
from workflows.publishing import AfterCommitHooks

logger = logging.getLogger(__name__)

#: A batch takes at most this many units of work, and takes no more after this many seconds,
#: so the other holders of the write lock (the outbox sender) and the first turns of a long
#: queue are not kept waiting behind a batch that never ends.
MAX_BATCH = 64
MAX_BATCH_SECONDS = 0.010
#: A unit of work holding a batch longer than this delays the commit of those before it: logged.
SLOW_MEMBER_SECONDS = 0.5


class _Batch:
    """One open transaction shared by the units of work that ran in it, and its outcome."""

    def __init__(self, session: AsyncSession, driver: Any, scope: TurnScope, info: dict) -> None:
        self.session = session
        self.driver = driver  # the aiosqlite connection behind the session
        self.scope = scope
        self.info = info
        self.members = 0
        self.started = time.monotonic()
        self.failure: BaseException | None = None  # a savepoint could not be rolled back: the batch is unsafe
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # Nobody may wait for a failed batch (every unit of work left with its own error): no warning.
        self.done.add_done_callback(lambda future: future.cancelled() or future.exception())


class WriteGroup:
    """The units of work of one SQLite write lock: the open batch, and who waits to run in it.

    The batch holds the in-process write lock from its first unit of work to its COMMIT; its SQLite
    transaction begins at its first write (`storage.engine.open_turn_savepoint`). A unit of work
    arriving while a batch is open (or being opened) queues here; the one leaving hands the
    batch to the next in line, or commits it when nobody waits, the batch is full or old. After
    a COMMIT the first in line opens the next batch, queueing for the lock behind other holders.
    """

    def __init__(self, lock: asyncio.Lock, *, max_batch: int = MAX_BATCH, max_seconds: float = MAX_BATCH_SECONDS):
        self.lock = lock
        self.max_batch = max_batch
        self.max_seconds = max_seconds
        self.batches = 0  # committed or failed, for tests and the bench
        self.members = 0  # units of work in those batches
        self._busy = False  # a unit of work holds the batch, or is opening one
        self._queue: deque[asyncio.Future[_Batch | None]] = deque()
        self._finishing: set[asyncio.Task[None]] = set()

    async def join(self, sessions: async_sessionmaker[AsyncSession]) -> _Batch:
        """The batch to run in: the open one when it is handed over, or a new one."""
        if self._busy:
            waiter: asyncio.Future[_Batch | None] = asyncio.get_running_loop().create_future()
            self._queue.append(waiter)
            try:
                batch = await waiter
            except asyncio.CancelledError:
                if not waiter.cancelled() and waiter.done():  # handed over just as it was cancelled: pass it on
                    handed = waiter.result()
                    if handed is None:
                        self._lead_next()
                    else:
                        self._pass(handed)
                else:
                    with contextlib.suppress(ValueError):
                        self._queue.remove(waiter)
                raise
            if batch is not None:
                return batch
            # None: the batch before this one committed, and this unit of work opens the next.
        else:
            self._busy = True
        try:
            await self.lock.acquire()
        except BaseException:
            self._lead_next()
            raise
        try:
            return await self._open(sessions)
        except BaseException:
            self.lock.release()
            self._lead_next()
            raise

    async def _open(self, sessions: async_sessionmaker[AsyncSession]) -> _Batch:
        session = sessions()
        try:
            connection = await session.connection()
            driver = (await connection.get_raw_connection()).driver_connection
        except BaseException:
            with contextlib.suppress(Exception):
                await session.close()
            raise
        scope = TurnScope()
        info = connection.info
        info[TURN_SCOPE_KEY] = scope
        return _Batch(session, driver, scope, info)

    async def leave(self, batch: _Batch) -> None:
        """A unit of work is done with ``batch``: hand it to the next in line, or commit it."""
        batch.members += 1
        batch.scope.armed = batch.scope.open = False
        self._pass(batch)

    def _pass(self, batch: _Batch) -> None:
        full = batch.members >= self.max_batch or time.monotonic() - batch.started >= self.max_seconds
        if batch.failure is None and not full:
            while self._queue:
                waiter = self._queue.popleft()
                if not waiter.done():
                    waiter.set_result(batch)
                    return
        # Committed in a task of its own: a unit of work cancelled while it waits cannot cut the COMMIT short.
        task = asyncio.get_running_loop().create_task(self._finish(batch))
        self._finishing.add(task)  # held until done (the loop keeps only a weak reference)
        task.add_done_callback(self._finishing.discard)

    async def _finish(self, batch: _Batch) -> None:
        error: BaseException | None = batch.failure
        try:
            if error is None:
                await batch.session.commit()
        except BaseException as failure:  # noqa: BLE001 (handed to every unit of work of the batch)
            error = failure
        try:
            if error is not None:
                with contextlib.suppress(Exception):
                    await batch.session.rollback()
            batch.info.pop(TURN_SCOPE_KEY, None)
            with contextlib.suppress(Exception):
                await batch.session.close()
        finally:
            self.batches += 1
            self.members += batch.members
            self.lock.release()
            if error is None:
                batch.done.set_result(None)
            else:
                logger.error("a group commit of %d unit(s) of work failed: %s", batch.members, type(error).__name__)
                batch.done.set_exception(error)
            self._lead_next()

    def _lead_next(self) -> None:
        """The batch is over (or was never opened): the first in line opens the next one."""
        while self._queue:
            waiter = self._queue.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._busy = False


class BatchLost(RuntimeError):
    """The shared transaction ended before its COMMIT (a failed ORM flush rolls back the whole
    transaction): nothing of the batch is committed, and every unit of work in it fails."""


#: A failed COMMIT where the database, not the work, failed (gone, locked, out of disk, the connection
#: ended; or another unit of work's failed flush rolled the shared batch back): the caller may try the
#: same work again, and gets `workflows.errors.NotCommitted`.
def _transient(error: BaseException) -> bool:
    # ConnectionError: asyncpg raises the socket's own error when the server refuses or drops the link.
    if isinstance(error, (InterfaceError, BatchLost, PoolTimeout, TimeoutError, ConnectionError)):
        return True
    if isinstance(error, OperationalError):
        code = getattr(error.orig, "sqlite_errorcode", None)
        # SQLite: only a lock, a full or failing disk, a file it cannot open; "no such table" and the
        # like are the same on every try. PostgreSQL's OperationalError is the server or the link.
        return code is None or code & 0xFF in _SQLITE_TRANSIENT
    if isinstance(error, DBAPIError):
        # PostgreSQL (asyncpg comes as DBAPIError): the link, a shutdown or restart, no resources.
        state = str(getattr(error.orig, "sqlstate", None) or "")
        if state[:2] in _PG_TRANSIENT_CLASSES or state in _PG_TRANSIENT_STATES:
            return True
        return error.connection_invalidated  # the connection died under it
    return False


#: SQLSTATE classes 08 (connection exception) and 53 (insufficient resources: disk full, out of memory,
#: too many connections); 57P01-57P03 (the server shut down, crashed, cannot take connections yet);
#: 40P01 and 40001 (a deadlock or a serialization failure: PostgreSQL undid the work, which may be
#: done again as it was).
_PG_TRANSIENT_CLASSES = frozenset({"08", "53"})
_PG_TRANSIENT_STATES = frozenset({"57P01", "57P02", "57P03", "40P01", "40001"})


#: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN (primary codes).
_SQLITE_TRANSIENT = frozenset({5, 6, 8, 10, 13, 14})


def _check_alive(batch: _Batch) -> None:
    if batch.scope.began and not batch.driver.in_transaction:
        raise BatchLost("the group-commit transaction was rolled back before its COMMIT")


_GROUPS: weakref.WeakKeyDictionary[asyncio.Lock, WriteGroup] = weakref.WeakKeyDictionary()


def write_group(lock: asyncio.Lock) -> WriteGroup:
    """The group of the units of work that share ``lock`` (one per lock, made on first use)."""
    group = _GROUPS.get(lock)
    if group is None:
        group = _GROUPS[lock] = WriteGroup(lock)
    return group


class SqlUnitOfWork:
    """Implements `workflows.ports.UnitOfWork`; also exposes ``session`` to storage queries."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        now: Callable[[], datetime],
        write_lock: asyncio.Lock | None = None,
    ) -> None:
        self._sessions = sessions
        self._now = now
        self._group = write_group(write_lock) if write_lock is not None else None
        self._batch: _Batch | None = None
        self._committed = False
        self._savepoints: list[AsyncSessionTransaction] = []
        self._depth = 0
        self._hooks = AfterCommitHooks()
        self.session: AsyncSession | None = None

    async def __aenter__(self) -> SqlUnitOfWork:
        self._depth += 1
        self._hooks.enter()
        if self._depth > 1:
            self._savepoints.append(await self.session.begin_nested())
            return self
        try:
            if self._group is not None:
                self._batch = await self._group.join(self._sessions)
                self._batch.scope.armed = True
                self._batch.scope.open = False
                self._committed = False
                self._entered = time.monotonic()
                self.session = self._batch.session
            else:
                self.session = self._sessions()
        except BaseException:
            self._depth -= 1
            self._hooks.leave()
            raise
        now = self._now()
        self.cases = SqlCaseRepository(self.session, now)
        self.events = SqlEventLog(self.session)
        self.entries = SqlCaseEntries(self.session)
        self.audit = SqlAuditLog(self.session)
        self.outbox = SqlOutbox(self.session, now)
        self.references = SqlReferenceSequence(self.session)
        self.people = SqlPeople(self.session)
        self.staff = SqlStaffAccounts(self.session)
        self.staff_views = SqlStaffViews(self.session)
        self.reporter_views = SqlReporterViews(self.session)
        self.approvals = SqlApprovals(self.session)
        self.callbacks = SqlCallbackTasks(self.session)
        self.pin_guesses = SqlPinGuesses(self.session)
        self.phones = SqlPhoneIndex(self.session)
        self.conversations = SqlConversations(self.session)
        self.erasure = SqlErasure(self.session)
        self.timers = SqlTimers(self.session, now)
        self.follow_ups = SqlFollowUps(self.session)
        self.orders = SqlOrders(self.session, now)
        self.stats = SqlStats(self.session)
        self.dashboard_links = SqlDashboardLinks(self.session)
        return self

    async def __aexit__(self, exc_type: object, exc: object, tb: object) -> None:
        """Leave; a database failure (not the work's) becomes `NotCommitted`: at the outermost level
        nothing was committed; in a savepoint its work was undone and the transaction goes on (the
        clock leaves such a mark for its next round)."""
        try:
            await self._exit(exc_type)
        except Exception as error:
            if not isinstance(error, NotCommitted) and _transient(error):
                raise NotCommitted(type(error).__name__) from error
            raise
        if isinstance(exc, Exception) and not isinstance(exc, NotCommitted) and _transient(exc):
            raise NotCommitted(type(exc).__name__) from exc

    async def _exit(self, exc_type: object) -> None:
        self._depth -= 1
        if self._depth > 0:
            self._hooks.leave()
            savepoint = self._savepoints.pop()
            if savepoint.is_active:
                await savepoint.rollback()
            return
        if self._batch is not None:
            await self._leave_batch(failed=exc_type is not None)
            return
        try:
            await self.session.rollback()
        finally:
            due = self._hooks.leave()
            await self.session.close()
            self.session = None
        await self._hooks.run(due)

    async def _leave_batch(self, *, failed: bool) -> None:
        """Undo what was not committed, hand the batch on, and (unless the block raised and
        committed nothing) wait for the batch's COMMIT before the hooks run."""
        batch, self._batch = self._batch, None
        try:
            _check_alive(batch)
            if batch.scope.open:  # work since the last commit: undone
                await batch.driver.execute(f"ROLLBACK TO {TURN_SAVEPOINT}")
                await batch.driver.execute(f"RELEASE {TURN_SAVEPOINT}")
            batch.session.expunge_all()  # the next unit of work starts with nothing of this one's
        except BaseException as error:
            batch.failure = batch.failure or error
        finally:
            due = self._hooks.leave()
            self.session = None
            held = time.monotonic() - self._entered
            if held > SLOW_MEMBER_SECONDS:
                logger.warning("a unit of work held the write batch for %.0f ms", held * 1000)
            await self._group.leave(batch)
        if failed and not self._committed:
            return  # its own work is undone; the exception it raised goes on
        try:
            await asyncio.shield(batch.done)  # raises if the COMMIT failed: nothing of it was committed
        except Exception as error:
            if _transient(error):
                raise NotCommitted(type(error).__name__) from error
            raise
        await self._hooks.run(due)

    async def commit(self) -> None:
        if self._savepoints:
            await self._savepoints[-1].commit()
        elif self._batch is not None:
            await self.session.flush()
            scope = self._batch.scope
            if scope.open:
                await self._batch.driver.execute(f"RELEASE {TURN_SAVEPOINT}")
                scope.open = False  # the next write opens a new one
            _check_alive(self._batch)
            self._committed = True
        else:
            try:
                await self.session.commit()
            except Exception as error:
                if _transient(error):
                    raise NotCommitted(type(error).__name__) from error
                raise
        self._hooks.committed()

    async def rollback(self) -> None:
        self._hooks.rolled_back()
        if self._savepoints:
            await self._savepoints[-1].rollback()
        elif self._batch is not None:
            self.session.expunge_all()
            if self._batch.scope.open:
                await self._batch.driver.execute(f"ROLLBACK TO {TURN_SAVEPOINT}")
        else:
            await self.session.rollback()

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the outermost commit succeeded and this unit of work is left."""
        self._hooks.add(callback)
