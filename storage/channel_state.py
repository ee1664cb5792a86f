"""What a channel keeps across restarts and processes, one JSON value per channel account.

The Matrix channel keeps its device id, sync token, and each person's room and language here
(ids only, never what anyone wrote), so the process that holds the channel next (after a crash,
or on another machine sharing the PostgreSQL database) continues from the same sync token.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from storage.records import ChannelStateRecord
from storage.uow import SqlUnitOfWork

TABLE = ChannelStateRecord.__table__


class ChannelStateStore:
    """``load``/``save`` of one channel account's state, each in its own short transaction."""

    def __init__(
        self, unit_of_work: Callable[[], SqlUnitOfWork], now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.unit_of_work = unit_of_work
        self.now = now

    async def load(self, key: str) -> dict[str, Any] | None:
        """The value saved under ``key``, or None when nothing was saved yet."""
        async with self.unit_of_work() as uow:
            value = await uow.session.scalar(select(TABLE.c.value).where(TABLE.c.key == key))
        return dict(value) if isinstance(value, dict) else None

    async def save(self, key: str, value: dict[str, Any]) -> None:
        """Replace the value under ``key`` (committed when this returns; raises when it could not be)."""
        async with self.unit_of_work() as uow:
            dialect = uow.session.bind.dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            row = {"key": key, "value": value, "updated_at": self.now()}
            statement = insert(TABLE).values(**row)
            statement = statement.on_conflict_do_update(
                index_elements=[TABLE.c.key], set_={"value": statement.excluded.value, "updated_at": row["updated_at"]}
            )
            await uow.session.execute(statement)
            await uow.commit()
