"""The ports the services need, as small Protocols; `storage` implements them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any, Protocol

from workflows.case import Actor, Case
from workflows.dashboard_links import LinkState
from workflows.dispatch import Candidate
from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice
from workflows.follow_ups import FollowUp
from workflows.orders import EventRecord, Order, OrderAudit, OrderEvent, OrderFilter, OrderState, TeamProfile
from workflows.readmodels import CaseFilter, Joined, TurnContext
from workflows.stats import CaseFigures, CaseRow, Period, Scope
from workflows.timers import Mark, Timer
from workflows.vocabulary import State


class CaseRepository(Protocol):
    async def get(self, reference: str) -> Case | None: ...

    async def get_by_id(self, case_id: int) -> Case | None: ...

    async def add(self, case: Case) -> Case: ...

    async def mark_acknowledged(self, case_id: int, at: datetime) -> bool:
        """Record the first acknowledgement of the case's emergency; False when it had one."""

    async def set_confidential(self, case_id: int, confidential: bool) -> None: ...

    async def save(self, case: Case, expected_version: int) -> None:
        """Write ``case`` if its stored version is still ``expected_version``; else `StaleCase`."""


class EventLog(Protocol):
    async def append(self, event: CaseEvent) -> None: ...

    async def for_case(self, case_id: int) -> Sequence[CaseEvent]: ...


class Outbox(Protocol):
    #: The unit of work's clock reading (when its rows are created).
    now: datetime

    async def put(self, notice: OutgoingNotice, *, not_before: datetime | None = None) -> None: ...

    async def put_many(self, notices: list[OutgoingNotice]) -> None: ...

    async def cancel_pending(self, address: str, *, reason: str) -> int:
        """Drop what still waits for ``address`` (after her quick exit); return how many rows."""


class CaseEntries(Protocol):
    async def add(self, entry: CaseEntry) -> None: ...

    async def for_case(self, case_id: int) -> Sequence[CaseEntry]: ...


class AuditLog(Protocol):
    async def record(self, entry: AuditEntry) -> None: ...


class ReferenceSequence(Protocol):
    async def next_number(self, year: int) -> int: ...


class People(Protocol):
    """Persons behind chat addresses, their locale, and staff seen as actors."""

    async def addresses_of(self, person_id: int) -> list[str]: ...

    async def locale_of(self, person_id: int) -> str: ...

    async def set_locale(self, person_id: int, locale: str) -> None: ...

    async def relink_identity(self, address: str, person_id: int) -> None:
        """Point ``address`` at ``person_id`` (she proved the case is hers)."""

    async def staff_actor(self, person_id: int) -> Actor | None:
        """The person as an active staff member, or None."""

    async def on_duty_addresses(self, region: str) -> list[tuple[str, str]]:
        """(address, locale) of the staff at the window (operators, supervisors) covering ``region``."""


class StaffAccounts(Protocol):
    """Joining by invitation, leaving, and whether someone is still staff."""

    async def redeem_invite(self, code: str, *, person_id: int, now: datetime, name: str = "") -> Joined:
        """Use a code once; raises `workflows.readmodels.InviteError`."""

    async def deactivate(self, person_id: int) -> bool: ...

    async def is_active(self, person_id: int) -> bool: ...

    async def set_on_duty(self, person_id: int, on_duty: bool) -> bool:
        """`/duty on|off`: whether emergencies page her; False when she is not active staff."""

    async def is_on_duty(self, person_id: int) -> bool: ...


class StaffViews(Protocol):
    """What staff see: queues, lists, counts, names; always within the actor's scope."""

    async def is_visible(self, actor: Actor, case_id: int) -> bool: ...

    async def queue(self, actor: Actor, limit: int = 30) -> list[Case]: ...

    async def mine(self, actor: Actor, limit: int = 30) -> list[Case]: ...

    async def find(self, actor: Actor, filters: CaseFilter, now: datetime, limit: int = 30) -> list[Case]: ...

    async def counts_by_state(self, actor: Actor) -> dict[str, int]: ...

    async def overdue_count(self, actor: Actor, now: datetime) -> int:
        """Open cases in her scope that are overdue (flagged by the clock, or past due at ``now``): `/cases overdue`."""

    async def open_cases_naming(self, person_id: int) -> list[Case]:
        """Open cases whose owner or assignee is ``person_id``."""

    async def staff_names(self, ids: Iterable[int | None]) -> dict[int, str]: ...

    async def point_name(self, point_id: int | None) -> str: ...

    async def dispatch_candidates(self) -> list[Candidate]: ...

    async def staff_of_point(self, point_id: int) -> list[int]: ...

    async def supervisors_for(self, region: str) -> list[int]: ...

    async def open_callbacks(self, actor: Actor, limit: int = 30) -> list[dict]: ...

    async def acknowledgements(self, case_id: int) -> list[tuple[int | None, datetime]]:
        """Who acknowledged the case's emergencies and when, oldest first."""


class ReporterViews(Protocol):
    """What a woman sees of her own cases."""

    async def cases_of_reporter(self, person_id: int, limit: int = 20) -> list[Case]: ...

    async def latest_open_case(self, person_id: int) -> Case | None: ...


class Approvals(Protocol):
    """Requests for a supervisor's approval (of a trigger or an erasure)."""

    async def request(
        self, *, case_id: int, trigger: str, data: dict[str, Any], requested_by: int, now: datetime
    ) -> int: ...

    async def get(self, approval_id: int) -> dict[str, Any] | None: ...

    async def pending(self, case_id: int, trigger: str) -> bool:
        """Whether a request for ``trigger`` on the case waits for a decision."""

    async def decide(self, approval_id: int, *, approved: bool, by: int, now: datetime) -> bool:
        """Record the decision once; False when it was decided already."""

    async def mark_failed(self, approval_id: int) -> None: ...


class CallbackTasks(Protocol):
    """Calls an operator owes a woman who is not written to in chat."""

    async def add(self, *, case_id: int, message_id: str, args: dict[str, Any], now: datetime) -> int: ...

    async def get(self, task_id: int) -> dict[str, Any] | None: ...

    async def mark_done(self, task_id: int, *, by: int, now: datetime) -> bool: ...


class PinGuesses(Protocol):
    """Wrong and right PIN guesses by source, and the duress PINs."""

    async def record(self, *, source: str, kind: str, case_id: int | None, at: datetime, outcome: str) -> None: ...

    async def wrong_times(self, source: str, since: datetime) -> list[datetime]: ...

    async def wrong_on_case(self, source: str, case_id: int, since: datetime) -> list[datetime]: ...

    async def service_wrong(self, since: datetime) -> tuple[list[datetime], int]: ...

    async def last_alert(self, since: datetime) -> datetime | None: ...

    async def duress_hashes(self, case_ids: list[int]) -> dict[int, str | None]: ...

    async def set_duress(self, case_ids: list[int], hashed: str) -> None: ...

    async def duress_alerts(self, case_id: int) -> list[datetime]: ...


class PhoneIndex(Protocol):
    """A blind index of callers' numbers: earlier cases from the same phone."""

    async def remember_phone(self, case_id: int, phone: str) -> str | None: ...

    async def earlier_references(
        self, index: str, actor: Actor, *, exclude_case_id: int, limit: int = 5
    ) -> list[str]: ...


class Conversations(Protocol):
    """Where each chat address's dialog stands, and which updates were handled."""

    async def begin_turn(self, *, channel: str, update_id: str, address: str, now: datetime) -> TurnContext | None:
        """None when this update was handled before; else who is writing and where her dialog stands."""

    async def load(self, address: str) -> tuple[str, dict[str, Any]] | None: ...

    async def save(self, address: str, step: str, data: dict[str, Any], now: datetime) -> None: ...

    async def last_turn_at(self, address: str) -> datetime | None:
        """When the address's dialog was last saved (her last message); None when it has no row."""


class Erasure(Protocol):
    """Erasing a done case's words and identity (retention and her data rights)."""

    async def legal_hold(self, case_id: int) -> bool: ...

    async def erase_case(self, case_id: int, *, now: datetime, reason: str) -> set[str]:
        """Erase in this transaction; return evidence names to delete after commit. Raises `NotErasable`."""

    async def referenced_files(self) -> set[str]: ...

    async def held_by_cases(self, names: set[str]) -> set[str]:
        """Which of these evidence files a registered case holds (an abandoned intake's others may go)."""

    async def erase_order(self, order_id: int, *, now: datetime, reason: str) -> None:
        """Erase a done service order's personal fields (her contact, the place she named, the link to
        her) in this transaction; the anonymous facts stay. Raises `NotErasable` (open, erased, missing)."""

    async def done_orders_of(self, person_id: int) -> list[int]:
        """Her done service orders (recorded, cancelled) whose personal fields are not erased yet."""


class CaseTimers(Protocol):
    """The marks of each case's clock, as rows (`workflows.timers`; the clock worker fires them)."""

    async def schedule(self, case_id: int, state: State, marks: Sequence[Mark]) -> None:
        """Store ``marks`` as pending timers of the case in ``state``."""

    async def cancel(self, case_id: int, *, including_paused: bool = True) -> int:
        """Cancel the case's pending timers, and its paused ones unless told not to; return how many."""

    async def pause(self, case_id: int) -> int:
        """Pause the case's pending timers (it went on hold); return how many."""

    async def resume(self, case_id: int, *, paused_at: datetime, now: datetime) -> int:
        """Make the paused timers pending again, each later by the time on hold; return how many."""

    async def claim_due(self, now: datetime, limit: int) -> list[Timer]:
        """Up to ``limit`` pending timers due by ``now``, earliest first, with their cases' other due
        pending timers; locked until this transaction ends, and skipped by other claimers meanwhile."""

    async def settle(self, timer_id: int, status: str, at: datetime) -> None:
        """Record that a claimed timer fired, was skipped or cancelled at ``at``."""

    async def of_case(self, case_id: int) -> list[Timer]:
        """Every timer of the case, by due time."""

    async def next_due(self) -> datetime | None:
        """When the earliest pending timer is due (None: nothing pending)."""

    async def unscheduled(self, states: Sequence[State], limit: int) -> list[int]:
        """Ids of open cases in ``states`` with a due time and no timer of their state that is not
        cancelled: cases from before the clock (or written without it), up to ``limit``."""

    async def schedule_order(self, order_id: int, state: OrderState, marks: Sequence[Mark]) -> None:
        """Store ``marks`` as pending timers of the service order in ``state`` (docs/clock.md)."""

    async def cancel_order(self, order_id: int) -> int:
        """Cancel the order's pending timers; return how many."""

    async def of_order(self, order_id: int) -> list[Timer]:
        """Every timer of the service order, by due time."""


class FollowUps(Protocol):
    """The follow-up visits (回访) of resolved cases (`workflows.follow_ups`)."""

    async def add(self, *, case_id: int, round: int, status: str, now: datetime) -> bool:
        """Store that the round was asked (or why not); False when that round already was."""

    async def get(self, case_id: int, round: int) -> FollowUp | None: ...

    async def of_case(self, case_id: int) -> list[FollowUp]: ...

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
        """Set the round's outcome if its status is one of ``awaiting``; False if it was not."""

    async def concerns(self, limit: int = 30) -> list[int]:
        """Ids of cases still in follow-up whose answer was "no" or "partly", latest answer first."""


class Orders(Protocol):
    """Service orders (点单/派单, `workflows.orders`): the orders, their audited events and refused
    attempts, the event records teams keep, the teams, and the counts the figures need."""

    async def next_number(self, year: int) -> int:
        """The next order number of ``year`` (``HLO-``), apart from the cases' numbers; rolls back with the transaction."""

    async def add(self, order: Order) -> Order:
        """Store a new order; return it with its id."""

    async def get(self, reference: str) -> Order | None: ...

    async def get_by_id(self, order_id: int) -> Order | None: ...

    async def save(self, order: Order, expected_version: int) -> None:
        """Write ``order`` if its stored version is still ``expected_version``; else `StaleOrder`."""

    async def append_event(self, event: OrderEvent) -> None: ...

    async def events_of(self, order_id: int) -> list[OrderEvent]:
        """The order's events by sequence number."""

    async def record_audit(self, entry: OrderAudit) -> None: ...

    async def audit_of(self, order_id: int | None) -> list[OrderAudit]:
        """The refusals on the order (None: those on no order, such as on-the-spot records), oldest first."""

    async def add_record(self, record: EventRecord) -> EventRecord:
        """Store what a team delivered; return it with its id. One record per order at most."""

    async def record_of(self, order_id: int) -> EventRecord | None: ...

    async def records(self, first: date, last: date, region: str | None) -> list[EventRecord]:
        """Records held from ``first`` to ``last`` (both included) in ``region`` (None: every region), by date then id."""

    async def teams(self) -> list[TeamProfile]:
        """Active service points, each with the orders it holds now (dispatched, scheduled, delivered), by id."""

    async def team(self, point_id: int) -> TeamProfile | None:
        """The active service point ``point_id`` as a team; None if there is none or it is not active."""

    async def point_counts(self, region: str | None) -> tuple[int, int]:
        """(fixed homes, mobile teams) active in ``region`` (None: everywhere)."""

    async def cases_opened(self, since: datetime, until: datetime, region: str | None) -> int:
        """Cases registered from ``since`` (included) to ``until`` (excluded) in ``region`` (None: all)."""

    async def of_orderer(self, person_id: int, limit: int = 20) -> list[Order]:
        """Her orders, newest first."""

    async def find(self, filters: OrderFilter, limit: int = 30) -> list[Order]:
        """Orders matching every field of ``filters``, soonest due first (none due last), then oldest first."""


class StatsQueries(Protocol):
    """The supervisor figures (`workflows.stats`), aggregated in the database: never a row per case
    in memory. Scope checks and the small-cell rule are the use case's (`workflows.services.stats`)."""

    async def case_figures(self, period: Period, scope: Scope, tz: tzinfo, now: datetime) -> CaseFigures:
        """Every case figure of ``period`` (local days in ``tz``) in ``scope``; ``overdue_now`` at ``now``.
        ``orders`` is left None (the use case adds the service orders' figures)."""

    def case_rows(self, since: datetime, until: datetime, scope: Scope) -> AsyncIterator[CaseRow]:
        """The pseudonymised list of cases registered from ``since`` to ``until`` (excluded) in
        ``scope``, oldest first, streamed; confidential cases are never in it."""

    async def point_region(self, point_id: int) -> str | None:
        """The region of service point ``point_id`` (None: no such point)."""


class DashboardLinks(Protocol):
    """One-time dashboard links and the page sessions they open (`workflows.dashboard_links`): hashes only."""

    async def add(
        self, *, person_id: int, token_hash: str, regions: Sequence[str], now: datetime, expires_at: datetime
    ) -> None:
        """Keep a new link (and forget her links and sessions that ended before ``now``)."""

    async def redeem(
        self, token_hash: str, *, now: datetime, session_hash: str, session_expires_at: datetime
    ) -> LinkState:
        """Use the link once: ``ok`` starts the session; else unknown, used, expired or revoked
        (of two at once, one gets ``ok`` and the other ``used``)."""

    async def by_session(self, session_hash: str, *, now: datetime) -> LinkState:
        """The session's link: ``ok`` while the session lasts; else unknown, expired or revoked."""

    async def revoke(self, person_id: int) -> int:
        """End every link and session of hers (her access ended); how many there were."""


class UnitOfWork(Protocol):
    """One transaction: rolled back on leaving unless `commit` was called."""

    cases: CaseRepository
    events: EventLog
    outbox: Outbox
    references: ReferenceSequence
    entries: CaseEntries
    audit: AuditLog
    people: People
    staff: StaffAccounts
    staff_views: StaffViews
    reporter_views: ReporterViews
    approvals: Approvals
    callbacks: CallbackTasks
    pin_guesses: PinGuesses
    phones: PhoneIndex
    conversations: Conversations
    erasure: Erasure
    timers: CaseTimers
    follow_ups: FollowUps
    orders: Orders
    stats: StatsQueries
    dashboard_links: DashboardLinks

    async def __aenter__(self) -> UnitOfWork: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` (may return an awaitable) after the outermost commit, never after a rollback."""


class Publisher(Protocol):
    """Hands a domain event to its handlers inside the same unit of work (`workflows.publishing`)."""

    async def __call__(self, uow: UnitOfWork, event: object) -> None: ...
