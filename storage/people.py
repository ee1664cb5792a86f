"""People and their channel identities; staff records as the bot needs them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import IdentityRecord, PersonRecord, StaffRecord
from workflows.case import Actor
from workflows.readmodels import Person
from workflows.vocabulary import Role

PEOPLE = PersonRecord.__table__
IDENTITIES = IdentityRecord.__table__
STAFF = StaffRecord.__table__


async def person_for_address(session: AsyncSession, address: str, now: datetime) -> Person:
    """The person behind ``address``, created on first contact (locale still unset)."""
    row = (
        await session.execute(
            select(PEOPLE.c.id, PEOPLE.c.locale)
            .join(IDENTITIES, IDENTITIES.c.person_id == PEOPLE.c.id)
            .where(IDENTITIES.c.address == address)
        )
    ).first()
    if row is not None:
        return Person(id=row.id, locale=row.locale)
    person_id = (
        await session.execute(insert(PEOPLE).values(locale="", created_at=now).returning(PEOPLE.c.id))
    ).scalar_one()
    await session.execute(insert(IDENTITIES).values(address=address, person_id=person_id, created_at=now))
    return Person(id=person_id, locale="", is_new=True)


async def set_locale(session: AsyncSession, person_id: int, locale: str) -> None:
    await session.execute(update(PEOPLE).where(PEOPLE.c.id == person_id).values(locale=locale))


async def relink_identity(session: AsyncSession, address: str, person_id: int) -> None:
    """Point ``address`` at ``person_id`` (she proved, with reference and PIN, that the case is hers)."""
    await session.execute(update(IDENTITIES).where(IDENTITIES.c.address == address).values(person_id=person_id))


async def addresses_of(session: AsyncSession, person_id: int) -> list[str]:
    rows = await session.execute(
        select(IDENTITIES.c.address).where(IDENTITIES.c.person_id == person_id).order_by(IDENTITIES.c.created_at.desc())
    )
    return [r.address for r in rows]


async def locale_of(session: AsyncSession, person_id: int) -> str:
    return (await session.execute(select(PEOPLE.c.locale).where(PEOPLE.c.id == person_id))).scalar_one_or_none() or ""


def actor_from_staff_row(row) -> Actor:
    """An Actor from a staff row (or any mapping with its columns)."""
    m = row._mapping if hasattr(row, "_mapping") else row
    return Actor(
        id=m["person_id"],
        roles=frozenset(Role(r) for r in m["roles"]),
        regions=frozenset(m["regions"]),
        service_point_id=m["service_point_id"],
        name=m["display_name"],
    )


async def staff_actor(session: AsyncSession, person_id: int) -> Actor | None:
    """The active staff member behind ``person_id`` as an Actor, or None."""
    row = (await session.execute(select(STAFF).where(STAFF.c.person_id == person_id, STAFF.c.active.is_(True)))).first()
    return None if row is None else actor_from_staff_row(row)


async def on_duty_addresses(session: AsyncSession, region: str) -> list[tuple[str, str]]:
    """(address, locale) of every active on-duty operator or supervisor covering ``region``."""
    rows = await session.execute(
        select(STAFF, IDENTITIES.c.address, PEOPLE.c.locale)
        .join(PEOPLE, PEOPLE.c.id == STAFF.c.person_id)
        .join(IDENTITIES, IDENTITIES.c.person_id == STAFF.c.person_id)
        .where(STAFF.c.active.is_(True), STAFF.c.on_duty.is_(True))
    )
    window = {Role.OPERATOR, Role.SUPERVISOR}
    return [
        (r.address, r.locale)
        for r in rows
        if (actor := actor_from_staff_row(r)).roles & window and actor.covers_region(region)
    ]
