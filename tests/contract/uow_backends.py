"""The backends of the unit-of-work contract: the in-memory fake, SQLite and PostgreSQL.

Every contract test takes ``backend`` (`conftest.py`: ``fake``, ``sqlite``, ``postgres``) and talks
to the ports only through ``backend.uow()``. What no port creates (people without a chat,
service points, staff rows, invitation codes, the columns a case row has beyond `Case`)
is set up with the backend's own methods: plain SQL for the databases, `FakeDatabase`'s
set-up methods for the fake.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import insert, select, update

from storage import seed
from storage import staff as staff_store
from storage.engine import create_engine, session_factory
from storage.records import CaseRecord, IdentityRecord, OutboxRecord, PersonRecord, ServicePointRecord, StaffRecord
from storage.uow import SqlUnitOfWork
from tests.fakes.unit_of_work import FakeDatabase, FakeUnitOfWork
from workflows.case import Actor, Case
from workflows.ports import UnitOfWork
from workflows.vocabulary import Channel, Role, Service, State

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)

CASES = CaseRecord.__table__
PEOPLE = PersonRecord.__table__
IDENTITIES = IdentityRecord.__table__
STAFF = StaffRecord.__table__
POINTS = ServicePointRecord.__table__
OUTBOX = OutboxRecord.__table__


@dataclass(frozen=True)
class OutboxView:
    """One outbox row as the contract compares it."""

    address: str
    message_id: str
    args: dict[str, Any]
    status: str
    not_before: datetime
    case_id: int | None


class Backend(Protocol):
    name: str

    def uow(self, now: datetime = NOW) -> UnitOfWork: ...

    async def person(self, address: str | None = None, *, locale: str = "", at: datetime = NOW) -> int: ...

    async def identity(self, address: str, person_id: int, *, at: datetime = NOW) -> None: ...

    async def point(
        self,
        name: str,
        *,
        region: str = "hailar",
        services: Iterable[str] = (),
        languages: Iterable[str] = (),
        capacity: int = 10,
        active: bool = True,
        kind: str = "fixed_home",
        topics: Iterable[str] = (),
        travels_to: Iterable[str] = (),
    ) -> int: ...

    async def staff(
        self,
        person_id: int,
        *,
        roles: Iterable[str] = ("operator",),
        regions: Iterable[str] = ("hailar",),
        point: int | None = None,
        name: str = "",
        languages: Iterable[str] = (),
        active: bool = True,
        on_duty: bool = True,
    ) -> Actor: ...

    async def invite(
        self, *, roles: list[str], regions: list[str], point: int | None = None, now: datetime = NOW, days: int = 1
    ) -> str: ...

    async def set_case_columns(self, case_id: int, **columns: Any) -> None: ...

    async def outbox(self) -> list[OutboxView]: ...


_references = itertools.count(1)


def a_case(state: State = State.NEW, **fields: Any) -> Case:
    """A case ready to add, with a fresh reference; ``fields`` override the defaults."""
    values: dict[str, Any] = {
        "reference": f"HLB-2026-{next(_references):06d}",
        "service": Service.RIGHTS,
        "region": "hailar",
        "language": "en",
        "channel": Channel.WEB,
        "state": state,
        "version": 1,
        "created_at": NOW,
        "state_entered_at": NOW,
    }
    return Case(**(values | fields))


async def add_cases(backend: Backend, *cases: Case) -> list[Case]:
    """Store the cases in one committed unit of work; return them with their ids."""
    async with backend.uow() as uow:
        stored = [await uow.cases.add(case) for case in cases]
        await uow.commit()
    return stored


class FakeBackend:
    name = "fake"

    def __init__(self) -> None:
        self.db = FakeDatabase()

    def uow(self, now: datetime = NOW) -> UnitOfWork:
        return FakeUnitOfWork(self.db, now=lambda: now)

    async def person(self, address: str | None = None, *, locale: str = "", at: datetime = NOW) -> int:
        return self.db.add_person(address, locale=locale, now=at)

    async def identity(self, address: str, person_id: int, *, at: datetime = NOW) -> None:
        self.db.data.identities[address] = {"person_id": person_id, "created_at": at}

    async def point(self, name: str, **kw: Any) -> int:
        return self.db.add_point(name, **kw)

    async def staff(self, person_id: int, *, point: int | None = None, **kw: Any) -> Actor:
        return self.db.add_staff(person_id, service_point_id=point, now=NOW, **kw)

    async def invite(
        self, *, roles: list[str], regions: list[str], point: int | None = None, now: datetime = NOW, days: int = 1
    ) -> str:
        return self.db.create_invite(
            roles=roles, regions=regions, service_point_id=point, now=now, valid_for=timedelta(days=days)
        )

    async def set_case_columns(self, case_id: int, **columns: Any) -> None:
        self.db.set_case_columns(case_id, **columns)

    async def outbox(self) -> list[OutboxView]:
        return [
            OutboxView(r.notice.address, r.notice.message_id, r.notice.args, r.status, r.not_before, r.notice.case_id)
            for r in sorted(self.db.outbox, key=lambda r: r.id)
        ]


class SqlBackend:
    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.engine = create_engine(url)
        self.sessions = session_factory(self.engine)

    def uow(self, now: datetime = NOW) -> UnitOfWork:
        return SqlUnitOfWork(self.sessions, lambda: now)

    async def _run(self, statement: Any, *, returns: bool = False) -> Any:
        async with self.sessions() as session:
            result = await session.execute(statement)
            value = result.scalar_one() if returns else None
            await session.commit()
        return value

    async def seed(self) -> None:
        async with self.sessions() as session:
            await seed.seed_reference_data(session)
            await session.commit()

    async def person(self, address: str | None = None, *, locale: str = "", at: datetime = NOW) -> int:
        person_id = await self._run(
            insert(PEOPLE).values(locale=locale, created_at=at).returning(PEOPLE.c.id), returns=True
        )
        if address is not None:
            await self.identity(address, person_id, at=at)
        return person_id

    async def identity(self, address: str, person_id: int, *, at: datetime = NOW) -> None:
        await self._run(insert(IDENTITIES).values(address=address, person_id=person_id, created_at=at))

    async def point(
        self,
        name: str,
        *,
        region: str = "hailar",
        services: Iterable[str] = (),
        languages: Iterable[str] = (),
        capacity: int = 10,
        active: bool = True,
        kind: str = "fixed_home",
        topics: Iterable[str] = (),
        travels_to: Iterable[str] = (),
    ) -> int:
        values = {
            "topics": list(topics),
            "travels_to": list(travels_to),
            "name": name,
            "kind": kind,
            "region": region,
            "services": list(services),
            "languages": list(languages),
            "capacity": capacity,
            "active": active,
        }
        return await self._run(insert(POINTS).values(**values).returning(POINTS.c.id), returns=True)

    async def staff(
        self,
        person_id: int,
        *,
        roles: Iterable[str] = ("operator",),
        regions: Iterable[str] = ("hailar",),
        point: int | None = None,
        name: str = "",
        languages: Iterable[str] = (),
        active: bool = True,
        on_duty: bool = True,
    ) -> Actor:
        values = {
            "person_id": person_id,
            "display_name": name,
            "roles": [getattr(r, "value", r) for r in roles],
            "regions": list(regions),
            "languages": list(languages),
            "service_point_id": point,
            "active": active,
            "on_duty": on_duty,
            "joined_at": NOW,
        }
        await self._run(insert(STAFF).values(**values))
        return actor_of(values)

    async def invite(
        self, *, roles: list[str], regions: list[str], point: int | None = None, now: datetime = NOW, days: int = 1
    ) -> str:
        async with self.sessions() as session:
            code = await staff_store.create_invite(
                session, roles=roles, regions=regions, service_point_id=point, now=now, valid_for=timedelta(days=days)
            )
            await session.commit()
        return code

    async def set_case_columns(self, case_id: int, **columns: Any) -> None:
        await self._run(update(CASES).where(CASES.c.id == case_id).values(**columns))

    async def outbox(self) -> list[OutboxView]:
        async with self.sessions() as session:
            rows = await session.execute(select(OUTBOX).order_by(OUTBOX.c.id))
            return [
                OutboxView(r.address, r.message_id, dict(r.args or {}), r.status, r.not_before, r.case_id) for r in rows
            ]


def actor_of(row: dict[str, Any]) -> Actor:
    return Actor(
        id=row["person_id"],
        roles=frozenset(Role(r) for r in row["roles"]),
        regions=frozenset(row["regions"]),
        service_point_id=row["service_point_id"],
        name=row["display_name"],
    )
