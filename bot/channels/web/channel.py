"""The web chat channel: signed session tokens, their addresses, and delivery to open pages."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from starlette.websockets import WebSocket

from bot.channels.base import DeliveryError, RecentIds
from bot.i18n import hint_to_locale
from bot.messages import Image, Outbound

logger = logging.getLogger(__name__)

SCHEME = "web"
_NONCE_CHARS = 32  # secrets.token_urlsafe(24)
_SIGNATURE_CHARS = 22  # 132 bits of an HMAC-SHA256
_ADDRESS_CHARS = 32  # 192 bits: the address names the conversation without revealing its token
_DELIVERED_MEMORY = 512  # outbox ids remembered per session for deduplication
_SESSION_IDLE_SECONDS = 72 * 3600  # abandoned intakes are kept 72 hours (safety.md)
_MAX_SESSIONS = 100_000
_HELD_SECONDS = 15 * 60  # a receipt with her PIN waits this long, in memory, for her page to come back
#: `bot.workers.outbox.HOLDS_PIN` (channels do not import the sender).
_HOLDS_PIN = "holds_pin"
#: Image types a page is given inline (anything else is left out rather than trusted).
_INLINE_IMAGES = frozenset({"image/png", "image/jpeg"})


def data_uri(image: Image) -> str:
    """An outbound picture as a ``data:`` URI for the page (a chart: some tens of kilobytes)."""
    kind = image.content_type if image.content_type in _INLINE_IMAGES else "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(image.data).decode('ascii')}"


@dataclass(eq=False)
class Peer:
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
    peers: set[Peer] = field(default_factory=set)
    delivered: RecentIds = field(default_factory=lambda: RecentIds(_DELIVERED_MEMORY))
    #: She did something (typed, pressed, sent a file) — or came back with a token issued before.
    #: A session issued here that stays inactive is forgotten by `sweep`, with its rows.
    active: bool = True
    opened: float = 0.0
    #: Messages that show her PIN, sent while no page was open: kept in memory only (never in the
    #: database) for `_HELD_SECONDS`, and given only to a page that presents this session's token.
    held: list[tuple[float, dict]] = field(default_factory=list)


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
        on_forget: Callable[[list[str]], Awaitable[None]] | None = None,
        quiet_seconds: float = 30 * 60,
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
        #: Called by `sweep` with the addresses of sessions that opened and did nothing for
        #: ``quiet_seconds``: the rows their greeting wrote can go (bot.web_housekeeping).
        self.on_forget = on_forget
        self.quiet_seconds = quiet_seconds

    # -- sessions --------------------------------------------------------------------------

    def _signature(self, nonce: str) -> str:
        digest = hmac.new(self._secret, nonce.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii")[:_SIGNATURE_CHARS]

    def issue(self) -> str:
        """A fresh session token: a random nonce and its signature, so only tokens issued here are accepted."""
        self._forget_idle()
        nonce = secrets.token_urlsafe(24)
        token = nonce + self._signature(nonce)
        self._remember(token, active=False)
        return token

    def _remember(self, token: str, *, active: bool = True) -> None:
        now = self._clock()
        self._sessions[token] = _Session(token=token, last_seen=now, active=active, opened=now)
        self._tokens[self.address_of(token)] = token

    def mark_active(self, token: str) -> None:
        """She did something in this session: it is no longer a candidate for `sweep`."""
        session = self._sessions.get(token)
        if session is not None:
            session.active = True

    async def sweep(self) -> int:
        """Forget sessions issued here that did nothing for ``quiet_seconds``: close their sockets,
        drop them from memory and hand their addresses to ``on_forget``; how many."""
        now = self._clock()
        quiet = [t for t, s in self._sessions.items() if not s.active and now - s.opened > self.quiet_seconds]
        addresses = []
        for token in quiet:
            session = self._sessions[token]
            for peer in list(session.peers):
                with contextlib.suppress(Exception):
                    await peer.socket.close(code=1001)
            session.peers.clear()
            addresses.append(self.address_of(token))
            self._drop(token)
        if addresses and self.on_forget is not None:
            await self.on_forget(addresses)
        return len(addresses)

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

    def connected_addresses(self) -> list[str]:
        """The addresses whose page is open here: the outbox claims their rows in this process."""
        return [address for address, token in self._tokens.items() if (s := self._sessions.get(token)) and s.peers]

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

    def attach(self, token: str, peer: Peer) -> None:
        self._sessions[token].peers.add(peer)

    def detach(self, token: str, peer: Peer) -> None:
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
        if session is not None and not session.peers and message.extra.get(_HOLDS_PIN):
            # Her page has gone (a reload, a dropped network): the receipt waits in memory for
            # a page that proves the session with its token, never in the outbox.
            session.held.append((self._clock(), self._payload(message)))
            return
        if session is None or not session.peers:
            raise DeliveryError("web session has no open connection", offline=True)
        outbox_id = message.outbox_id
        if outbox_id is not None and outbox_id in session.delivered:
            return  # at-least-once upstream: this one already went out
        if message.locale and message.locale != session.locale:
            await self.set_locale(message.address, message.locale)  # the page's own words follow her choice
        payload = self._payload(message)
        if outbox_id is not None:  # claimed before the await, so a concurrent retry cannot send it twice
            session.delivered.add(outbox_id)
        sent = await self._broadcast(session, payload)
        if not sent:
            if outbox_id is not None:
                session.delivered.discard(outbox_id)
            raise DeliveryError("web session connection closed while sending", offline=True)

    @staticmethod
    def _payload(message: Outbound) -> dict:
        return {
            "type": "message",
            "id": message.outbox_id,
            "text": message.text,
            "buttons": [[{"label": b.label, "action": b.action} for b in row] for row in message.buttons],
            "remove_buttons": message.remove_buttons,
            "clear": message.clear_history,
            # Charts as data: URIs (the page's CSP allows data: images): nothing to fetch, no URL to guess.
            "images": [
                {"title": image.title, "src": data_uri(image), "width": image.width, "height": image.height}
                for image in message.images
            ],
        }

    async def give_held(self, token: str, peer: Peer) -> int:
        """What waited in memory for this session (a receipt with her PIN), to the page that just
        presented its token; older than `_HELD_SECONDS` is dropped unseen. How many were sent."""
        session = self._sessions.get(token)
        if session is None or not session.held:
            return 0
        now = self._clock()
        held, session.held = session.held, []
        fresh = [payload for at, payload in held if now - at <= _HELD_SECONDS]
        for payload in fresh:
            await peer.send(payload)
        return len(fresh)

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
