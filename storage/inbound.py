"""Deduplication of inbound updates by (channel, update id)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import ProcessedUpdateRecord
from storage.repositories import upsert

PROCESSED = ProcessedUpdateRecord.__table__


async def first_time(session: AsyncSession, channel: str, update_id: str, now: datetime) -> bool:
    """Record the update; False when it was already processed (a redelivery).

    Call inside the transaction that applies the update's effects, so that a crash
    before commit leaves it unrecorded and it is processed again.
    """
    statement = upsert(session)(PROCESSED).values(channel=channel, update_id=update_id, at=now)
    result = await session.execute(statement.on_conflict_do_nothing())
    return result.rowcount == 1
