"""The ports the services need, as small Protocols; `storage` implements them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from workflows.case import Case
from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice


class CaseRepository(Protocol):
    async def get(self, reference: str) -> Case | None: ...

    async def add(self, case: Case) -> Case: ...

    async def save(self, case: Case, expected_version: int) -> None:
        """Write ``case`` if its stored version is still ``expected_version``; else `StaleCase`."""


class EventLog(Protocol):
    async def append(self, event: CaseEvent) -> None: ...

    async def for_case(self, case_id: int) -> Sequence[CaseEvent]: ...


class Outbox(Protocol):
    async def put(self, notice: OutgoingNotice, *, not_before: datetime | None = None) -> None: ...


class CaseEntries(Protocol):
    async def add(self, entry: CaseEntry) -> None: ...

    async def for_case(self, case_id: int) -> Sequence[CaseEntry]: ...


class AuditLog(Protocol):
    async def record(self, entry: AuditEntry) -> None: ...


class ReferenceSequence(Protocol):
    async def next_number(self, year: int) -> int: ...


class UnitOfWork(Protocol):
    """One transaction: rolled back on leaving unless `commit` was called."""

    cases: CaseRepository
    events: EventLog
    outbox: Outbox
    references: ReferenceSequence
    entries: CaseEntries
    audit: AuditLog

    async def __aenter__(self) -> UnitOfWork: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...


class Notifier(Protocol):
    """Turns events into outbox rows, inside the same unit of work."""

    async def __call__(self, uow: UnitOfWork, case: Case, event: CaseEvent) -> None: ...
