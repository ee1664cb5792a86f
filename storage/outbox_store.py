"""The outbox table's SQL for the sender: claim due rows, then mark each sent, retried or dead.

Core statements only; nothing here commits — the caller owns the transaction.

Claiming is a lease, not a lock held during delivery: the claim pushes the rows'
``not_before`` ``lease`` into the future and the caller commits at once. No
transaction stays open while a channel talks to the network (on SQLite that would
block every writer), a second sender skips leased rows, and a sender that dies
mid-delivery leaves its rows to come due again (at least once; channels deduplicate by
outbox id): on PostgreSQL as soon as another process's claim sees its lease holder's lock
free (`release_dead_leases`), on SQLite when the next ``run`` starts (`release_leases`), or
else when the lease ends.

One row never spoils a claim: the claim returns its rows' raw columns and each row is
decoded on its own (`OutboxRow.fault` names the columns that could not be read, e.g. bad
JSON written by hand or a value sealed with a key this process lacks), so the sender can
dead-letter that row alone while the others of the claim are delivered.

Dead letters (`DEAD`) lose their arguments at once (``args={}``: her words do not stay in a
message nobody will send). Their ``last_error`` starts with `ARGS_CLEARED` when the row had
arguments (or could not be read), so `requeue` can tell a row that would be sent as it was
from one that cannot be rendered again; their ``not_before`` is when they were given up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, exists, func, insert, literal_column, or_, select, text, type_coerce, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import NullType

from storage import sealing
from storage.advisory import lock_key
from storage.records import AuditRecord, CaseRecord, OutboxRecord

logger = logging.getLogger(__name__)

OUTBOX = OutboxRecord.__table__
AUDIT = AuditRecord.__table__
CASES = CaseRecord.__table__

PENDING = "pending"
SENT = "sent"
DEAD = "dead"

#: How long a claimed row is hidden from other claims while it is being delivered.
DEFAULT_LEASE = timedelta(seconds=45)
#: PostgreSQL: how long a lane's claim may sit idle inside its transaction (it takes a few ms)
#: before the server ends its session and frees the lane for the other processes. Under the bot's
#: statement timeout (`storage.engine.DatabaseTimeouts.command`, 5 s): a claim already waiting for
#: the lane gets it before its own statement times out.
CLAIM_IDLE_LIMIT = timedelta(seconds=3)
#: Starts a dead letter's ``last_error`` when its arguments were cleared (it had some, or they
#: could not be read): sent again, it would lack them, so `requeue` refuses it.
ARGS_CLEARED = "[args cleared] "
#: Reasons `cancel_pending` gives: rows dropped on purpose (her quick exit, a staff member's
#: access ended) are never sent again.
DROPPED_ON_PURPOSE = frozenset({"quick exit", "staff deactivated"})
#: A row's ``priority``: urgent rows are claimed before all others, whatever their chat, and never
#: wait behind one; ordinary ones (a turn's replies, a case's messages) go before background ones
#: (the clock's reminders, the digest) of the same chat and channel, so a staff member's answer
#: does not queue behind a backlog of her own notices.
URGENT = 1
ORDINARY = 0
BACKGROUND = -1


def priority_of(*, urgent: bool, background: bool) -> int:
    return URGENT if urgent else BACKGROUND if background else ORDINARY


#: Each column fetched as the driver gives it (no type processing), decoded per row.
RAW_COLUMNS = [type_coerce(column, NullType()).label(column.name) for column in OUTBOX.c]


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
    #: Why the row could not be read: the columns and the errors' classes (never a value);
    #: empty for a row read whole. A faulty row carries no arguments or buttons.
    fault: str = ""

    @property
    def scheme(self) -> str:
        return self.address.split(":", 1)[0]

    @property
    def urgent(self) -> bool:
        return self.priority >= URGENT


Processor = Callable[[Any], Any] | None


def _processors(dialect: Any) -> dict[str, Processor]:
    """What the engine would do to each raw column value (JSON parsing, opening sealed values, UTC times)."""
    return {column.name: column.type.dialect_impl(dialect).result_processor(dialect, None) for column in OUTBOX.c}


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not an integer")
    return value


#: Each column's shape check after decoding: what the sender and the renderer rely on.
_SHAPES: dict[str, Callable[[Any], Any]] = {
    "address": lambda v: v if isinstance(v, str) else _fail("not text"),
    "message_id": lambda v: v if isinstance(v, str) else _fail("not text"),
    "locale": lambda v: v if isinstance(v, str) else _fail("not text"),
    "args": lambda v: dict(v) if isinstance(v, dict) else {} if v is None else _fail("not an object"),
    "buttons": lambda v: (
        tuple(tuple(tuple(b) for b in r) for r in v)
        if isinstance(v, list)
        else ()
        if v is None
        else _fail("not a list")
    ),  # fmt: skip
    "case_id": lambda v: None if v is None else _int(v),
    "attempts": _int,
    "priority": _int,
    "created_at": lambda v: v if isinstance(v, datetime) else _fail("not a time"),
}
#: What a faulty row carries in place of a column that could not be read.
_FALLBACK: dict[str, Any] = {
    "address": "", "message_id": "", "locale": "", "args": {}, "buttons": (), "case_id": None, "attempts": 0,
    "priority": 0,
}  # fmt: skip


def _fail(reason: str) -> Any:
    raise ValueError(reason)


def decode(raw: Mapping[str, Any], processors: Mapping[str, Processor], *, now: datetime) -> OutboxRow:
    """One claimed row from its raw columns; a column that cannot be read makes a faulty row, not an error.

    The fault names the columns and the errors' classes only: a decoder's message may quote the value.
    """
    values: dict[str, Any] = {}
    broken: list[str] = []
    for name, shape in _SHAPES.items():
        try:
            value = raw[name]
            process = processors.get(name)
            values[name] = shape(process(value) if process is not None and value is not None else value)
        except Exception as error:
            broken.append(f"{name} ({type(error).__name__})")
            values[name] = _FALLBACK.get(name, now)
    if broken:
        values["args"], values["buttons"] = {}, ()
    return OutboxRow(id=raw["id"], fault=", ".join(broken), **values)


def _row(mapping: Mapping[str, Any]) -> OutboxRow:
    """A row read with the table's types (already decoded), built as the claim builds its rows."""
    return decode(mapping, {}, now=mapping["created_at"])


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
    urgent_limit: int = 0,
    lease: timedelta = DEFAULT_LEASE,
    scheme: str | None = None,
    skip_addresses: Collection[str] = (),
    addresses: Collection[str] | None = None,
    created_before: datetime | None = None,
    per_chat: int | None = None,
    holder: int | None = None,
) -> list[OutboxRow]:
    """Lease, in one statement, up to ``urgent_limit`` urgent rows (whatever their chat) and up to
    ``limit`` ordinary ones (urgent first, then oldest), due at ``now``; the caller commits.
    ``per_chat``: at most that many rows of one chat in the ordinary part (with ``urgent_limit``, its
    ordinary rows), so that one chat's backlog does not fill the claim while other chats wait (each
    chat's first ones, in order).

    With ``urgent_limit`` the ordinary part takes ordinary rows only. ``scheme`` keeps to one
    channel's lane; ``skip_addresses`` leaves out chats whose earlier messages are still being
    delivered here (their order is kept; urgent rows never wait). Whatever the caller skips, a row
    waits while an earlier row of its chat (not of a lower priority) is leased, by this process or by
    one that was killed holding it: the chat goes on, in order, when that lease ends. ``addresses`` keeps to those chats
    (the sessions this process holds; empty: nothing), ``created_before`` to rows written before
    then (the orphans no holder took). ``holder``: the key of the advisory lock the claiming process
    holds (PostgreSQL), written on the leased rows; a lane's claim there first makes due again the
    rows of its scheme whose holder is gone (`release_dead_leases`).
    """
    if addresses is not None and not addresses:
        return []
    due = select(OUTBOX.c.id).where(OUTBOX.c.status == PENDING, OUTBOX.c.not_before <= now)
    if scheme is not None:
        due = due.where(OUTBOX.c.scheme == scheme)
    if addresses is not None:
        due = due.where(OUTBOX.c.address.in_(list(addresses)))
    if created_before is not None:
        due = due.where(OUTBOX.c.created_at <= created_before)
    parts = []
    if urgent_limit > 0:
        parts.append(due.where(OUTBOX.c.priority >= URGENT).order_by(OUTBOX.c.id).limit(urgent_limit))
    if limit > 0:
        ordinary = due.where(OUTBOX.c.priority < URGENT) if urgent_limit > 0 else due
        if skip_addresses:
            ordinary = ordinary.where(OUTBOX.c.address.not_in(list(skip_addresses)))
        if per_chat is not None:
            place = func.row_number().over(
                partition_by=OUTBOX.c.address, order_by=(OUTBOX.c.priority.desc(), OUTBOX.c.id)
            )
            ranked = ordinary.add_columns(place.label("place")).subquery()
            first = select(ranked.c.id).where(ranked.c.place <= per_chat)
            # The window in a sub-select: PostgreSQL allows no FOR UPDATE beside a window function. The
            # due conditions stay on the rows locked too: a row another sender claimed (or marked sent)
            # while this statement ran is checked again in its new version, and left out.
            ordinary = ordinary.where(OUTBOX.c.id.in_(first.scalar_subquery()))
        ordinary = ordinary.where(~_earlier_leased(now))
        parts.append(ordinary.order_by(OUTBOX.c.priority.desc(), OUTBOX.c.id).limit(limit))
    if not parts:
        return []
    if session.bind.dialect.name == "postgresql":
        # Two senders claiming at once take disjoint rows instead of waiting on each other.
        parts = [part.with_for_update(skip_locked=True) for part in parts]
        if scheme is not None:
            # One claim of a lane at a time across processes (held to the commit, a few ms): the next
            # one's statement sees the leases this one takes, so it cannot take a chat's later rows
            # while this one takes her earlier ones (SQLite has one writer at a time already).
            # A process frozen inside its claim (SIGSTOP, a paused VM) would hold the lane's lock until
            # it wakes: the server ends its session after `CLAIM_IDLE_LIMIT` idle in the transaction,
            # which rolls its claim back (nothing leased, nothing lost) and frees the lane.
            limit_ms = str(int(CLAIM_IDLE_LIMIT.total_seconds() * 1000))
            await session.execute(
                select(
                    func.set_config("idle_in_transaction_session_timeout", limit_ms, True),
                    func.pg_advisory_xact_lock(lock_key(f"outbox-claim:{scheme}")),
                )
            )
            await release_dead_leases(session, now=now, scheme=scheme)
    # Raw columns, decoded row by row: one unreadable row must not fail the claim of all the others.
    result = await session.execute(
        update(OUTBOX)
        .where(or_(*(OUTBOX.c.id.in_(part.scalar_subquery()) for part in parts)))
        .values(not_before=now + lease, leased_until=now + lease, leased_by=holder)
        .returning(*RAW_COLUMNS)
    )
    processors = _processors(session.bind.dialect)
    return sorted((decode(r._mapping, processors, now=now) for r in result), key=lambda row: (-row.priority, row.id))


def _earlier_leased(now: datetime) -> Any:
    """An earlier row of the same chat, not of a lower priority, is leased now (found through
    ``ix_outbox_leased_address_id``, the leased rows only): a background row waits for her leased
    replies, not they for it."""
    earlier = OUTBOX.alias("earlier")
    return exists().where(
        earlier.c.address == OUTBOX.c.address,
        earlier.c.status == literal_column(f"'{PENDING}'"),  # literal, as in the partial index's condition
        earlier.c.id < OUTBOX.c.id,
        earlier.c.leased_until > now,
        earlier.c.priority >= OUTBOX.c.priority,
        earlier.c.priority < URGENT,
    )


async def mark_sent_many(session: AsyncSession, delivered: list[tuple[int, int, datetime]]) -> None:
    """Mark deliveries sent in one round trip; ``delivered`` holds (id, attempts, sent at)."""
    await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == bindparam("row_id"))
        .values(
            status=SENT,
            sent_at=bindparam("row_sent_at"),
            attempts=bindparam("row_attempts"),
            last_error="",
            args={},
            leased_until=None,
            leased_by=None,
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
        .values(not_before=not_before, attempts=attempts, last_error=error[:2000], leased_until=None, leased_by=None)
    )


async def postpone(session: AsyncSession, outbox_id: int, *, not_before: datetime) -> None:
    """Leave the row pending until ``not_before`` without counting an attempt (no channel yet)."""
    await session.execute(
        update(OUTBOX).where(OUTBOX.c.id == outbox_id).values(not_before=not_before, leased_until=None, leased_by=None)
    )


async def postpone_chat(
    session: AsyncSession, address: str, *, after_id: int, not_before: datetime, priority: int = ORDINARY
) -> None:
    """Hold ``address``'s rows queued after ``after_id`` until ``not_before``, so her messages keep their
    order behind one that must be tried again: the rows of its ``priority`` and below (a reminder that
    fails holds the later reminders, not her replies; urgent rows never wait)."""
    await session.execute(
        update(OUTBOX)
        .where(
            OUTBOX.c.address == address,
            OUTBOX.c.status == PENDING,
            OUTBOX.c.priority <= min(priority, ORDINARY),
            OUTBOX.c.id > after_id,
            OUTBOX.c.not_before < not_before,
        )
        .values(not_before=not_before)
    )


async def postpone_many(session: AsyncSession, outbox_ids: Collection[int], *, not_before: datetime) -> None:
    """Leave several rows pending until ``not_before`` without counting an attempt."""
    await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id.in_(list(outbox_ids)))
        .values(not_before=not_before, leased_until=None, leased_by=None)
    )


async def mark_dead(
    session: AsyncSession,
    outbox_id: int,
    *,
    attempts: int,
    error: str,
    at: datetime | None = None,
    args_cleared: bool = True,
) -> None:
    """Give the row up: its arguments go at once (``args_cleared``: it had some, see `ARGS_CLEARED`);
    ``at`` (when it was given up) goes to ``not_before``, which a dead row has no other use for."""
    values: dict[str, Any] = {"status": DEAD, "attempts": attempts, "args": {}, "leased_until": None, "leased_by": None}
    values["last_error"] = ((ARGS_CLEARED if args_cleared else "") + error)[:2000]
    if at is not None:
        values["not_before"] = at
    await session.execute(update(OUTBOX).where(OUTBOX.c.id == outbox_id).values(**values))


async def cancel_pending(session: AsyncSession, address: str, *, reason: str) -> int:
    """Drop what still waits for ``address`` (after her quick exit); return how many rows.

    Her dead letters from before are marked dropped too (their reason becomes ``reason``), so
    that ``walking-home outbox retry`` never sends her anything from before her quick exit
    (nor anything to a staff member whose access ended).
    """
    result = await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.address == address, OUTBOX.c.status == PENDING)
        .values(status=DEAD, last_error=reason, args={})
    )
    if reason in DROPPED_ON_PURPOSE:
        await session.execute(
            update(OUTBOX)
            .where(OUTBOX.c.address == address, OUTBOX.c.status == DEAD, OUTBOX.c.last_error.not_in(DROPPED_ON_PURPOSE))
            .values(last_error=reason, args={})
        )
    return result.rowcount


async def release(session: AsyncSession, address: str, *, now: datetime) -> int:
    """Make what waits for ``address`` due now (she has just come back online); rows being delivered
    (leased) are left to their delivery, not claimed a second time."""
    not_leased = or_(OUTBOX.c.leased_until.is_(None), OUTBOX.c.leased_until <= now)
    result = await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.address == address, OUTBOX.c.status == PENDING, OUTBOX.c.not_before > now, not_leased)
        .values(not_before=now)
    )
    return result.rowcount


async def release_leases(session: AsyncSession, *, now: datetime) -> int:
    """Make every leased row due now, in its order (the only process of a SQLite database starting:
    whoever leased them has died); return how many."""
    result = await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.status == PENDING, OUTBOX.c.leased_until > now)
        .values(not_before=now, leased_until=None, leased_by=None)
    )
    return result.rowcount


#: The lease's holder no longer holds its advisory lock (``pg_advisory_lock(bigint)`` is listed in
#: ``pg_locks`` with the key's high half as ``classid``, its low half as ``objid`` and ``objsubid`` 1).
_HOLDER_GONE = text(
    "NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    " AND classid = ((outbox.leased_by >> 32) & 4294967295)::oid"
    " AND objid = (outbox.leased_by & 4294967295)::oid)"
)


#: How long rows taken over from a holder whose lock is free stay leased (to nobody) before they are
#: due: a process that lost its lock's session while it lives may still be sending the row it had in
#: hand (a channel paces each chat, about 1 s on Telegram) and recording it sent.
TAKEOVER_GRACE = timedelta(seconds=2)


async def release_dead_leases(session: AsyncSession, *, now: datetime, scheme: str) -> int:
    """PostgreSQL: make due after `TAKEOVER_GRACE` the leased rows of ``scheme`` whose holder's
    advisory lock is free (the process that claimed them died, or lost its database session); return
    how many. Her chat then goes on within seconds, in order, instead of after the lease (her later
    rows wait meanwhile, as for any lease). Rows leased without a holder wait their lease out."""
    result = await session.execute(
        update(OUTBOX)
        .where(
            OUTBOX.c.status == literal_column(f"'{PENDING}'"),  # literal: the leased rows' partial index
            OUTBOX.c.leased_until.is_not(None),
            OUTBOX.c.leased_until > now,
            OUTBOX.c.scheme == scheme,
            OUTBOX.c.leased_by.is_not(None),
            _HOLDER_GONE,
        )
        .values(not_before=now + TAKEOVER_GRACE, leased_until=now + TAKEOVER_GRACE, leased_by=None)
    )
    if result.rowcount:
        logger.info(
            "outbox: %d %s message(s) claimed by a process whose lease lock is free (stopped, or its session"
            " ended) are due again in a moment",
            result.rowcount,
            scheme,
        )
    return result.rowcount


async def due_schemes(session: AsyncSession, *, now: datetime) -> list[str]:
    """The schemes that have rows due at ``now`` (to find rows no channel serves)."""
    statement = select(OUTBOX.c.scheme).where(OUTBOX.c.status == PENDING, OUTBOX.c.not_before <= now).distinct()
    return list((await session.execute(statement)).scalars())


async def next_due(
    session: AsyncSession, *, scheme: str | None = None, after: datetime | None = None
) -> datetime | None:
    """When the earliest pending row (of ``scheme``'s lane; due later than ``after`` when given) comes
    due (None when nothing is pending): a leased row comes due when its lease ends."""
    statement = select(func.min(OUTBOX.c.not_before)).where(OUTBOX.c.status == PENDING)
    if after is not None:
        statement = statement.where(OUTBOX.c.not_before > after)
    if scheme is not None:
        statement = statement.where(OUTBOX.c.scheme == scheme)
    # ``min`` keeps the column's type, so the value comes back timezone-aware.
    return (await session.execute(statement)).scalar_one_or_none()


# -- dead letters, for operators ---------------------------------------------------------------


#: Why a dead letter cannot be queued again (`DeadLetter.refusal`).
NOT_DEAD, ARGS_GONE, DROPPED = "not-dead", "args-cleared", "dropped"


@dataclass(frozen=True)
class DeadLetter:
    """A dead-lettered row as operators see it: never her words, never her full address."""

    id: int
    scheme: str
    #: A short keyed hash of the address (the same address always shows the same tag; it cannot
    #: be turned back into the address without the data key).
    recipient: str
    #: The case's reference when the row belongs to one.
    reference: str | None
    message_id: str
    attempts: int
    #: The error's class or the channel's short reason.
    reason: str
    #: When it was given up (rows dropped before that time was recorded: when last due).
    at: datetime
    args_cleared: bool

    @property
    def refusal(self) -> str | None:
        """Why `requeue` would refuse it (`ARGS_GONE`, `DROPPED`), None when it can go again as it was."""
        if self.reason in DROPPED_ON_PURPOSE:
            return DROPPED
        return ARGS_GONE if self.args_cleared else None


def recipient_tag(ring: sealing.KeyRing, address: str) -> str:
    """The short keyed hash operators see instead of an address."""
    return ring.blind_index(address, "outbox-recipient")[:10]


def _dead_letter(row: Any, ring: sealing.KeyRing) -> DeadLetter:
    error = row.last_error or ""
    cleared = error.startswith(ARGS_CLEARED)
    return DeadLetter(
        id=row.id,
        scheme=row.scheme or str(row.address).split(":", 1)[0],
        recipient=recipient_tag(ring, str(row.address)),
        reference=row.reference,
        message_id=row.message_id,
        attempts=row.attempts,
        reason=error.removeprefix(ARGS_CLEARED),
        at=row.not_before,
        args_cleared=cleared,
    )


def _dead_query() -> Any:
    columns = (OUTBOX.c.id, OUTBOX.c.address, OUTBOX.c.scheme, OUTBOX.c.message_id, OUTBOX.c.attempts,
               OUTBOX.c.last_error, OUTBOX.c.not_before, OUTBOX.c.status, OUTBOX.c.case_id, CASES.c.reference)  # fmt: skip
    return select(*columns).select_from(OUTBOX.outerjoin(CASES, CASES.c.id == OUTBOX.c.case_id))


async def dead_letters(session: AsyncSession, *, limit: int | None = None) -> list[DeadLetter]:
    """Dead-lettered rows, the most recently given up first (their arguments are never read)."""
    statement = _dead_query().where(OUTBOX.c.status == DEAD).order_by(OUTBOX.c.not_before.desc(), OUTBOX.c.id.desc())
    if limit is not None:
        statement = statement.limit(limit)
    ring = sealing.ring_for(session.bind.dialect)
    return [_dead_letter(row, ring) for row in await session.execute(statement)]


@dataclass(frozen=True)
class Requeued:
    """What `requeue` did with one row id: ``refusal`` None when it is pending again."""

    id: int
    found: bool
    status: str = ""
    refusal: str | None = None

    @property
    def done(self) -> bool:
        return self.found and self.refusal is None


async def requeue(session: AsyncSession, outbox_id: int, *, now: datetime, by: str) -> Requeued:
    """Send a dead letter again: pending, no attempts counted, due ``now``; audited (``outbox_retry``, ``by``).

    Refused (nothing changes) for a row that is not dead, whose arguments were cleared, or that
    was dropped on purpose. Does not commit.
    """
    row = (await session.execute(_dead_query().where(OUTBOX.c.id == outbox_id))).one_or_none()
    if row is None:
        return Requeued(outbox_id, found=False)
    if row.status != DEAD:
        return Requeued(outbox_id, found=True, status=row.status, refusal=NOT_DEAD)
    letter = _dead_letter(row, sealing.ring_for(session.bind.dialect))
    if letter.refusal is not None:
        return Requeued(outbox_id, found=True, status=DEAD, refusal=letter.refusal)
    changed = await session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.id == outbox_id, OUTBOX.c.status == DEAD)
        .values(status=PENDING, attempts=0, not_before=now, last_error="", sent_at=None)
    )
    if changed.rowcount != 1:  # requeued by someone else meanwhile
        return Requeued(outbox_id, found=True, status=PENDING, refusal=NOT_DEAD)
    await session.execute(
        insert(AUDIT).values(
            case_id=row.case_id, actor_id=None, action="outbox_retry", outcome=f"#{outbox_id} by {by}"[:64], at=now
        )
    )
    return Requeued(outbox_id, found=True, status=PENDING)


async def retryable_dead_ids(session: AsyncSession) -> list[int]:
    """The dead letters `requeue` would send again as they were, oldest first."""
    return sorted(letter.id for letter in await dead_letters(session) if letter.refusal is None)


__all__ = [
    "ARGS_CLEARED",
    "ARGS_GONE",
    "DEAD",
    "DROPPED",
    "DROPPED_ON_PURPOSE",
    "NOT_DEAD",
    "DeadLetter",
    "Requeued",
    "DEFAULT_LEASE",
    "PENDING",
    "SENT",
    "TAKEOVER_GRACE",
    "OutboxRow",
    "backoff",
    "claim_due",
    "dead_letters",
    "decode",
    "due_schemes",
    "mark_dead",
    "mark_sent_many",
    "next_due",
    "postpone",
    "postpone_chat",
    "postpone_many",
    "recipient_tag",
    "requeue",
    "retryable_dead_ids",
    "schedule_retry",
]
