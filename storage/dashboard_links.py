"""The `DashboardLinks` port on SQL (table ``dashboard_links``): link and session hashes only.

Redeeming is one guarded UPDATE (``used_at IS NULL``): of two requests with the same link at once,
one row is updated and the other finds it used.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import DashboardLinkRecord
from workflows.dashboard_links import EXPIRED, OK, REVOKED, UNKNOWN, USED, LinkState

LINKS = DashboardLinkRecord.__table__


def _state(status: str, row) -> LinkState:
    return LinkState(status, row.person_id, tuple(row.regions or ()))


class SqlDashboardLinks:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(
        self, *, person_id: int, token_hash: str, regions: Sequence[str], now: datetime, expires_at: datetime
    ) -> None:
        ended = and_(
            LINKS.c.person_id == person_id,
            LINKS.c.expires_at <= now,
            or_(LINKS.c.session_expires_at.is_(None), LINKS.c.session_expires_at <= now),
        )
        await self.session.execute(delete(LINKS).where(ended))
        await self.session.execute(
            insert(LINKS).values(
                person_id=person_id,
                token_hash=token_hash,
                regions=sorted(regions),
                created_at=now,
                expires_at=expires_at,
                revoked=False,
            )
        )

    async def redeem(
        self, token_hash: str, *, now: datetime, session_hash: str, session_expires_at: datetime
    ) -> LinkState:
        row = (await self.session.execute(select(LINKS).where(LINKS.c.token_hash == token_hash))).first()
        if row is None:
            return LinkState(UNKNOWN)
        if row.revoked:
            return _state(REVOKED, row)
        if row.used_at is not None:
            return _state(USED, row)
        if row.expires_at <= now:
            return _state(EXPIRED, row)
        claimed = await self.session.execute(
            update(LINKS)
            .where(LINKS.c.id == row.id, LINKS.c.used_at.is_(None), LINKS.c.revoked.is_(False))
            .values(used_at=now, session_hash=session_hash, session_expires_at=session_expires_at)
        )
        return _state(OK if claimed.rowcount == 1 else USED, row)

    async def by_session(self, session_hash: str, *, now: datetime) -> LinkState:
        row = (await self.session.execute(select(LINKS).where(LINKS.c.session_hash == session_hash))).first()
        if row is None:
            return LinkState(UNKNOWN)
        if row.revoked:
            return _state(REVOKED, row)
        if row.session_expires_at is None or row.session_expires_at <= now:
            return _state(EXPIRED, row)
        return _state(OK, row)

    async def revoke(self, person_id: int) -> int:
        result = await self.session.execute(
            update(LINKS).where(LINKS.c.person_id == person_id, LINKS.c.revoked.is_(False)).values(revoked=True)
        )
        return result.rowcount or 0


__all__ = ["SqlDashboardLinks"]
