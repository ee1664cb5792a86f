"""The web chat's ASGI app: the page, its words, the conversation socket, uploads and the exit beacon."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import secrets
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from bot.channels.base import Handle
from bot.channels.web.channel import SCHEME, Peer, WebChannel
from bot.channels.web.network import network_source
from bot.channels.web.uploads import (
    BadUpload,
    TooLarge,
    UploadForm,
    UploadLimits,
    UploadQuota,
    attachment_kind,
    clear_leftovers,
    private_folder,
    read_capped,
    read_upload,
    safe_filename,
)
from bot.i18n import hint_to_locale
from bot.messages import Attachment, Inbound, NotRecorded
from bot.outage import OutageLog, handle_within

if TYPE_CHECKING:
    from bot.i18n import Localizer
    from bot.settings import Settings

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web_static"


#: A client message id: short, URL-safe; it becomes part of the upstream update id.
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
#: What the page sends the dialogs after a reload: "ask your current question again".
AGAIN = "/again"
_WEB_MESSAGE_ID = re.compile(r"^(web-[A-Za-z0-9_-]+)\s*=", re.MULTILINE)
_MAX_ACTION_CHARS = 256
#: The page sends its session token and the upload's client id in headers, so both are checked
#: before the body is read (a forged token costs the server no more than its headers).
TOKEN_HEADER = "x-session-token"
ID_HEADER = "x-upload-id"
#: Room for the form's boundaries, part headers and short fields around the file's bytes.
_FORM_OVERHEAD = 16 * 1024
#: Files held in memory at once between the temporary file and the evidence store.
_FILES_IN_MEMORY = 2
#: New sessions' greetings (each a dialog turn that writes) running at once: a flood of new
#: sockets waits its turn here instead of queueing ahead of the women already talking.
_GREETINGS_AT_ONCE = 2
#: `_WebApp.dispatch`'s outcomes: recorded (acknowledge), not recorded (the database could not take it:
#: do not acknowledge, the page keeps it and sends it again), failed (something else went wrong).
RECORDED, NOT_RECORDED, FAILED = "recorded", "not_recorded", "failed"
#: The window of `NewSessionLimiter`.
_NEW_SESSION_WINDOW = 600.0

#: Sent on every HTTP response. No inline script or style anywhere, so the CSP can forbid both.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        b"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
        b"form-action 'self'; frame-ancestors 'none'",
    ),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    # no-store also keeps the chat out of the back-forward cache, so "back" after a quick exit
    # cannot bring the conversation back from memory.
    (b"cache-control", b"no-store"),
)


class SecurityHeaders:
    """Adds `SECURITY_HEADERS` to every HTTP response (websocket handshakes are left alone)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in SECURITY_HEADERS}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": headers + list(SECURITY_HEADERS)}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def web_message_ids(folder: Path) -> list[str]:
    """Every ``web-*`` message id in any catalog (read as text: no channel imports Fluent)."""
    ids: set[str] = set()
    for path in folder.glob("*/*.ftl"):
        ids.update(_WEB_MESSAGE_ID.findall(path.read_text(encoding="utf-8")))
    return sorted(ids)


def origin_allowed(origin: str | None, host: str | None, public_origin: str) -> bool:
    """Same host as the page (http or https), or the configured public origin."""
    if not origin or origin == "null":
        return False
    if public_origin and origin.rstrip("/") == public_origin.rstrip("/"):
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host.lower()


class NewSessionLimiter:
    """At most ``limit`` new sessions per network address within ``window`` seconds.

    The address is kept only as a keyed hash (a key made per process, never written anywhere),
    and only while it has sessions within the window; the raw address is never stored.
    """

    def __init__(self, limit: int, window: float = _NEW_SESSION_WINDOW, clock: Any = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._opened: dict[str, deque[float]] = {}
        self._next_prune = 0.0

    def key(self, host: str | None) -> str:
        return network_source(self._key, host or "-")

    def allow(self, host: str | None) -> bool:
        now = self._clock()
        if now >= self._next_prune:
            self._prune(now)
        times = self._opened.setdefault(self.key(host), deque())
        while times and now - times[0] > self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True

    def _prune(self, now: float) -> None:
        self._opened = {k: t for k, t in self._opened.items() if t and now - t[-1] <= self.window}
        self._next_prune = now + self.window / 10


class _WebApp:
    """The routes, bound to one channel, one dialog entry point, catalogs and settings."""

    def __init__(self, channel: WebChannel, handle: Handle, localizer: Localizer, settings: Settings) -> None:
        self.channel = channel
        self.handle = handle
        self.localizer = localizer
        self.settings = settings
        self.max_message_bytes = settings.max_message_chars * 4
        self.max_upload_bytes = settings.max_upload_bytes
        self.quota = UploadQuota(UploadLimits.from_settings(settings))
        self.upload_dir = private_folder(settings.upload_temp_dir)
        clear_leftovers(self.upload_dir)
        self.memory_gate = asyncio.Semaphore(_FILES_IN_MEMORY)
        self.new_sessions = NewSessionLimiter(settings.web_new_sessions_per_address)
        self.greeting_gate = asyncio.Semaphore(_GREETINGS_AT_ONCE)
        self._sweeper: asyncio.Task | None = None
        self._closed = False  # the web chat stopped: no new sweeper, whatever socket still arrives
        self.ui_ids = web_message_ids(localizer.folder)
        #: One update's turn waits at most this long (then `NOT_RECORDED`: the page keeps it and sends it again).
        self.turn_timeout = settings.turn_timeout
        #: "Not recorded" lines during a database outage: one when it begins, a summary a minute, one at its end.
        self.outage = OutageLog(logger, "web inbound not recorded; the page sends it again")
        self._ui_cache: dict[str, dict] = {}

    # -- helpers -----------------------------------------------------------------------------

    def resolve_locale(self, tag: str) -> str:
        if tag in self.localizer.bundles:
            return tag
        return hint_to_locale(tag) or self.localizer.default_locale

    def text(self, token: str, message_id: str) -> str:
        return self.localizer.format(self.channel.locale_of(token, self.localizer.default_locale), message_id)

    def error(self, token: str, code: str, message_id: str, client_id: str | None = None) -> dict:
        return {"type": "error", "id": client_id, "code": code, "text": self.text(token, message_id)}

    def origin_ok(self, headers: Any) -> bool:
        return origin_allowed(headers.get("origin"), headers.get("host"), self.settings.web_public_origin)

    async def dispatch(self, inbound: Inbound) -> str:
        """Hand one inbound to the dialogs: `RECORDED` once it is durable, `NOT_RECORDED` when nothing
        could be committed (never acknowledged: the page sends it again with the same id), else `FAILED`.
        Log lines name the error type, never her words."""
        try:
            await handle_within(self.handle, inbound, self.turn_timeout)
        except NotRecorded as error:
            self.outage.failed(
                str(error)[:80], first=f"web inbound {_message_of(inbound)} not recorded; the page sends it again"
            )
            return NOT_RECORDED
        except Exception as error:
            logger.error("web inbound %s failed: %s", _message_of(inbound), type(error).__name__)
            return FAILED
        self.outage.recovered()
        return RECORDED

    def refusal(self, token: str, outcome: str, client_id: str | None) -> dict:
        """The error frame for an inbound that was not acknowledged; ``retry`` tells the page to keep it."""
        if outcome == NOT_RECORDED:
            return {**self.error(token, NOT_RECORDED, "web-error-not-recorded", client_id), "retry": True}
        return self.error(token, FAILED, "web-error-failed", client_id)

    # -- HTTP --------------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    async def bye(self, request: Request) -> Response:
        return FileResponse(STATIC_DIR / "bye.html", media_type="text/html; charset=utf-8")

    async def health(self, request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "channel": SCHEME,
                "open_sessions": self.channel.open_sessions(),
                "locales": self.localizer.locales,
            }
        )

    async def ui(self, request: Request) -> Response:
        locale = self.resolve_locale(request.path_params["locale"])
        body = self._ui_cache.get(locale)
        if body is None:
            body = {
                "locale": locale,
                "messages": {mid: self.localizer.format(locale, mid) for mid in self.ui_ids},
                "max_upload_bytes": self.max_upload_bytes,
                "max_message_bytes": self.max_message_bytes,
            }
            self._ui_cache[locale] = body
        return JSONResponse(body)

    async def upload(self, request: Request) -> Response:
        """One file. Origin, session and quota are checked from the headers before any byte of the
        body is read; the file is streamed to a private temporary file and refused the moment it
        passes what this conversation may still send."""
        if not self.origin_ok(request.headers):
            return JSONResponse({"ok": False, "code": "origin"}, status_code=403)
        token = request.headers.get(TOKEN_HEADER, "")
        header_id = request.headers.get(ID_HEADER)
        session = self.channel.session(token) if _TOKEN.match(token) else None
        if session is None:
            return JSONResponse(self.error("", "session", "web-error-session-expired"), status_code=403)
        address = self.channel.address_of(token)
        self.channel.mark_active(token)
        room = self.quota.reserve(address)
        if isinstance(room, str):
            message_id = "web-error-upload-busy" if room == "busy" else "web-error-upload-quota"
            return JSONResponse(self.error(token, f"quota_{room}", message_id, header_id), status_code=429)
        form = None
        try:
            declared_length = request.headers.get("content-length", "")
            if declared_length.isdigit() and int(declared_length) > room + _FORM_OVERHEAD:
                return self._refused_size(token, room, header_id)
            try:
                form = await read_upload(request, room, self.upload_dir)
            except TooLarge:
                return self._refused_size(token, room, header_id)
            except BadUpload:
                return JSONResponse(self.error("", "bad_request", "web-error-bad-request"), status_code=400)
            return await self._take_upload(token, session, form)
        finally:
            if form is not None:
                form.discard()
            self.quota.release(address)

    def _refused_size(self, token: str, room: int, client_id: str | None) -> Response:
        """Too large for the file limit, or for what the conversation's quota has left."""
        message_id = "web-error-upload-too-large" if room >= self.max_upload_bytes else "web-error-upload-quota"
        return JSONResponse(self.error(token, "too_large", message_id, client_id), status_code=413)

    async def _take_upload(self, token: str, session: Any, form: UploadForm) -> Response:
        client_id = form.fields.get("id", "")
        if not _CLIENT_ID.match(client_id) or form.filename is None:
            return JSONResponse(self.error(token, "bad_request", "web-error-bad-request", None), status_code=400)
        # The page checks the size first and then sends only the description (no bytes).
        too_large = form.fields.get("too_large") == "1"
        size = form.size
        if too_large:
            with contextlib.suppress(ValueError):
                size = max(size, int(form.fields.get("size", "0")))
        async with self.memory_gate:  # a few files in memory at once, however many arrive
            data = b"" if too_large else await asyncio.to_thread(form.read)
            form.discard()
            attachment = Attachment(
                filename=safe_filename(form.filename),
                content_type=form.content_type or "application/octet-stream",
                size=size,
                data=data,
                kind=attachment_kind(form.content_type),
                too_large=too_large,
            )
            del data
            inbound = Inbound(
                address=self.channel.address_of(token),
                update_id=f"{self.channel.address_of(token)}:{client_id}",
                attachments=(attachment,),
                locale_hint=session.hint,
            )
            outcome = await self.dispatch(inbound)
            del inbound, attachment
        if outcome == RECORDED and not too_large:
            self.quota.settle(self.channel.address_of(token), size)
        if outcome == NOT_RECORDED:  # 503: the page keeps the file and sends it again with the same id
            return JSONResponse(self.refusal(token, outcome, client_id), status_code=503)
        if too_large:
            return JSONResponse(
                self.error(token, "too_large", "web-error-upload-too-large", client_id), status_code=413
            )
        if outcome != RECORDED:
            return JSONResponse(self.refusal(token, outcome, client_id), status_code=500)
        return JSONResponse({"type": "ack", "id": client_id, "ok": True})

    async def exit(self, request: Request) -> Response:
        """The quick-exit beacon: the page is already gone, so the answer is only a status."""
        if not self.origin_ok(request.headers):
            return Response(status_code=403)
        body = await read_capped(request, 1024)
        if body is None:
            return Response(status_code=413)
        fields = _parse_urlencoded(body)
        token, client_id = fields.get("token", ""), fields.get("id", "")
        if self.channel.session(token) is None or not _CLIENT_ID.match(client_id):
            return Response(status_code=204)  # nothing to say to a page that has left
        self.channel.mark_active(token)
        outcome = await self.dispatch(
            Inbound(
                address=self.channel.address_of(token),
                update_id=f"{self.channel.address_of(token)}:{client_id}",
                action="exit",
            ),
        )
        return Response(status_code=503 if outcome == NOT_RECORDED else 204)

    # -- websocket ---------------------------------------------------------------------------

    async def conversation(self, websocket: WebSocket) -> None:
        if not self.origin_ok(websocket.headers):
            await websocket.close(code=1008)  # before accept: the handshake is refused with 403
            return
        await websocket.accept()
        self._start_sweeper()
        peer = Peer(websocket)
        token = ""
        try:
            token = await self._hello(websocket, peer)
            if not token:
                return
            while True:
                raw = await _receive_text(websocket)
                if raw is None:  # a binary frame: refused in her language, the socket stays
                    await peer.send(self.error(token, "bad_request", "web-error-bad-request"))
                    continue
                await self._on_client_message(token, peer, raw)
        except WebSocketDisconnect:
            pass
        finally:
            if token:
                self.channel.detach(token, peer)

    def _start_sweeper(self) -> None:
        """Once, with the first socket: forget sessions that opened and did nothing (`WebChannel.sweep`)."""
        if not self._closed and (self._sweeper is None or self._sweeper.done()):
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="web sessions sweeper")

    async def stop_sweeper(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None

    async def close(self) -> None:
        """The web chat stops (its server may serve a moment longer): the sweeper stops and stays stopped."""
        self._closed = True
        await self.stop_sweeper()

    async def _sweep_forever(self) -> None:
        interval = max(1.0, min(60.0, self.channel.quiet_seconds / 4))
        while True:
            await asyncio.sleep(interval)
            try:
                await self.channel.sweep()
            except Exception as error:  # the next round tries again
                logger.warning("web session sweep failed: %s", type(error).__name__)

    async def _hello(self, websocket: WebSocket, peer: Peer) -> str:
        try:
            raw = await asyncio.wait_for(_receive_text(websocket), timeout=30)
            hello = json.loads(raw) if raw is not None and len(raw) <= 4096 else None
        except (TimeoutError, ValueError, RecursionError):
            hello = None
        if not isinstance(hello, dict) or hello.get("type") != "hello":
            await peer.send(self.error("", "bad_request", "web-error-bad-request"))
            await websocket.close(code=1008)
            return ""
        presented = hello.get("token")
        is_new = not (isinstance(presented, str) and _TOKEN.match(presented) and self.channel.is_issued(presented))
        if is_new and not self.new_sessions.allow(websocket.client.host if websocket.client else None):
            language = hello.get("language")
            tag = hint_to_locale(language if isinstance(language, str) else "") or self.localizer.default_locale
            text = self.localizer.format(tag, "web-error-too-many-sessions")
            await peer.send({"type": "error", "id": None, "code": "too_many_sessions", "text": text})
            await websocket.close(code=1008)
            return ""
        token = self.channel.issue() if is_new else presented
        session = self.channel.session(token)
        assert session is not None
        language = hello.get("language")
        if isinstance(language, str) and not session.hint:
            session.hint = language[:35]
        self.channel.attach(token, peer)
        await peer.send(
            {
                "type": "session",
                "token": token,
                "new": is_new,
                "max_upload_bytes": self.max_upload_bytes,
                "max_message_bytes": self.max_message_bytes,
            }
        )
        if session.locale:
            await peer.send({"type": "locale", "locale": session.locale})
        if not is_new:
            await self.channel.give_held(token, peer)  # her receipt, if her page was gone when it came
        if self.channel.on_connect is not None and not is_new:
            await self.channel.on_connect(self.channel.address_of(token))  # what waited for her comes now
        if not is_new and hello.get("resume") is True:
            # A reloaded page is empty: the dialog asks its current question again.
            await self.dispatch(
                Inbound(
                    address=self.channel.address_of(token),
                    update_id=f"{self.channel.address_of(token)}:again:{secrets.token_hex(6)}",
                    text=AGAIN,
                )
            )
        if is_new and self.channel.greeting:
            async with self.greeting_gate:
                if self.channel.session(token) is None:
                    return ""  # forgotten while it waited (a flood's idle socket): nothing to greet
                outcome = await self.dispatch(
                    Inbound(
                        address=self.channel.address_of(token),
                        update_id=f"{self.channel.address_of(token)}:start",
                        text=self.channel.greeting,
                        locale_hint=session.hint,
                    )
                )
                if outcome != RECORDED:
                    await peer.send(self.refusal(token, FAILED, None))
        return token

    async def _on_client_message(self, token: str, peer: Peer, raw: str) -> None:
        if len(raw.encode("utf-8")) > self.max_message_bytes:
            client_id = _peek_id(raw)
            await peer.send(self.error(token, "too_large", "web-error-too-large", client_id))
            return
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
            data = None
        if not isinstance(data, dict):
            await peer.send(self.error(token, "bad_request", "web-error-bad-request"))
            return
        client_id = data.get("id")
        kind = data.get("type")
        if kind == "ping":
            await peer.send({"type": "pong"})
            return
        if not isinstance(client_id, str) or not _CLIENT_ID.match(client_id):
            await peer.send(self.error(token, "bad_request", "web-error-bad-request"))
            return
        session = self.channel.session(token)
        hint = session.hint if session else ""
        address = self.channel.address_of(token)
        update_id = f"{address}:{client_id}"
        if kind in ("text", "action"):
            self.channel.mark_active(token)
        if kind == "text" and isinstance(data.get("text"), str):
            text = data["text"]
            if not text.strip():
                await peer.send({"type": "ack", "id": client_id})
                return
            # Where she typed from, as a keyed hash (never the address itself): PIN guesses are
            # bounded per network address too (`workflows.services.pin_gate`).
            client = peer.socket.client
            source = network_source(self.channel._secret, client.host if client else None)
            inbound = Inbound(address=address, update_id=update_id, text=text, locale_hint=hint, source=source)
        elif kind == "action" and isinstance(data.get("action"), str) and 0 < len(data["action"]) <= _MAX_ACTION_CHARS:
            inbound = Inbound(address=address, update_id=update_id, action=data["action"], locale_hint=hint)
        else:
            await peer.send(self.error(token, "bad_request", "web-error-bad-request", client_id))
            return
        outcome = await self.dispatch(inbound)
        if outcome == RECORDED:  # only now: her page drops its copy when this arrives
            await peer.send({"type": "ack", "id": client_id})
        else:
            await peer.send(self.refusal(token, outcome, client_id))


async def _receive_text(websocket: WebSocket) -> str | None:
    """The next text frame; None for a binary one (the page never sends any)."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000), message.get("reason"))
    text = message.get("text")
    return text if isinstance(text, str) else None


def _peek_id(raw: str) -> str | None:
    """The client id of an oversized message, read from its start without parsing it all."""
    match = re.search(r'"id"\s*:\s*"([A-Za-z0-9_-]{1,64})"', raw[:512])
    return match.group(1) if match else None


def _parse_urlencoded(body: bytes) -> dict[str, str]:
    from urllib.parse import parse_qsl

    try:
        return dict(parse_qsl(body.decode("utf-8"), max_num_fields=8))
    except (UnicodeDecodeError, ValueError):
        return {}


def ws_max_size(settings: Settings) -> int:
    """The largest websocket frame the server takes: twice the longest message, and room for the frame."""
    return max(settings.max_message_chars * 4 * 2 + 65536, 1 << 20)


class WebRoutes:
    """The web chat's routes (the page, its words, the conversation socket, uploads) and their sweeper."""

    def __init__(self, channel: WebChannel, handle: Handle, localizer: Localizer, settings: Settings) -> None:
        owner = _WebApp(channel, handle, localizer, settings)
        self.routes: list[BaseRoute] = [
            Route("/", owner.page, methods=["GET"]),
            Route("/bye", owner.bye, methods=["GET"]),
            Route("/health", owner.health, methods=["GET"]),
            Route("/ui/{locale}.json", owner.ui, methods=["GET"]),
            Route("/upload", owner.upload, methods=["POST"]),
            Route("/exit", owner.exit, methods=["POST"]),
            WebSocketRoute("/ws", owner.conversation),
            Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
        ]
        #: Stops the background task that forgets quiet sessions (started with the first socket) for good.
        self.stop = owner.close
        self.stop_sweeper = owner.stop_sweeper


def web_app(channel: WebChannel, handle: Handle, localizer: Localizer, settings: Settings) -> Starlette:
    """The web chat as an ASGI app of its own (tests serve it with `WebServer`)."""
    web = WebRoutes(channel, handle, localizer, settings)
    app = Starlette(routes=web.routes)
    app.add_middleware(SecurityHeaders)
    app.state.ws_max_size = ws_max_size(settings)
    app.state.access_log = settings.web_access_log
    app.state.on_stop = web.stop_sweeper
    return app


def _message_of(inbound: Inbound) -> str:
    """The page's id of her message, for a log line: never the session id before it (her address)."""
    return inbound.update_id.rsplit(":", 1)[-1]
