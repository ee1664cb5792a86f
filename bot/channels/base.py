"""What every channel offers, the errors it may raise, and the registry that finds one."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, Protocol

from bot.messages import Button, Inbound, Outbound

#: What a channel hands every inbound message to (the dialog engine's ``handle``).
Handle = Callable[[Inbound], Awaitable[Any]]


class RecentIds:
    """The last ``limit`` ids seen, oldest forgotten first.

    Delivery upstream is at least once; a channel remembers what it already sent (or
    handed on) so a repeat has no second effect, without remembering for ever.
    """

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._ids: OrderedDict[Hashable, None] = OrderedDict()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, key: Hashable) -> None:
        self._ids[key] = None
        self._ids.move_to_end(key)
        while len(self._ids) > self.limit:
            self._ids.popitem(last=False)

    def discard(self, key: Hashable) -> None:
        self._ids.pop(key, None)


def flat_options(message: Outbound) -> list[Button]:
    """A message's buttons row by row, then its safety row ("danger now", "quick exit"): the options of
    a channel without buttons (Matrix, WeChat), numbered or in a menu, in this order."""
    options = [button for row in message.buttons for button in row]
    options.extend(message.extra.get("safety") or ())
    return options


class DeliveryError(Exception):
    """A message could not be delivered now; ``retry_after`` seconds if the channel said.

    ``offline``: nothing is wrong with the message, the person is just not connected
    (a closed web page); it waits for her without spending delivery attempts.
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, permanent: bool = False, offline: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent
        self.offline = offline


class Channel(Protocol):
    #: The URN scheme this channel serves (``telegram``, ``matrix``, ``web``).
    scheme: str

    async def deliver(self, message: Outbound) -> None:
        """Send one rendered message; raise `DeliveryError` when it did not go out."""


class ChannelRegistry:
    """Channels by URN scheme; the outbox sender delivers through it."""

    def __init__(self) -> None:
        self._channels: dict[str, Channel] = {}
        self._listeners: list[Callable[[], object]] = []

    def register(self, channel: Channel) -> None:
        self._channels[channel.scheme] = channel
        for listener in self._listeners:
            listener()

    def unregister(self, channel: Channel) -> None:
        """Forget ``channel`` if it still serves its scheme (a leader that stepped down: `bot.leadership`)."""
        if self._channels.get(channel.scheme) is channel:
            del self._channels[channel.scheme]

    def subscribe(self, listener: Callable[[], object]) -> None:
        """Call ``listener`` whenever a channel is registered (the sender starts its lane)."""
        self._listeners.append(listener)

    def for_address(self, address: str) -> Channel | None:
        return self._channels.get(address.split(":", 1)[0])

    def __contains__(self, scheme: str) -> bool:
        return scheme in self._channels

    def schemes(self) -> list[str]:
        return sorted(self._channels)
