"""``/dashboard`` in the staff desk: a supervisor gets a one-time link in her language (only its hash is
kept), anyone else is refused (bot/dialogs/dashboard_link.py)."""

from __future__ import annotations

import re

import pytest
from harness import Bot, texts
from staff_steps import join

from workflows.dashboard_links import hash_token

pytestmark = pytest.mark.store("fake")
LINK = re.compile(r"/dashboard/open/([A-Za-z0-9_-]{43})")


async def test_a_supervisor_gets_a_one_time_link_and_only_its_hash_is_kept(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",))
    first = texts(await bot.chat("web:sup").send("/dashboard"))
    assert "The link opens once, within 15 minutes." in first
    token = LINK.search(first).group(1)
    second = LINK.search(texts(await bot.chat("web:sup").send("/dashboard"))).group(1)
    assert token != second  # a new link each time
    rows = list(bot.app.db.data.dashboard_links.values())
    assert [r["token_hash"] for r in rows] == [hash_token(token), hash_token(second)]
    assert token not in repr(rows) and rows[0]["regions"] == ["hailar"]


async def test_the_link_is_in_her_language(bot: Bot) -> None:
    await join(bot, "web:sup", "Narantuya", roles=("supervisor",), regions=("hailar",), hint="zh-Hans-CN")
    answer = texts(await bot.chat("web:sup").send("/dashboard"))
    assert answer.startswith("您的统计页面：") and LINK.search(answer)


async def test_anyone_but_a_supervisor_or_admin_is_refused(bot: Bot) -> None:
    await join(bot, "web:op", "Oyuna", roles=("operator",), regions=("hailar",))
    answer = texts(await bot.chat("web:op").send("/dashboard"))
    assert "Only supervisors can open the figures page." in answer and not LINK.search(answer)
    assert bot.app.db.data.dashboard_links == {}
