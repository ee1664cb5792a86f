"""What the operators' probes read from the database: a trivial query, and a few counts for `/metrics`.

Every query here is an aggregate over an indexed column set (the outbox by status and scheme, open
cases by region and state, pending timers by due time): counts, oldest times, never a row's content.
Labels are channel names, states and region codes only — never an address, a name or her words.

The probe has an engine of its own (`probe_engine`): no pool (a connection per probe, closed after),
its driver timeouts at the probe's bound, and on SQLite the file opened read-only, so a missing file
is reported as down instead of being created empty. A probe that cannot finish within its bound is
abandoned without touching the bot's own connections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from storage.records import CaseRecord, CaseTimerRecord, OutboxRecord
from workflows.vocabulary import OPEN_STATES, State

OUTBOX = OutboxRecord.__table__
CASES = CaseRecord.__table__
TIMERS = CaseTimerRecord.__table__

_OPEN = sorted(state.value for state in OPEN_STATES)


def probe_engine(url: str, timeout: float) -> AsyncEngine:
    """An engine for probes only: no pool, driver timeouts of ``timeout`` seconds, SQLite read-only."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            # Read-only and never created: a file that is gone is an error, not a new empty database.
            parsed = parsed.set(database=f"file:{database}?mode=ro", query={"uri": "true"})
        return create_async_engine(parsed, poolclass=NullPool, connect_args={"timeout": timeout})
    return create_async_engine(
        parsed, poolclass=NullPool, connect_args={"timeout": timeout, "command_timeout": timeout}
    )


async def answers(connection: AsyncConnection) -> None:
    """The trivial query: the database answers and holds the schema (raises otherwise)."""
    await connection.execute(text("SELECT 1"))
    await connection.execute(select(func.count()).select_from(select(OUTBOX.c.id).limit(1).subquery()))


@dataclass
class OutboxFigures:
    """Per channel (URN scheme): pending rows, dead letters, the oldest pending row's creation, the
    earliest due time of a pending row that is due now (a row due long ago and not sent is stuck)."""

    pending: dict[str, int] = field(default_factory=dict)
    dead: dict[str, int] = field(default_factory=dict)
    oldest_pending: dict[str, datetime] = field(default_factory=dict)
    oldest_due: dict[str, datetime] = field(default_factory=dict)


async def outbox_figures(connection: AsyncConnection, now: datetime) -> OutboxFigures:
    figures = OutboxFigures()
    counted = select(OUTBOX.c.scheme, OUTBOX.c.status, func.count(), func.min(OUTBOX.c.created_at)).where(
        OUTBOX.c.status.in_(("pending", "dead"))
    )
    for scheme, status, count, oldest in await connection.execute(counted.group_by(OUTBOX.c.scheme, OUTBOX.c.status)):
        if status == "pending":
            figures.pending[scheme] = count
            if oldest is not None:
                figures.oldest_pending[scheme] = oldest
        else:
            figures.dead[scheme] = count
    due = (
        select(OUTBOX.c.scheme, func.min(OUTBOX.c.not_before))
        .where(OUTBOX.c.status == "pending", OUTBOX.c.not_before <= now)
        .group_by(OUTBOX.c.scheme)
    )
    for scheme, earliest in await connection.execute(due):
        if earliest is not None:
            figures.oldest_due[scheme] = earliest
    return figures


@dataclass
class CaseFigures:
    #: (state, region) → open cases; region → overdue open cases.
    open: dict[tuple[str, str], int] = field(default_factory=dict)
    overdue: dict[str, int] = field(default_factory=dict)
    #: region → unacknowledged emergencies, and when the oldest of them began.
    emergencies: dict[str, int] = field(default_factory=dict)
    oldest_emergency: dict[str, datetime] = field(default_factory=dict)
    #: Pending clock marks whose time has come (the clock worker fires them).
    timers_due: int = 0


async def case_figures(connection: AsyncConnection, now: datetime) -> CaseFigures:
    figures = CaseFigures()
    open_cases = (
        select(CASES.c.state, CASES.c.region, func.count(), func.sum(case((CASES.c.overdue, 1), else_=0)))
        .where(CASES.c.state.in_(_OPEN))
        .group_by(CASES.c.state, CASES.c.region)
    )
    for state, region, count, overdue in await connection.execute(open_cases):
        figures.open[(state, region)] = count
        figures.overdue[region] = figures.overdue.get(region, 0) + int(overdue or 0)
    emergencies = (
        select(CASES.c.region, func.count(), func.min(CASES.c.state_entered_at))
        .where(CASES.c.state == State.EMERGENCY.value, CASES.c.acknowledged_at.is_(None))
        .group_by(CASES.c.region)
    )
    for region, count, began in await connection.execute(emergencies):
        figures.emergencies[region] = count
        if began is not None:
            figures.oldest_emergency[region] = began
    due = select(func.count()).where(TIMERS.c.status == "pending", TIMERS.c.due_at <= now)
    figures.timers_due = int((await connection.execute(due)).scalar_one())
    return figures
