"""Dialog state per conversation address, so a restart resumes where she was."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import sqlite_fast
from storage.records import ConversationRecord
from storage.repositories import upsert

CONVERSATIONS = ConversationRecord.__table__


async def load(session: AsyncSession, address: str) -> tuple[str, dict[str, Any]] | None:
    row = (
        await session.execute(
            select(CONVERSATIONS.c.step, CONVERSATIONS.c.data).where(CONVERSATIONS.c.address == address)
        )
    ).first()
    return None if row is None else (row.step, dict(row.data or {}))


async def last_turn_at(session: AsyncSession, address: str) -> datetime | None:
    """When the conversation was last saved (her last turn); None when there is no row."""
    return (
        await session.execute(select(CONVERSATIONS.c.updated_at).where(CONVERSATIONS.c.address == address))
    ).scalar_one_or_none()


async def save(session: AsyncSession, address: str, step: str, data: dict[str, Any], now: datetime) -> None:
    """Insert or update in one statement."""
    if sqlite_fast.is_sqlite(session):
        await sqlite_fast.save_conversation(session, address, step, data, now)
        return
    statement = upsert(session)(CONVERSATIONS).values(address=address, step=step, data=data, updated_at=now)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[CONVERSATIONS.c.address],
            set_={
                "step": statement.excluded.step,
                "data": statement.excluded.data,
                "updated_at": statement.excluded.updated_at,
            },
        )
    )
