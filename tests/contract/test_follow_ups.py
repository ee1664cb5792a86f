"""The follow-up visits (回访) of resolved cases: one row per case and round, settled once."""

from __future__ import annotations

from datetime import timedelta

from uow_backends import NOW, a_case, add_cases

from workflows.follow_ups import ANSWERED, ASKED, AWAITING, CALLBACK, NO_RESPONSE
from workflows.vocabulary import State

DAY = timedelta(days=1)


async def test_a_round_is_stored_once_and_comes_back_with_its_answers(backend):
    first, other = await add_cases(backend, a_case(State.FOLLOW_UP), a_case(State.FOLLOW_UP))
    async with backend.uow() as uow:
        assert await uow.follow_ups.add(case_id=first.id, round=1, status=ASKED, now=NOW)
        assert not await uow.follow_ups.add(case_id=first.id, round=1, status=CALLBACK, now=NOW + DAY)
        assert await uow.follow_ups.add(case_id=first.id, round=2, status=CALLBACK, now=NOW + DAY)
        assert await uow.follow_ups.add(case_id=other.id, round=1, status=ASKED, now=NOW)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.follow_ups.settle(
            case_id=first.id, round=1, status=ANSWERED, now=NOW + DAY, solved="partly", awaiting=AWAITING
        )
        # a round no longer waiting is not settled again (a second tap, a late answer)
        assert not await uow.follow_ups.settle(
            case_id=first.id, round=1, status=NO_RESPONSE, now=NOW + 2 * DAY, awaiting=AWAITING
        )
        assert await uow.follow_ups.settle(
            case_id=first.id,
            round=2,
            status=ANSWERED,
            now=NOW + 3 * DAY,
            solved="yes",
            satisfaction=5,
            recorded_by=7,
            awaiting=AWAITING,
        )
        await uow.commit()
    async with backend.uow() as uow:
        rounds = await uow.follow_ups.of_case(first.id)
        untouched = await uow.follow_ups.get(other.id, 1)
        assert await uow.follow_ups.get(other.id, 2) is None
    assert [(f.round, f.status, f.solved, f.satisfaction, f.answered_at, f.recorded_by) for f in rounds] == [
        (1, ANSWERED, "partly", None, NOW + DAY, None),
        (2, ANSWERED, "yes", 5, NOW + 3 * DAY, 7),
    ]
    assert rounds[0].concern and not rounds[1].concern
    async with backend.uow() as uow:
        assert await uow.follow_ups.concerns() == [first.id]  # "partly"; the other case has no answer
    assert (untouched.status, untouched.asked_at, untouched.answered_at) == (ASKED, NOW, None)


async def test_a_rollback_leaves_no_round(backend):
    (case,) = await add_cases(backend, a_case(State.FOLLOW_UP))
    async with backend.uow() as uow:
        await uow.follow_ups.add(case_id=case.id, round=1, status=ASKED, now=NOW)
    async with backend.uow() as uow:
        assert await uow.follow_ups.of_case(case.id) == []


async def test_concerns_are_cases_still_in_follow_up_latest_answer_first(backend):
    early, late, closed, happy = await add_cases(
        backend, a_case(State.FOLLOW_UP), a_case(State.FOLLOW_UP), a_case(State.CLOSED), a_case(State.FOLLOW_UP)
    )
    async with backend.uow() as uow:
        for case, solved, at in (
            (early, "no", NOW),
            (late, "partly", NOW + DAY),
            (closed, "no", NOW),
            (happy, "yes", NOW),
        ):
            await uow.follow_ups.add(case_id=case.id, round=1, status=ASKED, now=NOW)
            await uow.follow_ups.settle(
                case_id=case.id, round=1, status=ANSWERED, now=at, solved=solved, awaiting=AWAITING
            )
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.follow_ups.concerns() == [late.id, early.id]
        assert await uow.follow_ups.concerns(limit=1) == [late.id]
