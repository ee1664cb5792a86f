"""Fixtures for the WeChat tests: the fake WeChat API, bots (wechat_harness.py), pushers."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_wechat import FakeWeChat, Pusher  # noqa: E402
from wechat_harness import WeChatBot, prepare_database, start_bot  # noqa: E402


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    api = FakeWeChat()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return request.getfixturevalue("postgres_url")
    return await prepare_database(tmp_path)


@pytest.fixture
async def sqlite_database(tmp_path: Path) -> str:
    return await prepare_database(tmp_path)


@pytest.fixture
async def bot_factory(tmp_path: Path, fake: FakeWeChat) -> AsyncIterator[Callable[..., Awaitable[WeChatBot]]]:
    """``await bot_factory(url, **settings)``: a bot; every one started is stopped at the end."""
    started: list[WeChatBot] = []
    seeded: set[str] = set()

    async def make(url: str, **overrides) -> WeChatBot:
        running = await start_bot(tmp_path, fake, url=url, seeded=url not in seeded, **overrides)
        seeded.add(url)
        started.append(running)
        return running

    yield make
    for running in reversed(started):
        await running.stop()


@pytest.fixture
async def pushers() -> AsyncIterator[list[Pusher]]:
    made: list[Pusher] = []
    yield made
    for pusher in made:
        await pusher.close()
