"""The webhook: a route the channel contributes to the bot's HTTP server.

It lives under a secret path and checks ``X-Telegram-Bot-Api-Secret-Token``. It answers only
once the update is durable: the request awaits `TelegramChannel.process` (translation, then the
dialog engine's commit) and answers 200, or 503 when nothing could be recorded (the database is
down, a file download failed), so Telegram sends the update again; its update id makes the repeat
harmless. An update that cannot be read at all is dead-lettered (its id and the error type only)
and answered 200: poison is never redelivered for ever, and never blocks the rest.
Telegram sends one chat's updates one after another; the channel's per-chat lock keeps them in
order even when they arrive on different connections.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import Update

if TYPE_CHECKING:
    from bot.channels.telegram.channel import TelegramChannel

_MAX_WEBHOOK_BODY = 1 << 20


def webhook_path(token: str) -> str:
    """A path nobody can guess without the token, and that does not reveal it."""
    digest = hashlib.sha256(b"walking-home-webhook:" + token.encode()).hexdigest()[:40]
    return f"/telegram/{digest}"


def webhook_route(channel: TelegramChannel, *, path: str | None = None) -> Route:
    """``POST <secret path>``: check Telegram's secret header, process the update, 200 once durable (else 503)."""
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
            channel.dead_letter(_peek_update_id(body), error)
            return Response(status_code=200)
        durable = await channel.process(update)
        return Response(status_code=200 if durable else 503)

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
