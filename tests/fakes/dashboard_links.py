"""The `DashboardLinks` port in memory, as `storage.dashboard_links` does it in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from workflows.dashboard_links import EXPIRED, OK, REVOKED, UNKNOWN, USED, LinkState


def _state(status: str, row: dict[str, Any]) -> LinkState:
    return LinkState(status, row["person_id"], tuple(row["regions"]))


class FakeDashboardLinks:
    """Rows live in ``db.data.dashboard_links`` (link id -> columns, replaced on write)."""

    def __init__(self, db: Any) -> None:
        self._db = db

    @property
    def _rows(self) -> dict[int, dict[str, Any]]:
        return self._db.data.dashboard_links

    async def add(
        self, *, person_id: int, token_hash: str, regions: Sequence[str], now: datetime, expires_at: datetime
    ) -> None:
        for link_id, row in list(self._rows.items()):
            session_over = row["session_expires_at"] is None or row["session_expires_at"] <= now
            if row["person_id"] == person_id and row["expires_at"] <= now and session_over:
                del self._rows[link_id]
        if any(row["token_hash"] == token_hash for row in self._rows.values()):
            raise ValueError("duplicate token hash")
        link_id = self._db.data.next_id("dashboard_links")
        self._rows[link_id] = {
            "person_id": person_id,
            "token_hash": token_hash,
            "regions": sorted(regions),
            "expires_at": expires_at,
            "used_at": None,
            "session_hash": None,
            "session_expires_at": None,
            "revoked": False,
        }

    async def redeem(
        self, token_hash: str, *, now: datetime, session_hash: str, session_expires_at: datetime
    ) -> LinkState:
        found = [(i, r) for i, r in self._rows.items() if r["token_hash"] == token_hash]
        if not found:
            return LinkState(UNKNOWN)
        link_id, row = found[0]
        if row["revoked"]:
            return _state(REVOKED, row)
        if row["used_at"] is not None:
            return _state(USED, row)
        if row["expires_at"] <= now:
            return _state(EXPIRED, row)
        self._rows[link_id] = {
            **row,
            "used_at": now,
            "session_hash": session_hash,
            "session_expires_at": session_expires_at,
        }
        return _state(OK, row)

    async def by_session(self, session_hash: str, *, now: datetime) -> LinkState:
        found = [r for r in self._rows.values() if r["session_hash"] == session_hash]
        if not found:
            return LinkState(UNKNOWN)
        row = found[0]
        if row["revoked"]:
            return _state(REVOKED, row)
        if row["session_expires_at"] is None or row["session_expires_at"] <= now:
            return _state(EXPIRED, row)
        return _state(OK, row)

    async def revoke(self, person_id: int) -> int:
        count = 0
        for link_id, row in list(self._rows.items()):
            if row["person_id"] == person_id and not row["revoked"]:
                self._rows[link_id] = {**row, "revoked": True}
                count += 1
        return count
