"""Service orders (点单/派单) through the `Orders` port: the same behaviour on the fake, SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from uow_backends import NOW, a_case, add_cases

from workflows.orders import (
    DeliveryLanguage,
    EventRecord,
    Format,
    Order,
    OrderAudit,
    OrderEvent,
    OrderKind,
    OrderRole,
    OrderState,
    OrderTrigger,
    PlaceKind,
    PointKind,
    StaleOrder,
    Topic,
    format_order_reference,
)

DAY = timedelta(days=1)


def an_order(number: int, **fields) -> Order:
    values = {
        "reference": format_order_reference(2026, number),
        "kind": OrderKind.LECTURE_THEMATIC,
        "topic": Topic.MENTAL_HEALTH,
        "region": "evenki",
        "place_kind": PlaceKind.GACHA,
        "place_name": "Bayan Tala gacha",
        "language": DeliveryLanguage.BILINGUAL,
        "format": Format.ON_SITE,
        "audience": 45,
        "preferred_dates": (date(2026, 3, 10), date(2026, 3, 12)),
        "contact": {"name": "Saran", "phone": "13800000000"},
        "locale": "mn-Mong-CN",
        "channel": "web",
        "state": OrderState.REQUESTED,
        "version": 1,
        "created_at": NOW,
        "state_entered_at": NOW,
        "due_at": NOW + 2 * DAY,
    }
    return Order(**(values | fields))


def a_record(team_id: int, held_on: date, **fields) -> EventRecord:
    values = {
        "team_id": team_id,
        "region": "evenki",
        "kind": OrderKind.TEN_DELIVERIES,
        "topics": (Topic.HEALTH, Topic.RIGHTS_LAW),
        "held_on": held_on,
        "place_kind": PlaceKind.COMMUNITY,
        "place_name": "Bayantuhai community",
        "format": Format.ON_SITE,
        "language": DeliveryLanguage.MONGOLIAN,
        "attendees": 80,
        "women_helped": 6,
        "recorded_by": None,
        "recorded_at": NOW,
        "notes": "two asked about custody; referred",
        "evidence": ("ev-1.jpg",),
        "case_ids": (),
    }
    return EventRecord(**(values | fields))


async def test_an_order_comes_back_as_stored_and_numbers_count_per_year_apart_from_cases(backend):
    person = await backend.person("web:saran", locale="mn-Mong-CN")
    async with backend.uow() as uow:
        assert await uow.orders.next_number(2026) == 1
        assert await uow.orders.next_number(2026) == 2
        assert await uow.orders.next_number(2027) == 1
        assert await uow.references.next_number(2026) == 1  # cases count on their own
        stored = await uow.orders.add(an_order(2, orderer_id=person))
        await uow.commit()
    assert stored.id is not None
    async with backend.uow() as uow:
        by_reference = await uow.orders.get("HLO-2026-000002")
        by_id = await uow.orders.get_by_id(stored.id)
        assert await uow.orders.get("HLO-2026-000009") is None
        assert await uow.orders.next_number(2026) == 3
    assert by_reference == by_id == replace(an_order(2, orderer_id=person), id=stored.id)


async def test_numbers_roll_back_with_their_transaction(backend):
    async with backend.uow() as uow:
        assert await uow.orders.next_number(2026) == 1
    async with backend.uow() as uow:
        assert await uow.orders.next_number(2026) == 1


async def test_save_writes_only_at_the_expected_version_and_a_loaded_order_is_a_copy(backend):
    point = await backend.point("Evenki team", region="evenki", kind="mobile_team")
    async with backend.uow() as uow:
        order = await uow.orders.add(an_order(1))
        await uow.commit()
    async with backend.uow() as uow:
        loaded = await uow.orders.get_by_id(order.id)
        loaded.contact["phone"] = "changed in memory only"
        loaded.state, loaded.team_id, loaded.version = OrderState.DISPATCHED, point, 2
        loaded.scheduled_at, loaded.venue = NOW + 3 * DAY, "gacha hall"
        await uow.orders.save(loaded, 1)
        with pytest.raises(StaleOrder):
            await uow.orders.save(replace(loaded, version=3), 1)
        await uow.commit()
    async with backend.uow() as uow:
        again = await uow.orders.get_by_id(order.id)
    assert (again.state, again.team_id, again.version, again.venue) == (OrderState.DISPATCHED, point, 2, "gacha hall")
    assert again.scheduled_at == NOW + 3 * DAY
    assert again.contact["phone"] == "changed in memory only"  # saved with it, as given


async def test_events_come_back_in_sequence_and_audit_per_order(backend):
    async with backend.uow() as uow:
        first = await uow.orders.add(an_order(1))
        other = await uow.orders.add(an_order(2))
        dispatched = OrderEvent(
            first.id, 2, NOW + DAY, 20, OrderRole.OPERATOR, OrderTrigger.DISPATCH, OrderState.REQUESTED,
            OrderState.DISPATCHED, {"team_id": 1, "reasons": ["region"]},
        )  # fmt: skip
        placed = OrderEvent(
            first.id, 1, NOW, None, OrderRole.ORDERER, OrderTrigger.PLACE, OrderState.DRAFT, OrderState.REQUESTED
        )
        await uow.orders.append_event(dispatched)
        await uow.orders.append_event(placed)
        await uow.orders.record_audit(OrderAudit(first.id, 41, "order:accept", "refused:error-not-permitted", NOW))
        await uow.orders.record_audit(OrderAudit(None, 41, "order:record", "refused:orders-invalid", NOW))
        await uow.commit()
    async with backend.uow() as uow:
        events = await uow.orders.events_of(first.id)
        assert await uow.orders.events_of(other.id) == []
        audit = await uow.orders.audit_of(first.id)
        loose = await uow.orders.audit_of(None)
    assert events == [placed, dispatched]
    assert [(a.actor_id, a.action) for a in audit] == [(41, "order:accept")]
    assert [(a.order_id, a.action) for a in loose] == [(None, "order:record")]


async def test_records_by_period_and_region_and_one_per_order(backend):
    evenki = await backend.point("Evenki team", region="evenki", kind="mobile_team")
    staff = await backend.person()
    async with backend.uow() as uow:
        order = await uow.orders.add(an_order(1))
        ordered = await uow.orders.add_record(
            a_record(evenki, date(2026, 3, 5), order_id=order.id, recorded_by=staff, case_ids=(7, 9))
        )
        spot = await uow.orders.add_record(a_record(evenki, date(2026, 3, 1), kind=OrderKind.LECTURE_SERVICE))
        await uow.orders.add_record(a_record(evenki, date(2026, 3, 9), region="hailar"))
        await uow.orders.add_record(a_record(evenki, date(2026, 4, 1)))
        await uow.commit()
    async with backend.uow() as uow:
        in_march = await uow.orders.records(date(2026, 3, 1), date(2026, 3, 31), "evenki")
        everywhere = await uow.orders.records(date(2026, 3, 1), date(2026, 3, 31), None)
        of_order = await uow.orders.record_of(order.id)
        assert await uow.orders.record_of(order.id + 100) is None
    assert in_march == [spot, ordered]
    assert [r.held_on.day for r in everywhere] == [1, 5, 9]
    assert of_order == ordered
    assert (of_order.case_ids, of_order.evidence, of_order.notes) == (
        (7, 9),
        ("ev-1.jpg",),
        "two asked about custody; referred",
    )
    assert spot.on_the_spot and not ordered.on_the_spot


async def test_teams_carry_their_attributes_and_the_orders_they_hold(backend):
    home = await backend.point("Evenki home", region="evenki", languages=["mn-Mong-CN"], topics=["health"], capacity=4)
    team = await backend.point(
        "Hailar team",
        region="hailar",
        kind="mobile_team",
        languages=["zh-Hans-CN", "mn-Mong-CN"],
        topics=["rights_law", "mental_health"],
        travels_to=["evenki", "old-barag"],
    )
    gone = await backend.point("Closed home", region="evenki", active=False)
    async with backend.uow() as uow:
        await uow.orders.add(an_order(1, state=OrderState.DISPATCHED, team_id=team))
        await uow.orders.add(an_order(2, state=OrderState.SCHEDULED, team_id=team))
        await uow.orders.add(an_order(3, state=OrderState.RECORDED, team_id=team))  # done: no load
        await uow.orders.add(an_order(4, state=OrderState.DELIVERED, team_id=home))
        await uow.commit()
    async with backend.uow() as uow:
        teams = await uow.orders.teams()
        one = await uow.orders.team(team)
        assert await uow.orders.team(gone) is None
        assert await uow.orders.team(gone + 100) is None
    assert [t.id for t in teams] == [home, team]
    assert one == teams[1]
    assert (one.kind, one.region, one.topics, one.travels_to, one.open_orders) == (
        PointKind.MOBILE_TEAM,
        "hailar",
        frozenset({"rights_law", "mental_health"}),
        frozenset({"evenki", "old-barag"}),
        2,
    )
    assert (teams[0].kind, teams[0].capacity, teams[0].open_orders, teams[0].travels_to) == (
        PointKind.FIXED_HOME,
        4,
        1,
        frozenset(),
    )


async def test_counts_for_the_figures(backend):
    await backend.point("Evenki home 1", region="evenki")
    await backend.point("Evenki home 2", region="evenki")
    await backend.point("Evenki team", region="evenki", kind="mobile_team")
    await backend.point("Hailar team", region="hailar", kind="mobile_team")
    await backend.point("Closed", region="evenki", active=False)
    await add_cases(
        backend,
        a_case(region="evenki", created_at=NOW),
        a_case(region="evenki", created_at=NOW + DAY - timedelta(seconds=1)),
        a_case(region="evenki", created_at=NOW + DAY),  # the end is not included
        a_case(region="hailar", created_at=NOW),
        a_case(region="evenki", created_at=NOW - DAY),
    )
    async with backend.uow() as uow:
        assert await uow.orders.point_counts("evenki") == (2, 1)
        assert await uow.orders.point_counts(None) == (2, 2)
        assert await uow.orders.point_counts("genhe") == (0, 0)
        assert await uow.orders.cases_opened(NOW, NOW + DAY, "evenki") == 2
        assert await uow.orders.cases_opened(NOW, NOW + DAY, None) == 3


async def test_her_orders_newest_first(backend):
    her = await backend.person("web:her")
    other = await backend.person("web:other")
    async with backend.uow() as uow:
        for number, person in ((1, her), (2, other), (3, her), (4, her)):
            await uow.orders.add(an_order(number, orderer_id=person))
        await uow.commit()
    async with backend.uow() as uow:
        assert [o.reference[-1] for o in await uow.orders.of_orderer(her)] == ["4", "3", "1"]
        assert [o.reference[-1] for o in await uow.orders.of_orderer(her, limit=2)] == ["4", "3"]


async def test_find_narrows_by_every_field_soonest_due_first(backend):
    from workflows.orders import OrderFilter

    team = await backend.point("Evenki team", region="evenki", kind="mobile_team")
    async with backend.uow() as uow:
        late = await uow.orders.add(an_order(1, due_at=NOW + 5 * DAY))
        soon = await uow.orders.add(an_order(2, due_at=NOW + DAY))
        never = await uow.orders.add(an_order(3, state=OrderState.RECORDED, due_at=None, team_id=team))
        genhe = await uow.orders.add(an_order(4, region="genhe", topic=Topic.HEALTH, due_at=NOW))
        held = await uow.orders.add(
            an_order(5, state=OrderState.SCHEDULED, team_id=team, kind=OrderKind.TEAM_VISIT, created_at=NOW + DAY)
        )
        await uow.commit()

    async def ids(**fields) -> list[int]:
        async with backend.uow() as uow:
            return [o.id for o in await uow.orders.find(OrderFilter(**fields))]

    assert await ids() == [genhe.id, soon.id, held.id, late.id, never.id]  # held is due at NOW + 2 days
    assert await ids(regions=frozenset({"evenki"})) == [soon.id, held.id, late.id, never.id]
    assert await ids(regions=frozenset()) == []
    assert await ids(states=frozenset({OrderState.REQUESTED})) == [genhe.id, soon.id, late.id]
    assert await ids(kind=OrderKind.TEAM_VISIT) == [held.id]
    assert await ids(topic=Topic.HEALTH) == [genhe.id]
    assert await ids(team_id=team) == [held.id, never.id]
    assert await ids(created_from=NOW + DAY) == [held.id]
    assert await ids(created_until=NOW + DAY) == [genhe.id, soon.id, late.id, never.id]
    async with backend.uow() as uow:
        assert [o.id for o in await uow.orders.find(OrderFilter(), limit=2)] == [genhe.id, soon.id]
