"""Service orders (点单/派单): a woman or a community orders a lecture, a team visit or a 十送 event for
their place; the federation dispatches a fixed home or a mobile team; the team accepts (and the
date, time and place are confirmed) or declines; after the event the team records what it delivered.

Pure, like the case machine (`workflows.machine`, `workflows.rules`): the vocabularies, the order
aggregate, the state machine built once at import with `transitions`, and who may fire what.
Validation of what she orders and of what a team records is `workflows.orders_validation`;
ranking teams is `workflows.orders_ranking`; the figures are `workflows.orders_figures`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from transitions import Machine

from workflows.case import Actor
from workflows.errors import InvalidTransition, MissingData, NotPermitted, WorkflowError
from workflows.vocabulary import Role

# -- vocabularies -------------------------------------------------------------------------------


class OrderKind(StrEnum):
    """What is ordered: a lecture of one of the five kinds, a mobile team's visit, or a 十送 event."""

    LECTURE_TEACHING = "lecture_teaching"  # 教学讲堂
    LECTURE_THEMATIC = "lecture_thematic"  # 专题讲堂
    LECTURE_SERVICE = "lecture_service"  # 服务讲堂
    LECTURE_ACTIVITY = "lecture_activity"  # 活动讲堂
    LECTURE_PUBLICITY = "lecture_publicity"  # 宣传讲堂
    TEAM_VISIT = "team_visit"  # a mobile team's visit, a consultation day
    TEN_DELIVERIES = "ten_deliveries"  # "十送到基层"


#: The five kinds of lecture (讲堂), counted by kind in the figures (场次).
LECTURE_KINDS = (
    OrderKind.LECTURE_TEACHING,
    OrderKind.LECTURE_THEMATIC,
    OrderKind.LECTURE_SERVICE,
    OrderKind.LECTURE_ACTIVITY,
    OrderKind.LECTURE_PUBLICITY,
)


class Topic(StrEnum):
    """The fields the teams deliver in (the seed's own list)."""

    RIGHTS_LAW = "rights_law"
    FAMILY_EDUCATION = "family_education"
    MARRIAGE_FAMILY = "marriage_family"
    MENTAL_HEALTH = "mental_health"
    HEALTH = "health"
    EMPLOYMENT = "employment"
    LITERACY = "literacy"  # science and finance literacy
    RURAL_REVITALISATION = "rural_revitalisation"
    CARE_ELDERLY_CHILDREN = "care_elderly_children"


class PlaceKind(StrEnum):
    GACHA = "gacha"  # a village (嘎查/村)
    COMMUNITY = "community"
    SCHOOL = "school"
    ENTERPRISE = "enterprise"


class DeliveryLanguage(StrEnum):
    MONGOLIAN = "mongolian"
    CHINESE = "chinese"
    BILINGUAL = "bilingual"
    OTHER = "other"


class Format(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"


class PointKind(StrEnum):
    """A service point: a fixed women's home (妇女之家) or a mobile service team (流动服务队)."""

    FIXED_HOME = "fixed_home"
    MOBILE_TEAM = "mobile_team"


#: The catalog locales (and unwritten languages, e.g. Daur ``dta``) a team must speak to deliver
#: in each language; ``bilingual`` needs one of each of Mongolian's and Chinese's.
MONGOLIAN_LOCALES = frozenset({"mn-Mong-CN", "mn-Cyrl-MN"})
CHINESE_LOCALES = frozenset({"zh-Hans-CN"})


def speaks(languages: frozenset[str] | set[str], language: DeliveryLanguage) -> bool:
    """Whether a team speaking ``languages`` (locale codes) can deliver in ``language``."""
    mongolian = bool(MONGOLIAN_LOCALES & set(languages))
    chinese = bool(CHINESE_LOCALES & set(languages))
    if language is DeliveryLanguage.MONGOLIAN:
        return mongolian
    if language is DeliveryLanguage.CHINESE:
        return chinese
    if language is DeliveryLanguage.BILINGUAL:
        return mongolian and chinese
    return bool(set(languages) - MONGOLIAN_LOCALES - CHINESE_LOCALES)


# -- states, triggers, roles --------------------------------------------------------------------


class OrderState(StrEnum):
    #: Pseudo-state of an order being filled in; never stored. ``place`` leaves it.
    DRAFT = "draft"
    REQUESTED = "requested"
    DISPATCHED = "dispatched"
    SCHEDULED = "scheduled"
    DELIVERED = "delivered"
    RECORDED = "recorded"
    CANCELLED = "cancelled"


class OrderTrigger(StrEnum):
    PLACE = "place"
    DISPATCH = "dispatch"
    ACCEPT = "accept"
    DECLINE = "decline"
    RESCHEDULE = "reschedule"
    DELIVER = "deliver"
    RECORD = "record"
    CANCEL = "cancel"


class OrderRole(StrEnum):
    """The role in which someone acts on an order (stored on each order event)."""

    ORDERER = "orderer"  # the person who placed it
    OPERATOR = "operator"
    TEAM = "team"  # a staff member of the service point it is dispatched to
    SUPERVISOR = "supervisor"
    SYSTEM = "system"


#: Orders no trigger leaves.
DONE_STATES = frozenset({OrderState.RECORDED, OrderState.CANCELLED})
#: Orders that may still be cancelled or changed: nothing has been delivered yet.
OPEN_STATES = frozenset({OrderState.REQUESTED, OrderState.DISPATCHED, OrderState.SCHEDULED})
#: States in which a team holds the order.
TEAM_STATES = frozenset({OrderState.DISPATCHED, OrderState.SCHEDULED, OrderState.DELIVERED})

_OPEN = sorted(OPEN_STATES, key=list(OrderState).index)

TRANSITIONS: list[dict] = [
    {"trigger": OrderTrigger.PLACE, "source": OrderState.DRAFT, "dest": OrderState.REQUESTED},
    {"trigger": OrderTrigger.DISPATCH, "source": OrderState.REQUESTED, "dest": OrderState.DISPATCHED},
    {"trigger": OrderTrigger.ACCEPT, "source": OrderState.DISPATCHED, "dest": OrderState.SCHEDULED},
    {
        "trigger": OrderTrigger.DECLINE,
        "source": [OrderState.DISPATCHED, OrderState.SCHEDULED],
        "dest": OrderState.REQUESTED,
    },
    {"trigger": OrderTrigger.RESCHEDULE, "source": OrderState.SCHEDULED, "dest": OrderState.SCHEDULED},
    {"trigger": OrderTrigger.DELIVER, "source": OrderState.SCHEDULED, "dest": OrderState.DELIVERED},
    {"trigger": OrderTrigger.RECORD, "source": OrderState.DELIVERED, "dest": OrderState.RECORDED},
    {"trigger": OrderTrigger.CANCEL, "source": _OPEN, "dest": OrderState.CANCELLED},
]


def _build() -> Machine:
    return Machine(
        model=None,
        states=list(OrderState),
        transitions=[{**t, "trigger": t["trigger"].value} for t in TRANSITIONS],
        initial=OrderState.DRAFT,
        auto_transitions=False,
        send_event=True,
    )


MACHINE = _build()

_SOURCES = {
    trigger: frozenset(OrderState[name] for name in MACHINE.events[trigger.value].transitions)
    for trigger in OrderTrigger
}


def sources_of(trigger: OrderTrigger) -> frozenset[OrderState]:
    return _SOURCES[trigger]


def can_fire(state: OrderState, trigger: OrderTrigger) -> bool:
    return state in sources_of(trigger)


def fire(order: Order, trigger: OrderTrigger) -> OrderState:
    """Move ``order`` along ``trigger``; return the state it came from (the caller checked it may)."""
    source = order.state
    if not MACHINE.events[trigger.value].trigger(order):
        raise RuntimeError(f"{trigger.value} did not move order from {source.value}")
    return source


def mermaid() -> str:
    """The order machine as a Mermaid state diagram, generated from `TRANSITIONS`."""
    lines = ["stateDiagram-v2", f"    [*] --> {OrderState.DRAFT.value}"]
    seen: set[tuple[str, str, str]] = set()
    for spec in TRANSITIONS:
        sources = spec["source"] if isinstance(spec["source"], list) else [spec["source"]]
        for source in sources:
            key = (source.value, spec["dest"].value, spec["trigger"].value)
            if key not in seen:
                seen.add(key)
                lines.append(f"    {key[0]} --> {key[1]}: {key[2]}")
    return "\n".join(lines) + "\n"


# -- references ---------------------------------------------------------------------------------

#: Orders have their own prefix: a case reference (``HLB-…``) never opens an order, nor the reverse.
ORDER_PREFIX = "HLO"
ORDER_PATTERN = re.compile(r"^HLO-([0-9]{4})-([0-9]{6})$")
_DASHES = str.maketrans({ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"})


def format_order_reference(year: int, number: int) -> str:
    return f"{ORDER_PREFIX}-{year:04d}-{number:06d}"


def normalize_order_reference(text: str) -> str | None:
    """An order reference as typed (any case, spaces, full-width digits) -> canonical form, or None."""
    folded = unicodedata.normalize("NFKC", text or "").translate(_DASHES)
    plain = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)
    cleaned = "".join(ch for ch in plain.upper() if not ch.isspace())
    return cleaned if ORDER_PATTERN.match(cleaned) else None


# -- the aggregate ------------------------------------------------------------------------------


@dataclass
class Order:
    """One order's whole life; loaded for each command, never kept between messages.

    ``contact`` (her name and phone, as she gave them) and ``place_name`` are her words: sealed at rest.
    """

    reference: str
    kind: OrderKind
    topic: Topic
    region: str
    place_kind: PlaceKind
    place_name: str
    language: DeliveryLanguage
    format: Format
    audience: int
    preferred_dates: tuple[date, ...] = ()
    contact: dict[str, str] = field(default_factory=dict)
    #: The locale she writes in: what she is told comes in it.
    locale: str = ""
    channel: str = ""
    state: OrderState = OrderState.DRAFT
    id: int | None = None
    version: int = 0
    orderer_id: int | None = None
    team_id: int | None = None
    scheduled_at: datetime | None = None
    venue: str = ""
    pin_hash: str | None = None
    created_at: datetime | None = None
    state_entered_at: datetime | None = None
    due_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_lecture(self) -> bool:
        return self.kind in LECTURE_KINDS


@dataclass(frozen=True)
class OrderEvent:
    """One audited transition of an order: append-only, numbered per order."""

    order_id: int
    seq: int
    at: datetime
    actor_id: int | None
    role: OrderRole
    trigger: OrderTrigger
    from_state: OrderState
    to_state: OrderState
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OrderAudit:
    """A refused attempt on an order (or a read worth keeping): who, what, when, outcome."""

    order_id: int | None
    actor_id: int | None
    action: str
    outcome: str
    at: datetime


@dataclass(frozen=True)
class EventRecord:
    """What a team delivered at one event: for an order, or on the spot (随机, ``order_id`` None).

    ``notes`` are staff words, sealed at rest; ``evidence`` are names in the evidence store;
    ``case_ids`` are the women's cases opened on the spot from the event.
    """

    team_id: int
    region: str
    kind: OrderKind
    topics: tuple[Topic, ...]
    held_on: date
    place_kind: PlaceKind
    place_name: str
    format: Format
    language: DeliveryLanguage
    attendees: int
    women_helped: int
    recorded_by: int | None
    recorded_at: datetime
    order_id: int | None = None
    notes: str = ""
    evidence: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()
    id: int | None = None

    @property
    def on_the_spot(self) -> bool:
        return self.order_id is None


@dataclass(frozen=True)
class TeamProfile:
    """A service point as an order sees it: what it delivers, where, in which languages, how busy."""

    id: int
    name: str
    kind: PointKind
    region: str
    topics: frozenset[str]
    languages: frozenset[str]
    travels_to: frozenset[str] = frozenset()
    capacity: int = 10
    open_orders: int = 0

    def reaches(self, region: str) -> bool:
        return region == self.region or region in self.travels_to


@dataclass(frozen=True)
class OrderFilter:
    """Which orders a list shows; every field narrows (None: no narrowing)."""

    #: The regions of the orders (None: every region; empty: none).
    regions: frozenset[str] | None = None
    states: frozenset[OrderState] | None = None
    kind: OrderKind | None = None
    topic: Topic | None = None
    team_id: int | None = None
    #: Placed from ``created_from`` (included) to ``created_until`` (excluded).
    created_from: datetime | None = None
    created_until: datetime | None = None


# -- errors -------------------------------------------------------------------------------------


class OrderNotFound(WorkflowError):
    code = "orders-error-not-found"

    def __init__(self, *, reference: str) -> None:
        super().__init__(f"no order {reference}", reference=reference)
        self.reference = reference


class StaleOrder(WorkflowError):
    code = "orders-error-stale"

    def __init__(self, *, reference: str) -> None:
        super().__init__(f"order {reference} changed meanwhile", reference=reference)
        self.reference = reference


# -- who may fire what --------------------------------------------------------------------------

ORD, W, TM, S, SYS = OrderRole.ORDERER, OrderRole.OPERATOR, OrderRole.TEAM, OrderRole.SUPERVISOR, OrderRole.SYSTEM

#: Roles allowed per trigger. A supervisor may do what an operator may (in her regions).
TRIGGER_ROLES: dict[OrderTrigger, tuple[OrderRole, ...]] = {
    OrderTrigger.PLACE: (ORD, W),  # W: an operator takes an order by phone for a community
    OrderTrigger.DISPATCH: (W,),
    OrderTrigger.ACCEPT: (TM,),
    OrderTrigger.DECLINE: (TM, SYS),  # SYS: hands back an order whose team can no longer take it
    OrderTrigger.RESCHEDULE: (TM, W),
    OrderTrigger.DELIVER: (TM, W),
    OrderTrigger.RECORD: (TM, W),
    OrderTrigger.CANCEL: (ORD, W),
}

#: Staff roles whose holder, attached to a service point, acts for it as its team.
_TEAM_MEMBER_ROLES = frozenset({Role.MEDIATOR, Role.OPERATOR, Role.SUPERVISOR})


def allowed_roles(trigger: OrderTrigger) -> tuple[OrderRole, ...]:
    roles = TRIGGER_ROLES[trigger]
    if W in roles and S not in roles:
        roles = (*roles, S)
    return roles


def _holds(actor: Actor, role: OrderRole) -> bool:
    if role is ORD:
        return actor.id is not None
    if role is W:
        return Role.OPERATOR in actor.roles
    if role is S:
        return Role.SUPERVISOR in actor.roles
    if role is TM:
        return actor.service_point_id is not None and bool(actor.roles & _TEAM_MEMBER_ROLES)
    return Role.SYSTEM in actor.roles


def _in_scope(order: Order, actor: Actor, role: OrderRole, trigger: OrderTrigger) -> str | None:
    """None when ``actor`` acting as ``role`` may touch ``order``; else the reason code."""
    if role is SYS:
        return None
    if role is ORD:
        if trigger is OrderTrigger.PLACE:
            return None
        return None if order.orderer_id is not None and actor.id == order.orderer_id else "not_orderer"
    if role is TM:
        return None if order.team_id is not None and actor.service_point_id == order.team_id else "not_team"
    return None if actor.covers_region(order.region) else "other_region"


def acting_role(order: Order, actor: Actor, trigger: OrderTrigger) -> OrderRole:
    """The role in which ``actor`` fires ``trigger`` on ``order``, or `NotPermitted` with the reason.

    A supervisor acts as supervisor before operator; the team before the window (the team's own
    member records what the team did); the orderer last (a staff member ordering for a community
    acts as staff where she may)."""
    order_of_roles = (S, W, TM, SYS, ORD)
    reason = "role"
    for role in sorted(allowed_roles(trigger), key=order_of_roles.index):
        if not _holds(actor, role):
            continue
        problem = _in_scope(order, actor, role, trigger)
        if problem is None:
            return role
        reason = problem
    raise NotPermitted(trigger=trigger.value, reason=reason)


def _need(data: Mapping, trigger: OrderTrigger, *names: str) -> None:
    for name in names:
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise MissingData(trigger=trigger.value, field=name)


def check_data(order: Order, role: OrderRole, trigger: OrderTrigger, data: Mapping, now: datetime) -> None:
    """The trigger's guard on its data (`MissingData` / `NotPermitted`); orders and records are
    validated in full by `workflows.orders_validation` before they reach here."""
    t = trigger
    if t is OrderTrigger.DISPATCH:
        _need(data, t, "team_id")
    elif t in (OrderTrigger.ACCEPT, OrderTrigger.RESCHEDULE):
        _need(data, t, "scheduled_at", "venue")
        when = data["scheduled_at"]
        if not isinstance(when, datetime) or when.tzinfo is None:
            raise MissingData(trigger=t.value, field="scheduled_at")
        if when < now:
            raise NotPermitted(trigger=t.value, reason="date_in_past")
    elif t in (OrderTrigger.DECLINE, OrderTrigger.CANCEL):
        _need(data, t, "reason")
    elif t is OrderTrigger.DELIVER:
        _need(data, t, "held_on")
    elif t is OrderTrigger.RECORD:
        _need(data, t, "record_id")


def check(order: Order, actor: Actor, trigger: OrderTrigger, data: Mapping, now: datetime) -> OrderRole:
    """Every guard of ``trigger`` on ``order``; return the role the actor acts in."""
    if not can_fire(order.state, trigger):
        raise InvalidTransition(trigger=trigger.value, state=order.state.value)
    role = acting_role(order, actor, trigger)
    check_data(order, role, trigger, data, now)
    return role


def may_fire(order: Order, actor: Actor, trigger: OrderTrigger) -> bool:
    """State allows it and the actor's role and scope do (data guards are checked when she acts)."""
    if not can_fire(order.state, trigger):
        return False
    try:
        acting_role(order, actor, trigger)
    except NotPermitted:
        return False
    return True


def _dispatch(order: Order, actor: Actor, data: Mapping) -> None:
    order.team_id = int(data["team_id"])
    order.scheduled_at = None
    order.venue = ""


def _schedule(order: Order, actor: Actor, data: Mapping) -> None:
    order.scheduled_at = data["scheduled_at"]
    order.venue = str(data["venue"]).strip()


def _decline(order: Order, actor: Actor, data: Mapping) -> None:
    order.team_id = None
    order.scheduled_at = None
    order.venue = ""


#: What a trigger changes beside the state (run after the machine moved the order).
EFFECTS: dict[OrderTrigger, Callable[[Order, Actor, Mapping], None]] = {
    OrderTrigger.DISPATCH: _dispatch,
    OrderTrigger.ACCEPT: _schedule,
    OrderTrigger.RESCHEDULE: _schedule,
    OrderTrigger.DECLINE: _decline,
}


def replay(events: list[OrderEvent]) -> OrderState:
    """Re-fire the recorded triggers on a blank order: the state they lead to (raises on a gap)."""
    probe = Order(
        reference="replay",
        kind=OrderKind.TEAM_VISIT,
        topic=Topic.HEALTH,
        region="",
        place_kind=PlaceKind.GACHA,
        place_name="",
        language=DeliveryLanguage.CHINESE,
        format=Format.ON_SITE,
        audience=1,
    )
    for event in sorted(events, key=lambda e: e.seq):
        if probe.state is not event.from_state:
            raise ValueError(f"event {event.seq} starts at {event.from_state.value}, replay is at {probe.state.value}")
        fire(probe, event.trigger)
        if probe.state is not event.to_state:
            raise ValueError(f"event {event.seq} ends at {event.to_state.value}, replay at {probe.state.value}")
    return probe.state
