"""Two ``walking-home run`` processes on one PostgreSQL, Telegram by polling (issue 13, item 3):
one leads (it alone calls ``getUpdates``), the other stands by; the leader is killed with SIGKILL
while updates arrive, the standby takes over within seconds and no acknowledged update is lost.

Telegram is the project's Bot API fake over HTTP. An update is acknowledged once a ``getUpdates``
call passed an offset above its id (Telegram forgets it then).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

from tests.multiprocess.processes import Fleet, Process, fetch, shared_settings

sys.path.insert(0, str(Path(__file__).parents[1] / "telegram"))
from fake_bot_api import FakeBotApi  # noqa: E402

pytestmark = pytest.mark.postgres

CHATS = 10
LEADS = "this process leads"
#: The standbys try the lock every 3 s; starting the channel (getMe, commands) takes a moment more.
TAKEOVER_WITHIN = 8.0


def leaders(fleet: Fleet) -> list[Process]:
    return [process for process in fleet if process.alive and LEADS in process.log()]


async def until(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not within {seconds} s: {what() if callable(what) else what}"
        await asyncio.sleep(0.05)


class PolledBotApi(FakeBotApi):
    """The fake, also noting when each ``getUpdates`` came and with which offset."""

    def __init__(self) -> None:
        super().__init__()
        self.polls: list[tuple[float, int]] = []

    async def _m_getUpdates(self, params: dict) -> list[dict]:
        self.polls.append((time.monotonic(), int(params.get("offset") or 0)))
        return await super()._m_getUpdates(params)


def acknowledged(fake: PolledBotApi, pushed: list[int]) -> set[int]:
    """The updates below the highest offset the bot sent to getUpdates (Telegram forgets them)."""
    offset = max((offset for _, offset in fake.polls), default=0)
    return {update_id for update_id in pushed if update_id < offset}


async def test_the_standby_takes_over_polling_within_seconds_of_a_kill_and_loses_no_acknowledged_update(
    tmp_path: Path, postgres_url: str
) -> None:
    fake = PolledBotApi()
    await fake.start()
    settings = shared_settings(
        tmp_path, postgres_url, telegram_token=fake.token, telegram_api_url=fake.api_url, telegram_mode="polling"
    )
    fleet = Fleet([Process.configure(tmp_path / f"p{n}", settings) for n in range(2)])
    pushed: list[int] = []
    try:
        fleet[0].cli("seed")
        for process in fleet:  # one after the other: the first to start leads
            await process.start()
        await until(lambda: len(leaders(fleet)) == 1, 10, "one leader")
        [leader] = leaders(fleet)
        [standby] = [process for process in fleet if process is not leader]
        assert "Telegram is running (polling)" in leader.log() and "stands by" not in leader.log()
        await until(lambda: "stands by" in standby.log(), 10, "the run's line cli-channel-standby")

        async def woman(chat_id: int, updates: int) -> None:
            for _ in range(updates):
                pushed.append((await fake.user_message(chat_id, "/start"))["update_id"])
                await asyncio.sleep(0.15)

        chats = [8000 + n for n in range(CHATS)]
        arriving = asyncio.gather(*(woman(chat_id, 20) for chat_id in chats))
        await until(
            lambda: len(acknowledged(fake, pushed)) >= 40,
            30,
            lambda: f"updates acknowledged before the kill ({len(pushed)} pushed, {len(fake.polls)} polls)",
        )
        polls_before = len(fake.polls)
        killed_at = time.monotonic()
        await asyncio.to_thread(leader.kill)
        acknowledged_by_the_dead = acknowledged(fake, pushed)

        # The standby polls within seconds.
        await until(lambda: LEADS in standby.log(), TAKEOVER_WITHIN, "the standby leads")
        await until(
            lambda: any(at > killed_at for at, _ in fake.polls[polls_before:]),
            TAKEOVER_WITHIN,
            "the standby's first getUpdates",
        )
        first_poll = min(at for at, _ in fake.polls[polls_before:] if at > killed_at)
        takeover = first_poll - killed_at
        assert takeover < TAKEOVER_WITHIN

        await asyncio.wait_for(arriving, 60)

        # Everything arrives in the end; and nothing the dead leader acknowledged is missing.
        async def stored() -> set[int]:
            rows = await fetch(postgres_url, "SELECT update_id FROM processed_updates WHERE channel = 'telegram'")
            return {int(row["update_id"]) for row in rows}

        deadline = time.monotonic() + 30
        while set(pushed) - await stored():
            assert time.monotonic() < deadline, f"never stored: {sorted(set(pushed) - await stored())}"
            await asyncio.sleep(0.2)
        assert acknowledged_by_the_dead <= await stored()
        assert acknowledged(fake, pushed) == set(pushed)
        replies = await fetch(
            postgres_url, "SELECT count(*) AS n FROM outbox WHERE scheme = 'telegram' AND status = 'sent'"
        )
        print(
            f"\n{len(pushed)} updates from {CHATS} chats; leader killed after {len(acknowledged_by_the_dead)} "
            f"acknowledged; the standby polled {takeover:.1f} s after the kill; all {len(pushed)} stored; "
            f"{replies[0]['n']} replies sent by then"
        )
    finally:
        fleet.stop()
        await fake.stop()
