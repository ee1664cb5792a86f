"""Fixtures for Telegram journeys (the harness is in telegram_harness.py)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_bot_api import FakeBotApi  # noqa: E402
from telegram_harness import RunningBot, prepare_database, start_bot  # noqa: E402


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The journeys run on a migrated SQLite file and on a fresh PostgreSQL database (tests/databases.py)."""
    if request.param == "postgres":
        return request.getfixturevalue("postgres_url")
    return await prepare_database(tmp_path)


@pytest.fixture
async def bot_factory(
    tmp_path: Path, fake: FakeBotApi, database: str
) -> AsyncIterator[Callable[..., Awaitable[RunningBot]]]:
    """Start bots (``await bot_factory(mode=...)``); every one started is stopped at the end."""
    started: list[RunningBot] = []
    seeded = False

    async def make(**options) -> RunningBot:
        nonlocal seeded
        running = await start_bot(tmp_path, fake, url=database, seeded=not seeded, **options)
        seeded = True
        started.append(running)
        await running.channel.start()
        return running

    yield make
    for running in reversed(started):
        await running.stop()


@pytest.fixture
async def polling_bot(bot_factory) -> RunningBot:
    return await bot_factory(mode="polling")


@pytest.fixture
async def webhook_bot(bot_factory) -> RunningBot:
    return await bot_factory(mode="webhook")
