"""The Telegram channel's lifecycle: start (polling or webhook), backoff, stop, state; updates to the dialogs.

Translation lives in `translate`, delivery and pacing in `delivery`, the webhook route in `webhook`,
the ``getUpdates`` loop in `polling`. `TelegramChannel.process` is the one way in for an update: it
returns True once the update may be acknowledged to Telegram (durable, or dead-lettered as poison)
and False when it must come again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
from collections import OrderedDict, deque
from typing import TYPE_CHECKING

from starlette.routing import BaseRoute
from telegram import BotCommand, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, TypeHandler
from telegram.request import BaseRequest

from bot.channels.base import Channel, Handle, RecentIds
from bot.channels.telegram.delivery import ChatPacer, TelegramDelivery
from bot.channels.telegram.memory import MessageMemory
from bot.channels.telegram.polling import UpdatePoller
from bot.channels.telegram.translate import (
    BOT_API_DOWNLOAD_LIMIT,
    SCHEME,
    UpdateTranslator,
    answer_callback,
)
from bot.channels.telegram.webhook import webhook_path, webhook_route
from bot.i18n import hint_to_locale
from bot.lifecycle import Health, Lines, StartError
from bot.locking import KeyedLocks
from bot.messages import NotRecorded, Outbound
from bot.outage import DangerFallback, OutageLog

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.i18n import Localizer

logger = logging.getLogger("bot.channels.telegram")

OFFICIAL_API_URL = "https://api.telegram.org/bot"
#: The commands offered in Telegram's menu; their descriptions are ``telegram-command-<name>``.
COMMANDS = ("start", "new", "cases", "language", "help", "exit")
#: Update types the bot asks for: nothing it does not translate.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")
#: Telegram's language codes (IETF, mostly two letters) for our catalog tags.
TELEGRAM_LANGUAGE = {"zh-Hans-CN": "zh", "en": "en", "ru": "ru", "mn-Mong-CN": "mn"}

_WEBHOOK_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
#: How often an update whose file download failed for a network reason is tried before it is
#: dead-lettered (a file Telegram cannot serve must not hold the chat, or the offset, for ever).
DOWNLOAD_ATTEMPTS = 5


class TelegramStartError(StartError):
    """The channel could not start for a reason retrying will not fix (a bad token, a bad setting)."""


def file_url_for(api_url: str) -> str:
    """The file download base for a Bot API base URL (``…/bot`` → ``…/file/bot``)."""
    base = api_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file/bot"


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

    It has no updater in either mode: the channel polls itself (`polling.UpdatePoller`), so the
    offset passes only durable updates; ``polling`` is accepted for callers that still say which
    mode they run and changes nothing.
    `Application.process_update` still reaches the channel (tests and benchmarks use it).
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
    return builder.updater(None).build()


class TelegramChannel:
    """A `bot.lifecycle.Component`: hands PTB updates to ``handle`` and delivers `Outbound` through the Bot API."""

    name = SCHEME
    scheme = SCHEME
    lines = Lines("cli-telegram-failed", "cli-telegram-running", "cli-telegram-retrying")

    def __init__(
        self,
        application: Application,
        *,
        handle: Handle,
        localizer: Localizer,
        mode: str = "polling",
        webhook_url: str = "",
        webhook_secret: str = "",
        webhook_connections: int = 100,
        max_download_bytes: int = BOT_API_DOWNLOAD_LIMIT,
        pacer: ChatPacer | None = None,
        memory: MessageMemory | None = None,
        poll_timeout: float = 10.0,
        start_retry_cap: float = 60.0,
        on_started: Callable[[Channel], None] | None = None,
        turn_timeout: float = 15.0,
    ) -> None:
        if mode not in ("polling", "webhook"):
            raise ValueError("mode must be 'polling' or 'webhook'")
        self.application = application
        self.handle = handle
        self.localizer = localizer
        self.mode = mode
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        #: setWebhook's ``max_connections``: Telegram's default of 40 queued an idle woman's "danger
        #: now" behind other chats' pushes during a database pause (11 s against 2 s at more).
        self.webhook_connections = webhook_connections
        self.memory = memory or MessageMemory()
        self._locales = _Locales()  # the language each chat was last written to in (bounded, in memory)
        self.translator = UpdateTranslator(memory=self.memory, max_download_bytes=max_download_bytes)
        self.delivery = TelegramDelivery(application, pacer=pacer or ChatPacer(), memory=self.memory)
        self.poll_timeout = poll_timeout
        self.start_retry_cap = start_retry_cap
        #: Seconds one update may wait for the dialogs to record it; past that it is not recorded (503, no offset).
        self.turn_timeout = turn_timeout
        #: "Not recorded" lines during a database outage: one when it begins, a summary a minute, one at its end.
        self.outage = OutageLog(logger, "telegram updates not recorded, not acknowledged")
        #: Her "danger now" gets the numbers from the channel itself when the database cannot record it.
        self.danger = DangerFallback(localizer, self.deliver, locale_of=self._locales.get)
        #: The ``getUpdates`` loop (polling mode): a start/stop unit of its own.
        self.poller = UpdatePoller(
            application.bot,
            self.process,
            dead_letter=self.dead_letter,
            timeout=poll_timeout,
            allowed_updates=ALLOWED_UPDATES,
            backoff_cap=min(30.0, start_retry_cap),
        )
        #: Called once the channel runs (at once, or after background retries): register it then,
        #: so outbox rows wait for it without spending delivery attempts.
        self.on_started = on_started
        #: (update id, error type) of updates that failed in the adapter; bounded, no content.
        self.dead_letters: deque[tuple[int, str]] = deque(maxlen=1000)
        self._left_groups = RecentIds()
        self._chat_locks = KeyedLocks()  # one chat's updates, translation through handle, in order
        self._download_failures: dict[int, int] = {}  # update id → network failures while translating
        self._retry_task: asyncio.Task | None = None
        self._running = False
        self._state = "new"
        application.add_handler(TypeHandler(Update, self.on_update))
        application.add_error_handler(self._on_error)

    @property
    def bot(self):
        return self.application.bot

    @property
    def running(self) -> bool:
        return self._running

    def health(self) -> Health:
        return Health(self.name, ok=self._running, detail=self._state)

    def describe(self) -> dict[str, str]:
        try:
            username = self.bot.username or "?"
        except RuntimeError:  # not initialized yet: getMe has not answered
            username = "?"
        return {"mode": self.mode, "username": username}

    def routes(self) -> list[BaseRoute]:
        """What it serves on the bot's HTTP server: the webhook, in webhook mode."""
        return [webhook_route(self)] if self.mode == "webhook" else []

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
            self._state = "refused"
            raise TelegramStartError("the Bot API refused the token (getMe: unauthorized)") from None
        except (NetworkError, TelegramError) as error:
            logger.warning("telegram is unreachable at start-up (%s); retrying in the background", type(error).__name__)
            self._state = "retrying"
            self._retry_task = asyncio.create_task(self._start_with_backoff(), name="telegram-start")

    async def _start_once(self) -> None:
        app = self.application
        await app.initialize()
        await self._register_commands()
        await app.start()
        if self.mode == "polling":
            await self.bot.delete_webhook()  # getUpdates answers 409 while a webhook is set
            self.poller.start()
        elif self.webhook_url:
            await self.bot.set_webhook(
                url=self.webhook_url.rstrip("/") + webhook_path(self.bot.token),
                secret_token=self.webhook_secret,
                allowed_updates=list(ALLOWED_UPDATES),
                max_connections=self.webhook_connections,
            )
        self._running = True
        self._state = ""
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
                self._state = "refused"
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
        await self.poller.stop()
        with contextlib.suppress(Exception):
            if app.running:
                await app.stop()
        await self._close_quietly()
        self._running = False
        self._state = "stopped"

    async def _close_quietly(self) -> None:
        try:
            await self.application.shutdown()
        except Exception as error:
            logger.debug("telegram shutdown: %s", type(error).__name__)
        # An initialize() that failed half way leaves the HTTP clients open; close them too.
        for request in getattr(self.bot, "_request", ()):
            with contextlib.suppress(Exception):
                await request.shutdown()

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
        self.dead_letter(update_id, context.error)

    def dead_letter(self, update_id: int, error: BaseException | None) -> None:
        """Keep (update id, error type) of an update that failed here, and log it; never its content."""
        kind = type(error).__name__ if error is not None else "unknown"
        self.dead_letters.append((update_id, kind))
        logger.error(
            "telegram update %s dead-lettered: %s",
            update_id,
            kind,
            extra={"update_id": update_id, "channel": "telegram"},
        )

    # -- inbound -----------------------------------------------------------------------------

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE | None = None) -> None:
        """PTB handler for `Application.process_update` (tests, benchmarks): `process`, nothing to acknowledge."""
        await self.process(update)

    async def process(self, update: Update) -> bool:
        """Translate one update and hand it to the dialogs; True once Telegram may be told it arrived.

        True: the dialog engine made it durable (its turn or its failure committed, or it was a
        repeat), there was nothing to hand on, or it could not be translated and was dead-lettered
        (poison must not come back for ever). False: nothing is recorded yet (the engine raised
        `NotRecorded`, or a file download failed for a network reason): do not acknowledge it, so
        Telegram sends it again; its update id makes the repeat harmless.

        One chat's updates hold a lock from translation through the engine, so a slow download
        cannot let a later update of hers overtake it; chats run concurrently. A button press
        reaches the dialogs before any network call (the spinner is stopped after).
        """
        chat = update.effective_chat
        if chat is None:
            return True
        if chat.type != ChatType.PRIVATE:
            await self._refuse_group(update)
            return True
        # The turn bound covers the wait behind her earlier update and the turn, not a file download.
        loop = asyncio.get_running_loop()
        began = loop.time()
        lock = self._chat_locks(chat.id)
        try:
            async with asyncio.timeout(self.turn_timeout):
                await lock.acquire()
        except TimeoutError:
            self.outage.failed("an earlier update of the chat was not recorded in time")
            return False
        try:
            inbound = None
            try:
                fetching = loop.time()
                inbound = await self.translator.inbound(update)
                if inbound is not None:
                    left = self.turn_timeout - (fetching - began)
                    await self.danger.handle(self.handle, inbound, max(left, self.turn_timeout / 10))
            except NotRecorded as error:
                self.outage.failed(_reason(error))
                return False
            except Exception as error:
                if _worth_another_try(error) and self._try_again(update.update_id):
                    logger.warning(
                        "telegram update %s: download failed (%s); not acknowledged",
                        update.update_id,
                        type(error).__name__,
                    )
                    return False
                self.dead_letter(update.update_id, error)
            self._download_failures.pop(update.update_id, None)
            if inbound is not None:
                self.outage.recovered()
        finally:
            lock.release()
        await answer_callback(update)
        return True

    def _try_again(self, update_id: int) -> bool:
        """Count one more network failure of ``update_id``; False once it has had its attempts."""
        failures = self._download_failures.get(update_id, 0) + 1
        if failures >= DOWNLOAD_ATTEMPTS:
            self._download_failures.pop(update_id, None)
            return False
        if len(self._download_failures) >= 10_000:  # bounded: forget the oldest
            self._download_failures.pop(next(iter(self._download_failures)))
        self._download_failures[update_id] = failures
        return True

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
        """Send one rendered message (`delivery.TelegramDelivery`)."""
        await self.delivery.deliver(message)
        if message.locale:
            self._locales.put(message.address, message.locale)


class _Locales(OrderedDict):
    """Address → the language of the last message sent there; the oldest forgotten past ``limit``."""

    def __init__(self, limit: int = 100_000) -> None:
        super().__init__()
        self.limit = limit

    def put(self, address: str, locale: str) -> None:
        self[address] = locale
        self.move_to_end(address)
        if len(self) > self.limit:
            self.popitem(last=False)


def _reason(error: NotRecorded) -> str:
    """What a `NotRecorded` says about the database (an error type, or the bound that passed), never content."""
    return str(error)[:80]


def _worth_another_try(error: BaseException) -> bool:
    """A Bot API or network failure that may pass (timeout, 5xx, flood control), not a refusal."""
    if isinstance(error, RetryAfter):
        return True
    return isinstance(error, NetworkError | OSError) and not isinstance(error, BadRequest)
