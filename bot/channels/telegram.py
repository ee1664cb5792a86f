"""The Telegram channel: python-telegram-bot v22 updates in, neutral `Inbound`; `Outbound` out, Bot API calls.

It only translates. Every decision (what to ask, which button is valid now) belongs to the
dialogs; callback data is checked for shape here and authorized again there.

* Addresses are ``telegram:<chat_id>``; update ids are ``str(update.update_id)`` (so a redelivered
  update is recognised by the dialog engine); edited messages count as new text with their own id.
* Photos, voice notes and documents are downloaded through ``getFile``. Anything over the Bot
  API's 20 MB download limit (or the bot's own upload limit) is not downloaded: it arrives as
  ``Attachment(too_large=True)`` so the dialog can tell her clearly.
* Stickers, locations and the like arrive as ``Inbound(unsupported=...)``.
* Private chats only: in a group the bot says so (catalog message) and leaves.
* Quick exit (``Outbound.clear_history``) deletes the bot's and her messages of the conversation
  that are younger than 48 hours (what the Bot API allows in a private chat), and removes the
  keyboards of older ones. The message ids come from a bounded in-memory memory per chat
  (`MessageMemory`): a restart forgets them, so a quick exit right after a restart clears only
  what was said since.
* Sending: `AIORateLimiter` keeps to about 30 messages a second overall, `ChatPacer` to about one a
  second per chat (short bursts allowed). A 429 or a 5xx becomes ``DeliveryError(retry_after=...)``
  and the outbox tries again later; a 403 (she blocked the bot) is permanent.
* Polling or webhook, in the caller's event loop (the manual PTB lifecycle). The webhook is a
  Starlette route under a secret path that checks ``X-Telegram-Bot-Api-Secret-Token``, answers 200
  at once and queues the update; an update that fails is dead-lettered (its id and the error type
  are logged and kept in `TelegramChannel.dead_letters`), never blocking the rest.

Never logged: message text, callback data, file contents, the token (httpx, which logs request
URLs that contain the token, is turned down to WARNING when the channel starts).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import time
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, TypeHandler
from telegram.request import BaseRequest
from telegram.warnings import PTBDeprecationWarning

from bot.channels.base import DeliveryError, Handle, RecentIds
from bot.i18n import hint_to_locale
from bot.messages import Attachment, Inbound, Outbound, clean_text
from workflows.locking import KeyedLocks

if TYPE_CHECKING:
    from bot.i18n import Localizer

logger = logging.getLogger(__name__)

SCHEME = "telegram"

OFFICIAL_API_URL = "https://api.telegram.org/bot"
#: The Bot API serves files up to 20 MB to bots (a self-hosted server in --local mode serves more).
BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024
MAX_CALLBACK_BYTES = 64
MAX_TEXT_CHARS = 4096
#: A private chat's messages can be deleted by the bot for 48 hours.
DELETABLE_SECONDS = 48 * 3600
#: The commands offered in Telegram's menu; their descriptions are ``telegram-command-<name>``.
COMMANDS = ("start", "new", "cases", "language", "help", "exit")
#: Update types the bot asks for: nothing it does not translate.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")
#: Telegram's language codes (IETF, mostly two letters) for our catalog tags.
TELEGRAM_LANGUAGE = {"zh-Hans-CN": "zh", "en": "en", "ru": "ru", "mn-Mong-CN": "mn"}
#: A callback data that matches no option: what a malformed button press becomes.
INVALID_ACTION = "!invalid"

_CALLBACK_SHAPE = re.compile(r"^[\x21-\x7e]{1,64}$")  # printable ASCII, no spaces: what our buttons use
_WEBHOOK_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_MAX_WEBHOOK_BODY = 1 << 20


class TelegramStartError(Exception):
    """The channel could not start for a reason retrying will not fix (a bad token, a bad setting)."""


def file_url_for(api_url: str) -> str:
    """The file download base for a Bot API base URL (``…/bot`` → ``…/file/bot``)."""
    base = api_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file/bot"


def webhook_path(token: str) -> str:
    """A path nobody can guess without the token, and that does not reveal it."""
    digest = hashlib.sha256(b"walking-home-webhook:" + token.encode()).hexdigest()[:40]
    return f"/telegram/{digest}"


def parse_callback_data(data: object) -> str:
    """Callback data as an action, if it has the shape of one of our buttons; else `INVALID_ACTION`.

    The dialogs still check the action against the options of her current step.
    """
    if isinstance(data, str) and len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES and _CALLBACK_SHAPE.match(data):
        return data
    return INVALID_ACTION


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


# --------------------------------------------------------------------------------------------
# Small bounded memories


@dataclass
class _Remembered:
    message_id: int
    at: float  # wall clock (time.time) when sent or received
    keyboard: bool  # a bot message that still shows buttons


class MessageMemory:
    """Message ids per chat, for quick exit: at most ``per_chat`` a chat, ``max_chats`` chats (LRU).

    In memory only. A restart forgets them (the quick exit then clears what came after);
    entries older than 48 hours can no longer be deleted and are dropped when seen.
    """

    def __init__(self, *, per_chat: int = 100, max_chats: int = 10_000, clock: Callable[[], float] = time.time) -> None:
        self.per_chat = per_chat
        self.max_chats = max_chats
        self.clock = clock
        self._chats: OrderedDict[int, deque[_Remembered]] = OrderedDict()

    def remember(self, chat_id: int, message_id: int, *, keyboard: bool = False) -> None:
        entries = self._chats.get(chat_id)
        if entries is None:
            entries = self._chats[chat_id] = deque(maxlen=self.per_chat)
            while len(self._chats) > self.max_chats:
                self._chats.popitem(last=False)
        else:
            self._chats.move_to_end(chat_id)
        entries.append(_Remembered(message_id, self.clock(), keyboard))

    def with_keyboards(self, chat_id: int) -> list[int]:
        return [e.message_id for e in self._chats.get(chat_id, ()) if e.keyboard]

    def keyboards_removed(self, chat_id: int, message_ids: Sequence[int]) -> None:
        gone = set(message_ids)
        for entry in self._chats.get(chat_id, ()):
            if entry.message_id in gone:
                entry.keyboard = False

    def take(self, chat_id: int) -> tuple[list[int], list[int]]:
        """Forget the chat; return (ids still deletable, older ids that show a keyboard)."""
        entries = self._chats.pop(chat_id, ())
        cutoff = self.clock() - DELETABLE_SECONDS + 60  # a minute's margin for clock skew
        deletable = [e.message_id for e in entries if e.at >= cutoff]
        old_keyboards = [e.message_id for e in entries if e.at < cutoff and e.keyboard]
        return deletable, old_keyboards

    def __len__(self) -> int:
        return len(self._chats)


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


# --------------------------------------------------------------------------------------------
# Building the PTB application


def build_application(
    token: str,
    *,
    api_url: str = OFFICIAL_API_URL,
    polling: bool = True,
    request: BaseRequest | None = None,
    rate_limit: bool = True,
    concurrent_updates: int = 256,
) -> Application:
    """A PTB application pointed at ``api_url`` (official or self-hosted Bot API, or a test fake).

    ``polling=False`` builds no updater (webhook mode, or `Application.process_update` in tests
    and benchmarks). Updates are processed concurrently; the channel keeps each chat's order.
    """
    # Opt in to PTB 23's time periods as timedelta (22.x warns on every RetryAfter otherwise).
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(api_url)
        .base_file_url(file_url_for(api_url))
        .concurrent_updates(concurrent_updates)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter())
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if not polling:
        builder = builder.updater(None)
    return builder.build()


# --------------------------------------------------------------------------------------------
# The channel


class TelegramChannel:
    """Translates PTB updates into `Inbound` for ``handle`` and delivers `Outbound` through the Bot API."""

    scheme = SCHEME

    def __init__(
        self,
        application: Application,
        *,
        handle: Handle,
        localizer: Localizer,
        mode: str = "polling",
        webhook_url: str = "",
        webhook_secret: str = "",
        max_download_bytes: int = BOT_API_DOWNLOAD_LIMIT,
        pacer: ChatPacer | None = None,
        memory: MessageMemory | None = None,
        poll_timeout: float = 10.0,
        start_retry_cap: float = 60.0,
        on_started: Callable[[TelegramChannel], None] | None = None,
    ) -> None:
        if mode not in ("polling", "webhook"):
            raise ValueError("mode must be 'polling' or 'webhook'")
        self.application = application
        self.handle = handle
        self.localizer = localizer
        self.mode = mode
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.max_download_bytes = min(max_download_bytes, BOT_API_DOWNLOAD_LIMIT)
        self.pacer = pacer or ChatPacer()
        self.memory = memory or MessageMemory()
        self.poll_timeout = poll_timeout
        self.start_retry_cap = start_retry_cap
        #: Called once the channel runs (at once, or after background retries): register it then,
        #: so outbox rows wait for it without spending delivery attempts.
        self.on_started = on_started
        #: (update id, error type) of updates that failed in the adapter; bounded, no content.
        self.dead_letters: deque[tuple[int, str]] = deque(maxlen=1000)
        self._delivered = RecentIds()  # outbox ids already sent
        self._chat_order = KeyedLocks()
        self._left_groups = RecentIds()
        self._retry_task: asyncio.Task | None = None
        self._running = False
        application.add_handler(TypeHandler(Update, self.on_update))
        application.add_error_handler(self._on_error)

    @property
    def bot(self):
        return self.application.bot

    @property
    def running(self) -> bool:
        return self._running

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Initialize (``getMe``), register commands, then poll or expect the webhook.

        A bad token raises `TelegramStartError`; a network failure is retried in the background
        with backoff, so the other channels keep running either way.
        """
        logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token in URLs
        if self.mode == "webhook" and not _WEBHOOK_SECRET_SHAPE.match(self.webhook_secret):
            raise TelegramStartError("WALKING_HOME_TELEGRAM_WEBHOOK_SECRET must be 1-256 characters A-Z a-z 0-9 _ -")
        try:
            await self._start_once()
        except InvalidToken:
            await self._close_quietly()
            raise TelegramStartError("the Bot API refused the token (getMe: unauthorized)") from None
        except (NetworkError, TelegramError) as error:
            logger.warning("telegram is unreachable at start-up (%s); retrying in the background", type(error).__name__)
            self._retry_task = asyncio.create_task(self._start_with_backoff(), name="telegram-start")

    async def _start_once(self) -> None:
        app = self.application
        await app.initialize()
        await self._register_commands()
        await app.start()
        if self.mode == "polling":
            assert app.updater is not None, "polling needs an application with an updater"
            await app.updater.start_polling(
                timeout=timedelta(seconds=self.poll_timeout),
                allowed_updates=list(ALLOWED_UPDATES),
                error_callback=self._polling_error,
            )
        elif self.webhook_url:
            await self.bot.set_webhook(
                url=self.webhook_url.rstrip("/") + webhook_path(self.bot.token),
                secret_token=self.webhook_secret,
                allowed_updates=list(ALLOWED_UPDATES),
            )
        self._running = True
        if self.on_started is not None:
            self.on_started(self)
        logger.info("telegram channel running (%s) as @%s", self.mode, self.bot.username)

    async def _start_with_backoff(self) -> None:
        delay = 1.0
        while True:
            await asyncio.sleep(delay)
            try:
                await self._start_once()
                return
            except InvalidToken:
                logger.error("telegram refused the token; the channel stays off")
                await self._close_quietly()
                return
            except TelegramError as error:
                logger.warning("telegram still unreachable (%s); next try in %.0f s", type(error).__name__, delay)
                delay = min(delay * 2, self.start_retry_cap)

    async def stop(self) -> None:
        """Stop in the reverse order of `start`; never raises."""
        if self._retry_task is not None:
            self._retry_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retry_task
            self._retry_task = None
        app = self.application
        with contextlib.suppress(Exception):
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
        with contextlib.suppress(Exception):
            if app.running:
                await app.stop()
        await self._close_quietly()
        self._running = False

    async def _close_quietly(self) -> None:
        try:
            await self.application.shutdown()
        except Exception as error:
            logger.debug("telegram shutdown: %s", type(error).__name__)
        # An initialize() that failed half way leaves the HTTP clients open; close them too.
        for request in getattr(self.bot, "_request", ()):
            with contextlib.suppress(Exception):
                await request.shutdown()

    def _polling_error(self, error: TelegramError) -> None:
        # PTB retries getUpdates with its own backoff; say what happened, not the URL.
        logger.warning("telegram polling failed (%s); retrying", type(error).__name__)

    async def _register_commands(self) -> None:
        """The command menu in each catalog language that has the descriptions, and a default."""
        default = self.localizer.default_locale
        wanted: list[tuple[str, str | None]] = [(default, None)]
        for tag, code in TELEGRAM_LANGUAGE.items():
            if self.localizer.has(tag, f"telegram-command-{COMMANDS[0]}"):
                wanted.append((tag, code))
        for tag, code in wanted:
            commands = [BotCommand(name, self.localizer.format(tag, f"telegram-command-{name}")) for name in COMMANDS]
            try:
                await self.bot.set_my_commands(commands, language_code=code)
            except TelegramError as error:  # the menu is a convenience; the bot works without it
                logger.warning("setMyCommands for %s failed: %s", code or "default", type(error).__name__)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else -1
        self._dead_letter(update_id, context.error)

    def _dead_letter(self, update_id: int, error: BaseException | None) -> None:
        kind = type(error).__name__ if error is not None else "unknown"
        self.dead_letters.append((update_id, kind))
        logger.error("telegram update %s dead-lettered: %s", update_id, kind)

    # -- inbound -----------------------------------------------------------------------------

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE | None = None) -> None:
        """PTB handler for every update: translate, then hand it to the dialogs in chat order."""
        chat = update.effective_chat
        if chat is None:
            return
        if chat.type != ChatType.PRIVATE:
            await self._refuse_group(update)
            return
        # Updates run concurrently; this lock, taken before any await, keeps one chat's order.
        try:
            async with self._chat_order(chat.id):
                inbound = await self._translate(update)
                if inbound is not None:
                    await self.handle(inbound)
        except Exception as error:
            self._dead_letter(update.update_id, error)

    async def _translate(self, update: Update) -> Inbound | None:
        chat_id = update.effective_chat.id
        user = update.effective_user
        common = {
            "address": f"{SCHEME}:{chat_id}",
            "update_id": str(update.update_id),
            "locale_hint": (user.language_code or "") if user else "",
        }
        query = update.callback_query
        if query is not None:
            with contextlib.suppress(TelegramError):  # stops the spinner; nothing depends on it
                await query.answer()
            data = clean_text(query.data) if isinstance(query.data, str) else query.data  # a lone surrogate
            return Inbound(**common, action=parse_callback_data(data))
        message = update.message or update.edited_message
        if message is None:
            return None  # my_chat_member in a private chat (blocked, unblocked): nothing to say
        self.memory.remember(chat_id, message.message_id)
        text = message.text or message.caption or ""
        attachments = await self._attachments(message)
        if attachments or text:
            return Inbound(**common, text=text, attachments=attachments)
        return Inbound(**common, unsupported=_unsupported_kind(message))

    async def _attachments(self, message: Message) -> tuple[Attachment, ...]:
        if message.photo:
            largest = message.photo[-1]
            return (await self._download(largest, f"photo-{message.message_id}.jpg", "image/jpeg", "photo"),)
        if message.voice:
            voice = message.voice
            return (
                await self._download(voice, f"voice-{message.message_id}.ogg", voice.mime_type or "audio/ogg", "voice"),
            )
        if message.audio:
            audio = message.audio
            name = audio.file_name or f"audio-{message.message_id}"
            return (await self._download(audio, name, audio.mime_type or "audio/mpeg", "voice"),)
        if message.document:
            doc = message.document
            name = doc.file_name or f"file-{message.message_id}"
            return (await self._download(doc, name, doc.mime_type or "application/octet-stream", "document"),)
        if message.video:
            video = message.video
            name = video.file_name or f"video-{message.message_id}.mp4"
            return (await self._download(video, name, video.mime_type or "video/mp4", "document"),)
        return ()

    async def _download(self, media: Any, filename: str, content_type: str, kind: str) -> Attachment:
        """The file's bytes via getFile, unless it is over the limit (then only its size)."""
        size = media.file_size or 0
        if size > self.max_download_bytes:
            return Attachment(filename=filename, content_type=content_type, size=size, kind=kind, too_large=True)
        try:
            file = await media.get_file()
        except BadRequest as error:
            if "too big" in str(error).lower():
                return Attachment(
                    filename, content_type, max(size, BOT_API_DOWNLOAD_LIMIT + 1), kind=kind, too_large=True
                )
            raise
        size = file.file_size or size
        if size > self.max_download_bytes:
            return Attachment(filename=filename, content_type=content_type, size=size, kind=kind, too_large=True)
        data = bytes(await file.download_as_bytearray())
        too_large = len(data) > self.max_download_bytes
        return Attachment(
            filename=filename,
            content_type=content_type,
            size=len(data),
            data=b"" if too_large else data,
            kind=kind,
            too_large=too_large,
        )

    async def _refuse_group(self, update: Update) -> None:
        """Say (once) that the bot works in private chats only, then leave the group."""
        chat = update.effective_chat
        member = update.my_chat_member
        if member is not None and member.new_chat_member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
            return  # we were removed: nothing to say
        if chat.id in self._left_groups:
            return
        self._left_groups.add(chat.id)
        user = update.effective_user
        locale = hint_to_locale(user.language_code or "") if user else None
        text = self.localizer.format(locale or self.localizer.default_locale, "telegram-private-only")
        try:
            if chat.type != ChatType.CHANNEL:
                await self.bot.send_message(chat.id, text)
            await self.bot.leave_chat(chat.id)
            logger.info("left a %s chat: the bot works in private chats only", chat.type)
        except TelegramError as error:
            logger.warning("could not leave a %s chat: %s", chat.type, type(error).__name__)

    # -- outbound ----------------------------------------------------------------------------

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
        except TelegramError as error:
            raise delivery_error(error) from None
        if outbox_id is not None:
            self._delivered.add(outbox_id)

    async def _send_text(self, chat_id: int, message: Outbound) -> None:
        markup = keyboard_for(message)
        chunks = split_text(message.text)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            await self.pacer.wait(chat_id)
            sent = await self.bot.send_message(chat_id, chunk, reply_markup=markup if last else None)
            self.memory.remember(chat_id, sent.message_id, keyboard=last and markup is not None)

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


def keyboard_for(message: Outbound) -> InlineKeyboardMarkup | None:
    """The message's buttons, then the safety row ("danger now", "quick exit") as the last row."""
    rows = [list(row) for row in message.buttons]
    safety = message.extra.get("safety")
    if safety:
        rows.append(list(safety))
    keyboard = [
        [InlineKeyboardButton(button.label, callback_data=button.action) for button in row if _fits(button.action)]
        for row in rows
    ]
    keyboard = [row for row in keyboard if row]
    return InlineKeyboardMarkup(keyboard) if keyboard else None


def _fits(action: str) -> bool:
    if len(action.encode("utf-8")) <= MAX_CALLBACK_BYTES:
        return True
    logger.error("a button's action is longer than Telegram's 64 bytes; the button is left out")
    return False


def split_text(text: str, limit: int = MAX_TEXT_CHARS) -> list[str]:
    """Text in pieces of at most ``limit`` characters, cut at line ends where possible."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    pieces.append(text)
    return pieces


def _unsupported_kind(message: Message) -> str:
    for kind in ("sticker", "location", "venue", "contact", "poll", "dice", "animation", "video_note", "game"):
        if getattr(message, kind, None):
            return kind
    return "other"


# --------------------------------------------------------------------------------------------
# Webhook: a route on the bot's own ASGI app


def webhook_route(channel: TelegramChannel, *, path: str | None = None) -> Route:
    """``POST <secret path>``: check Telegram's secret header, queue the update, answer 200 at once."""
    secret = channel.webhook_secret.encode()

    async def receive(request: Request) -> Response:
        presented = request.headers.get("x-telegram-bot-api-secret-token", "").encode()
        if not secret or not hmac.compare_digest(presented, secret):
            return Response(status_code=403)
        body, complete = await _read_capped(request, _MAX_WEBHOOK_BODY)
        try:
            if not complete:
                raise ValueError("webhook body too large")
            update = Update.de_json(json.loads(body), channel.bot)
        except Exception as error:  # never make Telegram redeliver a poison update
            channel._dead_letter(_peek_update_id(body), error)
            return Response(status_code=200)
        await channel.application.update_queue.put(update)
        return Response(status_code=200)

    return Route(path or webhook_path(channel.bot.token), receive, methods=["POST"])


async def _read_capped(request: Request, cap: int) -> tuple[bytes, bool]:
    """The body and True, or its first bytes and False as soon as it passes ``cap`` (no more is read)."""
    declared = request.headers.get("content-length", "")
    body = bytearray()
    if declared.isdigit() and int(declared) > cap:
        return bytes(body), False
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            return bytes(body[:256]), False
    return bytes(body), True


def _peek_update_id(body: bytes) -> int:
    match = re.search(rb'"update_id"\s*:\s*(\d{1,19})', body[:256])
    return int(match.group(1)) if match else -1
