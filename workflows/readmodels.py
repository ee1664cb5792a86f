"""The plain records the ports hand to use cases: who is writing, filters, outcomes.

Pure data and the errors storage raises through the ports; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workflows.case import Actor


@dataclass(frozen=True)
class Person:
    """Who is behind a chat address: a person id and her chosen locale."""

    id: int
    locale: str
    is_new: bool = False


@dataclass
class TurnContext:
    """What a turn starts from: the person, her staff role if active, where her dialog stands."""

    person: Person
    staff: Actor | None
    step: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseFilter:
    """A staff member's `/cases` filter; every field narrows, none widens her scope."""

    state: str | None = None
    service: str | None = None
    region: str | None = None
    assignee: int | None = None
    emergency: bool = False
    overdue: bool = False
    #: The next page: only cases with an id below this (the last one shown), newest first.
    before: int | None = None


@dataclass(frozen=True)
class Joined:
    """What an invitation made of its user: roles and scope."""

    roles: list[str]
    regions: list[str]
    service_point_id: int | None


class InviteError(Exception):
    """Why an invitation cannot be created or used; ``code`` names a catalog message."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


class NotErasable(Exception):
    """The case may not be erased now; ``reason`` is ``legal_hold``, ``open`` or ``erased``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
