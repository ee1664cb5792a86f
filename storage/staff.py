"""Staff accounts: one-time invitation codes, joining, listing, deactivation."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.outbox_store import cancel_pending
from storage.people import addresses_of
from storage.records import InviteRecord, ServicePointRecord, StaffRecord
from workflows.readmodels import InviteError, Joined
from workflows.vocabulary import ALL_REGIONS, REGIONS, Role

INVITES = InviteRecord.__table__
STAFF = StaffRecord.__table__
POINTS = ServicePointRecord.__table__

STAFF_ROLES = (Role.OPERATOR, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN)
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def hash_invite_code(code: str) -> str:
    return hashlib.sha256(code.strip().upper().replace("-", "").encode()).hexdigest()


def _new_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


async def create_invite(
    session: AsyncSession,
    *,
    roles: list[str],
    regions: list[str],
    service_point_id: int | None,
    now: datetime,
    valid_for: timedelta,
) -> str:
    """Create a one-time code; only its hash is stored. Validates roles, regions, point."""
    for role in roles:
        if role not in {r.value for r in STAFF_ROLES}:
            raise InviteError("invite-error-role", role=role)
    for region in regions:
        if region not in REGIONS and region != ALL_REGIONS:
            raise InviteError("invite-error-region", region=region)
    if not roles:
        raise InviteError("invite-error-role", role="")
    if service_point_id is not None:
        exists = (await session.execute(select(POINTS.c.id).where(POINTS.c.id == service_point_id))).first()
        if exists is None:
            raise InviteError("invite-error-service-point", service_point=service_point_id)
    if Role.MEDIATOR.value in roles and service_point_id is None and not regions:
        raise InviteError("invite-error-scope")
    code = _new_code()
    await session.execute(
        insert(INVITES).values(
            code_hash=hash_invite_code(code),
            roles=roles,
            regions=regions,
            service_point_id=service_point_id,
            created_at=now,
            expires_at=now + valid_for,
        )
    )
    return code


async def redeem_invite(session: AsyncSession, code: str, *, person_id: int, now: datetime, name: str = "") -> Joined:
    """Use a code once: the person becomes staff with exactly the code's roles and scope.

    Roles are replaced, never merged upward: a code is the only way to gain a role,
    and only an administrator or supervisor issues codes.
    """
    row = (await session.execute(select(INVITES).where(INVITES.c.code_hash == hash_invite_code(code)))).first()
    if row is None:
        raise InviteError("join-error-unknown")
    if row.used_at is not None:
        raise InviteError("join-error-used")
    if row.expires_at <= now:
        raise InviteError("join-error-expired")
    claimed = await session.execute(
        update(INVITES)
        .where(INVITES.c.id == row.id, INVITES.c.used_at.is_(None))
        .values(used_at=now, used_by=person_id)
    )
    if claimed.rowcount != 1:
        raise InviteError("join-error-used")
    values = {
        "roles": list(row.roles),
        "regions": list(row.regions),
        "service_point_id": row.service_point_id,
        "active": True,
        "on_duty": True,
    }
    existing = (await session.execute(select(STAFF.c.person_id).where(STAFF.c.person_id == person_id))).first()
    if existing is None:
        await session.execute(insert(STAFF).values(person_id=person_id, display_name=name, joined_at=now, **values))
    else:
        await session.execute(update(STAFF).where(STAFF.c.person_id == person_id).values(**values))
    return Joined(roles=values["roles"], regions=values["regions"], service_point_id=values["service_point_id"])


async def deactivate(session: AsyncSession, person_id: int) -> bool:
    """End her access at once: nothing more is sent to her, including what already waits."""
    result = await session.execute(update(STAFF).where(STAFF.c.person_id == person_id).values(active=False))
    if result.rowcount != 1:
        return False
    for address in await addresses_of(session, person_id):
        await cancel_pending(session, address, reason="staff deactivated")
    return True


async def is_active(session: AsyncSession, person_id: int) -> bool:
    """True for a staff member whose access has not been ended."""
    statement = select(STAFF.c.active).where(STAFF.c.person_id == person_id)
    return bool((await session.execute(statement)).scalar_one_or_none())


async def set_on_duty(session: AsyncSession, person_id: int, on_duty: bool) -> bool:
    """`/duty on|off`: whether emergencies page her (docs/clock.md, "Emergencies")."""
    statement = update(STAFF).where(STAFF.c.person_id == person_id, STAFF.c.active.is_(True)).values(on_duty=on_duty)
    return (await session.execute(statement)).rowcount == 1


async def is_on_duty(session: AsyncSession, person_id: int) -> bool:
    statement = select(STAFF.c.on_duty).where(STAFF.c.person_id == person_id, STAFF.c.active.is_(True))
    return bool((await session.execute(statement)).scalar_one_or_none())


async def list_staff(session: AsyncSession) -> list[dict]:
    rows = await session.execute(select(STAFF).order_by(STAFF.c.person_id))
    return [dict(r._mapping) for r in rows]
