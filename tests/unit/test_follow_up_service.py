"""The follow-up visit (回访) as use cases (on the in-memory fake): resolving stores its marks, a
due mark asks her the way she chose to be reached, her answers are stored, "no" and "partly"
are published, an unanswered round becomes "no response"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from builders import NOW, TZ, a_case, mediator, operator, valid_data
from fakes import FakeUnitOfWork
from hypothesis import given
from hypothesis import strategies as st

from workflows.deadlines import Clock, DeadlinePolicy
from workflows.follow_ups import ANSWERED, ASKED, CALLBACK, NO_CONTACT, NO_RESPONSE, Solved
from workflows.services import apply_trigger
from workflows.services.clock import fire_due
from workflows.services.follow_up import FollowUpAnswer, FollowUpConcern, answer_follow_up
from workflows.timers import (
    CANCELLED,
    FOLLOW_UP_FIRST,
    FOLLOW_UP_FIRST_UNANSWERED,
    FOLLOW_UP_SECOND,
    FOLLOW_UP_SECOND_UNANSWERED,
    PENDING,
    Timer,
    catch_up,
    follow_up_catch_up,
    follow_up_marks,
)
from workflows.vocabulary import Channel, ContactPreference, State, Trigger

DAY = timedelta(days=1)
POLICY = DeadlinePolicy(first_follow_up=Clock(days=7), second_follow_up=Clock(days=30), follow_up_answer=Clock(days=7))


async def resolved(uow: FakeUnitOfWork, **changes):
    case = uow.db.put_case(a_case(State.IN_PROGRESS, **changes))
    await apply_trigger(
        uow,
        reference=case.reference,
        trigger=Trigger.RESOLVE,
        actor=mediator(),
        now=NOW,
        tz=TZ,
        data=valid_data(Trigger.RESOLVE),
        policy=POLICY,
    )
    return uow.case(case.reference)


def marks(uow: FakeUnitOfWork, case_id: int) -> list[tuple]:
    return [(t.kind, t.due_at, t.status) for t in uow.db.data.timers.values() if t.case_id == case_id]


def test_follow_up_marks_at_7_and_30_days_each_with_its_answer_window():
    assert [(m.kind, m.due_at) for m in follow_up_marks(NOW, TZ, POLICY)] == [
        (FOLLOW_UP_FIRST, NOW + 7 * DAY),
        (FOLLOW_UP_FIRST_UNANSWERED, NOW + 14 * DAY),
        (FOLLOW_UP_SECOND, NOW + 30 * DAY),
        (FOLLOW_UP_SECOND_UNANSWERED, NOW + 37 * DAY),
    ]


CLOCKS = st.one_of(
    st.builds(Clock, minutes=st.integers(min_value=1, max_value=600)),
    st.builds(Clock, days=st.integers(min_value=1, max_value=40)),
    st.builds(Clock, working_days=st.integers(min_value=1, max_value=15)),
)


@given(
    resolved_at=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)),
    first=CLOCKS,
    second=CLOCKS,
    window=CLOCKS,
)
def test_no_follow_up_mark_is_before_resolve_and_each_window_ends_after_its_question(
    resolved_at, first, second, window
):
    policy = DeadlinePolicy(first_follow_up=first, second_follow_up=second, follow_up_answer=window)
    ask_1, end_1, ask_2, end_2 = follow_up_marks(resolved_at, TZ, policy)
    assert [m.kind for m in (ask_1, end_1, ask_2, end_2)] == [
        FOLLOW_UP_FIRST,
        FOLLOW_UP_FIRST_UNANSWERED,
        FOLLOW_UP_SECOND,
        FOLLOW_UP_SECOND_UNANSWERED,
    ]
    assert all(m.due_at >= resolved_at for m in (ask_1, end_1, ask_2, end_2))
    assert end_1.due_at > ask_1.due_at and end_2.due_at > ask_2.due_at


async def test_resolve_stores_the_follow_up_marks_and_close_cancels_them():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    assert case.state is State.FOLLOW_UP
    assert marks(uow, case.id) == [
        (FOLLOW_UP_FIRST, NOW + 7 * DAY, PENDING),
        (FOLLOW_UP_FIRST_UNANSWERED, NOW + 14 * DAY, PENDING),
        (FOLLOW_UP_SECOND, NOW + 30 * DAY, PENDING),
        (FOLLOW_UP_SECOND_UNANSWERED, NOW + 37 * DAY, PENDING),
    ]


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({}, ASKED),
        ({"contact": ContactPreference.PHONE_CALLBACK}, CALLBACK),
        ({"channel": Channel.HOTLINE}, CALLBACK),
        ({"contact": ContactPreference.NO_CONTACT}, NO_CONTACT),
        ({"no_contact": True}, NO_CONTACT),
    ],
)
async def test_a_due_follow_up_is_stored_the_way_she_chose_to_be_reached(changes, status):
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow, **changes)
    events = []

    async def publish(uow, event):
        events.append(event)

    result = await fire_due(uow, now=NOW + 7 * DAY, publish=publish)
    assert result.fired == 1
    [row] = uow.db.data.follow_ups.values()
    assert (row.case_id, row.round, row.status) == (case.id, 1, status)
    assert [e.kind for e in events] == [FOLLOW_UP_FIRST]


async def test_her_answers_are_stored_and_no_is_published_once():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await fire_due(uow, now=NOW + 7 * DAY)
    published = []

    async def publish(uow, event):
        published.append(event)

    at = NOW + 8 * DAY
    first = await answer_follow_up(uow, FollowUpAnswer(case.id, 1, at, solved=Solved.NO), publish)
    assert (first.status, first.solved, first.concern) == (ANSWERED, "no", True)
    assert [type(e) for e in published] == [FollowUpConcern]
    assert published[0].case.reference == case.reference
    # the same answer again (a second tap) changes nothing and tells nobody again
    assert await answer_follow_up(uow, FollowUpAnswer(case.id, 1, at, solved=Solved.YES), publish) is None
    assert len(published) == 1
    scored = await answer_follow_up(uow, FollowUpAnswer(case.id, 1, at, satisfaction=2), publish)
    assert (scored.solved, scored.satisfaction) == ("no", 2)
    await answer_follow_up(uow, FollowUpAnswer(case.id, 1, at, comment="they came once"), publish)
    [entry] = [e for e in uow.db.data.entries if e.kind == "follow_up"]
    assert (entry.case_id, entry.text) == (case.id, "they came once")
    # her time to answer ends: an answered round stays answered
    await fire_due(uow, now=NOW + 14 * DAY)
    assert uow.db.data.follow_ups[(case.id, 1)].status == ANSWERED


async def test_yes_is_stored_and_nobody_is_told():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await fire_due(uow, now=NOW + 7 * DAY)
    published = []

    async def publish(uow, event):
        published.append(event)

    done = await answer_follow_up(uow, FollowUpAnswer(case.id, 1, NOW + 8 * DAY, solved=Solved.YES), publish)
    assert (done.solved, done.concern) == ("yes", False)
    assert published == []


async def test_satisfaction_before_solved_or_out_of_range_is_refused():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await fire_due(uow, now=NOW + 7 * DAY)
    assert await answer_follow_up(uow, FollowUpAnswer(case.id, 1, NOW, satisfaction=4)) is None
    with pytest.raises(ValueError):
        await answer_follow_up(uow, FollowUpAnswer(case.id, 1, NOW, solved=Solved.YES, satisfaction=6))


async def test_an_unanswered_round_becomes_no_response_and_a_late_answer_is_not_taken():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await fire_due(uow, now=NOW + 7 * DAY)
    await fire_due(uow, now=NOW + 14 * DAY)
    assert uow.db.data.follow_ups[(case.id, 1)].status == NO_RESPONSE
    assert await answer_follow_up(uow, FollowUpAnswer(case.id, 1, NOW + 15 * DAY, solved=Solved.NO)) is None


async def test_after_downtime_a_round_whose_question_and_end_were_both_due_is_asked_and_gets_its_whole_window():
    """The worker was down over day 7 (ask) and day 14 (end of her time to answer): she is asked
    once, and her 7 days to answer run from then (the old code closed the round unasked)."""
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    back = NOW + 20 * DAY
    done = await fire_due(uow, now=back)
    assert (done.fired, done.skipped) == (1, 0)
    asked = uow.db.data.follow_ups[(case.id, 1)]
    assert (asked.status, asked.asked_at) == (ASKED, back)
    assert [(k, d, s) for k, d, s in marks(uow, case.id) if k.startswith("follow_up_1")] == [
        (FOLLOW_UP_FIRST, NOW + 7 * DAY, "fired"),
        (FOLLOW_UP_FIRST_UNANSWERED, NOW + 14 * DAY, "skipped"),  # moved on: a new row
        (FOLLOW_UP_FIRST_UNANSWERED, back + 7 * DAY, PENDING),
    ]
    assert (await fire_due(uow, now=back + 7 * DAY - timedelta(seconds=1))).fired == 0  # her time runs on
    await fire_due(uow, now=back + 7 * DAY)
    assert uow.db.data.follow_ups[(case.id, 1)].status == NO_RESPONSE


async def test_after_a_longer_downtime_she_is_asked_the_latest_round_once_and_the_earlier_is_dropped():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    back = NOW + 31 * DAY  # round 1's question and end, and round 2's question, all past
    done = await fire_due(uow, now=back)
    assert (done.fired, done.skipped) == (1, 2)
    assert (case.id, 1) not in uow.db.data.follow_ups  # one question, not two at once
    assert uow.db.data.follow_ups[(case.id, 2)].asked_at == back
    pending = [(k, d) for k, d, s in marks(uow, case.id) if s == PENDING]
    assert pending == [(FOLLOW_UP_SECOND_UNANSWERED, back + 7 * DAY)]


async def test_a_round_asked_before_the_downtime_ends_beside_the_next_rounds_question():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await fire_due(uow, now=NOW + 7 * DAY)  # asked on time
    done = await fire_due(uow, now=NOW + 31 * DAY)  # down from day 8: round 1's end and round 2's question
    assert (done.fired, done.skipped) == (2, 0)
    assert uow.db.data.follow_ups[(case.id, 1)].status == NO_RESPONSE
    assert uow.db.data.follow_ups[(case.id, 2)].status == ASKED


async def test_a_question_asked_on_time_leaves_the_end_of_her_window_where_it_was():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await fire_due(uow, now=NOW + 7 * DAY + timedelta(seconds=5))  # a poll late: within 1 % of 7 days
    ends = [(d, s) for k, d, s in marks(uow, case.id) if k == FOLLOW_UP_FIRST_UNANSWERED]
    assert ends == [(NOW + 14 * DAY, PENDING)]


def test_follow_up_catch_up_asks_before_the_end_and_keeps_the_end_of_the_round_asked_now():
    def timer(id, kind, day):
        return Timer(id, 1, kind, State.FOLLOW_UP, NOW + day * DAY)

    ask_1, end_1 = timer(1, FOLLOW_UP_FIRST, 7), timer(2, FOLLOW_UP_FIRST_UNANSWERED, 14)
    ask_2, end_2 = timer(3, FOLLOW_UP_SECOND, 30), timer(4, FOLLOW_UP_SECOND_UNANSWERED, 37)
    assert follow_up_catch_up([ask_1, end_1]) == ([ask_1], [end_1])
    assert follow_up_catch_up([ask_1, end_1, ask_2, end_2]) == ([ask_2], [end_2])
    assert follow_up_catch_up([end_1, ask_2]) == ([ask_2, end_1], [])
    assert follow_up_catch_up([end_1]) == ([end_1], [])
    acting, skipped = catch_up([ask_1, end_1, ask_2])
    assert (acting, skipped) == ([ask_2], [ask_1, end_1])


async def test_closing_the_case_cancels_the_follow_ups_not_yet_due():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = await resolved(uow)
    await apply_trigger(
        uow,
        reference=case.reference,
        trigger=Trigger.CLOSE,
        actor=operator(),
        now=NOW + DAY,
        tz=TZ,
        data=valid_data(Trigger.CLOSE),
        policy=POLICY,
    )
    assert {status for *_, status in marks(uow, case.id)} == {CANCELLED}
