"""`Outbound` out as Bot API calls: buttons, pacing, quick exit, and failures the outbox understands.

`AIORateLimiter` (set on the application) keeps to about 30 messages a second overall, `ChatPacer`
to about one a second per chat (short bursts allowed). A 429 or a 5xx becomes
``DeliveryError(retry_after=...)`` and the outbox tries again later; a 403 (she blocked the bot)
is permanent. Quick exit deletes the messages younger than 48 hours (what the Bot API allows in
a private chat) and removes the keyboards of older ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from telegram import InputFile, LinkPreviewOptions
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application
from telegram.warnings import PTBDeprecationWarning

from bot.channels.base import DeliveryError, RecentIds
from bot.channels.telegram.memory import MessageMemory
from bot.channels.telegram.translate import MAX_CALLBACK_BYTES, SCHEME
from bot.channels.text import split_text
from bot.messages import Image, Outbound

logger = logging.getLogger("bot.channels.telegram")

MAX_TEXT_CHARS = 4096
#: Every text goes without a link preview (`TelegramDelivery._send_text`).
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_CAPTION_CHARS = 1024


def chat_id_of(address: str) -> int:
    scheme, _, chat = address.partition(":")
    if scheme != SCHEME:
        raise DeliveryError(f"not a telegram address: {scheme!r}", permanent=True)
    try:
        return int(chat)
    except ValueError:
        raise DeliveryError("malformed telegram address", permanent=True) from None


def retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 deprecates the int form of retry_after
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def delivery_error(error: TelegramError) -> DeliveryError:
    """A Bot API failure as the outbox understands it: when to try again, or never."""
    if isinstance(error, RetryAfter):
        return DeliveryError("telegram flood control (429)", retry_after=retry_after_seconds(error))
    if isinstance(error, Forbidden):  # she blocked the bot, or the chat is gone
        return DeliveryError("telegram refused: bot blocked or chat unavailable (403)", permanent=True)
    if isinstance(error, InvalidToken | ChatMigrated):
        return DeliveryError(f"telegram: {type(error).__name__}", permanent=True)
    if isinstance(error, BadRequest):
        permanent = "chat not found" in str(error).lower()
        return DeliveryError(f"telegram bad request: {error.message[:120]}", permanent=permanent)
    # NetworkError covers 5xx answers, timeouts and connection errors: the outbox backs off.
    return DeliveryError(f"telegram unavailable: {type(error).__name__}")


class ChatPacer:
    """About one message a second per chat, with a short burst allowed (a generic cell rate)."""

    def __init__(
        self,
        *,
        interval: float = 1.0,
        burst: int = 3,
        max_chats: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval
        self.burst = max(1, burst)
        self.max_chats = max_chats
        self.clock = clock
        self._theoretical_arrival: OrderedDict[int, float] = OrderedDict()

    async def wait(self, chat_id: int) -> None:
        if self.interval <= 0:
            return
        now = self.clock()
        tat = max(self._theoretical_arrival.pop(chat_id, now), now)
        early = tat - now - (self.burst - 1) * self.interval
        self._theoretical_arrival[chat_id] = tat + self.interval
        while len(self._theoretical_arrival) > self.max_chats:
            self._theoretical_arrival.popitem(last=False)
        if early > 0:
            await asyncio.sleep(early)


def keyboard_for(message: Outbound) -> dict[str, Any] | None:
    """The message's buttons, then the safety row ("danger now", "quick exit") as the last row,
    as the Bot API's ``InlineKeyboardMarkup`` object (plain JSON: the send never builds PTB objects)."""
    rows = [list(row) for row in message.buttons]
    safety = message.extra.get("safety")
    if safety:
        rows.append(list(safety))
    keyboard = [
        [{"text": button.label, "callback_data": button.action} for button in row if _fits(button.action)]
        for row in rows
    ]
    keyboard = [row for row in keyboard if row]
    return {"inline_keyboard": keyboard} if keyboard else None


def _fits(action: str) -> bool:
    if len(action.encode("utf-8")) <= MAX_CALLBACK_BYTES:
        return True
    logger.error("a button's action is longer than Telegram's 64 bytes; the button is left out")
    return False


class TelegramDelivery:
    """Sends one rendered message through the application's bot; remembers what went out."""

    def __init__(self, application: Application, *, pacer: ChatPacer, memory: MessageMemory) -> None:
        self.application = application
        self.pacer = pacer
        self.memory = memory
        self._delivered = RecentIds()  # outbox ids already sent

    @property
    def bot(self):
        return self.application.bot

    async def deliver(self, message: Outbound) -> None:
        """Send one rendered message; quick exit first deletes what the Bot API allows."""
        chat_id = chat_id_of(message.address)
        outbox_id = message.outbox_id
        if outbox_id is not None and outbox_id in self._delivered:
            return  # the outbox is at least once: this one already went out
        try:
            if message.clear_history:
                await self._clear_history(chat_id)
            elif message.remove_buttons:
                await self._remove_keyboards(chat_id, self.memory.with_keyboards(chat_id))
            if message.text:
                await self._send_text(chat_id, message)
            for image in message.images:  # after the text: the summary, then its charts
                await self._send_photo(chat_id, image)
        except TelegramError as error:
            raise delivery_error(error) from None
        if outbox_id is not None:
            self._delivered.add(outbox_id)

    async def _send_text(self, chat_id: int, message: Outbound) -> None:
        markup = keyboard_for(message)
        chunks = split_text(message.text, MAX_TEXT_CHARS)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            await self.pacer.wait(chat_id)
            # No link previews: Telegram's servers would fetch every link to preview it, using up a
            # one-time /dashboard or /export link (and reading the page) before she could open it.
            parameters: dict[str, Any] = {"chat_id": chat_id, "text": chunk, "link_preview_options": NO_PREVIEW}
            if last and markup is not None:
                parameters["reply_markup"] = markup
            # The raw result: parsing the sent message back into PTB objects cost as much as sending
            # it (docs/performance.md). `Bot._post` is what `send_message` and `do_api_request` call;
            # the latter warns for a method PTB knows. tests/telegram pin the request it makes.
            sent = await self.bot._post("sendMessage", parameters)
            self.memory.remember(chat_id, sent["message_id"], keyboard=last and markup is not None)

    async def _send_photo(self, chat_id: int, image: Image) -> None:
        """A picture as ``sendPhoto`` (multipart upload), its title as the caption."""
        await self.pacer.wait(chat_id)
        photo = InputFile(image.data, filename=image.filename)
        sent = await self.bot.send_photo(chat_id=chat_id, photo=photo, caption=image.title[:MAX_CAPTION_CHARS])
        self.memory.remember(chat_id, sent.message_id, keyboard=False)

    async def _clear_history(self, chat_id: int) -> None:
        deletable, old_keyboards = self.memory.take(chat_id)
        for start in range(0, len(deletable), 100):  # deleteMessages takes up to 100 ids
            batch = deletable[start : start + 100]
            try:
                await self.bot.delete_messages(chat_id, batch)
            except (BadRequest, Forbidden):
                for message_id in batch:  # one at a time, skipping what cannot be deleted
                    with contextlib.suppress(BadRequest, Forbidden):
                        await self.bot.delete_message(chat_id, message_id)
        await self._remove_keyboards(chat_id, old_keyboards)

    async def _remove_keyboards(self, chat_id: int, message_ids: Sequence[int]) -> None:
        for message_id in message_ids:
            with contextlib.suppress(BadRequest):  # already gone, or not modified
                await self.bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id, reply_markup=None)
        self.memory.keyboards_removed(chat_id, message_ids)
