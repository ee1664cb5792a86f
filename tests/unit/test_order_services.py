"""The service order use cases on the in-memory unit of work: every transition audited and
role-guarded, the right people told in their languages, refusals changing nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.fakes.publishing import Published
from tests.fakes.unit_of_work import FakeDatabase, FakeUnitOfWork
from workflows.case import Actor, Case
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.orders import OrderNotFound, OrderRole, OrderState, OrderTrigger, replay
from workflows.orders_figures import Period
from workflows.orders_validation import InvalidOrder, OrderRequest, RecordRequest
from workflows.references import verify_pin
from workflows.services.orders import (
    EventRecorded,
    OrderChanged,
    OrderContext,
    accept_order,
    cancel_order,
    decline_order,
    dispatch_order,
    mark_delivered,
    order_figures,
    order_for,
    place_order,
    record_delivery,
    reschedule_order,
    suggest_teams,
)
from workflows.vocabulary import Channel, Role, Service, State

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)  # a Monday
TODAY = NOW.date()


@dataclass
class World:
    db: FakeDatabase
    her: Actor
    operator: Actor
    far_operator: Actor
    team: int
    other_team: int
    member: Actor
    other_member: Actor
    published: Published

    def uow(self, now: datetime = NOW) -> FakeUnitOfWork:
        return FakeUnitOfWork(self.db, now=lambda: now)

    @property
    def ctx(self) -> OrderContext:
        return OrderContext(tz=TZ, publish=self.published)

    def outbox(self) -> list[tuple[str, str, str]]:
        return [(r.notice.address, r.notice.message_id, r.notice.locale) for r in self.db.outbox]


@pytest.fixture
def world() -> World:
    db = FakeDatabase()
    team = db.add_point(
        "Evenki Banner Mobile Service Team",
        region="evenki",
        kind="mobile_team",
        languages=["mn-Mong-CN", "zh-Hans-CN"],
        topics=["mental_health", "rights_law"],
        travels_to=["old-barag"],
    )
    other_team = db.add_point("Hailar home", region="hailar", languages=["zh-Hans-CN"], topics=["health"])
    her = db.add_person("web:saran", locale="mn-Mong-CN")
    operator = db.add_person("telegram:20", locale="zh-Hans-CN")
    far = db.add_person("telegram:21", locale="en")
    member = db.add_person("telegram:40", locale="mn-Cyrl-MN")
    other = db.add_person("telegram:41", locale="ru")
    return World(
        db=db,
        her=Actor.reporter(her),
        operator=db.add_staff(operator, roles=("operator",), regions=("evenki",)),
        far_operator=db.add_staff(far, roles=("operator",), regions=("genhe",)),
        team=team,
        other_team=other_team,
        member=db.add_staff(member, roles=("mediator",), regions=("evenki",), service_point_id=team),
        other_member=db.add_staff(other, roles=("mediator",), regions=("hailar",), service_point_id=other_team),
        published=Published(),
    )


def a_request(**fields) -> OrderRequest:
    values = {
        "kind": "lecture_thematic",
        "topic": "mental_health",
        "region": "evenki",
        "place_kind": "gacha",
        "place_name": "Bayan Tala gacha",
        "language": "bilingual",
        "format": "on_site",
        "audience": "45",
        "preferred_dates": (TODAY + timedelta(days=7),),
        "contact_name": "Saran",
        "contact_phone": "13800000000",
        "locale": "mn-Mong-CN",
        "channel": "web",
    }
    return OrderRequest(**(values | fields))


def a_record(team: int, **fields) -> RecordRequest:
    values = {
        "team_id": team,
        "region": "evenki",
        "kind": "lecture_thematic",
        "topics": ["mental_health"],
        "held_on": TODAY,
        "place_kind": "gacha",
        "place_name": "Bayan Tala gacha",
        "format": "on_site",
        "language": "bilingual",
        "attendees": "52",
        "women_helped": "4",
        "notes": "three women asked for a follow-up talk",
    }
    return RecordRequest(**(values | fields))


async def placed(world: World, **fields) -> str:
    result = await place_order(world.uow(), request=a_request(**fields), actor=world.her, now=NOW, ctx=world.ctx)
    return result.order.reference


async def scheduled(world: World) -> str:
    reference = await placed(world)
    await dispatch_order(
        world.uow(), reference=reference, team_id=world.team, actor=world.operator, now=NOW, ctx=world.ctx
    )
    when = NOW + timedelta(days=7)
    await accept_order(
        world.uow(),
        reference=reference,
        scheduled_at=when,
        venue="gacha hall",
        actor=world.member,
        now=NOW,
        ctx=world.ctx,
    )
    return reference


async def test_placing_gives_an_hlo_reference_a_pin_and_tells_the_window(world):
    result = await place_order(world.uow(), request=a_request(), actor=world.her, now=NOW, ctx=world.ctx)
    order = result.order
    assert order.reference == "HLO-2026-000001" and order.state is OrderState.REQUESTED
    assert order.orderer_id == world.her.id and order.contact == {"name": "Saran", "phone": "13800000000"}
    assert result.pin is not None and verify_pin(result.pin, order.pin_hash)
    assert order.due_at == NOW + timedelta(days=3)  # the clock's WALKING_HOME_DEADLINE_ORDER_DISPATCH: 3 working days
    assert world.outbox() == [("telegram:20", "orders-staff-new", "zh-Hans-CN")]  # evenki's window only
    (event,) = await world.uow().orders.events_of(order.id)
    assert (event.trigger, event.role, event.data["kind"]) == (
        OrderTrigger.PLACE,
        OrderRole.ORDERER,
        "lecture_thematic",
    )
    assert "Saran" not in str(event.data) and "13800000000" not in str(event.data)  # her contact is not audit data
    assert [type(e) for e in world.published.events] == [OrderChanged]


async def test_an_operator_orders_for_a_community_by_phone_and_nobody_follows_it_in_chat(world):
    result = await place_order(world.uow(), request=a_request(), actor=world.operator, now=NOW, ctx=world.ctx)
    assert result.order.orderer_id is None and result.pin is None
    assert result.event.role is OrderRole.OPERATOR


async def test_staff_of_another_region_order_as_anyone_does_and_follow_their_order(world):
    result = await place_order(world.uow(), request=a_request(), actor=world.far_operator, now=NOW, ctx=world.ctx)
    assert result.event.role is OrderRole.ORDERER and result.order.orderer_id == world.far_operator.id
    await cancel_order(
        world.uow(),
        reference=result.order.reference,
        reason="wrong date",
        actor=world.far_operator,
        now=NOW,
        ctx=world.ctx,
    )


async def test_no_contact_no_pin(world):
    result = await place_order(
        world.uow(), request=a_request(contact_name="", contact_phone=""), actor=world.her, now=NOW, ctx=world.ctx
    )
    assert result.pin is None and result.order.pin_hash is None


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"preferred_dates": (TODAY - timedelta(days=1),)}, "preferred_dates", "in_past"),
        ({"region": "atlantis"}, "region", "unknown"),
        ({"audience": "many"}, "audience", "not_a_number"),
    ],
)
async def test_a_bad_order_writes_nothing_but_its_refusal(world, fields, field, problem):
    with pytest.raises(InvalidOrder) as refused:
        await place_order(world.uow(), request=a_request(**fields), actor=world.her, now=NOW, ctx=world.ctx)
    assert (refused.value.field, refused.value.problem) == (field, problem)
    assert world.db.data.orders == {} and world.db.outbox == []
    (audit,) = world.db.data.order_audit
    assert (audit.order_id, audit.actor_id, audit.action, audit.outcome) == (
        None,
        world.her.id,
        "order:place",
        f"refused:orders-invalid:{field}",
    )


async def test_the_whole_way_with_a_decline_every_step_audited_and_she_told_in_her_language(world):
    reference = await placed(world)
    ranked = await suggest_teams(world.uow(), reference=reference, actor=world.operator)
    assert [s.candidate.id for s in ranked] == [world.team, world.other_team]
    assert ranked[0].reasons == ("region", "topic", "language", "load")
    with pytest.raises(NotPermitted):
        await suggest_teams(world.uow(), reference=reference, actor=world.member)

    await dispatch_order(
        world.uow(), reference=reference, team_id=world.team, actor=world.operator, now=NOW, ctx=world.ctx
    )
    assert world.outbox()[-1] == ("telegram:40", "orders-staff-offered", "mn-Cyrl-MN")
    when = NOW + timedelta(days=7)
    await accept_order(
        world.uow(),
        reference=reference,
        scheduled_at=when,
        venue="gacha hall",
        actor=world.member,
        now=NOW,
        ctx=world.ctx,
    )
    told = world.db.outbox[-1].notice
    assert (told.address, told.message_id, told.locale) == ("web:saran", "orders-notice-scheduled", "mn-Mong-CN")
    assert told.args["when"] == {"$date": when.isoformat()} and told.args["venue"] == {"$text": "gacha hall"}
    assert told.args["team"] == {"$msg": "point-evenki-mobile"}  # a demo team's name, in her language
    assert told.args["$flags"] == {"safety": True, "notice": True}

    later = NOW + timedelta(days=1)
    await decline_order(
        world.uow(later), reference=reference, reason="the road is closed", actor=world.member, now=later, ctx=world.ctx
    )
    assert [m for _, m, _ in world.outbox()[-2:]] == ["orders-staff-declined", "orders-notice-rearranging"]
    order = world.db.data.orders[1]
    assert (order.state, order.team_id, order.scheduled_at, order.venue) == (OrderState.REQUESTED, None, None, "")

    await dispatch_order(
        world.uow(later), reference=reference, team_id=world.team, actor=world.operator, now=later, ctx=world.ctx
    )
    await accept_order(
        world.uow(later),
        reference=reference,
        scheduled_at=when,
        venue="school",
        actor=world.member,
        now=later,
        ctx=world.ctx,
    )
    moved = when + timedelta(days=1)
    await reschedule_order(
        world.uow(later),
        reference=reference,
        scheduled_at=moved,
        venue="school gym",
        actor=world.operator,
        now=later,
        ctx=world.ctx,
    )
    assert world.outbox()[-1] == ("web:saran", "orders-notice-rescheduled", "mn-Mong-CN")
    after = moved + timedelta(hours=3)
    record = await record_delivery(
        world.uow(after), reference=reference, request=a_record(world.other_team, region="genhe", kind="ten_deliveries"),
        actor=world.member, now=after, ctx=world.ctx,
    )  # fmt: skip
    # the order's team, region and kind are the record's, whatever the form said
    assert (record.team_id, record.region, record.kind.value) == (world.team, "evenki", "lecture_thematic")
    assert (record.attendees, record.women_helped, record.order_id) == (52, 4, 1)
    assert world.outbox()[-1] == ("web:saran", "orders-notice-recorded", "mn-Mong-CN")

    events = await world.uow().orders.events_of(1)
    assert [e.trigger.value for e in events] == [
        "place", "dispatch", "accept", "decline", "dispatch", "accept", "reschedule", "deliver", "record",
    ]  # fmt: skip
    assert [e.seq for e in events] == list(range(1, 10))
    assert replay(events) is OrderState.RECORDED is world.db.data.orders[1].state
    assert world.db.data.orders[1].version == 9
    assert events[1].data == {"team_id": world.team, "reasons": ["region", "topic", "language", "load"]}
    assert events[-1].data["record_id"] == record.id
    assert isinstance(world.published.events[-1], EventRecorded)


async def test_a_team_cannot_act_on_an_order_not_theirs_and_the_attempt_is_audited(world):
    reference = await scheduled(world)
    with pytest.raises(NotPermitted) as refused:
        await record_delivery(
            world.uow(),
            reference=reference,
            request=a_record(world.other_team),
            actor=world.other_member,
            now=NOW,
            ctx=world.ctx,
        )
    assert refused.value.reason == "not_team"
    assert world.db.data.event_records == {}
    assert world.db.data.orders[1].state is OrderState.SCHEDULED
    assert world.db.data.order_audit[-1].outcome == "refused:error-not-permitted:not_team"
    with pytest.raises(NotPermitted):
        await decline_order(
            world.uow(), reference=reference, reason="x", actor=world.other_member, now=NOW, ctx=world.ctx
        )


async def test_staff_of_another_region_and_she_herself_may_not_dispatch(world):
    reference = await placed(world)
    for actor in (world.far_operator, world.her, world.member):
        with pytest.raises(NotPermitted):
            await dispatch_order(
                world.uow(), reference=reference, team_id=world.team, actor=actor, now=NOW, ctx=world.ctx
            )
    assert world.db.data.orders[1].state is OrderState.REQUESTED
    assert len(world.db.data.order_audit) == 3


async def test_dispatch_to_a_closed_or_unknown_team_is_refused(world):
    reference = await placed(world)
    closed = world.db.add_point("Closed home", region="evenki", active=False)
    for team in (closed, 999):
        with pytest.raises(NotPermitted) as refused:
            await dispatch_order(
                world.uow(), reference=reference, team_id=team, actor=world.operator, now=NOW, ctx=world.ctx
            )
        assert refused.value.reason == "team_unknown"
    assert world.db.data.orders[1].state is OrderState.REQUESTED


async def test_a_date_in_the_past_is_refused_when_scheduling(world):
    reference = await placed(world)
    await dispatch_order(
        world.uow(), reference=reference, team_id=world.team, actor=world.operator, now=NOW, ctx=world.ctx
    )
    with pytest.raises(NotPermitted) as refused:
        await accept_order(
            world.uow(), reference=reference, scheduled_at=NOW - timedelta(days=1), venue="hall", actor=world.member,
            now=NOW, ctx=world.ctx,
        )  # fmt: skip
    assert refused.value.reason == "date_in_past"
    with pytest.raises(MissingData):
        await accept_order(
            world.uow(), reference=reference, scheduled_at=NOW + timedelta(days=1), venue="  ", actor=world.member,
            now=NOW, ctx=world.ctx,
        )  # fmt: skip
    assert world.db.data.orders[1].state is OrderState.DISPATCHED


async def test_she_cancels_her_own_order_the_team_is_told_and_she_is_not(world):
    reference = await scheduled(world)
    before = len(world.db.outbox)
    await cancel_order(
        world.uow(), reference=reference, reason="the meeting moved", actor=world.her, now=NOW, ctx=world.ctx
    )
    assert world.outbox()[before:] == [("telegram:40", "orders-staff-cancelled", "mn-Cyrl-MN")]
    stranger = Actor.reporter(world.db.add_person("web:other"))
    with pytest.raises(InvalidTransition):
        await cancel_order(world.uow(), reference=reference, reason="again", actor=world.her, now=NOW, ctx=world.ctx)
    other = await placed(world)
    with pytest.raises(NotPermitted):
        await cancel_order(world.uow(), reference=other, reason="not mine", actor=stranger, now=NOW, ctx=world.ctx)


async def test_staff_cancel_and_she_is_told_why(world):
    reference = await placed(world)
    await cancel_order(
        world.uow(), reference=reference, reason="duplicate order", actor=world.operator, now=NOW, ctx=world.ctx
    )
    told = world.db.outbox[-1].notice
    assert (told.address, told.message_id, told.args["reason"]) == (
        "web:saran",
        "orders-notice-cancelled",
        {"$text": "duplicate order"},
    )
    with pytest.raises(MissingData):
        await cancel_order(
            world.uow(), reference=await placed(world), reason=" ", actor=world.operator, now=NOW, ctx=world.ctx
        )


async def test_delivered_then_recorded_and_an_event_in_the_future_is_refused(world):
    reference = await scheduled(world)
    with pytest.raises(InvalidOrder):
        await mark_delivered(
            world.uow(),
            reference=reference,
            held_on=TODAY + timedelta(days=1),
            actor=world.member,
            now=NOW,
            ctx=world.ctx,
        )
    await mark_delivered(world.uow(), reference=reference, held_on=TODAY, actor=world.member, now=NOW, ctx=world.ctx)
    order = world.db.data.orders[1]
    assert order.state is OrderState.DELIVERED and order.due_at == datetime(2026, 3, 10, tzinfo=TZ)  # 7 d after the day
    with pytest.raises(InvalidOrder) as refused:
        await record_delivery(
            world.uow(), reference=reference, request=a_record(world.team, attendees="many"), actor=world.member,
            now=NOW, ctx=world.ctx,
        )  # fmt: skip
    assert refused.value.field == "attendees"
    with pytest.raises(InvalidOrder) as refused:
        await record_delivery(
            world.uow(), reference=reference, request=a_record(world.team, attendees=3, women_helped=4),
            actor=world.member, now=NOW, ctx=world.ctx,
        )  # fmt: skip
    assert refused.value.problem == "more_than_attendees"
    assert world.db.data.event_records == {} and world.db.data.orders[1].state is OrderState.DELIVERED
    record = await record_delivery(
        world.uow(), reference=reference, request=a_record(world.team), actor=world.operator, now=NOW, ctx=world.ctx
    )
    assert record.recorded_by == world.operator.id and world.db.data.orders[1].state is OrderState.RECORDED


async def test_on_the_spot_events_by_the_team_or_the_window_with_linked_cases(world):
    case = world.db.put_case(
        Case(reference="HLB-2026-000001", service=Service.RIGHTS, region="evenki", language="mn-Mong-CN",
             channel=Channel.HOTLINE, state=State.NEW, created_at=NOW)
    )  # fmt: skip
    spot = await record_delivery(
        world.uow(), reference=None, request=a_record(world.team, kind="team_visit", case_ids=[case.id]),
        actor=world.member, now=NOW, ctx=world.ctx,
    )  # fmt: skip
    assert spot.on_the_spot and spot.case_ids == (case.id,)
    by_window = await record_delivery(
        world.uow(), reference=None, request=a_record(world.team), actor=world.operator, now=NOW, ctx=world.ctx
    )
    assert by_window.recorded_by == world.operator.id
    # another team's member may not record for this team; the far window may not record in evenki
    for actor in (world.other_member, world.far_operator, world.her):
        with pytest.raises(NotPermitted):
            await record_delivery(
                world.uow(), reference=None, request=a_record(world.team), actor=actor, now=NOW, ctx=world.ctx
            )
    with pytest.raises(InvalidOrder) as refused:
        await record_delivery(
            world.uow(), reference=None, request=a_record(world.team, case_ids=[999]), actor=world.member,
            now=NOW, ctx=world.ctx,
        )  # fmt: skip
    assert refused.value.field == "case_ids"
    with pytest.raises(InvalidOrder):
        await record_delivery(
            world.uow(), reference=None, request=a_record(world.team, held_on=TODAY + timedelta(days=1)),
            actor=world.member, now=NOW, ctx=world.ctx,
        )  # fmt: skip
    assert len(world.db.data.event_records) == 2
    outcomes = [a.outcome for a in world.db.data.order_audit]
    assert outcomes.count("ok") == 2 and len(outcomes) == 7


async def test_figures_come_from_the_records(world):
    world.db.add_point("Evenki home", region="evenki")
    reference = await scheduled(world)
    await record_delivery(
        world.uow(), reference=reference, request=a_record(world.team), actor=world.member, now=NOW, ctx=world.ctx
    )
    await record_delivery(
        world.uow(), reference=None, request=a_record(world.team, kind="ten_deliveries", attendees=100, women_helped=9),
        actor=world.member, now=NOW, ctx=world.ctx,
    )  # fmt: skip
    world.db.put_case(
        Case(reference="HLB-2026-000001", service=Service.RIGHTS, region="evenki", language="zh-Hans-CN",
             channel=Channel.WEB, state=State.NEW, created_at=NOW)
    )  # fmt: skip
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    figures = await order_figures(world.uow(), period=march, region="evenki", tz=TZ)
    assert (figures.fixed_homes, figures.mobile_teams) == (1, 1)
    assert figures.lectures["lecture_thematic"] == 1 and figures.lectures_total == 1
    assert (figures.events_total, figures.person_times_total) == (2, 152)
    assert (figures.cases, figures.helped_at_events, figures.women_helped) == (1, 13, 14)
    city = await order_figures(world.uow(), period=march, region=None, tz=TZ)
    assert (city.fixed_homes, city.mobile_teams, city.events_total) == (2, 1, 2)
    february = await order_figures(world.uow(), period=Period(date(2026, 2, 1), date(2026, 2, 28)), region=None, tz=TZ)
    assert (february.events_total, february.cases) == (0, 0)


async def test_who_may_see_an_order(world):
    reference = await placed(world)
    assert (await order_for(world.uow(), reference=reference, actor=world.her)).reference == reference
    assert await order_for(world.uow(), reference=reference, actor=world.operator)
    for actor in (world.far_operator, world.member, Actor.reporter(999)):
        with pytest.raises(NotPermitted):
            await order_for(world.uow(), reference=reference, actor=actor)
    with pytest.raises(OrderNotFound):
        await order_for(world.uow(), reference="HLO-2026-000999", actor=world.operator)


async def test_the_system_hands_back_an_order_whose_team_left(world):
    reference = await placed(world)
    await dispatch_order(
        world.uow(), reference=reference, team_id=world.team, actor=world.operator, now=NOW, ctx=world.ctx
    )
    event = await decline_order(
        world.uow(), reference=reference, reason="handler_left", actor=Actor.system(), now=NOW, ctx=world.ctx
    )
    assert event.role is OrderRole.SYSTEM and world.db.data.orders[1].state is OrderState.REQUESTED


async def test_lists_keep_to_what_each_may_see(world):
    from workflows.orders import OrderFilter, OrderKind
    from workflows.services.orders import find_orders, team_orders, waiting_orders

    evenki = await placed(world)
    genhe = await placed(world, region="genhe", kind="team_visit")
    taken = await scheduled(world)  # evenki, dispatched to the team and accepted
    city = Actor(id=99, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({"all"}))

    def refs(orders):
        return [o.reference for o in orders]

    assert refs(await waiting_orders(world.uow(), actor=world.operator)) == [evenki]
    assert refs(await waiting_orders(world.uow(), actor=world.far_operator)) == [genhe]
    assert refs(await waiting_orders(world.uow(), actor=city)) == [evenki, genhe]
    assert await waiting_orders(world.uow(), actor=world.member) == []
    assert refs(await team_orders(world.uow(), actor=world.member)) == [taken]
    assert await team_orders(world.uow(), actor=world.other_member) == []
    assert await team_orders(world.uow(), actor=world.operator) == []

    everything = OrderFilter()
    assert refs(await find_orders(world.uow(), actor=world.operator, filters=everything)) == [evenki, taken]
    asks_for_genhe = OrderFilter(regions=frozenset({"genhe"}))
    assert await find_orders(world.uow(), actor=world.operator, filters=asks_for_genhe) == []  # not her region
    visits = OrderFilter(kind=OrderKind.TEAM_VISIT)
    assert refs(await find_orders(world.uow(), actor=city, filters=visits)) == [genhe]
    assert refs(await find_orders(world.uow(), actor=world.member, filters=everything)) == [taken]
    other = OrderFilter(team_id=world.other_team)
    assert await find_orders(world.uow(), actor=world.member, filters=other) == []
    with pytest.raises(NotPermitted):
        await find_orders(world.uow(), actor=world.her, filters=everything)


async def test_events_by_period_region_kind_and_topic_within_her_scope(world):
    from workflows.orders import OrderKind, Topic
    from workflows.services.orders import find_events

    genhe_team = world.db.add_point("Genhe home", region="genhe", topics=["health"])
    spot = await record_delivery(
        world.uow(), reference=None, request=a_record(world.team, kind="ten_deliveries", topics=["health", "rights_law"]),
        actor=world.member, now=NOW, ctx=world.ctx,
    )  # fmt: skip
    lecture = await record_delivery(
        world.uow(), reference=None, request=a_record(world.team), actor=world.member, now=NOW, ctx=world.ctx
    )
    far = await record_delivery(
        world.uow(), reference=None, request=a_record(genhe_team, region="genhe"), actor=world.far_operator,
        now=NOW, ctx=world.ctx,
    )  # fmt: skip
    march = Period(date(2026, 3, 1), date(2026, 3, 31))

    async def ids(actor, **filters):
        return [r.id for r in await find_events(world.uow(), actor=actor, period=march, **filters)]

    assert await ids(world.operator) == [spot.id, lecture.id]
    assert await ids(world.far_operator) == [far.id]
    assert await ids(world.operator, kind=OrderKind.TEN_DELIVERIES) == [spot.id]
    assert await ids(world.operator, topic=Topic.RIGHTS_LAW) == [spot.id]
    assert await ids(world.operator, region="genhe") == []
    assert await ids(world.member) == [spot.id, lecture.id]
    assert await ids(world.other_member) == []
    assert [
        r.id
        for r in await find_events(
            world.uow(), actor=world.operator, period=Period(TODAY + timedelta(days=1), TODAY + timedelta(days=2))
        )
    ] == []
    with pytest.raises(NotPermitted):
        await find_events(world.uow(), actor=world.her, period=march)


async def test_her_order_opens_with_its_pin_behind_the_case_gates_bounds(world):
    from workflows.errors import PinPaused, WrongPin
    from workflows.services.orders import open_order
    from workflows.services.pin_gate import EnterPin, enter_pin

    result = await place_order(world.uow(), request=a_request(), actor=world.her, now=NOW, ctx=world.ctx)
    reference, pin = result.order.reference, result.pin
    wrong = "000000" if pin != "000000" else "111111"

    def command(typed: str, person: int = world.her.id, address: str = "web:saran", ref: str = reference):
        return EnterPin(person_id=person, conversation=address, pin=typed, now=NOW, reference=ref)

    opened = await open_order(world.uow(), command(" ".join(pin).lower()))  # as typed, with spaces
    assert opened.reference == reference
    opened = await open_order(world.uow(), command(pin, ref=reference.lower().replace("-", " - ")))
    assert opened.reference == reference

    stranger = world.db.add_person("web:stranger")
    with pytest.raises(WrongPin) as first:
        await open_order(world.uow(), command(wrong, stranger, "web:stranger"))
    assert first.value.left == 2
    with pytest.raises(WrongPin):  # no such order: the same answer
        await open_order(world.uow(), command(wrong, stranger, "web:stranger", ref="HLO-2026-000999"))
    with pytest.raises(PinPaused):  # the third wrong guess from there: the delays begin
        await open_order(world.uow(), command(wrong, stranger, "web:stranger"))
    with pytest.raises(PinPaused):  # even the right PIN is not checked now
        await open_order(world.uow(), command(pin, stranger, "web:stranger"))
    # the same bounds as the case gate: that conversation is paused for cases too
    with pytest.raises(PinPaused):
        await enter_pin(world.uow(), command(wrong, stranger, "web:stranger", ref="HLB-2026-000001"))
    assert (await open_order(world.uow(), command(pin))).reference == reference  # her own path is not shut
    wrongs = [a for a in world.db.data.order_audit if a.action == "order:pin"]
    assert [(a.order_id, a.actor_id, a.outcome) for a in wrongs] == [(1, stranger, "wrong"), (1, stranger, "wrong")]


async def test_an_order_without_contact_data_opens_with_its_reference(world):
    from workflows.services.orders import open_order
    from workflows.services.pin_gate import EnterPin

    result = await place_order(
        world.uow(), request=a_request(contact_name="", contact_phone=""), actor=world.her, now=NOW, ctx=world.ctx
    )
    command = EnterPin(person_id=999, conversation="web:x", pin="", now=NOW, reference=result.order.reference)
    assert (await open_order(world.uow(), command)).id == result.order.id
