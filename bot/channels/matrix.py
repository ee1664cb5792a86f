"""The Matrix channel: matrix-nio's `AsyncClient` against the federation's own homeserver.

It only translates. Room events become neutral `Inbound`; `Outbound` becomes room messages.

* Addresses are ``matrix:@user:server`` (the person), update ids are event ids. One direct room per
  person: the room she invited the bot to last. Invites are accepted; a room with anyone else in it
  gets one catalog line (``matrix-private-only``) and the bot leaves.
* Buttons become a numbered list (plain ``body`` and an HTML ``formatted_body`` in Matrix's allowed
  subset, every word escaped). A reply with the number, or with an option's exact text, or a keycap
  reaction (1️⃣ …) on that message selects it. The last options offered in a room are kept in
  memory; the dialogs authorize every action again.
* Images, audio, video and files are downloaded from the media repository up to the size limit;
  larger ones arrive as ``Attachment(too_large=True)``. Locations and stickers arrive as
  ``Inbound(unsupported=...)``.
* Encrypted rooms are not supported (see docs/matrix.md): the bot says, in her language, that it
  needs an unencrypted direct chat and how to start one, then leaves the room.
* Quick exit (``Outbound.clear_history``) redacts the bot's messages in her room, and hers when the
  bot's power level allows redacting others; then sends the neutral line and leaves (she may invite
  the bot again).
* A small JSON state file (``<state dir>/state.json``, mode 0600) keeps the device id, the sync
  token and each person's room, so a restart neither replays old events nor misses new ones. The
  token is saved only after the events of a sync were handed to the dialogs (at least once; the
  channel and the dialog engine both drop repeated event ids).
* An unreachable homeserver is retried with backoff in the background (one log line), so the
  other channels keep running.

Never logged: message text, file contents, passwords, access tokens.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import ClientError
from nio import (
    AsyncClient,
    AsyncClientConfig,
    ErrorResponse,
    InviteMemberEvent,
    JoinError,
    LoginResponse,
    MegolmEvent,
    MemoryDownloadResponse,
    ReactionEvent,
    RoomEncryptionEvent,
    RoomMemberEvent,
    RoomMessage,
    RoomMessagesResponse,
    RoomSendResponse,
    StickerEvent,
    SyncResponse,
    WhoamiResponse,
)

from bot.channels.base import DeliveryError, Handle, RecentIds
from bot.messages import Attachment, Button, Inbound, Outbound

if TYPE_CHECKING:
    from bot.i18n import Localizer

logger = logging.getLogger(__name__)

SCHEME = "matrix"

#: Keycap reactions for the first ten options (1️⃣ … 9️⃣, 🔟).
KEYCAPS = tuple(f"{n}\ufe0f\u20e3" for n in range(1, 10)) + ("\U0001f51f",)
#: Text is sent in pieces of at most this many characters (an event may be 64 KiB in all).
MAX_TEXT_CHARS = 16_000
#: Only the events the channel translates; presence, receipts and typing are not asked for.
SYNC_FILTER: dict[str, Any] = {
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {
        "timeline": {
            "limit": 100,
            "types": [
                "m.room.message",
                "m.room.encrypted",
                "m.reaction",
                "m.sticker",
                "m.room.member",
                "m.room.encryption",
            ],
        },
        "state": {"types": ["m.room.member", "m.room.encryption"]},
        "ephemeral": {"types": []},
        "account_data": {"types": []},
    },
}
_MEDIA_KINDS = {"m.image": "photo", "m.audio": "voice", "m.video": "document", "m.file": "document"}
_UNSUPPORTED_MSGTYPES = {"m.location": "location"}
_REDACT_PAGES = 10  # quick exit looks back at most 10 × 100 events
#: Where a message keeps its options (label, action) in its own content, so a restarted bot can still
#: map a number back to an action. Actions are never trusted: the dialogs authorize them again.
OPTIONS_KEY = "org.walking_home.options"
_REPLY_FALLBACK = re.compile(r"\A(?:> .*\n)+\n", re.MULTILINE)


class MatrixStartError(Exception):
    """The channel cannot start for a reason retrying will not fix (bad credentials or settings)."""


def user_of(address: str) -> str:
    scheme, _, user = address.partition(":")
    if scheme != SCHEME or not user.startswith("@") or ":" not in user:
        raise DeliveryError("malformed matrix address", permanent=True)
    return user


# --------------------------------------------------------------------------------------------
# State kept across restarts


@dataclass
class MatrixState:
    """Device id, sync token and each person's room, in one small JSON file (written atomically)."""

    path: Path
    account: str = ""  # homeserver + user the rest belongs to
    device_id: str = ""
    sync_token: str = ""
    rooms: dict[str, str] = field(default_factory=dict)  # user id → her direct room
    locales: dict[str, str] = field(default_factory=dict)  # user id → the language last used

    @classmethod
    def load(cls, path: Path, account: str) -> MatrixState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path, account)
        except (OSError, ValueError) as error:
            logger.warning("matrix state file unreadable (%s); starting without it", type(error).__name__)
            return cls(path, account)
        if data.get("account") != account:
            logger.warning("matrix state file belongs to another account; starting without it")
            return cls(path, account)
        return cls(
            path,
            account,
            device_id=str(data.get("device_id", "")),
            sync_token=str(data.get("sync_token", "")),
            rooms=dict(data.get("rooms", {})),
            locales=dict(data.get("locales", {})),
        )

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "account": self.account,
            "device_id": self.device_id,
            "sync_token": self.sync_token,
            "rooms": self.rooms,
            "locales": self.locales,
        }
        temporary = self.path.with_suffix(".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(data, file)
        os.replace(temporary, self.path)

    def user_in(self, room_id: str) -> str | None:
        return next((user for user, room in self.rooms.items() if room == room_id), None)


# --------------------------------------------------------------------------------------------
# Rendering: buttons as a numbered list


def flat_options(message: Outbound) -> list[Button]:
    """The message's buttons row by row, then the safety row ("danger now", "quick exit")."""
    options = [button for row in message.buttons for button in row]
    options.extend(message.extra.get("safety") or ())
    return options


def render(text: str, options: Sequence[Button], hint: str = "") -> tuple[str, str]:
    """(plain body, HTML formatted body) of a message and its numbered options; all text escaped."""
    plain = [text] if text else []
    marked = [html.escape(text).replace("\n", "<br>")] if text else []
    if options:
        plain.append("\n".join(f"{n}. {b.label}" for n, b in enumerate(options, 1)))
        marked.append("<ol>" + "".join(f"<li>{html.escape(b.label)}</li>" for b in options) + "</ol>")
        if hint:
            plain.append(hint)
            marked.append(f"<p><em>{html.escape(hint)}</em></p>")
    body = "\n\n".join(plain)
    formatted = "".join(f"<p>{part}</p>" if not part.startswith("<") else part for part in marked)
    return body, formatted


def text_content(body: str, formatted: str) -> dict[str, Any]:
    return {"msgtype": "m.text", "body": body, "format": "org.matrix.custom.html", "formatted_body": formatted}


def choose(text: str, options: Sequence[Button]) -> str | None:
    """The action a reply selects: its number (1-based), or an option's exact label."""
    typed = text.strip()
    if not typed or not options:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(options):
        return options[int(typed) - 1].action
    folded = typed.casefold()
    return next((b.action for b in options if b.label.strip().casefold() == folded), None)


def split_text(text: str, limit: int = MAX_TEXT_CHARS) -> list[str]:
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    pieces.append(text)
    return pieces


def delivery_error(response: ErrorResponse) -> DeliveryError:
    code = response.status_code or ""
    if code == "M_LIMIT_EXCEEDED":
        return DeliveryError("matrix rate limited", retry_after=(response.retry_after_ms or 5000) / 1000)
    if code in ("M_FORBIDDEN", "M_NOT_FOUND", "M_UNKNOWN_TOKEN"):
        return DeliveryError(f"matrix refused: {code}", permanent=code != "M_UNKNOWN_TOKEN")
    return DeliveryError(f"matrix error: {code or 'unknown'}")


@dataclass
class _Offer:
    event_id: str
    options: list[Button]


# --------------------------------------------------------------------------------------------
# The channel


class MatrixChannel:
    """Translates room events into `Inbound` for ``handle`` and delivers `Outbound` as room messages."""

    scheme = SCHEME

    def __init__(
        self,
        *,
        homeserver: str,
        user: str,
        password: str = "",
        access_token: str = "",
        state_dir: Path,
        handle: Handle,
        localizer: Localizer,
        max_download_bytes: int = 10 * 1024 * 1024,
        sync_timeout_ms: int = 30_000,
        start_retry_cap: float = 60.0,
        on_started: Callable[[MatrixChannel], None] | None = None,
        device_name: str = "walking-home",
    ) -> None:
        if not (password or access_token):
            raise MatrixStartError("set WALKING_HOME_MATRIX_PASSWORD or WALKING_HOME_MATRIX_ACCESS_TOKEN")
        self.homeserver = homeserver.rstrip("/")
        self.user = user
        self._password = password
        self._access_token = access_token
        self.handle = handle
        self.localizer = localizer
        self.max_download_bytes = max_download_bytes
        self.sync_timeout_ms = sync_timeout_ms
        self.start_retry_cap = start_retry_cap
        self.on_started = on_started
        self.device_name = device_name
        self.state = MatrixState.load(Path(state_dir) / "state.json", f"{self.homeserver} {user}")
        config = AsyncClientConfig(max_timeouts=1, max_limit_exceeded=3, request_timeout=30, encryption_enabled=False)
        self.client = AsyncClient(self.homeserver, user, device_id=self.state.device_id or None, config=config)
        self._offers: dict[str, _Offer] = {}  # room id → the options last offered there
        self._seen = RecentIds()  # event ids handed on
        self._delivered = RecentIds()  # outbox ids sent
        self._joined_now: set[str] = set()  # rooms joined in this process: skip events before our join
        self._task: asyncio.Task | None = None
        self._running = False
        self._unreachable = False

    @property
    def running(self) -> bool:
        return self._running

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Log in and start syncing; an unreachable homeserver is retried in the background."""
        try:
            await self._log_in()
        except MatrixStartError:
            await self.client.close()
            raise
        except (ClientError, OSError, TimeoutError) as error:
            self._say_unreachable(error)
            self._task = asyncio.create_task(self._run(logged_in=False), name="matrix-channel")
            return
        self._became_ready()
        self._task = asyncio.create_task(self._run(logged_in=True), name="matrix-channel")

    async def stop(self) -> None:
        """Stop syncing and close the HTTP session; never raises."""
        self._running = False
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await self.client.close()
        self._running = False

    async def _log_in(self) -> None:
        if self._access_token:
            self.client.access_token = self._access_token
            who = await self.client.whoami()
            if not isinstance(who, WhoamiResponse):
                raise MatrixStartError(f"the homeserver refused the access token ({who.status_code})")
            if who.user_id != self.user:
                raise MatrixStartError("the access token belongs to another user")
            self.client.restore_login(who.user_id, who.device_id or self.state.device_id, self._access_token)
        else:
            response = await self.client.login(self._password, device_name=self.device_name)
            if not isinstance(response, LoginResponse):
                raise MatrixStartError(f"the homeserver refused the login ({response.status_code})")
        if self.client.device_id != self.state.device_id:
            self.state.device_id = self.client.device_id or ""
            self.state.save()

    def _became_ready(self) -> None:
        self._running = True
        if self.on_started is not None:
            self.on_started(self)
        logger.info("matrix channel running as %s (device %s)", self.user, self.client.device_id)

    def _say_unreachable(self, error: BaseException) -> None:
        if not self._unreachable:
            self._unreachable = True
            logger.warning(
                "matrix homeserver unreachable (%s); retrying in the background, up to every %.0f s",
                type(error).__name__,
                self.start_retry_cap,
            )

    async def _run(self, *, logged_in: bool) -> None:
        delay = 1.0
        while True:
            try:
                if not logged_in:
                    await self._log_in()
                    logged_in = True
                    self._became_ready()
                await self._sync_once()
                if self._unreachable:
                    self._unreachable = False
                    logger.info("matrix homeserver reachable again")
                delay = 1.0
            except asyncio.CancelledError:
                raise
            except MatrixStartError as error:
                logger.error("matrix channel stops: %s", error)
                return
            except (ClientError, OSError, TimeoutError) as error:
                self._say_unreachable(error)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.start_retry_cap)
            except Exception:
                logger.exception("matrix sync round failed")
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.start_retry_cap)

    async def _sync_once(self) -> None:
        since = self.state.sync_token
        response = await self.client.sync(
            timeout=self.sync_timeout_ms if since else 0, sync_filter=SYNC_FILTER, since=since or None
        )
        if not isinstance(response, SyncResponse):
            if response.status_code == "M_UNKNOWN_TOKEN" and self._password:
                logger.warning("matrix session ended; logging in again")
                await self._log_in()
                return
            raise OSError(f"sync failed: {response.status_code}")
        await self._handle_sync(response, first=not since)
        self.state.sync_token = response.next_batch
        self.state.save()

    # -- inbound -----------------------------------------------------------------------------

    async def _handle_sync(self, response: SyncResponse, *, first: bool) -> None:
        for room_id, info in response.rooms.invite.items():
            await self._on_invite(room_id, info.invite_state)
        work = []
        skipped = 0
        for room_id, info in response.rooms.join.items():
            events = list(info.timeline.events)
            if first:  # no token yet: what came before the bot's first start is not replayed
                skipped += sum(isinstance(e, RoomMessage) for e in events)
                continue
            if info.timeline.limited and info.timeline.prev_batch:
                events = await self._gap(room_id, info.timeline.prev_batch, self.state.sync_token) + events
            work.append(self._on_room_events(room_id, events))
        if skipped:
            logger.info("matrix first sync: %d earlier messages not replayed", skipped)
        for room_id in response.rooms.leave:
            user = self.state.user_in(room_id)
            if user is not None:
                self._forget_room(user)
        await asyncio.gather(*work)  # rooms side by side, each room's events in order

    async def _gap(self, room_id: str, prev_batch: str, since: str) -> list:
        """Events a limited timeline left out (more happened than the sync returned), oldest first."""
        found: list = []
        token = prev_batch
        for _ in range(_REDACT_PAGES):
            page = await self.client.room_messages(room_id, start=token, end=since, limit=100)
            if not isinstance(page, RoomMessagesResponse) or not page.chunk:
                break
            found.extend(page.chunk)
            if not page.end or page.end == token:
                break
            token = page.end
        return list(reversed(found))

    async def _on_invite(self, room_id: str, invite_state: list) -> None:
        inviter = next(
            (e.sender for e in invite_state if isinstance(e, InviteMemberEvent) and e.state_key == self.user),
            None,
        )
        joined = await self.client.join(room_id)
        if isinstance(joined, JoinError):
            logger.warning("could not join a room we were invited to: %s", joined.status_code)
            return
        self._joined_now.add(room_id)
        if inviter is None:
            await self._refuse(room_id, "matrix-private-only", None)
            return
        encryption = await self.client.room_get_state_event(room_id, "m.room.encryption")
        if isinstance(getattr(encryption, "content", None), dict) and encryption.content.get("algorithm"):
            await self._refuse(room_id, "matrix-encrypted-room", inviter)
            return
        members = await self.client.joined_members(room_id)
        if getattr(members, "members", None) is not None and len(members.members) > 2:
            await self._refuse(room_id, "matrix-private-only", inviter)
            return
        old = self.state.rooms.get(inviter)
        self.state.rooms[inviter] = room_id
        self.state.save()
        if old and old != room_id:
            self._offers.pop(old, None)
            await self._leave(old)
        logger.info("matrix: joined a direct room")
        # The update id names the sync it came in: a replayed sync greets once, a later invite again.
        await self._dispatch(
            Inbound(address=f"{SCHEME}:{inviter}", update_id=f"join:{room_id}:{self.state.sync_token}", text="/start")
        )

    async def _on_room_events(self, room_id: str, events: list) -> None:
        if room_id in self._joined_now:
            self._joined_now.discard(room_id)
            for index, event in enumerate(events):
                if isinstance(event, RoomMemberEvent) and event.state_key == self.user and event.membership == "join":
                    events = events[index + 1 :]  # what she wrote before the bot joined was answered by the greeting
                    break
        for event in events:
            if getattr(event, "sender", None) == self.user or not getattr(event, "event_id", None):
                continue
            if event.event_id in self._seen:
                continue
            self._seen.add(event.event_id)
            try:
                if not await self._on_event(room_id, event):
                    return  # the bot left the room
            except Exception as error:
                logger.error("matrix event in a room could not be handled: %s", type(error).__name__)

    async def _on_event(self, room_id: str, event: Any) -> bool:
        """Translate one event; False when the bot left the room."""
        sender = event.sender
        if isinstance(event, RoomEncryptionEvent | MegolmEvent):
            await self._refuse(room_id, "matrix-encrypted-room", sender)
            return False
        if isinstance(event, RoomMemberEvent):
            return await self._on_member(room_id, event)
        owner = self.state.user_in(room_id)
        if owner is not None and owner != sender:
            await self._refuse(room_id, "matrix-private-only", owner)
            return False
        inbound = await self._translate(room_id, event)
        if inbound is None:
            return True
        if owner is None:  # a room she wrote in that the state file does not know (yet)
            old = self.state.rooms.get(sender)
            self.state.rooms[sender] = room_id
            self.state.save()
            if old and old != room_id:
                self._offers.pop(old, None)
        await self._dispatch(inbound)
        return True

    async def _on_member(self, room_id: str, event: RoomMemberEvent) -> bool:
        owner = self.state.user_in(room_id)
        if event.state_key == self.user:
            return True
        if event.membership == "join" and owner is not None and event.state_key != owner:
            await self._refuse(room_id, "matrix-private-only", owner)
            return False
        if event.membership in ("leave", "ban") and event.state_key == owner:
            self._forget_room(owner)
            await self._leave(room_id)  # she left: nobody else should find the conversation here
            return False
        return True

    async def _translate(self, room_id: str, event: Any) -> Inbound | None:
        common = {"address": f"{SCHEME}:{event.sender}", "update_id": event.event_id}
        if isinstance(event, ReactionEvent):
            offer = await self._offer(room_id)
            if offer is None or event.reacts_to != offer.event_id or event.key not in KEYCAPS:
                return None
            number = KEYCAPS.index(event.key)
            if number >= len(offer.options):
                return None
            return Inbound(**common, action=offer.options[number].action)
        if isinstance(event, StickerEvent):
            return Inbound(**common, unsupported="sticker")
        if not isinstance(event, RoomMessage):
            return None
        content = event.source.get("content", {})
        new_content = content.get("m.new_content")
        if isinstance(new_content, dict):  # an edit counts as new text with its own id
            content = new_content
        msgtype = content.get("msgtype", "")
        if msgtype in _MEDIA_KINDS:
            attachment = await self._download(content, _MEDIA_KINDS[msgtype])
            body = str(content.get("body", ""))
            caption = body if content.get("filename") and body != content.get("filename") else ""
            return Inbound(**common, text=caption, attachments=(attachment,))
        if msgtype in _UNSUPPORTED_MSGTYPES:
            return Inbound(**common, unsupported=_UNSUPPORTED_MSGTYPES[msgtype])
        if msgtype not in ("m.text", "m.emote"):
            return None if msgtype == "m.notice" else Inbound(**common, unsupported="other")
        text = _REPLY_FALLBACK.sub("", str(content.get("body", "")), count=1)
        offer = await self._offer(room_id)
        action = choose(text, offer.options) if offer else None
        if action is not None:
            return Inbound(**common, action=action)
        return Inbound(**common, text=text)

    async def _offer(self, room_id: str) -> _Offer | None:
        """The options last offered in the room: from memory, or (after a restart) from the room."""
        offer = self._offers.get(room_id)
        if offer is not None:
            return offer
        flt = {"types": ["m.room.message"], "senders": [self.user]}
        page = await self.client.room_messages(room_id, limit=30, message_filter=flt)
        for event in getattr(page, "chunk", ()):
            stored = getattr(event, "source", {}).get("content", {}).get(OPTIONS_KEY)
            if isinstance(stored, list):
                options = [Button(str(p[0]), str(p[1])) for p in stored if isinstance(p, list) and len(p) == 2]
                self._offers[room_id] = _Offer(event.event_id, options)
                return self._offers[room_id]
        return None

    async def _download(self, content: dict, kind: str) -> Attachment:
        info = content.get("info") if isinstance(content.get("info"), dict) else {}
        filename = str(content.get("filename") or content.get("body") or "file")[:200]
        content_type = str(info.get("mimetype") or "application/octet-stream")[:100]
        declared = info.get("size") if isinstance(info.get("size"), int) else 0
        url = content.get("url")
        if declared > self.max_download_bytes or not isinstance(url, str) or not url.startswith("mxc://"):
            too_large = declared > self.max_download_bytes
            return Attachment(filename, content_type, declared, kind=kind, too_large=too_large)
        response = await self.client.download(url)
        if not isinstance(response, MemoryDownloadResponse):
            raise OSError(f"media download failed: {getattr(response, 'status_code', '?')}")
        data = response.body
        too_large = len(data) > self.max_download_bytes
        return Attachment(
            filename, content_type, len(data), data=b"" if too_large else data, kind=kind, too_large=too_large
        )

    async def _dispatch(self, inbound: Inbound) -> None:
        try:
            await self.handle(inbound)
        except Exception as error:
            logger.error("matrix inbound could not be handled: %s", type(error).__name__)

    # -- leaving -----------------------------------------------------------------------------

    async def _refuse(self, room_id: str, message_id: str, user: str | None) -> None:
        """Say why (in her language when known, else in every catalog language), then leave."""
        locale = self.state.locales.get(user or "")
        tags = [locale] if locale else self.localizer.locales
        text = "\n\n".join(self.localizer.format(tag, message_id) for tag in tags)
        body, formatted = render(text, ())
        await self.client.room_send(room_id, "m.room.message", text_content(body, formatted))
        if user is not None and self.state.rooms.get(user) == room_id:
            self._forget_room(user)
        await self._leave(room_id)
        logger.info("matrix: left a room (%s)", message_id)

    async def _leave(self, room_id: str) -> None:
        self._offers.pop(room_id, None)
        await self.client.room_leave(room_id)
        with contextlib.suppress(Exception):
            await self.client.room_forget(room_id)

    def _forget_room(self, user: str) -> None:
        room_id = self.state.rooms.pop(user, None)
        if room_id is not None:
            self._offers.pop(room_id, None)
        self.state.save()

    # -- outbound ----------------------------------------------------------------------------

    async def deliver(self, message: Outbound) -> None:
        """Send one rendered message to her room; quick exit redacts and leaves."""
        user = user_of(message.address)
        if not self._running:  # stopped (or not yet logged in): nio would open a new HTTP session
            raise DeliveryError("matrix channel is not running", retry_after=5)
        room_id = self.state.rooms.get(user)
        if room_id is None:
            # No room (she left, or used the quick exit): the bot never opens one on its own.
            raise DeliveryError("no matrix room with this person", permanent=True)
        outbox_id = message.outbox_id
        if outbox_id is not None and outbox_id in self._delivered:
            return
        if message.locale and self.state.locales.get(user) != message.locale:
            self.state.locales[user] = message.locale
            self.state.save()
        try:
            if message.clear_history:
                await self._quick_exit(room_id, user, message)
            else:
                if message.remove_buttons:
                    self._offers.pop(room_id, None)
                if message.text:
                    await self._send(room_id, message)
        except (ClientError, OSError, TimeoutError) as error:
            raise DeliveryError(f"matrix unreachable: {type(error).__name__}", retry_after=5) from None
        if outbox_id is not None:
            self._delivered.add(outbox_id)

    async def _send(self, room_id: str, message: Outbound) -> None:
        options = flat_options(message)
        hint = self.localizer.format(message.locale or self.localizer.default_locale, "matrix-choose-hint")
        chunks = split_text(message.text)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            body, formatted = render(chunk, options if last else (), hint)
            content = text_content(body, formatted)
            if last and options:
                content[OPTIONS_KEY] = [[b.label, b.action] for b in options]
            # The outbox id as transaction id: the homeserver drops a retried send it already has.
            tx_id = f"wh{message.outbox_id}.{index}" if message.outbox_id is not None else None
            response = await self.client.room_send(room_id, "m.room.message", content, tx_id=tx_id)
            if not isinstance(response, RoomSendResponse):
                raise delivery_error(response)
            if last and options:
                self._offers[room_id] = _Offer(response.event_id, options)

    async def _quick_exit(self, room_id: str, user: str, message: Outbound) -> None:
        self._offers.pop(room_id, None)
        may_redact_hers = await self._may_redact_others(room_id)
        for event_id in await self._conversation_events(room_id, user if may_redact_hers else None):
            response = await self.client.room_redact(room_id, event_id)
            if isinstance(response, ErrorResponse):
                logger.warning("matrix quick exit: an event could not be redacted (%s)", response.status_code)
        if message.text:
            body, formatted = render(message.text, ())
            content = text_content(body, formatted)
            await self.client.room_send(room_id, "m.room.message", content)
        self._forget_room(user)
        await self._leave(room_id)
        logger.info("matrix quick exit: room cleared and left")

    async def _may_redact_others(self, room_id: str) -> bool:
        """Whether the bot's power level allows redacting her events (room v12: creators always may)."""
        create = await self.client.room_get_state_event(room_id, "m.room.create")
        creators = (
            getattr(create, "content", {}).get("additional_creators")
            if isinstance(getattr(create, "content", None), dict)
            else None
        )
        if isinstance(creators, list) and self.user in creators:
            return True  # a trusted private chat in room version 12 makes the invitee a creator
        response = await self.client.room_get_state_event(room_id, "m.room.power_levels")
        content = getattr(response, "content", None)
        if not isinstance(content, dict):
            return False
        users = content.get("users") if isinstance(content.get("users"), dict) else {}
        mine = users.get(self.user, content.get("users_default", 0))
        return isinstance(mine, int) and mine >= content.get("redact", 50)

    async def _conversation_events(self, room_id: str, her: str | None) -> list[str]:
        """Ids of the bot's messages (and hers, when ``her`` is given) in the room, newest first."""
        senders = {self.user} | ({her} if her else set())
        found: list[str] = []
        token: str | None = None
        flt = {"types": ["m.room.message", "m.reaction", "m.sticker"]}
        for _ in range(_REDACT_PAGES):
            page = await self.client.room_messages(room_id, start=token, limit=100, message_filter=flt)
            if not isinstance(page, RoomMessagesResponse) or not page.chunk:
                break
            for event in page.chunk:
                source = getattr(event, "source", {})
                if source.get("sender") in senders and source.get("content"):  # redacted events have none
                    found.append(source["event_id"])
            if not page.end or page.end == token:
                break
            token = page.end
        return found
