"""The weekly digests' rows (`bot.workers.digest`): who is owed one, and the insert that decides.

`claim` inserts the (person, week) row with ``ON CONFLICT DO NOTHING`` in the caller's transaction,
beside the digest's outbox row: of several processes (PostgreSQL) or rounds, the one whose insert
went in sends; every other sees no row inserted and rolls back what it wrote. On PostgreSQL a second
insert of the same key waits for the first transaction and then does nothing, so two processes
never both send.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.people import actor_from_staff_row
from storage.records import DigestRecord, StaffRecord
from storage.repositories import upsert
from workflows.case import Actor
from workflows.vocabulary import Role

DIGESTS = DigestRecord.__table__
STAFF = StaffRecord.__table__


async def owed(session: AsyncSession, week_start: date) -> list[Actor]:
    """The active supervisors who have no digest of the week starting ``week_start`` yet, by id."""
    sent = select(DIGESTS.c.person_id).where(DIGESTS.c.week_start == week_start)
    rows = await session.execute(
        select(STAFF).where(STAFF.c.active.is_(True), STAFF.c.person_id.not_in(sent)).order_by(STAFF.c.person_id)
    )
    return [actor for actor in map(actor_from_staff_row, rows) if Role.SUPERVISOR in actor.roles]


async def claim(session: AsyncSession, person_id: int, week_start: date, now: datetime) -> bool:
    """Insert the row of her digest of that week; False when one is there already (sent, or being sent)."""
    statement = (
        upsert(session)(DIGESTS)
        .values(person_id=person_id, week_start=week_start, sent_at=now)
        .on_conflict_do_nothing(index_elements=["person_id", "week_start"])
        .returning(DIGESTS.c.id)
    )
    return (await session.execute(statement)).first() is not None


async def sent_weeks(session: AsyncSession, person_id: int) -> list[date]:
    """The weeks (their Mondays) whose digest she was sent, oldest first."""
    rows = await session.execute(
        select(DIGESTS.c.week_start).where(DIGESTS.c.person_id == person_id).order_by(DIGESTS.c.week_start)
    )
    return [row[0] for row in rows]


__all__ = ["claim", "owed", "sent_weeks"]
