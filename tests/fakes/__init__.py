"""In-memory fakes shared by every test folder (`tests.fakes.unit_of_work`)."""

from tests.fakes.unit_of_work import FakeData, FakeDatabase, FakeUnitOfWork, QueuedNotice

__all__ = ["FakeData", "FakeDatabase", "FakeUnitOfWork", "QueuedNotice"]
