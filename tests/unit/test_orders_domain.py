"""The service order machine, its guards, references, validation, ranking and figures (pure)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workflows.case import Actor
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.orders import (
    DONE_STATES,
    MACHINE,
    OPEN_STATES,
    TRANSITIONS,
    DeliveryLanguage,
    EventRecord,
    Format,
    Order,
    OrderEvent,
    OrderKind,
    OrderRole,
    OrderState,
    OrderTrigger,
    PlaceKind,
    PointKind,
    TeamProfile,
    Topic,
    acting_role,
    can_fire,
    check,
    fire,
    format_order_reference,
    mermaid,
    normalize_order_reference,
    replay,
    sources_of,
    speaks,
)
from workflows.orders_diagram import DOC_PATH, with_block
from workflows.orders_figures import Period, combine, compute
from workflows.orders_ranking import rank_teams
from workflows.orders_validation import (
    FIELDS,
    MAX_ATTENDEES,
    MAX_AUDIENCE,
    PROBLEMS,
    InvalidOrder,
    OrderRequest,
    RecordRequest,
    fold_spaces,
    parse_count,
    validate_order,
    validate_record,
)
from workflows.references import normalize_reference
from workflows.vocabulary import REGIONS, UNKNOWN_REGION, Role

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)  # a Monday
TODAY = NOW.date()
TEAM = 400
ORDERER = 1

operator = Actor(id=20, roles=frozenset({Role.OPERATOR}), regions=frozenset({"hailar"}))
far_operator = Actor(id=21, roles=frozenset({Role.OPERATOR}), regions=frozenset({"genhe"}))
supervisor = Actor(id=30, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({"hailar"}))
team_member = Actor(id=40, roles=frozenset({Role.MEDIATOR}), regions=frozenset({"hailar"}), service_point_id=TEAM)
other_team = Actor(id=41, roles=frozenset({Role.MEDIATOR}), regions=frozenset({"hailar"}), service_point_id=401)
orderer = Actor.reporter(ORDERER)
stranger = Actor.reporter(2)
EDGE = re.compile(r"^    (\w+) --> (\w+): (\w+)$")


def an_order(state: OrderState = OrderState.REQUESTED, **fields) -> Order:
    values = {
        "reference": "HLO-2026-000001",
        "kind": OrderKind.LECTURE_THEMATIC,
        "topic": Topic.RIGHTS_LAW,
        "region": "hailar",
        "place_kind": PlaceKind.GACHA,
        "place_name": "Bayan gacha",
        "language": DeliveryLanguage.BILINGUAL,
        "format": Format.ON_SITE,
        "audience": 40,
        "state": state,
        "orderer_id": ORDERER,
        "team_id": TEAM if state in (OrderState.DISPATCHED, OrderState.SCHEDULED, OrderState.DELIVERED) else None,
    }
    return Order(**(values | fields))


VALID = {
    OrderTrigger.DISPATCH: {"team_id": TEAM},
    OrderTrigger.ACCEPT: {"scheduled_at": NOW + timedelta(days=3), "venue": "gacha hall"},
    OrderTrigger.RESCHEDULE: {"scheduled_at": NOW + timedelta(days=5), "venue": "school gym"},
    OrderTrigger.DECLINE: {"reason": "no driver that week"},
    OrderTrigger.DELIVER: {"held_on": TODAY.isoformat()},
    OrderTrigger.RECORD: {"record_id": 1},
    OrderTrigger.CANCEL: {"reason": "the meeting was moved"},
}


# -- the machine and its diagram -----------------------------------------------------------------


def test_the_committed_order_diagram_matches_the_machine():
    text = DOC_PATH.read_text(encoding="utf-8")
    assert text == with_block(text), "docs/orders.md is out of date: run python -m workflows.orders_diagram"


def test_the_diagram_has_one_edge_per_transition_and_names_every_state_and_trigger():
    edges = {m.groups() for line in mermaid().splitlines() if (m := EDGE.match(line))}
    machine_edges = {
        (OrderState[source].value, OrderState[t.dest].value, trigger)
        for trigger, event in MACHINE.events.items()
        for source, transitions in event.transitions.items()
        for t in transitions
    }
    assert edges == machine_edges
    assert {t for _, _, t in edges} == {t.value for t in OrderTrigger}
    assert {s for edge in edges for s in edge[:2]} == {s.value for s in OrderState}


def test_the_path_of_an_order_and_its_detours():
    order = an_order(OrderState.DRAFT)
    path = [
        OrderTrigger.PLACE,
        OrderTrigger.DISPATCH,
        OrderTrigger.DECLINE,
        OrderTrigger.DISPATCH,
        OrderTrigger.ACCEPT,
        OrderTrigger.RESCHEDULE,
        OrderTrigger.DELIVER,
        OrderTrigger.RECORD,
    ]
    states = []
    for trigger in path:
        fire(order, trigger)
        states.append(order.state)
    assert states == [
        OrderState.REQUESTED,
        OrderState.DISPATCHED,
        OrderState.REQUESTED,
        OrderState.DISPATCHED,
        OrderState.SCHEDULED,
        OrderState.SCHEDULED,
        OrderState.DELIVERED,
        OrderState.RECORDED,
    ]


def test_cancel_from_every_open_state_and_nothing_leaves_a_done_order():
    assert sources_of(OrderTrigger.CANCEL) == OPEN_STATES
    for state in DONE_STATES:
        assert not any(can_fire(state, t) for t in OrderTrigger)
    assert not can_fire(OrderState.DELIVERED, OrderTrigger.CANCEL)  # what happened is recorded, not cancelled


def test_replay_follows_the_events_and_refuses_a_gap():
    events = [
        OrderEvent(1, 1, NOW, 1, OrderRole.ORDERER, OrderTrigger.PLACE, OrderState.DRAFT, OrderState.REQUESTED),
        OrderEvent(
            1, 2, NOW, 20, OrderRole.OPERATOR, OrderTrigger.DISPATCH, OrderState.REQUESTED, OrderState.DISPATCHED
        ),
    ]
    assert replay(events) == OrderState.DISPATCHED
    gap = [events[0], replace(events[1], from_state=OrderState.SCHEDULED)]
    with pytest.raises(ValueError):
        replay(gap)


# -- who may do what -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "trigger", "state", "role"),
    [
        (operator, OrderTrigger.DISPATCH, OrderState.REQUESTED, OrderRole.OPERATOR),
        (supervisor, OrderTrigger.DISPATCH, OrderState.REQUESTED, OrderRole.SUPERVISOR),
        (team_member, OrderTrigger.ACCEPT, OrderState.DISPATCHED, OrderRole.TEAM),
        (team_member, OrderTrigger.DECLINE, OrderState.SCHEDULED, OrderRole.TEAM),
        (team_member, OrderTrigger.DELIVER, OrderState.SCHEDULED, OrderRole.TEAM),
        (operator, OrderTrigger.RECORD, OrderState.DELIVERED, OrderRole.OPERATOR),
        (orderer, OrderTrigger.CANCEL, OrderState.SCHEDULED, OrderRole.ORDERER),
        (operator, OrderTrigger.CANCEL, OrderState.REQUESTED, OrderRole.OPERATOR),
        (Actor.system(), OrderTrigger.DECLINE, OrderState.DISPATCHED, OrderRole.SYSTEM),
    ],
)
def test_who_may_fire_what(actor, trigger, state, role):
    assert check(an_order(state), actor, trigger, VALID[trigger], NOW) is role


@pytest.mark.parametrize(
    ("actor", "trigger", "state", "reason"),
    [
        (far_operator, OrderTrigger.DISPATCH, OrderState.REQUESTED, "other_region"),
        (team_member, OrderTrigger.DISPATCH, OrderState.REQUESTED, "role"),
        (other_team, OrderTrigger.ACCEPT, OrderState.DISPATCHED, "not_team"),
        (other_team, OrderTrigger.RECORD, OrderState.DELIVERED, "not_team"),
        (operator, OrderTrigger.ACCEPT, OrderState.DISPATCHED, "role"),
        (stranger, OrderTrigger.CANCEL, OrderState.REQUESTED, "not_orderer"),
        (orderer, OrderTrigger.DISPATCH, OrderState.REQUESTED, "role"),
    ],
)
def test_who_may_not(actor, trigger, state, reason):
    with pytest.raises(NotPermitted) as refused:
        check(an_order(state), actor, trigger, VALID[trigger], NOW)
    assert refused.value.reason == reason


def test_a_trigger_from_the_wrong_state_is_an_invalid_transition():
    with pytest.raises(InvalidTransition):
        check(an_order(OrderState.RECORDED), operator, OrderTrigger.CANCEL, VALID[OrderTrigger.CANCEL], NOW)


@pytest.mark.parametrize("trigger", [t for t in VALID if VALID[t]])
def test_each_trigger_needs_its_data(trigger):
    state = sorted(sources_of(trigger), key=list(OrderState).index)[0]
    actor = {OrderTrigger.ACCEPT: team_member, OrderTrigger.DECLINE: team_member}.get(trigger, supervisor)
    with pytest.raises(MissingData):
        check(an_order(state), actor, trigger, {}, NOW)


def test_a_schedule_in_the_past_or_without_a_zone_is_refused():
    order = an_order(OrderState.DISPATCHED)
    with pytest.raises(NotPermitted) as refused:
        check(order, team_member, OrderTrigger.ACCEPT, {"scheduled_at": NOW - timedelta(hours=1), "venue": "x"}, NOW)
    assert refused.value.reason == "date_in_past"
    naive = datetime(2026, 3, 9, 10, 0)
    with pytest.raises(MissingData):
        check(order, team_member, OrderTrigger.ACCEPT, {"scheduled_at": naive, "venue": "x"}, NOW)


def test_the_team_role_needs_a_staff_member_of_that_point():
    she_ordered_and_is_no_staff = Actor(id=ORDERER, roles=frozenset({Role.REPORTER}), service_point_id=TEAM)
    with pytest.raises(NotPermitted):
        acting_role(an_order(OrderState.DISPATCHED), she_ordered_and_is_no_staff, OrderTrigger.ACCEPT)


# -- references ----------------------------------------------------------------------------------


def test_order_references_have_their_own_prefix():
    reference = format_order_reference(2026, 42)
    assert reference == "HLO-2026-000042"
    assert normalize_order_reference(" hlo－２０２６－０００042 ") == reference
    assert normalize_reference(reference) is None  # a case reference reader never takes an order
    assert normalize_order_reference("HLB-2026-000042") is None


@given(st.integers(min_value=2000, max_value=9999), st.integers(min_value=0, max_value=999_999))
def test_every_order_reference_reads_back_as_itself(year, number):
    reference = format_order_reference(year, number)
    assert normalize_order_reference(reference.lower()) == reference
    assert normalize_reference(reference) is None


# -- validation ----------------------------------------------------------------------------------


def a_request(**fields) -> OrderRequest:
    values = {
        "kind": "lecture_teaching",
        "topic": "family_education",
        "region": "evenki",
        "place_kind": "school",
        "place_name": "  Nantun   No. 2 school ",
        "language": "mongolian",
        "format": "on_site",
        "audience": "６０",
        "preferred_dates": (TODAY + timedelta(days=10), TODAY),
        "contact_name": "Saran",
        "contact_phone": "13800000000",
    }
    return OrderRequest(**(values | fields))


def test_a_good_order_is_read_with_her_digits_and_tidy_words():
    order = validate_order(a_request(), today=TODAY)
    assert (order.kind, order.topic, order.region, order.audience) == (
        OrderKind.LECTURE_TEACHING,
        Topic.FAMILY_EDUCATION,
        "evenki",
        60,
    )
    assert order.place_name == "Nantun No. 2 school"
    assert order.preferred_dates == (TODAY, TODAY + timedelta(days=10))
    assert order.contact == {"name": "Saran", "phone": "13800000000"}
    assert order.state is OrderState.DRAFT


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"preferred_dates": (TODAY - timedelta(days=1),)}, "preferred_dates", "in_past"),
        ({"preferred_dates": (TODAY + timedelta(days=400),)}, "preferred_dates", "too_far"),
        ({"preferred_dates": tuple(TODAY + timedelta(days=d) for d in range(4))}, "preferred_dates", "too_many"),
        ({"region": "atlantis"}, "region", "unknown"),
        ({"region": UNKNOWN_REGION}, "region", "unknown"),
        ({"audience": "many"}, "audience", "not_a_number"),
        ({"audience": 0}, "audience", "too_small"),
        ({"audience": -3}, "audience", "too_small"),
        ({"audience": MAX_AUDIENCE + 1}, "audience", "too_large"),
        ({"audience": True}, "audience", "not_a_number"),
        ({"audience": 2.5}, "audience", "not_a_number"),
        ({"kind": "party"}, "kind", "unknown"),
        ({"topic": ""}, "topic", "unknown"),
        ({"place_name": "   "}, "place_name", "missing"),
        ({"place_name": "x" * 201}, "place_name", "too_long"),
        ({"language": "klingon"}, "language", "unknown"),
        ({"format": "hybrid"}, "format", "unknown"),
    ],
)
def test_a_bad_order_is_refused_naming_the_field(fields, field, problem):
    with pytest.raises(InvalidOrder) as refused:
        validate_order(a_request(**fields), today=TODAY)
    assert (refused.value.field, refused.value.problem) == (field, problem)
    assert refused.value.message_id == f"orders-invalid-{problem}"
    assert refused.value.args == {"field": {"$msg": f"orders-field-{field}"}}
    assert field in FIELDS and problem in PROBLEMS


def test_her_words_never_reach_the_error():
    with pytest.raises(InvalidOrder) as refused:
        validate_order(a_request(audience="my secret words"), today=TODAY)
    assert "secret" not in str(refused.value) and "secret" not in repr(refused.value.details)


@given(st.integers(min_value=1, max_value=MAX_AUDIENCE))
def test_every_audience_in_bounds_is_read_as_typed_in_any_digits(number):
    fullwidth = "".join(chr(ord("０") + int(d)) for d in str(number))
    mongolian = "".join(chr(0x1810 + int(d)) for d in str(number))
    for typed in (number, str(number), fullwidth, mongolian):
        assert parse_count(typed, field="audience", minimum=1, maximum=MAX_AUDIENCE) == number


@given(st.text(max_size=12).filter(lambda t: not any(unicodedata.normalize("NFKC", ch).isdigit() for ch in t)))
def test_no_text_without_digits_is_ever_a_count(text):
    with pytest.raises(InvalidOrder):
        parse_count(text, field="attendees", minimum=0, maximum=MAX_ATTENDEES)


@pytest.mark.parametrize("typed", ["-3", "−3", "-０"])
def test_a_negative_count_is_too_small_not_a_non_number(typed):
    with pytest.raises(InvalidOrder) as refused:
        parse_count(typed, field="audience", minimum=1, maximum=MAX_AUDIENCE)
    assert refused.value.problem == "too_small"


def test_spaces_fold_but_the_mongolian_narrow_space_stays():
    assert fold_spaces("  ᠭᠠᠴᠠᠭ\u202fᠠ \t\n ᠰᠤᠮᠤ  ") == "ᠭᠠᠴᠠᠭ\u202fᠠ ᠰᠤᠮᠤ"
    assert fold_spaces(" \u3000 ") == ""


def a_record(**fields) -> RecordRequest:
    values = {
        "team_id": TEAM,
        "region": "hailar",
        "kind": "ten_deliveries",
        "topics": ["health", "rights_law", "health"],
        "held_on": TODAY,
        "place_kind": "community",
        "place_name": "Jianshe community",
        "format": "on_site",
        "language": "chinese",
        "attendees": "120",
        "women_helped": 7,
        "notes": "free check-ups; two asked about custody",
        "case_ids": [5, 5, 6],
    }
    return RecordRequest(**(values | fields))


def test_a_good_record():
    record = validate_record(a_record(), today=TODAY, recorded_by=40, recorded_at=NOW)
    assert record.topics == (Topic.HEALTH, Topic.RIGHTS_LAW)
    assert (record.attendees, record.women_helped, record.case_ids) == (120, 7, (5, 6))
    assert record.on_the_spot
    assert validate_record(a_record(attendees=0, women_helped=0), today=TODAY, recorded_by=40, recorded_at=NOW)


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"attendees": "many"}, "attendees", "not_a_number"),
        ({"attendees": "很多"}, "attendees", "not_a_number"),
        ({"attendees": -1}, "attendees", "too_small"),
        ({"attendees": MAX_ATTENDEES + 1}, "attendees", "too_large"),
        ({"attendees": 10, "women_helped": 11}, "women_helped", "more_than_attendees"),
        ({"women_helped": "some"}, "women_helped", "not_a_number"),
        ({"held_on": TODAY + timedelta(days=1)}, "held_on", "in_future"),
        ({"held_on": "2026-03-01"}, "held_on", "not_a_date"),
        ({"held_on": TODAY - timedelta(days=400)}, "held_on", "too_far"),
        ({"topics": []}, "topics", "missing"),
        ({"topics": ["astrology"]}, "topics", "unknown"),
        ({"region": "nowhere"}, "region", "unknown"),
        ({"notes": "x" * 4001}, "notes", "too_long"),
    ],
)
def test_a_bad_record_is_refused_naming_the_field(fields, field, problem):
    with pytest.raises(InvalidOrder) as refused:
        validate_record(a_record(**fields), today=TODAY, recorded_by=40, recorded_at=NOW)
    assert (refused.value.field, refused.value.problem) == (field, problem)
    assert field in FIELDS and problem in PROBLEMS


@given(st.integers(min_value=0, max_value=MAX_ATTENDEES), st.integers(min_value=0, max_value=MAX_ATTENDEES))
def test_women_helped_never_exceed_the_attendees_of_a_stored_record(attendees, helped):
    try:
        record = validate_record(
            a_record(attendees=attendees, women_helped=helped), today=TODAY, recorded_by=40, recorded_at=NOW
        )
    except InvalidOrder as refused:
        assert helped > attendees and refused.problem == "more_than_attendees"
    else:
        assert 0 <= record.women_helped <= record.attendees


# -- ranking -------------------------------------------------------------------------------------


def a_team(team_id, **fields) -> TeamProfile:
    values = {
        "id": team_id,
        "name": f"team {team_id}",
        "kind": PointKind.FIXED_HOME,
        "region": "genhe",
        "topics": frozenset(),
        "languages": frozenset({"zh-Hans-CN"}),
        "capacity": 10,
        "open_orders": 0,
    }
    return TeamProfile(**(values | fields))


def test_teams_are_ranked_by_region_topic_language_and_load_with_reasons():
    order = an_order(region="evenki", topic=Topic.MENTAL_HEALTH, language=DeliveryLanguage.MONGOLIAN)
    home = a_team(1, region="evenki", languages=frozenset({"zh-Hans-CN"}))
    travelling = a_team(
        2,
        kind=PointKind.MOBILE_TEAM,
        region="hailar",
        travels_to=frozenset({"evenki"}),
        topics=frozenset({"mental_health"}),
        languages=frozenset({"mn-Mong-CN", "zh-Hans-CN"}),
    )
    full = a_team(3, region="evenki", topics=frozenset({"mental_health"}), open_orders=10)
    far = a_team(4, region="genhe", topics=frozenset({"mental_health"}))
    ranked = rank_teams(order, [home, travelling, full, far])
    assert [s.candidate.id for s in ranked] == [2, 1, 4, 3]
    reasons = {s.candidate.id: s.reasons for s in ranked}
    assert reasons[2] == ("travels", "topic", "language", "load")
    assert reasons[1] == ("region", "load")
    assert reasons[3] == ("region", "topic", "full")
    assert reasons[4] == ("topic", "load")


def test_a_fixed_home_does_not_travel_and_an_online_event_needs_no_region():
    order = an_order(region="evenki", format=Format.ONLINE)
    fixed_claiming_travel = a_team(1, travels_to=frozenset({"evenki"}))
    (suggestion,) = rank_teams(order, [fixed_claiming_travel])
    assert suggestion.reasons[0] == "online"
    on_site = rank_teams(an_order(region="evenki"), [fixed_claiming_travel])
    assert "travels" not in on_site[0].reasons


def test_who_speaks_what():
    assert speaks(frozenset({"mn-Cyrl-MN"}), DeliveryLanguage.MONGOLIAN)
    assert not speaks(frozenset({"mn-Mong-CN"}), DeliveryLanguage.BILINGUAL)
    assert speaks(frozenset({"mn-Mong-CN", "zh-Hans-CN"}), DeliveryLanguage.BILINGUAL)
    assert speaks(frozenset({"dta", "zh-Hans-CN"}), DeliveryLanguage.OTHER)
    assert not speaks(frozenset({"zh-Hans-CN"}), DeliveryLanguage.OTHER)


# -- figures -------------------------------------------------------------------------------------


def a_stored_record(kind, held_on, attendees, helped=0, region="hailar", order_id=None, form=Format.ON_SITE):
    return EventRecord(
        team_id=TEAM,
        region=region,
        kind=kind,
        topics=(Topic.HEALTH,),
        held_on=held_on,
        place_kind=PlaceKind.COMMUNITY,
        place_name="x",
        format=form,
        language=DeliveryLanguage.CHINESE,
        attendees=attendees,
        women_helped=helped,
        recorded_by=40,
        recorded_at=datetime(2026, 3, 2, tzinfo=UTC),
        order_id=order_id,
    )


def test_figures_count_lectures_by_kind_events_person_times_and_women_helped():
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    records = [
        a_stored_record(OrderKind.LECTURE_TEACHING, date(2026, 3, 1), 30, 2, order_id=1),
        a_stored_record(OrderKind.LECTURE_TEACHING, date(2026, 3, 31), 20, form=Format.ONLINE),
        a_stored_record(OrderKind.LECTURE_PUBLICITY, date(2026, 3, 10), 50, 1),
        a_stored_record(OrderKind.TEN_DELIVERIES, date(2026, 3, 12), 100, 9, order_id=2),
        a_stored_record(OrderKind.TEN_DELIVERIES, date(2026, 4, 1), 999, 99),  # after the period
        a_stored_record(OrderKind.TEAM_VISIT, date(2026, 3, 5), 15, 3, region="genhe"),  # another region
    ]
    figures = compute(records, period=march, region="hailar", fixed_homes=3, mobile_teams=2, cases=11)
    assert figures.lectures == {
        "lecture_teaching": 2,
        "lecture_thematic": 0,
        "lecture_service": 0,
        "lecture_activity": 0,
        "lecture_publicity": 1,
    }
    assert (figures.lectures_total, figures.events_total, figures.person_times_total) == (3, 4, 200)
    assert figures.events["ten_deliveries"] == 1 and figures.person_times["ten_deliveries"] == 100
    assert (figures.online_events, figures.on_the_spot, figures.ordered) == (1, 2, 2)
    assert (figures.helped_at_events, figures.women_helped, figures.homes_and_teams) == (12, 23, 5)
    everywhere = compute(records, period=march, region=None, fixed_homes=3, mobile_teams=2, cases=0)
    assert (everywhere.events_total, everywhere.events["team_visit"]) == (5, 1)


def test_figures_of_several_regions_are_the_sums_of_each_regions_figures():
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    records = [
        a_stored_record(OrderKind.LECTURE_TEACHING, date(2026, 3, 1), 30, 2, order_id=1),
        a_stored_record(OrderKind.TEAM_VISIT, date(2026, 3, 5), 15, 3, region="genhe", form=Format.ONLINE),
    ]
    hailar = compute(records, period=march, region="hailar", fixed_homes=3, mobile_teams=2, cases=11)
    genhe = compute(records, period=march, region="genhe", fixed_homes=1, mobile_teams=0, cases=4)
    both = combine([hailar, genhe], period=march)
    assert both.region is None and list(both.lectures) == list(hailar.lectures)
    assert (both.fixed_homes, both.mobile_teams, both.cases) == (4, 2, 15)
    assert (both.lectures_total, both.events_total, both.person_times_total) == (1, 2, 45)
    assert (both.events["team_visit"], both.online_events, both.ordered, both.on_the_spot) == (1, 1, 1, 1)
    assert (both.helped_at_events, both.women_helped) == (5, 20)


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2026, 3, 2), date(2026, 3, 1))


def test_the_regions_of_the_project_are_the_ones_orders_accept():
    for region in REGIONS:
        assert validate_order(a_request(region=region), today=TODAY).region == region


def test_every_transition_of_the_table_has_roles():
    from workflows.orders import TRIGGER_ROLES

    assert set(TRIGGER_ROLES) == {t["trigger"] for t in TRANSITIONS}
