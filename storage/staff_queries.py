"""Read-side queries for staff: the queue, her cases, filters, counts, dispatch candidates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.ext.asyncio import AsyncSession

from storage.people import actor_from_staff_row
from storage.records import (
    AuditRecord,
    CallbackTaskRecord,
    CaseRecord,
    PersonRecord,
    ServicePointRecord,
    StaffRecord,
)
from storage.repositories import case_from_row
from workflows.case import Actor, Case
from workflows.dispatch import Candidate
from workflows.readmodels import CaseFilter
from workflows.vocabulary import ALL_REGIONS, CLOSED_STATES, HANDLED_STATES, UNKNOWN_REGION, Role, State

CASES = CaseRecord.__table__
STAFF = StaffRecord.__table__
POINTS = ServicePointRecord.__table__
PEOPLE = PersonRecord.__table__
CALLBACKS = CallbackTaskRecord.__table__
AUDIT = AuditRecord.__table__

CLOSED = [s.value for s in CLOSED_STATES]
QUEUE_STATES = [State.EMERGENCY.value, State.NEW.value, State.ACCEPTED.value]
HANDLED = [s.value for s in HANDLED_STATES]


def region_scope(actor: Actor):
    """The cases an operator or supervisor may see: her regions, plus unsure ones."""
    if ALL_REGIONS in actor.regions:
        return CASES.c.id.is_not(None)
    return CASES.c.region.in_([*actor.regions, UNKNOWN_REGION])


def named_on(actor: Actor):
    """Cases on which she is named: their owner or their handler."""
    return or_(CASES.c.owner_id == actor.id, CASES.c.assignee_id == actor.id)


def visible_to(actor: Actor):
    """Everything the actor may see: regions for operators/supervisors, assignments for mediators.

    A confidential case is seen only by the staff named on it and by supervisors of its region.
    """
    clauses = []
    if actor.roles & {Role.SUPERVISOR, Role.ADMIN}:
        clauses.append(region_scope(actor))
    elif Role.OPERATOR in actor.roles:
        clauses.append(and_(region_scope(actor), or_(CASES.c.confidential.is_(False), named_on(actor))))
    if Role.MEDIATOR in actor.roles:
        clauses.append(CASES.c.assignee_id == actor.id)
        if actor.service_point_id is not None:
            offered = and_(CASES.c.service_point_id == actor.service_point_id, CASES.c.confidential.is_(False))
            clauses.append(offered)
    return or_(*clauses) if clauses else CASES.c.id.is_(None)


async def is_visible(session: AsyncSession, actor: Actor, case_id: int) -> bool:
    query = select(CASES.c.id).where(CASES.c.id == case_id, visible_to(actor))
    return (await session.execute(query)).first() is not None


def waiting_at_the_window():
    """Cases the window must act on: not yet accepted or dispatched, or left without a handler."""
    return or_(
        CASES.c.state.in_(QUEUE_STATES),
        and_(CASES.c.state.in_(HANDLED), CASES.c.assignee_id.is_(None)),
    )


async def queue(session: AsyncSession, actor: Actor, limit: int = 30) -> list[Case]:
    """Cases waiting at the window: emergencies first, then by due time."""
    emergency_first = sql_case((CASES.c.state == State.EMERGENCY.value, 0), else_=1)
    rows = await session.execute(
        select(CASES)
        .where(waiting_at_the_window(), visible_to(actor))
        .order_by(emergency_first, CASES.c.due_at.is_(None), CASES.c.due_at, CASES.c.id)
        .limit(limit)
    )
    return [case_from_row(r) for r in rows]


async def open_cases_naming(session: AsyncSession, person_id: int) -> list[Case]:
    """Every open case on which the person is named as owner or handler."""
    rows = await session.execute(
        select(CASES)
        .where(or_(CASES.c.owner_id == person_id, CASES.c.assignee_id == person_id), CASES.c.state.not_in(CLOSED))
        .order_by(CASES.c.id)
    )
    return [case_from_row(r) for r in rows]


async def mine(session: AsyncSession, actor: Actor, limit: int = 30) -> list[Case]:
    """A mediator's cases: assigned to her, or offered to her service point."""
    offered = and_(CASES.c.state == State.DISPATCHED.value, CASES.c.assignee_id.is_(None))
    clauses = [CASES.c.assignee_id == actor.id]
    if actor.service_point_id is not None:
        clauses.append(and_(offered, CASES.c.service_point_id == actor.service_point_id))
    rows = await session.execute(
        select(CASES)
        .where(or_(*clauses), CASES.c.state.not_in(CLOSED))
        .order_by(CASES.c.due_at.is_(None), CASES.c.due_at, CASES.c.id)
        .limit(limit)
    )
    return [case_from_row(r) for r in rows]


async def find(session: AsyncSession, actor: Actor, filters: CaseFilter, now, limit: int = 30) -> list[Case]:
    query = select(CASES).where(visible_to(actor))
    if filters.state:
        query = query.where(CASES.c.state == filters.state)
    if filters.service:
        query = query.where(CASES.c.service == filters.service)
    if filters.region:
        query = query.where(CASES.c.region == filters.region)
    if filters.assignee is not None:
        query = query.where(CASES.c.assignee_id == filters.assignee)
    if filters.emergency:
        query = query.where(CASES.c.state == State.EMERGENCY.value)
    if filters.overdue:
        query = query.where(is_overdue(now))
    rows = await session.execute(query.order_by(CASES.c.id.desc()).limit(limit))
    return [case_from_row(r) for r in rows]


async def counts_by_state(session: AsyncSession, actor: Actor) -> dict[str, int]:
    rows = await session.execute(select(CASES.c.state, func.count()).where(visible_to(actor)).group_by(CASES.c.state))
    return {state: count for state, count in rows}


def is_overdue(now: datetime):
    """Open, and flagged overdue by the clock or past its due time (the clock may not have polled yet)."""
    return and_(CASES.c.state.not_in(CLOSED), or_(CASES.c.overdue.is_(True), CASES.c.due_at < now))


async def overdue_count(session: AsyncSession, actor: Actor, now: datetime) -> int:
    query = select(func.count()).select_from(CASES).where(visible_to(actor), is_overdue(now))
    return (await session.execute(query)).scalar_one()


async def staff_names(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = await session.execute(select(STAFF.c.person_id, STAFF.c.display_name).where(STAFF.c.person_id.in_(wanted)))
    return {r.person_id: r.display_name or f"#{r.person_id}" for r in rows}


async def point_name(session: AsyncSession, point_id: int | None) -> str:
    if point_id is None:
        return ""
    return (await session.execute(select(POINTS.c.name).where(POINTS.c.id == point_id))).scalar_one_or_none() or ""


async def dispatch_candidates(session: AsyncSession) -> list[Candidate]:
    """Active mediators and service points with their current open load."""
    open_case = CASES.c.state.not_in(CLOSED)
    by_assignee = dict(
        (
            await session.execute(
                select(CASES.c.assignee_id, func.count()).where(open_case).group_by(CASES.c.assignee_id)
            )
        ).all()
    )
    by_point = dict(
        (
            await session.execute(
                select(CASES.c.service_point_id, func.count()).where(open_case).group_by(CASES.c.service_point_id)
            )
        ).all()
    )
    points = {r.id: r for r in await session.execute(select(POINTS).where(POINTS.c.active.is_(True)))}
    candidates = [
        Candidate(
            "point",
            p.id,
            p.name,
            p.region,
            frozenset(p.services),
            frozenset(p.languages),
            by_point.get(p.id, 0),
            p.capacity,
        )
        for p in points.values()
    ]
    rows = await session.execute(
        select(STAFF, PEOPLE.c.locale).join(PEOPLE, PEOPLE.c.id == STAFF.c.person_id).where(STAFF.c.active.is_(True))
    )
    for r in rows:
        if Role.MEDIATOR.value not in r.roles:
            continue
        point = points.get(r.service_point_id)
        region = point.region if point is not None else (r.regions[0] if r.regions else "")
        services = frozenset(point.services) if point is not None else frozenset()
        languages = frozenset(
            [*(r.languages or []), *([r.locale] if r.locale else []), *(point.languages if point is not None else [])]
        )
        capacity = max(1, (point.capacity // 2) if point is not None else 5)
        name = r.display_name or f"#{r.person_id}"
        candidates.append(
            Candidate(
                "mediator", r.person_id, name, region, services, languages, by_assignee.get(r.person_id, 0), capacity
            )
        )
    return candidates


async def staff_of_point(session: AsyncSession, point_id: int) -> list[int]:
    rows = await session.execute(
        select(STAFF.c.person_id).where(STAFF.c.service_point_id == point_id, STAFF.c.active.is_(True))
    )
    return [r.person_id for r in rows]


async def supervisors_for(session: AsyncSession, region: str) -> list[int]:
    """Person ids of the active supervisors covering ``region``."""
    rows = await session.execute(select(STAFF).where(STAFF.c.active.is_(True)))
    return [
        actor.id
        for actor in map(actor_from_staff_row, rows)
        if Role.SUPERVISOR in actor.roles and actor.covers_region(region)
    ]


async def open_callbacks(session: AsyncSession, actor: Actor, limit: int = 30) -> list[dict]:
    rows = await session.execute(
        select(CALLBACKS, CASES.c.reference)
        .join(CASES, CASES.c.id == CALLBACKS.c.case_id)
        .where(CALLBACKS.c.done_at.is_(None), visible_to(actor))
        .order_by(CALLBACKS.c.id)
        .limit(limit)
    )
    return [dict(r._mapping) for r in rows]


async def acknowledgements(session: AsyncSession, case_id: int) -> list[tuple[int | None, datetime]]:
    """Who acknowledged the case's emergencies and when, oldest first.

    The audit log is the record: the acknowledging turn writes it with the case's
    ``acknowledged_at`` in one transaction, and a second press is logged as ``again``.
    """
    rows = await session.execute(
        select(AUDIT.c.actor_id, AUDIT.c.at)
        .where(AUDIT.c.case_id == case_id, AUDIT.c.action == "acknowledge", AUDIT.c.outcome == "ok")
        .order_by(AUDIT.c.id)
    )
    return [(r.actor_id, r.at) for r in rows]
