"""Service orders on SQLite and PostgreSQL: the use cases over the SQL unit of work, and what reaches
the tables (her contact, the place as she named it, the team's notes and the audit data sealed)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, text

from storage.engine import create_engine, session_factory
from storage.records import IdentityRecord, PersonRecord, ServicePointRecord, StaffRecord
from storage.seed import seed_reference_data
from storage.uow import SqlUnitOfWork
from workflows.case import Actor
from workflows.errors import NotPermitted
from workflows.orders import OrderState, replay
from workflows.orders_figures import Period
from workflows.orders_validation import InvalidOrder, OrderRequest, RecordRequest
from workflows.services.orders import (
    OrderContext,
    accept_order,
    dispatch_order,
    order_figures,
    place_order,
    record_delivery,
    suggest_teams,
)
from workflows.vocabulary import Role

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
PHONE = "13912345678"
PLACE = "Qx7 Bayan Tala gacha"
NOTES = "Qx7 two women asked about custody"


@pytest.fixture
async def engine(db_url: str):
    made = create_engine(db_url)
    async with session_factory(made)() as session:
        await seed_reference_data(session)
        await session.commit()
    yield made
    await made.dispose()


async def _insert(engine, table, returning=None, **values):
    async with engine.begin() as connection:
        statement = insert(table.__table__).values(**values)
        if returning is not None:
            return (await connection.execute(statement.returning(returning))).scalar_one()
        await connection.execute(statement)
        return None


async def _person(engine, address: str, locale: str) -> int:
    person = await _insert(engine, PersonRecord, PersonRecord.__table__.c.id, locale=locale, created_at=NOW)
    await _insert(engine, IdentityRecord, address=address, person_id=person, created_at=NOW)
    return person


async def test_an_order_from_her_chat_to_its_record_and_what_the_tables_hold(engine):
    team = await _insert(
        engine,
        ServicePointRecord,
        ServicePointRecord.__table__.c.id,
        name="Evenki Banner Mobile Service Team",
        kind="mobile_team",
        region="hailar",
        services=[],
        languages=["mn-Mong-CN", "zh-Hans-CN"],
        topics=["mental_health"],
        travels_to=["evenki"],
        capacity=15,
        active=True,
    )
    her = await _person(engine, "web:her", "mn-Mong-CN")
    operator_id = await _person(engine, "telegram:20", "zh-Hans-CN")
    member_id = await _person(engine, "telegram:40", "mn-Cyrl-MN")
    for person, roles, point in ((operator_id, ["operator"], None), (member_id, ["mediator"], team)):
        await _insert(
            engine,
            StaffRecord,
            person_id=person,
            display_name="",
            roles=roles,
            regions=["evenki"],
            languages=[],
            service_point_id=point,
            active=True,
            on_duty=True,
            joined_at=NOW,
        )
    operator = Actor(operator_id, frozenset({Role.OPERATOR}), frozenset({"evenki"}))
    member = Actor(member_id, frozenset({Role.MEDIATOR}), frozenset({"evenki"}), service_point_id=team)
    sessions = session_factory(engine)

    def uow():
        return SqlUnitOfWork(sessions, lambda: NOW)

    ctx = OrderContext(tz=TZ)
    request = OrderRequest(
        kind="lecture_thematic",
        topic="mental_health",
        region="evenki",
        place_kind="gacha",
        place_name=PLACE,
        language="bilingual",
        format="on_site",
        audience="４５",
        preferred_dates=(NOW.date() + timedelta(days=7),),
        contact_name="Saran",
        contact_phone=PHONE,
        locale="mn-Mong-CN",
        channel="web",
    )
    placed = await place_order(uow(), request=request, actor=Actor.reporter(her), now=NOW, ctx=ctx)
    reference = placed.order.reference
    assert reference == "HLO-2026-000001" and placed.pin

    with pytest.raises(InvalidOrder):
        await place_order(uow(), request=OrderRequest(**{**request.__dict__, "region": "atlantis"}),
                          actor=Actor.reporter(her), now=NOW, ctx=ctx)  # fmt: skip

    (best,) = await suggest_teams(uow(), reference=reference, actor=operator, limit=1)
    assert (best.candidate.id, best.reasons) == (team, ("travels", "topic", "language", "load"))
    await dispatch_order(uow(), reference=reference, team_id=team, actor=operator, now=NOW, ctx=ctx)
    when = NOW + timedelta(days=7)
    await accept_order(
        uow(), reference=reference, scheduled_at=when, venue="gacha hall", actor=member, now=NOW, ctx=ctx
    )
    after = when + timedelta(hours=2)
    record_request = RecordRequest(
        team_id=team, region="evenki", kind="lecture_thematic", topics=["mental_health"], held_on=after.date(),
        place_kind="gacha", place_name="Bayan Tala gacha", format="on_site", language="bilingual",
        attendees="52", women_helped=4, notes=NOTES,
    )  # fmt: skip
    stranger = Actor(operator_id + 100, frozenset({Role.MEDIATOR}), frozenset({"evenki"}), service_point_id=team + 1)
    with pytest.raises(NotPermitted):
        await record_delivery(uow(), reference=reference, request=record_request, actor=stranger, now=after, ctx=ctx)
    record = await record_delivery(uow(), reference=reference, request=record_request, actor=member, now=after, ctx=ctx)

    async with uow() as reading:
        order = await reading.orders.get(reference)
        events = await reading.orders.events_of(order.id)
        refusals = await reading.orders.audit_of(order.id)
        outbox = [(r.message_id, r.address) for r in await _outbox(engine)]
    assert order.state is OrderState.RECORDED and replay(events) is OrderState.RECORDED
    assert order.contact == {"name": "Saran", "phone": PHONE} and order.place_name == PLACE
    assert [r.outcome for r in refusals] == ["refused:error-not-permitted:not_team"]
    assert outbox == [
        ("orders-staff-new", "telegram:20"),
        ("orders-staff-offered", "telegram:40"),
        ("orders-notice-scheduled", "web:her"),
        ("orders-notice-recorded", "web:her"),
    ]

    async with engine.connect() as connection:
        row = (await connection.execute(text("SELECT contact, place_name FROM orders"))).one()
        notes = (await connection.execute(text("SELECT notes FROM event_records"))).scalar_one()
        data = [r[0] for r in await connection.execute(text("SELECT data FROM order_events"))]
    for sealed in (*row, notes, *data):
        assert str(sealed).startswith("s1:"), "sealed at rest"
    assert PHONE not in str(row) and "Qx7" not in str(row) and "Qx7" not in notes

    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    figures = await order_figures(uow(), period=march, region="evenki", tz=TZ)
    assert (figures.lectures["lecture_thematic"], figures.person_times_total, figures.helped_at_events) == (1, 52, 4)
    assert (figures.fixed_homes, figures.mobile_teams) == (0, 0)  # the team is Hailar's; it travels to Evenki
    assert record.id is not None


async def _outbox(engine):
    async with engine.connect() as connection:
        return (await connection.execute(text("SELECT message_id, address FROM outbox ORDER BY id"))).all()


async def test_the_demo_teams_carry_topics_and_regions_travelled_to_also_when_seeded_before(engine):
    from storage.seed import DEMO_POINTS, seed_demo_points
    from workflows.orders import PointKind, Topic
    from workflows.vocabulary import REGIONS

    for point in DEMO_POINTS:
        assert point["topics"] and {Topic(t) for t in point["topics"]}
        assert set(point["travels_to"]) <= set(REGIONS) and point["region"] not in point["travels_to"]
        assert not point["travels_to"] or point["kind"] == PointKind.MOBILE_TEAM.value
    sessions = session_factory(engine)
    async with sessions() as session:
        assert await seed_demo_points(session) == len(DEMO_POINTS)
        await session.commit()
    async with engine.begin() as connection:  # as a database seeded before service orders
        await connection.execute(text("UPDATE service_points SET topics = '[]', travels_to = '[]'"))
    async with sessions() as session:
        assert await seed_demo_points(session) == 0
        await session.commit()
    async with SqlUnitOfWork(sessions, lambda: NOW) as uow:
        teams = {t.name: t for t in await uow.orders.teams()}
    evenki = teams["Evenki Banner Mobile Service Team"]
    assert evenki.kind is PointKind.MOBILE_TEAM and "old-barag" in evenki.travels_to
    assert all(t.topics for t in teams.values()) and len(teams) == len(DEMO_POINTS)
