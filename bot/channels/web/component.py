"""The web chat as a component: its channel and its lifecycle (its routes are on the bot's HTTP server)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from bot.channels.web.channel import SCHEME, WebChannel
from bot.lifecycle import Health, Lines, StartError
from bot.messages import Outbound

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.channels.base import Channel
    from bot.channels.plugin import Http
    from bot.channels.web.app import WebRoutes


def load_or_create_secret(path: Path) -> bytes:
    """The secret kept in ``path`` (created, readable by the owner only, on first use)."""
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secret.hex())
    return secret


class WebChat:
    """A `bot.lifecycle.Component`: the web chat's sessions, served on the bot's HTTP server.

    Its routes are on the server before anything starts; `start` registers the channel with the
    outbox once the server listens. If the server could not listen, the server has said so
    (``cli-web-failed``) and the web chat stays off without a second line.
    """

    name = SCHEME
    scheme = SCHEME
    lines = Lines(running="cli-web-url")

    def __init__(
        self, channel: WebChannel, routes: WebRoutes, *, server: Http, register: Callable[[Channel], None]
    ) -> None:
        self.channel = channel
        self.web_routes = routes
        self.server = server  # the HTTP server that serves the routes (its URL, whether it listens)
        self.register = register
        self._running = False

    @property
    def running(self) -> bool:
        return self._running and self.server.running

    def describe(self) -> dict[str, str]:
        return {"url": self.server.url}

    def health(self) -> Health:
        return Health(self.name, ok=self.running, detail=f"{self.channel.open_sessions()} open sessions")

    async def start(self) -> None:
        if not self.server.running:
            raise StartError("the HTTP server is not listening")
        self.register(self.channel)
        self._running = True

    async def stop(self) -> None:
        self._running = False
        await self.web_routes.stop()

    async def deliver(self, message: Outbound) -> None:
        await self.channel.deliver(message)
