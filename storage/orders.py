"""The service order tables (`workflows.orders`): orders, their events and refusals, event records,
the teams' attributes, and the counts the figures need (the `Orders` port, `SqlOrders`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, insert, literal_column, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import (
    CaseRecord,
    EventRecordRecord,
    OrderAuditRecord,
    OrderEventRecord,
    OrderRecord,
    OrderReferenceCounterRecord,
    ServicePointRecord,
)
from storage.repositories import upsert
from workflows.orders import (
    TEAM_STATES,
    DeliveryLanguage,
    EventRecord,
    Format,
    Order,
    OrderAudit,
    OrderEvent,
    OrderFilter,
    OrderKind,
    OrderRole,
    OrderState,
    OrderTrigger,
    PlaceKind,
    PointKind,
    StaleOrder,
    TeamProfile,
    Topic,
)

ORDERS = OrderRecord.__table__
EVENTS = OrderEventRecord.__table__
AUDIT = OrderAuditRecord.__table__
RECORDS = EventRecordRecord.__table__
COUNTERS = OrderReferenceCounterRecord.__table__
POINTS = ServicePointRecord.__table__
CASES = CaseRecord.__table__
#: The team's states written into the SQL: the predicate of the partial index ``ix_orders_team_open``
#: (`storage.records.ORDER_TEAM_SQL`; why literal: `storage.staff_queries._literals`).
TEAM = ORDERS.c.state.in_([literal_column(f"'{s}'") for s in sorted(s.value for s in TEAM_STATES)])
#: More parts than this and `find` walks one per region only, the states as a filter.
MAX_PARTS = 40


def _values(order: Order) -> dict:
    return {
        "reference": order.reference,
        "state": order.state.value,
        "kind": order.kind.value,
        "topic": order.topic.value,
        "region": order.region,
        "place_kind": order.place_kind.value,
        "place_name": order.place_name,
        "language": order.language.value,
        "format": order.format.value,
        "audience": order.audience,
        "preferred_dates": [d.isoformat() for d in order.preferred_dates],
        "contact": dict(order.contact),
        "locale": order.locale,
        "channel": order.channel,
        "orderer_id": order.orderer_id,
        "team_id": order.team_id,
        "scheduled_at": order.scheduled_at,
        "venue": order.venue,
        "pin_hash": order.pin_hash,
        "version": order.version,
        "created_at": order.created_at,
        "state_entered_at": order.state_entered_at,
        "due_at": order.due_at,
    }


def _order(row) -> Order:
    return Order(
        reference=row.reference,
        kind=OrderKind(row.kind),
        topic=Topic(row.topic),
        region=row.region,
        place_kind=PlaceKind(row.place_kind),
        place_name=row.place_name or "",
        language=DeliveryLanguage(row.language),
        format=Format(row.format),
        audience=row.audience,
        preferred_dates=tuple(date.fromisoformat(d) for d in row.preferred_dates or ()),
        contact=dict(row.contact or {}),
        locale=row.locale,
        channel=row.channel,
        state=OrderState(row.state),
        id=row.id,
        version=row.version,
        orderer_id=row.orderer_id,
        team_id=row.team_id,
        scheduled_at=row.scheduled_at,
        venue=row.venue,
        pin_hash=row.pin_hash,
        created_at=row.created_at,
        state_entered_at=row.state_entered_at,
        due_at=row.due_at,
    )


def _record(row) -> EventRecord:
    return EventRecord(
        team_id=row.team_id,
        region=row.region,
        kind=OrderKind(row.kind),
        topics=tuple(Topic(t) for t in row.topics or ()),
        held_on=row.held_on,
        place_kind=PlaceKind(row.place_kind),
        place_name=row.place_name,
        format=Format(row.format),
        language=DeliveryLanguage(row.language),
        attendees=row.attendees,
        women_helped=row.women_helped,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        order_id=row.order_id,
        notes=row.notes or "",
        evidence=tuple(row.evidence or ()),
        case_ids=tuple(row.case_ids or ()),
        id=row.id,
    )


async def next_number(session: AsyncSession, year: int) -> int:
    """The next order number of ``year``: counted in the transaction (rolled back with it)."""
    insert_ = upsert(session)
    await session.execute(insert_(COUNTERS).values(year=year, last=0).on_conflict_do_nothing())
    result = await session.execute(
        update(COUNTERS).where(COUNTERS.c.year == year).values(last=COUNTERS.c.last + 1).returning(COUNTERS.c.last)
    )
    return result.scalar_one()


async def add(session: AsyncSession, order: Order) -> Order:
    stamp = order.state_entered_at or order.created_at
    result = await session.execute(insert(ORDERS).values(**_values(order), updated_at=stamp).returning(ORDERS.c.id))
    order.id = result.scalar_one()
    return order


async def get(session: AsyncSession, reference: str) -> Order | None:
    row = (await session.execute(select(ORDERS).where(ORDERS.c.reference == reference))).first()
    return None if row is None else _order(row)


async def get_by_id(session: AsyncSession, order_id: int) -> Order | None:
    row = (await session.execute(select(ORDERS).where(ORDERS.c.id == order_id))).first()
    return None if row is None else _order(row)


async def save(session: AsyncSession, order: Order, expected_version: int, now: datetime) -> None:
    """Write ``order`` if its stored version is still ``expected_version``; else `StaleOrder`."""
    values = _values(order)
    del values["reference"], values["created_at"]
    result = await session.execute(
        update(ORDERS)
        .where(ORDERS.c.id == order.id, ORDERS.c.version == expected_version)
        .values(**values, updated_at=now)
    )
    if result.rowcount != 1:
        raise StaleOrder(reference=order.reference)


async def append_event(session: AsyncSession, event: OrderEvent) -> None:
    await session.execute(
        insert(EVENTS).values(
            order_id=event.order_id,
            seq=event.seq,
            at=event.at,
            actor_id=event.actor_id,
            role=event.role.value,
            trigger=event.trigger.value,
            from_state=event.from_state.value,
            to_state=event.to_state.value,
            data=event.data,
        )
    )


async def events_of(session: AsyncSession, order_id: int) -> list[OrderEvent]:
    rows = await session.execute(select(EVENTS).where(EVENTS.c.order_id == order_id).order_by(EVENTS.c.seq))
    return [
        OrderEvent(
            r.order_id,
            r.seq,
            r.at,
            r.actor_id,
            OrderRole(r.role),
            OrderTrigger(r.trigger),
            OrderState(r.from_state),
            OrderState(r.to_state),
            dict(r.data or {}),
        )
        for r in rows
    ]


async def record_audit(session: AsyncSession, entry: OrderAudit) -> None:
    await session.execute(
        insert(AUDIT).values(
            order_id=entry.order_id, actor_id=entry.actor_id, action=entry.action, outcome=entry.outcome, at=entry.at
        )
    )


async def audit_of(session: AsyncSession, order_id: int | None) -> list[OrderAudit]:
    where = AUDIT.c.order_id.is_(None) if order_id is None else AUDIT.c.order_id == order_id
    rows = await session.execute(select(AUDIT).where(where).order_by(AUDIT.c.id))
    return [OrderAudit(r.order_id, r.actor_id, r.action, r.outcome, r.at) for r in rows]


async def add_record(session: AsyncSession, record: EventRecord) -> EventRecord:
    result = await session.execute(
        insert(RECORDS)
        .values(
            order_id=record.order_id,
            team_id=record.team_id,
            region=record.region,
            kind=record.kind.value,
            topics=[t.value for t in record.topics],
            held_on=record.held_on,
            place_kind=record.place_kind.value,
            place_name=record.place_name,
            format=record.format.value,
            language=record.language.value,
            attendees=record.attendees,
            women_helped=record.women_helped,
            notes=record.notes,
            evidence=list(record.evidence),
            case_ids=list(record.case_ids),
            recorded_by=record.recorded_by,
            recorded_at=record.recorded_at,
        )
        .returning(RECORDS.c.id)
    )
    return EventRecord(**{**record.__dict__, "id": result.scalar_one()})


async def record_of(session: AsyncSession, order_id: int) -> EventRecord | None:
    row = (await session.execute(select(RECORDS).where(RECORDS.c.order_id == order_id))).first()
    return None if row is None else _record(row)


async def records(session: AsyncSession, first: date, last: date, region: str | None) -> list[EventRecord]:
    """Event records held from ``first`` to ``last`` (inclusive), in ``region`` (None: all), by date then id."""
    query = select(RECORDS).where(RECORDS.c.held_on >= first, RECORDS.c.held_on <= last)
    if region is not None:
        query = query.where(RECORDS.c.region == region)
    rows = await session.execute(query.order_by(RECORDS.c.held_on, RECORDS.c.id))
    return [_record(r) for r in rows]


def _team(row, load: dict) -> TeamProfile:
    return TeamProfile(
        id=row.id,
        name=row.name,
        kind=PointKind(row.kind),
        region=row.region,
        topics=frozenset(row.topics or ()),
        languages=frozenset(row.languages or ()),
        travels_to=frozenset(row.travels_to or ()),
        capacity=row.capacity,
        open_orders=load.get(row.id, 0),
    )


async def _load(session: AsyncSession) -> dict[int, int]:
    query = select(ORDERS.c.team_id, func.count()).where(ORDERS.c.team_id.is_not(None), TEAM).group_by(ORDERS.c.team_id)
    return dict((await session.execute(query)).all())


async def teams(session: AsyncSession) -> list[TeamProfile]:
    """Active service points as teams, with the orders each holds now (dispatched, scheduled, delivered)."""
    load = await _load(session)
    rows = await session.execute(select(POINTS).where(POINTS.c.active.is_(True)).order_by(POINTS.c.id))
    return [_team(r, load) for r in rows]


async def team(session: AsyncSession, point_id: int) -> TeamProfile | None:
    """The service point ``point_id`` if it is active; else None."""
    row = (await session.execute(select(POINTS).where(POINTS.c.id == point_id, POINTS.c.active.is_(True)))).first()
    return None if row is None else _team(row, await _load(session))


async def point_counts(session: AsyncSession, region: str | None) -> tuple[int, int]:
    """(fixed homes, mobile teams) active in ``region`` (None: everywhere)."""
    query = select(POINTS.c.kind, func.count()).where(POINTS.c.active.is_(True)).group_by(POINTS.c.kind)
    if region is not None:
        query = query.where(POINTS.c.region == region)
    counts = dict((await session.execute(query)).all())
    return counts.get(PointKind.FIXED_HOME.value, 0), counts.get(PointKind.MOBILE_TEAM.value, 0)


async def cases_opened(session: AsyncSession, since: datetime, until: datetime, region: str | None) -> int:
    """Cases registered from ``since`` (inclusive) to ``until`` (exclusive), in ``region`` (None: all)."""
    query = select(func.count()).select_from(CASES).where(CASES.c.created_at >= since, CASES.c.created_at < until)
    if region is not None:
        query = query.where(CASES.c.region == region)
    return (await session.execute(query)).scalar_one()


async def of_orderer(session: AsyncSession, person_id: int, limit: int = 20) -> list[Order]:
    rows = await session.execute(
        select(ORDERS).where(ORDERS.c.orderer_id == person_id).order_by(ORDERS.c.id.desc()).limit(limit)
    )
    return [_order(r) for r in rows]


async def find(session: AsyncSession, filters: OrderFilter, limit: int = 30) -> list[Order]:
    """Orders soonest due first (without a due time last). Each region (or her team) and state is
    one part, walked in order in an index (``ix_orders_region_state_due``, ``ix_orders_region_due``,
    ``ix_orders_team_state_due``, ``ix_orders_state_due``, ``ix_orders_due``) for its first ``limit``
    rows, and the parts merged: no list sorts every order of a region."""
    where = []
    if filters.kind is not None:
        where.append(ORDERS.c.kind == filters.kind.value)
    if filters.topic is not None:
        where.append(ORDERS.c.topic == filters.topic.value)
    if filters.team_id is not None:
        where.append(ORDERS.c.team_id == filters.team_id)
    if filters.created_from is not None:
        where.append(ORDERS.c.created_at >= filters.created_from)
    if filters.created_until is not None:
        where.append(ORDERS.c.created_at < filters.created_until)
    regions = [None] if filters.regions is None else sorted(filters.regions)
    states = [None] if filters.states is None else sorted(s.value for s in filters.states)
    if not regions or not states:
        return []
    if len(regions) * len(states) > MAX_PARTS:
        where.append(ORDERS.c.state.in_(states))
        states = [None]
    # As in storage.staff_queries.by_due: SQLite walks those with a due time, then those without.
    walks = [([], [ORDERS.c.due_at, ORDERS.c.id])]
    if session.get_bind().dialect.name != "postgresql":
        walks = [
            ([ORDERS.c.due_at.is_not(None)], [ORDERS.c.due_at, ORDERS.c.id]),
            ([ORDERS.c.due_at.is_(None)], [ORDERS.c.due_at, ORDERS.c.id]),
        ]
    parts = []
    for region in regions:
        for state in states:
            part = [
                c
                for c in (ORDERS.c.region == region if region else None, ORDERS.c.state == state if state else None)
                if c is not None
            ]
            for extra, order_by in walks:
                inner = select(ORDERS).where(*part, *where, *extra).order_by(*order_by).limit(limit).subquery()
                parts.append(select(*inner.c))
    # The parts do not overlap (one region, state and kind of due time each): their rows, not ids.
    merged = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    query = select(merged).order_by(merged.c.due_at.is_(None), merged.c.due_at, merged.c.id).limit(limit)
    return [_order(r) for r in await session.execute(query)]


class SqlOrders:
    """`workflows.ports.Orders` on one SQL session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now  # the unit of work's clock reading: when a row was last changed

    async def next_number(self, year: int) -> int:
        return await next_number(self.session, year)

    async def add(self, order: Order) -> Order:
        return await add(self.session, order)

    async def get(self, reference: str) -> Order | None:
        return await get(self.session, reference)

    async def get_by_id(self, order_id: int) -> Order | None:
        return await get_by_id(self.session, order_id)

    async def save(self, order: Order, expected_version: int) -> None:
        await save(self.session, order, expected_version, self.now)

    async def append_event(self, event: OrderEvent) -> None:
        await append_event(self.session, event)

    async def events_of(self, order_id: int) -> list[OrderEvent]:
        return await events_of(self.session, order_id)

    async def record_audit(self, entry: OrderAudit) -> None:
        await record_audit(self.session, entry)

    async def audit_of(self, order_id: int | None) -> list[OrderAudit]:
        return await audit_of(self.session, order_id)

    async def add_record(self, record: EventRecord) -> EventRecord:
        return await add_record(self.session, record)

    async def record_of(self, order_id: int) -> EventRecord | None:
        return await record_of(self.session, order_id)

    async def records(self, first: date, last: date, region: str | None) -> list[EventRecord]:
        return await records(self.session, first, last, region)

    async def teams(self) -> list[TeamProfile]:
        return await teams(self.session)

    async def team(self, point_id: int) -> TeamProfile | None:
        return await team(self.session, point_id)

    async def point_counts(self, region: str | None) -> tuple[int, int]:
        return await point_counts(self.session, region)

    async def cases_opened(self, since: datetime, until: datetime, region: str | None) -> int:
        return await cases_opened(self.session, since, until, region)

    async def of_orderer(self, person_id: int, limit: int = 20) -> list[Order]:
        return await of_orderer(self.session, person_id, limit)

    async def find(self, filters: OrderFilter, limit: int = 30) -> list[Order]:
        return await find(self.session, filters, limit)
