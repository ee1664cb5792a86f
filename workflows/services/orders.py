"""Service orders (点单/派单) as use cases: place an order, suggest and dispatch a team, accept or
decline, reschedule, mark delivered, record what was delivered (for an order, or on the spot),
cancel; and the figures computed from the records.

Each use case owns its transaction (a savepoint inside a dialog's turn), like the case's
`workflows.services.triggers`: it checks the order machine's guards (`workflows.orders.check`),
writes the order, one audited `OrderEvent` per transition and the notices it causes in one
commit; a refusal changes nothing but is itself written to the order audit. The person who
ordered is told in her language through the outbox (she reads it in the chat she ordered from);
staff are told in theirs. Nothing she typed is ever logged or put in an error.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from workflows.case import Actor
from workflows.deadlines import DEFAULT_POLICY, DeadlinePolicy
from workflows.demo_points import demo_point_message
from workflows.dispatch import Suggestion
from workflows.errors import InvalidTransition, MissingData, NotPermitted, PinPaused, WrongPin
from workflows.events import OutgoingNotice
from workflows.orders import (
    EFFECTS,
    TEAM_STATES,
    EventRecord,
    Order,
    OrderAudit,
    OrderEvent,
    OrderFilter,
    OrderKind,
    OrderNotFound,
    OrderRole,
    OrderState,
    OrderTrigger,
    TeamProfile,
    Topic,
    acting_role,
    check,
    fire,
    format_order_reference,
    normalize_order_reference,
)
from workflows.orders_figures import Figures, Period, combine, compute
from workflows.orders_ranking import rank_teams, reaches
from workflows.orders_validation import (
    InvalidOrder,
    OrderRequest,
    RecordRequest,
    fold_spaces,
    validate_order,
    validate_record,
)
from workflows.ports import Publisher, UnitOfWork
from workflows.references import hash_pin, new_pin, verify_pin
from workflows.services.clock import follow_order
from workflows.services.pin_gate import EnterPin, PinGuard, _Bounds, _stand_in_hash
from workflows.timers import order_clock, order_marks
from workflows.vocabulary import ALL_REGIONS, Role

logger = logging.getLogger(__name__)

#: How an unprompted notice to the person who ordered is shown (as for a woman's case notices:
#: the neutral first line and her safety row), since she may be a woman writing from her own phone.
UNPROMPTED = {"safety": True, "notice": True}
REFUSALS = (InvalidTransition, NotPermitted, MissingData, InvalidOrder)


@dataclass(frozen=True)
class OrderContext:
    """What every order use case needs besides its command: the zone, the clocks, the publisher."""

    tz: tzinfo
    policy: DeadlinePolicy = DEFAULT_POLICY
    publish: Publisher | None = None


@dataclass(frozen=True)
class OrderChanged:
    """An order moved (published after its event is written, before the commit)."""

    order: Order
    event: OrderEvent


@dataclass(frozen=True)
class EventRecorded:
    """A team recorded an event (for an order, or on the spot)."""

    record: EventRecord


@dataclass(frozen=True)
class PlacedOrder:
    order: Order
    event: OrderEvent
    #: Her PIN, shown once, when she left personal contact data (name or phone); else None.
    pin: str | None


def order_args(order: Order) -> dict[str, Any]:
    """The arguments every order notice carries: the reference and what was ordered, where."""
    return {
        "reference": order.reference,
        "kind": {"$msg": f"orders-kind-{order.kind.value}"},
        "topic": {"$msg": f"orders-topic-{order.topic.value}"},
        "region": {"$msg": f"region-{order.region}"},
        "audience": order.audience,
    }


def team_name(team: TeamProfile | None) -> dict[str, str]:
    """The team's name for a notice: a demo point's from the catalogs (every language), else as stored."""
    if team is None:
        return {"$text": ""}
    message = demo_point_message(team.name)
    return {"$msg": message} if message else {"$text": team.name}


def local_day(now: datetime, tz: tzinfo) -> date:
    return now.astimezone(tz).date()


# -- notices --------------------------------------------------------------------------------------


async def tell_orderer(uow: UnitOfWork, order: Order, message_id: str, **args: Any) -> bool:
    """Tell the person who ordered, in her language, in the chat she uses; False when she has none
    (an order an operator took by phone: the operator calls the contact)."""
    if order.orderer_id is None:
        return False
    addresses = await uow.people.addresses_of(order.orderer_id)
    if not addresses:
        return False
    locale = await uow.people.locale_of(order.orderer_id) or order.locale
    notice_args = {**order_args(order), **args, "$flags": dict(UNPROMPTED)}
    await uow.outbox.put(OutgoingNotice(addresses[0], message_id, notice_args, locale))
    return True


async def tell_team(uow: UnitOfWork, order: Order, team_id: int, message_id: str, **args: Any) -> int:
    """Tell every active staff member of the service point ``team_id``; return how many were told."""
    told = 0
    for person_id in await uow.staff_views.staff_of_point(team_id):
        addresses = await uow.people.addresses_of(person_id)
        if not addresses:
            continue
        locale = await uow.people.locale_of(person_id)
        await uow.outbox.put(OutgoingNotice(addresses[0], message_id, {**order_args(order), **args}, locale))
        told += 1
    return told


async def tell_window(uow: UnitOfWork, order: Order, message_id: str, **args: Any) -> int:
    """Tell the staff on duty at the window for the order's region (operators, supervisors)."""
    on_duty = await uow.people.on_duty_addresses(order.region)
    for address, locale in on_duty:
        await uow.outbox.put(OutgoingNotice(address, message_id, {**order_args(order), **args}, locale))
    return len(on_duty)


# -- placing ---------------------------------------------------------------------------------------


async def place_order(
    uow: UnitOfWork,
    *,
    request: OrderRequest,
    actor: Actor,
    now: datetime,
    ctx: OrderContext,
) -> PlacedOrder:
    """Place an order (``place``): by her (the actor is the person ordering: she follows it) or by an
    operator of the order's region for a community (then nobody follows it in chat; the operator
    calls the contact); staff of another region order as anyone does. Raises `InvalidOrder` for a
    bad field (audited, with the field and problem only)."""
    try:
        order = validate_order(request, today=local_day(now, ctx.tz))
        role = check(order, actor, OrderTrigger.PLACE, {}, now)
        order.orderer_id = actor.id if role is OrderRole.ORDERER else None
    except REFUSALS as refusal:
        async with uow:
            await _audit_refusal(uow, None, actor, OrderTrigger.PLACE, refusal, now)
            await uow.commit()
        raise
    pin = new_pin() if order.contact and order.orderer_id is not None else None
    if pin is not None:  # hashed before the transaction opens: the hash work holds no lock
        order.pin_hash = await asyncio.to_thread(hash_pin, pin)
    async with uow:
        source = fire(order, OrderTrigger.PLACE)
        year = now.astimezone(ctx.tz).year
        order.reference = format_order_reference(year, await uow.orders.next_number(year))
        order.version = 1
        order.created_at = order.state_entered_at = now
        order.due_at = order_marks(order.state, now, None, ctx.tz, ctx.policy)[0]  # the clock's (docs/clock.md)
        order = await uow.orders.add(order)
        await follow_order(uow, order, source=None, trigger=OrderTrigger.PLACE, now=now, tz=ctx.tz, policy=ctx.policy)
        data = {
            "kind": order.kind.value,
            "topic": order.topic.value,
            "region": order.region,
            "audience": order.audience,
            "format": order.format.value,
            "language": order.language.value,
        }
        event = OrderEvent(order.id, 1, now, actor.id, role, OrderTrigger.PLACE, source, order.state, data)
        await uow.orders.append_event(event)
        await tell_window(uow, order, "orders-staff-new")
        if ctx.publish is not None:
            await ctx.publish(uow, OrderChanged(order, event))
        await uow.commit()
    logger.info("order %s placed", order.reference)
    return PlacedOrder(order=order, event=event, pin=pin)


# -- firing a trigger -------------------------------------------------------------------------------


async def _audit_refusal(
    uow: UnitOfWork, order_id: int | None, actor: Actor, trigger: OrderTrigger | str, refusal: Exception, now: datetime
) -> None:
    code = getattr(refusal, "code", "error")
    detail = getattr(refusal, "reason", None) or getattr(refusal, "field", None) or ""
    outcome = f"refused:{code}" + (f":{detail}" if detail else "")
    name = trigger.value if isinstance(trigger, OrderTrigger) else trigger
    await uow.orders.record_audit(OrderAudit(order_id, actor.id, f"order:{name}", outcome[:64], now))


async def _load(uow: UnitOfWork, reference: str) -> Order:
    order = await uow.orders.get(reference)
    if order is None:
        raise OrderNotFound(reference=reference)
    return order


async def _move(
    uow: UnitOfWork,
    order: Order,
    *,
    trigger: OrderTrigger,
    actor: Actor,
    role: OrderRole,
    data: dict[str, Any],
    now: datetime,
    ctx: OrderContext,
    held_on: date | None = None,
) -> OrderEvent:
    """Fire an already-checked trigger: the machine, its effect, the due time, the save, the event."""
    expected = order.version
    due_before = order.due_at
    source = fire(order, trigger)
    effect = EFFECTS.get(trigger)
    if effect is not None:
        effect(order, actor, data)
    if order.state is not source:
        order.state_entered_at = now
    # The case clock's marks follow the state (docs/clock.md, "Service orders"); the order's due
    # time is its clock's (the same one while the clock runs on; none once done).
    clock_due = await follow_order(
        uow, order, source=source, trigger=trigger, now=now, tz=ctx.tz, policy=ctx.policy, held_on=held_on
    )
    order.due_at = (clock_due or due_before) if order_clock(order.state) is not None else None
    order.version = expected + 1
    await uow.orders.save(order, expected)
    stored = {k: (v.isoformat() if isinstance(v, (datetime, date)) else v) for k, v in data.items()}
    event = OrderEvent(order.id, order.version, now, actor.id, role, trigger, source, order.state, stored)
    await uow.orders.append_event(event)
    if ctx.publish is not None:
        await ctx.publish(uow, OrderChanged(order, event))
    logger.info("order %s: %s %s -> %s", order.reference, trigger.value, source.value, order.state.value)
    return event


async def _checked(
    uow: UnitOfWork, order: Order, actor: Actor, trigger: OrderTrigger, data: Mapping, now: datetime
) -> OrderRole:
    """The guards of ``trigger``; a refusal is audited and committed, then raised."""
    try:
        return check(order, actor, trigger, data, now)
    except REFUSALS as refusal:
        await _audit_refusal(uow, order.id, actor, trigger, refusal, now)
        await uow.commit()
        raise


async def suggest_teams(uow: UnitOfWork, *, reference: str, actor: Actor, limit: int = 5) -> list[Suggestion]:
    """The teams to dispatch the order to, best first, with their reasons (for who may dispatch it)."""
    async with uow:
        order = await _load(uow, reference)
        acting_role(order, actor, OrderTrigger.DISPATCH)
        return rank_teams(order, await uow.orders.teams(), limit)


async def dispatch_order(
    uow: UnitOfWork, *, reference: str, team_id: int, actor: Actor, now: datetime, ctx: OrderContext
) -> OrderEvent:
    """Send the order to a fixed home or a mobile team (``dispatch``); its staff are offered it.
    The team's ranking reasons are kept in the event. A team that is not (or no longer) active is
    refused (`NotPermitted`, ``team_unknown``); so is, for an on-site event, a team that neither is
    of the order's region nor travels there (``out_of_reach``), unless a supervisor sends it."""
    async with uow:
        order = await _load(uow, reference)
        data: dict[str, Any] = {"team_id": team_id}
        role = await _checked(uow, order, actor, OrderTrigger.DISPATCH, data, now)
        team = await uow.orders.team(team_id)
        if team is None:
            refusal = NotPermitted(trigger=OrderTrigger.DISPATCH.value, reason="team_unknown")
            await _audit_refusal(uow, order.id, actor, OrderTrigger.DISPATCH, refusal, now)
            await uow.commit()
            raise refusal
        (ranked,) = rank_teams(order, [team], 1)
        data["reasons"] = list(ranked.reasons)
        if not reaches(order, ranked.reasons) and not actor.roles & {Role.SUPERVISOR, Role.ADMIN}:
            refusal = NotPermitted(trigger=OrderTrigger.DISPATCH.value, reason="out_of_reach")
            await _audit_refusal(uow, order.id, actor, OrderTrigger.DISPATCH, refusal, now)
            await uow.commit()
            raise refusal
        event = await _move(
            uow, order, trigger=OrderTrigger.DISPATCH, actor=actor, role=role, data=data, now=now, ctx=ctx
        )
        await tell_team(uow, order, team_id, "orders-staff-offered")
        await uow.commit()
    return event


async def accept_order(
    uow: UnitOfWork,
    *,
    reference: str,
    scheduled_at: datetime,
    venue: str,
    actor: Actor,
    now: datetime,
    ctx: OrderContext,
) -> OrderEvent:
    """The team takes the order with its date, time and place confirmed (``accept``); she is told."""
    return await _schedule(
        uow, OrderTrigger.ACCEPT, reference, scheduled_at, venue, actor, now, ctx, "orders-notice-scheduled"
    )


async def reschedule_order(
    uow: UnitOfWork,
    *,
    reference: str,
    scheduled_at: datetime,
    venue: str,
    actor: Actor,
    now: datetime,
    ctx: OrderContext,
) -> OrderEvent:
    """A new date, time or place for a scheduled order (``reschedule``); she is told."""
    return await _schedule(
        uow, OrderTrigger.RESCHEDULE, reference, scheduled_at, venue, actor, now, ctx, "orders-notice-rescheduled"
    )


async def _schedule(
    uow: UnitOfWork,
    trigger: OrderTrigger,
    reference: str,
    scheduled_at: datetime,
    venue: str,
    actor: Actor,
    now: datetime,
    ctx: OrderContext,
    message_id: str,
) -> OrderEvent:
    async with uow:
        order = await _load(uow, reference)
        data = {"scheduled_at": scheduled_at, "venue": fold_spaces(str(venue or ""))[:200]}
        role = await _checked(uow, order, actor, trigger, data, now)
        event = await _move(uow, order, trigger=trigger, actor=actor, role=role, data=data, now=now, ctx=ctx)
        team = await uow.orders.team(order.team_id) if order.team_id is not None else None
        await tell_orderer(
            uow,
            order,
            message_id,
            when={"$date": scheduled_at.isoformat()},
            venue={"$text": order.venue},
            team=team_name(team),
        )
        await uow.commit()
    return event


async def decline_order(
    uow: UnitOfWork, *, reference: str, reason: str, actor: Actor, now: datetime, ctx: OrderContext
) -> OrderEvent:
    """The team cannot take it (``decline``, with a reason): back to ``requested`` for another team.
    The window of the region is told; she is told only when a date had been confirmed to her."""
    async with uow:
        order = await _load(uow, reference)
        data = {"reason": reason}
        role = await _checked(uow, order, actor, OrderTrigger.DECLINE, data, now)
        was_scheduled = order.state is OrderState.SCHEDULED
        team = await uow.orders.team(order.team_id) if order.team_id is not None else None
        event = await _move(
            uow, order, trigger=OrderTrigger.DECLINE, actor=actor, role=role, data=data, now=now, ctx=ctx
        )
        await tell_window(
            uow,
            order,
            "orders-staff-declined",
            team=team_name(team),
            reason={"$text": reason[:500]},
        )
        if was_scheduled:
            await tell_orderer(uow, order, "orders-notice-rearranging")
        await uow.commit()
    return event


async def cancel_order(
    uow: UnitOfWork, *, reference: str, reason: str, actor: Actor, now: datetime, ctx: OrderContext
) -> OrderEvent:
    """Cancel an open order (``cancel``, with a reason): by her, or by staff of its region. When
    staff cancel she is told why; the team holding it is told either way."""
    async with uow:
        order = await _load(uow, reference)
        data = {"reason": reason}
        role = await _checked(uow, order, actor, OrderTrigger.CANCEL, data, now)
        team_id = order.team_id
        event = await _move(
            uow, order, trigger=OrderTrigger.CANCEL, actor=actor, role=role, data=data, now=now, ctx=ctx
        )
        if role is not OrderRole.ORDERER:
            await tell_orderer(uow, order, "orders-notice-cancelled", reason={"$text": reason[:500]})
        if team_id is not None:
            await tell_team(uow, order, team_id, "orders-staff-cancelled", reason={"$text": reason[:500]})
        await uow.commit()
    return event


async def erase_own_order(uow: UnitOfWork, *, reference: str, actor: Actor, now: datetime) -> None:
    """She erases what names her in her own done order (recorded or cancelled) at once: her contact,
    the place as she named it, the link to her (`Erasure.erase_order`, reason ``her_request``).

    No approval: nothing in an order is a legal archive (docs/orders.md), unlike a case. Another
    person's order, or one erased already, is `OrderNotFound`; an open one is `NotErasable("open")`
    (she cancels it first). Once nothing else links to her, her chat addresses are forgotten too.
    """
    async with uow:
        order = await _load(uow, reference)
        if order.orderer_id is None or order.orderer_id != actor.id:
            raise OrderNotFound(reference=reference)
        await uow.erasure.erase_order(order.id, now=now, reason="her_request")
        await uow.commit()


async def mark_delivered(
    uow: UnitOfWork, *, reference: str, held_on: date, actor: Actor, now: datetime, ctx: OrderContext
) -> OrderEvent:
    """The event took place (``deliver``) on ``held_on`` (not after today); its record is due next."""
    async with uow:
        order = await _load(uow, reference)
        data: dict[str, Any] = {"held_on": held_on}
        role = await _checked(uow, order, actor, OrderTrigger.DELIVER, data, now)
        refusal = _held_on_refusal(order, held_on, now, ctx.tz)
        if refusal is not None:
            await _audit_refusal(uow, order.id, actor, OrderTrigger.DELIVER, refusal, now)
            await uow.commit()
            raise refusal
        event = await _move(
            uow,
            order,
            trigger=OrderTrigger.DELIVER,
            actor=actor,
            role=role,
            data=data,
            now=now,
            ctx=ctx,
            held_on=held_on,
        )
        await uow.commit()
    return event


def _held_on_refusal(order: Order, held_on: date, now: datetime, tz: tzinfo) -> InvalidOrder | None:
    """An order's event took place neither after today nor before the day it was ordered."""
    if held_on > local_day(now, tz):
        return InvalidOrder(field="held_on", problem="in_future")
    if order.created_at is not None and held_on < local_day(order.created_at, tz):
        return InvalidOrder(field="held_on", problem="before_order")
    return None


# -- recording ---------------------------------------------------------------------------------------


async def record_delivery(
    uow: UnitOfWork,
    *,
    reference: str | None,
    request: RecordRequest,
    actor: Actor,
    now: datetime,
    ctx: OrderContext,
) -> EventRecord:
    """Record what a team delivered.

    For an order (``reference``): only its team (or the window of its region) may, the order's
    team, region and kind are the record's, and a scheduled order is first marked delivered on the
    record's date (two events: ``deliver``, ``record``); she is thanked. On the spot (随机,
    ``reference`` None): the team is the recorder's own service point, or one named by staff of
    the record's region. Linked cases (opened on the spot from the event) must exist.
    Refusals are audited (on the order, or on no order) and raise."""
    async with uow:
        today = local_day(now, ctx.tz)
        if reference is None:
            record = await _spot_record(uow, request, actor, now, today)
            stored = await uow.orders.add_record(record)
            await uow.orders.record_audit(OrderAudit(None, actor.id, "order:record_on_the_spot", "ok", now))
            if ctx.publish is not None:
                await ctx.publish(uow, EventRecorded(stored))
            await uow.commit()
            logger.info("event recorded on the spot by team %s", stored.team_id)
            return stored
        order = await _load(uow, reference)
        probe = {"record_id": 0}
        first = OrderTrigger.DELIVER if order.state is OrderState.SCHEDULED else OrderTrigger.RECORD
        try:
            if first is OrderTrigger.DELIVER:
                role = check(order, actor, OrderTrigger.DELIVER, {"held_on": "-"}, now)
                after = replace(order, state=OrderState.DELIVERED)
                check(after, actor, OrderTrigger.RECORD, probe, now)
            else:
                role = check(order, actor, OrderTrigger.RECORD, probe, now)
            fixed = replace(request, team_id=order.team_id, region=order.region, kind=order.kind.value)
            record = validate_record(fixed, today=today, recorded_by=actor.id, recorded_at=now, order_id=order.id)
            if (refused := _held_on_refusal(order, record.held_on, now, ctx.tz)) is not None:
                raise refused
            await _check_cases(uow, record)
        except REFUSALS as refusal:
            await _audit_refusal(uow, order.id, actor, OrderTrigger.RECORD, refusal, now)
            await uow.commit()
            raise
        if first is OrderTrigger.DELIVER:
            await _move(
                uow,
                order,
                trigger=OrderTrigger.DELIVER,
                actor=actor,
                role=role,
                data={"held_on": record.held_on},
                now=now,
                ctx=ctx,
                held_on=record.held_on,
            )
        stored = await uow.orders.add_record(record)
        await _move(
            uow,
            order,
            trigger=OrderTrigger.RECORD,
            actor=actor,
            role=role,
            data={"record_id": stored.id, "attendees": stored.attendees, "women_helped": stored.women_helped},
            now=now,
            ctx=ctx,
        )
        await tell_orderer(uow, order, "orders-notice-recorded", attendees=stored.attendees)
        if ctx.publish is not None:
            await ctx.publish(uow, EventRecorded(stored))
        await uow.commit()
    return stored


async def _spot_record(
    uow: UnitOfWork, request: RecordRequest, actor: Actor, now: datetime, today: date
) -> EventRecord:
    """An on-the-spot record, checked: who records it for which team, and its fields."""
    try:
        team_id = request.team_id
        staff = actor.roles & {Role.OPERATOR, Role.SUPERVISOR}
        own = actor.service_point_id is not None and team_id == actor.service_point_id
        if not own and not (staff and actor.covers_region(str(request.region or ""))):
            raise NotPermitted(trigger=OrderTrigger.RECORD.value, reason="not_team")
        if await uow.orders.team(team_id) is None:
            raise NotPermitted(trigger=OrderTrigger.RECORD.value, reason="team_unknown")
        record = validate_record(request, today=today, recorded_by=actor.id, recorded_at=now)
        await _check_cases(uow, record)
    except REFUSALS as refusal:
        await _audit_refusal(uow, None, actor, "record_on_the_spot", refusal, now)
        await uow.commit()
        raise
    return record


async def _check_cases(uow: UnitOfWork, record: EventRecord) -> None:
    for case_id in record.case_ids:
        if await uow.cases.get_by_id(case_id) is None:
            raise InvalidOrder(field="case_ids", problem="unknown")


# -- reading ----------------------------------------------------------------------------------------


async def order_figures(uow: UnitOfWork, *, period: Period, region: str | None, tz: tzinfo) -> Figures:
    """The figures of ``period`` (local dates in ``tz``) and ``region`` (None: the whole city), from
    the event records, the active service points and the cases registered in the period."""
    since = datetime.combine(period.first, time.min, tzinfo=tz)
    until = datetime.combine(period.last + timedelta(days=1), time.min, tzinfo=tz)
    async with uow:
        records = await uow.orders.records(period.first, period.last, region)
        homes, teams = await uow.orders.point_counts(region)
        cases = await uow.orders.cases_opened(since, until, region)
    return compute(records, period=period, region=region, fixed_homes=homes, mobile_teams=teams, cases=cases)


async def figures_for(uow: UnitOfWork, *, actor: Actor, period: Period, region: str | None, tz: tzinfo) -> Figures:
    """The figures a supervisor may see (`/events`): of ``region`` when she covers it, else of every
    region she covers (the whole city for the city level); `NotPermitted` for anyone else."""
    if not actor.roles & {Role.SUPERVISOR, Role.ADMIN}:
        raise NotPermitted(trigger="view", reason="not_visible")
    regions = _window_regions(actor)
    if region is not None:
        if regions is not None and region not in regions:
            raise NotPermitted(trigger="view", reason="not_visible")
        return await order_figures(uow, period=period, region=region, tz=tz)
    return await figures_of_regions(uow, period=period, regions=regions, tz=tz)


async def figures_of_regions(uow: UnitOfWork, *, period: Period, regions: frozenset[str] | None, tz: tzinfo) -> Figures:
    """The figures of ``regions`` together, summed (`orders_figures.combine`, its region None); of the
    whole city for None. No scope check: the callers make it."""
    if regions is None:
        return await order_figures(uow, period=period, region=None, tz=tz)
    parts = [await order_figures(uow, period=period, region=r, tz=tz) for r in sorted(regions)]
    return combine(parts, period=period)


def _window_regions(actor: Actor) -> frozenset[str] | None:
    """The regions whose orders she sees at the window (None: every region); empty when she is not staff there."""
    if not actor.roles & {Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN}:
        return frozenset()
    return None if ALL_REGIONS in actor.regions else frozenset(actor.regions)


async def find_orders(uow: UnitOfWork, *, actor: Actor, filters: OrderFilter, limit: int = 30) -> list[Order]:
    """Orders for `/orders`: the filters narrowed to what she may see. The window (operators,
    supervisors) sees its regions' orders; a team's staff only their team's; nobody else any."""
    regions = _window_regions(actor)
    if regions is None:
        scoped = filters
    elif regions:
        scoped = replace(filters, regions=regions if filters.regions is None else filters.regions & regions)
    elif actor.service_point_id is not None:
        if filters.team_id not in (None, actor.service_point_id):
            return []
        scoped = replace(filters, team_id=actor.service_point_id)
    else:
        raise NotPermitted(trigger="view", reason="not_visible")
    async with uow:
        return await uow.orders.find(scoped, limit)


async def waiting_orders(uow: UnitOfWork, *, actor: Actor, limit: int = 30) -> list[Order]:
    """The orders waiting for a team in her regions (`/queue`, apart from cases), soonest due first."""
    regions = _window_regions(actor)
    if regions is not None and not regions:
        return []
    async with uow:
        return await uow.orders.find(OrderFilter(regions=regions, states=frozenset({OrderState.REQUESTED})), limit)


async def team_orders(uow: UnitOfWork, *, actor: Actor, limit: int = 30) -> list[Order]:
    """What her team holds: offered to it, scheduled, delivered and not yet recorded; soonest due first."""
    if actor.service_point_id is None:
        return []
    async with uow:
        return await uow.orders.find(OrderFilter(team_id=actor.service_point_id, states=TEAM_STATES), limit)


async def find_events(
    uow: UnitOfWork,
    *,
    actor: Actor,
    period: Period,
    region: str | None = None,
    kind: OrderKind | None = None,
    topic: Topic | None = None,
) -> list[EventRecord]:
    """Event records for `/events`, by date: held in ``period``, in ``region`` (None: every region she
    sees), of ``kind``, covering ``topic``. The window sees its regions' events; a team's staff their
    team's; nobody else any."""
    regions = _window_regions(actor)
    if regions is not None and not regions and actor.service_point_id is None:
        raise NotPermitted(trigger="view", reason="not_visible")
    async with uow:
        found = await uow.orders.records(period.first, period.last, region)

    def shown(record: EventRecord) -> bool:
        if regions is None or regions:
            if regions is not None and record.region not in regions:
                return False
        elif record.team_id != actor.service_point_id:
            return False
        return (kind is None or record.kind is kind) and (topic is None or topic in record.topics)

    return [r for r in found if shown(r)]


async def open_order(
    uow: UnitOfWork, command: EnterPin, *, guard: PinGuard | None = None, publish: Publisher | None = None
) -> Order:
    """Her order by its reference and PIN (``command.reference``), behind the case PIN gate's rules
    (`workflows.services.pin_gate`): the same sources and bounds, and her wrong guesses count with
    those at cases; the same hash work whether or not the order exists. An order placed without
    contact data has no PIN: its reference alone opens it.

    Raises `PinPaused` (nothing was checked) or `WrongPin` (also for a reference that is no order,
    so a guess learns nothing; the count is committed)."""
    reference = normalize_order_reference(command.reference or "")
    async with uow:
        order = await uow.orders.get(reference) if reference else None
        if order is not None and order.pin_hash is None:
            return order
        own = order is not None and order.orderer_id == command.person_id
        bounds = _Bounds(uow, (guard or PinGuard()).policy, command, own=own, publish=publish)
        if (until := await bounds.paused_until(None)) is not None:
            raise PinPaused(until=until, whole=True)
        stored = order.pin_hash if order is not None and order.pin_hash else _stand_in_hash()
        right, _ = await asyncio.gather(  # her PIN, and a stand-in where a case checks her duress PIN
            asyncio.to_thread(verify_pin, command.pin, stored),
            asyncio.to_thread(verify_pin, command.pin, _stand_in_hash()),
        )
        if right and order is not None:
            return order
        if order is not None:
            await uow.orders.record_audit(OrderAudit(order.id, command.person_id, "order:pin", "wrong", command.now))
        until = await bounds.wrong(None, "unknown" if order is None else "mine_wrong" if own else "wrong")
        if until is not None:
            await uow.commit()
            raise PinPaused(until=until, whole=True)
        left = await bounds.left()
        await uow.commit()
        raise WrongPin(left=left)


async def order_for(uow: UnitOfWork, *, reference: str, actor: Actor) -> Order:
    """The order, for someone who may act on it or see it: her own, its team's, its region's window."""
    async with uow:
        order = await _load(uow, reference)
    mine = actor.id is not None and actor.id == order.orderer_id
    team = actor.service_point_id is not None and actor.service_point_id == order.team_id
    window = bool(actor.roles & {Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN}) and actor.covers_region(order.region)
    if not (mine or team or window):
        raise NotPermitted(trigger="view", reason="not_visible")
    return order


__all__ = [
    "EventRecorded",
    "OrderChanged",
    "OrderContext",
    "PlacedOrder",
    "accept_order",
    "cancel_order",
    "decline_order",
    "dispatch_order",
    "erase_own_order",
    "find_events",
    "figures_for",
    "figures_of_regions",
    "find_orders",
    "mark_delivered",
    "order_figures",
    "open_order",
    "order_for",
    "order_args",
    "place_order",
    "record_delivery",
    "reschedule_order",
    "suggest_teams",
    "team_name",
    "team_orders",
    "waiting_orders",
]
