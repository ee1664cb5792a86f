"""Room events in, neutral `Inbound` out: a number, an option's text or a keycap reaction selects an option.

The last options offered in a room are kept in memory (and, after a restart, read back from the
bot's own last message there); the dialogs authorize every action again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nio import AsyncClient, MemoryDownloadResponse, ReactionEvent, RoomMessage, StickerEvent

from bot.messages import Attachment, Button, Inbound

SCHEME = "matrix"
#: Keycap reactions for the first ten options (1️⃣ … 9️⃣, 🔟).
KEYCAPS = tuple(f"{n}\ufe0f\u20e3" for n in range(1, 10)) + ("\U0001f51f",)
#: Where a message keeps its options (label, action) in its own content, so a restarted bot can still
#: map a number back to an action. Actions are never trusted: the dialogs authorize them again.
OPTIONS_KEY = "org.walking_home.options"

_MEDIA_KINDS = {"m.image": "photo", "m.audio": "voice", "m.video": "document", "m.file": "document"}
_UNSUPPORTED_MSGTYPES = {"m.location": "location"}
_REPLY_FALLBACK = re.compile(r"\A(?:> .*\n)+\n", re.MULTILINE)


@dataclass
class Offer:
    """The options last offered in a room, and the event that offered them."""

    event_id: str
    options: list[Button]


def choose(text: str, options: Sequence[Button]) -> str | None:
    """The action a reply selects: its number (1-based), or an option's exact label."""
    typed = text.strip()
    if not typed or not options:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(options):
        return options[int(typed) - 1].action
    folded = typed.casefold()
    return next((b.action for b in options if b.label.strip().casefold() == folded), None)


class EventTranslator:
    """One room event as an `Inbound` (``None`` when it is nothing the dialogs answer)."""

    def __init__(self, client: AsyncClient, *, user: str, offers: dict[str, Offer], max_download_bytes: int) -> None:
        self.client = client
        self.user = user  # the bot's own user id
        self.offers = offers  # room id → the options last offered there (shared with delivery)
        self.max_download_bytes = max_download_bytes

    async def inbound(self, room_id: str, event: Any) -> Inbound | None:
        common = {"address": f"{SCHEME}:{event.sender}", "update_id": event.event_id}
        if isinstance(event, ReactionEvent):
            offer = await self.offer(room_id)
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
        offer = await self.offer(room_id)
        action = choose(text, offer.options) if offer else None
        if action is not None:
            return Inbound(**common, action=action)
        return Inbound(**common, text=text)

    async def offer(self, room_id: str) -> Offer | None:
        """The options last offered in the room: from memory, or (after a restart) from the room."""
        offer = self.offers.get(room_id)
        if offer is not None:
            return offer
        flt = {"types": ["m.room.message"], "senders": [self.user]}
        page = await self.client.room_messages(room_id, limit=30, message_filter=flt)
        for event in getattr(page, "chunk", ()):
            stored = getattr(event, "source", {}).get("content", {}).get(OPTIONS_KEY)
            if isinstance(stored, list):
                options = [Button(str(p[0]), str(p[1])) for p in stored if isinstance(p, list) and len(p) == 2]
                self.offers[room_id] = Offer(event.event_id, options)
                return self.offers[room_id]
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
