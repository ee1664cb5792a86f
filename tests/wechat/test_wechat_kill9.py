"""kill -9 of a real ``walking-home run`` while women go through their journeys on WeChat: nothing lost.

The bot runs as an operator starts it (environment settings, the console script, SQLite); WeChat's
side is ours: the fake API over HTTP and signed pushes to ``/wechat``. Each woman clicks her way to
her receipt; a push that is not answered ``success`` (503, or no answer: the process is dead) is
sent again with the same MsgId, as WeChat does. Meanwhile the process is killed with SIGKILL twice
and started again. Every push the bot answered ``success`` must be recorded once, and each woman must
end with exactly one case and her receipt.
"""

from __future__ import annotations

import asyncio
import random
import re
import sqlite3
import time
import urllib.request
from pathlib import Path

import aiohttp
from fake_wechat import AES_KEY, APP_ID, APP_SECRET, TOKEN, FakeWeChat, Pusher
from test_wechat_journeys import JOURNEY, REFERENCE

from tests.matrix.bot_process import BotProcess

WOMEN = 6


class WeChatBotProcess(BotProcess):
    """With the web chat off there is no ``/health``: the bot is up once ``/ready`` says so."""

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/ready", timeout=1) as answer:
                return answer.status == 200
        except OSError:
            return False


class Tally:
    def __init__(self) -> None:
        self.acknowledged: set[str] = set()  # update ids answered "success"
        self.statuses: dict[int, int] = {}
        self.in_flight = 0  # pushes sent and not answered yet

    def saw(self, status: int) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1


async def until_acknowledged(pusher: Pusher, push, update_id: str, tally: Tally, within: float = 90) -> None:
    """Send ``push`` until the bot answers ``success`` (the same MsgId each time, as WeChat's retries)."""
    deadline = time.monotonic() + within
    while True:
        tally.in_flight += 1
        try:
            status, body = await pusher.post(push)
        except (OSError, aiohttp.ClientError):  # the process died under it, or is dead: nobody listens
            status, body = -1, ""
        finally:
            tally.in_flight -= 1
        tally.saw(status)
        if status == 200 and body == "success":
            tally.acknowledged.add(update_id)
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"not acknowledged within {within} s (last status {status})")
        await asyncio.sleep(0.3)


async def journey(pusher: Pusher, fake: FakeWeChat, openid: str, tally: Tally) -> str:
    follow = pusher.event(openid, "subscribe")
    await until_acknowledged(pusher, follow, f"{openid}:subscribe", tally)
    await fake.wait_for(openid, "请选择语言", within=60)
    answer = None
    for step, (action, label, expect) in enumerate(JOURNEY):
        seen = len(fake.to(openid))
        msg_id = 10_000_000 + int(openid[1:]) * 100 + step
        if action is None:
            push = pusher.text(openid, label, msg_id=msg_id)
        else:
            menus = [m for m in fake.to(openid) if m.items]
            item = next(i for i in menus[-1].items if i["id"] == action)
            push = pusher.text(openid, item["content"], msg_id=msg_id, menu_id=action)
        await until_acknowledged(pusher, push, str(msg_id), tally)
        answer = await fake.wait_for(openid, expect, after=seen, within=60)
        await asyncio.sleep(random.uniform(0, 0.2))
    assert answer is not None
    found = REFERENCE.search(answer.text)
    assert found, answer.text
    return found.group(0)


async def test_kill_9_mid_journey_loses_no_acknowledged_push_and_duplicates_none(tmp_path: Path) -> None:
    fake = FakeWeChat()
    await fake.start()
    bot = WeChatBotProcess.configure(
        tmp_path,
        default_locale="zh-Hans-CN",
        web_enabled="false",
        wechat_app_id=APP_ID,
        wechat_app_secret=APP_SECRET,
        wechat_token=TOKEN,
        wechat_aes_key=AES_KEY,
        wechat_api_url=fake.api_url,
    )
    pushers = [Pusher(bot.url, fake, safe=index % 2 == 0) for index in range(WOMEN)]
    tally = Tally()
    kills: list[float] = []
    try:
        await bot.start()
        began = time.monotonic()

        async def killer() -> None:
            for pause in (0.8, 1.5):  # the journeys take a few seconds in all
                await asyncio.sleep(pause)
                for _ in range(2000):  # mid-push, within 10 s: a turn may be half done when it dies
                    if tally.in_flight:
                        break
                    await asyncio.sleep(0.005)  # noqa: ASYNC110 (a counter, polled: no event to wait on)
                bot.kill()
                kills.append(time.monotonic() - began)
                await bot.start()

        women = [journey(pushers[n], fake, f"o{n + 1:07d}", tally) for n in range(WOMEN)]
        chaos = asyncio.create_task(killer())
        try:
            references = await asyncio.gather(*women)
            await chaos
        finally:
            chaos.cancel()
        elapsed = time.monotonic() - began
    finally:
        bot.stop()
        for pusher in pushers:
            await pusher.close()
        await fake.stop()

    assert len(kills) == 2
    database = sqlite3.connect(tmp_path / "bot.db")
    try:
        stored = {
            row[0] for row in database.execute("select update_id from processed_updates where channel = 'wechat'")
        }
        cases = database.execute("select reference from cases where channel = 'wechat'").fetchall()
    finally:
        database.close()
    msg_ids = {u for u in tally.acknowledged if u.isdigit()}
    lost = msg_ids - stored
    assert not lost, f"acknowledged but not stored: {sorted(lost)}"
    assert len(cases) == WOMEN and sorted(c[0] for c in cases) == sorted(references), "one case per woman"
    assert len(set(references)) == WOMEN
    print(
        f"\nwechat kill -9: {WOMEN} women, {len(kills)} kills at {', '.join(f'{k:.1f}' for k in kills)} s, "
        f"{len(msg_ids)} messages acknowledged, {len(msg_ids & stored)} stored, 0 lost, "
        f"{len(cases)} cases; answers by status {dict(sorted(tally.statuses.items()))}; {elapsed:.1f} s"
    )
    log = bot.log()
    assert "他喝醉了就打我" not in log, "her words are in no log line"
    assert re.search(r"wechat", log)
