"""Events (what happened, past tense) and outgoing notices, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from workflows.vocabulary import Role, State, Trigger


@dataclass(frozen=True)
class CaseEvent:
    """One audited transition: append-only, numbered per case."""

    case_id: int
    seq: int
    at: datetime
    actor_id: int | None
    role: Role
    trigger: Trigger
    from_state: State
    to_state: State
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OutgoingNotice:
    """A message to put in the outbox: who, which catalog message, with which arguments."""

    address: str
    message_id: str
    args: dict[str, Any] = field(default_factory=dict)
    locale: str = ""
    case_id: int | None = None
    #: Rows of buttons; each button is ``(label, action)`` where a label is a catalog
    #: message id or a ``{"$msg": id, ...}`` / ``{"$text": literal}`` mapping.
    buttons: tuple[tuple[tuple[Any, str], ...], ...] = ()
    #: An emergency message (danger-now numbers, an alert to the staff on duty): its channel
    #: delivers it before every ordinary message waiting there.
    urgent: bool = False
    #: Not an answer to anything the reader did (the clock's reminders, the weekly digest): her
    #: replies and the cases' messages waiting for her chat go before it (docs/architecture.md).
    background: bool = False


@dataclass(frozen=True)
class CaseEntry:
    """Something said or shown on a case: her own words, evidence, a relayed message, a note."""

    case_id: int
    kind: str  # description | evidence | message_in | message_out | note | callback
    at: datetime
    author_role: Role
    author_id: int | None = None
    text: str = ""
    attachment: dict[str, Any] | None = None


@dataclass(frozen=True)
class AuditEntry:
    """A read of a case, or a refused attempt to act on it: who, what, when, outcome."""

    case_id: int | None
    actor_id: int | None
    action: str
    outcome: str
    at: datetime
