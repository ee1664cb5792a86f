"""What every long-running part of the bot offers: channels and background workers alike.

The composition root builds the components; the runner starts them in order, stops them
in reverse, and asks each for its health. Nothing else is assumed about a component.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Health:
    """One component's state: ``ok`` when it does its job now; ``detail`` is a short code, never user data."""

    name: str
    ok: bool
    detail: str = ""


@runtime_checkable
class Component(Protocol):
    #: A short stable name (``web``, ``telegram``, ``matrix``, ``outbox``, ``retention``…).
    name: str

    async def start(self) -> None:
        """Begin work; return once started (a network channel may go on retrying in the background)."""

    async def stop(self) -> None:
        """Finish what is in hand and release everything; safe to call twice or before start."""

    @property
    def running(self) -> bool:
        """Whether it is doing its job now."""

    def health(self) -> Health:
        """Its state, for `/ready` and the logs."""


class StartError(Exception):
    """A component cannot start for a reason retrying will not fix; the message is safe to print.

    It never holds a secret (a token, a password) or anything a user wrote.
    """


@dataclass(frozen=True)
class Lines:
    """The catalog messages the runner says about a component.

    ``failed`` (with ``detail``) when `start` raised, ``running`` when it runs, ``retrying`` when it
    started but goes on trying in the background; an empty id says nothing. Their arguments come
    from `Announced.describe`.
    """

    failed: str = ""
    running: str = ""
    retrying: str = ""


@runtime_checkable
class Announced(Protocol):
    """A component that says, on the command line, whether it started (channels do; workers need not)."""

    lines: Lines

    def describe(self) -> dict[str, str]:
        """The arguments of its `lines` (a URL, a mode, an account); never a secret."""
