"""SQLite fast path for the statements every inbound message runs.

Through SQLAlchemy's async adapter one statement costs several hand-offs to
aiosqlite's worker thread (cursor, execute, fetch, close); these hot statements
go straight to the same aiosqlite connection, in the same transaction, in one
hand-off each (architecture.md: "hot paths avoid per-row ORM overhead where it
shows in the benchmark"; docs/performance.md has the figures). Values are written
exactly as the SQLAlchemy types write them: JSON text, sealed values (`storage.sealing`,
with the engine's key ring and the same column context), and UTC times as
``YYYY-MM-DD HH:MM:SS.ffffff``, so both paths read each other's rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import aiosqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage import sealing
from storage.engine import TURN_SCOPE_KEY, open_turn_savepoint


def is_sqlite(session: AsyncSession) -> bool:
    return session.bind.dialect.name == "sqlite"


def sqlite_time(value: datetime) -> str:
    """The text SQLAlchemy's SQLite DATETIME stores for an aware time (as UTC)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def sqlite_json(value: Any) -> str:
    return json.dumps(value)


async def driver(session: AsyncSession, *, writes: bool = True) -> aiosqlite.Connection:
    """The aiosqlite connection behind the session's current transaction; in a group-commit batch,
    the unit of work's savepoint is opened first when it is about to write (`storage.engine.TurnScope`)."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    db = raw.driver_connection
    scope = connection.info.get(TURN_SCOPE_KEY)
    if writes and scope is not None and scope.take("write"):
        await open_turn_savepoint(db, scope)
    return db


async def first_time(session: AsyncSession, channel: str, update_id: str, now: datetime) -> bool:
    db = await driver(session)
    cursor = await db.execute(
        "INSERT INTO processed_updates (channel, update_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        (channel, update_id, sqlite_time(now)),
    )
    return cursor.rowcount == 1


TURN_CONTEXT_SQL = """
SELECT p.id, p.locale, s.roles, s.regions, s.service_point_id, s.display_name, s.active, c.step, c.data
FROM identities AS i
JOIN people AS p ON p.id = i.person_id
LEFT OUTER JOIN staff AS s ON s.person_id = p.id AND s.active = 1
LEFT OUTER JOIN conversations AS c ON c.address = i.address
WHERE i.address = ?
"""


async def turn_context(session: AsyncSession, address: str) -> dict[str, Any] | None:
    db = await driver(session, writes=False)
    rows = list(await db.execute_fetchall(TURN_CONTEXT_SQL, (address,)))
    if not rows:
        return None
    person_id, locale, roles, regions, point, name, active, step, data = rows[0]
    return {
        "person_id": person_id,
        "locale": locale,
        "roles": json.loads(roles) if roles else [],
        "regions": json.loads(regions) if regions else [],
        "service_point_id": point,
        "display_name": name or "",
        "active": bool(active),
        "step": step or "",
        "data": (sealing.open_json(sealing.ring_for(session.bind.dialect), data, "conversations.data") or {})
        if data
        else {},
    }


async def save_conversation(session: AsyncSession, address: str, step: str, data: dict, now: datetime) -> None:
    db = await driver(session)
    await db.execute(
        "INSERT INTO conversations (address, step, data, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (address) DO UPDATE SET step = excluded.step, data = excluded.data, updated_at = excluded.updated_at",
        (
            address,
            step,
            sealing.seal_json(sealing.ring_for(session.bind.dialect), data, "conversations.data"),
            sqlite_time(now),
        ),
    )


OUTBOX_INSERT_SQL = (
    "INSERT INTO outbox (address, scheme, priority, message_id, args, locale, buttons, case_id, status, attempts, "
    "not_before, created_at, sent_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, NULL, '')"
)


async def put_outbox(session: AsyncSession, rows: Iterable[dict[str, Any]]) -> None:
    db = await driver(session)
    ring = sealing.ring_for(session.bind.dialect)
    await db.executemany(
        OUTBOX_INSERT_SQL,
        [
            (
                r["address"],
                r["scheme"],
                r["priority"],
                r["message_id"],
                sealing.seal_json(ring, r["args"], "outbox.args"),
                r["locale"],
                sqlite_json(r["buttons"]),
                r["case_id"],
                sqlite_time(r["not_before"]),
                sqlite_time(r["created_at"]),
            )
            for r in rows
        ],
    )
