"""What every channel offers, the errors it may raise, and the registry that finds one."""

from __future__ import annotations

from typing import Protocol

from bot.messages import Outbound


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

    def register(self, channel: Channel) -> None:
        self._channels[channel.scheme] = channel

    def for_address(self, address: str) -> Channel | None:
        return self._channels.get(address.split(":", 1)[0])

    def __contains__(self, scheme: str) -> bool:
        return scheme in self._channels

    def schemes(self) -> list[str]:
        return sorted(self._channels)
