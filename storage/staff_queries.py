"""Read-side queries for staff: the queue, her cases, filters, counts, dispatch candidates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, func, literal_column, or_, select, true, union
from sqlalchemy import case as sql_case
from sqlalchemy.ext.asyncio import AsyncSession

from storage.people import actor_from_staff_row
from storage.records import (
    AuditRecord,
    CallbackTaskRecord,
    CaseCountRecord,
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
COUNTS = CaseCountRecord.__table__

CLOSED = sorted(s.value for s in CLOSED_STATES)
QUEUE_STATES = [State.EMERGENCY.value, State.NEW.value, State.ACCEPTED.value]
HANDLED = sorted(s.value for s in HANDLED_STATES)


def _literals(values: Iterable[str]) -> list:
    """Fixed state codes written into the SQL, not bound: a partial index (``WHERE state ...``) is used
    only when the query holds its predicate as written (SQLite compares the expressions; PostgreSQL's
    generic plans see no parameter values). The codes come from `workflows.vocabulary`, never from input."""
    return [literal_column(f"'{v}'") for v in values]


#: Open cases: the predicate of the partial indexes ``ix_cases_open_*`` (`storage.records.CASE_OPEN_SQL`).
OPEN = CASES.c.state.not_in(_literals(CLOSED))
#: At the window and not an emergency: the predicate of ``ix_cases_queue_waiting`` (`CASE_WAITING_SQL`).
WAITING = or_(
    CASES.c.state.in_(_literals(sorted([State.ACCEPTED.value, State.NEW.value]))),
    and_(CASES.c.state.in_(_literals(HANDLED)), CASES.c.assignee_id.is_(None)),
)
EMERGENCY = CASES.c.state == literal_column(f"'{State.EMERGENCY.value}'")


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


class Arm(NamedTuple):
    """One part of a staff member's scope (`visible_arms`)."""

    clause: Any
    #: The arm's one region; None: every region (city-wide); ``""``: not by region (her assignments, her point).
    region: str | None


def visible_arms(actor: Actor) -> list[Arm]:
    """`visible_to` as parts whose OR is the same scope, each of which one index can walk in order: one
    per region (an index led by ``region`` gives its cases in order; with several regions in one ``IN``
    the database would have to read them all and sort), her assignments, her point's offers. The
    lists below take each part's first rows and merge them: a bounded amount of work whatever the number
    of cases. The region parts do not overlap, so counts may add them up."""
    arms = []
    if actor.roles & {Role.SUPERVISOR, Role.ADMIN} or Role.OPERATOR in actor.roles:
        regions = [None] if ALL_REGIONS in actor.regions else sorted({*actor.regions, UNKNOWN_REGION})
        for region in regions:
            clause = true() if region is None else CASES.c.region == region
            if not actor.roles & {Role.SUPERVISOR, Role.ADMIN}:
                clause = and_(clause, or_(CASES.c.confidential.is_(False), named_on(actor)))
            arms.append(Arm(clause, region))
    if Role.MEDIATOR in actor.roles:
        arms.append(Arm(CASES.c.assignee_id == actor.id, ""))
        if actor.service_point_id is not None:
            offered = and_(CASES.c.service_point_id == actor.service_point_id, CASES.c.confidential.is_(False))
            arms.append(Arm(offered, ""))
    return arms


def _first_of_arms(arms: list[Arm], where: list, orders: list[tuple[list, list]], limit: int) -> list:
    """For each arm and each of ``orders`` (extra clauses, order), a SELECT of the first ``limit`` ids.

    Every one is an ordered index walk that stops after ``limit`` rows; `_union` joins them and the
    caller sorts the union (at most arms x orders x limit rows) and keeps its first ``limit``."""
    parts = []
    for arm in arms:
        for extra, order_by in orders:
            inner = select(CASES.c.id).where(arm.clause, *where, *extra).order_by(*order_by).limit(limit).subquery()
            parts.append(select(inner.c.id))
    return parts


def _union(parts: list):
    return union(*parts) if len(parts) > 1 else parts[0]


async def is_visible(session: AsyncSession, actor: Actor, case_id: int) -> bool:
    query = select(CASES.c.id).where(CASES.c.id == case_id, visible_to(actor))
    return (await session.execute(query)).first() is not None


def waiting_at_the_window():
    """Cases the window must act on: not yet accepted or dispatched, or left without a handler."""
    return or_(
        CASES.c.state.in_(QUEUE_STATES),
        and_(CASES.c.state.in_(HANDLED), CASES.c.assignee_id.is_(None)),
    )


#: An order by due time, the cases without one last, as walks of an index ending in (due time, id).
#: SQLite puts NULL first in an ascending index: two walks, those with a due time, then those without
#: (ordered by due time too, all NULL, so the index's order serves). PostgreSQL puts NULL last: one walk.
BY_DUE = [
    ([CASES.c.due_at.is_not(None)], [CASES.c.due_at, CASES.c.id]),
    ([CASES.c.due_at.is_(None)], [CASES.c.due_at, CASES.c.id]),
]
BY_DUE_NULLS_LAST = [([], [CASES.c.due_at, CASES.c.id])]
#: The same order for the merged rows: due time, none last, then id.
DUE_ORDER = [CASES.c.due_at.is_(None), CASES.c.due_at, CASES.c.id]


def by_due(session: AsyncSession) -> list[tuple[list, list]]:
    return BY_DUE_NULLS_LAST if session.get_bind().dialect.name == "postgresql" else BY_DUE


async def queue(session: AsyncSession, actor: Actor, limit: int = 30) -> list[Case]:
    """Cases waiting at the window: emergencies first, then by due time.

    Emergencies and the other waiting cases each have a partial index ordered by due time
    (``ix_cases_queue_emergency``, ``ix_cases_queue_waiting``): only waiting cases are in them, so
    the first ``limit`` of each part of her scope are read in order and merged, never all sorted."""
    arms = visible_arms(actor)
    if not arms:
        return []
    walks = by_due(session)
    ids = _union(_first_of_arms(arms, [EMERGENCY], walks, limit) + _first_of_arms(arms, [WAITING], walks, limit))
    emergency_first = sql_case((CASES.c.state == State.EMERGENCY.value, 0), else_=1)
    rows = await session.execute(
        select(CASES)
        .where(CASES.c.id.in_(ids))
        .order_by(emergency_first, CASES.c.due_at.is_(None), CASES.c.due_at, CASES.c.id)
        .limit(limit)
    )
    return [case_from_row(r) for r in rows]


async def open_cases_naming(session: AsyncSession, person_id: int) -> list[Case]:
    """Every open case on which the person is named as owner or handler."""
    ids = union(  # ix_cases_open_owner, ix_cases_open_assignee: one lookup each
        select(CASES.c.id).where(CASES.c.owner_id == person_id, OPEN),
        select(CASES.c.id).where(CASES.c.assignee_id == person_id, OPEN),
    )
    rows = await session.execute(select(CASES).where(CASES.c.id.in_(ids)).order_by(CASES.c.id))
    return [case_from_row(r) for r in rows]


async def mine(session: AsyncSession, actor: Actor, limit: int = 30) -> list[Case]:
    """A mediator's cases: those assigned to her first, then those offered to her service point, each
    by due time (none last). Taking a case clears its due time: ordered by due time alone, a point's
    old offers would push every case she holds past the limit."""
    # The predicate of ix_cases_offered (point, due time, id), as written there.
    offered = and_(CASES.c.state == literal_column(f"'{State.DISPATCHED.value}'"), CASES.c.assignee_id.is_(None))
    arms = [Arm(CASES.c.assignee_id == actor.id, "")]  # ix_cases_open_assignee (assignee, due time, id)
    if actor.service_point_id is not None:
        arms.append(Arm(and_(offered, CASES.c.service_point_id == actor.service_point_id), ""))
    rows = await session.execute(
        select(CASES)
        .where(CASES.c.id.in_(_union(_first_of_arms(arms, [OPEN], by_due(session), limit))))
        .order_by(sql_case((CASES.c.assignee_id == actor.id, 0), else_=1), *DUE_ORDER)
        .limit(limit)
    )
    return [case_from_row(r) for r in rows]


async def find(session: AsyncSession, actor: Actor, filters: CaseFilter, now, limit: int = 30) -> list[Case]:
    """`/cases`: newest first. Each arm of her scope walks an index in id order (``ix_cases_region_id``,
    ``ix_cases_region_state_id``, ``ix_cases_region_service_id``, ``ix_cases_state_id``,
    ``ix_cases_assignee_id_state``, ``ix_cases_point_id_state``, ``ix_cases_open_region``) and stops at
    ``limit``."""
    arms = visible_arms(actor)
    if filters.region:  # a part of another region finds nothing: left out rather than walked
        arms = [arm for arm in arms if arm.region in (None, "", filters.region)]
    if not arms:
        return []
    where = []
    if filters.state:
        where.append(CASES.c.state == filters.state)
    if filters.service:
        where.append(CASES.c.service == filters.service)
    if filters.region:
        where.append(CASES.c.region == filters.region)
    if filters.assignee is not None:
        where.append(CASES.c.assignee_id == filters.assignee)
    if filters.emergency:
        where.append(CASES.c.state == State.EMERGENCY.value)
    if filters.overdue:
        where.append(is_overdue(now))
    if filters.before is not None:  # the next page: each arm's walk starts below the last id shown
        where.append(CASES.c.id < filters.before)
    ids = _union(_first_of_arms(arms, where, [([], [CASES.c.id.desc()])], limit))
    rows = await session.execute(select(CASES).where(CASES.c.id.in_(ids)).order_by(CASES.c.id.desc()).limit(limit))
    return [case_from_row(r) for r in rows]


def _by_region(actor: Actor) -> list[Arm] | None:
    """Her scope as region parts only (they do not overlap: counts add up), or None when it is not."""
    arms = visible_arms(actor)
    return arms if arms and all(arm.region for arm in arms) else None


def _counted_parts(actor: Actor) -> list:
    """Her scope as clauses that do not overlap (counts add them up), each counted in an index alone: her
    regions one by one; a mediator's cases assigned to her (``ix_cases_assignee_id_state``; open:
    ``ix_cases_open_assignee``), then her point's other cases (``ix_cases_point_id_state``; open:
    ``ix_cases_open_point``). As one OR the database reads every case of both through a bitmap (420-635 ms
    at 1M on PostgreSQL). A scope mixing roles is counted as it is (`visible_to`)."""
    arms = _by_region(actor)
    if arms is not None:
        return [arm.clause for arm in arms]
    if actor.roles & {Role.SUPERVISOR, Role.ADMIN, Role.OPERATOR} or Role.MEDIATOR not in actor.roles:
        return [visible_to(actor)]
    parts = [CASES.c.assignee_id == actor.id]
    if actor.service_point_id is not None:
        not_hers = or_(CASES.c.assignee_id.is_(None), CASES.c.assignee_id != actor.id)
        parts.append(
            and_(CASES.c.service_point_id == actor.service_point_id, CASES.c.confidential.is_(False), not_hers)
        )
    return parts


def _reads_counts(actor: Actor) -> bool:
    """A supervisor sees every case of her regions, confidential too: ``case_counts`` has her numbers."""
    return bool(actor.roles & {Role.SUPERVISOR, Role.ADMIN}) and Role.MEDIATOR not in actor.roles


async def counts_by_state(session: AsyncSession, actor: Actor) -> dict[str, int]:
    """Her cases by state. A supervisor (who sees confidential cases too) reads the counts kept by
    triggers in ``case_counts``; an operator's are counted per region in ``ix_cases_region_state_id``
    (region, state, id and the columns of confidentiality), without reading a case."""
    if _reads_counts(actor):
        query = select(COUNTS.c.state, func.sum(COUNTS.c.n)).where(COUNTS.c.n > 0).group_by(COUNTS.c.state)
        if ALL_REGIONS not in actor.regions:
            query = query.where(COUNTS.c.region.in_(sorted({*actor.regions, UNKNOWN_REGION})))
        return {state: int(count) for state, count in await session.execute(query) if count}
    counts: dict[str, int] = {}
    for clause in _counted_parts(actor):
        rows = await session.execute(select(CASES.c.state, func.count()).where(clause).group_by(CASES.c.state))
        for state, count in rows:
            counts[state] = counts.get(state, 0) + count
    return counts


def is_overdue(now: datetime):
    """Open, and flagged overdue by the clock or past its due time (the clock may not have polled yet)."""
    return and_(OPEN, or_(CASES.c.overdue.is_(True), CASES.c.due_at < now))


async def overdue_count(session: AsyncSession, actor: Actor, now: datetime) -> int:
    """Counted per region in the open cases' index ``ix_cases_open_region``; a mediator's parts in
    ``ix_cases_open_assignee`` and ``ix_cases_open_point``, which hold what is asked of each case (a
    generic plan for her point's part read every case by a hash join when they did not: 161 ms p95 at
    1M on PostgreSQL). City-wide: those the clock flagged from ``case_counts``, and those past due it has
    not flagged yet in ``ix_cases_open_overdue_due``."""
    if _reads_counts(actor) and ALL_REGIONS in actor.regions:
        flagged = select(func.coalesce(func.sum(COUNTS.c.n), 0)).where(
            COUNTS.c.overdue.is_(True), COUNTS.c.state.not_in(CLOSED)
        )
        late = select(func.count()).select_from(CASES).where(OPEN, CASES.c.overdue.is_(False), CASES.c.due_at < now)
        return int((await session.execute(flagged)).scalar_one()) + (await session.execute(late)).scalar_one()
    total = 0
    for clause in _counted_parts(actor):
        query = select(func.count()).select_from(CASES).where(clause, is_overdue(now))
        total += (await session.execute(query)).scalar_one()
    return total


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
    """Active mediators and service points with their current open load.

    The loads are counted in the partial indexes of open cases (``ix_cases_open_assignee``,
    ``ix_cases_open_point``) for the active points and mediators only: closed cases, however many,
    are not in them."""
    points = {r.id: r for r in await session.execute(select(POINTS).where(POINTS.c.active.is_(True)))}
    staff_rows = (
        await session.execute(
            select(STAFF, PEOPLE.c.locale)
            .join(PEOPLE, PEOPLE.c.id == STAFF.c.person_id)
            .where(STAFF.c.active.is_(True))
        )
    ).all()
    mediators = sorted(r.person_id for r in staff_rows if Role.MEDIATOR.value in r.roles)
    by_assignee = await _open_load(session, CASES.c.assignee_id, mediators)
    by_point = await _open_load(session, CASES.c.service_point_id, sorted(points))
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
    for r in staff_rows:
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


async def _open_load(session: AsyncSession, column, ids: list[int]) -> dict[int, int]:
    """Open cases per id of ``column`` (a handler or a service point), for ``ids`` only."""
    if not ids:
        return {}
    query = select(column, func.count()).where(OPEN, column.in_(ids)).group_by(column)
    return dict((await session.execute(query)).all())


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
