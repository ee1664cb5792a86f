"""An in-memory `workflows.ports.UnitOfWork`, for tests of services and dialogs.

`FakeUnitOfWork` implements every port over a `FakeDatabase`, with the semantics of the
SQL adapters (`storage/*.py`); the contract suite (`tests/contract/`) runs the same
tests against this fake, SQLite and PostgreSQL, so the two cannot drift apart.

- every repository works on the database's live data, so a test can look at what a
  service wrote (``uow.db.events``, ``uow.db.audit``, ``uow.db.outbox`` …);
- entering ``async with uow:`` takes a snapshot; `commit` takes a new one; leaving
  (or `rollback`) restores the last snapshot, so uncommitted changes vanish exactly
  as they would in a real transaction. A snapshot copies the tables, not the records:
  a record (a `Case`, an event, a row's dict) is replaced when it changes, never changed
  in place (a method added here must do the same);
- re-entrant like `storage.uow.SqlUnitOfWork`: entering a unit of work that is
  already open (a dialog turn calling a service) opens a savepoint; its rollback
  undoes only the inner work, and its commit releases it into the outer transaction
  (durable only when the outermost level commits; what the inner level writes after
  its commit belongs to the outer level, as after a RELEASE SAVEPOINT);
- `FakeCaseRepository.save` compares versions and raises `StaleCase`, like the SQL
  compare-and-set; cases go in and out as copies, so a service mutating the object it
  loaded changes nothing until it saves and commits;
- values the SQL stores as JSON (conversation data, approval data, call-back and
  outbox arguments, event data) go through JSON on the way in, as they do there;
- staff views apply the same scope as `storage.staff_queries.visible_to`: regions
  (plus unsure ones) for operators and supervisors, confidential cases only for the
  staff named on them and supervisors, assignments and the service point for mediators;
- transactions on one database are serialized by a lock (as SQLite serializes
  writers), so several units of work may share a database, even from concurrent
  tasks; opening a second unit of work on the same database inside the first, in
  the same task, is an error rather than a deadlock.

Rows the ports never create (people with no chat yet, service points, staff, invitation
codes) are set up with `FakeDatabase`'s plain methods (``add_person``, ``add_point``,
``add_staff``, ``create_invite``, ``seed_demo_points``), outside any transaction.

Typical use::

    uow = FakeUnitOfWork()                      # one database of its own
    opened = await open_case(uow, intake=..., actor=..., now=..., tz=...)
    assert uow.case(opened.case.reference).state is State.NEW

    db = FakeDatabase()                         # or share one database
    uow_factory = lambda: FakeUnitOfWork(db, now=clock)   # a fresh unit of work per message
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from storage.people import actor_from_staff_row
from storage.phone_matches import normalize_phone
from storage.retention import (
    ANONYMOUS_ORDER_EVENT_KEYS,
    ORDER_DONE_STATES,
    anonymous_data,
    conversation_files,
    files_of,
)
from storage.seed import DEMO_POINTS
from storage.staff import hash_invite_code
from tests.fakes.dashboard_links import FakeDashboardLinks
from tests.fakes.stats import FakeStats
from workflows import timers
from workflows.case import Actor, Case
from workflows.dispatch import Candidate
from workflows.errors import StaleCase
from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice
from workflows.follow_ups import FollowUp
from workflows.orders import (
    TEAM_STATES,
    EventRecord,
    Order,
    OrderAudit,
    OrderEvent,
    OrderFilter,
    PointKind,
    StaleOrder,
    TeamProfile,
)
from workflows.publishing import AfterCommitHooks
from workflows.readmodels import CaseFilter, InviteError, Joined, NotErasable, Person, TurnContext
from workflows.timers import Mark, Timer
from workflows.vocabulary import (
    ALL_REGIONS,
    CLOSED_STATES,
    HANDLED_STATES,
    REGIONS,
    UNKNOWN_REGION,
    Role,
    State,
)

#: Outcomes of PIN guesses that are wrong (`storage.pin_guesses.WRONG`), and strangers' ones.
WRONG = ("wrong", "mine_wrong", "unknown")
STRANGER_WRONG = ("wrong", "unknown")
#: States of a done case (`storage.retention.TERMINAL_STATES`): the only ones erased.
TERMINAL_STATES = (State.CLOSED, State.WITHDRAWN, State.NOT_ACCEPTED)
QUEUE_STATES = (State.EMERGENCY, State.NEW, State.ACCEPTED)
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _json(value: Any) -> Any:
    """What a JSON column gives back for ``value`` (tuples become lists, keys strings)."""
    return json.loads(json.dumps(value))


def _value(item: Any) -> Any:
    return getattr(item, "value", item)


@dataclass(frozen=True)
class QueuedNotice:
    """One outbox row: the notice and the earliest time it may be sent."""

    notice: OutgoingNotice
    not_before: datetime | None
    id: int = 0
    created_at: datetime | None = None
    #: ``pending`` | ``sent`` | ``dead``, as in the SQL outbox.
    status: str = "pending"
    last_error: str = ""
    attempts: int = 0
    sent_at: datetime | None = None

    @property
    def address(self) -> str:
        return self.notice.address

    @property
    def scheme(self) -> str:
        return self.notice.address.split(":", 1)[0]


@dataclass(frozen=True)
class CaseColumns:
    """Columns of a case row that `workflows.case.Case` does not carry."""

    duress_pin_hash: str | None = None
    phone_index: str | None = None
    legal_hold: bool = False
    erased_at: datetime | None = None


@dataclass
class FakeData:
    """Everything a database holds; deep-copied for snapshots."""

    cases: dict[int, Case] = field(default_factory=dict)
    case_columns: dict[int, CaseColumns] = field(default_factory=dict)
    events: list[CaseEvent] = field(default_factory=list)
    entries: list[CaseEntry] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    outbox: list[QueuedNotice] = field(default_factory=list)
    counters: dict[int, int] = field(default_factory=dict)
    next_case_id: int = 1
    #: person id -> {"locale", "created_at"}
    people: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: address -> {"person_id", "created_at"}
    identities: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: person id -> the staff row's columns
    staff: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: point id -> the service point's columns
    points: dict[int, dict[str, Any]] = field(default_factory=dict)
    invites: list[dict[str, Any]] = field(default_factory=list)
    approvals: dict[int, dict[str, Any]] = field(default_factory=dict)
    callbacks: dict[int, dict[str, Any]] = field(default_factory=dict)
    pin_guesses: list[dict[str, Any]] = field(default_factory=list)
    #: address -> (step, data, updated_at)
    conversations: dict[str, tuple[str, dict[str, Any], datetime]] = field(default_factory=dict)
    processed: set[tuple[str, str]] = field(default_factory=set)
    #: timer id -> the stored mark (`workflows.timers.Timer`, replaced on write)
    timers: dict[int, Timer] = field(default_factory=dict)
    #: (case id, round) -> the follow-up visit (`workflows.follow_ups.FollowUp`, replaced on write)
    follow_ups: dict[tuple[int, int], FollowUp] = field(default_factory=dict)
    #: order id -> the service order (`workflows.orders.Order`, replaced on write)
    orders: dict[int, Order] = field(default_factory=dict)
    order_events: list[OrderEvent] = field(default_factory=list)
    order_audit: list[OrderAudit] = field(default_factory=list)
    #: record id -> what a team delivered (`workflows.orders.EventRecord`)
    event_records: dict[int, EventRecord] = field(default_factory=dict)
    order_counters: dict[int, int] = field(default_factory=dict)
    #: link id -> a dashboard link's columns (`tests.fakes.dashboard_links`, replaced on write)
    dashboard_links: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: The last id given per table (people, points, approvals, callbacks, outbox, invites).
    ids: dict[str, int] = field(default_factory=dict)

    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]

    def columns(self, case_id: int) -> CaseColumns:
        return self.case_columns.get(case_id) or CaseColumns()

    def set_columns(self, case_id: int, **changes: Any) -> None:
        self.case_columns[case_id] = replace(self.columns(case_id), **changes)

    def snapshot(self) -> FakeData:
        """A copy of every table. Records are replaced on write, never changed in place, so
        the copies share them: a snapshot costs one shallow copy per table, not a deep copy."""
        values = {}
        for item in fields(self):
            value = getattr(self, item.name)
            values[item.name] = value.copy() if isinstance(value, (dict, list, set)) else value
        return FakeData(**values)


class FakeDatabase:
    """The committed (and, during a transaction, uncommitted) data of the fakes."""

    def __init__(self) -> None:
        self.data = FakeData()
        self.commits = 0
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task | None = None

    # Read-only views for assertions (the live data, lists in insertion order).
    @property
    def cases(self) -> dict[int, Case]:
        return self.data.cases

    @property
    def events(self) -> list[CaseEvent]:
        return self.data.events

    @property
    def entries(self) -> list[CaseEntry]:
        return self.data.entries

    @property
    def audit(self) -> list[AuditEntry]:
        return self.data.audit

    @property
    def outbox(self) -> list[QueuedNotice]:
        return self.data.outbox

    def case(self, reference: str) -> Case | None:
        """A copy of the case with this reference, or None."""
        for case in self.data.cases.values():
            if case.reference == reference:
                return replace(case)
        return None

    def events_of(self, case_id: int | None) -> list[CaseEvent]:
        return sorted((e for e in self.data.events if e.case_id == case_id), key=lambda e: e.seq)

    def put_case(self, case: Case) -> Case:
        """Store ``case`` directly (test set-up, outside any transaction); return it with its id."""
        stored = replace(case)
        if stored.id is None:
            stored.id = self.data.next_case_id
        self.data.next_case_id = max(self.data.next_case_id, stored.id + 1)
        self.data.cases[stored.id] = stored
        return replace(stored)

    # -- set-up of rows no port creates (outside any transaction) ---------------------------

    def add_person(self, address: str | None = None, *, locale: str = "", now: datetime | None = None) -> int:
        """A person (with a chat identity at ``address`` if given); return her id."""
        now = now or datetime.now(UTC)
        person_id = self.data.next_id("people")
        self.data.people[person_id] = {"locale": locale, "created_at": now}
        if address is not None:
            self.data.identities[address] = {"person_id": person_id, "created_at": now}
        return person_id

    def person_at(self, address: str) -> int | None:
        found = self.data.identities.get(address)
        return None if found is None else found["person_id"]

    def add_point(
        self,
        name: str,
        *,
        region: str = "hailar",
        kind: str = "fixed_home",
        services: Iterable[str] = (),
        languages: Iterable[str] = (),
        capacity: int = 10,
        active: bool = True,
        topics: Iterable[str] = (),
        travels_to: Iterable[str] = (),
    ) -> int:
        point_id = self.data.next_id("points")
        self.data.points[point_id] = {
            "id": point_id,
            "name": name,
            "kind": kind,
            "region": region,
            "services": list(services),
            "languages": list(languages),
            "capacity": capacity,
            "active": active,
            "topics": list(topics),
            "travels_to": list(travels_to),
        }
        return point_id

    def seed_demo_points(self) -> int:
        """The demo service points of `storage.seed.DEMO_POINTS` not there yet; return how many were added."""
        existing = {p["name"] for p in self.data.points.values()}
        added = 0
        for point in DEMO_POINTS:
            if point["name"] not in existing:
                self.add_point(**point)
                added += 1
        return added

    def point_id(self, name: str) -> int:
        return next(i for i, p in self.data.points.items() if p["name"] == name)

    def add_staff(
        self,
        person_id: int,
        *,
        roles: Iterable[str] = ("operator",),
        regions: Iterable[str] = (),
        service_point_id: int | None = None,
        name: str = "",
        languages: Iterable[str] = (),
        active: bool = True,
        on_duty: bool = True,
        now: datetime | None = None,
    ) -> Actor:
        self.data.staff[person_id] = {
            "person_id": person_id,
            "display_name": name,
            "roles": [_value(r) for r in roles],
            "regions": list(regions),
            "languages": list(languages),
            "service_point_id": service_point_id,
            "active": active,
            "on_duty": on_duty,
            "joined_at": now or datetime.now(UTC),
        }
        return actor_from_staff_row(self.data.staff[person_id])

    def create_invite(
        self,
        *,
        roles: list[str],
        regions: list[str],
        service_point_id: int | None,
        now: datetime,
        valid_for: timedelta,
    ) -> str:
        """A one-time code, validated like `storage.staff.create_invite`; only its hash is kept."""
        staff_roles = {r.value for r in (Role.OPERATOR, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN)}
        for role in roles:
            if role not in staff_roles:
                raise InviteError("invite-error-role", role=role)
        for region in regions:
            if region not in REGIONS and region != ALL_REGIONS:
                raise InviteError("invite-error-region", region=region)
        if not roles:
            raise InviteError("invite-error-role", role="")
        if service_point_id is not None and service_point_id not in self.data.points:
            raise InviteError("invite-error-service-point", service_point=service_point_id)
        if Role.MEDIATOR.value in roles and service_point_id is None and not regions:
            raise InviteError("invite-error-scope")
        raw = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
        code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        self.data.invites.append(
            {
                "id": self.data.next_id("invites"),
                "code_hash": hash_invite_code(code),
                "roles": list(roles),
                "regions": list(regions),
                "service_point_id": service_point_id,
                "created_at": now,
                "expires_at": now + valid_for,
                "used_at": None,
                "used_by": None,
            }
        )
        return code

    def set_case_columns(self, case_id: int, **columns: Any) -> None:
        """Set columns a case row has beyond `Case` (``legal_hold``, ``phone_index`` …)."""
        self.data.set_columns(case_id, **columns)


# -- scope (storage.staff_queries) ------------------------------------------------------------


def region_scope(actor: Actor, case: Case) -> bool:
    return ALL_REGIONS in actor.regions or case.region in actor.regions or case.region == UNKNOWN_REGION


def named_on(actor: Actor, case: Case) -> bool:
    return case.owner_id == actor.id or case.assignee_id == actor.id


def visible_to(actor: Actor, case: Case) -> bool:
    """`storage.staff_queries.visible_to` for one case."""
    if actor.roles & {Role.SUPERVISOR, Role.ADMIN}:
        if region_scope(actor, case):
            return True
    elif Role.OPERATOR in actor.roles:
        if region_scope(actor, case) and (not case.confidential or named_on(actor, case)):
            return True
    if Role.MEDIATOR in actor.roles:
        if case.assignee_id == actor.id:
            return True
        if (
            actor.service_point_id is not None
            and case.service_point_id == actor.service_point_id
            and not case.confidential
        ):
            return True
    return False


def waiting_at_the_window(case: Case) -> bool:
    return case.state in QUEUE_STATES or (case.state in HANDLED_STATES and case.assignee_id is None)


def _by_due(case: Case) -> tuple:
    return (case.due_at is None, case.due_at or _EARLIEST, case.id)


# -- repositories ------------------------------------------------------------------------------


class _OnDatabase:
    def __init__(self, db: FakeDatabase) -> None:
        self._db = db

    @property
    def _data(self) -> FakeData:
        return self._db.data

    def _cases(self) -> list[Case]:
        return [self._data.cases[i] for i in sorted(self._data.cases)]


class FakeCaseRepository(_OnDatabase):
    async def get(self, reference: str) -> Case | None:
        return self._db.case(reference)

    async def get_by_id(self, case_id: int) -> Case | None:
        case = self._data.cases.get(case_id)
        return None if case is None else replace(case)

    async def add(self, case: Case) -> Case:
        if self._db.case(case.reference) is not None:
            raise ValueError(f"duplicate reference {case.reference}")
        case.id = self._data.next_case_id
        self._data.next_case_id += 1
        self._data.cases[case.id] = replace(case)
        return case

    async def save(self, case: Case, expected_version: int) -> None:
        stored = self._data.cases.get(case.id)  # type: ignore[arg-type]
        if stored is None or stored.version != expected_version:
            raise StaleCase(reference=case.reference)
        self._data.cases[case.id] = replace(case)  # type: ignore[index]

    async def mark_acknowledged(self, case_id: int, at: datetime) -> bool:
        case = self._data.cases.get(case_id)
        if case is None or case.acknowledged_at is not None:
            return False
        self._data.cases[case_id] = replace(case, acknowledged_at=at)
        return True

    async def set_confidential(self, case_id: int, confidential: bool) -> None:
        case = self._data.cases.get(case_id)
        if case is not None:
            self._data.cases[case_id] = replace(case, confidential=confidential)


class FakeEventLog(_OnDatabase):
    async def append(self, event: CaseEvent) -> None:
        if any(e.case_id == event.case_id and e.seq == event.seq for e in self._data.events):
            raise ValueError(f"duplicate event seq {event.seq} for case {event.case_id}")
        self._data.events.append(replace(event, data=_json(event.data)))

    async def for_case(self, case_id: int) -> Sequence[CaseEvent]:
        return self._db.events_of(case_id)


class FakeCaseEntries(_OnDatabase):
    async def add(self, entry: CaseEntry) -> None:
        self._data.entries.append(replace(entry, attachment=_json(entry.attachment)))

    async def for_case(self, case_id: int) -> Sequence[CaseEntry]:
        return [e for e in self._data.entries if e.case_id == case_id]


class FakeAuditLog(_OnDatabase):
    async def record(self, entry: AuditEntry) -> None:
        self._data.audit.append(entry)


class FakeOutbox(_OnDatabase):
    def __init__(self, db: FakeDatabase, now: datetime) -> None:
        super().__init__(db)
        #: The unit of work's clock reading (when its rows are created).
        self.now = now

    async def put(self, notice: OutgoingNotice, *, not_before: datetime | None = None) -> None:
        stored = replace(notice, args=_json(notice.args))
        row_id = self._data.next_id("outbox")
        self._data.outbox.append(QueuedNotice(stored, not_before or self.now, id=row_id, created_at=self.now))

    async def put_many(self, notices: list[OutgoingNotice]) -> None:
        for notice in notices:
            await self.put(notice)

    async def cancel_pending(self, address: str, *, reason: str) -> int:
        cancelled = 0
        for index, row in enumerate(self._data.outbox):
            if row.notice.address == address and row.status == "pending":
                self._data.outbox[index] = replace(
                    row, status="dead", last_error=reason, notice=replace(row.notice, args={})
                )
                cancelled += 1
        return cancelled


class FakeReferenceSequence(_OnDatabase):
    async def next_number(self, year: int) -> int:
        self._data.counters[year] = self._data.counters.get(year, 0) + 1
        return self._data.counters[year]


class FakePeople(_OnDatabase):
    async def addresses_of(self, person_id: int) -> list[str]:
        found = [(row["created_at"], address) for address, row in self._data.identities.items()]
        mine = [item for item in found if self._data.identities[item[1]]["person_id"] == person_id]
        return [address for _, address in sorted(mine, key=lambda item: item[0], reverse=True)]

    async def locale_of(self, person_id: int) -> str:
        person = self._data.people.get(person_id)
        return (person or {}).get("locale") or ""

    async def set_locale(self, person_id: int, locale: str) -> None:
        if person_id in self._data.people:
            self._data.people[person_id] = {**self._data.people[person_id], "locale": locale}

    async def relink_identity(self, address: str, person_id: int) -> None:
        if address in self._data.identities:
            self._data.identities[address] = {**self._data.identities[address], "person_id": person_id}

    async def staff_actor(self, person_id: int) -> Actor | None:
        row = self._data.staff.get(person_id)
        return actor_from_staff_row(row) if row is not None and row["active"] else None

    async def on_duty_addresses(self, region: str) -> list[tuple[str, str]]:
        window = {Role.OPERATOR, Role.SUPERVISOR}
        found = []
        for address, identity in self._data.identities.items():
            row = self._data.staff.get(identity["person_id"])
            if row is None or not row["active"] or not row["on_duty"]:
                continue
            actor = actor_from_staff_row(row)
            if actor.roles & window and actor.covers_region(region):
                found.append((address, self._data.people[identity["person_id"]]["locale"]))
        return found


class FakeStaffAccounts(_OnDatabase):
    def __init__(self, db: FakeDatabase, outbox: FakeOutbox, people: FakePeople) -> None:
        super().__init__(db)
        self._outbox = outbox
        self._people = people

    async def redeem_invite(self, code: str, *, person_id: int, now: datetime, name: str = "") -> Joined:
        wanted = hash_invite_code(code)
        index, row = next(((n, i) for n, i in enumerate(self._data.invites) if i["code_hash"] == wanted), (0, None))
        if row is None:
            raise InviteError("join-error-unknown")
        if row["used_at"] is not None:
            raise InviteError("join-error-used")
        if row["expires_at"] <= now:
            raise InviteError("join-error-expired")
        self._data.invites[index] = {**row, "used_at": now, "used_by": person_id}
        values = {
            "roles": list(row["roles"]),
            "regions": list(row["regions"]),
            "service_point_id": row["service_point_id"],
            "active": True,
            "on_duty": True,
        }
        existing = self._data.staff.get(person_id)
        if existing is None:
            self._data.staff[person_id] = {
                "person_id": person_id,
                "display_name": name,
                "languages": [],
                "joined_at": now,
                **values,
            }
        else:
            self._data.staff[person_id] = {**existing, **values}
        return Joined(roles=values["roles"], regions=values["regions"], service_point_id=values["service_point_id"])

    async def deactivate(self, person_id: int) -> bool:
        row = self._data.staff.get(person_id)
        if row is None:
            return False
        self._data.staff[person_id] = {**row, "active": False}
        for address in await self._people.addresses_of(person_id):
            await self._outbox.cancel_pending(address, reason="staff deactivated")
        return True

    async def is_active(self, person_id: int) -> bool:
        row = self._data.staff.get(person_id)
        return bool(row and row["active"])

    async def set_on_duty(self, person_id: int, on_duty: bool) -> bool:
        row = self._data.staff.get(person_id)
        if row is None or not row["active"]:
            return False
        self._data.staff[person_id] = {**row, "on_duty": on_duty}
        return True

    async def is_on_duty(self, person_id: int) -> bool:
        row = self._data.staff.get(person_id)
        return bool(row and row["active"] and row["on_duty"])


class FakeStaffViews(_OnDatabase):
    async def is_visible(self, actor: Actor, case_id: int) -> bool:
        case = self._data.cases.get(case_id)
        return case is not None and visible_to(actor, case)

    async def queue(self, actor: Actor, limit: int = 30) -> list[Case]:
        found = [c for c in self._cases() if waiting_at_the_window(c) and visible_to(actor, c)]
        found.sort(key=lambda c: (0 if c.state is State.EMERGENCY else 1, *_by_due(c)))
        return [replace(c) for c in found[:limit]]

    async def mine(self, actor: Actor, limit: int = 30) -> list[Case]:
        def offered(case: Case) -> bool:
            return (
                actor.service_point_id is not None
                and case.state is State.DISPATCHED
                and case.assignee_id is None
                and case.service_point_id == actor.service_point_id
            )

        found = [c for c in self._cases() if (c.assignee_id == actor.id or offered(c)) and c.state not in CLOSED_STATES]
        found.sort(key=lambda c: (0 if c.assignee_id == actor.id else 1, *_by_due(c)))
        return [replace(c) for c in found[:limit]]

    async def find(self, actor: Actor, filters: CaseFilter, now: datetime, limit: int = 30) -> list[Case]:
        def matches(case: Case) -> bool:
            if not visible_to(actor, case):
                return False
            if filters.state and case.state.value != filters.state:
                return False
            if filters.service and case.service.value != filters.service:
                return False
            if filters.region and case.region != filters.region:
                return False
            if filters.assignee is not None and case.assignee_id != filters.assignee:
                return False
            if filters.before is not None and case.id >= filters.before:
                return False
            if filters.emergency and case.state is not State.EMERGENCY:
                return False
            if filters.overdue:
                late = case.overdue or (case.due_at is not None and case.due_at < now)
                if case.state in CLOSED_STATES or not late:
                    return False
            return True

        found = [c for c in reversed(self._cases()) if matches(c)]
        return [replace(c) for c in found[:limit]]

    async def counts_by_state(self, actor: Actor) -> dict[str, int]:
        counts: dict[str, int] = {}
        for case in self._cases():
            if visible_to(actor, case):
                counts[case.state.value] = counts.get(case.state.value, 0) + 1
        return counts

    async def overdue_count(self, actor: Actor, now: datetime) -> int:
        return len(await self.find(actor, CaseFilter(overdue=True), now, limit=len(self._data.cases) + 1))

    async def open_cases_naming(self, person_id: int) -> list[Case]:
        return [
            replace(c)
            for c in self._cases()
            if (c.owner_id == person_id or c.assignee_id == person_id) and c.state not in CLOSED_STATES
        ]

    async def staff_names(self, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        return {i: self._data.staff[i]["display_name"] or f"#{i}" for i in sorted(wanted) if i in self._data.staff}

    async def point_name(self, point_id: int | None) -> str:
        if point_id is None or point_id not in self._data.points:
            return ""
        return self._data.points[point_id]["name"] or ""

    async def dispatch_candidates(self) -> list[Candidate]:
        open_cases = [c for c in self._cases() if c.state not in CLOSED_STATES]
        by_assignee: dict[int | None, int] = {}
        by_point: dict[int | None, int] = {}
        for case in open_cases:
            by_assignee[case.assignee_id] = by_assignee.get(case.assignee_id, 0) + 1
            by_point[case.service_point_id] = by_point.get(case.service_point_id, 0) + 1
        points = {i: p for i, p in sorted(self._data.points.items()) if p["active"]}
        candidates = [
            Candidate(
                "point",
                i,
                p["name"],
                p["region"],
                frozenset(p["services"]),
                frozenset(p["languages"]),
                by_point.get(i, 0),
                p["capacity"],
            )
            for i, p in points.items()
        ]
        for person_id, row in sorted(self._data.staff.items()):
            if not row["active"] or Role.MEDIATOR.value not in row["roles"]:
                continue
            point = points.get(row["service_point_id"])
            region = point["region"] if point is not None else (row["regions"][0] if row["regions"] else "")
            services = frozenset(point["services"]) if point is not None else frozenset()
            locale = self._data.people.get(person_id, {}).get("locale")
            languages = frozenset(
                [*(row["languages"] or []), *([locale] if locale else []), *(point["languages"] if point else [])]
            )
            capacity = max(1, (point["capacity"] // 2) if point is not None else 5)
            name = row["display_name"] or f"#{person_id}"
            candidates.append(
                Candidate(
                    "mediator", person_id, name, region, services, languages, by_assignee.get(person_id, 0), capacity
                )
            )
        return candidates

    async def staff_of_point(self, point_id: int) -> list[int]:
        return [
            i for i, row in sorted(self._data.staff.items()) if row["service_point_id"] == point_id and row["active"]
        ]

    async def supervisors_for(self, region: str) -> list[int]:
        found = []
        for _, row in sorted(self._data.staff.items()):
            actor = actor_from_staff_row(row)
            if row["active"] and Role.SUPERVISOR in actor.roles and actor.covers_region(region):
                found.append(actor.id)
        return found

    async def open_callbacks(self, actor: Actor, limit: int = 30) -> list[dict]:
        found = []
        for task_id in sorted(self._data.callbacks):
            task = self._data.callbacks[task_id]
            case = self._data.cases.get(task["case_id"])
            if task["done_at"] is None and case is not None and visible_to(actor, case):
                found.append({**copy.deepcopy(task), "reference": case.reference})
        return found[:limit]

    async def acknowledgements(self, case_id: int) -> list[tuple[int | None, datetime]]:
        return [
            (e.actor_id, e.at)
            for e in self._data.audit
            if e.case_id == case_id and e.action == "acknowledge" and e.outcome == "ok"
        ]


class FakeReporterViews(_OnDatabase):
    async def cases_of_reporter(self, person_id: int, limit: int = 20) -> list[Case]:
        found = [c for c in reversed(self._cases()) if c.reporter_id == person_id]
        return [replace(c) for c in found[:limit]]

    async def latest_open_case(self, person_id: int) -> Case | None:
        for case in reversed(self._cases()):
            if case.reporter_id == person_id and case.state not in CLOSED_STATES:
                return replace(case)
        return None


class FakeApprovals(_OnDatabase):
    async def request(
        self, *, case_id: int, trigger: str, data: dict[str, Any], requested_by: int, now: datetime
    ) -> int:
        approval_id = self._data.next_id("approvals")
        self._data.approvals[approval_id] = {
            "id": approval_id,
            "case_id": case_id,
            "trigger": trigger,
            "data": _json(data),
            "requested_by": requested_by,
            "requested_at": now,
            "status": "pending",
            "decided_by": None,
            "decided_at": None,
        }
        return approval_id

    async def get(self, approval_id: int) -> dict[str, Any] | None:
        found = self._data.approvals.get(approval_id)
        return None if found is None else copy.deepcopy(found)

    async def pending(self, case_id: int, trigger: str) -> bool:
        return any(
            a["case_id"] == case_id and a["trigger"] == trigger and a["status"] == "pending"
            for a in self._data.approvals.values()
        )

    async def decide(self, approval_id: int, *, approved: bool, by: int, now: datetime) -> bool:
        found = self._data.approvals.get(approval_id)
        if found is None or found["status"] != "pending":
            return False
        self._data.approvals[approval_id] = {
            **found,
            "status": "approved" if approved else "refused",
            "decided_by": by,
            "decided_at": now,
        }
        return True

    async def mark_failed(self, approval_id: int) -> None:
        if approval_id in self._data.approvals:
            self._data.approvals[approval_id] = {**self._data.approvals[approval_id], "status": "failed"}


class FakeCallbackTasks(_OnDatabase):
    async def add(self, *, case_id: int, message_id: str, args: dict[str, Any], now: datetime) -> int:
        task_id = self._data.next_id("callbacks")
        self._data.callbacks[task_id] = {
            "id": task_id,
            "case_id": case_id,
            "message_id": message_id,
            "args": _json(args),
            "created_at": now,
            "done_at": None,
            "done_by": None,
        }
        return task_id

    async def get(self, task_id: int) -> dict[str, Any] | None:
        found = self._data.callbacks.get(task_id)
        return None if found is None else copy.deepcopy(found)

    async def mark_done(self, task_id: int, *, by: int, now: datetime) -> bool:
        found = self._data.callbacks.get(task_id)
        if found is None or found["done_at"] is not None:
            return False
        self._data.callbacks[task_id] = {**found, "done_at": now, "done_by": by}
        return True


class FakePinGuesses(_OnDatabase):
    async def record(self, *, source: str, kind: str, case_id: int | None, at: datetime, outcome: str) -> None:
        row = {"source": source, "kind": kind, "case_id": case_id, "at": at, "outcome": outcome}
        self._data.pin_guesses.append(row)

    def _times(self, *tests: Callable[[dict[str, Any]], bool]) -> list[datetime]:
        return sorted(g["at"] for g in self._data.pin_guesses if all(test(g) for test in tests))

    async def wrong_times(self, source: str, since: datetime) -> list[datetime]:
        return self._times(lambda g: g["source"] == source and g["outcome"] in WRONG and g["at"] >= since)

    async def wrong_on_case(self, source: str, case_id: int, since: datetime) -> list[datetime]:
        return self._times(
            lambda g: g["source"] == source and g["case_id"] == case_id and g["outcome"] in WRONG and g["at"] >= since
        )

    async def service_wrong(self, since: datetime) -> tuple[list[datetime], int]:
        rows = [
            g
            for g in self._data.pin_guesses
            if g["kind"] == "conversation" and g["outcome"] in STRANGER_WRONG and g["at"] >= since
        ]
        cases = {g["case_id"] for g in rows if g["case_id"] is not None}
        unknown = sum(1 for g in rows if g["case_id"] is None)
        return sorted(g["at"] for g in rows), len(cases) + unknown

    async def last_alert(self, since: datetime) -> datetime | None:
        times = self._times(lambda g: g["kind"] == "service" and g["outcome"] == "alert" and g["at"] >= since)
        return times[-1] if times else None

    async def duress_hashes(self, case_ids: list[int]) -> dict[int, str | None]:
        return {i: self._data.columns(i).duress_pin_hash for i in case_ids if i in self._data.cases}

    async def set_duress(self, case_ids: list[int], hashed: str) -> None:
        for case_id in case_ids:
            if case_id in self._data.cases:
                self._data.set_columns(case_id, duress_pin_hash=hashed)

    async def duress_alerts(self, case_id: int) -> list[datetime]:
        return [e.at for e in self._data.audit if e.case_id == case_id and e.action == "duress_pin"]


def fake_phone_index(phone: str) -> str | None:
    """A blind index of the number (equal numbers, equal indexes); None when too short to compare."""
    normalized = normalize_phone(phone)
    if normalized is None:
        return None
    return hashlib.sha256(f"fake phone index:{normalized}".encode()).hexdigest()


class FakePhoneIndex(_OnDatabase):
    async def remember_phone(self, case_id: int, phone: str) -> str | None:
        index = fake_phone_index(phone)
        if index is not None and case_id in self._data.cases:
            self._data.set_columns(case_id, phone_index=index)
        return index

    async def earlier_references(self, index: str, actor: Actor, *, exclude_case_id: int, limit: int = 5) -> list[str]:
        found = [
            c
            for c in self._cases()
            if self._data.columns(c.id).phone_index == index and c.id != exclude_case_id and visible_to(actor, c)
        ]
        found.sort(key=lambda c: (c.created_at or _EARLIEST, c.id), reverse=True)
        return [c.reference for c in found[:limit]]


class FakeConversations(_OnDatabase):
    async def begin_turn(self, *, channel: str, update_id: str, address: str, now: datetime) -> TurnContext | None:
        if (channel, update_id) in self._data.processed:
            return None
        self._data.processed.add((channel, update_id))
        identity = self._data.identities.get(address)
        if identity is None:
            person_id = self._db.add_person(address, now=now)
            return TurnContext(person=Person(id=person_id, locale="", is_new=True), staff=None, step="", data={})
        person_id = identity["person_id"]
        row = self._data.staff.get(person_id)
        step, data, _ = self._data.conversations.get(address, ("", {}, now))
        return TurnContext(
            person=Person(id=person_id, locale=self._data.people[person_id]["locale"]),
            staff=actor_from_staff_row(row) if row is not None and row["active"] else None,
            step=step or "",
            data=copy.deepcopy(data),
        )

    async def load(self, address: str) -> tuple[str, dict[str, Any]] | None:
        found = self._data.conversations.get(address)
        return None if found is None else (found[0], copy.deepcopy(found[1]))

    async def save(self, address: str, step: str, data: dict[str, Any], now: datetime) -> None:
        self._data.conversations[address] = (step, _json(data) or {}, now)

    async def last_turn_at(self, address: str) -> datetime | None:
        found = self._data.conversations.get(address)
        return None if found is None else found[2]


class FakeErasure(_OnDatabase):
    async def legal_hold(self, case_id: int) -> bool:
        return case_id in self._data.cases and self._data.columns(case_id).legal_hold

    async def erase_case(self, case_id: int, *, now: datetime, reason: str) -> set[str]:
        data = self._data
        case = data.cases.get(case_id)
        if case is None:
            raise NotErasable("missing")
        columns = data.columns(case_id)
        if columns.erased_at is not None:
            raise NotErasable("erased")
        if columns.legal_hold:
            raise NotErasable("legal_hold")
        if case.state not in TERMINAL_STATES:
            raise NotErasable("open")
        reporter_id = case.reporter_id
        files: set[str] = set()
        for index, entry in enumerate(data.entries):
            if entry.case_id != case_id:
                continue
            files |= files_of(entry.attachment)
            author = None if _value(entry.author_role) == Role.REPORTER.value else entry.author_id
            data.entries[index] = replace(entry, text="", attachment=None, author_id=author)
        for index, event in enumerate(data.events):
            if event.case_id == case_id:
                actor = None if _value(event.role) == Role.REPORTER.value else event.actor_id
                data.events[index] = replace(event, data=anonymous_data(event.data), actor_id=actor)
        data.outbox = [r for r in data.outbox if not (r.notice.case_id == case_id and r.status == "pending")]
        for index, row in enumerate(data.outbox):
            if row.notice.case_id == case_id:
                data.outbox[index] = replace(row, notice=replace(row.notice, args={}))
        for task_id, task in list(data.callbacks.items()):
            if task["case_id"] == case_id:
                data.callbacks[task_id] = {**task, "args": {}}
        for approval_id, approval in list(data.approvals.items()):
            if approval["case_id"] != case_id:
                continue
            data.approvals[approval_id] = {**approval, "data": {}}
            if approval["requested_by"] not in data.staff:
                del data.approvals[approval_id]
        for index, entry in enumerate(data.audit):
            if entry.case_id == case_id and entry.actor_id is not None and entry.actor_id not in data.staff:
                data.audit[index] = replace(entry, actor_id=None)
        data.cases[case_id] = replace(case, reporter_id=None, pin_hash=None)
        data.set_columns(case_id, erased_at=now, phone_index=None, duress_pin_hash=None)
        if reporter_id is not None:
            self._forget_case_in_conversations(reporter_id, case.reference)
        data.pin_guesses = [g for g in data.pin_guesses if g["case_id"] != case_id]
        data.audit.append(AuditEntry(case_id, None, "erase", reason, now))
        return files

    def _forget_case_in_conversations(self, person_id: int, reference: str) -> None:
        data = self._data
        addresses = [a for a, i in data.identities.items() if i["person_id"] == person_id]
        if self._forget_if_unlinked(person_id, addresses):
            return
        for address in addresses:
            if address not in data.conversations:
                continue
            step, stored, at = data.conversations[address]
            stored = copy.deepcopy(stored)
            changed = stored.pop("pending_reply", None) is not None
            if stored.get("case") == reference:
                stored.pop("case")
                changed = True
            for key in ("proven_cases", "unlocked_only"):
                if isinstance(stored.get(key), list) and reference in stored[key]:
                    stored[key] = [r for r in stored[key] if r != reference]
                    changed = True
            if changed:
                data.conversations[address] = (step, stored, at)

    def _forget_if_unlinked(self, person_id: int, addresses: list[str]) -> bool:
        data = self._data
        cases = any(c.reporter_id == person_id and data.columns(c.id).erased_at is None for c in data.cases.values())
        orders = any(o.orderer_id == person_id for o in data.orders.values())
        if cases or orders or person_id in data.staff:
            return False
        for address in addresses:
            data.conversations.pop(address, None)
            del data.identities[address]
        return True

    async def erase_order(self, order_id: int, *, now: datetime, reason: str) -> None:
        data = self._data
        order = data.orders.get(order_id)
        if order is None:
            raise NotErasable("missing")
        if _value(order.state) not in ORDER_DONE_STATES:
            raise NotErasable("open")
        if any(a.order_id == order_id and a.action == "erase" for a in data.order_audit):
            raise NotErasable("erased")
        data.orders[order_id] = replace(order, contact={}, place_name="", venue="", pin_hash=None, orderer_id=None)
        for index, event in enumerate(data.order_events):
            if event.order_id == order_id:
                kept = {k: v for k, v in event.data.items() if k in ANONYMOUS_ORDER_EVENT_KEYS}
                actor = None if _value(event.role) == "orderer" else event.actor_id
                data.order_events[index] = replace(event, data=kept, actor_id=actor)
        for record_id, record in list(data.event_records.items()):
            if record.order_id == order_id:
                data.event_records[record_id] = replace(record, notes="", place_name="")
        for index, entry in enumerate(data.order_audit):
            if entry.order_id == order_id and entry.actor_id is not None and entry.actor_id not in data.staff:
                data.order_audit[index] = replace(entry, actor_id=None)
        data.order_audit.append(OrderAudit(order_id, None, "erase", reason, now))
        if order.orderer_id is not None:
            addresses = [a for a, i in data.identities.items() if i["person_id"] == order.orderer_id]
            if self._forget_if_unlinked(order.orderer_id, addresses):
                return
            for address in addresses:
                if address not in data.conversations:
                    continue
                step, stored, at = data.conversations[address]
                if order.reference in (stored.get("order") or {}).values():
                    stored = copy.deepcopy(stored)
                    stored.pop("order")
                    data.conversations[address] = (step, stored, at)

    async def done_orders_of(self, person_id: int) -> list[int]:
        return [
            i
            for i, o in self._data.orders.items()
            if o.orderer_id == person_id and _value(o.state) in ORDER_DONE_STATES
        ]

    async def referenced_files(self) -> set[str]:
        found: set[str] = set()
        for entry in self._data.entries:
            found |= files_of(entry.attachment)
        for _, stored, _ in self._data.conversations.values():
            found |= conversation_files(stored)
        for record in self._data.event_records.values():
            found |= set(record.evidence)
        return found

    async def held_by_cases(self, names: set[str]) -> set[str]:
        held: set[str] = set()
        for entry in self._data.entries:
            if entry.kind == "evidence":
                held |= files_of(entry.attachment) & set(names)
        return held


# -- the unit of work ------------------------------------------------------------------------


class FakeTimers(_OnDatabase):
    def __init__(self, db: FakeDatabase, outbox: FakeOutbox) -> None:
        super().__init__(db)
        self._outbox = outbox  # its ``now`` is the unit of work's clock reading

    async def schedule(self, case_id: int, state: State, marks: Sequence[Mark]) -> None:
        for mark in marks:
            timer_id = self._data.next_id("timers")
            self._data.timers[timer_id] = Timer(timer_id, case_id, mark.kind, state, mark.due_at)

    def _change(self, case_id: int, old: tuple[str, ...], **changes: Any) -> int:
        hits = [t for t in self._data.timers.values() if t.case_id == case_id and t.status in old]
        for timer in hits:
            self._data.timers[timer.id] = replace(timer, **changes)
        return len(hits)

    async def cancel(self, case_id: int, *, including_paused: bool = True) -> int:
        old = (timers.PENDING, timers.PAUSED) if including_paused else (timers.PENDING,)
        return self._change(case_id, old, status=timers.CANCELLED, fired_at=self._outbox.now)

    async def pause(self, case_id: int) -> int:
        return self._change(case_id, (timers.PENDING,), status=timers.PAUSED)

    async def resume(self, case_id: int, *, paused_at: datetime, now: datetime) -> int:
        hits = [t for t in self._data.timers.values() if t.case_id == case_id and t.status == timers.PAUSED]
        for timer in hits:
            moved = timers.resumed(timer.due_at, paused_at, now)
            self._data.timers[timer.id] = replace(timer, status=timers.PENDING, due_at=moved)
        return len(hits)

    async def claim_due(self, now: datetime, limit: int) -> list[Timer]:
        due = sorted(
            (t for t in self._data.timers.values() if t.status == timers.PENDING and t.due_at <= now),
            key=lambda t: (t.due_at, t.id),
        )
        owners = {t.owner for t in due[:limit]}  # a case's or an order's other due marks too
        return [t for t in due if t.id in {d.id for d in due[:limit]} or t.owner in owners]

    async def settle(self, timer_id: int, status: str, at: datetime) -> None:
        self._data.timers[timer_id] = replace(self._data.timers[timer_id], status=status, fired_at=at)

    async def of_case(self, case_id: int) -> list[Timer]:
        return sorted((t for t in self._data.timers.values() if t.case_id == case_id), key=lambda t: (t.due_at, t.id))

    async def next_due(self) -> datetime | None:
        return min((t.due_at for t in self._data.timers.values() if t.status == timers.PENDING), default=None)

    async def unscheduled(self, states: Sequence[State], limit: int) -> list[int]:
        kept = {(t.case_id, t.state) for t in self._data.timers.values() if t.status != timers.CANCELLED}
        found = [
            c.id for c in self._cases() if c.state in states and c.due_at is not None and (c.id, c.state) not in kept
        ]
        return found[:limit]

    async def schedule_order(self, order_id: int, state: Any, marks: Sequence[Mark]) -> None:
        for mark in marks:
            timer_id = self._data.next_id("timers")
            self._data.timers[timer_id] = Timer(timer_id, None, mark.kind, state, mark.due_at, order_id=order_id)

    async def cancel_order(self, order_id: int) -> int:
        hits = [
            t
            for t in self._data.timers.values()
            if t.order_id == order_id and t.status in (timers.PENDING, timers.PAUSED)
        ]
        for timer in hits:
            self._data.timers[timer.id] = replace(timer, status=timers.CANCELLED, fired_at=self._outbox.now)
        return len(hits)

    async def of_order(self, order_id: int) -> list[Timer]:
        return sorted((t for t in self._data.timers.values() if t.order_id == order_id), key=lambda t: (t.due_at, t.id))


class FakeFollowUps(_OnDatabase):
    async def add(self, *, case_id: int, round: int, status: str, now: datetime) -> bool:
        if (case_id, round) in self._data.follow_ups:
            return False
        self._data.follow_ups[(case_id, round)] = FollowUp(case_id, round, status, now)
        return True

    async def get(self, case_id: int, round: int) -> FollowUp | None:
        return self._data.follow_ups.get((case_id, round))

    async def of_case(self, case_id: int) -> list[FollowUp]:
        return sorted((f for f in self._data.follow_ups.values() if f.case_id == case_id), key=lambda f: f.round)

    async def settle(
        self,
        *,
        case_id: int,
        round: int,
        status: str,
        now: datetime,
        solved: str | None = None,
        satisfaction: int | None = None,
        recorded_by: int | None = None,
        awaiting: tuple[str, ...] = (),
    ) -> bool:
        found = self._data.follow_ups.get((case_id, round))
        if found is None or found.status not in awaiting:
            return False
        self._data.follow_ups[(case_id, round)] = replace(
            found, status=status, solved=solved, satisfaction=satisfaction, answered_at=now, recorded_by=recorded_by
        )
        return True

    async def concerns(self, limit: int = 30) -> list[int]:
        latest: dict[int, datetime] = {}
        for f in self._data.follow_ups.values():
            case = self._data.cases.get(f.case_id)
            if f.concern and case is not None and case.state is State.FOLLOW_UP:
                latest[f.case_id] = max(latest.get(f.case_id, f.answered_at), f.answered_at)
        return sorted(latest, key=lambda case_id: (-latest[case_id].timestamp(), case_id))[:limit]


def _order_copy(order: Order) -> Order:
    return replace(order, contact=dict(order.contact))


class FakeOrders(_OnDatabase):
    """`workflows.ports.Orders` in memory, as `storage.orders` does it in SQL."""

    async def next_number(self, year: int) -> int:
        self._data.order_counters[year] = self._data.order_counters.get(year, 0) + 1
        return self._data.order_counters[year]

    async def add(self, order: Order) -> Order:
        if any(o.reference == order.reference for o in self._data.orders.values()):
            raise ValueError(f"duplicate reference {order.reference}")
        order.id = self._data.next_id("orders")
        self._data.orders[order.id] = _order_copy(_json_order(order))
        return order

    async def get(self, reference: str) -> Order | None:
        found = next((o for o in self._data.orders.values() if o.reference == reference), None)
        return None if found is None else _order_copy(found)

    async def get_by_id(self, order_id: int) -> Order | None:
        found = self._data.orders.get(order_id)
        return None if found is None else _order_copy(found)

    async def save(self, order: Order, expected_version: int) -> None:
        stored = self._data.orders.get(order.id)  # type: ignore[arg-type]
        if stored is None or stored.version != expected_version:
            raise StaleOrder(reference=order.reference)
        self._data.orders[order.id] = _order_copy(_json_order(order))  # type: ignore[index]

    async def append_event(self, event: OrderEvent) -> None:
        if any(e.order_id == event.order_id and e.seq == event.seq for e in self._data.order_events):
            raise ValueError(f"duplicate event seq {event.seq} for order {event.order_id}")
        self._data.order_events.append(replace(event, data=_json(event.data)))

    async def events_of(self, order_id: int) -> list[OrderEvent]:
        return sorted((e for e in self._data.order_events if e.order_id == order_id), key=lambda e: e.seq)

    async def record_audit(self, entry: OrderAudit) -> None:
        self._data.order_audit.append(entry)

    async def audit_of(self, order_id: int | None) -> list[OrderAudit]:
        return [e for e in self._data.order_audit if e.order_id == order_id]

    async def add_record(self, record: EventRecord) -> EventRecord:
        if record.order_id is not None and await self.record_of(record.order_id) is not None:
            raise ValueError(f"order {record.order_id} has a record")
        stored = replace(record, id=self._data.next_id("event_records"))
        self._data.event_records[stored.id] = stored
        return stored

    async def record_of(self, order_id: int) -> EventRecord | None:
        return next((r for r in self._data.event_records.values() if r.order_id == order_id), None)

    async def records(self, first: date, last: date, region: str | None) -> list[EventRecord]:
        found = [
            r
            for r in self._data.event_records.values()
            if first <= r.held_on <= last and (region is None or r.region == region)
        ]
        return sorted(found, key=lambda r: (r.held_on, r.id))

    def _team(self, point: dict[str, Any]) -> TeamProfile:
        load = sum(1 for o in self._data.orders.values() if o.team_id == point["id"] and o.state in TEAM_STATES)
        return TeamProfile(
            id=point["id"],
            name=point["name"],
            kind=PointKind(point["kind"]),
            region=point["region"],
            topics=frozenset(point.get("topics", ())),
            languages=frozenset(point["languages"]),
            travels_to=frozenset(point.get("travels_to", ())),
            capacity=point["capacity"],
            open_orders=load,
        )

    async def teams(self) -> list[TeamProfile]:
        return [self._team(p) for _, p in sorted(self._data.points.items()) if p["active"]]

    async def team(self, point_id: int) -> TeamProfile | None:
        point = self._data.points.get(point_id)
        return None if point is None or not point["active"] else self._team(point)

    async def point_counts(self, region: str | None) -> tuple[int, int]:
        active = [p for p in self._data.points.values() if p["active"] and (region is None or p["region"] == region)]
        homes = sum(1 for p in active if p["kind"] == PointKind.FIXED_HOME.value)
        teams = sum(1 for p in active if p["kind"] == PointKind.MOBILE_TEAM.value)
        return homes, teams

    async def cases_opened(self, since: datetime, until: datetime, region: str | None) -> int:
        return sum(
            1
            for c in self._data.cases.values()
            if c.created_at is not None and since <= c.created_at < until and (region is None or c.region == region)
        )

    async def of_orderer(self, person_id: int, limit: int = 20) -> list[Order]:
        mine = [o for _, o in sorted(self._data.orders.items(), reverse=True) if o.orderer_id == person_id]
        return [_order_copy(o) for o in mine[:limit]]

    async def find(self, filters: OrderFilter, limit: int = 30) -> list[Order]:
        found = [o for _, o in sorted(self._data.orders.items()) if _matches(o, filters)]
        found.sort(key=lambda o: (o.due_at is None, o.due_at or _EARLIEST, o.id))
        return [_order_copy(o) for o in found[:limit]]


def _matches(order: Order, f: OrderFilter) -> bool:
    return (
        (f.regions is None or order.region in f.regions)
        and (f.states is None or order.state in f.states)
        and (f.kind is None or order.kind is f.kind)
        and (f.topic is None or order.topic is f.topic)
        and (f.team_id is None or order.team_id == f.team_id)
        and (f.created_from is None or order.created_at >= f.created_from)
        and (f.created_until is None or order.created_at < f.created_until)
    )


def _json_order(order: Order) -> Order:
    """The order as the SQL gives it back: the contact through JSON, times as they are."""
    return replace(order, contact=_json(order.contact))


class FakeUnitOfWork:
    """Implements `workflows.ports.UnitOfWork` in memory; reusable for many transactions.

    ``now`` is the clock read when the outermost level opens (the outbox stamps its rows
    with it, as `storage.uow.SqlUnitOfWork` does). ``commits`` counts durable (outermost)
    commits; ``savepoint_commits`` the inner ones.
    """

    def __init__(self, db: FakeDatabase | None = None, *, now: Callable[[], datetime] | None = None) -> None:
        self.db = db if db is not None else FakeDatabase()
        self._now = now or (lambda: datetime.now(UTC))
        self.cases = FakeCaseRepository(self.db)
        self.events = FakeEventLog(self.db)
        self.entries = FakeCaseEntries(self.db)
        self.audit = FakeAuditLog(self.db)
        self.outbox = FakeOutbox(self.db, self._now())
        self.references = FakeReferenceSequence(self.db)
        self.people = FakePeople(self.db)
        self.staff = FakeStaffAccounts(self.db, self.outbox, self.people)
        self.staff_views = FakeStaffViews(self.db)
        self.reporter_views = FakeReporterViews(self.db)
        self.approvals = FakeApprovals(self.db)
        self.callbacks = FakeCallbackTasks(self.db)
        self.pin_guesses = FakePinGuesses(self.db)
        self.phones = FakePhoneIndex(self.db)
        self.conversations = FakeConversations(self.db)
        self.erasure = FakeErasure(self.db)
        self.timers = FakeTimers(self.db, self.outbox)
        self.follow_ups = FakeFollowUps(self.db)
        self.orders = FakeOrders(self.db)
        self.stats = FakeStats(self.db)
        self.dashboard_links = FakeDashboardLinks(self.db)
        self.commits = 0
        self.savepoint_commits = 0
        #: One snapshot per open level: the outer transaction, then each savepoint.
        self._snapshots: list[FakeData] = []
        #: Per open level: whether a savepoint was released by its commit (no rollback on leaving).
        self._released: list[bool] = []
        self._hooks = AfterCommitHooks()

    @property
    def depth(self) -> int:
        """How many levels are open (0: none, 1: a transaction, more: savepoints)."""
        return len(self._snapshots)

    async def __aenter__(self) -> FakeUnitOfWork:
        if not self._snapshots:
            task = asyncio.current_task()
            if self.db._holder is not None and self.db._holder is task:
                raise RuntimeError("another FakeUnitOfWork is already open on this database in this task")
            await self.db._lock.acquire()
            self.db._holder = task
            await asyncio.sleep(0)  # a transaction's first round trip lets other tasks run, as a database's does
            self.outbox.now = self._now()
        self._snapshots.append(self.db.data.snapshot())
        self._released.append(False)
        self._hooks.enter()
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            if not self._released[-1]:
                await self.rollback()
        finally:
            self._snapshots.pop()
            self._released.pop()
            due = self._hooks.leave()
            if not self._snapshots:
                self.db._holder = None
                self.db._lock.release()
        await self._hooks.run(due)

    async def commit(self) -> None:
        if not self._snapshots:
            raise RuntimeError("commit outside `async with uow:`")
        if len(self._snapshots) == 1:
            self._snapshots[-1] = self.db.data.snapshot()
            self.commits += 1
            self.db.commits += 1
        else:
            # RELEASE SAVEPOINT: the work so far joins the outer level; so does what follows.
            self._released[-1] = True
            self.savepoint_commits += 1
        self._hooks.committed()

    async def rollback(self) -> None:
        if not self._snapshots:
            raise RuntimeError("rollback outside `async with uow:`")
        self.db.data = self._snapshots[-1].snapshot()
        self._hooks.rolled_back()

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` after the outermost commit, once the unit of work is left; dropped on rollback."""
        self._hooks.add(callback)

    # Shortcuts for assertions.
    def case(self, reference: str) -> Case | None:
        return self.db.case(reference)

    def events_of(self, case_id: int | None) -> list[CaseEvent]:
        return self.db.events_of(case_id)
