"""Fixtures for the security tests: a whole bot (the dialog harness) with its own data key file."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "dialogs"))  # the dialog harness

from harness import Bot, Clock  # noqa: E402
from sealing_harness import make_sealed_bot  # noqa: E402


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))


@pytest.fixture
async def sealed_bot(tmp_path: Path, db_url: str, clock: Clock) -> AsyncIterator[Bot]:
    """A bot on each engine (SQLite file and PostgreSQL), its key file and evidence under tmp_path."""
    made = await make_sealed_bot(tmp_path, db_url, clock)
    yield made
    await made.app.close()
