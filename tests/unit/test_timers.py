"""The marks of a state's clock (pure): where they fall, pausing and resuming, the catch-up rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from workflows.deadlines import DEFAULT_POLICY, Clock, DeadlinePolicy
from workflows.timers import (
    ESCALATE,
    OVERDUE,
    PAGE,
    REFERRAL_OVERDUE,
    REMIND_HALF,
    REMIND_LATE,
    Timer,
    catch_up,
    clock_marks,
    follow_up_marks,
    marks_for,
    resumed,
)
from workflows.vocabulary import Risk, State

SHANGHAI = ZoneInfo("Asia/Shanghai")
MOMENTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC))
SPANS = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60))
CLOCKS = st.one_of(
    st.builds(Clock, minutes=st.floats(min_value=0.5, max_value=60 * 24 * 40)),
    st.builds(Clock, days=st.integers(min_value=1, max_value=40)),
    st.builds(Clock, working_days=st.integers(min_value=1, max_value=15)),
)
STATES = st.sampled_from([State.NEW, State.DISPATCHED, State.MEDIATING, State.REFERRED, State.ON_HOLD, State.EMERGENCY])


@given(start=MOMENTS, span=SPANS)
def test_marks_fall_at_half_four_fifths_the_end_and_one_and_a_half_never_before_the_start(start, span):
    marks = clock_marks(start, start + span)
    assert [m.kind for m in marks] == [REMIND_HALF, REMIND_LATE, OVERDUE, ESCALATE]
    assert all(m.due_at >= start for m in marks)
    assert [m.due_at for m in marks] == sorted(m.due_at for m in marks)
    assert marks[2].due_at == start + span
    assert abs((marks[0].due_at - start) - span / 2) <= timedelta(microseconds=1)


@given(entered=MOMENTS, state=STATES, clock=CLOCKS)
def test_no_mark_of_any_configured_clock_is_before_the_state_was_entered(entered, state, clock):
    policy = DeadlinePolicy(
        emergency_ack=clock, new=clock, dispatched=clock, mediation=clock, referral_feedback=clock, hold_review=clock
    )
    due, marks = marks_for(state, Risk.LOW, entered, SHANGHAI, policy)
    assert due is not None and due >= entered
    assert all(m.due_at >= entered for m in marks)
    # an emergency pages again instead; a referral's overdue mark says to chase the agency
    at_due = {State.EMERGENCY: PAGE, State.REFERRED: REFERRAL_OVERDUE}.get(state, OVERDUE)
    assert {m.kind: m.due_at for m in marks}[at_due] == due


@given(start=MOMENTS, span=SPANS, run_before=SPANS, on_hold=SPANS)
def test_pausing_and_resuming_neither_loses_nor_adds_time(start, span, run_before, on_hold):
    """Each mark still waits, after resume, exactly what it still waited when paused."""
    paused_at = start + min(run_before, span)
    back = paused_at + on_hold
    for mark in clock_marks(start, start + span):
        if mark.due_at <= paused_at:
            continue  # fired before the hold; it does not come back
        moved = resumed(mark.due_at, paused_at, back)
        assert moved - back == mark.due_at - paused_at
        assert moved >= back


@given(start=MOMENTS, span=SPANS, holds=st.lists(st.tuples(SPANS, SPANS), max_size=4))
def test_several_holds_add_up_to_exactly_the_time_spent_on_hold(start, span, holds):
    (overdue,) = [m for m in clock_marks(start, start + span) if m.kind == OVERDUE]
    due, now, held = overdue.due_at, start, timedelta(0)
    for running, on_hold in holds:
        now += running
        due = resumed(due, now, now + on_hold)
        now, held = now + on_hold, held + on_hold
    assert due == start + span + held


def test_a_working_day_clock_keeps_its_reminders_off_the_weekend():
    friday = datetime(2026, 3, 6, 15, 0, tzinfo=SHANGHAI)
    due, marks = marks_for(State.NEW, Risk.LOW, friday, SHANGHAI, DEFAULT_POLICY)
    monday_morning = datetime(2026, 3, 9, 9, 0, tzinfo=SHANGHAI)
    assert due == datetime(2026, 3, 9, 15, 0, tzinfo=SHANGHAI)
    assert {m.kind: m.due_at for m in marks} == {
        REMIND_HALF: monday_morning,  # Saturday 15:00 waits for Monday morning
        REMIND_LATE: monday_morning,  # Monday 00:36 too
        OVERDUE: due,
        ESCALATE: datetime(2026, 3, 11, 9, 0, tzinfo=SHANGHAI),  # 1.5 × the 72 h span is Wednesday 03:00
    }


def test_a_working_day_clock_over_the_2026_spring_festival_counts_the_make_up_saturday():
    spring = DeadlinePolicy(
        holidays=frozenset(date(2026, 2, d) for d in range(15, 24)),
        workdays=frozenset({date(2026, 2, 14), date(2026, 2, 28)}),
    )
    friday = datetime(2026, 2, 13, 10, 0, tzinfo=SHANGHAI)
    due, _ = marks_for(State.NEW, Risk.LOW, friday, SHANGHAI, spring)
    assert due == datetime(2026, 2, 14, 10, 0, tzinfo=SHANGHAI)  # Saturday the 14th is worked
    due, _ = marks_for(State.REFERRED, Risk.LOW, friday, SHANGHAI, spring)  # 7 working days
    # 14th (Saturday, worked), 24th–27th, 28th (Saturday, worked), then Monday 2 March
    assert due == datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)


def test_following_states_have_no_reminder_ladder():
    resolved = datetime(2026, 3, 2, tzinfo=UTC)
    due, marks = marks_for(State.FOLLOW_UP, Risk.LOW, resolved, SHANGHAI, DEFAULT_POLICY)
    assert due is not None and not {m.kind for m in marks} & {REMIND_HALF, REMIND_LATE, OVERDUE, ESCALATE}
    assert marks == follow_up_marks(resolved, SHANGHAI, DEFAULT_POLICY)  # only the follow-up visit's (回访)
    assert marks_for(State.IN_PROGRESS, Risk.LOW, datetime(2026, 3, 2, tzinfo=UTC), SHANGHAI, DEFAULT_POLICY) == (
        None,
        [],
    )


def timer(timer_id: int, case_id: int, kind: str, minutes: int) -> Timer:
    return Timer(timer_id, case_id, kind, State.NEW, datetime(2026, 3, 2, tzinfo=UTC) + timedelta(minutes=minutes))


def test_after_downtime_the_latest_due_mark_of_each_case_acts_in_due_order_and_an_escalations_overdue_too():
    due = [
        timer(1, 10, REMIND_HALF, 0),
        timer(2, 10, REMIND_LATE, 3),
        timer(3, 10, OVERDUE, 6),
        timer(4, 20, REMIND_HALF, 1),
        timer(5, 30, OVERDUE, 2),
        timer(6, 30, ESCALATE, 2),  # due together: the later kind wins; the overdue still tells the owner
    ]
    acting, skipped = catch_up(due)
    assert [t.id for t in acting] == [4, 5, 6, 3]
    assert [t.id for t in skipped] == [1, 2]


@given(st.lists(st.tuples(st.integers(1, 4), st.sampled_from([REMIND_HALF, OVERDUE]), st.integers(0, 100))))
def test_catch_up_acts_once_per_case_and_drops_nothing(rows):
    due = [timer(i, case, kind, minutes) for i, (case, kind, minutes) in enumerate(rows)]
    acting, skipped = catch_up(due)
    assert sorted(t.id for t in acting + skipped) == [t.id for t in due]
    assert len({t.case_id for t in acting}) == len(acting) == len({t.case_id for t in due})
    for chosen in acting:
        assert all(t.due_at <= chosen.due_at for t in due if t.case_id == chosen.case_id)
