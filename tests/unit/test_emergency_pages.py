"""Emergencies nobody acknowledged (docs/clock.md, "Emergencies"), on the in-memory unit of work:
the page marks of the emergency state, the repeat every clock period, the city-level supervisors
from the second period on, `/duty` deciding who is paged, and acknowledging ending the pages."""

from __future__ import annotations

from datetime import timedelta

from builders import NOW, TZ, a_case
from fakes import FakeUnitOfWork

from bot.emergency_pages import NOBODY_ON_DUTY_MESSAGE, PAGE_MESSAGE, EmergencyPages
from workflows.case import Actor, Intake
from workflows.deadlines import Clock, DeadlinePolicy
from workflows.publishing import CaseChanged, EventTable
from workflows.services import open_case
from workflows.services.clock import ClockMarkFired, fire_due, schedule_missing
from workflows.services.staff_desk import acknowledge_emergency
from workflows.timers import (
    CANCELLED,
    ESCALATE,
    FIRED,
    PAGE,
    PAGE_CITY,
    PENDING,
    Mark,
    marks_for,
    next_page,
)
from workflows.vocabulary import Channel, Risk, Role, Service, State

PERIOD = timedelta(minutes=15)
POLICY = DeadlinePolicy(emergency_ack=Clock(minutes=15))


def test_an_emergency_stores_one_page_at_its_acknowledgement_clock_and_no_reminder_ladder():
    for risk in (Risk.LOW, Risk.HIGH):
        due, marks = marks_for(State.EMERGENCY, risk, NOW, TZ, POLICY)
        assert due == NOW + PERIOD
        assert marks == [Mark(PAGE, NOW + PERIOD)]
    _, ladder = marks_for(State.NEW, Risk.LOW, NOW, TZ, POLICY)
    assert ESCALATE in {m.kind for m in ladder}  # other states keep the ladder


def test_each_page_stores_the_next_a_period_later_and_after_downtime_never_a_burst():
    assert next_page(NOW, PERIOD, NOW + PERIOD) == Mark(PAGE_CITY, NOW + 2 * PERIOD)
    assert next_page(NOW, PERIOD, NOW + 2 * PERIOD) == Mark(PAGE_CITY, NOW + 3 * PERIOD)
    # the worker was down for over five periods: the next page is the next whole period, in the future
    late = NOW + 5 * PERIOD + timedelta(minutes=4)
    following = next_page(NOW, PERIOD, late)
    assert following == Mark(PAGE_CITY, NOW + 6 * PERIOD)
    assert following.due_at > late


def world(*, on_duty: bool = True):
    """Hailar: an operator (on duty unless told), one who is off duty, the region's supervisor;
    a city-level supervisor (region ``all``); a supervisor of another region."""
    uow = FakeUnitOfWork(now=lambda: NOW)
    db = uow.db
    ids = {}
    for address, roles, regions, duty in (
        ("telegram:op", ("operator",), ("hailar",), on_duty),
        ("telegram:op-off", ("operator",), ("hailar",), False),
        ("telegram:sup", ("supervisor",), ("hailar",), False),
        ("telegram:city", ("supervisor",), ("all",), False),
        ("telegram:far", ("supervisor",), ("genhe",), True),
    ):
        ids[address] = db.add_person(address, locale="en")
        db.add_staff(ids[address], roles=roles, regions=regions, name=address, on_duty=duty)
    return uow, ids


def publisher() -> EventTable:
    pages = EmergencyPages()
    return EventTable({ClockMarkFired: [pages.on_mark], CaseChanged: [pages.on_case_changed]})


async def raise_emergency(uow: FakeUnitOfWork):
    intake = Intake(
        Service.RIGHTS, "hailar", "en", Channel.WEB, description="x", consent_version="v1", emergency_reason="now"
    )
    opened = await open_case(
        uow, intake=intake, actor=Actor.reporter(1), now=NOW, tz=TZ, reporter_id=1, policy=POLICY, publish=publisher()
    )
    return opened.case


def paged(uow: FakeUnitOfWork, since: int = 0) -> list[tuple[str, str, bool]]:
    return [(r.notice.address, r.notice.message_id, r.notice.urgent) for r in uow.db.outbox[since:]]


def pages_of(uow: FakeUnitOfWork, case_id: int) -> list[tuple]:
    return [(t.kind, t.due_at, t.status) for t in uow.db.data.timers.values() if t.case_id == case_id]


async def test_an_unacknowledged_emergency_pages_again_each_period_and_the_city_from_the_second():
    uow, _ = world()
    case = await raise_emergency(uow)
    assert paged(uow) == []  # the operator is on duty: no supervisor paged at the start
    assert pages_of(uow, case.id) == [(PAGE, NOW + PERIOD, PENDING)]

    assert (await fire_due(uow, now=NOW + PERIOD - timedelta(seconds=1), publish=publisher())).fired == 0
    first = await fire_due(uow, now=NOW + PERIOD, publish=publisher())
    assert first.fired == 1
    assert sorted(paged(uow)) == [
        ("telegram:op", PAGE_MESSAGE, True),  # on duty in the region
        ("telegram:sup", PAGE_MESSAGE, True),  # the region's supervisor, on duty or not
    ]
    assert pages_of(uow, case.id) == [(PAGE, NOW + PERIOD, FIRED), (PAGE_CITY, NOW + 2 * PERIOD, PENDING)]
    assert [a.action for a in uow.db.data.audit if a.action.startswith("clock:")] == ["clock:page"]

    count = len(uow.db.outbox)
    await fire_due(uow, now=NOW + 2 * PERIOD, publish=publisher())
    assert sorted(paged(uow, count)) == [
        ("telegram:city", PAGE_MESSAGE, True),  # after two periods the city-level supervisors too
        ("telegram:op", PAGE_MESSAGE, True),
        ("telegram:sup", PAGE_MESSAGE, True),
    ]
    assert (await fire_due(uow, now=NOW + 2 * PERIOD, publish=publisher())).fired == 0  # once per mark
    assert pages_of(uow, case.id)[-1] == (PAGE_CITY, NOW + 3 * PERIOD, PENDING)


async def test_acknowledging_cancels_the_pages_waiting():
    uow, ids = world()
    case = await raise_emergency(uow)
    await fire_due(uow, now=NOW + PERIOD, publish=publisher())
    operator = Actor(id=ids["telegram:op"], roles=frozenset({Role.OPERATOR}), regions=frozenset({"hailar"}))
    acknowledged = await acknowledge_emergency(uow, reference=case.reference, actor=operator, now=NOW + PERIOD * 1.5)
    assert acknowledged.first
    assert pages_of(uow, case.id)[-1] == (PAGE_CITY, NOW + 2 * PERIOD, CANCELLED)
    count = len(uow.db.outbox)
    assert (await fire_due(uow, now=NOW + 10 * PERIOD, publish=publisher())).fired == 0
    assert paged(uow, count) == []


async def test_staff_off_duty_are_not_paged_and_on_duty_again_are():
    uow, ids = world()
    async with uow:
        assert await uow.staff.set_on_duty(ids["telegram:op"], False)
        assert await uow.staff.set_on_duty(ids["telegram:op-off"], True)
        await uow.commit()
    async with uow:
        assert not await uow.staff.is_on_duty(ids["telegram:op"])
        assert await uow.staff.is_on_duty(ids["telegram:op-off"])
    case = await raise_emergency(uow)
    count = len(uow.db.outbox)
    await fire_due(uow, now=NOW + PERIOD, publish=publisher())
    addresses = sorted(a for a, _, _ in paged(uow, count))
    assert addresses == ["telegram:op-off", "telegram:sup"]
    assert pages_of(uow, case.id)[0][2] == FIRED


async def test_a_region_with_nobody_on_duty_pages_its_supervisors_when_the_emergency_opens():
    uow, _ = world(on_duty=False)
    await raise_emergency(uow)
    assert paged(uow) == [("telegram:sup", NOBODY_ON_DUTY_MESSAGE, True)]


async def test_with_nobody_on_duty_and_no_supervisor_of_its_own_the_city_level_ones_are_paged():
    uow, ids = world(on_duty=False)
    uow.db.data.staff[ids["telegram:sup"]]["active"] = False
    await raise_emergency(uow)
    assert paged(uow) == [("telegram:city", NOBODY_ON_DUTY_MESSAGE, True)]


async def test_a_page_after_acknowledgement_sends_nothing_and_stores_no_next():
    uow, _ = world()
    case = await raise_emergency(uow)
    async with uow:  # acknowledged in a way that did not cancel the page (a race): it stays quiet
        await uow.cases.mark_acknowledged(case.id, NOW)
        await uow.commit()
    count = len(uow.db.outbox)
    assert (await fire_due(uow, now=NOW + PERIOD, publish=publisher())).fired == 1
    assert paged(uow, count) == []
    assert pages_of(uow, case.id) == [(PAGE, NOW + PERIOD, FIRED)]


async def test_an_emergency_from_before_the_clock_gets_a_page_not_the_reminder_ladder():
    uow, _ = world()
    case = uow.db.put_case(
        a_case(State.EMERGENCY, region="hailar", state_entered_at=NOW, due_at=NOW + PERIOD, acknowledged_at=None)
    )
    assert await schedule_missing(uow, now=NOW + timedelta(minutes=1), policy=POLICY) == 1
    assert pages_of(uow, case.id) == [(PAGE, NOW + PERIOD, PENDING)]
