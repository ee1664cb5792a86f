"""Rows and files nobody will need: web sessions that only ever opened, and the evidence of an
intake she abandoned (issue 11, items 5, 9 and 10).

- `forget_quiet_conversations`: a web session that opened (its greeting wrote a conversation
  at the language question, a person, an identity, a processed update and the picker's outbox
  row) and then did nothing. The web channel calls it when such a session expires, so a flood
  of idle sockets leaves no permanent rows. A conversation that went past the language
  question, or a person with a case or another address, is never touched.
- `discard_unregistered_files`: the files of an intake that is abandoned (quick exit now; the
  retention worker calls it for intakes abandoned by time). A file whose content also belongs
  to a registered case stays.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select

from storage.records import (
    CaseEntryRecord,
    CaseRecord,
    ConversationRecord,
    IdentityRecord,
    OutboxRecord,
    PersonRecord,
    ProcessedUpdateRecord,
)

logger = logging.getLogger(__name__)

#: The step a conversation is at after the greeting and nothing more.
FIRST_STEP = "language"

CONVERSATIONS = ConversationRecord.__table__
IDENTITIES = IdentityRecord.__table__
PEOPLE = PersonRecord.__table__
CASES = CaseRecord.__table__
OUTBOX = OutboxRecord.__table__
PROCESSED = ProcessedUpdateRecord.__table__
ENTRIES = CaseEntryRecord.__table__


async def forget_quiet_conversations(uow: Any, addresses: Sequence[str]) -> int:
    """Delete what the greeting wrote for each address that never went past it; how many were forgotten.

    ``uow`` is an open unit of work (its ``session`` is used); the caller commits.
    """
    session = uow.session
    forgotten = 0
    for address in addresses:
        step = (
            await session.execute(select(CONVERSATIONS.c.step).where(CONVERSATIONS.c.address == address))
        ).scalar_one_or_none()
        if step not in (None, FIRST_STEP):
            continue  # she did something: retention decides, not this
        person_id = (
            await session.execute(select(IDENTITIES.c.person_id).where(IDENTITIES.c.address == address))
        ).scalar_one_or_none()
        if person_id is not None:
            others = (
                await session.execute(
                    select(func.count())
                    .select_from(IDENTITIES)
                    .where(IDENTITIES.c.person_id == person_id, IDENTITIES.c.address != address)
                )
            ).scalar_one()
            cases = (
                await session.execute(select(func.count()).select_from(CASES).where(CASES.c.reporter_id == person_id))
            ).scalar_one()
            if others or cases:
                continue
        await session.execute(delete(CONVERSATIONS).where(CONVERSATIONS.c.address == address))
        await session.execute(delete(OUTBOX).where(OUTBOX.c.address == address))
        await session.execute(
            delete(PROCESSED).where(
                PROCESSED.c.channel == address.split(":", 1)[0],
                PROCESSED.c.update_id.like(_like_prefix(address) + "%", escape="\\"),
            )
        )
        if person_id is not None:
            await session.execute(delete(IDENTITIES).where(IDENTITIES.c.address == address))
            await session.execute(delete(PEOPLE).where(PEOPLE.c.id == person_id))
        forgotten += 1
    return forgotten


def _like_prefix(address: str) -> str:
    escaped = address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + ":"


def _file_name(store: Any, meta: Any) -> str | None:
    """The evidence file a case record (or an intake's list) points to; None if it names none."""
    if not isinstance(meta, dict):
        return None
    try:
        if hasattr(store, "name_of"):
            return store.name_of(meta)
        name = meta.get("sha256")
        return name if isinstance(name, str) else None
    except ValueError:
        return None


async def registered_files(uow: Any, store: Any, names: Iterable[str]) -> set[str]:
    """Which of these evidence file names belong to a registered case."""
    wanted = set(names)
    if not wanted:
        return set()
    rows = await uow.session.execute(select(ENTRIES.c.attachment).where(ENTRIES.c.kind == "evidence"))
    return {name for (attachment,) in rows if (name := _file_name(store, attachment)) in wanted}


async def discard_unregistered_files(uow: Any, store: Any, metas: Sequence[dict[str, Any]]) -> int:
    """Delete from the evidence folder each file of ``metas`` (an abandoned intake's attachments)
    that no registered case holds; how many files were deleted.

    ``store`` is the `EvidenceStore`. Call it inside a unit of work, so that a case registered
    meanwhile is seen. The retention worker can call it for intakes abandoned by time.
    """
    names = {name for meta in metas if (name := _file_name(store, meta)) is not None}
    keep = await registered_files(uow, store, names)
    deleted = 0
    for name in sorted(names - keep):
        with contextlib.suppress(FileNotFoundError, ValueError):
            store.path(name).unlink()
            deleted += 1
    if deleted:
        logger.info("deleted %d file(s) of an abandoned intake", deleted)
    return deleted
