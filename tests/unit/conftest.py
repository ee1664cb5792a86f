"""Fixtures shared by the unit tests: an in-memory unit of work and the local time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def tz() -> ZoneInfo:
    return ZoneInfo("Asia/Shanghai")
