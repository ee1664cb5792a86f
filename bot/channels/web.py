"""The embedded web chat: a Starlette app with one websocket per conversation, and its channel.

Anyone gets it with ``make run`` (no token). The browser page lives in ``web_static/``:
plain HTML/CSS/JS, every word it shows comes from the ``web-*`` catalog messages.

Protocol (JSON over ``/ws``), client → server::

    {"type": "hello", "token": "<from sessionStorage or empty>", "language": navigator.language}
    {"type": "text", "id": "<client message id>", "text": "..."}
    {"type": "action", "id": "<client message id>", "action": "<button action>"}

server → client::

    {"type": "session", "token": "...", "new": bool, "max_upload_bytes": n, "max_message_bytes": n}
    {"type": "message", "id": outbox_id, "text": "...", "buttons": [[{"label", "action"}]],
     "remove_buttons": bool, "clear": bool}
    {"type": "locale", "locale": "zh-Hans-CN"}
    {"type": "ack", "id": "<client message id>"}
    {"type": "error", "id": "<client message id or null>", "code": "...", "text": "<from the catalog>"}

Files go to ``POST /upload`` (multipart: ``token``, ``id``, ``file``). ``POST /exit`` (``token``,
``id``) is the quick-exit beacon, sent alongside the websocket action because a page that is
navigating away may not flush its socket.

Safety: the session token is issued here and kept by the page in sessionStorage only; message
text is never logged; uploads are held in memory (never spooled to a temporary file).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import uvicorn
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from bot.channels.base import DeliveryError
from bot.i18n import hint_to_locale
from bot.messages import Attachment, Inbound, Outbound

if TYPE_CHECKING:
    from bot.i18n import Localizer
    from bot.settings import Settings

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "web_static"
SCHEME = "web"

Handle = Callable[[Inbound], Awaitable[Any]]

#: A client message id: short, URL-safe; it becomes part of the upstream update id.
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
#: What the page sends the dialogs after a reload: "ask your current question again".
AGAIN = "/again"
_NONCE_CHARS = 32  # secrets.token_urlsafe(24)
_SIGNATURE_CHARS = 22  # 132 bits of an HMAC-SHA256
_ADDRESS_CHARS = 32  # 192 bits: the address names the conversation without revealing its token
_WEB_MESSAGE_ID = re.compile(r"^(web-[A-Za-z0-9_-]+)\s*=", re.MULTILINE)
_MAX_ACTION_CHARS = 256
_DELIVERED_MEMORY = 512  # outbox ids remembered per session for deduplication
_SESSION_IDLE_SECONDS = 72 * 3600  # abandoned intakes are kept 72 hours (safety.md)
_MAX_SESSIONS = 100_000

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


def attachment_kind(content_type: str) -> str:
    """photo / voice / document, by the content type the browser declared (never trusted further)."""
    main = content_type.split(";", 1)[0].strip().lower()
    if main.startswith("image/"):
        return "photo"
    if main.startswith("audio/"):
        return "voice"
    return "document"


def safe_filename(name: str) -> str:
    """The last path component, without control characters, at most 200 characters.

    Mongolian format characters (U+180B–U+180F, U+202F) are kept: they are part of the words.
    """
    base = re.split(r"[\\/]", name)[-1]
    cleaned = "".join(ch for ch in base if ch >= " " and ch != "\x7f")
    return cleaned[:200] or "file"


# --------------------------------------------------------------------------------------------
# The channel


@dataclass(eq=False)
class _Peer:
    """One open websocket; sends are serialised because the outbox and the reader both send."""

    socket: WebSocket
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def send(self, payload: dict) -> None:
        async with self.lock:
            await self.socket.send_text(json.dumps(payload, ensure_ascii=False))


@dataclass(eq=False)
class _Session:
    token: str
    last_seen: float
    locale: str = ""  # set by the dialogs through set_locale
    hint: str = ""  # navigator.language at the first connect
    peers: set[_Peer] = field(default_factory=set)
    delivered: OrderedDict[int, None] = field(default_factory=OrderedDict)


class WebChannel:
    """Delivers outbound messages to the open websockets of a web session (``web:<token>``)."""

    scheme = SCHEME

    def __init__(
        self,
        *,
        greeting: str | None = "/start",
        clock: Callable[[], float] = time.monotonic,
        secret: bytes | None = None,
        on_connect: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        #: Text handed to the dialogs when a new session opens (as Telegram's /start), so the
        #: first contact (language picker, safety question) shows without her typing. None: off.
        self.greeting = greeting
        self._sessions: dict[str, _Session] = {}
        #: address → token. The address (what the database stores) is derived from the token
        #: with the secret, so a database reader cannot resume anyone's web conversation.
        self._tokens: dict[str, str] = {}
        self._clock = clock
        #: Signs session tokens, so a token issued before a restart is still recognised (and her
        #: conversation resumes) when the secret is kept; None: a new secret per process.
        self._secret = secret or secrets.token_bytes(32)
        #: Called with the address when a page connects, so what waited for her is sent now.
        self.on_connect = on_connect

    # -- sessions --------------------------------------------------------------------------

    def _signature(self, nonce: str) -> str:
        digest = hmac.new(self._secret, nonce.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii")[:_SIGNATURE_CHARS]

    def issue(self) -> str:
        """A fresh session token: a random nonce and its signature, so only tokens issued here are accepted."""
        self._forget_idle()
        nonce = secrets.token_urlsafe(24)
        token = nonce + self._signature(nonce)
        self._remember(token)
        return token

    def _remember(self, token: str) -> None:
        self._sessions[token] = _Session(token=token, last_seen=self._clock())
        self._tokens[self.address_of(token)] = token

    def address_of(self, token: str) -> str:
        """The conversation's address: ``web:`` and a keyed hash of the token, never the token itself."""
        digest = hmac.new(self._secret, b"address:" + token.encode("ascii"), hashlib.sha256).digest()
        return f"{SCHEME}:{base64.urlsafe_b64encode(digest).decode('ascii')[:_ADDRESS_CHARS]}"

    def _session_at(self, address: str) -> _Session | None:
        token = self._tokens.get(address)
        return self._sessions.get(token) if token else None

    def session(self, token: str) -> _Session | None:
        session = self._sessions.get(token) if isinstance(token, str) else None
        if session is not None:
            session.last_seen = self._clock()
        return session

    def is_issued(self, token: str) -> bool:
        """Issued here: known in memory, or signed with our secret (issued before a restart)."""
        if not isinstance(token, str):
            return False
        if token in self._sessions:
            return True
        nonce, signature = token[:_NONCE_CHARS], token[_NONCE_CHARS:]
        if len(signature) != _SIGNATURE_CHARS or not hmac.compare_digest(signature, self._signature(nonce)):
            return False
        self._forget_idle()
        self._remember(token)
        return True

    def is_connected(self, address: str) -> bool:
        session = self._session_at(address)
        return bool(session and session.peers)

    def _forget_idle(self) -> None:
        now = self._clock()
        idle = [t for t, s in self._sessions.items() if not s.peers and now - s.last_seen > _SESSION_IDLE_SECONDS]
        for token in idle:
            self._drop(token)
        if len(self._sessions) >= _MAX_SESSIONS:  # oldest idle first; open conversations stay
            for token, _ in sorted(
                ((t, s.last_seen) for t, s in self._sessions.items() if not s.peers), key=lambda x: x[1]
            )[: len(self._sessions) - _MAX_SESSIONS + 1]:
                self._drop(token)

    def _drop(self, token: str) -> None:
        del self._sessions[token]
        self._tokens.pop(self.address_of(token), None)

    def attach(self, token: str, peer: _Peer) -> None:
        self._sessions[token].peers.add(peer)

    def detach(self, token: str, peer: _Peer) -> None:
        session = self._sessions.get(token)
        if session is not None:
            session.peers.discard(peer)
            session.last_seen = self._clock()

    def open_sessions(self) -> int:
        return sum(1 for s in self._sessions.values() if s.peers)

    def locale_of(self, token: str, default: str) -> str:
        session = self._sessions.get(token)
        if session is None:
            return default
        return session.locale or hint_to_locale(session.hint) or default

    # -- Channel protocol --------------------------------------------------------------------

    async def deliver(self, message: Outbound) -> None:
        session = self._session_at(message.address)
        if session is None or not session.peers:
            raise DeliveryError("web session has no open connection", offline=True)
        outbox_id = message.outbox_id
        if outbox_id is not None and outbox_id in session.delivered:
            return  # at-least-once upstream: this one already went out
        if message.locale and message.locale != session.locale:
            await self.set_locale(message.address, message.locale)  # the page's own words follow her choice
        payload = {
            "type": "message",
            "id": outbox_id,
            "text": message.text,
            "buttons": [[{"label": b.label, "action": b.action} for b in row] for row in message.buttons],
            "remove_buttons": message.remove_buttons,
            "clear": message.clear_history,
        }
        if outbox_id is not None:  # claimed before the await, so a concurrent retry cannot send it twice
            session.delivered[outbox_id] = None
        sent = await self._broadcast(session, payload)
        if not sent:
            if outbox_id is not None:
                session.delivered.pop(outbox_id, None)
            raise DeliveryError("web session connection closed while sending", offline=True)
        while len(session.delivered) > _DELIVERED_MEMORY:
            session.delivered.popitem(last=False)

    async def set_locale(self, address: str, tag: str) -> None:
        """The conversation's locale changed: the page reloads its own words in ``tag``."""
        session = self._session_at(address)
        if session is None:
            return
        session.locale = tag
        await self._broadcast(session, {"type": "locale", "locale": tag})

    async def _broadcast(self, session: _Session, payload: dict) -> int:
        sent = 0
        for peer in list(session.peers):
            try:
                await peer.send(payload)
                sent += 1
            except Exception as error:  # a socket that died mid-send: drop it, the outbox retries
                logger.info("web socket dropped while sending: %s", type(error).__name__)
                session.peers.discard(peer)
        return sent


# --------------------------------------------------------------------------------------------
# The ASGI app


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


class _WebApp:
    """The routes, bound to one channel, one dialog entry point, catalogs and settings."""

    def __init__(self, channel: WebChannel, handle: Handle, localizer: Localizer, settings: Settings) -> None:
        self.channel = channel
        self.handle = handle
        self.localizer = localizer
        self.settings = settings
        self.max_message_bytes = settings.max_message_chars * 4
        self.max_upload_bytes = settings.max_upload_bytes
        self.ui_ids = web_message_ids(localizer.folder)
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

    async def dispatch(self, inbound: Inbound) -> bool:
        """Hand one inbound to the dialogs; False (and a log line without her words) if it failed."""
        try:
            await self.handle(inbound)
        except Exception as error:
            logger.error("web inbound %s failed: %s", inbound.update_id.split(":", 1)[-1], type(error).__name__)
            return False
        return True

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
        if not self.origin_ok(request.headers):
            return JSONResponse({"ok": False, "code": "origin"}, status_code=403)
        try:
            form = await _read_upload(request, self.max_upload_bytes)
        except _BadUpload:
            return JSONResponse(self.error("", "bad_request", "web-error-bad-request"), status_code=400)
        token, client_id = form.fields.get("token", ""), form.fields.get("id", "")
        session = self.channel.session(token)
        if session is None:
            return JSONResponse(self.error("", "session", "web-error-session-expired"), status_code=403)
        if not _CLIENT_ID.match(client_id) or form.filename is None:
            return JSONResponse(self.error(token, "bad_request", "web-error-bad-request", None), status_code=400)
        # The page checks the size first and then sends only the description (no bytes).
        declared = form.fields.get("too_large") == "1"
        too_large = form.too_large or declared
        size = form.size
        if declared:
            with contextlib.suppress(ValueError):
                size = max(size, int(form.fields.get("size", "0")))
        attachment = Attachment(
            filename=safe_filename(form.filename),
            content_type=form.content_type or "application/octet-stream",
            size=size,
            data=b"" if too_large else bytes(form.data),
            kind=attachment_kind(form.content_type),
            too_large=too_large,
        )
        inbound = Inbound(
            address=self.channel.address_of(token),
            update_id=f"{self.channel.address_of(token)}:{client_id}",
            attachments=(attachment,),
            locale_hint=session.hint,
        )
        ok = await self.dispatch(inbound)
        if too_large:
            return JSONResponse(
                self.error(token, "too_large", "web-error-upload-too-large", client_id), status_code=413
            )
        if not ok:
            return JSONResponse(self.error(token, "failed", "web-error-failed", client_id), status_code=500)
        return JSONResponse({"type": "ack", "id": client_id, "ok": True})

    async def exit(self, request: Request) -> Response:
        """The quick-exit beacon: the page is already gone, so the answer is only a status."""
        if not self.origin_ok(request.headers):
            return Response(status_code=403)
        body = await request.body()
        if len(body) > 1024:
            return Response(status_code=413)
        fields = _parse_urlencoded(body)
        token, client_id = fields.get("token", ""), fields.get("id", "")
        if self.channel.session(token) is None or not _CLIENT_ID.match(client_id):
            return Response(status_code=204)  # nothing to say to a page that has left
        await self.dispatch(
            Inbound(
                address=self.channel.address_of(token),
                update_id=f"{self.channel.address_of(token)}:{client_id}",
                action="exit",
            ),
        )
        return Response(status_code=204)

    # -- websocket ---------------------------------------------------------------------------

    async def conversation(self, websocket: WebSocket) -> None:
        if not self.origin_ok(websocket.headers):
            await websocket.close(code=1008)  # before accept: the handshake is refused with 403
            return
        await websocket.accept()
        peer = _Peer(websocket)
        token = ""
        try:
            token = await self._hello(websocket, peer)
            if not token:
                return
            while True:
                raw = await websocket.receive_text()
                await self._on_client_message(token, peer, raw)
        except WebSocketDisconnect:
            pass
        finally:
            if token:
                self.channel.detach(token, peer)

    async def _hello(self, websocket: WebSocket, peer: _Peer) -> str:
        try:
            raw = await asyncio.wait_for(websocket.receive_text(), timeout=30)
            hello = json.loads(raw) if len(raw) <= 4096 else None
        except (TimeoutError, ValueError):
            hello = None
        if not isinstance(hello, dict) or hello.get("type") != "hello":
            await peer.send(self.error("", "bad_request", "web-error-bad-request"))
            await websocket.close(code=1008)
            return ""
        presented = hello.get("token")
        is_new = not (isinstance(presented, str) and _TOKEN.match(presented) and self.channel.is_issued(presented))
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
            await self.dispatch(
                Inbound(
                    address=self.channel.address_of(token),
                    update_id=f"{self.channel.address_of(token)}:start",
                    text=self.channel.greeting,
                    locale_hint=session.hint,
                )
            )
        return token

    async def _on_client_message(self, token: str, peer: _Peer, raw: str) -> None:
        if len(raw.encode("utf-8")) > self.max_message_bytes:
            client_id = _peek_id(raw)
            await peer.send(self.error(token, "too_large", "web-error-too-large", client_id))
            return
        try:
            data = json.loads(raw)
        except ValueError:
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
        if kind == "text" and isinstance(data.get("text"), str):
            text = data["text"]
            if not text.strip():
                await peer.send({"type": "ack", "id": client_id})
                return
            inbound = Inbound(address=address, update_id=update_id, text=text, locale_hint=hint)
        elif kind == "action" and isinstance(data.get("action"), str) and 0 < len(data["action"]) <= _MAX_ACTION_CHARS:
            inbound = Inbound(address=address, update_id=update_id, action=data["action"], locale_hint=hint)
        else:
            await peer.send(self.error(token, "bad_request", "web-error-bad-request", client_id))
            return
        if await self.dispatch(inbound):
            await peer.send({"type": "ack", "id": client_id})
        else:
            await peer.send(self.error(token, "failed", "web-error-failed", client_id))


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


# --------------------------------------------------------------------------------------------
# Uploads: streamed into memory up to the limit, the rest counted and dropped


class _BadUpload(Exception):
    pass


@dataclass
class _UploadForm:
    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    content_type: str = ""
    data: bytearray = field(default_factory=bytearray)
    size: int = 0
    too_large: bool = False


async def _read_upload(request: Request, limit: int) -> _UploadForm:
    """One file and a few short fields. Bytes past ``limit`` are counted, not kept; a body far
    past it stops being read (the file is then too large whatever its exact size)."""
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise _BadUpload
    form = _UploadForm()
    part: dict[str, Any] = {}
    header_name, header_value = bytearray(), bytearray()

    def on_part_begin() -> None:
        part.clear()
        part.update(headers={}, name=None, is_file=False, value=bytearray())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        part["headers"][bytes(header_name).lower()] = bytes(header_value)
        header_name.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        _, options = parse_options_header(part["headers"].get(b"content-disposition", b""))
        if b"name" not in options:
            raise _BadUpload
        part["name"] = options[b"name"].decode("utf-8", "replace")
        if b"filename" in options:
            if form.filename is not None:
                raise _BadUpload  # one file per upload
            part["is_file"] = True
            form.filename = options[b"filename"].decode("utf-8", "replace")
            form.content_type = part["headers"].get(b"content-type", b"").decode("latin-1")[:100]

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if part["is_file"]:
            form.size += len(chunk)
            if form.size > limit:
                form.too_large = True
                form.data.clear()
            else:
                form.data.extend(chunk)
        else:
            if len(part["value"]) + len(chunk) > 1024:
                raise _BadUpload
            part["value"].extend(chunk)

    def on_part_end() -> None:
        if not part["is_file"]:
            if len(form.fields) >= 8:
                raise _BadUpload
            form.fields[part["name"]] = part["value"].decode("utf-8", "replace")

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
        },
    )
    hard_stop = 2 * limit + (1 << 20)
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            parser.write(chunk)
            if received > hard_stop and form.too_large and "token" in form.fields and "id" in form.fields:
                return form  # enough is known; the rest of the body is not worth reading
        parser.finalize()
    except _BadUpload:
        raise
    except Exception as error:  # python-multipart raises its own errors on malformed bodies
        raise _BadUpload from error
    return form


def web_app(channel: WebChannel, handle: Handle, localizer: Localizer, settings: Settings) -> Starlette:
    """The web chat's ASGI app: the page, its words, the conversation socket, uploads."""
    routes_owner = _WebApp(channel, handle, localizer, settings)
    app = Starlette(
        routes=[
            Route("/", routes_owner.page, methods=["GET"]),
            Route("/bye", routes_owner.bye, methods=["GET"]),
            Route("/health", routes_owner.health, methods=["GET"]),
            Route("/ui/{locale}.json", routes_owner.ui, methods=["GET"]),
            Route("/upload", routes_owner.upload, methods=["POST"]),
            Route("/exit", routes_owner.exit, methods=["POST"]),
            WebSocketRoute("/ws", routes_owner.conversation),
            Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
        ],
    )
    app.add_middleware(SecurityHeaders)
    app.state.ws_max_size = max(routes_owner.max_message_bytes * 2 + 65536, 1 << 20)
    return app


# --------------------------------------------------------------------------------------------
# Serving inside the bot's own event loop


class _EmbeddedServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to the bot and says when it is listening."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[override]
        yield

    async def startup(self, sockets: Any = None) -> None:
        try:
            await super().startup(sockets=sockets)
        except SystemExit as error:  # uvicorn exits the process when it cannot bind; the bot decides
            raise OSError(f"web server could not start (uvicorn exit {error.code})") from None
        self.ready.set()


class WebServer:
    """Runs the web app with uvicorn in the current event loop: ``await start()``, ``await stop()``.

    ``port=0`` binds an ephemeral port; read it from ``.port`` after ``start()``.
    """

    def __init__(self, app: Starlette, host: str = "127.0.0.1", port: int = 8080) -> None:
        self.app = app
        self.host = host
        self.requested_port = port
        self.server: _EmbeddedServer | None = None
        self.task: asyncio.Task | None = None

    @property
    def port(self) -> int:
        if self.server is None or not self.server.servers:
            raise RuntimeError("web server is not started")
        return self.server.servers[0].sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.requested_port,
            ws="websockets-sansio",
            ws_max_size=getattr(self.app.state, "ws_max_size", 1 << 20),
            lifespan="off",
            log_config=None,
            access_log=False,  # paths carry no words, but a chat's access log is still nobody's business
            server_header=False,
            timeout_graceful_shutdown=3,
        )
        self.server = _EmbeddedServer(config)
        self.task = asyncio.create_task(self.server.serve(), name="web-server")
        ready = asyncio.create_task(self.server.ready.wait())
        done, _ = await asyncio.wait({ready, self.task}, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            await self.task  # raises what stopped it
            raise RuntimeError(f"web server could not listen on {self.host}:{self.requested_port}")
        logger.info("web chat listening on %s", self.url)

    async def stop(self) -> None:
        if self.server is None or self.task is None:
            return
        self.server.should_exit = True
        await self.task
        self.server = None
        self.task = None


async def serve(app: Starlette, host: str, port: int) -> tuple[WebServer, asyncio.Task]:
    """Start ``app`` in this event loop; returns the server (``.port``, ``await .stop()``) and its task."""
    server = WebServer(app, host, port)
    await server.start()
    assert server.task is not None
    return server, server.task
