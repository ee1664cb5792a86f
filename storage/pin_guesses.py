"""PIN guesses by source (`storage.records.PinGuessRecord`): written and counted for `workflows.services.pin_gate`.

A source is a hash: of the conversation's address, or of the keyed hash the web chat gives
for its client's network address. Only the last day is ever read; `purge` drops older rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import AuditRecord, CaseRecord, PinGuessRecord

GUESSES = PinGuessRecord.__table__
AUDIT = AuditRecord.__table__

#: Outcomes that are wrong guesses: a wrong PIN for a named case, a wrong PIN for her own cases,
#: and a reference that names no case.
WRONG = ("wrong", "mine_wrong", "unknown")
#: Wrong guesses at cases that are not the guesser's own: what spraying is made of.
STRANGER_WRONG = ("wrong", "unknown")
CONVERSATION, NETWORK, SERVICE = "conversation", "network", "service"


async def record(
    session: AsyncSession, *, source: str, kind: str, case_id: int | None, at: datetime, outcome: str
) -> None:
    await session.execute(insert(GUESSES).values(source=source, kind=kind, case_id=case_id, at=at, outcome=outcome))


async def wrong_times(session: AsyncSession, source: str, since: datetime) -> list[datetime]:
    """When this source guessed wrong since ``since``, oldest first."""
    rows = await session.execute(
        select(GUESSES.c.at)
        .where(GUESSES.c.source == source, GUESSES.c.outcome.in_(WRONG), GUESSES.c.at >= since)
        .order_by(GUESSES.c.at)
    )
    return [r.at for r in rows]


async def wrong_on_case(session: AsyncSession, source: str, case_id: int, since: datetime) -> list[datetime]:
    """When this source guessed wrong at this case since ``since``, oldest first."""
    rows = await session.execute(
        select(GUESSES.c.at)
        .where(
            GUESSES.c.source == source,
            GUESSES.c.case_id == case_id,
            GUESSES.c.outcome.in_(WRONG),
            GUESSES.c.at >= since,
        )
        .order_by(GUESSES.c.at)
    )
    return [r.at for r in rows]


async def service_wrong(session: AsyncSession, since: datetime) -> tuple[list[datetime], int]:
    """Strangers' wrong guesses over the whole service since ``since`` (oldest first; one row per
    guess, the conversation's), and how many targets they named (cases, each unknown reference)."""
    where = (GUESSES.c.kind == CONVERSATION, GUESSES.c.outcome.in_(STRANGER_WRONG), GUESSES.c.at >= since)
    rows = await session.execute(select(GUESSES.c.at).where(*where).order_by(GUESSES.c.at))
    times = [r.at for r in rows]
    cases = await session.scalar(select(func.count(func.distinct(GUESSES.c.case_id))).where(*where))
    unknown = await session.scalar(select(func.count()).where(*where, GUESSES.c.case_id.is_(None)))
    return times, int(cases or 0) + int(unknown or 0)


async def last_alert(session: AsyncSession, since: datetime) -> datetime | None:
    """When supervisors were last alerted of a spray, if since ``since``."""
    return await session.scalar(
        select(func.max(GUESSES.c.at)).where(
            GUESSES.c.kind == SERVICE, GUESSES.c.outcome == "alert", GUESSES.c.at >= since
        )
    )


async def purge(session: AsyncSession, before: datetime) -> int:
    """Drop the rows older than ``before`` (nothing reads past a day); return how many."""
    result = await session.execute(delete(GUESSES).where(GUESSES.c.at < before))
    return result.rowcount or 0


# -- the duress PIN (``cases.duress_pin_hash``) ---------------------------------------------------

CASES = CaseRecord.__table__


async def duress_hashes(session: AsyncSession, case_ids: list[int]) -> dict[int, str | None]:
    """Each case's duress PIN hash (None where she set none)."""
    if not case_ids:
        return {}
    rows = await session.execute(select(CASES.c.id, CASES.c.duress_pin_hash).where(CASES.c.id.in_(case_ids)))
    return {r.id: r.duress_pin_hash for r in rows}


async def set_duress(session: AsyncSession, case_ids: list[int], hashed: str) -> None:
    await session.execute(update(CASES).where(CASES.c.id.in_(case_ids)).values(duress_pin_hash=hashed))


async def duress_alerts(session: AsyncSession, case_id: int) -> list[datetime]:
    """When her duress PIN raised this case (audited ``duress_pin``): for the staff's timeline only."""
    rows = await session.execute(
        select(AUDIT.c.at).where(AUDIT.c.case_id == case_id, AUDIT.c.action == "duress_pin").order_by(AUDIT.c.id)
    )
    return [r.at for r in rows]
