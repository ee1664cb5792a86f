"""Reference data (regions, services) and an optional demo set of service points."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import RegionRecord, ServicePointRecord, ServiceRecord
from storage.repositories import upsert
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Service

REGION_TABLE = RegionRecord.__table__
SERVICE_TABLE = ServiceRecord.__table__
POINTS = ServicePointRecord.__table__

#: Demo service points: fixed women's homes and mobile teams in several regions.
DEMO_POINTS = (
    {
        "name": "Hailar Jianshe Street Women's Home",
        "kind": "fixed_home",
        "region": "hailar",
        "services": ["family_mediation", "rights", "legal", "family_education"],
        "languages": ["zh-Hans-CN", "mn-Mong-CN"],
        "capacity": 12,
    },
    {
        "name": "Hailar Mobile Legal Team",
        "kind": "mobile_team",
        "region": "hailar",
        "services": ["legal", "rights", "employment"],
        "languages": ["zh-Hans-CN", "en"],
        "capacity": 20,
    },
    {
        "name": "Manzhouli Border Women's Home",
        "kind": "fixed_home",
        "region": "manzhouli",
        "services": ["family_mediation", "rights", "assistance"],
        "languages": ["zh-Hans-CN", "ru", "mn-Cyrl-MN"],
        "capacity": 10,
    },
    {
        "name": "Ergun Shiwei Russian Township Home",
        "kind": "fixed_home",
        "region": "ergun",
        "services": ["family_mediation", "assistance", "family_education"],
        "languages": ["ru", "zh-Hans-CN"],
        "capacity": 6,
    },
    {
        "name": "Evenki Banner Mobile Service Team",
        "kind": "mobile_team",
        "region": "evenki",
        "services": ["rights", "mental_health", "assistance"],
        "languages": ["mn-Mong-CN", "zh-Hans-CN"],
        "capacity": 15,
    },
    {
        "name": "New Barag Left Banner Pastoral Home",
        "kind": "fixed_home",
        "region": "new-barag-left",
        "services": ["family_mediation", "rights", "employment"],
        "languages": ["mn-Mong-CN"],
        "capacity": 8,
    },
    {
        # Daur has no written standard in use: the team reads Chinese and calls in Daur.
        "name": "Morin Dawa Daur Women's Home",
        "kind": "fixed_home",
        "region": "morin-dawa",
        "services": ["family_mediation", "rights", "family_education"],
        "languages": ["dta", "zh-Hans-CN"],
        "capacity": 8,
    },
)


async def seed_reference_data(session: AsyncSession) -> None:
    """Regions (plus "unknown") and services; safe to run again."""
    insert = upsert(session)
    for position, code in enumerate((*REGIONS, UNKNOWN_REGION)):
        await session.execute(insert(REGION_TABLE).values(code=code, position=position).on_conflict_do_nothing())
    for position, service in enumerate(Service):
        await session.execute(
            insert(SERVICE_TABLE).values(code=service.value, position=position).on_conflict_do_nothing()
        )


async def seed_demo_points(session: AsyncSession) -> int:
    """Add the demo service points that are not there yet; return how many were added."""
    existing = set((await session.execute(select(POINTS.c.name))).scalars())
    added = 0
    for point in DEMO_POINTS:
        if point["name"] not in existing:
            await session.execute(POINTS.insert().values(**point, active=True))
            added += 1
    return added


async def list_points(session: AsyncSession) -> list[dict]:
    rows = await session.execute(select(POINTS).order_by(POINTS.c.id))
    return [dict(r._mapping) for r in rows]
