"""What a channel plug-in is given and what it returns: the composition root's side of a channel.

A channel package offers one factory, ``from_settings(settings, deps)``: the channel as a
`bot.lifecycle.Component` (and `Announced`, so the runner can say how it went), or ``None`` when
its settings leave it off. `bot.bootstrap.CHANNELS` lists the factories, in start order.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.channels.base import Channel, Handle
from bot.lifecycle import Component

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

    from bot.i18n import Localizer
    from bot.settings import Settings


class Http(Protocol):
    """The bot's one HTTP server: a channel adds the routes it serves there before anything starts."""

    def add(self, *routes: BaseRoute) -> None: ...

    @property
    def running(self) -> bool:
        """Whether it listens."""

    @property
    def url(self) -> str:
        """``http://host:port/`` where it listens."""


class ChannelStateStore(Protocol):
    """Where a channel keeps what it needs across restarts and processes (ids, tokens; never words)."""

    async def load(self, key: str) -> dict | None:
        """The value saved under ``key``; None when there is none."""

    async def save(self, key: str, value: dict) -> None:
        """Replace the value under ``key``; committed when this returns, raises when it could not be."""


@dataclass(frozen=True)
class ChannelDeps:
    """The parts of the running bot a channel talks to; nothing else (never storage)."""

    #: The dialog engine's entry point: every `Inbound` goes here.
    handle: Handle
    localizer: Localizer
    #: Called once the channel can deliver (at once, or after background retries): the outbox then
    #: sends through it, and rows wait for it meanwhile without spending attempts.
    register: Callable[[Channel], None]
    #: The HTTP server the channels' routes go on (the web chat, the Telegram webhook).
    http: Http
    #: An address came online (a web page connected): what waits for it is sent now.
    on_connect: Callable[[str], Awaitable[None]]
    #: Sessions that opened and did nothing are over: their conversations are forgotten.
    on_forget: Callable[[list[str]], Awaitable[None]]
    #: The channel state table (`storage.channel_state`): the Matrix sync token and rooms.
    channel_state: ChannelStateStore | None = None


#: A channel package's factory: the channel, or None when its settings leave it off.
ChannelFactory = Callable[["Settings", ChannelDeps], Component | None]
