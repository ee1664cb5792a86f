"""Mediation windows (issue 14, item 5; docs/clock.md, "Mediation windows"): consent pending, the
mediation and the judicial-confirmation window after an agreement remind the mediator at 2/3 and
90 % of their clock; referral feedback overdue tells the owner to chase the agency.

Pure mark arithmetic (property-based), then the use cases and the notices on the in-memory fake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from builders import NOW, TZ, a_case, mediator, valid_data
from fakes import FakeUnitOfWork
from hypothesis import given
from hypothesis import strategies as st

from bot.clock_notices import WINDOW_MESSAGES, ClockNotices
from bot.notifications import Notifications
from workflows.case import Actor
from workflows.deadlines import Clock, DeadlinePolicy
from workflows.publishing import EventTable
from workflows.services import apply_trigger
from workflows.services.clock import ACTIONS, ClockMarkFired, fire_due, schedule_missing
from workflows.timers import (
    CANCELLED,
    ESCALATE,
    FIRED,
    OVERDUE,
    PENDING,
    REFERRAL_OVERDUE,
    REMIND_HALF,
    REMIND_LATE,
    SKIPPED,
    WINDOW_NEAR_END,
    WINDOW_STATES,
    WINDOW_TWO_THIRDS,
    Mark,
    marks_for,
    state_marks,
)
from workflows.vocabulary import Risk, Role, State, Trigger

HOUR = timedelta(hours=1)
SHANGHAI = ZoneInfo("Asia/Shanghai")
#: Short calendar clocks: consent 1 h, mediation 10 h, judicial confirmation 30 h, referral 2 h.
POLICY = DeadlinePolicy(
    consent=Clock(minutes=60),
    mediation=Clock(minutes=600),
    judicial_confirmation=Clock(minutes=1800),
    referral_feedback=Clock(minutes=120),
)
WINDOW = ((WINDOW_TWO_THIRDS, 2 / 3), (WINDOW_NEAR_END, 0.9), (OVERDUE, 1), (ESCALATE, 1.5))

MOMENTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC))
CLOCKS = st.one_of(
    st.builds(Clock, minutes=st.floats(min_value=0.5, max_value=60 * 24 * 40)),
    st.builds(Clock, days=st.integers(min_value=1, max_value=40)),
    st.builds(Clock, working_days=st.integers(min_value=1, max_value=15)),
)


# -- pure ---------------------------------------------------------------------------------------


def test_the_judicial_confirmation_window_reminds_at_day_20_and_27_of_30_as_workflow_md_has_it():
    due, marks = marks_for(State.AGREEMENT, Risk.LOW, NOW, TZ, DeadlinePolicy())
    assert due == NOW + timedelta(days=30)
    assert marks == [
        Mark(WINDOW_TWO_THIRDS, NOW + timedelta(days=20)),
        Mark(WINDOW_NEAR_END, NOW + timedelta(days=27)),
        Mark(OVERDUE, NOW + timedelta(days=30)),
        Mark(ESCALATE, NOW + timedelta(days=45)),
    ]


def test_consent_and_mediation_have_the_window_reminders_and_referral_its_chase_instead_of_overdue():
    for state, clock in ((State.MEDIATION_PENDING, HOUR), (State.MEDIATING, 10 * HOUR)):
        due, marks = marks_for(state, Risk.LOW, NOW, TZ, POLICY)
        assert due == NOW + clock
        assert marks == [Mark(kind, NOW + clock * f) for kind, f in WINDOW]
    due, marks = marks_for(State.REFERRED, Risk.LOW, NOW, TZ, POLICY)
    assert [m.kind for m in marks] == [REMIND_HALF, REMIND_LATE, REFERRAL_OVERDUE, ESCALATE]
    assert {m.kind: m.due_at for m in marks}[REFERRAL_OVERDUE] == due == NOW + 2 * HOUR
    _, other = marks_for(State.DISPATCHED, Risk.LOW, NOW, TZ, POLICY)
    assert [m.kind for m in other] == [REMIND_HALF, REMIND_LATE, OVERDUE, ESCALATE]  # the others keep theirs


@given(entered=MOMENTS, state=st.sampled_from(sorted(WINDOW_STATES)), clock=CLOCKS)
def test_a_window_reminder_is_never_before_the_state_was_entered_nor_after_its_end(entered, state, clock):
    policy = DeadlinePolicy(consent=clock, mediation=clock, judicial_confirmation=clock)
    due, marks = marks_for(state, Risk.LOW, entered, SHANGHAI, policy)
    by_kind = {m.kind: m.due_at for m in marks}
    assert [m.kind for m in marks] == [kind for kind, _ in WINDOW]
    assert all(m.due_at >= entered for m in marks)
    assert entered <= by_kind[WINDOW_TWO_THIRDS] <= by_kind[WINDOW_NEAR_END] <= due == by_kind[OVERDUE]
    assert by_kind[ESCALATE] >= due
    if not clock.is_working:  # calendar time: exactly 2/3 and 90 % of the window
        span = due - entered
        assert abs(by_kind[WINDOW_TWO_THIRDS] - (entered + span * 2 / 3)) <= timedelta(microseconds=1)
        assert abs(by_kind[WINDOW_NEAR_END] - (entered + span * 0.9)) <= timedelta(microseconds=1)


@given(entered=MOMENTS, clock=st.builds(Clock, working_days=st.integers(min_value=1, max_value=15)))
def test_a_working_day_window_reminds_on_a_working_morning_or_later_never_at_night(entered, clock):
    policy = DeadlinePolicy(mediation=clock)
    due, marks = marks_for(State.MEDIATING, Risk.LOW, entered, SHANGHAI, policy)
    for mark in marks:
        if mark.kind in (WINDOW_TWO_THIRDS, WINDOW_NEAR_END) and mark.due_at < due:
            local = mark.due_at.astimezone(SHANGHAI)
            assert local.weekday() < 5 and local.hour >= 9, mark


@given(start=MOMENTS, span=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)))
def test_cases_from_before_the_clock_get_their_states_own_marks(start, span):
    for state in WINDOW_STATES:
        assert [m.kind for m in state_marks(state, start, start + span)] == [kind for kind, _ in WINDOW]
    assert REFERRAL_OVERDUE in {m.kind for m in state_marks(State.REFERRED, start, start + span)}


def test_every_new_kind_has_an_action():
    assert {WINDOW_TWO_THIRDS, WINDOW_NEAR_END, REFERRAL_OVERDUE} <= set(ACTIONS)


# -- use cases and notices, on the fake ------------------------------------------------------------


def world():
    """A case in progress whose owner (an operator) and handler (the mediator) are two people;
    an operator on duty and the region's supervisor."""
    uow = FakeUnitOfWork(now=lambda: NOW)
    db = uow.db
    ids = {}
    for address, roles in (
        ("telegram:owner", ("operator",)),
        ("telegram:mediator", ("mediator",)),
        ("telegram:on-duty", ("operator",)),
        ("telegram:sup", ("supervisor",)),
    ):
        ids[address] = db.add_person(address, locale="en")
        db.add_staff(ids[address], roles=roles, regions=("hailar",), name=address)
    case = db.put_case(
        a_case(State.IN_PROGRESS, owner_id=ids["telegram:owner"], assignee_id=ids["telegram:mediator"], due_at=None)
    )
    return uow, ids, case


def publisher() -> EventTable:
    return EventTable({ClockMarkFired: [ClockNotices(Notifications()).on_mark]})


async def step(uow, case, trigger: Trigger, actor: Actor, now: datetime):
    return await apply_trigger(
        uow, reference=case.reference, trigger=trigger, actor=actor, now=now, tz=TZ, data=valid_data(trigger),
        policy=POLICY,
    )  # fmt: skip


def table(uow, case_id: int) -> list[tuple]:
    return [(t.state, t.kind, t.due_at, t.status) for t in uow.db.data.timers.values() if t.case_id == case_id]


def sent(uow, since: int = 0) -> list[tuple[str, str]]:
    return [(row.address, row.notice.message_id) for row in uow.db.outbox[since:]]


async def test_each_window_is_stored_on_entering_its_state_and_cancelled_on_leaving_it():
    uow, ids, case = world()
    the_mediator = mediator(person_id=ids["telegram:mediator"])
    await step(uow, case, Trigger.START_MEDIATION, the_mediator, NOW)  # consent window: 1 h
    consent = [(k, d) for s, k, d, st_ in table(uow, case.id) if s is State.MEDIATION_PENDING and st_ == PENDING]
    assert consent == [(kind, NOW + HOUR * f) for kind, f in WINDOW]
    await step(uow, case, Trigger.PARTIES_CONSENT, the_mediator, NOW + HOUR / 2)  # mediation: 10 h
    assert {st_ for s, *_, st_ in table(uow, case.id) if s is State.MEDIATION_PENDING} == {CANCELLED}
    agreed = NOW + 3 * HOUR
    await step(uow, case, Trigger.REACH_AGREEMENT, the_mediator, agreed)  # judicial confirmation: 30 h
    assert {st_ for s, *_, st_ in table(uow, case.id) if s is State.MEDIATING} == {CANCELLED}
    window = [(k, d) for s, k, d, st_ in table(uow, case.id) if s is State.AGREEMENT]
    assert window == [(kind, agreed + 30 * HOUR * f) for kind, f in WINDOW]  # from the agreement
    await step(uow, case, Trigger.RESOLVE, the_mediator, agreed + HOUR)
    assert {st_ for s, *_, st_ in table(uow, case.id) if s is State.AGREEMENT} == {CANCELLED}


async def test_the_window_reminders_reach_the_mediator_and_the_owner_and_change_nothing_on_the_case():
    uow, ids, case = world()
    the_mediator = mediator(person_id=ids["telegram:mediator"])
    await step(uow, case, Trigger.START_MEDIATION, the_mediator, NOW)
    await step(uow, case, Trigger.PARTIES_CONSENT, the_mediator, NOW)
    version = uow.case(case.reference).version
    publish = publisher()

    assert (await fire_due(uow, now=NOW + 6 * HOUR, publish=publish)).fired == 0  # 60 %: nothing yet
    done = await fire_due(uow, now=NOW + 6 * HOUR + timedelta(minutes=41), publish=publish)  # past 2/3
    assert (done.fired, done.skipped) == (1, 0)
    assert sent(uow) == [
        ("telegram:mediator", "clock-window-mediation-two-thirds"),
        ("telegram:owner", "clock-window-mediation-two-thirds"),
    ]
    notice = uow.db.outbox[0].notice
    assert notice.args["status"] == {"$msg": "state-mediating"} and notice.args["due"]["$date"]
    done = await fire_due(uow, now=NOW + 9 * HOUR, publish=publish)  # 90 %
    assert done.fired == 1
    assert [m for _, m in sent(uow, 2)] == ["clock-window-mediation-near-end"] * 2
    after = uow.case(case.reference)
    assert (after.overdue, after.version) == (False, version)  # a reminder changes nothing
    audit = [a.action for a in uow.db.data.audit if a.action.startswith("clock:")]
    assert audit == ["clock:window_2_3", "clock:window_90"]

    done = await fire_due(uow, now=NOW + 10 * HOUR, publish=publish)  # the end: overdue, to the owner
    assert done.fired == 1 and uow.case(case.reference).overdue is True
    assert sent(uow, 4) == [("telegram:owner", "clock-overdue")]


async def test_each_window_has_its_own_words_and_one_person_is_told_once():
    uow, ids, case = world()
    # the owner mediates herself: owner and handler are one person, told once
    uow.db.put_case(case.__class__(**{**case.__dict__, "assignee_id": ids["telegram:owner"]}))
    the_mediator = mediator(person_id=ids["telegram:owner"])
    await step(uow, case, Trigger.START_MEDIATION, the_mediator, NOW)
    publish = publisher()
    await fire_due(uow, now=NOW + HOUR * 0.7, publish=publish)
    await fire_due(uow, now=NOW + HOUR * 0.95, publish=publish)
    assert sent(uow) == [
        ("telegram:owner", "clock-window-consent-two-thirds"),
        ("telegram:owner", "clock-window-consent-near-end"),
    ]
    await step(uow, case, Trigger.PARTIES_CONSENT, the_mediator, NOW + HOUR * 0.95)
    agreed = NOW + 2 * HOUR
    await step(uow, case, Trigger.REACH_AGREEMENT, the_mediator, agreed)
    await fire_due(uow, now=agreed + 20 * HOUR, publish=publish)
    await fire_due(uow, now=agreed + 27 * HOUR, publish=publish)
    assert [m for _, m in sent(uow, 2)] == [
        "clock-window-confirmation-two-thirds",
        "clock-window-confirmation-near-end",
    ]
    assert set(WINDOW_MESSAGES.values()) >= {m for _, m in sent(uow)}


async def test_with_nobody_to_remind_the_staff_on_duty_are_told():
    uow, ids, case = world()
    uow.db.put_case(case.__class__(**{**case.__dict__, "assignee_id": None, "owner_id": None}))
    async with uow:
        await uow.timers.schedule(case.id, State.MEDIATING, state_marks(State.MEDIATING, NOW, NOW + HOUR))
        await uow.commit()
    uow.db.put_case(
        case.__class__(**{**case.__dict__, "assignee_id": None, "owner_id": None, "state": State.MEDIATING})
    )
    await fire_due(uow, now=NOW + HOUR * 0.7, publish=publisher())
    assert {m for _, m in sent(uow)} == {"clock-window-mediation-two-thirds"}
    assert "telegram:on-duty" in {a for a, _ in sent(uow)}


async def test_after_downtime_one_window_mark_acts_not_a_burst():
    uow, ids, case = world()
    the_mediator = mediator(person_id=ids["telegram:mediator"])
    await step(uow, case, Trigger.START_MEDIATION, the_mediator, NOW)
    await step(uow, case, Trigger.PARTIES_CONSENT, the_mediator, NOW)
    done = await fire_due(uow, now=NOW + HOUR * 9.5, publish=publisher())  # 2/3 and 90 % both past
    assert (done.fired, done.skipped) == (1, 1)
    assert [m for _, m in sent(uow)] == ["clock-window-mediation-near-end"] * 2
    statuses = [(k, st_) for s, k, _, st_ in table(uow, case.id) if s is State.MEDIATING]
    assert statuses[:2] == [(WINDOW_TWO_THIRDS, SKIPPED), (WINDOW_NEAR_END, FIRED)]


async def test_referral_feedback_overdue_flags_the_case_and_tells_the_owner_to_chase_the_agency():
    uow, ids, case = world()
    the_mediator = mediator(person_id=ids["telegram:mediator"])
    await step(uow, case, Trigger.REFER, the_mediator, NOW)  # feedback within 2 h
    publish = publisher()
    await fire_due(uow, now=NOW + HOUR, publish=publish)  # 50 %: the ordinary reminder
    assert sent(uow) == [("telegram:owner", "clock-reminder-half")]
    done = await fire_due(uow, now=NOW + 2 * HOUR, publish=publish)  # 80 % and 100 %: the chase acts
    assert (done.fired, done.skipped) == (1, 1)
    assert sent(uow, 1) == [("telegram:owner", "clock-referral-overdue")]
    assert uow.case(case.reference).overdue is True
    assert [a.action for a in uow.db.data.audit if a.action.startswith("clock:")][-1] == "clock:referral_overdue"
    await step(uow, case, Trigger.REFERRAL_FEEDBACK, the_mediator, NOW + 2 * HOUR + timedelta(minutes=5))
    assert [st_ for s, k, _, st_ in table(uow, case.id) if k == ESCALATE] == [CANCELLED]
    assert uow.case(case.reference).overdue is False


async def test_a_mediation_from_before_the_clock_gets_its_window_marks():
    uow, ids, case = world()
    uow.db.put_case(
        case.__class__(
            **{**case.__dict__, "state": State.AGREEMENT, "state_entered_at": NOW, "due_at": NOW + 30 * HOUR}
        )
    )
    assert await schedule_missing(uow, now=NOW, policy=POLICY) == 1
    assert [(k, d) for _, k, d, _ in table(uow, case.id)] == [(kind, NOW + 30 * HOUR * f) for kind, f in WINDOW]


def test_the_mediator_actor_is_a_mediator():
    assert Role.MEDIATOR in mediator().roles
