"""The unit-of-work contract runs every test on the in-memory fake, SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from uow_backends import Backend, FakeBackend, SqlBackend


@pytest.fixture(params=["fake", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend_url(request: pytest.FixtureRequest) -> str:
    """ "" for the in-memory fake, else a fresh migrated database (made outside the event loop)."""
    return "" if request.param == "fake" else request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
async def backend(backend_url: str) -> AsyncIterator[Backend]:
    """The same contract on the in-memory fake, a migrated SQLite file and a PostgreSQL database."""
    if not backend_url:
        yield FakeBackend()
        return
    made = SqlBackend("postgres" if backend_url.startswith("postgresql") else "sqlite", backend_url)
    try:
        await made.seed()
        yield made
    finally:
        await made.engine.dispose()
