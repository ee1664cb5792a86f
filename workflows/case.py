"""The case aggregate, the actor acting on it, and the report that opens it."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from typing import Any

from workflows.vocabulary import (
    ALL_REGIONS,
    CLOSED_STATES,
    DOMESTIC_VIOLENCE_SERVICE,
    UNKNOWN_REGION,
    Channel,
    ContactPreference,
    Risk,
    Role,
    Service,
    State,
)


@dataclass
class Case:
    """One report's whole life. Loaded for each command; never kept between messages."""

    reference: str
    service: Service
    region: str
    language: str
    channel: Channel
    state: State = State.INTAKE
    id: int | None = None
    version: int = 0
    risk: Risk = Risk.UNASSESSED
    minor_involved: bool = False
    elder_involved: bool = False
    anonymous: bool = True
    no_contact: bool = False
    confidential: bool = False
    contact: ContactPreference = ContactPreference.THIS_CHAT
    escalation_level: int = 0
    overdue: bool = False
    reporter_id: int | None = None
    owner_id: int | None = None
    assignee_id: int | None = None
    service_point_id: int | None = None
    held_from: State | None = None
    #: Time left on the clock when the case was put on hold (deadlines pause).
    held_remaining_s: float | None = None
    pin_hash: str | None = None
    created_at: datetime | None = None
    state_entered_at: datetime | None = None
    due_at: datetime | None = None
    acknowledged_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state not in CLOSED_STATES and self.state is not State.INTAKE

    @property
    def is_domestic_violence(self) -> bool:
        return self.service is DOMESTIC_VIOLENCE_SERVICE


@dataclass(frozen=True)
class Actor:
    """Who fires a trigger: a staff member with her roles and scope, a reporter, or the system."""

    id: int | None
    roles: frozenset[Role]
    regions: frozenset[str] = frozenset()
    service_point_id: int | None = None
    name: str = ""

    @classmethod
    def reporter(cls, person_id: int) -> Actor:
        return cls(id=person_id, roles=frozenset({Role.REPORTER}))

    @classmethod
    def system(cls) -> Actor:
        return cls(id=None, roles=frozenset({Role.SYSTEM}), regions=frozenset({ALL_REGIONS}))

    def covers_region(self, region: str) -> bool:
        """True when the case's region is in her scope; unsure regions are everyone's."""
        return region == UNKNOWN_REGION or ALL_REGIONS in self.regions or region in self.regions


@dataclass(frozen=True)
class Intake:
    """What a reporter (or an operator, for a hotline call) gives to open a case."""

    service: Service
    region: str
    language: str
    channel: Channel
    description: str = ""
    attachment_count: int = 0
    consent_version: str = ""
    minor_involved: bool = False
    elder_involved: bool = False
    anonymous: bool = True
    contact: ContactPreference = ContactPreference.THIS_CHAT
    risk: Risk = Risk.UNASSESSED
    emergency_reason: str = ""
    extra: dict = field(default_factory=dict)

    def facts(self) -> dict[str, Any]:
        """What the opening event records: every field but the risk and the emergency reason
        (enums as their values), with ``extra`` merged in. A field added here is recorded."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_FACTS}
        facts = {name: value.value if isinstance(value, Enum) else value for name, value in values.items()}
        return {**facts, **self.extra}

    def new_case(self, reporter_id: int | None = None) -> Case:
        """The case it opens: every field `Case` shares with it, and ``no_contact`` from the contact."""
        shared = {name: getattr(self, name) for name in _SHARED_WITH_CASE}
        return Case(
            reference="", reporter_id=reporter_id, no_contact=self.contact is ContactPreference.NO_CONTACT, **shared
        )


#: Intake fields the opening event does not record as facts (the risk is the case's; the reason is the trigger's).
_NOT_FACTS = frozenset({"risk", "emergency_reason", "extra"})
#: Intake fields that are the case's own.
_SHARED_WITH_CASE = tuple(f.name for f in fields(Intake) if f.name in {g.name for g in fields(Case)})
