"""SQL implementations of the domain's ports, one small class each.

Repositories never commit: the unit of work does. Hot paths use Core statements
rather than ORM objects (a measurable difference per message, see bench/).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage import outbox_store, sqlite_fast
from storage.records import (
    AuditRecord,
    CaseEntryRecord,
    CaseEventRecord,
    CaseRecord,
    OutboxRecord,
    ReferenceCounterRecord,
)
from workflows.case import Case
from workflows.errors import StaleCase
from workflows.events import AuditEntry, CaseEntry, CaseEvent, OutgoingNotice
from workflows.stats import event_code
from workflows.vocabulary import Channel, ContactPreference, Risk, Role, Service, State, Trigger

CASES = CaseRecord.__table__
EVENTS = CaseEventRecord.__table__
ENTRIES = CaseEntryRecord.__table__
OUTBOX = OutboxRecord.__table__
AUDIT = AuditRecord.__table__
COUNTERS = ReferenceCounterRecord.__table__

_CASE_FIELDS = [f.name for f in fields(Case)]
_ENUM_FIELDS = {
    "state": State,
    "service": Service,
    "channel": Channel,
    "risk": Risk,
    "contact": ContactPreference,
    "held_from": State,
}


def case_from_row(row) -> Case:
    values = {name: row._mapping[name] for name in _CASE_FIELDS}
    for name, enum in _ENUM_FIELDS.items():
        if values[name] is not None:
            values[name] = enum(values[name])
    return Case(**values)


def case_to_values(case: Case) -> dict:
    values = asdict(case)
    for name in _ENUM_FIELDS:
        if values[name] is not None:
            values[name] = values[name].value
    values.pop("id")
    return values


def upsert(session: AsyncSession):
    """The dialect's INSERT that supports ``on_conflict_do_nothing``."""
    return pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert


class SqlCaseRepository:
    def __init__(self, session: AsyncSession, now: datetime | None = None) -> None:
        self.session = session
        #: When this unit of work runs; stamps ``updated_at`` (a change without a new
        #: state, such as ``record_session``, is still an update).
        self.now = now

    async def get(self, reference: str) -> Case | None:
        row = (await self.session.execute(select(CASES).where(CASES.c.reference == reference))).first()
        return None if row is None else case_from_row(row)

    async def get_by_id(self, case_id: int) -> Case | None:
        row = (await self.session.execute(select(CASES).where(CASES.c.id == case_id))).first()
        return None if row is None else case_from_row(row)

    async def add(self, case: Case) -> Case:
        values = case_to_values(case)
        values["updated_at"] = case.created_at
        result = await self.session.execute(insert(CASES).values(**values).returning(CASES.c.id))
        case.id = result.scalar_one()
        return case

    async def mark_acknowledged(self, case_id: int, at: datetime) -> bool:
        """A human saw the emergency (who and when go to the audit log). Not a transition."""
        result = await self.session.execute(
            update(CASES).where(CASES.c.id == case_id, CASES.c.acknowledged_at.is_(None)).values(acknowledged_at=at)
        )
        return result.rowcount == 1

    async def set_confidential(self, case_id: int, confidential: bool) -> None:
        """Mark who may see the case (a supervisor's decision, audited by the caller). Not a transition."""
        await self.session.execute(update(CASES).where(CASES.c.id == case_id).values(confidential=confidential))

    async def save(self, case: Case, expected_version: int) -> None:
        values = case_to_values(case)
        values["updated_at"] = self.now or case.state_entered_at or case.created_at
        result = await self.session.execute(
            update(CASES).where(CASES.c.id == case.id, CASES.c.version == expected_version).values(**values)
        )
        if result.rowcount != 1:
            raise StaleCase(reference=case.reference)


def event_from_row(row) -> CaseEvent:
    m = row._mapping
    return CaseEvent(
        case_id=m["case_id"],
        seq=m["seq"],
        at=m["at"],
        actor_id=m["actor_id"],
        role=Role(m["role"]),
        trigger=Trigger(m["trigger"]),
        from_state=State(m["from_state"]),
        to_state=State(m["to_state"]),
        data=m["data"] or {},
    )


#: The case column that keeps the time of the first event of these triggers (migration 0017).
FIRST_TIMES = {
    Trigger.ACCEPT.value: "accepted_at",
    Trigger.DISPATCH.value: "dispatched_at",
    Trigger.START_MEDIATION.value: "mediation_started_at",
    Trigger.CLOSE.value: "closed_at",
}


class SqlEventLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def append(self, event: CaseEvent) -> None:
        values = asdict(event)
        for name in ("role", "trigger", "from_state", "to_state"):
            values[name] = values[name].value
        values["code"] = event_code(values["trigger"], event.data)
        values["region"] = select(CASES.c.region).where(CASES.c.id == event.case_id).scalar_subquery()
        await self.session.execute(insert(EVENTS).values(**values))
        first = FIRST_TIMES.get(values["trigger"])
        if first is not None:  # the case's first accept / dispatch / close, for the figures' durations
            column = CASES.c[first]
            await self.session.execute(
                update(CASES).where(CASES.c.id == event.case_id, column.is_(None)).values({first: event.at})
            )

    async def for_case(self, case_id: int) -> Sequence[CaseEvent]:
        rows = await self.session.execute(select(EVENTS).where(EVENTS.c.case_id == case_id).order_by(EVENTS.c.seq))
        return [event_from_row(r) for r in rows]


class SqlCaseEntries:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, entry: CaseEntry) -> None:
        values = asdict(entry)
        values["author_role"] = entry.author_role.value
        await self.session.execute(insert(ENTRIES).values(**values))

    async def for_case(self, case_id: int) -> Sequence[CaseEntry]:
        rows = await self.session.execute(select(ENTRIES).where(ENTRIES.c.case_id == case_id).order_by(ENTRIES.c.id))
        return [
            CaseEntry(
                case_id=m["case_id"],
                kind=m["kind"],
                at=m["at"],
                author_role=Role(m["author_role"]),
                author_id=m["author_id"],
                text=m["text"],
                attachment=m["attachment"],
            )
            for m in (r._mapping for r in rows)
        ]


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(self, entry: AuditEntry) -> None:
        await self.session.execute(insert(AUDIT).values(**asdict(entry)))


class SqlOutbox:
    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now

    def _values(self, notice: OutgoingNotice, not_before: datetime | None) -> dict:
        return {
            "address": notice.address,
            "scheme": notice.address.split(":", 1)[0],
            "priority": outbox_store.priority_of(urgent=notice.urgent, background=notice.background),
            "message_id": notice.message_id,
            "args": notice.args,
            "locale": notice.locale,
            "buttons": [[list(button) for button in row] for row in notice.buttons],
            "case_id": notice.case_id,
            "not_before": not_before or self.now,
            "created_at": self.now,
        }

    async def put(self, notice: OutgoingNotice, *, not_before: datetime | None = None) -> None:
        await self.session.execute(insert(OUTBOX).values(**self._values(notice, not_before)))

    async def put_many(self, notices: list[OutgoingNotice]) -> None:
        """Several notices in one round trip (a turn's replies)."""
        if not notices:
            return
        rows = [self._values(n, None) for n in notices]
        if sqlite_fast.is_sqlite(self.session):
            await sqlite_fast.put_outbox(self.session, rows)
        else:
            await self.session.execute(insert(OUTBOX), rows)

    async def cancel_pending(self, address: str, *, reason: str) -> int:
        """Drop what still waits for ``address`` (after her quick exit); return how many rows."""
        return await outbox_store.cancel_pending(self.session, address, reason=reason)


class SqlReferenceSequence:
    """Per-year counter row, incremented inside the case's own transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def next_number(self, year: int) -> int:
        ins = upsert(self.session)(COUNTERS).values(year=year, last=0).on_conflict_do_nothing()
        await self.session.execute(ins)
        result = await self.session.execute(
            update(COUNTERS).where(COUNTERS.c.year == year).values(last=COUNTERS.c.last + 1).returning(COUNTERS.c.last)
        )
        return result.scalar_one()
