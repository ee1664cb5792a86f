"""`Outbound` out as room messages: buttons as a numbered list, quick exit as redactions, leaving rooms.

Buttons become a numbered list (plain ``body`` and an HTML ``formatted_body`` in Matrix's allowed
subset, every word escaped). Homeserver refusals become `DeliveryError` the outbox understands.
"""

from __future__ import annotations

import contextlib
import html
import io
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import ClientError
from nio import AsyncClient, ErrorResponse, RoomMessagesResponse, RoomSendResponse, UploadResponse

from bot.channels.base import DeliveryError, RecentIds, flat_options
from bot.channels.matrix.state import MatrixState
from bot.channels.matrix.translate import OPTIONS_KEY, SCHEME, Offer
from bot.channels.text import split_text
from bot.messages import Button, Image, Outbound

if TYPE_CHECKING:
    from bot.i18n import Localizer

logger = logging.getLogger("bot.channels.matrix")

#: Text is sent in pieces of at most this many characters (an event may be 64 KiB in all).
MAX_TEXT_CHARS = 16_000
#: Looking back through a room (quick exit, a sync gap) reads at most 10 × 100 events.
HISTORY_PAGES = 10


def user_of(address: str) -> str:
    scheme, _, user = address.partition(":")
    if scheme != SCHEME or not user.startswith("@") or ":" not in user:
        raise DeliveryError("malformed matrix address", permanent=True)
    return user


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


def delivery_error(response: ErrorResponse) -> DeliveryError:
    code = response.status_code or ""
    if code == "M_LIMIT_EXCEEDED":
        return DeliveryError("matrix rate limited", retry_after=(response.retry_after_ms or 5000) / 1000)
    if code in ("M_FORBIDDEN", "M_NOT_FOUND", "M_UNKNOWN_TOKEN"):
        return DeliveryError(f"matrix refused: {code}", permanent=code != "M_UNKNOWN_TOKEN")
    return DeliveryError(f"matrix error: {code or 'unknown'}")


class MatrixDelivery:
    """Sends to each person's direct room, and leaves rooms (quick exit, refusals)."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        user: str,
        state: MatrixState,
        offers: dict[str, Offer],
        localizer: Localizer,
        is_running: Callable[[], bool],
    ) -> None:
        self.client = client
        self.user = user  # the bot's own user id
        self.state = state
        self.offers = offers
        self.localizer = localizer
        self.is_running = is_running
        self._delivered = RecentIds()  # outbox ids sent

    async def deliver(self, message: Outbound) -> None:
        """Send one rendered message to her room; quick exit redacts and leaves."""
        user = user_of(message.address)
        if not self.is_running():  # stopped (or not yet logged in): nio would open a new HTTP session
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
            self.state.save_soon()
        try:
            if message.clear_history:
                await self._quick_exit(room_id, user, message)
            else:
                if message.remove_buttons:
                    self.offers.pop(room_id, None)
                if message.text:
                    await self._send(room_id, message)
                for index, image in enumerate(message.images):  # after the text: the summary, then its charts
                    await self._send_image(room_id, message, index, image)
        except (ClientError, OSError, TimeoutError) as error:
            raise DeliveryError(f"matrix unreachable: {type(error).__name__}") from None  # the outbox backs off
        if outbox_id is not None:
            self._delivered.add(outbox_id)

    async def _send(self, room_id: str, message: Outbound) -> None:
        options = flat_options(message)
        hint = self.localizer.format(message.locale or self.localizer.default_locale, "matrix-choose-hint")
        chunks = split_text(message.text, MAX_TEXT_CHARS)
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
                self.offers[room_id] = Offer(response.event_id, options)

    async def _send_image(self, room_id: str, message: Outbound, index: int, image: Image) -> None:
        """A picture: uploaded to the homeserver's media repository, then an ``m.image`` event (the rooms
        the bot serves are unencrypted, so the upload is plain)."""
        uploaded, _ = await self.client.upload(
            io.BytesIO(image.data), content_type=image.content_type, filename=image.filename, filesize=len(image.data)
        )
        if not isinstance(uploaded, UploadResponse):
            raise delivery_error(uploaded)
        info: dict[str, Any] = {"mimetype": image.content_type, "size": len(image.data)}
        if image.width and image.height:
            info.update(w=image.width, h=image.height)
        content = {"msgtype": "m.image", "body": image.title, "filename": image.filename}
        content.update(url=uploaded.content_uri, info=info)
        # A retried send uploads again, but the homeserver drops the event it already has (same tx id).
        tx_id = f"wh{message.outbox_id}.image{index}" if message.outbox_id is not None else None
        response = await self.client.room_send(room_id, "m.room.message", content, tx_id=tx_id)
        if not isinstance(response, RoomSendResponse):
            raise delivery_error(response)

    async def _quick_exit(self, room_id: str, user: str, message: Outbound) -> None:
        self.offers.pop(room_id, None)
        may_redact_hers = await self._may_redact_others(room_id)
        for event_id in await self._conversation_events(room_id, user if may_redact_hers else None):
            response = await self.client.room_redact(room_id, event_id)
            if isinstance(response, ErrorResponse):
                logger.warning("matrix quick exit: an event could not be redacted (%s)", response.status_code)
        if message.text:
            body, formatted = render(message.text, ())
            content = text_content(body, formatted)
            await self.client.room_send(room_id, "m.room.message", content)
        self.forget_room(user)
        await self.leave(room_id)
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
        for _ in range(HISTORY_PAGES):
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

    # -- leaving -----------------------------------------------------------------------------

    async def refuse(self, room_id: str, message_id: str, user: str | None) -> None:
        """Say why (in her language when known, else in every catalog language), then leave."""
        locale = self.state.locales.get(user or "")
        tags = [locale] if locale else self.localizer.locales
        text = "\n\n".join(self.localizer.format(tag, message_id) for tag in tags)
        body, formatted = render(text, ())
        await self.client.room_send(room_id, "m.room.message", text_content(body, formatted))
        if user is not None and self.state.rooms.get(user) == room_id:
            self.forget_room(user)
        await self.leave(room_id)
        logger.info("matrix: left a room (%s)", message_id)

    async def leave(self, room_id: str) -> None:
        self.offers.pop(room_id, None)
        await self.client.room_leave(room_id)
        with contextlib.suppress(Exception):
            await self.client.room_forget(room_id)

    def forget_room(self, user: str) -> None:
        room_id = self.state.rooms.pop(user, None)
        if room_id is not None:
            self.offers.pop(room_id, None)
        self.state.save_soon()
