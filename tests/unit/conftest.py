"""Fixtures shared by the unit tests: an in-memory unit of work and the local time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from builders import TZ
from fakes import FakeUnitOfWork, Published

from workflows.services.triggers import TriggerContext


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def tz() -> ZoneInfo:
    return ZoneInfo("Asia/Shanghai")


@pytest.fixture
def published() -> Published:
    """What the use cases under test published."""
    return Published()


@pytest.fixture
def clock(published: Published) -> TriggerContext:
    """The trigger context of the use cases under test, publishing into ``published``."""
    return TriggerContext(tz=TZ, publish=published)
