"""Domain events to their handlers: a table, run inside the unit of work of the change.

A use case publishes what happened (`CaseChanged` for every fired trigger, and the
events of its own module); the table hands each event to the handlers listed for its
type, in order. Handlers write outbox rows, call-back tasks or views in the same
transaction, so a notice commits with the change that caused it or not at all (see
docs/architecture.md, "Events and their handlers"). Adding a subscriber is one line.

What must not happen unless the change is durable, and need not be part of it (waking
the outbox sender, deleting files), is an after-commit hook instead:
`UnitOfWork.after_commit(callback)`, whose bookkeeping is `AfterCommitHooks`.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workflows.case import Case
from workflows.events import CaseEvent

logger = logging.getLogger(__name__)

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


#: An after-commit hook: called with no arguments; may return an awaitable.
Hook = Callable[[], object]


class AfterCommitHooks:
    """The bookkeeping of `UnitOfWork.after_commit` for a re-entrant unit of work.

    One list per open level (the transaction, then each savepoint). A savepoint's commit
    (RELEASE SAVEPOINT) hands its hooks to the level below, and so does leaving it
    afterwards: what it does after its commit belongs to the outer transaction. A
    rollback, or leaving a level without committing, drops the level's hooks. The
    outermost commit makes them due; `leave` of the outermost level returns the due
    hooks, which the unit of work runs with `run` once it has closed its transaction
    (and released its write lock), so a hook may open a unit of work of its own.
    """

    def __init__(self) -> None:
        self._levels: list[list[Hook]] = []
        self._released: list[bool] = []
        self._due: list[Hook] = []

    def enter(self) -> None:
        self._levels.append([])
        self._released.append(False)

    def add(self, hook: Hook) -> None:
        if not self._levels:
            raise RuntimeError("after_commit outside `async with uow:`")
        self._levels[-1].append(hook)

    def committed(self) -> None:
        """The innermost open level committed."""
        hooks, self._levels[-1] = self._levels[-1], []
        if len(self._levels) == 1:
            self._due.extend(hooks)
        else:
            self._levels[-2].extend(hooks)
            self._released[-1] = True

    def rolled_back(self) -> None:
        """The innermost open level rolled back: its hooks never run."""
        if self._levels:
            self._levels[-1].clear()

    def leave(self) -> list[Hook]:
        """Close the innermost level; when it was the outermost, return (and forget) the due hooks."""
        hooks, released = self._levels.pop(), self._released.pop()
        if self._levels:
            if released:
                self._levels[-1].extend(hooks)
            return []
        due, self._due = self._due, []
        return due

    @staticmethod
    async def run(hooks: Sequence[Hook]) -> None:
        """Call each hook in order; one that fails is logged and the rest still run (the change is committed)."""
        for hook in hooks:
            try:
                result = hook()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.exception("an after-commit hook failed")
