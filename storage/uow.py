"""The SQL unit of work: one session, one transaction, rolled back unless committed.

Re-entrant: a service handed a unit of work that is already open (a dialog turn
that also records the inbound update and the conversation) runs inside a
SAVEPOINT, so its own rollback undoes only its work and its commit becomes part
of the outer transaction. On SQLite an optional in-process ``write_lock`` orders
the outermost units of work FIFO instead of letting them spin on the busy timeout.

`after_commit` callbacks run once the outermost transaction has committed and the
unit of work is left (session closed, write lock released); a rollback drops those
registered in the levels it undoes, so nothing runs for a change that did not happen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

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
)
from storage.repositories import (
    SqlAuditLog,
    SqlCaseEntries,
    SqlCaseRepository,
    SqlEventLog,
    SqlOutbox,
    SqlReferenceSequence,
)
from workflows.publishing import AfterCommitHooks


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
        self._write_lock = write_lock
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
        if self._write_lock is not None:
            await self._write_lock.acquire()
        self.session = self._sessions()
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
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth > 0:
            self._hooks.leave()
            savepoint = self._savepoints.pop()
            if savepoint.is_active:
                await savepoint.rollback()
            return
        try:
            await self.session.rollback()
        finally:
            due = self._hooks.leave()
            await self.session.close()
            self.session = None
            if self._write_lock is not None:
                self._write_lock.release()
        await self._hooks.run(due)

    async def commit(self) -> None:
        if self._savepoints:
            await self._savepoints[-1].commit()
        else:
            await self.session.commit()
        self._hooks.committed()

    async def rollback(self) -> None:
        self._hooks.rolled_back()
        if self._savepoints:
            await self._savepoints[-1].rollback()
        else:
            await self.session.rollback()

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the outermost commit succeeded and this unit of work is left."""
        self._hooks.add(callback)
