"""The figures port (`StatsQueries`) says the same on the in-memory fake, SQLite and PostgreSQL: cases,
events, acknowledgements, a fired mark and follow-up rounds written through the ports, figures counted
by hand. (The figures from the real use cases: tests/integration/test_stats_figures.py.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from uow_backends import a_case, add_cases

from workflows.events import AuditEntry, CaseEvent
from workflows.follow_ups import ANSWERED, ASKED, AWAITING
from workflows.stats import Period, Scope
from workflows.timers import FIRED, Mark
from workflows.vocabulary import Channel, Role, Service, State, Trigger

TZ = ZoneInfo("Asia/Shanghai")
MARCH = Period.month(2026, 3)
T = datetime(2026, 3, 3, 2, tzinfo=UTC)
H = timedelta(hours=1)
NOW = datetime(2026, 3, 20, tzinfo=UTC)


def event(case_id: int, seq: int, at: datetime, trigger: Trigger, source: State, target: State, **data) -> CaseEvent:
    return CaseEvent(case_id, seq, at, None, Role.OPERATOR, trigger, source, target, data)


async def test_the_figures_are_the_same_on_every_backend(backend):
    one, two, three, february = await add_cases(
        backend,
        a_case(State.REFERRED, created_at=T, state_entered_at=T, channel=Channel.TELEGRAM),
        a_case(State.CLOSED, created_at=T + H, state_entered_at=T, service=Service.LEGAL, confidential=True),
        a_case(State.NEW, created_at=T + 2 * H, state_entered_at=T, region="ergun", due_at=T + 3 * H),
        a_case(State.NEW, created_at=datetime(2026, 2, 28, 15, tzinfo=UTC), state_entered_at=T),
    )
    async with backend.uow(NOW) as uow:
        for e in (
            event(one.id, 1, T, Trigger.SUBMIT, State.INTAKE, State.NEW),
            event(one.id, 2, T + 2 * H, Trigger.ACCEPT, State.NEW, State.ACCEPTED),
            event(one.id, 3, T + 5 * H, Trigger.REFER, State.ACCEPTED, State.REFERRED, agency="court", purpose="x"),
            event(two.id, 1, T + H, Trigger.RAISE_EMERGENCY, State.INTAKE, State.EMERGENCY, reason="r"),
            event(two.id, 2, T + 2 * H, Trigger.ACCEPT, State.EMERGENCY, State.ACCEPTED),
            event(two.id, 3, T + 3 * H, Trigger.DISPATCH, State.ACCEPTED, State.DISPATCHED),
            event(two.id, 4, T + 9 * H, Trigger.CLOSE, State.DISPATCHED, State.CLOSED, closure_code="duplicate"),
        ):
            await uow.events.append(e)
        await uow.audit.record(AuditEntry(two.id, None, "acknowledge", "ok", T + H + timedelta(minutes=5)))
        await uow.timers.schedule(three.id, State.NEW, [Mark("overdue", T + 3 * H)])
        await uow.follow_ups.add(case_id=one.id, round=1, status=ASKED, now=T + 6 * H)
        await uow.follow_ups.add(case_id=two.id, round=1, status=ASKED, now=T + 6 * H)
        await uow.commit()
    async with backend.uow(NOW) as uow:
        (timer,) = await uow.timers.of_case(three.id)
        await uow.timers.settle(timer.id, FIRED, T + 4 * H)
        await uow.follow_ups.settle(
            case_id=one.id, round=1, status=ANSWERED, now=T + 7 * H, solved="yes", satisfaction=5, awaiting=AWAITING
        )
        await uow.commit()

    async with backend.uow(NOW) as uow:
        f = await uow.stats.case_figures(MARCH, Scope.everywhere(), TZ, NOW)
        hailar = await uow.stats.case_figures(MARCH, Scope.region("hailar"), TZ, NOW)
        rows = [r async for r in uow.stats.case_rows(*MARCH.bounds(TZ), Scope.everywhere())]
    assert (f.opened, f.confidential, f.by_region) == (3, 1, {"ergun": 1, "hailar": 2})
    assert f.by_channel["telegram"] == 1 and f.by_channel["web"] == 2
    assert f.by_state == {"closed": 1, "new": 1, "referred": 1}
    assert (f.to_accept.count, f.to_accept.median_s, f.to_accept.p90_s) == (
        2,
        pytest.approx(5400, abs=1),  # 1 h and 2 h
        pytest.approx(3600 + 0.9 * 3600, abs=1),
    )
    assert (f.to_dispatch.count, f.to_close.count) == (1, 1)
    assert f.to_close.median_s == pytest.approx(8 * 3600, abs=1)
    assert (f.emergencies, f.to_acknowledge.median_s) == (1, pytest.approx(300, abs=1))
    assert f.overdue_now == 1  # three (ergun): new and past due at NOW; the others have no due time
    assert f.overdue_in_period == 1  # three's mark fired on 3 March
    assert f.referrals == {"court": 1} and f.mediation == {"agreement": 0, "terminated": 0, "referred": 0}
    assert (f.follow_up.asked, f.follow_up.answered, f.follow_up.satisfaction_mean) == (2, 1, 5.0)
    assert (f.person_times, f.distinct_women, f.unknown_women) == (3, 0, 3)
    assert (hailar.opened, hailar.overdue_now, hailar.overdue_in_period) == (2, 0, 0)
    assert [r.reference for r in rows] == [one.reference, three.reference]  # two is confidential
    assert (rows[0].outcome, rows[0].to_accept_s, rows[0].to_close_s) == ("referred:court", 7200, None)
    async with backend.uow() as uow:
        assert await uow.stats.point_region(123456) is None
