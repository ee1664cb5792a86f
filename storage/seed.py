"""Reference data (regions, services) and an optional demo set of service points."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.records import RegionRecord, ServicePointRecord, ServiceRecord
from storage.repositories import upsert
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Service

REGION_TABLE = RegionRecord.__table__
SERVICE_TABLE = ServiceRecord.__table__
POINTS = ServicePointRecord.__table__

#: Demo service points: fixed women's homes and mobile teams in several regions, with the topics
#: they deliver (`workflows.orders.Topic`) and, for mobile teams, the regions they travel to.
DEMO_POINTS = (
    {
        "name": "Hailar Jianshe Street Women's Home",
        "kind": "fixed_home",
        "region": "hailar",
        "services": ["family_mediation", "rights", "legal", "family_education"],
        "languages": ["zh-Hans-CN", "mn-Mong-CN"],
        "capacity": 12,
        "topics": ["family_education", "marriage_family", "rights_law", "care_elderly_children"],
        "travels_to": [],
    },
    {
        "name": "Hailar Mobile Legal Team",
        "kind": "mobile_team",
        "region": "hailar",
        "services": ["legal", "rights", "employment"],
        "languages": ["zh-Hans-CN", "en"],
        "capacity": 20,
        "topics": ["rights_law", "employment", "literacy"],
        "travels_to": ["jalainur", "yakeshi", "old-barag", "evenki"],
    },
    {
        "name": "Manzhouli Border Women's Home",
        "kind": "fixed_home",
        "region": "manzhouli",
        "services": ["family_mediation", "rights", "assistance"],
        "languages": ["zh-Hans-CN", "ru", "mn-Cyrl-MN"],
        "capacity": 10,
        "topics": ["marriage_family", "rights_law", "health", "care_elderly_children"],
        "travels_to": [],
    },
    {
        "name": "Ergun Shiwei Russian Township Home",
        "kind": "fixed_home",
        "region": "ergun",
        "services": ["family_mediation", "assistance", "family_education"],
        "languages": ["ru", "zh-Hans-CN"],
        "capacity": 6,
        "topics": ["family_education", "care_elderly_children", "rural_revitalisation"],
        "travels_to": [],
    },
    {
        "name": "Evenki Banner Mobile Service Team",
        "kind": "mobile_team",
        "region": "evenki",
        "services": ["rights", "mental_health", "assistance"],
        "languages": ["mn-Mong-CN", "zh-Hans-CN"],
        "capacity": 15,
        "topics": ["mental_health", "health", "rights_law", "rural_revitalisation"],
        "travels_to": ["hailar", "old-barag", "new-barag-left"],
    },
    {
        "name": "New Barag Left Banner Pastoral Home",
        "kind": "fixed_home",
        "region": "new-barag-left",
        "services": ["family_mediation", "rights", "employment"],
        "languages": ["mn-Mong-CN"],
        "capacity": 8,
        "topics": ["rural_revitalisation", "employment", "marriage_family"],
        "travels_to": [],
    },
    {
        # Daur has no written standard in use: the team reads Chinese and calls in Daur.
        "name": "Morin Dawa Daur Women's Home",
        "kind": "fixed_home",
        "region": "morin-dawa",
        "services": ["family_mediation", "rights", "family_education"],
        "languages": ["dta", "zh-Hans-CN"],
        "capacity": 8,
        "topics": ["family_education", "marriage_family", "health"],
        "travels_to": [],
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
    """Add the demo service points that are not there yet; return how many were added. A demo point
    seeded before service orders existed gets its topics and the regions it travels to."""
    existing = dict((await session.execute(select(POINTS.c.name, POINTS.c.topics))).all())
    added = 0
    for point in DEMO_POINTS:
        if point["name"] not in existing:
            await session.execute(POINTS.insert().values(**point, active=True))
            added += 1
        elif not existing[point["name"]]:
            await session.execute(
                update(POINTS)
                .where(POINTS.c.name == point["name"])
                .values(topics=point["topics"], travels_to=point["travels_to"])
            )
    return added


async def list_points(session: AsyncSession) -> list[dict]:
    rows = await session.execute(select(POINTS).order_by(POINTS.c.id))
    return [dict(r._mapping) for r in rows]
