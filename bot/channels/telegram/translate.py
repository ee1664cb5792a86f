"""Telegram updates in, neutral `Inbound` out: button data checked for shape, files downloaded within limits.

Decisions (what to ask, which button is valid now) belong to the dialogs; callback data is
only checked for the shape of our buttons here and authorized again there.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from telegram import Message, Update
from telegram.error import BadRequest, TelegramError

from bot.channels.telegram.memory import MessageMemory
from bot.messages import Attachment, Inbound, clean_text

SCHEME = "telegram"
#: The Bot API serves files up to 20 MB to bots (a self-hosted server in --local mode serves more).
BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024
MAX_CALLBACK_BYTES = 64
#: A callback data that matches no option: what a malformed button press becomes.
INVALID_ACTION = "!invalid"

_CALLBACK_SHAPE = re.compile(r"^[\x21-\x7e]{1,64}$")  # printable ASCII, no spaces: what our buttons use
_UNSUPPORTED = ("sticker", "location", "venue", "contact", "poll", "dice", "animation", "video_note", "game")


def parse_callback_data(data: object) -> str:
    """Callback data as an action, if it has the shape of one of our buttons; else `INVALID_ACTION`.

    The dialogs still check the action against the options of her current step.
    """
    if isinstance(data, str) and len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES and _CALLBACK_SHAPE.match(data):
        return data
    return INVALID_ACTION


def unsupported_kind(message: Message) -> str:
    return next((kind for kind in _UNSUPPORTED if getattr(message, kind, None)), "other")


async def answer_callback(update: Update) -> None:
    """Stop a pressed button's spinner; nothing depends on it, so a failure is ignored."""
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()


class UpdateTranslator:
    """One private chat's update as an `Inbound` (``None`` when there is nothing to hand on)."""

    def __init__(self, *, memory: MessageMemory, max_download_bytes: int) -> None:
        self.memory = memory  # the message ids a quick exit deletes
        self.max_download_bytes = min(max_download_bytes, BOT_API_DOWNLOAD_LIMIT)

    async def inbound(self, update: Update) -> Inbound | None:
        chat_id = update.effective_chat.id
        user = update.effective_user
        common = {
            "address": f"{SCHEME}:{chat_id}",
            "update_id": str(update.update_id),
            "locale_hint": (user.language_code or "") if user else "",
        }
        query = update.callback_query
        if query is not None:
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
        return Inbound(**common, unsupported=unsupported_kind(message))

    async def _attachments(self, message: Message) -> tuple[Attachment, ...]:
        number = message.message_id
        if message.photo:
            return (await self._download(message.photo[-1], f"photo-{number}.jpg", "image/jpeg", "photo"),)
        if message.voice:
            voice = message.voice
            return (await self._download(voice, f"voice-{number}.ogg", voice.mime_type or "audio/ogg", "voice"),)
        if message.audio:
            audio = message.audio
            name = audio.file_name or f"audio-{number}"
            return (await self._download(audio, name, audio.mime_type or "audio/mpeg", "voice"),)
        if message.document:
            doc = message.document
            name = doc.file_name or f"file-{number}"
            return (await self._download(doc, name, doc.mime_type or "application/octet-stream", "document"),)
        if message.video:
            video = message.video
            name = video.file_name or f"video-{number}.mp4"
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
