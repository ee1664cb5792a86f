"""Retention: what is erased when, and the erasure of one case (also her own request).

What is erased is her words and her identity: the text and files of the case's entries,
names, phone numbers and free text in the events' data, outbox and call-back arguments,
her conversation's state, and every link from the case to her (the reporter, her PIN,
her actor id in events, entries and the audit log). What stays is what the figures
need: the case row (reference, service, region, state, times, channel, risk, flags),
the transitions (trigger, states, times, roles, the codes staff chose) and the number
and kinds of entries. ``/counts`` and every statistic still count an erased case.

Never erased: a case under legal hold, and an open case. Each sweep works in batches,
one short transaction each, with portable SQL (SQLite and PostgreSQL); values that may
be sealed (encrypted) at rest are compared in Python, never in SQL.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import (
    ApprovalRecord,
    AuditRecord,
    CallbackTaskRecord,
    CaseEntryRecord,
    CaseEventRecord,
    CaseRecord,
    ConversationRecord,
    EventRecordRecord,
    IdentityRecord,
    OrderAuditRecord,
    OrderEventRecord,
    OrderRecord,
    OutboxRecord,
    ProcessedUpdateRecord,
    StaffRecord,
)
from workflows.readmodels import NotErasable

logger = logging.getLogger(__name__)

CASES = CaseRecord.__table__
EVENTS = CaseEventRecord.__table__
ENTRIES = CaseEntryRecord.__table__
OUTBOX = OutboxRecord.__table__
CALLBACKS = CallbackTaskRecord.__table__
APPROVALS = ApprovalRecord.__table__
AUDIT = AuditRecord.__table__
CONVERSATIONS = ConversationRecord.__table__
IDENTITIES = IdentityRecord.__table__
PROCESSED = ProcessedUpdateRecord.__table__
STAFF = StaffRecord.__table__
ORDERS = OrderRecord.__table__
ORDER_EVENTS = OrderEventRecord.__table__
ORDER_AUDIT = OrderAuditRecord.__table__
EVENT_RECORDS = EventRecordRecord.__table__

#: States in which a case is done (never erased in any other).
TERMINAL_STATES = ("closed", "withdrawn", "not_accepted")
#: States of an open case with a mediation under way: her request to erase waits for its end.
MEDIATION_STATES = ("mediation_pending", "mediating", "agreement")
#: Triggers after which a case was more than a consultation.
BEYOND_CONSULTATION = ("start_mediation", "refer", "reach_agreement")
#: Keys of event data that are codes, numbers or flags (the figures' facts); every other key
#: (reasons, summaries, places, attendees, agreement texts, outcomes, phones) is erased.
ANONYMOUS_EVENT_KEYS = frozenset(
    {
        "service",
        "region",
        "language",
        "channel",
        "consent_version",
        "consent_locale",
        "attachment_count",
        "minor_involved",
        "elder_involved",
        "anonymous",
        "contact",
        "risk",
        "reason_code",
        "closure_code",
        "agency",
        "agreement_form",
        "share_consent",
        "share_basis",
        "legal_basis",
        "both_consent",
        "reporter_opted_in",
        "assignee_id",
        "service_point_id",
        "owner_id",
        "approved_by",
        "spoken_language",
        "session_date",
        "next_date",
        "has_phone",
    }
)
#: Reasons that are codes written by the bot itself, not words.
CODED_REASONS = frozenset({"reporter_danger_button", "reporter", "erasure_request"})
#: Conversation data that holds her words or the files of a request she never sent.
INTAKE_KEYS = ("intake", "review", "pending_reply")
#: Conversation data that names her cases.
CASE_KEYS = ("case", "proven_cases", "unlocked_only")

#: States in which a service order is done (its personal fields are never erased in any other).
ORDER_DONE_STATES = ("recorded", "cancelled")
#: Keys of an order event's data that are the figures' facts; the rest (reasons, the venue) is erased.
ANONYMOUS_ORDER_EVENT_KEYS = frozenset(
    {"team_id", "reasons", "scheduled_at", "held_on", "record_id", "attendees", "women_helped"}
)
#: Conversation data that names her service order (a draft, or the order open on her screen).
ORDER_KEYS = ("order",)

#: The kinds a retention run reports, in the order printed.
KINDS = (
    "abandoned_intakes",
    "conversations",
    "processed_updates",
    "sent_outbox",
    "dead_outbox_args",
    "transcripts",
    "consultation_cases",
    "closed_cases",
    "orders",
    "evidence_files",
    "pin_guesses",
)


@dataclass(frozen=True)
class RetentionPolicy:
    """How long each kind of data is kept (defaults: docs/security.md, "Retention")."""

    abandoned_intake: timedelta = timedelta(hours=72)
    abandoned_conversation: timedelta = timedelta(days=30)
    processed_updates: timedelta = timedelta(days=7)
    sent_outbox: timedelta = timedelta(days=7)
    dead_outbox_args: timedelta = timedelta(0)
    transcripts: timedelta = timedelta(days=30)
    consultation_cases: timedelta = timedelta(days=365)
    closed_cases: timedelta = timedelta(days=3 * 365)
    pin_guesses: timedelta = timedelta(days=1)
    batch: int = 200

    @classmethod
    def from_settings(cls, settings: Any) -> RetentionPolicy:
        return cls(
            abandoned_intake=timedelta(hours=settings.retention_abandoned_intake_hours),
            abandoned_conversation=timedelta(days=settings.retention_conversation_days),
            processed_updates=timedelta(days=settings.retention_processed_update_days),
            sent_outbox=timedelta(days=settings.retention_sent_outbox_days),
            dead_outbox_args=timedelta(hours=settings.retention_dead_outbox_args_hours),
            transcripts=timedelta(days=settings.retention_transcript_days),
            consultation_cases=timedelta(days=settings.retention_consultation_case_days),
            closed_cases=timedelta(days=round(settings.retention_closed_case_years * 365)),
            pin_guesses=timedelta(hours=settings.retention_pin_guess_hours),
            batch=settings.retention_batch,
        )


@dataclass
class RetentionReport:
    """How many of each kind were erased (or would be, on a dry run)."""

    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    def add(self, kind: str, count: int) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + count

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# -- one case ----------------------------------------------------------------------------


def anonymous_data(data: dict[str, Any] | None) -> dict[str, Any]:
    kept = {k: v for k, v in (data or {}).items() if k in ANONYMOUS_EVENT_KEYS}
    reason = (data or {}).get("reason")
    if isinstance(reason, str) and reason in CODED_REASONS:
        kept["reason"] = reason
    return kept


def files_of(attachment: Any) -> set[str]:
    """The evidence file's name in the folder (a keyed name when sealed, else the SHA-256)."""
    if not isinstance(attachment, dict):
        return set()
    name = attachment.get("name") or attachment.get("sha256")
    return {name} if isinstance(name, str) and name else set()


async def why_not_erasable(session: AsyncSession, case_id: int) -> str | None:
    """None when the case may be erased; else ``legal_hold``, ``open``, ``erased`` or ``missing``."""
    row = (
        await session.execute(select(CASES.c.state, CASES.c.legal_hold, CASES.c.erased_at).where(CASES.c.id == case_id))
    ).first()
    if row is None:
        return "missing"
    if row.erased_at is not None:
        return "erased"
    if row.legal_hold:
        return "legal_hold"
    if row.state not in TERMINAL_STATES:
        return "open"
    return None


async def erase_case(session: AsyncSession, case_id: int, *, now: datetime, reason: str) -> set[str]:
    """Erase her words and identity from one done case, in the caller's transaction.

    Returns the SHA-256 names of the evidence files the case referred to: delete those no
    longer referred to (`delete_unreferenced_files`) once the transaction has committed.
    Raises `NotErasable` for a case under legal hold, an open one, or one erased already.
    One audit row (by the system: no actor) records the erasure and its ``reason``.
    """
    why = await why_not_erasable(session, case_id)
    if why is not None:
        raise NotErasable(why)
    case = (await session.execute(select(CASES.c.reference, CASES.c.reporter_id).where(CASES.c.id == case_id))).one()
    reporter_id = case.reporter_id
    files: set[str] = set()
    for row in await session.execute(select(ENTRIES.c.attachment).where(ENTRIES.c.case_id == case_id)):
        files |= files_of(row.attachment)
    await session.execute(update(ENTRIES).where(ENTRIES.c.case_id == case_id).values(text="", attachment=None))
    await session.execute(
        update(ENTRIES).where(ENTRIES.c.case_id == case_id, ENTRIES.c.author_role == "reporter").values(author_id=None)
    )
    events = await session.execute(select(EVENTS.c.id, EVENTS.c.role, EVENTS.c.data).where(EVENTS.c.case_id == case_id))
    for event in events.all():
        values: dict[str, Any] = {"data": anonymous_data(event.data)}
        if event.role == "reporter":
            values["actor_id"] = None
        await session.execute(update(EVENTS).where(EVENTS.c.id == event.id).values(**values))
    await session.execute(delete(OUTBOX).where(OUTBOX.c.case_id == case_id, OUTBOX.c.status == "pending"))
    await session.execute(update(OUTBOX).where(OUTBOX.c.case_id == case_id).values(args={}))
    await session.execute(update(CALLBACKS).where(CALLBACKS.c.case_id == case_id).values(args={}))
    await session.execute(update(APPROVALS).where(APPROVALS.c.case_id == case_id).values(data={}))
    # Whoever is not staff and acted on the case is her (or someone with her reference and PIN).
    not_staff = ~exists().where(STAFF.c.person_id == APPROVALS.c.requested_by)
    await session.execute(delete(APPROVALS).where(APPROVALS.c.case_id == case_id, not_staff))
    await session.execute(
        update(AUDIT)
        .where(
            AUDIT.c.case_id == case_id,
            AUDIT.c.actor_id.is_not(None),
            ~exists().where(STAFF.c.person_id == AUDIT.c.actor_id),
        )
        .values(actor_id=None)
    )
    identity: dict[str, Any] = {"reporter_id": None, "pin_hash": None, "erased_at": now}
    for column in ("phone_index", "duress_pin_hash"):  # her phone's blind index, her duress PIN
        if column in CASES.c:
            identity[column] = None
    await session.execute(update(CASES).where(CASES.c.id == case_id).values(**identity))
    if reporter_id is not None:
        await _forget_case_in_conversations(session, reporter_id, case.reference)
    if "pin_guesses" in CASES.metadata.tables:  # which sources guessed at her case
        guesses = CASES.metadata.tables["pin_guesses"]
        await session.execute(delete(guesses).where(guesses.c.case_id == case_id))
    await session.execute(insert(AUDIT).values(case_id=case_id, actor_id=None, action="erase", outcome=reason, at=now))
    return files


async def _forget_case_in_conversations(session: AsyncSession, person_id: int, reference: str) -> None:
    """Her conversations name the case no more; with no other case of hers left (and not staff),
    her conversations and chat addresses are forgotten: a later message starts afresh."""

    def without_case(data: dict) -> bool:
        changed = data.pop("pending_reply", None) is not None
        if data.get("case") == reference:
            data.pop("case")
            changed = True
        for key in ("proven_cases", "unlocked_only"):
            if isinstance(data.get(key), list) and reference in data[key]:
                data[key] = [r for r in data[key] if r != reference]
                changed = True
        return changed

    await _edit_her_conversations(session, person_id, without_case)


async def _edit_her_conversations(session: AsyncSession, person_id: int, edit: Callable[[dict], bool]) -> None:
    """Forget her conversations and chat addresses when nothing of hers is left (`_forget_if_unlinked`);
    otherwise ``edit`` each conversation's data in place and save those it changed (True)."""
    addresses = list(
        (await session.execute(select(IDENTITIES.c.address).where(IDENTITIES.c.person_id == person_id))).scalars()
    )
    if await _forget_if_unlinked(session, person_id, addresses):
        return
    rows = await session.execute(
        select(CONVERSATIONS.c.address, CONVERSATIONS.c.data).where(CONVERSATIONS.c.address.in_(addresses))
    )
    for address, data in rows.all():
        data = dict(data or {})
        if edit(data):
            await session.execute(update(CONVERSATIONS).where(CONVERSATIONS.c.address == address).values(data=data))


async def _forget_if_unlinked(session: AsyncSession, person_id: int, addresses: list[str]) -> bool:
    """With no case of hers left unerased, no service order still linked to her, and not staff, her
    conversations and chat addresses are forgotten (True): a later message starts afresh. An order
    of hers (open or done, until its own erasure) keeps them: its notices and "My service orders"
    reach her through them."""
    cases = await session.scalar(
        select(func.count()).select_from(CASES).where(CASES.c.reporter_id == person_id, CASES.c.erased_at.is_(None))
    )
    orders = await session.scalar(select(func.count()).select_from(ORDERS).where(ORDERS.c.orderer_id == person_id))
    is_staff = await session.scalar(select(func.count()).select_from(STAFF).where(STAFF.c.person_id == person_id))
    if cases or orders or is_staff:
        return False
    await session.execute(delete(CONVERSATIONS).where(CONVERSATIONS.c.address.in_(addresses)))
    await session.execute(delete(IDENTITIES).where(IDENTITIES.c.person_id == person_id))
    return True


# -- one service order ---------------------------------------------------------------------


async def order_erased(session: AsyncSession, order_id: int) -> bool:
    """Whether the order's personal fields were erased (its ``order_audit`` row ``erase``)."""
    found = await session.scalar(
        select(func.count())
        .select_from(ORDER_AUDIT)
        .where(ORDER_AUDIT.c.order_id == order_id, ORDER_AUDIT.c.action == "erase")
    )
    return bool(found)


async def erase_order(session: AsyncSession, order_id: int, *, now: datetime, reason: str) -> None:
    """Erase her identity and words from one done service order, in the caller's transaction.

    Cleared: her contact and the place as she named it (both sealed), the venue, her PIN, the link
    to her (``orderer_id``, her actor id in the order's events), the reasons and venue in the events'
    data, and the notes and place name of the order's event record. Kept, for the figures: the
    order's reference, kind, topic, region, place kind, language, format, audience, dates, team
    and state, the transitions, and the event record's counts, topics, date and evidence names
    (the team's photos of the event). One ``order_audit`` row ``erase`` (no actor) records it.
    Raises `NotErasable`: ``missing``, ``open`` (requested, dispatched, scheduled or delivered),
    ``erased``.
    """
    row = (
        await session.execute(
            select(ORDERS.c.reference, ORDERS.c.state, ORDERS.c.orderer_id).where(ORDERS.c.id == order_id)
        )
    ).first()
    if row is None:
        raise NotErasable("missing")
    if row.state not in ORDER_DONE_STATES:
        raise NotErasable("open")
    if await order_erased(session, order_id):
        raise NotErasable("erased")
    await session.execute(
        update(ORDERS)
        .where(ORDERS.c.id == order_id)
        .values(contact={}, place_name="", venue="", pin_hash=None, orderer_id=None, updated_at=now)
    )
    events = await session.execute(
        select(ORDER_EVENTS.c.id, ORDER_EVENTS.c.role, ORDER_EVENTS.c.data).where(ORDER_EVENTS.c.order_id == order_id)
    )
    for event in events.all():
        values: dict[str, Any] = {
            "data": {k: v for k, v in (event.data or {}).items() if k in ANONYMOUS_ORDER_EVENT_KEYS}
        }
        if event.role == "orderer":
            values["actor_id"] = None
        await session.execute(update(ORDER_EVENTS).where(ORDER_EVENTS.c.id == event.id).values(**values))
    await session.execute(
        update(EVENT_RECORDS).where(EVENT_RECORDS.c.order_id == order_id).values(notes="", place_name="")
    )
    # Her refused attempts (as the orderer) name her no more.
    await session.execute(
        update(ORDER_AUDIT)
        .where(
            ORDER_AUDIT.c.order_id == order_id,
            ORDER_AUDIT.c.actor_id.is_not(None),
            ~exists().where(STAFF.c.person_id == ORDER_AUDIT.c.actor_id),
        )
        .values(actor_id=None)
    )
    await session.execute(
        insert(ORDER_AUDIT).values(order_id=order_id, actor_id=None, action="erase", outcome=reason, at=now)
    )
    if row.orderer_id is not None:
        await _forget_order_in_conversations(session, row.orderer_id, row.reference)


async def _forget_order_in_conversations(session: AsyncSession, person_id: int, reference: str) -> None:
    def without_order(data: dict) -> bool:
        if reference in (data.get("order") or {}).values():
            data.pop("order")
            return True
        return False

    await _edit_her_conversations(session, person_id, without_order)


async def done_orders_of(session: AsyncSession, person_id: int) -> list[int]:
    """Her done orders not erased yet (ids)."""
    return list(
        (
            await session.execute(
                select(ORDERS.c.id).where(ORDERS.c.orderer_id == person_id, ORDERS.c.state.in_(ORDER_DONE_STATES))
            )
        ).scalars()
    )


async def referenced_files(session: AsyncSession, batch: int = 500) -> set[str]:
    """Every evidence file a case entry, an event record (its photos) or a conversation's request
    under way still refers to."""
    found: set[str] = set()
    last = 0
    while True:
        rows = (
            await session.execute(
                select(ENTRIES.c.id, ENTRIES.c.attachment)
                .where(ENTRIES.c.id > last, ENTRIES.c.attachment.is_not(None))
                .order_by(ENTRIES.c.id)
                .limit(batch)
            )
        ).all()
        for row in rows:
            found |= files_of(row.attachment)
        if len(rows) < batch:
            break
        last = rows[-1].id
    for (data,) in (await session.execute(select(CONVERSATIONS.c.data))).all():
        found |= conversation_files(data)
    for (evidence,) in (
        await session.execute(select(EVENT_RECORDS.c.evidence).where(EVENT_RECORDS.c.evidence.is_not(None)))
    ).all():
        found |= {name for name in evidence or () if isinstance(name, str) and name}
    return found


def conversation_files(data: dict[str, Any] | None) -> set[str]:
    """The files a conversation's request under way holds: her intake's, a staff event form's photos."""
    found: set[str] = set()
    for meta in ((data or {}).get("intake") or {}).get("attachments", []) or []:
        found |= files_of(meta)
    for meta in (((data or {}).get("order_form") or {}).get("a") or {}).get("photos", []) or []:
        found |= files_of(meta)
    return found


async def held_by_cases(session: AsyncSession, names: set[str]) -> set[str]:
    """Which of these evidence file names a case's evidence entry holds."""
    if not names:
        return set()
    rows = await session.execute(select(ENTRIES.c.attachment).where(ENTRIES.c.kind == "evidence"))
    return {name for (attachment,) in rows for name in files_of(attachment) if name in names}


def delete_files(folder: Path | None, names: Iterable[str]) -> int:
    """Delete these evidence files (by SHA-256 name); return how many were there."""
    if folder is None:
        return 0
    deleted = 0
    for name in names:
        if not name or "/" in name or name.startswith("."):
            continue
        try:
            os.unlink(folder / name)
            deleted += 1
        except FileNotFoundError:
            pass
    return deleted


async def delete_unreferenced_files(unit_of_work: Callable[[], Any], folder: Path | None, candidates: set[str]) -> int:
    """Delete the candidate files no entry or request under way refers to any more."""
    if not candidates or folder is None:
        return 0
    async with unit_of_work() as uow:
        still = await referenced_files(uow.session)
    return delete_files(folder, candidates - still)


async def erase_one(
    unit_of_work: Callable[[], Any], case_id: int, *, now: datetime, reason: str, evidence_dir: Path | None
) -> None:
    """`erase_case` in its own transaction, then its files (the retention worker's way)."""
    async with unit_of_work() as uow:
        files = await erase_case(uow.session, case_id, now=now, reason=reason)
        await uow.commit()
    await delete_unreferenced_files(unit_of_work, evidence_dir, files)


# -- the sweeps ---------------------------------------------------------------------------


def _done_unheld(before: datetime):
    return and_(
        CASES.c.state.in_(TERMINAL_STATES),
        CASES.c.state_entered_at < before,
        CASES.c.erased_at.is_(None),
        CASES.c.legal_hold.is_(False),
    )


def _consultation_only():
    return ~exists().where(EVENTS.c.case_id == CASES.c.id, EVENTS.c.trigger.in_(BEYOND_CONSULTATION))


def _transcript_kept():
    return ~exists().where(
        AUDIT.c.case_id == CASES.c.id, AUDIT.c.action == "erase_transcript", AUDIT.c.outcome == "retention"
    )


class Retention:
    """One retention run over every kind (`run`), or a dry run that only counts."""

    def __init__(
        self,
        unit_of_work: Callable[[], Any],
        policy: RetentionPolicy,
        *,
        evidence_dir: Path | None = None,
        pin_guess_table: Any = None,
    ) -> None:
        self.unit_of_work = unit_of_work
        self.policy = policy
        self.evidence_dir = evidence_dir
        self.pin_guess_table = pin_guess_table

    async def run(self, now: datetime, *, dry_run: bool = False) -> RetentionReport:
        report = RetentionReport(dry_run=dry_run)
        p = self.policy
        await self._intakes(report, now - p.abandoned_intake, dry_run)
        await self._delete_by_time(report, "conversations", CONVERSATIONS, CONVERSATIONS.c.updated_at,
                                   now - p.abandoned_conversation, [CONVERSATIONS.c.address], dry_run)  # fmt: skip
        await self._delete_by_time(report, "processed_updates", PROCESSED, PROCESSED.c.at, now - p.processed_updates,
                                   [PROCESSED.c.channel, PROCESSED.c.update_id], dry_run)  # fmt: skip
        await self._delete_by_time(report, "sent_outbox", OUTBOX, OUTBOX.c.sent_at, now - p.sent_outbox, [OUTBOX.c.id],
                                   dry_run, OUTBOX.c.status == "sent")  # fmt: skip
        await self._delete_by_time(report, "sent_outbox", OUTBOX, OUTBOX.c.created_at, now - p.sent_outbox,
                                   [OUTBOX.c.id], dry_run, OUTBOX.c.status == "dead")  # fmt: skip
        await self._dead_args(report, now - p.dead_outbox_args, dry_run)
        await self._transcripts(report, now, dry_run)
        await self._cases(report, "consultation_cases", _consultation_only(), now - p.consultation_cases, now, dry_run)
        await self._cases(report, "closed_cases", None, now - p.closed_cases, now, dry_run)
        await self._orders(report, now - p.consultation_cases, now, dry_run)
        await self._orphan_files(report, now - p.abandoned_intake, dry_run)
        if self.pin_guess_table is not None:
            table = self.pin_guess_table
            await self._delete_by_time(report, "pin_guesses", table, table.c.at, now - p.pin_guesses,
                                       list(table.primary_key.columns), dry_run)  # fmt: skip
        if report.total:  # counts only: never a reference or a word
            logger.info(
                "retention%s: %s", " (dry run)" if dry_run else "", {k: v for k, v in report.counts.items() if v}
            )
        return report

    async def _delete_by_time(self, report, kind, table, column, before, key, dry_run, *where) -> None:
        condition = and_(column.is_not(None), column < before, *where)
        if dry_run:
            async with self.unit_of_work() as uow:
                report.add(kind, await uow.session.scalar(select(func.count()).select_from(table).where(condition)))
            return
        while True:
            async with self.unit_of_work() as uow:
                chosen = select(*key).where(condition).limit(self.policy.batch)
                target = key[0].in_(chosen) if len(key) == 1 else tuple_(*key).in_(chosen)
                result = await uow.session.execute(delete(table).where(target))
                await uow.commit()
            report.add(kind, result.rowcount)
            if result.rowcount < self.policy.batch:
                return

    async def _dead_args(self, report, before, dry_run) -> None:
        last = 0
        while True:
            async with self.unit_of_work() as uow:
                rows = (
                    await uow.session.execute(
                        select(OUTBOX.c.id, OUTBOX.c.args)
                        .where(OUTBOX.c.status == "dead", OUTBOX.c.created_at <= before, OUTBOX.c.id > last)
                        .order_by(OUTBOX.c.id)
                        .limit(self.policy.batch)
                    )
                ).all()
                full = [row.id for row in rows if row.args]
                if full and not dry_run:
                    await uow.session.execute(update(OUTBOX).where(OUTBOX.c.id.in_(full)).values(args={}))
                    await uow.commit()
            report.add("dead_outbox_args", len(full))
            if len(rows) < self.policy.batch:
                return
            last = rows[-1].id

    async def _intakes(self, report, before, dry_run) -> None:
        """Requests started and left: their words and files go; the conversation stays (at the menu)."""
        last = ""
        files: set[str] = set()
        while True:
            async with self.unit_of_work() as uow:
                rows = (
                    await uow.session.execute(
                        select(CONVERSATIONS.c.address, CONVERSATIONS.c.data, CONVERSATIONS.c.updated_at)
                        .where(CONVERSATIONS.c.updated_at < before, CONVERSATIONS.c.address > last)
                        .order_by(CONVERSATIONS.c.address)
                        .limit(self.policy.batch)
                    )
                ).all()
                for row in rows:
                    data = dict(row.data or {})
                    if not any(data.get(key) for key in INTAKE_KEYS):
                        continue
                    for meta in (data.get("intake") or {}).get("attachments", []) or []:
                        files |= files_of(meta)
                    report.add("abandoned_intakes", 1)
                    if dry_run:
                        continue
                    for key in INTAKE_KEYS:
                        data.pop(key, None)
                    await uow.session.execute(
                        update(CONVERSATIONS)
                        .where(CONVERSATIONS.c.address == row.address, CONVERSATIONS.c.updated_at == row.updated_at)
                        .values(data=data, step="menu")
                    )
                if not dry_run:
                    await uow.commit()
            if len(rows) < self.policy.batch:
                break
            last = rows[-1].address
        if files and not dry_run:
            report.add("evidence_files", await delete_unreferenced_files(self.unit_of_work, self.evidence_dir, files))

    async def _transcripts(self, report, now, dry_run) -> None:
        """The chat between her and staff, 30 days after the case is done; the case record stays."""
        condition = and_(_done_unheld(now - self.policy.transcripts), _transcript_kept())
        while True:
            async with self.unit_of_work() as uow:
                ids = list(
                    (await uow.session.execute(select(CASES.c.id).where(condition).limit(self.policy.batch))).scalars()
                )
                if not dry_run:
                    for case_id in ids:
                        await uow.session.execute(
                            update(ENTRIES)
                            .where(ENTRIES.c.case_id == case_id, ENTRIES.c.kind.in_(("message_in", "message_out")))
                            .values(text="")
                        )
                        await uow.session.execute(
                            insert(AUDIT).values(
                                case_id=case_id, actor_id=None, action="erase_transcript", outcome="retention", at=now
                            )
                        )
                    await uow.commit()
            report.add("transcripts", len(ids))
            if dry_run or len(ids) < self.policy.batch:
                return

    async def _cases(self, report, kind, extra, before, now, dry_run) -> None:
        condition = _done_unheld(before) if extra is None else and_(_done_unheld(before), extra)
        if dry_run:
            async with self.unit_of_work() as uow:
                report.add(kind, await uow.session.scalar(select(func.count()).select_from(CASES).where(condition)))
            return
        while True:
            async with self.unit_of_work() as uow:
                ids = list(
                    (await uow.session.execute(select(CASES.c.id).where(condition).limit(self.policy.batch))).scalars()
                )
            files: set[str] = set()
            for case_id in ids:  # one short transaction per case
                async with self.unit_of_work() as uow:
                    try:
                        files |= await erase_case(uow.session, case_id, now=now, reason=kind)
                    except NotErasable:  # reopened or held meanwhile
                        continue
                    await uow.commit()
                report.add(kind, 1)
            report.add("evidence_files", await delete_unreferenced_files(self.unit_of_work, self.evidence_dir, files))
            if len(ids) < self.policy.batch:
                return

    async def _orders(self, report, before, now, dry_run) -> None:
        """Done service orders (recorded or cancelled) lose her contact, the place she named and the
        link to her after the consultation-only window: an order is no more than a consultation's
        worth of her data. Their anonymous facts stay for the figures."""
        condition = and_(
            ORDERS.c.state.in_(ORDER_DONE_STATES),
            ORDERS.c.state_entered_at < before,
            ~exists().where(ORDER_AUDIT.c.order_id == ORDERS.c.id, ORDER_AUDIT.c.action == "erase"),
        )
        if dry_run:
            async with self.unit_of_work() as uow:
                report.add(
                    "orders", await uow.session.scalar(select(func.count()).select_from(ORDERS).where(condition))
                )
            return
        while True:
            async with self.unit_of_work() as uow:
                ids = list(
                    (
                        await uow.session.execute(
                            select(ORDERS.c.id).where(condition).order_by(ORDERS.c.id).limit(self.policy.batch)
                        )
                    ).scalars()
                )
            for order_id in ids:  # one short transaction per order
                async with self.unit_of_work() as uow:
                    try:
                        await erase_order(uow.session, order_id, now=now, reason="retention")
                    except NotErasable:  # changed meanwhile
                        continue
                    await uow.commit()
                report.add("orders", 1)
            if len(ids) < self.policy.batch:
                return

    async def _orphan_files(self, report, before, dry_run) -> None:
        """Files no case entry and no request under way refers to, older than an abandoned intake."""
        folder = self.evidence_dir
        if folder is None or not folder.is_dir():
            return
        async with self.unit_of_work() as uow:
            still = await referenced_files(uow.session)
        limit = before.timestamp()
        orphans = []
        for path in folder.iterdir():
            try:
                old = path.is_file() and path.stat().st_mtime < limit
            except FileNotFoundError:
                continue
            # A ``.part`` file is a write that never finished (a crash): old ones go whatever their name.
            if old and (path.name.endswith(".part") or path.name.partition(".")[0] not in still):
                orphans.append(path.name)
        report.add("evidence_files", len(orphans) if dry_run else delete_files(folder, orphans))


async def set_legal_hold(session: AsyncSession, reference: str, held: bool, *, now: datetime) -> bool:
    """Put a case under legal hold (never erased) or lift it; audited by the system. False: no such case."""
    case_id = await session.scalar(select(CASES.c.id).where(CASES.c.reference == reference))
    if case_id is None:
        return False
    await session.execute(update(CASES).where(CASES.c.id == case_id).values(legal_hold=held))
    await session.execute(
        insert(AUDIT).values(
            case_id=case_id, actor_id=None, action="legal_hold", outcome="on" if held else "off", at=now
        )
    )
    return True


async def legal_hold(session: AsyncSession, case_id: int) -> bool:
    """Whether the case is under legal hold (never erased while it is)."""
    return bool(await session.scalar(select(CASES.c.legal_hold).where(CASES.c.id == case_id)))
