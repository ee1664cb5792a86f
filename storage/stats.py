"""The supervisor figures in SQL (`workflows.stats`, port `StatsQueries`): aggregated in the database.

Every figure is a GROUP BY or a percentile over one period's rows; nothing loads a row per case
into Python. Percentiles: PostgreSQL's ``percentile_cont``; on SQLite a window ranking
(``row_number() OVER (ORDER BY seconds)``) returns only the two rows each percentile lies between,
and the interpolation is done here, as ``percentile_cont`` does it. The case list is streamed.

The indexes these queries use come with migrations 0015 and 0017: cases by (region, created_at) and
by created_at, case events by (region, trigger, at), (case_id, trigger, at) and (trigger, at), fired
timers by (status, fired_at), follow-up rounds by (region, asked_at) and asked_at. Migration 0017 keeps
the first accept / dispatch / close on the case and the region on events and rounds, so that no figure
joins a period's cases with their events.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import Integer, and_, exists, func, or_, select, text, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import (
    AuditRecord,
    CaseEventRecord,
    CaseRecord,
    CaseTimerRecord,
    FollowUpRecord,
    ServicePointRecord,
)
from storage.staff_queries import is_overdue
from workflows import follow_ups as fu
from workflows.stats import CaseFigures, CaseRow, Durations, FollowUpFigures, Period, Scope
from workflows.timers import FIRED, FLAGS_OVERDUE
from workflows.vocabulary import Channel, Service, State, Trigger

CASES = CaseRecord.__table__
EVENTS = CaseEventRecord.__table__
TIMERS = CaseTimerRecord.__table__
FOLLOW_UPS = FollowUpRecord.__table__
AUDIT = AuditRecord.__table__
POINTS = ServicePointRecord.__table__

#: Mediation outcomes as the figures name them, by the trigger that ends a mediation.
MEDIATION_TRIGGERS = {Trigger.REACH_AGREEMENT.value: "agreement", Trigger.TERMINATE_MEDIATION.value: "terminated"}
MEDIATION_OUTCOMES = ("agreement", "terminated", "referred")
UNKNOWN_AGENCY = "unknown"


def scope_clause(scope: Scope) -> Any:
    if scope.service_point_id is not None:
        return CASES.c.service_point_id == scope.service_point_id
    if scope.regions is None:
        return true()
    return CASES.c.region.in_(sorted(scope.regions))


def _rows_of_scope(table: Any, scope: Scope) -> Any:
    """``scope`` on a table that keeps the case's region and id (events, follow-up rounds)."""
    if scope.service_point_id is not None:
        return exists().where(CASES.c.id == table.c.case_id, CASES.c.service_point_id == scope.service_point_id)
    if scope.regions is None:
        return true()
    return table.c.region.in_(sorted(scope.regions))


def _opened(since: datetime, until: datetime, scope: Scope) -> Any:
    return and_(CASES.c.created_at >= since, CASES.c.created_at < until, scope_clause(scope))


def _seconds(session: AsyncSession, later: Any, earlier: Any) -> Any:
    if _dialect(session) == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _dialect(session: AsyncSession) -> str:
    return session.bind.dialect.name


async def _durations(session: AsyncSession, seconds: Any) -> Durations:
    """Count, median and 90th percentile of the subquery ``seconds`` (one column ``s``)."""
    s = seconds.c.s
    if _dialect(session) == "postgresql":
        row = (
            await session.execute(
                select(
                    func.count(),
                    func.percentile_cont(0.5).within_group(s.asc()),
                    func.percentile_cont(0.9).within_group(s.asc()),
                ).select_from(seconds)
            )
        ).one()
        return Durations(int(row[0]), _float(row[1]), _float(row[2]))
    ranked = select(
        s.label("s"), func.row_number().over(order_by=s).label("rn"), func.count().over().label("n")
    ).subquery()
    wanted = []
    for fraction in (0.5, 0.9):
        low = func.cast((ranked.c.n - 1) * fraction, Integer()) + 1
        wanted += [ranked.c.rn == low, ranked.c.rn == low + 1]
    rows = (await session.execute(select(ranked.c.s, ranked.c.rn, ranked.c.n).where(or_(*wanted)))).all()
    if not rows:
        return Durations(0, None, None)
    n = rows[0].n
    at_rank = {r.rn: float(r.s) for r in rows}
    return Durations(n, _interpolate(at_rank, n, 0.5), _interpolate(at_rank, n, 0.9))


def _interpolate(at_rank: dict[int, float], n: int, fraction: float) -> float:
    position = (n - 1) * fraction
    low = int(position)
    lower = at_rank[low + 1]
    upper = at_rank.get(low + 2, lower)
    return lower + (upper - lower) * (position - low)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class Window:
    """What every figure's query needs: the period's instants, the scope, and the time of asking."""

    since: datetime
    until: datetime
    scope: Scope
    now: datetime

    @property
    def opened(self) -> Any:
        return _opened(self.since, self.until, self.scope)

    @property
    def events_in_period(self) -> Any:
        return and_(EVENTS.c.at >= self.since, EVENTS.c.at < self.until, _rows_of_scope(EVENTS, self.scope))


async def registered(session: AsyncSession, w: Window) -> dict[str, Any]:
    """Registered in the period: total, by channel, service, region, state now; confidential."""
    by_channel = {c.value: 0 for c in Channel}
    by_service = {s.value: 0 for s in Service}
    by_region: dict[str, int] = {}
    by_state: dict[str, int] = {}
    total = confidential = 0
    columns = (CASES.c.channel, CASES.c.service, CASES.c.region, CASES.c.state, CASES.c.confidential)
    grouped = select(*columns, func.count()).where(w.opened).group_by(*columns)
    for channel, service, region, state, secret, count in (await session.execute(grouped)).all():
        total += count
        by_channel[channel] = by_channel.get(channel, 0) + count
        by_service[service] = by_service.get(service, 0) + count
        by_region[region] = by_region.get(region, 0) + count
        by_state[state] = by_state.get(state, 0) + count
        confidential += count if secret else 0
    return {
        "opened": total,
        "by_channel": by_channel,
        "by_service": by_service,
        "by_region": dict(sorted(by_region.items())),
        "by_state": dict(sorted(by_state.items())),
        "confidential": confidential,
    }


async def women(session: AsyncSession, w: Window) -> dict[str, Any]:
    """Person-times (registered, not refused), distinct known reporters, cases with none."""
    helped = and_(w.opened, CASES.c.state != State.NOT_ACCEPTED.value)
    row = (
        await session.execute(
            select(
                func.count(),
                func.count(func.distinct(CASES.c.reporter_id)),
                func.count().filter(CASES.c.reporter_id.is_(None)),
            ).where(helped)
        )
    ).one()
    return {"person_times": row[0], "distinct_women": row[1], "unknown_women": row[2]}


def _time_to(trigger: Trigger, name: str, column: str):
    async def figure(session: AsyncSession, w: Window) -> dict[str, Any]:
        first = CASES.c[column]
        seconds = (
            select(_seconds(session, first, CASES.c.created_at).label("s"))
            .where(w.opened, first.is_not(None))
            .subquery()
        )
        return {name: await _durations(session, seconds)}

    figure.__name__ = name
    figure.__doc__ = f"Of the cases registered in the period: from registration to the first {trigger.value}."
    return figure


async def overdue_now(session: AsyncSession, w: Window) -> dict[str, Any]:
    """Open cases of the scope overdue at the time of asking, whatever the period."""
    query = select(func.count()).select_from(CASES).where(scope_clause(w.scope), is_overdue(w.now))
    return {"overdue_now": (await session.execute(query)).scalar_one()}


async def overdue_in_period(session: AsyncSession, w: Window) -> dict[str, Any]:
    """Cases the clock flagged overdue (an overdue, referral-overdue or escalation mark fired) in the period."""
    query = (
        select(func.count(func.distinct(TIMERS.c.case_id)))
        .select_from(TIMERS.join(CASES, CASES.c.id == TIMERS.c.case_id))
        .where(
            TIMERS.c.status == FIRED,
            TIMERS.c.fired_at >= w.since,
            TIMERS.c.fired_at < w.until,
            TIMERS.c.kind.in_(sorted(FLAGS_OVERDUE)),
            scope_clause(w.scope),
        )
    )
    return {"overdue_in_period": (await session.execute(query)).scalar_one()}


async def emergencies(session: AsyncSession, w: Window) -> dict[str, Any]:
    """Emergencies raised in the period; from the first raise to the first acknowledgement after it."""
    raised = (
        select(EVENTS.c.case_id, func.min(EVENTS.c.at).label("raised"))
        .where(w.events_in_period, EVENTS.c.trigger == Trigger.RAISE_EMERGENCY.value)
        .group_by(EVENTS.c.case_id)
        .subquery()
    )
    count = (await session.execute(select(func.count()).select_from(raised))).scalar_one()
    acknowledged = (
        select(raised.c.case_id, _seconds(session, func.min(AUDIT.c.at), raised.c.raised).label("s"))
        .select_from(
            raised.join(
                AUDIT,
                and_(
                    AUDIT.c.case_id == raised.c.case_id,
                    AUDIT.c.action == "acknowledge",
                    AUDIT.c.outcome == "ok",
                    AUDIT.c.at >= raised.c.raised,
                ),
            )
        )
        .group_by(raised.c.case_id, raised.c.raised)
        .subquery()
    )
    return {"emergencies": count, "to_acknowledge": await _durations(session, acknowledged)}


async def mediation_and_referrals(session: AsyncSession, w: Window) -> dict[str, Any]:
    """Mediation outcomes (agreement, terminated, referred after a mediation) and referrals by agency.
    One GROUP BY over the period's events of those triggers (found by region without the cases), then
    the referrals whose case had started a mediation before them (``cases.mediation_started_at``),
    probed by the case's key for the referrals only."""
    mediation = dict.fromkeys(MEDIATION_OUTCOMES, 0)
    referrals: dict[str, int] = {}
    ended = (
        select(EVENTS.c.trigger, EVENTS.c.code, func.count())
        .where(w.events_in_period, EVENTS.c.trigger.in_([*MEDIATION_TRIGGERS, Trigger.REFER.value]))
        .group_by(EVENTS.c.trigger, EVENTS.c.code)
    )
    for trigger, code, count in (await session.execute(ended)).all():
        if trigger in MEDIATION_TRIGGERS:
            mediation[MEDIATION_TRIGGERS[trigger]] += count
        else:
            key = code or UNKNOWN_AGENCY
            referrals[key] = referrals.get(key, 0) + count
    if referrals:
        after_mediation = (
            select(func.count())
            .select_from(EVENTS.join(CASES, CASES.c.id == EVENTS.c.case_id))
            .where(
                w.events_in_period,
                EVENTS.c.trigger == Trigger.REFER.value,
                CASES.c.mediation_started_at < EVENTS.c.at,
            )
        )
        mediation["referred"] = (await session.execute(after_mediation)).scalar_one()
    return {"mediation": mediation, "judicial_confirmations": None, "referrals": dict(sorted(referrals.items()))}


async def follow_up(session: AsyncSession, w: Window) -> dict[str, Any]:
    return {"follow_up": await _follow_ups(session, w.since, w.until, w.scope)}


#: Every figure's query, by name (the bench times each).
FIGURES = {
    "registered": registered,
    "women": women,
    "to_accept": _time_to(Trigger.ACCEPT, "to_accept", "accepted_at"),
    "to_dispatch": _time_to(Trigger.DISPATCH, "to_dispatch", "dispatched_at"),
    "to_close": _time_to(Trigger.CLOSE, "to_close", "closed_at"),
    "overdue_now": overdue_now,
    "overdue_in_period": overdue_in_period,
    "emergencies": emergencies,
    "mediation_and_referrals": mediation_and_referrals,
    "follow_up": follow_up,
}


async def case_figures(session: AsyncSession, period: Period, scope: Scope, tz: tzinfo, now: datetime) -> CaseFigures:
    since, until = period.bounds(tz)
    window = Window(since, until, scope, now)
    values: dict[str, Any] = {}
    for figure in FIGURES.values():
        values.update(await figure(session, window))
    return CaseFigures(period=period, scope=scope, **values)


async def _follow_ups(session: AsyncSession, since: datetime, until: datetime, scope: Scope) -> FollowUpFigures:
    """Rounds asked in the period (she was asked: not ``no_contact``) and, of them, those answered."""
    query = (
        select(FOLLOW_UPS.c.status, FOLLOW_UPS.c.solved, FOLLOW_UPS.c.satisfaction, func.count())
        .where(
            FOLLOW_UPS.c.asked_at >= since,
            FOLLOW_UPS.c.asked_at < until,
            FOLLOW_UPS.c.status != fu.NO_CONTACT,
            _rows_of_scope(FOLLOW_UPS, scope),
        )
        .group_by(FOLLOW_UPS.c.status, FOLLOW_UPS.c.solved, FOLLOW_UPS.c.satisfaction)
    )
    asked = answered = 0
    solved = {s.value: 0 for s in fu.Solved}
    satisfaction = dict.fromkeys(fu.SATISFACTION, 0)
    for status, said, score, count in (await session.execute(query)).all():
        asked += count
        if status != fu.ANSWERED:
            continue
        answered += count
        if said in solved:
            solved[said] += count
        if score in satisfaction:
            satisfaction[score] += count
    scored = sum(satisfaction.values())
    mean = sum(k * v for k, v in satisfaction.items()) / scored if scored else None
    return FollowUpFigures(asked, answered, solved, satisfaction, mean)


#: What the list shows as a case's outcome, by the trigger of its latest outcome event.
OUTCOME_TRIGGERS = (
    Trigger.REACH_AGREEMENT.value,
    Trigger.TERMINATE_MEDIATION.value,
    Trigger.REFER.value,
    Trigger.CLOSE.value,
    Trigger.REJECT.value,
    Trigger.WITHDRAW.value,
)
OUTCOME_NAMES = {
    Trigger.REACH_AGREEMENT.value: "agreement",
    Trigger.TERMINATE_MEDIATION.value: "terminated",
    Trigger.REFER.value: "referred",
    Trigger.CLOSE.value: "closed",
    Trigger.REJECT.value: "not_accepted",
    Trigger.WITHDRAW.value: "withdrawn",
}


def _outcome(trigger: str | None, code: str | None) -> str:
    if not trigger:
        return ""
    name = OUTCOME_NAMES.get(trigger, trigger)
    return f"{name}:{code}" if code else name


async def case_rows(session: AsyncSession, since: datetime, until: datetime, scope: Scope) -> AsyncIterator[CaseRow]:
    """The period's cases, streamed oldest first, with their first accept / dispatch / close (kept on the
    case) and their latest outcome event (found per case by the (case_id, trigger, at) index)."""
    opened = and_(_opened(since, until, scope), CASES.c.confidential.is_(False))
    latest = EVENTS.alias("latest")
    outcome_seq = (
        select(func.max(latest.c.seq))
        .where(latest.c.case_id == CASES.c.id, latest.c.trigger.in_(OUTCOME_TRIGGERS))
        .scalar_subquery()
    )
    outcome = EVENTS.alias("outcome")
    query = (
        select(
            CASES.c.reference,
            CASES.c.created_at,
            CASES.c.service,
            CASES.c.region,
            CASES.c.channel,
            CASES.c.state,
            outcome.c.trigger.label("outcome_trigger"),
            outcome.c.code.label("outcome_code"),
            CASES.c.accepted_at,
            CASES.c.dispatched_at,
            CASES.c.closed_at,
        )
        .select_from(CASES.outerjoin(outcome, and_(outcome.c.case_id == CASES.c.id, outcome.c.seq == outcome_seq)))
        .where(opened)
        .order_by(CASES.c.created_at, CASES.c.id)
    )
    if _dialect(session) == "postgresql":
        # A cursor is planned for its first rows (cursor_tuple_fraction 0.1); the whole list is read, so
        # plan for all of it.
        await session.execute(text("SET LOCAL cursor_tuple_fraction = 1.0"))
    result = await session.stream(query)
    async for r in result:
        yield CaseRow(
            reference=r.reference,
            opened_at=_aware(r.created_at),
            service=r.service,
            region=r.region,
            channel=r.channel,
            state=r.state,
            outcome=_outcome(r.outcome_trigger, r.outcome_code),
            accepted_at=_aware(r.accepted_at),
            dispatched_at=_aware(r.dispatched_at),
            closed_at=_aware(r.closed_at),
        )


def _aware(value: Any) -> datetime | None:
    """Scalar subqueries lose the column type on SQLite (a string comes back): parse and mark as UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


async def point_region(session: AsyncSession, point_id: int) -> str | None:
    return (await session.execute(select(POINTS.c.region).where(POINTS.c.id == point_id))).scalar_one_or_none()


class SqlStats:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def case_figures(self, period: Period, scope: Scope, tz: tzinfo, now: datetime) -> CaseFigures:
        return await case_figures(self.session, period, scope, tz, now)

    def case_rows(self, since: datetime, until: datetime, scope: Scope) -> AsyncIterator[CaseRow]:
        return case_rows(self.session, since, until, scope)

    async def point_region(self, point_id: int) -> str | None:
        return await point_region(self.session, point_id)


__all__ = ["FIGURES", "SqlStats", "Window", "case_figures", "case_rows", "point_region"]
