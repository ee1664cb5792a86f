"""Due times of each state's clock (workflow.md), working days in Asia/Shanghai, reminder marks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from builders import NOW, a_case, operator, supervisor, valid_data
from fakes import FakeUnitOfWork

from workflows.case import Actor, Intake
from workflows.deadlines import (
    DEFAULT_POLICY,
    Clock,
    DeadlinePolicy,
    add_working_days,
    due_at,
    follow_up_dates,
    is_working_day,
    reminder_marks,
)
from workflows.services import apply_trigger, open_case
from workflows.vocabulary import Channel, Risk, Role, Service, State, Trigger

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)
FRIDAY = datetime(2026, 3, 6, 15, 0, tzinfo=SHANGHAI)
SATURDAY = datetime(2026, 3, 7, 10, 0, tzinfo=SHANGHAI)
NATIONAL_DAY = DeadlinePolicy(holidays=frozenset(date(2026, 10, d) for d in range(1, 8)))


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("state", "risk", "entered", "due"),
    [
        (State.EMERGENCY, Risk.IMMINENT, MONDAY, MONDAY + timedelta(minutes=15)),
        (State.EMERGENCY, Risk.IMMINENT, at(3, 8, 3), at(3, 8, 3, 15)),  # Sunday night too
        (State.NEW, Risk.LOW, MONDAY, at(3, 3, 10)),
        (State.NEW, Risk.MEDIUM, FRIDAY, at(3, 9, 15)),
        (State.NEW, Risk.LOW, SATURDAY, at(3, 10, 9)),  # the clock starts Monday 09:00
        (State.NEW, Risk.HIGH, FRIDAY, FRIDAY + timedelta(hours=2)),
        (State.NEW, Risk.IMMINENT, SATURDAY, SATURDAY + timedelta(hours=2)),
        (State.DISPATCHED, Risk.LOW, FRIDAY, at(3, 9, 15)),
        (State.MEDIATION_PENDING, Risk.LOW, MONDAY, MONDAY + timedelta(days=7)),
        (State.MEDIATING, Risk.LOW, MONDAY, MONDAY + timedelta(days=30)),
        (State.AGREEMENT, Risk.LOW, MONDAY, MONDAY + timedelta(days=30)),
        (State.REFERRED, Risk.LOW, MONDAY, at(3, 11, 10)),  # 7 working days
        (State.FOLLOW_UP, Risk.LOW, MONDAY, MONDAY + timedelta(days=7)),
        (State.ON_HOLD, Risk.LOW, MONDAY, MONDAY + timedelta(days=14)),
    ],
    ids=lambda v: v.value if isinstance(v, State | Risk) else None,
)
def test_each_state_with_a_clock_is_due_as_the_workflow_table_says(state, risk, entered, due):
    assert due_at(state, risk, entered, SHANGHAI) == due


@pytest.mark.parametrize(
    "state", [State.ACCEPTED, State.IN_PROGRESS, State.NOT_ACCEPTED, State.CLOSED, State.WITHDRAWN]
)
def test_a_state_without_a_clock_has_no_due_time(state):
    assert due_at(state, Risk.HIGH, MONDAY, SHANGHAI) is None


def test_weekends_and_configured_holidays_are_not_working_days():
    assert is_working_day(date(2026, 3, 6), DEFAULT_POLICY)  # Friday
    assert not is_working_day(date(2026, 3, 7), DEFAULT_POLICY)  # Saturday
    assert not is_working_day(date(2026, 3, 8), DEFAULT_POLICY)  # Sunday
    assert is_working_day(date(2026, 10, 5), DEFAULT_POLICY)  # a Monday…
    assert not is_working_day(date(2026, 10, 5), NATIONAL_DAY)  # …in the National Day holiday


def test_a_working_day_clock_skips_a_holiday_week():
    eve = at(9, 30, 16)  # Wednesday before the National Day week
    assert due_at(State.NEW, Risk.LOW, eve, SHANGHAI, NATIONAL_DAY) == at(10, 8, 16)
    assert due_at(State.REFERRED, Risk.LOW, eve, SHANGHAI, NATIONAL_DAY) == at(10, 16, 16)


def test_a_clock_started_on_a_holiday_starts_at_nine_on_the_next_working_day():
    assert due_at(State.DISPATCHED, Risk.LOW, at(10, 3, 22), SHANGHAI, NATIONAL_DAY) == at(10, 9, 9)


def test_working_days_are_counted_in_the_local_zone_not_utc():
    friday_evening_utc = datetime(2026, 3, 6, 17, 0, tzinfo=UTC)  # Saturday 01:00 in Shanghai
    due = add_working_days(friday_evening_utc, 1, SHANGHAI, DEFAULT_POLICY)
    assert due == at(3, 10, 9)
    assert due.tzinfo is UTC  # returned in the zone it was given in


def test_clocks_are_configurable():
    policy = DeadlinePolicy(new=Clock(working_days=2), new_high_risk=Clock(minutes=30), hold_review=Clock(days=7))
    assert due_at(State.NEW, Risk.LOW, MONDAY, SHANGHAI, policy) == at(3, 4, 10)
    assert due_at(State.NEW, Risk.HIGH, MONDAY, SHANGHAI, policy) == MONDAY + timedelta(minutes=30)
    assert due_at(State.ON_HOLD, Risk.LOW, MONDAY, SHANGHAI, policy) == MONDAY + timedelta(days=7)


def test_follow_ups_come_seven_and_thirty_days_after_resolution():
    assert follow_up_dates(MONDAY, SHANGHAI) == [MONDAY + timedelta(days=7), MONDAY + timedelta(days=30)]


def test_reminders_come_at_half_and_four_fifths_overdue_at_the_end_and_escalation_at_one_and_a_half():
    start, due = MONDAY, MONDAY + timedelta(hours=10)
    assert reminder_marks(start, due) == {
        "remind_50": MONDAY + timedelta(hours=5),
        "remind_80": MONDAY + timedelta(hours=8),
        "overdue": due,
        "escalate": MONDAY + timedelta(hours=15),
    }


def _intake(**changes) -> Intake:
    fields = {
        "service": Service.LEGAL,
        "region": "hailar",
        "language": "zh-Hans-CN",
        "channel": Channel.TELEGRAM,
        "description": "he took my papers",
        "consent_version": "2026-01",
    }
    return Intake(**{**fields, **changes})


async def test_a_new_high_risk_case_is_due_in_two_hours_and_a_low_risk_one_in_a_working_day(uow):
    high = await open_case(
        uow, intake=_intake(risk=Risk.HIGH), actor=Actor.reporter(1), reporter_id=1, now=FRIDAY, tz=SHANGHAI
    )
    low = await open_case(uow, intake=_intake(), actor=Actor.reporter(1), reporter_id=1, now=FRIDAY, tz=SHANGHAI)
    assert uow.case(high.case.reference).due_at == FRIDAY + timedelta(hours=2)
    assert uow.case(low.case.reference).due_at == at(3, 9, 15)


async def test_an_emergency_raised_during_intake_must_be_acknowledged_within_fifteen_minutes(uow):
    opened = await open_case(
        uow,
        intake=_intake(emergency_reason="he is here"),
        actor=Actor.reporter(1),
        reporter_id=1,
        now=SATURDAY,
        tz=SHANGHAI,
    )
    case = uow.case(opened.case.reference)
    assert (case.state, case.risk, case.due_at) == (State.EMERGENCY, Risk.IMMINENT, SATURDAY + timedelta(minutes=15))


async def test_entering_a_state_starts_its_clock_and_clears_the_overdue_flag():
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(State.ACCEPTED, overdue=True))
    await apply_trigger(
        uow,
        reference=case.reference,
        trigger=Trigger.DISPATCH,
        actor=operator(),
        now=FRIDAY,
        tz=SHANGHAI,
        data=valid_data(Trigger.DISPATCH),
    )
    after = uow.case(case.reference)
    assert (after.due_at, after.state_entered_at, after.overdue) == (at(3, 9, 15), FRIDAY, False)


async def test_recording_a_session_keeps_the_mediation_clock_running():
    uow = FakeUnitOfWork()
    due = NOW + timedelta(days=20)
    case = uow.db.put_case(a_case(State.MEDIATING, due_at=due))
    mediator = Actor(id=40, roles=frozenset({Role.MEDIATOR}))
    await apply_trigger(
        uow,
        reference=case.reference,
        trigger=Trigger.RECORD_SESSION,
        actor=mediator,
        now=NOW,
        tz=SHANGHAI,
        data=valid_data(Trigger.RECORD_SESSION),
    )
    after = uow.case(case.reference)
    assert (after.due_at, after.state_entered_at) == (due, case.state_entered_at)


async def test_resolving_schedules_the_follow_ups_and_the_first_one_becomes_due():
    uow = FakeUnitOfWork()
    case = uow.db.put_case(a_case(State.IN_PROGRESS))
    event = await apply_trigger(
        uow,
        reference=case.reference,
        trigger=Trigger.RESOLVE,
        actor=supervisor(),
        now=MONDAY,
        tz=SHANGHAI,
        data=valid_data(Trigger.RESOLVE),
    )
    assert event.data["follow_up_dates"] == [(MONDAY + timedelta(days=d)).isoformat() for d in (7, 30)]
    assert uow.case(case.reference).due_at == MONDAY + timedelta(days=7)
