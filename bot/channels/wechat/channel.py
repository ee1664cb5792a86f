"""The WeChat channel: the account's server URL (``/wechat``) on the bot's HTTP server, and delivery.

A push is answered ``success`` only once it is durable (the dialog engine's ``handle`` returned),
within `reply_seconds` (WeChat waits 5 s); otherwise 503, and WeChat sends it again (three tries
in about 15 s). Its MsgId (or, for events, sender + time + event + key) is the update id, so a
repeat has no second effect.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.channels.base import Channel, Handle, RecentIds
from bot.channels.wechat.api import WeChatApi, WeChatError
from bot.channels.wechat.delivery import WeChatDelivery
from bot.channels.wechat.translate import SCHEME, Push, PushTranslator, PushVerifier, Refused, read_push
from bot.lifecycle import Health, Lines, StartError
from bot.messages import Button, NotRecorded, Outbound
from bot.outage import DangerFallback, OutageLog

if TYPE_CHECKING:
    from bot.i18n import Localizer

logger = logging.getLogger("bot.channels.wechat")

PATH = "/wechat"
#: A push is a small XML document; anything larger is not WeChat's.
MAX_PUSH_BYTES = 256 * 1024
#: Errors at start that retrying will not fix: a wrong app id or secret, a server address not allowed.
CREDENTIAL_ERRORS = frozenset({40013, 40125, 40164, 41002, 41004, 61004})


class WeChatStartError(StartError):
    """The channel cannot start for a reason retrying will not fix (the app id or secret)."""


class WeChatChannel:
    """A `bot.lifecycle.Component` and a `Channel`: pushes in at ``/wechat``, customer-service messages out."""

    name = SCHEME
    scheme = SCHEME
    lines = Lines("cli-wechat-failed", "cli-wechat-running", "cli-wechat-retrying")

    def __init__(
        self,
        *,
        app_id: str,
        app_secret: str,
        token: str,
        aes_key: str = "",
        api_url: str,
        handle: Handle,
        localizer: Localizer,
        language: str = "zh-Hans-CN",
        buttons: str = "msgmenu",
        max_download_bytes: int = 10 * 1024 * 1024,
        reply_seconds: float = 4.0,
        on_started: Callable[[Channel], None] | None = None,
        on_connect: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        self.app_id = app_id
        self.handle = handle
        self.localizer = localizer
        self.language = language if language in localizer.bundles else localizer.default_locale
        self.reply_seconds = reply_seconds
        self.on_started = on_started
        self.on_connect = on_connect
        self.api = WeChatApi(app_id=app_id, app_secret=app_secret, api_url=api_url)
        self.verifier = PushVerifier(token=token, app_id=app_id, aes_key=aes_key)
        self.offers: dict[str, list[Button]] = {}  # openid → the options last offered her (this process)
        self.delivery = WeChatDelivery(self.api, offers=self.offers, localizer=localizer, buttons=buttons)
        self.translator = PushTranslator(
            download=self.api.media,
            offers=self.offers,
            max_download_bytes=max_download_bytes,
            hint=self.language,
            numbered=lambda: self.delivery.buttons == "numbers",
        )
        self.danger = DangerFallback(localizer, self._deliver_directly, locale_of=self.delivery.locales.get)
        self.outage = OutageLog(logger, "wechat pushes not recorded, answered 503")
        self._locks: dict[str, asyncio.Lock] = {}  # her pushes in her order
        self._lock_users: Counter[str] = Counter()  # pushes holding or waiting for each lock
        self._noted = RecentIds()  # subscribe events whose safety note went out
        self._running = False
        self._unreachable = False

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def health(self) -> Health:
        detail = "unreachable" if self._unreachable else ("" if self._running else "stopped")
        return Health(self.name, ok=self._running and not self._unreachable, detail=detail)

    def describe(self) -> dict[str, str]:
        return {"app": self.app_id, "path": PATH}

    async def start(self) -> None:
        """Fetch the access token once: refused credentials stop the channel; an unreachable API does not."""
        try:
            await self.api.token()
        except WeChatError as error:
            if error.errcode in CREDENTIAL_ERRORS:
                await self.api.close()
                raise WeChatStartError(f"WeChat refused the app id or secret ({error.errcode})") from None
            self._say_unreachable(error)
        except (httpx.HTTPError, OSError, TimeoutError) as error:
            self._say_unreachable(error)
        self._running = True
        if self.on_started is not None:
            self.on_started(self)
        if not self._unreachable:
            logger.info("wechat channel running for account %s at %s", self.app_id, PATH)

    async def stop(self) -> None:
        self._running = False
        with contextlib.suppress(Exception):
            await self.api.close()

    def _say_unreachable(self, error: BaseException) -> None:
        if not self._unreachable:
            self._unreachable = True
            logger.warning("wechat API unreachable (%s); messages wait in the outbox", type(error).__name__)

    # -- delivery ----------------------------------------------------------------------------

    async def deliver(self, message: Outbound) -> None:
        await self.delivery.deliver(message)
        if self._unreachable:
            self._unreachable = False
            logger.info("wechat API reachable again")

    async def _deliver_directly(self, message: Outbound) -> None:
        await self.delivery.send_direct(message.address, message.text)

    # -- pushes ------------------------------------------------------------------------------

    def routes(self) -> list[Route]:
        return [Route(PATH, self.receive, methods=["GET", "POST"])]

    async def receive(self, request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "GET":  # the console's check of the server address: echo once signed
            if not self.verifier.signed(params):
                return Response(status_code=403)
            return PlainTextResponse(params.get("echostr", ""))
        body, complete = await _read_capped(request, MAX_PUSH_BYTES)
        if not complete:
            return Response(status_code=413)
        try:
            xml = self.verifier.plain_xml(params, body)
        except Refused as error:
            logger.warning("wechat push refused (%s)", error)
            return Response(status_code=403)
        except Exception as error:  # the encrypted part could not be read
            logger.warning("wechat push could not be decrypted (%s)", type(error).__name__)
            return Response(status_code=403)
        try:
            push = read_push(xml)
        except Exception as error:  # never make WeChat send poison again and again
            logger.warning("wechat push could not be read (%s); acknowledged", type(error).__name__)
            return PlainTextResponse("success")
        durable = await self.process(push)
        if not durable:
            return Response(status_code=503)
        return PlainTextResponse("success", background=BackgroundTask(self._after, push))

    async def process(self, push: Push) -> bool:
        """Translate and hand on within the bound; True once WeChat may forget the push."""
        deadline = time.monotonic() + self.reply_seconds
        if push.kind != "event:unsubscribe":  # her message, a click, a follow: the 48-hour window opens
            self.delivery.seen(push.openid)
        lock = self._locks.setdefault(push.openid, asyncio.Lock())
        self._lock_users[push.openid] += 1
        try:
            try:
                async with asyncio.timeout(self.reply_seconds):
                    await lock.acquire()
            except TimeoutError:
                self.outage.failed("busy", first="wechat push waited too long behind her earlier one")
                return False
            try:
                return await self._process_locked(push, deadline)
            finally:
                lock.release()
        finally:
            self._lock_users[push.openid] -= 1
            if self._lock_users[push.openid] <= 0:
                del self._lock_users[push.openid]
                self._locks.pop(push.openid, None)

    async def _process_locked(self, push: Push, deadline: float) -> bool:
        try:
            async with asyncio.timeout(max(0.1, deadline - time.monotonic())):
                inbound = await self.translator.inbound(push)
        except (WeChatError, httpx.HTTPError, OSError, TimeoutError) as error:
            self.outage.failed(type(error).__name__, first="wechat file could not be fetched")
            return False
        if inbound is None:
            return True
        left = deadline - time.monotonic()
        try:
            await self.danger.handle(self.handle, inbound, max(left, self.reply_seconds / 10))
        except NotRecorded as error:
            self.outage.failed(str(error)[:60] or "NotRecorded")
            return False
        self.outage.recovered()
        return True

    async def _after(self, push: Push) -> None:
        """After ``success``: what waited outside her window goes out now; the safety note at a new follow."""
        if push.kind == "event:unsubscribe":
            return
        if push.kind == "event:subscribe" and push.update_id not in self._noted:
            self._noted.add(push.update_id)
            locale = self.delivery.locales.get(push.address) or self.language
            try:
                await self.delivery.send_direct(push.address, self.localizer.format(locale, "wechat-safety-note"))
            except Exception as error:
                logger.warning("wechat safety note could not be sent (%s)", type(error).__name__)
        if self.on_connect is not None:
            try:
                await self.on_connect(push.address)
            except Exception as error:
                logger.warning("wechat: held messages could not be released (%s)", type(error).__name__)


async def _read_capped(request: Request, cap: int) -> tuple[bytes, bool]:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        return b"", False
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > cap:
            return b"", False
    return bytes(body), True
