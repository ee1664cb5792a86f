"""The case clock as use cases (on the in-memory fake): timers follow the state, due marks act once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import NOW, TZ, a_case, operator, supervisor, valid_data
from fakes import FakeUnitOfWork

from workflows.case import Actor, Intake
from workflows.deadlines import Clock, DeadlinePolicy
from workflows.errors import NotCommitted, StaleCase
from workflows.publishing import EventTable
from workflows.services import apply_trigger, open_case
from workflows.services.clock import ClockMarkFired, fire_due, schedule_missing
from workflows.timers import (
    CANCELLED,
    ESCALATE,
    FIRED,
    OVERDUE,
    PAUSED,
    PENDING,
    REMIND_HALF,
    REMIND_LATE,
    SKIPPED,
    WINDOW_NEAR_END,
    WINDOW_TWO_THIRDS,
    clock_marks,
)
from workflows.vocabulary import Channel, Risk, Role, Service, State, Trigger

HOUR = timedelta(hours=1)
#: Short calendar clocks, so the marks are easy to read: an hour for a new case, ten for a mediation.
POLICY = DeadlinePolicy(new=Clock(minutes=60), mediation=Clock(minutes=600), hold_review=Clock(minutes=120))
MEDIATOR = Actor(id=40, roles=frozenset({Role.MEDIATOR}))
#: A mediation's marks: the window's reminders at 2/3 and 90 %, then overdue and escalation.
MEDIATION_LADDER = ((WINDOW_TWO_THIRDS, 2 / 3), (WINDOW_NEAR_END, 0.9), (OVERDUE, 1), (ESCALATE, 1.5))


async def fire(uow: FakeUnitOfWork, trigger: Trigger, reference: str, actor: Actor, now, **data):
    return await apply_trigger(
        uow,
        reference=reference,
        trigger=trigger,
        actor=actor,
        now=now,
        tz=TZ,
        data=data or valid_data(trigger),
        policy=POLICY,
    )


def hour_marks(start):
    """The marks of an hour's clock started at ``start``."""
    return clock_marks(start, start + HOUR)


def table(uow: FakeUnitOfWork, case_id: int) -> list[tuple]:
    return [(t.state, t.kind, t.due_at, t.status) for t in uow.db.data.timers.values() if t.case_id == case_id]


async def test_opening_a_case_stores_its_marks_in_the_same_transaction():
    uow = FakeUnitOfWork(now=lambda: NOW)
    intake = Intake(Service.RIGHTS, "hailar", "en", Channel.WEB, description="x", consent_version="v1")
    opened = await open_case(uow, intake=intake, actor=Actor.reporter(1), now=NOW, tz=TZ, reporter_id=1, policy=POLICY)
    assert table(uow, opened.case.id) == [
        (State.NEW, REMIND_HALF, NOW + HOUR / 2, PENDING),
        (State.NEW, REMIND_LATE, NOW + HOUR * 0.8, PENDING),
        (State.NEW, OVERDUE, NOW + HOUR, PENDING),
        (State.NEW, ESCALATE, NOW + HOUR * 1.5, PENDING),
    ]
    assert opened.case.due_at == NOW + HOUR


async def test_leaving_a_state_cancels_its_marks_and_entering_one_stores_its_own():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.MEDIATION_PENDING))
    later = NOW + HOUR
    await fire(uow, Trigger.PARTIES_CONSENT, case.reference, MEDIATOR, NOW)  # -> mediating: 10 h clock
    await fire(uow, Trigger.RECORD_SESSION, case.reference, MEDIATOR, later)  # same state: the clock runs on
    marks = table(uow, case.id)
    assert [(s, k, d) for s, k, d, _ in marks] == [
        (State.MEDIATING, kind, NOW + 10 * HOUR * f) for kind, f in MEDIATION_LADDER
    ]
    await fire(uow, Trigger.TERMINATE_MEDIATION, case.reference, MEDIATOR, later)  # -> in progress: no clock
    assert {status for *_, status in table(uow, case.id)} == {CANCELLED}


async def test_on_hold_pauses_the_marks_and_resume_moves_them_on_by_the_time_held():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.MEDIATION_PENDING))
    await fire(uow, Trigger.PARTIES_CONSENT, case.reference, MEDIATOR, NOW)
    hold, back = NOW + 4 * HOUR, NOW + 4 * HOUR + 3 * timedelta(days=1)
    await fire(uow, Trigger.HOLD, case.reference, supervisor(), hold)
    held = table(uow, case.id)
    assert [status for s, _, _, status in held if s is State.MEDIATING] == [PAUSED] * 4
    assert [(k, d) for s, k, d, _ in held if s is State.ON_HOLD][2] == (OVERDUE, hold + 2 * HOUR)  # hold review
    await fire(uow, Trigger.RESUME, case.reference, supervisor(), back)
    after = table(uow, case.id)
    assert [status for s, _, _, status in after if s is State.ON_HOLD] == [CANCELLED] * 4
    resumed = [(k, d) for s, k, d, status in after if s is State.MEDIATING and status == PENDING]
    assert resumed == [(kind, NOW + 10 * HOUR * f + 3 * timedelta(days=1)) for kind, f in MEDIATION_LADDER]
    assert uow.case(case.reference).due_at == NOW + 10 * HOUR + 3 * timedelta(days=1)  # the case agrees


async def test_a_due_reminder_fires_once_as_the_system_with_its_audit_entry_and_event():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.NEW, owner_id=20))
    async with uow:
        await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW))
        await uow.commit()
    heard = []

    async def listen(_, event):
        heard.append(event)

    publish = EventTable({ClockMarkFired: [listen]})
    first = await fire_due(uow, now=NOW + HOUR / 2, publish=publish)
    again = await fire_due(uow, now=NOW + HOUR / 2, publish=publish)
    assert (first.fired, first.skipped, again.fired) == (1, 0, 0)
    assert [(e.kind, e.case.id) for e in heard] == [(REMIND_HALF, case.id)]
    assert [(a.action, a.outcome, a.actor_id) for a in uow.db.data.audit] == [("clock:remind_50", FIRED, None)]
    assert uow.case(case.reference).overdue is False


async def test_after_downtime_only_overdue_acts_and_the_earlier_reminders_are_skipped():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.NEW, owner_id=20))
    async with uow:
        await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW))
        await uow.commit()
    done = await fire_due(uow, now=NOW + HOUR * 1.2)
    assert (done.fired, done.skipped) == (1, 2)
    assert [(k, s) for _, k, _, s in table(uow, case.id)] == [
        (REMIND_HALF, SKIPPED),
        (REMIND_LATE, SKIPPED),
        (OVERDUE, FIRED),
        (ESCALATE, PENDING),
    ]
    after = uow.case(case.reference)
    assert (after.overdue, after.version) == (True, case.version + 1)


async def test_an_escalation_caught_up_acts_with_the_overdue_mark_that_tells_the_owner():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.NEW))
    async with uow:
        await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW))
        await uow.commit()
    done = await fire_due(uow, now=NOW + 2 * HOUR)
    assert (done.fired, done.skipped) == (2, 2)  # before: (1, 3), the owner never heard it was overdue
    assert uow.case(case.reference).overdue is True


@pytest.mark.parametrize(
    "refusal",
    [
        lambda case: StaleCase(reference=case.reference),  # someone changed the case under it
        # A deadlock with a staff member's move (PostgreSQL) undoes the mark's savepoint as `NotCommitted`
        # (before: set aside as failed for good, the case never flagged).
        lambda case: NotCommitted("DeadlockDetectedError"),
    ],
    ids=["stale case", "deadlock"],
)
async def test_a_mark_that_could_not_act_then_stays_pending_and_fires_next_round(monkeypatch, refusal):
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.NEW))
    async with uow:
        await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW)[2:3])
        await uow.commit()
    real_save = uow.cases.save

    async def refused(case, expected_version):
        raise refusal(case)

    monkeypatch.setattr(uow.cases, "save", refused)
    done = await fire_due(uow, now=NOW + HOUR)
    assert (done.fired, done.failed) == (0, 0)
    monkeypatch.setattr(uow.cases, "save", real_save)
    assert (await fire_due(uow, now=NOW + HOUR)).fired == 1
    assert uow.case(case.reference).overdue is True


async def test_a_mark_that_fails_is_set_aside_and_the_others_of_the_batch_still_act():
    uow = FakeUnitOfWork(now=lambda: NOW)
    broken = uow.db.put_case(a_case(State.NEW, reference="HLB-2026-000001"))
    fine = uow.db.put_case(a_case(State.NEW, reference="HLB-2026-000002"))
    async with uow:
        await uow.timers.schedule(broken.id, State.NEW, hour_marks(NOW)[2:3])
        await uow.timers.schedule(fine.id, State.NEW, hour_marks(NOW)[2:3])
        await uow.commit()

    async def boom(_, event):
        if event.case.id == broken.id:
            raise RuntimeError("a handler failed")

    done = await fire_due(uow, now=NOW + HOUR, publish=EventTable({ClockMarkFired: [boom]}))
    assert (done.fired, done.failed) == (1, 1)
    assert [s for *_, s in table(uow, broken.id)] == ["failed"]
    assert (uow.case(broken.reference).overdue, uow.case(fine.reference).overdue) == (False, True)


async def test_a_case_that_reached_another_state_without_cancelling_is_not_acted_on():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.ACCEPTED))
    async with uow:
        await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW)[2:3])
        await uow.commit()
    done = await fire_due(uow, now=NOW + HOUR)
    assert (done.fired, done.cancelled) == (0, 1)
    assert uow.case(case.reference).overdue is False


async def test_a_full_batch_asks_for_another_round_at_once():
    uow = FakeUnitOfWork(now=lambda: NOW)
    for number in range(3):
        case = uow.db.put_case(a_case(State.NEW, risk=Risk.LOW, reference=f"HLB-2026-00000{number}"))
        async with uow:
            await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW)[:1])
            await uow.commit()
    assert (await fire_due(uow, now=NOW + HOUR, limit=2)).more is True
    assert (await fire_due(uow, now=NOW + HOUR, limit=2)).more is False


async def test_an_operator_accepting_a_new_case_ends_its_reminders():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.NEW))
    async with uow:
        await uow.timers.schedule(case.id, State.NEW, hour_marks(NOW))
        await uow.commit()
    await fire(uow, Trigger.ACCEPT, case.reference, operator(), NOW + HOUR / 4)
    assert (await fire_due(uow, now=NOW + 2 * HOUR)).fired == 0


async def test_cases_from_before_the_clock_get_their_marks_once_and_late_ones_catch_up():
    uow = FakeUnitOfWork(now=lambda: NOW)
    late = uow.db.put_case(
        a_case(State.NEW, reference="HLB-2026-000001", state_entered_at=NOW - 3 * HOUR, due_at=NOW - HOUR)
    )
    fresh = uow.db.put_case(
        a_case(State.MEDIATING, reference="HLB-2026-000002", state_entered_at=NOW, due_at=NOW + 10 * HOUR)
    )
    none = uow.db.put_case(a_case(State.IN_PROGRESS, reference="HLB-2026-000003", due_at=None))
    assert await schedule_missing(uow, now=NOW, policy=POLICY) == 2
    assert await schedule_missing(uow, now=NOW, policy=POLICY) == 0  # once
    assert [(k, d) for _, k, d, _ in table(uow, fresh.id)] == [
        (kind, NOW + 10 * HOUR * f) for kind, f in MEDIATION_LADDER
    ]
    assert table(uow, none.id) == []
    done = await fire_due(uow, now=NOW)  # 50 %, 80 % and 100 % of the late case are past; 150 % is now
    assert (done.fired, done.skipped) == (2, 2)  # the escalation, and the overdue that tells the owner
    assert uow.case(late.reference).overdue is True


async def test_a_case_held_before_the_clock_existed_gets_marks_over_its_remaining_time_at_resume():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(
        a_case(State.ON_HOLD, held_from=State.MEDIATING, held_remaining_s=4 * 3600, state_entered_at=NOW - HOUR)
    )
    await fire(uow, Trigger.RESUME, case.reference, supervisor(), NOW)
    assert uow.case(case.reference).due_at == NOW + 4 * HOUR
    assert [(s, k, d) for s, k, d, _ in table(uow, case.id)] == [
        (State.MEDIATING, kind, NOW + 4 * HOUR * f) for kind, f in MEDIATION_LADDER
    ]


async def test_a_case_whose_marks_all_fired_before_the_hold_is_not_escalated_again_at_resume():
    uow = FakeUnitOfWork(now=lambda: NOW)
    case = uow.db.put_case(a_case(State.MEDIATION_PENDING))
    await fire(uow, Trigger.PARTIES_CONSENT, case.reference, MEDIATOR, NOW)
    assert (await fire_due(uow, now=NOW + 20 * HOUR)).fired == 2  # the escalation (150 % of 10 h) and the overdue
    await fire(uow, Trigger.HOLD, case.reference, supervisor(), NOW + 21 * HOUR)
    await fire(uow, Trigger.RESUME, case.reference, supervisor(), NOW + 22 * HOUR)
    assert [s for s, *_, status in table(uow, case.id) if status == PENDING] == []
    assert (await fire_due(uow, now=NOW + 40 * HOUR)).fired == 0
