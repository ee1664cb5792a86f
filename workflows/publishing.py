"""Domain events to their handlers: a table, run inside the unit of work of the change.

A use case publishes what happened (`CaseChanged` for every fired trigger, and the
events of its own module); the table hands each event to the handlers listed for its
type, in order. Handlers write outbox rows, call-back tasks or views in the same
transaction, so a notice commits with the change that caused it or not at all (see
docs/architecture.md, "Events and their handlers"). Adding a subscriber is one line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workflows.case import Case
from workflows.events import CaseEvent

#: A handler: the unit of work of the change and the event.
Handler = Callable[[Any, Any], Awaitable[None]]


@dataclass(frozen=True)
class CaseChanged:
    """A trigger fired on a case: the case as it is now, and the audited event."""

    case: Case
    event: CaseEvent


class EventTable:
    """Implements `workflows.ports.Publisher`: each event type to its handlers, in order."""

    def __init__(self, routes: Mapping[type, Sequence[Handler]] | None = None) -> None:
        self._routes: dict[type, list[Handler]] = {kind: list(handlers) for kind, handlers in (routes or {}).items()}

    def subscribe(self, kind: type, handler: Handler) -> None:
        self._routes.setdefault(kind, []).append(handler)

    def handlers_for(self, kind: type) -> tuple[Handler, ...]:
        return tuple(self._routes.get(kind, ()))

    async def __call__(self, uow: Any, event: object) -> None:
        for handler in self._routes.get(type(event), ()):
            await handler(uow, event)
