"""The in-memory unit of work for the unit tests; it lives in `tests.fakes.unit_of_work`
(shared by every test folder) and is imported here under its old name."""

from tests.fakes.publishing import Published
from tests.fakes.unit_of_work import (
    FakeAuditLog,
    FakeCaseEntries,
    FakeCaseRepository,
    FakeData,
    FakeDatabase,
    FakeEventLog,
    FakeOutbox,
    FakeReferenceSequence,
    FakeUnitOfWork,
    QueuedNotice,
)

__all__ = [
    "FakeAuditLog",
    "FakeCaseEntries",
    "FakeCaseRepository",
    "FakeData",
    "FakeDatabase",
    "FakeEventLog",
    "FakeOutbox",
    "FakeReferenceSequence",
    "FakeUnitOfWork",
    "Published",
    "QueuedNotice",
]
