"""``walking-home wechat menu push``: the official account's custom menu, in the account's language.

"I need help", "My cases" and "Danger now" (`bot.channels.wechat.menu`), created with WeChat's
``menu/create``; their clicks reach the channel as ``CLICK`` events with the keys ``help``,
``cases`` and ``danger``. Needs no database. Prints the labels it set, or why it could not
(an error code, never the secret or the token).
"""

from __future__ import annotations

import argparse

import httpx

from bot.channels import wechat
from bot.cli_commands import Printer
from bot.settings import Settings


async def wechat_command(args: argparse.Namespace, settings: Settings, say: Printer) -> int:
    if not wechat.enabled(settings):
        say("cli-wechat-off", err=True)
        return 2
    from bot.channels.wechat.api import WeChatApi, WeChatError
    from bot.channels.wechat.menu import push_menu

    locale = settings.wechat_language if settings.wechat_language in say.localizer.bundles else settings.default_locale
    api = WeChatApi(
        app_id=settings.wechat_app_id, app_secret=settings.wechat_app_secret, api_url=settings.wechat_api_url
    )
    try:
        menu = await push_menu(api, say.localizer, locale)
    except WeChatError as error:
        say("cli-wechat-menu-failed", err=True, detail=f"{error.errcode} {error.errmsg}".strip())
        return 1
    except (httpx.HTTPError, OSError) as error:
        say("cli-wechat-menu-failed", err=True, detail=type(error).__name__)
        return 1
    except ValueError as error:  # a label longer than WeChat takes
        say("cli-wechat-menu-failed", err=True, detail=str(error))
        return 1
    finally:
        await api.close()
    say("cli-wechat-menu-pushed", labels=" | ".join(button["name"] for button in menu["button"]))
    return 0
