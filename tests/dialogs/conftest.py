"""Fixtures for dialog tests: a bot and a settable clock.

The bot runs on the in-memory unit of work for a module marked ``pytestmark =
pytest.mark.store("fake")`` (conversation logic) and otherwise on a real database, twice: a fresh
SQLite file and a fresh PostgreSQL database (sealing, SQL rows, concurrency). ``WALKING_HOME_DIALOG_STORE=sqlite``
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
    config.addinivalue_line(
        "markers",
        "store(name): the dialog test's bot runs on 'fake' (in memory) or 'sqlite' (a real database: SQLite and PostgreSQL)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test on a real database (no ``store`` marker, or ``store("sqlite")``: it reads SQL rows) runs on
    SQLite and on PostgreSQL."""
    if "store" not in metafunc.fixturenames or os.environ.get(STORE_ENV):
        return
    marker = metafunc.definition.get_closest_marker("store")
    if marker is None or marker.args[0] == "sqlite":
        metafunc.parametrize("store", SQL_STORES, indirect=True)


#: The real databases a dialog test runs on by default (PostgreSQL: the throwaway cluster of tests/databases.py).
SQL_STORES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    """Where the ``bot`` fixture keeps its data: ``fake``, ``sqlite`` or ``postgres``."""
    if os.environ.get(STORE_ENV):
        return os.environ[STORE_ENV]
    if hasattr(request, "param"):
        return request.param
    marker = request.node.get_closest_marker("store")
    return marker.args[0] if marker else "sqlite"


@pytest.fixture
def clock() -> Clock:
    # A Wednesday morning in Hulunbuir (UTC+8): working-day deadlines are simple to read.
    return Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))


@pytest.fixture
async def bot(tmp_path: Path, clock: Clock, store: str, request: pytest.FixtureRequest) -> AsyncIterator[Bot]:
    url = request.getfixturevalue("postgres_url") if store == "postgres" else ""
    made = await make_bot(tmp_path, clock, url=url, store=store)
    yield made
    await made.app.close()
