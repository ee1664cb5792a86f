"""The SQL unit of work: one session, one transaction, rolled back unless committed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.repositories import (
    SqlAuditLog,
    SqlCaseEntries,
    SqlCaseRepository,
    SqlEventLog,
    SqlOutbox,
    SqlReferenceSequence,
)


class SqlUnitOfWork:
    """Implements `workflows.ports.UnitOfWork`; also exposes ``session`` to storage queries."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], now: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._now = now
        self.session: AsyncSession | None = None

    async def __aenter__(self) -> SqlUnitOfWork:
        self.session = self._sessions()
        self.cases = SqlCaseRepository(self.session)
        self.events = SqlEventLog(self.session)
        self.entries = SqlCaseEntries(self.session)
        self.audit = SqlAuditLog(self.session)
        self.outbox = SqlOutbox(self.session, self._now())
        self.references = SqlReferenceSequence(self.session)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.session.rollback()
        finally:
            await self.session.close()
            self.session = None

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()
