"""Earlier cases from the same phone number, through a blind index (the number itself stays sealed).

``cases.phone_index`` holds a keyed HMAC of the normalised number (`storage.sealing`,
``KeyRing.blind_index``): equal numbers give equal indexes, and the index tells nothing
about the number to whoever lacks the key.
"""

from __future__ import annotations

import re

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import sealing
from storage.records import CaseRecord
from storage.staff_queries import visible_to
from workflows.case import Actor

CASES = CaseRecord.__table__
_NOT_DIGIT = re.compile(r"\D+")
MIN_DIGITS = 5


def normalize_phone(text: str) -> str | None:
    """The digits of a phone number as one would dial them in China; None when too few to compare."""
    digits = _NOT_DIGIT.sub("", text or "")
    for country in ("0086", "86"):
        rest = digits.removeprefix(country)
        if rest != digits and len(rest) == 11 and rest.startswith("1"):  # +86 mobile numbers
            digits = rest
            break
    return digits if len(digits) >= MIN_DIGITS else None


def phone_index(session: AsyncSession, phone: str) -> str | None:
    normalized = normalize_phone(phone)
    if normalized is None:
        return None
    return sealing.ring_for(session.bind.dialect).blind_index(normalized, "phone")


async def remember_phone(session: AsyncSession, case_id: int, phone: str) -> str | None:
    """Store the blind index of ``phone`` on the case; returns it (None if the number is too short)."""
    index = phone_index(session, phone)
    if index is not None:
        await session.execute(update(CASES).where(CASES.c.id == case_id).values(phone_index=index))
    return index


async def earlier_references(
    session: AsyncSession, index: str, actor: Actor, *, exclude_case_id: int, limit: int = 5
) -> list[str]:
    """References of other cases with the same number that ``actor`` may see (her regions), newest first."""
    query = (
        select(CASES.c.reference)
        .where(CASES.c.phone_index == index, CASES.c.id != exclude_case_id, visible_to(actor))
        .order_by(CASES.c.created_at.desc(), CASES.c.id.desc())
        .limit(limit)
    )
    return list((await session.execute(query)).scalars())
