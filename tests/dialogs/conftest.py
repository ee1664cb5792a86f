"""Fixtures for dialog tests: a bot on a fresh SQLite file and a settable clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from harness import Bot, Clock, make_bot


@pytest.fixture
def clock() -> Clock:
    # A Wednesday morning in Hulunbuir (UTC+8): working-day deadlines are simple to read.
    return Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))


@pytest.fixture
async def bot(tmp_path: Path, clock: Clock) -> AsyncIterator[Bot]:
    made = await make_bot(tmp_path, clock)
    yield made
    await made.app.close()
