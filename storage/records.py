"""Database tables (``*Record``), kept apart from the domain objects in `workflows`.

Times are stored as UTC; `UtcDateTime` gives them back timezone-aware on every engine.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, DateTime, Index, MetaData, UniqueConstraint, false, text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from storage.sealing import SealedJSON, SealedText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)
metadata = SQLModel.metadata


class UtcDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _time(**kw: Any) -> Any:
    return Field(sa_type=UtcDateTime, **kw)


def _json(**kw: Any) -> Any:
    return Field(sa_type=JSON, **kw)


def _sealed_json(context: str, **kw: Any) -> Any:
    """JSON that holds what she or staff wrote about her: sealed at rest (`storage.sealing`)."""
    return Field(sa_type=SealedJSON(context), **kw)


def _sealed_text(context: str, **kw: Any) -> Any:
    return Field(sa_type=SealedText(context), **kw)


class RegionRecord(SQLModel, table=True):
    __tablename__ = "regions"
    code: str = Field(primary_key=True, max_length=32)
    position: int = 0


class ServiceRecord(SQLModel, table=True):
    __tablename__ = "services"
    code: str = Field(primary_key=True, max_length=32)
    position: int = 0


class ServicePointRecord(SQLModel, table=True):
    """A fixed women's home or a mobile service team."""

    __tablename__ = "service_points"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=16)  # fixed_home | mobile_team
    region: str = Field(foreign_key="regions.code", max_length=32, index=True)
    services: list[str] = _json(default_factory=list)
    languages: list[str] = _json(default_factory=list)
    capacity: int = 10
    active: bool = True
    #: Service orders (`workflows.orders`): the topics it can deliver and, for a mobile team, the
    #: regions it travels to besides its own.
    topics: list[str] = _json(default_factory=list, sa_column_kwargs={"server_default": text("'[]'")})
    travels_to: list[str] = _json(default_factory=list, sa_column_kwargs={"server_default": text("'[]'")})


class PersonRecord(SQLModel, table=True):
    """Anyone who talks to the bot, reporter or staff; reached through identities."""

    __tablename__ = "people"
    id: int | None = Field(default=None, primary_key=True)
    locale: str = Field(default="", max_length=16)
    created_at: datetime = _time()


class IdentityRecord(SQLModel, table=True):
    """A channel address (URN such as ``telegram:123``) belonging to a person."""

    __tablename__ = "identities"
    address: str = Field(primary_key=True, max_length=300)
    person_id: int = Field(foreign_key="people.id", index=True)
    created_at: datetime = _time()


class StaffRecord(SQLModel, table=True):
    __tablename__ = "staff"
    person_id: int = Field(foreign_key="people.id", primary_key=True)
    display_name: str = Field(default="", max_length=200)
    roles: list[str] = _json(default_factory=list)
    regions: list[str] = _json(default_factory=list)
    languages: list[str] = _json(default_factory=list)
    service_point_id: int | None = Field(default=None, foreign_key="service_points.id", index=True)
    active: bool = True
    on_duty: bool = True
    joined_at: datetime = _time()


class InviteRecord(SQLModel, table=True):
    """A one-time staff invitation; only the code's hash is kept."""

    __tablename__ = "invites"
    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=128, unique=True)
    roles: list[str] = _json(default_factory=list)
    regions: list[str] = _json(default_factory=list)
    service_point_id: int | None = Field(default=None, foreign_key="service_points.id")
    created_at: datetime = _time()
    expires_at: datetime = _time()
    used_at: datetime | None = _time(default=None)
    used_by: int | None = Field(default=None, foreign_key="people.id")


class ReferenceCounterRecord(SQLModel, table=True):
    __tablename__ = "reference_counters"
    year: int = Field(primary_key=True)
    last: int = 0


#: Open cases (not closed, not accepted, withdrawn): the predicate of the partial indexes ``ix_cases_open_*``,
#: written as `storage.staff_queries.OPEN` renders it (a query uses a partial index only when it holds the
#: predicate; docs/performance.md, "Staff queries at a million cases").
CASE_OPEN_SQL = "state NOT IN ('closed', 'not_accepted', 'withdrawn')"
#: Waiting at the window, not an emergency (`storage.staff_queries.WAITING`): new or accepted, or handled
#: states left without a handler.
CASE_WAITING_SQL = (
    "state IN ('accepted', 'new') OR state IN ('agreement', 'follow_up', 'in_progress', 'mediating', "
    "'mediation_pending', 'referred') AND assignee_id IS NULL"
)


#: The states in which an order is its team's (`workflows.orders.TEAM_STATES`, `storage.orders.TEAM`).
ORDER_TEAM_SQL = "state IN ('delivered', 'dispatched', 'scheduled')"

#: Offered to a service point, nobody of it has taken it yet (`storage.staff_queries.mine`).
CASE_OFFERED_SQL = "state = 'dispatched' AND assignee_id IS NULL"


def _partial(name: str, *columns: str, where: str) -> Index:
    return Index(name, *columns, postgresql_where=text(where), sqlite_where=text(where))


class CaseRecord(SQLModel, table=True):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_state_due", "state", "due_at"),
        Index("ix_cases_region_created_at", "region", "created_at"),
        Index("ix_cases_created_at", "created_at"),
        # The staff queries (migration 0018; docs/performance.md, "Staff queries at a million cases"):
        # /cases newest first per region, per region and state (its other columns let /counts count
        # without reading rows), per state for the whole city; the queue's waiting cases by due time;
        # open cases per handler, service point, owner and region (/mine, dispatch loads, overdue).
        Index("ix_cases_region_id", "region", "id", "confidential", "owner_id", "assignee_id"),
        # Her cases and her point's newest first, counted by state from the index alone (migration 0019).
        Index("ix_cases_assignee_id_state", "assignee_id", "id", "state"),
        Index("ix_cases_point_id_state", "service_point_id", "id", "state", "confidential", "assignee_id"),
        Index("ix_cases_region_state_id", "region", "state", "id", "confidential", "owner_id", "assignee_id"),
        Index("ix_cases_region_service_id", "region", "service", "id"),
        Index("ix_cases_state_id", "state", "id"),
        _partial(
            "ix_cases_queue_emergency",
            *("region", "due_at", "id", "confidential", "owner_id", "assignee_id"),
            where="state = 'emergency'",
        ),
        _partial("ix_cases_queue_emergency_due", "due_at", "id", where="state = 'emergency'"),
        _partial(
            "ix_cases_queue_waiting",
            *("region", "due_at", "id", "confidential", "owner_id", "assignee_id"),
            where=CASE_WAITING_SQL,
        ),
        _partial("ix_cases_queue_waiting_due", "due_at", "id", where=CASE_WAITING_SQL),
        # With what her overdue count asks of each case (migration 0019), so it reads no case.
        _partial("ix_cases_open_assignee", "assignee_id", "due_at", "id", "overdue", where=CASE_OPEN_SQL),
        _partial(
            "ix_cases_open_point",
            *("service_point_id", "due_at", "id", "overdue", "confidential", "assignee_id"),
            where=CASE_OPEN_SQL,
        ),
        _partial("ix_cases_offered", "service_point_id", "due_at", "id", where=CASE_OFFERED_SQL),
        _partial("ix_cases_open_owner", "owner_id", where=CASE_OPEN_SQL),
        _partial(
            "ix_cases_open_region",
            "region",
            "id",
            "overdue",
            "due_at",
            "confidential",
            "owner_id",
            "assignee_id",
            where=CASE_OPEN_SQL,
        ),
        _partial("ix_cases_open_id", "id", "overdue", "due_at", where=CASE_OPEN_SQL),
        _partial("ix_cases_open_overdue_due", "overdue", "due_at", where=CASE_OPEN_SQL),
    )
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=32, unique=True)
    state: str = Field(max_length=24)
    service: str = Field(foreign_key="services.code", max_length=32)
    region: str = Field(max_length=32)
    language: str = Field(max_length=16)
    channel: str = Field(max_length=16)
    risk: str = Field(default="low", max_length=16)
    minor_involved: bool = False
    elder_involved: bool = False
    anonymous: bool = True
    no_contact: bool = False
    confidential: bool = False
    contact: str = Field(default="this_chat", max_length=16)
    escalation_level: int = 0
    overdue: bool = False
    reporter_id: int | None = Field(default=None, foreign_key="people.id", index=True)
    owner_id: int | None = Field(default=None, foreign_key="people.id")
    #: Indexed by ``ix_cases_assignee_id_state`` (migration 0019: her cases newest first, with their state).
    assignee_id: int | None = Field(default=None, foreign_key="people.id")
    #: Indexed by ``ix_cases_point_id_state`` (migration 0019).
    service_point_id: int | None = Field(default=None, foreign_key="service_points.id")
    held_from: str | None = Field(default=None, max_length=24)
    held_remaining_s: float | None = None
    pin_hash: str | None = Field(default=None, max_length=200)
    #: Her optional safety PIN, hashed like the PIN: it opens an empty view and alerts staff.
    duress_pin_hash: str | None = Field(default=None, max_length=200)
    #: Blind index (keyed HMAC) of the phone number she or the hotline gave: "earlier cases from this number".
    phone_index: str | None = Field(default=None, max_length=64, index=True)
    version: int = 1
    created_at: datetime = _time()
    state_entered_at: datetime = _time()
    due_at: datetime | None = _time(default=None)
    acknowledged_at: datetime | None = _time(default=None)
    updated_at: datetime = _time()
    #: Never erased while set (a court, the police or a mandatory report needs the record).
    legal_hold: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    #: When her words and identity were erased (retention or her request); the anonymous facts stay.
    erased_at: datetime | None = _time(default=None)
    #: The first accept, dispatch, start of a mediation and close of the case (its events' times, written
    #: by the event log with the event): the figures read the cases alone (migration 0017,
    #: docs/statistics.md).
    accepted_at: datetime | None = _time(default=None)
    dispatched_at: datetime | None = _time(default=None)
    mediation_started_at: datetime | None = _time(default=None)
    closed_at: datetime | None = _time(default=None)


class CaseCountRecord(SQLModel, table=True):
    """How many cases each region has in each state: kept by triggers on ``cases`` in the transaction
    that inserts a case or changes its state, region or overdue flag (migration 0018), so a supervisor's ``/counts``
    reads a few rows instead of counting every case. Only counts: no case, no person."""

    __tablename__ = "case_counts"
    region: str = Field(primary_key=True, max_length=32)
    state: str = Field(primary_key=True, max_length=24)
    #: Flagged overdue by the clock (`cases.overdue`).
    overdue: bool = Field(primary_key=True)
    n: int = 0


class CaseEventRecord(SQLModel, table=True):
    """Append-only audit of transitions; ``seq`` numbers them per case."""

    __tablename__ = "case_events"
    __table_args__ = (
        UniqueConstraint("case_id", "seq"),
        Index("ix_case_events_case_id_trigger_at", "case_id", "trigger", "at"),
        # The figures read a period's events of a trigger (one region or all) from this index alone.
        Index("ix_case_events_trigger_at_region", "trigger", "at", "region", "code", "case_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id")
    seq: int
    at: datetime = _time()
    actor_id: int | None = None
    role: str = Field(max_length=16)
    trigger: str = Field(max_length=32)
    from_state: str = Field(max_length=24)
    to_state: str = Field(max_length=24)
    data: dict[str, Any] = _sealed_json("case_events.data", default_factory=dict)
    #: The one anonymous code of ``data`` the figures group by, kept in plain (`workflows.stats.event_code`:
    #: a referral's agency, the closure code, ...); NULL for other events and those before migration 0015.
    code: str | None = Field(default=None, max_length=32)
    #: The case's region when the event was written (a case's region never changes after it is
    #: registered): a region's events are found without the cases (migration 0017).
    region: str | None = Field(default=None, max_length=32)


class CaseEntryRecord(SQLModel, table=True):
    """Her words, evidence, relayed messages and notes, in order, per case."""

    __tablename__ = "case_entries"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=16)
    at: datetime = _time()
    author_role: str = Field(max_length=16)
    author_id: int | None = None
    text: str = _sealed_text("case_entries.text", default="")
    attachment: dict[str, Any] | None = _sealed_json("case_entries.attachment", default=None)


class AuditRecord(SQLModel, table=True):
    """Reads of cases and refused attempts (transitions live in ``case_events``)."""

    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, index=True)
    actor_id: int | None = None
    action: str = Field(max_length=64)
    outcome: str = Field(max_length=64)
    at: datetime = _time()


class PinGuessRecord(SQLModel, table=True):
    """One PIN guess: where it came from (a keyed hash), the case named if any, when, and how it went.

    ``kind`` says what ``source`` hashes: ``conversation``, ``network`` (the web client's address)
    or ``service`` (the whole service). Only the last day is read; older rows can be purged.
    """

    __tablename__ = "pin_guesses"
    __table_args__ = (
        Index("ix_pin_guesses_source_at", "source", "at"),
        Index("ix_pin_guesses_case_id_at", "case_id", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=64)
    kind: str = Field(max_length=16)
    case_id: int | None = None
    at: datetime = _time(index=True)
    #: ``wrong`` | ``right`` | ``duress`` | ``unknown`` (no such reference) | ``alert`` (spray alert sent)
    outcome: str = Field(max_length=16)


class OutboxRecord(SQLModel, table=True):
    """A message waiting to be delivered; written in the transaction that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_not_before", "status", "not_before"),
        Index("ix_outbox_status_scheme_priority_not_before", "status", "scheme", "priority", "not_before"),
        _partial(
            "ix_outbox_leased_address_id", "address", "id", where="status = 'pending' AND leased_until IS NOT NULL"
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    address: str = Field(max_length=300)
    #: The address's URN scheme: the channel lane that delivers it.
    scheme: str = Field(default="", max_length=32)
    #: 1 for emergency messages, claimed before every other row of their lane.
    priority: int = 0
    message_id: str = Field(max_length=100)
    args: dict[str, Any] = _sealed_json("outbox.args", default_factory=dict)
    locale: str = Field(default="", max_length=16)
    buttons: list[Any] = _json(default_factory=list)
    case_id: int | None = Field(default=None, foreign_key="cases.id")
    status: str = Field(default="pending", max_length=12)  # pending | sent | dead
    attempts: int = 0
    not_before: datetime = _time()
    #: While claimed: when the lease ends (a claim sets it, every outcome clears it). A chat's later
    #: rows wait while an earlier one is leased, by this process or one that died (migration 0021).
    leased_until: datetime | None = _time(default=None)
    #: While leased on PostgreSQL: the advisory lock key the claiming process holds while it runs; a
    #: lease whose holder's lock is free was a dead process's and is taken over (migration 0022).
    leased_by: int | None = Field(default=None, sa_type=BigInteger)
    created_at: datetime = _time()
    sent_at: datetime | None = _time(default=None)
    last_error: str = ""


class ProcessedUpdateRecord(SQLModel, table=True):
    """Inbound updates already handled, so a redelivery has no second effect."""

    __tablename__ = "processed_updates"
    channel: str = Field(primary_key=True, max_length=16)
    update_id: str = Field(primary_key=True, max_length=200)
    at: datetime = _time(index=True)


class ConversationRecord(SQLModel, table=True):
    """Where a conversation stands in its dialog, so a restart resumes it."""

    __tablename__ = "conversations"
    address: str = Field(primary_key=True, max_length=300)
    step: str = Field(default="", max_length=64)
    data: dict[str, Any] = _sealed_json("conversations.data", default_factory=dict)
    updated_at: datetime = _time(index=True)


class ApprovalRecord(SQLModel, table=True):
    """A supervisor's approval asked for (reject by an operator, DV mediation, DV closure)."""

    __tablename__ = "approvals"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    trigger: str = Field(max_length=32)
    data: dict[str, Any] = _sealed_json("approvals.data", default_factory=dict)
    requested_by: int = Field(foreign_key="people.id")
    requested_at: datetime = _time()
    status: str = Field(default="pending", max_length=12)  # pending | approved | refused | failed
    decided_by: int | None = Field(default=None, foreign_key="people.id")
    decided_at: datetime | None = _time(default=None)


class CallbackTaskRecord(SQLModel, table=True):
    """A call the operator owes a hotline caller (what would have been a chat message)."""

    __tablename__ = "callback_tasks"
    __table_args__ = (
        Index("ix_callback_tasks_open", "done_at", "case_id"),
        # The open ones in order, for the queue (migration 0018).
        _partial("ix_callback_tasks_pending", "id", where="done_at IS NULL"),
    )
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id")
    message_id: str = Field(max_length=100)
    args: dict[str, Any] = _sealed_json("callback_tasks.args", default_factory=dict)
    created_at: datetime = _time()
    done_at: datetime | None = _time(default=None)
    done_by: int | None = Field(default=None, foreign_key="people.id")


class ChannelStateRecord(SQLModel, table=True):
    """What a channel keeps across restarts and processes (the Matrix sync token, its rooms): ids only, never words.

    One row per channel account (``key``, e.g. ``matrix:<homeserver> <user>``), so a process that
    takes over the channel on another machine continues from the same place.
    """

    __tablename__ = "channel_state"
    key: str = Field(primary_key=True, max_length=300)
    value: dict[str, Any] = _json(default_factory=dict)
    updated_at: datetime = _time()


class CaseTimerRecord(SQLModel, table=True):
    """A mark of a case's clock (`workflows.timers`): when the clock worker reminds, flags overdue, escalates.

    Written in the transaction that enters the state; cancelled in the one that leaves it. Only
    ids, kinds and times: never words. The partial index holds only what is still pending, so an
    idle poll reads one short index however many timers ever fired.
    """

    __tablename__ = "case_timers"
    __table_args__ = (
        Index(
            "ix_case_timers_pending_due",
            "due_at",
            postgresql_where=text("status = 'pending'"),
            sqlite_where=text("status = 'pending'"),
        ),
        Index("ix_case_timers_case_id_status", "case_id", "status"),
        Index("ix_case_timers_order_id_status", "order_id", "status"),
        Index("ix_case_timers_status_fired_at", "status", "fired_at"),
        CheckConstraint("(case_id IS NULL) <> (order_id IS NULL)", name="one_owner"),
    )
    id: int | None = Field(default=None, primary_key=True)
    #: The case whose clock this is; None for a service order's mark (migration 0014).
    case_id: int | None = Field(default=None, foreign_key="cases.id")
    #: The service order whose clock this is (docs/clock.md, "Service orders"); None for a case's.
    order_id: int | None = Field(default=None, foreign_key="orders.id")
    kind: str = Field(max_length=40)
    #: The state whose clock the mark belongs to.
    state: str = Field(max_length=40)
    due_at: datetime = _time()
    status: str = Field(default="pending", max_length=20)
    created_at: datetime = _time()
    #: When it fired, was skipped (catch-up) or cancelled.
    fired_at: datetime | None = _time(default=None)


class FollowUpRecord(SQLModel, table=True):
    """One follow-up visit (回访) of a resolved case (`workflows.services.follow_up`): round 1 or 2,
    how it went (asked, answered, no answer, not to be contacted, by call-back) and her answers
    as small values (solved: yes / partly / no; satisfaction 1-5). Her comment, her own words, is
    a sealed case entry (kind ``follow_up``), never a column here."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        UniqueConstraint("case_id", "round", name="uq_follow_ups_case_id_round"),
        Index("ix_follow_ups_asked_at", "asked_at"),
        Index("ix_follow_ups_region_asked_at", "region", "asked_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id")
    round: int
    status: str = Field(max_length=20)
    solved: str | None = Field(default=None, max_length=10)
    satisfaction: int | None = Field(default=None)
    asked_at: datetime = _time()
    answered_at: datetime | None = _time(default=None)
    #: The operator who recorded her answers from a call (None: she answered herself).
    recorded_by: int | None = Field(default=None)
    #: The case's region, as on ``case_events`` (migration 0017).
    region: str | None = Field(default=None, max_length=32)


class OrderReferenceCounterRecord(SQLModel, table=True):
    """The last service order number given per year (``HLO-2026-000123``), apart from the cases' own."""

    __tablename__ = "order_reference_counters"
    year: int = Field(primary_key=True)
    last: int = 0


class OrderRecord(SQLModel, table=True):
    """A service order (点单): a lecture, a team visit or a 十送 event ordered for a place
    (`workflows.orders.Order`). Her contact and the place as she named it are sealed."""

    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_state_due", "state", "due_at"),
        # The order lists, soonest due first, per region and state, region, team and state, or all
        # (migration 0018, `storage.orders.find`); the orders each team holds now (`storage.orders.teams`).
        Index("ix_orders_region_state_due", "region", "state", "due_at", "id"),
        Index("ix_orders_region_due", "region", "due_at", "id"),
        Index("ix_orders_team_state_due", "team_id", "state", "due_at", "id"),
        Index("ix_orders_due", "due_at", "id"),
        _partial("ix_orders_team_open", "team_id", where=ORDER_TEAM_SQL),
    )
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=32, unique=True)
    state: str = Field(max_length=24)
    kind: str = Field(max_length=32)
    topic: str = Field(max_length=32)
    region: str = Field(foreign_key="regions.code", max_length=32)
    place_kind: str = Field(max_length=16)
    place_name: str = _sealed_text("orders.place_name", default="")
    language: str = Field(max_length=16)
    format: str = Field(max_length=16)
    audience: int
    preferred_dates: list[str] = _json(default_factory=list)
    contact: dict[str, Any] = _sealed_json("orders.contact", default_factory=dict)
    locale: str = Field(default="", max_length=16)
    channel: str = Field(default="", max_length=16)
    orderer_id: int | None = Field(default=None, foreign_key="people.id", index=True)
    team_id: int | None = Field(default=None, foreign_key="service_points.id", index=True)
    scheduled_at: datetime | None = _time(default=None)
    venue: str = Field(default="", max_length=200)
    pin_hash: str | None = Field(default=None, max_length=200)
    version: int = 1
    created_at: datetime = _time()
    state_entered_at: datetime = _time()
    due_at: datetime | None = _time(default=None)
    updated_at: datetime = _time()


class OrderEventRecord(SQLModel, table=True):
    """Append-only audit of an order's transitions; ``seq`` numbers them per order."""

    __tablename__ = "order_events"
    __table_args__ = (UniqueConstraint("order_id", "seq"),)
    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id")
    seq: int
    at: datetime = _time()
    actor_id: int | None = None
    role: str = Field(max_length=16)
    trigger: str = Field(max_length=32)
    from_state: str = Field(max_length=24)
    to_state: str = Field(max_length=24)
    data: dict[str, Any] = _sealed_json("order_events.data", default_factory=dict)


class OrderAuditRecord(SQLModel, table=True):
    """Refused attempts on orders (and on-the-spot records), like ``audit_log`` for cases."""

    __tablename__ = "order_audit"
    id: int | None = Field(default=None, primary_key=True)
    order_id: int | None = Field(default=None, index=True)
    actor_id: int | None = None
    action: str = Field(max_length=64)
    outcome: str = Field(max_length=64)
    at: datetime = _time()


class EventRecordRecord(SQLModel, table=True):
    """What a team delivered at one event (`workflows.orders.EventRecord`): for an order (at most one
    record each) or on the spot (``order_id`` NULL). The figures are computed from these rows."""

    __tablename__ = "event_records"
    __table_args__ = (Index("ix_event_records_held_on_region", "held_on", "region"),)
    id: int | None = Field(default=None, primary_key=True)
    order_id: int | None = Field(default=None, foreign_key="orders.id", unique=True)
    team_id: int = Field(foreign_key="service_points.id", index=True)
    region: str = Field(foreign_key="regions.code", max_length=32)
    kind: str = Field(max_length=32)
    topics: list[str] = _json(default_factory=list)
    held_on: date
    place_kind: str = Field(max_length=16)
    place_name: str = Field(default="", max_length=200)
    format: str = Field(max_length=16)
    language: str = Field(max_length=16)
    attendees: int
    women_helped: int = 0
    notes: str = _sealed_text("event_records.notes", default="")
    evidence: list[str] = _json(default_factory=list)
    case_ids: list[int] = _json(default_factory=list)
    recorded_by: int | None = Field(default=None, foreign_key="people.id")
    recorded_at: datetime = _time()


class DigestRecord(SQLModel, table=True):
    """A weekly digest sent to a supervisor (`bot.workers.digest`): one row per person and week,
    inserted in the transaction of its outbox row, so no week is sent twice."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("person_id", "week_start", name="uq_digests_person_id_week_start"),)
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="people.id")
    #: The Monday of the week the digest covers (local date).
    week_start: date
    sent_at: datetime = _time()


class DashboardLinkRecord(SQLModel, table=True):
    """A one-time dashboard link (`/dashboard`) and the page session it opened: only hashes are kept."""

    __tablename__ = "dashboard_links"
    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="people.id", index=True)
    token_hash: str = Field(max_length=64, unique=True)
    #: Her regions when the link was made: the page refuses once they changed.
    regions: list[str] = _json(default_factory=list)
    created_at: datetime = _time()
    expires_at: datetime = _time()
    used_at: datetime | None = _time(default=None)
    session_hash: str | None = Field(default=None, max_length=64, unique=True)
    session_expires_at: datetime | None = _time(default=None)
    #: Set when her access ended (`walking-home staff deactivate`, `/leave`).
    revoked: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
