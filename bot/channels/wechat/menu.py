"""The account's custom menu (`walking-home wechat menu push`): "I need help", "My cases", "Danger now".

Labels come from the catalogs in the account's language; WeChat takes at most 16 bytes for a
top-level button (four Chinese characters), checked here before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.channels.wechat.api import WeChatApi

if TYPE_CHECKING:
    from bot.i18n import Localizer

#: (catalog message, click key) in the menu's order; the keys are `translate.MENU_KEYS`.
MENU_LABELS = (("wechat-menu-help", "help"), ("wechat-menu-cases", "cases"), ("wechat-menu-danger", "danger"))
#: WeChat's limit for a top-level button's name.
MAX_NAME_BYTES = 16


def account_menu(localizer: Localizer, locale: str) -> dict[str, Any]:
    """The ``menu/create`` body; ValueError naming the message whose label is too long for WeChat."""
    buttons = []
    for message_id, key in MENU_LABELS:
        name = localizer.format(locale, message_id)
        if len(name.encode("utf-8")) > MAX_NAME_BYTES:
            raise ValueError(f"{message_id} in {locale} is longer than WeChat's {MAX_NAME_BYTES} bytes")
        buttons.append({"type": "click", "name": name, "key": key})
    return {"button": buttons}


async def push_menu(api: WeChatApi, localizer: Localizer, locale: str) -> dict[str, Any]:
    menu = account_menu(localizer, locale)
    await api.create_menu(menu)
    return menu
