"""Fixtures for dialog tests: a bot and a settable clock.

The bot runs on the in-memory unit of work for a module marked ``pytestmark =
pytest.mark.store("fake")`` (conversation logic) and on a fresh SQLite file otherwise
(sealing, SQL rows, concurrency on a real database). ``WALKING_HOME_DIALOG_STORE=sqlite``
(or ``fake``) runs every dialog test on that store instead, e.g. to check that the tests
moved to the fake still pass on SQLite.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from harness import Bot, Clock, make_bot

STORE_ENV = "WALKING_HOME_DIALOG_STORE"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "store(name): the dialog test's bot runs on 'fake' (in memory) or 'sqlite'")


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    """Where the ``bot`` fixture keeps its data: ``fake`` or ``sqlite``."""
    if os.environ.get(STORE_ENV):
        return os.environ[STORE_ENV]
    marker = request.node.get_closest_marker("store")
    return marker.args[0] if marker else "sqlite"


@pytest.fixture
def clock() -> Clock:
    # A Wednesday morning in Hulunbuir (UTC+8): working-day deadlines are simple to read.
    return Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))


@pytest.fixture
async def bot(tmp_path: Path, clock: Clock, store: str) -> AsyncIterator[Bot]:
    made = await make_bot(tmp_path, clock, store=store)
    yield made
    await made.app.close()
