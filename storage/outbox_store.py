"""The outbox table's SQL for the sender: claim due rows, then mark each sent, retried or dead.

Core statements only; nothing here commits — the caller owns the transaction.

Claiming is a lease, not a lock held during delivery: the claim pushes the rows'
``not_before`` ``lease`` into the future and the caller commits at once. No
transaction stays open while a channel talks to the network (on SQLite that would
block every writer), a second sender skips leased rows, and a sender that dies
mid-delivery leaves its rows to come due again when the lease ends (at least once;
channels deduplicate by outbox id).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import OutboxRecord

OUTBOX = OutboxRecord.__table__

PENDING = "pending"
SENT = "sent"
DEAD = "dead"

#: How long a claimed row is hidden from other claims while it is being delivered.
DEFAULT_LEASE = timedelta(seconds=45)


@dataclass(frozen=True)
class OutboxRow:
    """One claimed message: who gets it, which catalog message, with which arguments."""

    id: int
    address: str
    message_id: str
    args: dict[str, Any]
    locale: str
    #: Rows of ``(label, action)`` buttons, as `workflows.events.OutgoingNotice` has them.
    buttons: tuple[tuple[tuple[Any, str], ...], ...]
    case_id: int | None
    attempts: int
    created_at: datetime
    priority: int = 0

    @property
    def scheme(self) -> str:
        return self.address.split(":", 1)[0]

    @property
    def urgent(self) -> bool:
        return self.priority > 0


def _row(mapping: Any) -> OutboxRow:
    return OutboxRow(
        id=mapping["id"],
        address=mapping["address"],
        message_id=mapping["message_id"],
        args=dict(mapping["args"] or {}),
        locale=mapping["locale"],
        buttons=tuple(tuple(tuple(button) for button in row) for row in mapping["buttons"] or ()),
        case_id=mapping["case_id"],
        attempts=mapping["attempts"],
        created_at=mapping["created_at"],
        priority=mapping["priority"],
    )


def backoff(attempts: int, *, base: timedelta = timedelta(seconds=5), cap: timedelta = timedelta(hours=1)) -> timedelta:
    """Delay before the next try after ``attempts`` failed ones: base, 2·base, 4·base … up to ``cap``."""
    if attempts < 1:
        return timedelta(0)
    return min(cap, base * (2 ** min(attempts - 1, 30)))


async def claim_due(
    session: AsyncSession,
    *,
    now: datetime,
    limit: int,
    lease: timedelta = DEFAULT_LEASE,
    scheme: str | None = None,
    urgent_only: bool = False,
    skip_addresses: Collection[str] = (),
    addresses: Collection[str] | None = None,
    created_before: datetime | None = None,
) -> list[OutboxRow]:
    """Lease up to ``limit`` pending rows due at ``now``, urgent first, then oldest; commit right after.

    ``scheme`` keeps to one channel's lane; ``skip_addresses`` leaves out chats whose
    earlier messages are still being delivered (their order is kept). ``addresses`` keeps
    to those chats (the sessions this process holds; empty: nothing), ``created_before``
    to rows written before then (the orphans no holder took).
    """
    if addresses is not None and not addresses:
        return []
    due = select(OUTBOX.c.id).where(OUTBOX.c.status == PENDING, OUTBOX.c.not_before <= now)
    if scheme is not None:
        due = due.where(OUTBOX.c.scheme == scheme)
    if urgent_only:
        due = due.where(OUTBOX.c.priority > 0)
    if addresses is not None:
        due = due.where(OUTBOX.c.address.in_(list(addresses)))
    if created_before is not None:
        due = due.where(OUTBOX.c.created_at <= created_before)
    if skip_addresses:
        due = due.where(OUTBOX.c.address.not_in(list(skip_addresses)))
    due = due.order_by(OUTBOX.c.priority.desc(), OUTBOX.c.id).limit(limit)
    if session.bind.dialect.name == "postgresql":
        # Two senders claiming at once take disjoint rows instead of waiting on each other.
        due = due.with_for_update(skip_locked=True)
    result = await session.execute(
        update(OUTBOX).where(OUTBOX.c.id.in_(due.scalar_subquery())).values(not_before=now + lease).returning(*OUTBOX.c)
    )
    return sorted((_row(r._mapping) for r in result), key=lambda row: (-row.priority, row.id))


async def mark_sent_many(session: AsyncSession, delivered: list[tuple[int, int, datetime]]) -> None:
    """Mark deliveries sent in one round trip; ``delivered`` holds (id, attempts, sent at)."""
    await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == bindparam("row_id"))
        .values(
            status=SENT, sent_at=bindparam("row_sent_at"), attempts=bindparam("row_attempts"), last_error="", args={}
        ),
        [
            {"row_id": outbox_id, "row_attempts": attempts, "row_sent_at": sent_at}
            for outbox_id, attempts, sent_at in delivered
        ],
    )


async def schedule_retry(
    session: AsyncSession, outbox_id: int, *, not_before: datetime, attempts: int, error: str
) -> None:
    """Leave the row pending for another try at ``not_before``, counting the failed one."""
    await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == outbox_id)
        .values(not_before=not_before, attempts=attempts, last_error=error[:2000])
    )


async def postpone(session: AsyncSession, outbox_id: int, *, not_before: datetime) -> None:
    """Leave the row pending until ``not_before`` without counting an attempt (no channel yet)."""
    await session.execute(update(OUTBOX).where(OUTBOX.c.id == outbox_id).values(not_before=not_before))


async def postpone_chat(session: AsyncSession, address: str, *, after_id: int, not_before: datetime) -> None:
    """Hold ``address``'s ordinary rows queued after ``after_id`` until ``not_before``, so her
    messages keep their order behind one that must be tried again (urgent rows never wait)."""
    await session.execute(
        update(OUTBOX)
        .where(
            OUTBOX.c.address == address,
            OUTBOX.c.status == PENDING,
            OUTBOX.c.priority == 0,
            OUTBOX.c.id > after_id,
            OUTBOX.c.not_before < not_before,
        )
        .values(not_before=not_before)
    )


async def postpone_many(session: AsyncSession, outbox_ids: Collection[int], *, not_before: datetime) -> None:
    """Leave several rows pending until ``not_before`` without counting an attempt."""
    await session.execute(update(OUTBOX).where(OUTBOX.c.id.in_(list(outbox_ids))).values(not_before=not_before))


async def mark_dead(session: AsyncSession, outbox_id: int, *, attempts: int, error: str) -> None:
    await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == outbox_id)
        .values(status=DEAD, attempts=attempts, last_error=error[:2000], args={})
    )


async def cancel_pending(session: AsyncSession, address: str, *, reason: str) -> int:
    """Drop what still waits for ``address`` (after her quick exit); return how many rows."""
    result = await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.address == address, OUTBOX.c.status == PENDING)
        .values(status=DEAD, last_error=reason, args={})
    )
    return result.rowcount


async def release(session: AsyncSession, address: str, *, now: datetime) -> int:
    """Make what waits for ``address`` due now (she has just come back online)."""
    result = await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.address == address, OUTBOX.c.status == PENDING, OUTBOX.c.not_before > now)
        .values(not_before=now)
    )
    return result.rowcount


async def due_schemes(session: AsyncSession, *, now: datetime) -> list[str]:
    """The schemes that have rows due at ``now`` (to find rows no channel serves)."""
    statement = select(OUTBOX.c.scheme).where(OUTBOX.c.status == PENDING, OUTBOX.c.not_before <= now).distinct()
    return list((await session.execute(statement)).scalars())


async def next_due(session: AsyncSession, *, scheme: str | None = None) -> datetime | None:
    """When the earliest pending row (of ``scheme``'s lane) comes due (None when nothing is pending)."""
    statement = select(func.min(OUTBOX.c.not_before)).where(OUTBOX.c.status == PENDING)
    if scheme is not None:
        statement = statement.where(OUTBOX.c.scheme == scheme)
    # ``min`` keeps the column's type, so the value comes back timezone-aware.
    return (await session.execute(statement)).scalar_one_or_none()


__all__ = [
    "DEAD",
    "DEFAULT_LEASE",
    "PENDING",
    "SENT",
    "OutboxRow",
    "backoff",
    "claim_due",
    "due_schemes",
    "mark_dead",
    "mark_sent_many",
    "next_due",
    "postpone",
    "postpone_chat",
    "postpone_many",
    "schedule_retry",
]
