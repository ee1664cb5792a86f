"""In-memory fakes of the domain's ports, for unit tests of services and dialogs.

`FakeUnitOfWork` implements `workflows.ports.UnitOfWork` over a `FakeDatabase`:

- every repository works on the database's live data, so a test can look at what a
  service wrote (``uow.db.events``, ``uow.db.audit``, ``uow.db.outbox`` …);
- entering ``async with uow:`` takes a snapshot; `commit` takes a new one; leaving
  (or `rollback`) restores the last snapshot, so uncommitted changes vanish exactly
  as they would in a real transaction;
- re-entrant like `storage.uow.SqlUnitOfWork`: entering a unit of work that is
  already open (a dialog turn calling a service) opens a savepoint; its rollback
  undoes only the inner work, and its commit becomes part of the outer transaction
  (durable only when the outermost level commits);
- `FakeCaseRepository.save` compares versions and raises `StaleCase`, like the SQL
  compare-and-set; cases go in and out as copies, so a service mutating the object it
  loaded changes nothing until it saves and commits;
- transactions on one database are serialized by a lock (as SQLite serializes
  writers), so several units of work may share a database, even from concurrent
  tasks; opening a second unit of work on the same database inside the first, in
  the same task, is an error rather than a deadlock.

Typical use::

    uow = FakeUnitOfWork()                      # one database of its own
    opened = await open_case(uow, intake=..., actor=..., now=..., tz=...)
    assert uow.case(opened.case.reference).state is State.NEW

    db = FakeDatabase()                         # or share one database
    uow_factory = lambda: FakeUnitOfWork(db)    # a fresh unit of work per message
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from workflows.case import Case
from workflows.errors import StaleCase
from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice


@dataclass(frozen=True)
class QueuedNotice:
    """One outbox row: the notice and the earliest time it may be sent."""

    notice: OutgoingNotice
    not_before: datetime | None


@dataclass
class FakeData:
    """Everything a database holds; deep-copied for snapshots."""

    cases: dict[int, Case] = field(default_factory=dict)
    events: list[CaseEvent] = field(default_factory=list)
    entries: list[CaseEntry] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    outbox: list[QueuedNotice] = field(default_factory=list)
    counters: dict[int, int] = field(default_factory=dict)
    next_case_id: int = 1


class FakeDatabase:
    """The committed (and, during a transaction, uncommitted) data of the fakes."""

    def __init__(self) -> None:
        self.data = FakeData()
        self.commits = 0
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task | None = None

    # Read-only views for assertions (the live data, lists in insertion order).
    @property
    def cases(self) -> dict[int, Case]:
        return self.data.cases

    @property
    def events(self) -> list[CaseEvent]:
        return self.data.events

    @property
    def entries(self) -> list[CaseEntry]:
        return self.data.entries

    @property
    def audit(self) -> list[AuditEntry]:
        return self.data.audit

    @property
    def outbox(self) -> list[QueuedNotice]:
        return self.data.outbox

    def case(self, reference: str) -> Case | None:
        """A copy of the case with this reference, or None."""
        for case in self.data.cases.values():
            if case.reference == reference:
                return replace(case)
        return None

    def events_of(self, case_id: int | None) -> list[CaseEvent]:
        return sorted((e for e in self.data.events if e.case_id == case_id), key=lambda e: e.seq)

    def put_case(self, case: Case) -> Case:
        """Store ``case`` directly (test set-up, outside any transaction); return it with its id."""
        stored = replace(case)
        if stored.id is None:
            stored.id = self.data.next_case_id
        self.data.next_case_id = max(self.data.next_case_id, stored.id + 1)
        self.data.cases[stored.id] = stored
        return replace(stored)


class FakeCaseRepository:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    async def get(self, reference: str) -> Case | None:
        return self._db.case(reference)

    async def get_by_id(self, case_id: int) -> Case | None:
        case = self._db.data.cases.get(case_id)
        return None if case is None else replace(case)

    async def add(self, case: Case) -> Case:
        if self._db.case(case.reference) is not None:
            raise ValueError(f"duplicate reference {case.reference}")
        case.id = self._db.data.next_case_id
        self._db.data.next_case_id += 1
        self._db.data.cases[case.id] = replace(case)
        return case

    async def save(self, case: Case, expected_version: int) -> None:
        stored = self._db.data.cases.get(case.id)  # type: ignore[arg-type]
        if stored is None or stored.version != expected_version:
            raise StaleCase(reference=case.reference)
        self._db.data.cases[case.id] = replace(case)  # type: ignore[index]


class FakeEventLog:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    async def append(self, event: CaseEvent) -> None:
        if any(e.case_id == event.case_id and e.seq == event.seq for e in self._db.data.events):
            raise ValueError(f"duplicate event seq {event.seq} for case {event.case_id}")
        self._db.data.events.append(event)

    async def for_case(self, case_id: int) -> Sequence[CaseEvent]:
        return self._db.events_of(case_id)


class FakeCaseEntries:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    async def add(self, entry: CaseEntry) -> None:
        self._db.data.entries.append(entry)

    async def for_case(self, case_id: int) -> Sequence[CaseEntry]:
        return [e for e in self._db.data.entries if e.case_id == case_id]


class FakeAuditLog:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    async def record(self, entry: AuditEntry) -> None:
        self._db.data.audit.append(entry)


class FakeOutbox:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    async def put(self, notice: OutgoingNotice, *, not_before: datetime | None = None) -> None:
        self._db.data.outbox.append(QueuedNotice(notice, not_before))


class FakeReferenceSequence:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    async def next_number(self, year: int) -> int:
        self._db.data.counters[year] = self._db.data.counters.get(year, 0) + 1
        return self._db.data.counters[year]


class FakeUnitOfWork:
    """Implements `workflows.ports.UnitOfWork` in memory; reusable for many transactions.

    ``commits`` counts durable (outermost) commits; ``savepoint_commits`` the inner ones.
    """

    def __init__(self, db: FakeDatabase | None = None) -> None:
        self.db = db if db is not None else FakeDatabase()
        self.cases = FakeCaseRepository(self.db)
        self.events = FakeEventLog(self.db)
        self.entries = FakeCaseEntries(self.db)
        self.audit = FakeAuditLog(self.db)
        self.outbox = FakeOutbox(self.db)
        self.references = FakeReferenceSequence(self.db)
        self.commits = 0
        self.savepoint_commits = 0
        #: One snapshot per open level: the outer transaction, then each savepoint.
        self._snapshots: list[FakeData] = []

    @property
    def depth(self) -> int:
        """How many levels are open (0: none, 1: a transaction, more: savepoints)."""
        return len(self._snapshots)

    async def __aenter__(self) -> FakeUnitOfWork:
        if not self._snapshots:
            task = asyncio.current_task()
            if self.db._holder is not None and self.db._holder is task:
                raise RuntimeError("another FakeUnitOfWork is already open on this database in this task")
            await self.db._lock.acquire()
            self.db._holder = task
        self._snapshots.append(copy.deepcopy(self.db.data))
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.rollback()
        finally:
            self._snapshots.pop()
            if not self._snapshots:
                self.db._holder = None
                self.db._lock.release()

    async def commit(self) -> None:
        if not self._snapshots:
            raise RuntimeError("commit outside `async with uow:`")
        self._snapshots[-1] = copy.deepcopy(self.db.data)
        if len(self._snapshots) == 1:
            self.commits += 1
            self.db.commits += 1
        else:
            self.savepoint_commits += 1

    async def rollback(self) -> None:
        if not self._snapshots:
            raise RuntimeError("rollback outside `async with uow:`")
        self.db.data = copy.deepcopy(self._snapshots[-1])

    # Shortcuts for assertions.
    def case(self, reference: str) -> Case | None:
        return self.db.case(reference)

    def events_of(self, case_id: int | None) -> list[CaseEvent]:
        return self.db.events_of(case_id)
