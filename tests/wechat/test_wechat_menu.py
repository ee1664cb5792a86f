"""`walking-home wechat menu push` (the real command, as a process) against the fake WeChat API."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from fake_wechat import APP_ID, APP_SECRET, TOKEN, FakeWeChat

from bot.channels.wechat.menu import MAX_NAME_BYTES, MENU_LABELS, account_menu
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES

LOCALES = ("zh-Hans-CN", "en", "ru", "mn-Cyrl-MN", "mn-Mong-CN")


async def walking_home(tmp_path: Path, *args: str, **env: str) -> tuple[int, str, str]:
    environment = {
        **os.environ,
        "WALKING_HOME_DATA_DIR": str(tmp_path),
        "WALKING_HOME_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'never.db'}",
        **env,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, out.decode(), err.decode()


def account(fake: FakeWeChat, language: str) -> dict[str, str]:
    return {
        "WALKING_HOME_WECHAT_APP_ID": APP_ID,
        "WALKING_HOME_WECHAT_APP_SECRET": APP_SECRET,
        "WALKING_HOME_WECHAT_TOKEN": TOKEN,
        "WALKING_HOME_WECHAT_API_URL": fake.api_url,
        "WALKING_HOME_WECHAT_LANGUAGE": language,
    }


async def test_menu_push_creates_the_three_buttons_in_the_accounts_language(fake: FakeWeChat, tmp_path: Path) -> None:
    code, out, err = await walking_home(tmp_path, "wechat", "menu", "push", **account(fake, "zh-Hans-CN"))
    assert code == 0, err
    assert fake.menus == [
        {
            "button": [
                {"type": "click", "name": "我要求助", "key": "help"},
                {"type": "click", "name": "我的案件", "key": "cases"},
                {"type": "click", "name": "紧急求助", "key": "danger"},
            ]
        }
    ]
    assert "我要求助" in out
    assert APP_SECRET not in out + err and "token-" not in out + err
    assert not (tmp_path / "never.db").exists(), "the command needs no database"

    code, _, _ = await walking_home(tmp_path, "wechat", "menu", "push", **account(fake, "mn-Mong-CN"))
    assert code == 0
    assert [b["key"] for b in fake.menus[-1]["button"]] == ["help", "cases", "danger"]


async def test_menu_push_says_why_when_wechat_refuses_or_nothing_is_configured(
    fake: FakeWeChat, tmp_path: Path
) -> None:
    fake.fail_next("menu/create", 48001)  # an account that may not have a custom menu
    code, _, err = await walking_home(tmp_path, "wechat", "menu", "push", **account(fake, "en"))
    assert code == 1 and "48001" in err
    assert fake.menus == []
    code, _, err = await walking_home(tmp_path, "wechat", "menu", "push")
    assert code == 2 and "WALKING_HOME_WECHAT_APP_ID" in err


@pytest.mark.parametrize("locale", LOCALES)
def test_every_catalogs_menu_labels_fit_wechats_sixteen_bytes(locale: str) -> None:
    localizer = Localizer(REPO_LOCALES, "zh-Hans-CN")
    menu = account_menu(localizer, locale)
    names = [button["name"] for button in menu["button"]]
    assert len(names) == len(MENU_LABELS) and all(names)
    assert all(len(name.encode()) <= MAX_NAME_BYTES for name in names), names
