"""Everything a dialog turn needs from the database, in as few round trips as possible.

A turn starts by recording its update id (a redelivery stops here) and then reads
the sender's person, staff record and conversation in one joined query.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import sqlite_fast
from storage.advisory import lock_key
from storage.conversations import CONVERSATIONS
from storage.inbound import first_time
from storage.people import IDENTITIES, PEOPLE, STAFF, Person, actor_from_staff_row, person_for_address
from workflows.readmodels import TurnContext

_CONTEXT = (
    select(
        PEOPLE.c.id.label("person_id"),
        PEOPLE.c.locale,
        STAFF.c.roles,
        STAFF.c.regions,
        STAFF.c.service_point_id,
        STAFF.c.display_name,
        STAFF.c.active,
        CONVERSATIONS.c.step,
        CONVERSATIONS.c.data,
    )
    .select_from(IDENTITIES)
    .join(PEOPLE, PEOPLE.c.id == IDENTITIES.c.person_id)
    .outerjoin(STAFF, and_(STAFF.c.person_id == PEOPLE.c.id, STAFF.c.active.is_(True)))
    .outerjoin(CONVERSATIONS, CONVERSATIONS.c.address == IDENTITIES.c.address)
)


async def begin_turn(
    session: AsyncSession, *, channel: str, update_id: str, address: str, now: datetime
) -> TurnContext | None:
    """None when this update was handled before; else who is writing and where her dialog stands.

    On PostgreSQL the turn first takes a transaction advisory lock on ``address`` (released at commit
    or rollback): with several processes, a second turn of her conversation waits for the first and
    reads what it wrote, instead of both saving from the same state (one process has the dialog
    engine's per-address lock; SQLite has one process)."""
    fast = sqlite_fast.is_sqlite(session)
    if session.bind.dialect.name == "postgresql":
        await session.execute(select(func.pg_advisory_xact_lock(lock_key(f"conversation:{address}"))))
    recorded = await (sqlite_fast.first_time if fast else first_time)(session, channel, update_id, now)
    if not recorded:
        return None
    if fast:
        found = await sqlite_fast.turn_context(session, address)
    else:
        row = (await session.execute(_CONTEXT.where(IDENTITIES.c.address == address))).first()
        found = None if row is None else {**row._mapping, "data": dict(row.data or {}), "step": row.step or ""}
    if found is None:
        person = await person_for_address(session, address, now)
        return TurnContext(person=person, staff=None, step="", data={})
    return TurnContext(
        person=Person(id=found["person_id"], locale=found["locale"]),
        staff=actor_from_staff_row(found) if found["active"] else None,
        step=found["step"],
        data=found["data"],
    )
