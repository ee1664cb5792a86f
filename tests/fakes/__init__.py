"""In-memory fakes shared by every test folder (`tests.fakes.unit_of_work`)."""

from tests.fakes.publishing import Published
from tests.fakes.unit_of_work import FakeData, FakeDatabase, FakeUnitOfWork, QueuedNotice

__all__ = ["FakeData", "FakeDatabase", "FakeUnitOfWork", "Published", "QueuedNotice"]
