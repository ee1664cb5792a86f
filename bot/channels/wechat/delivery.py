"""`Outbound` out as customer-service messages: text in pieces, options as ``msgmenu`` or a numbered list.

WeChat lets an official account write to her only within 48 hours of her last message (the
customer-service window). Outside it WeChat answers 45015; the message is then held by the outbox
(``DeliveryError(offline=True)``, no attempt spent) until she writes again, when the channel
releases what waits for her. Where this process saw her last message more than 48 hours ago it
does not even ask WeChat.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from bot.channels.base import DeliveryError, RecentIds, flat_options
from bot.channels.text import split_text
from bot.channels.wechat.api import WeChatApi, WeChatError
from bot.channels.wechat.translate import SCHEME
from bot.messages import Button, Outbound

if TYPE_CHECKING:
    from bot.i18n import Localizer

logger = logging.getLogger("bot.channels.wechat")

#: A customer-service text message holds at most 2,048 bytes of UTF-8 (WeChat's limit for text).
MAX_TEXT_BYTES = 2048
#: The customer-service window: she can be written to this long after her last message.
WINDOW_SECONDS = 48 * 3600.0

#: Errors only her next message lifts: the message waits for her (offline: no attempt spent), as
#: outside the 48-hour window. 45047: too many messages to her since her last one; 43004: she
#: unfollowed the account (she may follow again: the outbox gives up after its offline age).
_UNTIL_SHE_WRITES = {45015, 45047, 43004}
#: Errors that are not the message's fault: try again later (seconds).
_RETRY_LATER = {
    45009: 60.0,  # the account's daily call quota
    45011: 5.0,  # calls too frequent
    -1: 5.0,  # system busy
}
#: Errors that no retry fixes.
_PERMANENT = {40003, 40008, 45002}  # unknown openid, bad type, too long
#: The account may not send msgmenu (unauthorized API).
MSGMENU_REFUSED = 48001


def openid_of(address: str) -> str:
    scheme, _, openid = address.partition(":")
    if scheme != SCHEME or not openid or len(openid) > 128:
        raise DeliveryError("malformed wechat address", permanent=True)
    return openid


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def split_bytes(text: str, limit: int = MAX_TEXT_BYTES) -> list[str]:
    """Text in pieces of at most ``limit`` bytes of UTF-8, cut at line ends where there are some.

    `split_text` cuts by characters: at ``limit // 4`` characters no piece can pass the limit
    (4 bytes is the longest UTF-8 character); neighbouring pieces are then joined back (with the line
    break the cut took) while they fit.
    """
    pieces: list[str] = []
    for piece in split_text(text, max(1, limit // 4)):
        if pieces and utf8_len(pieces[-1]) + 1 + utf8_len(piece) <= limit:
            pieces[-1] = f"{pieces[-1]}\n{piece}"
        else:
            pieces.append(piece)
    return pieces


def numbered(options: Sequence[Button], hint: str) -> str:
    lines = "\n".join(f"{n}. {b.label}" for n, b in enumerate(options, 1))
    return f"{lines}\n\n{hint}" if hint else lines


def delivery_error(error: WeChatError) -> DeliveryError:
    code = error.errcode
    if code in _UNTIL_SHE_WRITES:  # outside her window, too many since her last, unfollowed: wait for her
        return DeliveryError(f"wechat: she cannot be reached until she writes ({code})", offline=True)
    if code in _RETRY_LATER:
        return DeliveryError(f"wechat error {code}", retry_after=_RETRY_LATER[code])
    if code in _PERMANENT:
        return DeliveryError(f"wechat refused: {code}", permanent=True)
    return DeliveryError(f"wechat error {code}", retry_after=30)


class WeChatDelivery:
    """Sends to her through the customer-service API, within her 48-hour window."""

    def __init__(
        self,
        api: WeChatApi,
        *,
        offers: dict[str, list[Button]],
        localizer: Localizer,
        buttons: str = "msgmenu",
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.api = api
        self.offers = offers
        self.localizer = localizer
        self.buttons = buttons  # "msgmenu" or "numbers"; 48001 turns msgmenu off for the process
        self.wall_clock = wall_clock
        #: When this process last saw each openid write (wall clock, seconds).
        self.last_seen: dict[str, float] = {}
        #: The language last used with each address (for the channel's own messages).
        self.locales: dict[str, str] = {}
        self._delivered = RecentIds()  # outbox ids sent
        self._parts_sent: dict[int, int] = {}  # outbox id → pieces already sent (a retry sends the rest)

    def seen(self, openid: str, at: float | None = None) -> None:
        self.last_seen[openid] = self.wall_clock() if at is None else at

    def out_of_window(self, openid: str) -> bool:
        """True when this process knows her last message is older than the window."""
        last = self.last_seen.get(openid)
        return last is not None and self.wall_clock() - last > WINDOW_SECONDS

    async def deliver(self, message: Outbound) -> None:
        openid = openid_of(message.address)
        outbox_id = message.outbox_id
        if outbox_id is not None and outbox_id in self._delivered:
            return
        if self.out_of_window(openid):
            raise DeliveryError("wechat: outside the 48-hour window", offline=True)
        if message.locale:
            self.locales[message.address] = message.locale
        if message.clear_history or message.remove_buttons:
            self.offers.pop(openid, None)
        try:
            if message.text:
                await self._send(openid, message, [] if message.clear_history else flat_options(message))
        except WeChatError as error:
            raise delivery_error(error) from None
        except (httpx.HTTPError, OSError, TimeoutError) as error:
            # No retry_after: the outbox's growing backoff applies, so an outage of minutes spends a
            # few attempts, not all of them in 40 s (a tryout lost her welcome that way).
            raise DeliveryError(f"wechat unreachable: {type(error).__name__}") from None
        if outbox_id is not None:
            self._delivered.add(outbox_id)
            self._parts_sent.pop(outbox_id, None)

    async def _send(self, openid: str, message: Outbound, options: list[Button]) -> None:
        locale = message.locale or self.localizer.default_locale
        use_menu = bool(options) and self.buttons == "msgmenu"
        hint = self.localizer.format(locale, "wechat-choose-hint") if options else ""
        tail = self.localizer.format(locale, "wechat-menu-hint") if use_menu else ""
        body = message.text if use_menu or not options else f"{message.text}\n\n{numbered(options, hint)}"
        pieces = split_bytes(body)
        done = self._parts_sent.get(message.outbox_id, 0) if message.outbox_id is not None else 0
        for index, piece in enumerate(pieces):
            if index < done:
                continue  # sent before a failure: a retry sends only the rest
            last = index == len(pieces) - 1
            if last and use_menu:
                await self._send_menu(openid, piece, options, tail, hint)
            else:
                await self.api.send(text_message(openid, piece))
            if message.outbox_id is not None:
                self._parts_sent[message.outbox_id] = index + 1
        if options:
            self.offers[openid] = list(options)

    async def _send_menu(self, openid: str, head: str, options: list[Button], tail: str, hint: str) -> None:
        """``msgmenu`` (``tail`` under the items); numbered text instead (``hint``) when the account may not."""
        try:
            await self.api.send(menu_message(openid, head, options, tail))
        except WeChatError as error:
            if error.errcode != MSGMENU_REFUSED:
                raise
            if self.buttons == "msgmenu":
                self.buttons = "numbers"
                logger.warning("wechat: this account may not send msgmenu (48001); numbered options from now on")
            for piece in split_bytes(f"{head}\n\n{numbered(options, hint)}"):
                await self.api.send(text_message(openid, piece))

    async def send_direct(self, address: str, text: str) -> None:
        """A line sent by the channel itself (the safety note, the emergency numbers): no options."""
        openid = openid_of(address)
        for piece in split_bytes(text):
            await self.api.send(text_message(openid, piece))


def text_message(openid: str, text: str) -> dict[str, Any]:
    return {"touser": openid, "msgtype": "text", "text": {"content": text}}


def menu_message(openid: str, head: str, options: Sequence[Button], tail: str) -> dict[str, Any]:
    """A ``msgmenu``: her click comes back as a text message whose ``bizmsgmenuid`` is the option's id,
    here the option's action (authorized again by the dialogs, like Telegram's callback data)."""
    return {
        "touser": openid,
        "msgtype": "msgmenu",
        "msgmenu": {
            "head_content": head,
            "list": [{"id": b.action, "content": b.label} for b in options],
            "tail_content": tail,
        },
    }
