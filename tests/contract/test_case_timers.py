"""The marks of each case's clock: scheduled, cancelled, paused and resumed, claimed and settled."""

from __future__ import annotations

from datetime import timedelta

from uow_backends import NOW, a_case, add_cases

from workflows.timers import CANCELLED, FIRED, PAUSED, PENDING, SKIPPED, Mark
from workflows.vocabulary import State

MINUTE = timedelta(minutes=1)


def ladder(start=NOW) -> list[Mark]:
    return [Mark("remind_50", start + 5 * MINUTE), Mark("overdue", start + 10 * MINUTE)]


async def test_scheduled_marks_come_back_by_due_time_and_pending(backend):
    first, other = await add_cases(backend, a_case(State.NEW), a_case(State.ACCEPTED))
    async with backend.uow() as uow:
        await uow.timers.schedule(first.id, State.NEW, list(reversed(ladder())))
        await uow.timers.schedule(other.id, State.ACCEPTED, [])
        await uow.commit()
    async with backend.uow() as uow:
        stored = await uow.timers.of_case(first.id)
        assert await uow.timers.of_case(other.id) == []
        assert await uow.timers.next_due() == NOW + 5 * MINUTE
    assert [(t.kind, t.state, t.due_at, t.status, t.fired_at) for t in stored] == [
        ("remind_50", State.NEW, NOW + 5 * MINUTE, PENDING, None),
        ("overdue", State.NEW, NOW + 10 * MINUTE, PENDING, None),
    ]


async def test_claiming_takes_what_is_due_earliest_first_with_each_cases_due_siblings(backend):
    first, second, third = await add_cases(backend, a_case(), a_case(), a_case())
    async with backend.uow() as uow:
        await uow.timers.schedule(
            first.id, State.NEW, [Mark("remind_50", NOW + MINUTE), Mark("overdue", NOW + 3 * MINUTE)]
        )
        await uow.timers.schedule(second.id, State.NEW, [Mark("remind_50", NOW + 2 * MINUTE)])
        await uow.timers.schedule(third.id, State.NEW, [Mark("remind_50", NOW + 9 * MINUTE)])
        await uow.commit()
    async with backend.uow() as uow:
        nothing = await uow.timers.claim_due(NOW, 10)
        one = await uow.timers.claim_due(NOW + 5 * MINUTE, 1)  # the first case's, with its later sibling
        everything = await uow.timers.claim_due(NOW + 5 * MINUTE, 10)
    assert nothing == []
    assert [(t.case_id, t.kind) for t in one] == [(first.id, "remind_50"), (first.id, "overdue")]
    assert [(t.case_id, t.due_at) for t in everything] == [
        (first.id, NOW + MINUTE),
        (second.id, NOW + 2 * MINUTE),
        (first.id, NOW + 3 * MINUTE),
    ]


async def test_a_settled_timer_is_not_claimed_again_and_a_rollback_keeps_it_pending(backend):
    (case,) = await add_cases(backend, a_case())
    async with backend.uow() as uow:
        await uow.timers.schedule(case.id, State.NEW, ladder())
        await uow.commit()
    async with backend.uow() as uow:  # a round that dies before its commit
        for timer in await uow.timers.claim_due(NOW + 20 * MINUTE, 10):
            await uow.timers.settle(timer.id, FIRED, NOW + 20 * MINUTE)
    async with backend.uow() as uow:
        again = await uow.timers.claim_due(NOW + 20 * MINUTE, 10)
        await uow.timers.settle(again[0].id, SKIPPED, NOW + 21 * MINUTE)
        await uow.timers.settle(again[1].id, FIRED, NOW + 21 * MINUTE)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.timers.claim_due(NOW + 30 * MINUTE, 10) == []
        stored = await uow.timers.of_case(case.id)
        assert await uow.timers.next_due() is None
    assert len(again) == 2
    assert [(t.status, t.fired_at) for t in stored] == [(SKIPPED, NOW + 21 * MINUTE), (FIRED, NOW + 21 * MINUTE)]


async def test_pausing_and_resuming_moves_each_mark_by_the_time_on_hold(backend):
    (case,) = await add_cases(backend, a_case(State.IN_PROGRESS))
    hold, back = NOW + 2 * MINUTE, NOW + 62 * MINUTE
    async with backend.uow() as uow:
        await uow.timers.schedule(case.id, State.IN_PROGRESS, ladder())
        assert await uow.timers.pause(case.id) == 2
        await uow.timers.schedule(case.id, State.ON_HOLD, [Mark("remind_50", hold + 7 * MINUTE)])
        await uow.commit()
    async with backend.uow(hold) as uow:
        paused = await uow.timers.claim_due(NOW + 30 * MINUTE, 10)  # only the on-hold review's mark is due
    async with backend.uow(back) as uow:
        assert await uow.timers.cancel(case.id, including_paused=False) == 1
        assert await uow.timers.resume(case.id, paused_at=hold, now=back) == 2
        await uow.commit()
    async with backend.uow() as uow:
        stored = await uow.timers.of_case(case.id)
    assert [(t.state, t.kind) for t in paused] == [(State.ON_HOLD, "remind_50")]
    assert [(t.state, t.due_at, t.status) for t in stored] == [
        (State.ON_HOLD, hold + 7 * MINUTE, CANCELLED),
        (State.IN_PROGRESS, NOW + 65 * MINUTE, PENDING),
        (State.IN_PROGRESS, NOW + 70 * MINUTE, PENDING),
    ]


async def test_leaving_the_state_cancels_pending_and_paused_marks_only(backend):
    (case,) = await add_cases(backend, a_case(State.ON_HOLD))
    later = NOW + 3 * MINUTE
    async with backend.uow() as uow:
        await uow.timers.schedule(case.id, State.IN_PROGRESS, ladder())
        await uow.timers.pause(case.id)
        await uow.timers.schedule(case.id, State.ON_HOLD, [Mark("remind_50", NOW), Mark("overdue", NOW + MINUTE)])
        (fired, _) = [t for t in await uow.timers.of_case(case.id) if t.state is State.ON_HOLD]
        await uow.timers.settle(fired.id, FIRED, NOW)
        await uow.commit()
    async with backend.uow(later) as uow:
        assert await uow.timers.cancel(case.id) == 3
        await uow.commit()
    async with backend.uow() as uow:
        stored = {(t.state, t.kind): (t.status, t.fired_at) for t in await uow.timers.of_case(case.id)}
    assert stored == {
        (State.ON_HOLD, "remind_50"): (FIRED, NOW),
        (State.ON_HOLD, "overdue"): (CANCELLED, later),
        (State.IN_PROGRESS, "remind_50"): (CANCELLED, later),
        (State.IN_PROGRESS, "overdue"): (CANCELLED, later),
    }
    assert PAUSED not in {status for status, _ in stored.values()}


async def test_unscheduled_finds_open_cases_in_clocked_states_without_a_live_timer_of_their_state(backend):
    cases = await add_cases(
        backend,
        a_case(State.NEW, due_at=NOW),  # 0: from before the clock
        a_case(State.NEW, due_at=NOW),  # 1: has its marks
        a_case(State.MEDIATING, due_at=NOW),  # 2: its marks fired
        a_case(State.DISPATCHED, due_at=NOW),  # 3: only a cancelled mark of another state
        a_case(State.IN_PROGRESS, due_at=None),  # 4: no clock
        a_case(State.NEW, due_at=None),  # 5: no due time
        a_case(State.REFERRED, due_at=NOW),  # 6: a state not asked about
    )
    async with backend.uow() as uow:
        await uow.timers.schedule(cases[1].id, State.NEW, ladder())
        await uow.timers.schedule(cases[2].id, State.MEDIATING, ladder()[:1])
        (fired,) = await uow.timers.of_case(cases[2].id)
        await uow.timers.settle(fired.id, FIRED, NOW)
        await uow.timers.schedule(cases[3].id, State.NEW, ladder()[:1])
        await uow.timers.cancel(cases[3].id)
        await uow.commit()
    states = [State.NEW, State.MEDIATING, State.DISPATCHED, State.IN_PROGRESS]
    async with backend.uow() as uow:
        found = await uow.timers.unscheduled(states, 10)
        first = await uow.timers.unscheduled(states, 1)
    assert found == [cases[0].id, cases[3].id]
    assert first == [cases[0].id]
