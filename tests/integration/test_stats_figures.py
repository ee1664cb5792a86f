"""The supervisor figures (issue 16) on SQLite and PostgreSQL, against a small data set built through
the real use cases and figures worked out by hand (each expected value says where it comes from).

Local time is Asia/Shanghai (UTC+8): March 2026 runs from 2026-02-28 16:00 UTC to 2026-03-31 16:00 UTC.
Cases (hailar unless said otherwise; T = 2026-03-10 02:00 UTC):

- G: web, other, no known reporter, opened 2026-02-28 17:00 UTC (1 March, 01:00 local: March); stays new
  and goes overdue (1 working day); the clock runs once, on 12 March.
- H: web, other, opened 2026-02-28 15:00 UTC (28 February, 23:00 local: February); stays new, overdue too.
- A: web, family mediation, woman 1, T: accepted +1 h, dispatched +3 h, mediation, agreement, resolved,
  follow-up rounds 1 (solved: yes, 4) and 2 (partly, 2) asked and answered, closed +5 d.
- B: telegram, rights, woman 2, T+1 d: accepted +2 h, dispatched +4 h, referred to the police.
- C: matrix, legal, woman 1, T+2 d: accepted +3 h, then made confidential.
- D: hotline (12338), rights, ergun, no reporter, T+3 d: refused (not accepted).
- E: web, rights, woman 3, an emergency raised on opening at T+1 d: acknowledged +10 min, accepted +40 min.
- F: web, family mediation, woman 2, T+4 d: accepted +1 h, dispatched +2 h, mediation started and
  ended, then referred to legal aid; a follow-up round asked and not answered.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from storage.engine import session_factory
from storage.records import IdentityRecord, ServicePointRecord, StaffRecord
from storage.uow import SqlUnitOfWork
from workflows.case import Actor, Intake
from workflows.errors import NotPermitted
from workflows.follow_ups import ANSWERED, NO_CONTACT, Solved
from workflows.services import apply_trigger, open_case
from workflows.services.clock import fire_due
from workflows.services.follow_up import FollowUpAnswer, answer_follow_up
from workflows.services.staff_desk import acknowledge_emergency, toggle_confidential
from workflows.services.stats import case_rows, report
from workflows.stats import HIDDEN, WITHHELD, Period, Scope
from workflows.vocabulary import Channel, Role, Service, Trigger

TZ = ZoneInfo("Asia/Shanghai")
T = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 12, 0, 0, tzinfo=UTC)
MARCH = Period.month(2026, 3)
H, D_ = timedelta(hours=1), timedelta(days=1)


def _intake(service: Service, channel: Channel = Channel.WEB, region: str = "hailar", **kw) -> Intake:
    return Intake(service, region, "en", channel, description="her words", consent_version="2026-01", **kw)


class World:
    def __init__(self, engine, seeded) -> None:
        self.engine = engine
        self.women = seeded.reporter_ids
        self.operator_id, self.mediator_id = seeded.staff_ids
        self.operator = Actor(self.operator_id, frozenset({Role.OPERATOR}), frozenset({"hailar", "ergun"}))
        self.mediator = Actor(self.mediator_id, frozenset({Role.MEDIATOR}), frozenset({"hailar"}))
        self.supervisor = Actor(None, frozenset({Role.SUPERVISOR}), frozenset({"hailar", "ergun"}))
        self.sessions = session_factory(engine)
        self.refs: dict[str, str] = {}
        self.ids: dict[str, int] = {}

    def uow(self, now: datetime = NOW) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions, lambda: now)

    async def open(self, name: str, intake: Intake, at: datetime, reporter: int | None, actor: Actor | None = None):
        actor = actor or (Actor.reporter(reporter) if reporter is not None else self.operator)
        opened = await open_case(self.uow(at), intake=intake, actor=actor, now=at, tz=TZ, reporter_id=reporter)
        self.refs[name], self.ids[name] = opened.case.reference, opened.case.id

    async def fire(self, name: str, trigger: Trigger, actor: Actor, at: datetime, **data) -> None:
        await apply_trigger(
            self.uow(at), reference=self.refs[name], trigger=trigger, actor=actor, now=at, tz=TZ, data=data
        )

    async def walk_to_mediation(self, name: str, at: datetime) -> None:
        await self.fire(name, Trigger.TAKE, self.mediator, at)
        await self.fire(name, Trigger.START_MEDIATION, self.mediator, at, reporter_opted_in=True)


async def build(engine, seeded) -> World:
    w = World(engine, seeded)
    async with engine.begin() as connection:
        for person_id, roles in ((w.operator_id, ["operator"]), (w.mediator_id, ["mediator"])):
            await connection.execute(
                insert(StaffRecord.__table__).values(
                    person_id=person_id, roles=roles, regions=["hailar", "ergun"], display_name="x", joined_at=T
                )
            )
            await connection.execute(
                insert(IdentityRecord.__table__).values(address=f"web:{person_id}", person_id=person_id, created_at=T)
            )
    supervisor = Actor(w.operator_id, frozenset({Role.SUPERVISOR}), frozenset({"hailar", "ergun"}))
    one, two, three = w.women

    await w.open("G", _intake(Service.OTHER), datetime(2026, 2, 28, 17, tzinfo=UTC), None)
    await w.open("H", _intake(Service.OTHER), datetime(2026, 2, 28, 15, tzinfo=UTC), None)

    await w.open("A", _intake(Service.FAMILY_MEDIATION), T, one)
    await w.fire("A", Trigger.ACCEPT, w.operator, T + H, risk="low")
    await w.fire("A", Trigger.DISPATCH, w.operator, T + 3 * H, assignee_id=w.mediator_id)
    await w.walk_to_mediation("A", T + 4 * H)
    await w.fire("A", Trigger.PARTIES_CONSENT, w.mediator, T + 5 * H, reporter_consent=True, other_party_consent=True)
    await w.fire("A", Trigger.REACH_AGREEMENT, w.mediator, T + 6 * H, agreement_text="t", agreement_form="written")
    await w.fire("A", Trigger.RESOLVE, w.mediator, T + 4 * D_, outcome="agreed")

    await w.open("B", _intake(Service.RIGHTS, Channel.TELEGRAM), T + D_, two)
    await w.fire("B", Trigger.ACCEPT, w.operator, T + D_ + 2 * H, risk="low")
    await w.fire("B", Trigger.DISPATCH, w.operator, T + D_ + 4 * H, assignee_id=w.mediator_id)
    await w.fire("B", Trigger.TAKE, w.mediator, T + D_ + 5 * H)
    await w.fire("B", Trigger.REFER, w.mediator, T + D_ + 6 * H, agency="police", purpose="p", share_consent=True)

    await w.open("C", _intake(Service.LEGAL, Channel.MATRIX), T + 2 * D_, one)
    await w.fire("C", Trigger.ACCEPT, w.operator, T + 2 * D_ + 3 * H, risk="low")
    await toggle_confidential(w.uow(), reference=w.refs["C"], actor=supervisor, now=T + 2 * D_ + 4 * H)

    await w.open("D", _intake(Service.RIGHTS, Channel.HOTLINE, region="ergun"), T + 3 * D_, None, w.operator)
    await w.fire("D", Trigger.REJECT, supervisor, T + 3 * D_ + H, reason_code="out_of_scope", signposting="s")

    e_at = T + D_ + 7 * H
    await w.open("E", _intake(Service.RIGHTS, emergency_reason="danger"), e_at, three)
    await acknowledge_emergency(w.uow(), reference=w.refs["E"], actor=w.operator, now=e_at + timedelta(minutes=10))
    await w.fire("E", Trigger.ACCEPT, w.operator, e_at + timedelta(minutes=40), risk="high")

    f_at = T + 4 * D_
    await w.open("F", _intake(Service.FAMILY_MEDIATION), f_at, two)
    await w.fire("F", Trigger.ACCEPT, w.operator, f_at + H, risk="low")
    await w.fire("F", Trigger.DISPATCH, w.operator, f_at + 2 * H, assignee_id=w.mediator_id)
    await w.walk_to_mediation("F", f_at + 3 * H)
    await w.fire("F", Trigger.TERMINATE_MEDIATION, w.mediator, f_at + 4 * H, reason="r")
    await w.fire("F", Trigger.REFER, w.mediator, f_at + 5 * H, agency="legal_aid", purpose="p", share_consent=True)

    # Follow-up rounds: A asked twice and answered; F asked and silent; E not to be contacted.
    asked = T + 4 * D_ + H
    async with w.uow(asked) as uow:
        await uow.follow_ups.add(case_id=w.ids["A"], round=1, status="asked", now=asked)
        await uow.follow_ups.add(case_id=w.ids["A"], round=2, status="asked", now=asked)
        await uow.follow_ups.add(case_id=w.ids["F"], round=1, status="asked", now=asked)
        await uow.follow_ups.add(case_id=w.ids["E"], round=1, status=NO_CONTACT, now=asked)
        await uow.commit()
    for round_, solved, score in ((1, Solved.YES, 4), (2, Solved.PARTLY, 2)):
        await answer_follow_up(w.uow(), FollowUpAnswer(w.ids["A"], round_, asked + H, solved=solved))
        await answer_follow_up(w.uow(), FollowUpAnswer(w.ids["A"], round_, asked + H, satisfaction=score))
    await w.fire("A", Trigger.CLOSE, w.operator, T + 5 * D_, closure_code="resolved")

    # The clock on 12 March (00:00 UTC): G, new since 1 March, is past its working day.
    await fire_due(w.uow(NOW), now=NOW)
    return w


@pytest.fixture
async def world(engine, seeded) -> World:
    return await build(engine, seeded)


ADMIN = Actor(None, frozenset({Role.ADMIN}), frozenset({"all"}))


async def test_every_figure_of_march_against_the_hand_count(world):
    r = await report(world.uow(), actor=ADMIN, period=MARCH, tz=TZ, now=NOW)
    f = r.current
    assert r.suppressed is False
    # Opened in March (local): G (1 March 01:00 local), A, B, C, D, E, F; not H (28 February local).
    assert f.opened == 7
    assert f.by_channel == {c.value: 0 for c in Channel} | {"telegram": 1, "matrix": 1, "web": 4, "hotline": 1}
    assert f.by_service == {
        "family_mediation": 2,
        "rights": 3,
        "legal": 1,
        "employment": 0,
        "family_education": 0,
        "mental_health": 0,
        "assistance": 0,
        "other": 1,
    }
    assert f.by_region == {"ergun": 1, "hailar": 6}
    assert f.by_state == {
        "accepted": 2,  # C, E
        "closed": 1,  # A
        "new": 1,  # G
        "not_accepted": 1,  # D
        "referred": 2,  # B, F
    }
    assert f.confidential == 1  # C
    # To accept: E 40 min, A 1 h, F 1 h, B 2 h, C 3 h -> median 1 h; p90 at rank 3.6: 2 h + 0.6 * 1 h.
    assert f.to_accept.count == 5
    assert f.to_accept.median_s == pytest.approx(3600, abs=1)
    assert f.to_accept.p90_s == pytest.approx(7200 + 0.6 * 3600, abs=1)
    # To dispatch: F 2 h, A 3 h, B 4 h -> median 3 h; p90 at rank 1.8: 3 h + 0.8 * 1 h.
    assert (f.to_dispatch.count, f.to_dispatch.median_s) == (3, pytest.approx(10800, abs=1))
    assert f.to_dispatch.p90_s == pytest.approx(10800 + 0.8 * 3600, abs=1)
    # To close: A alone, 5 days.
    assert (f.to_close.count, f.to_close.median_s, f.to_close.p90_s) == (
        1,
        pytest.approx(5 * 86400, abs=1),
        pytest.approx(5 * 86400, abs=1),
    )
    # Overdue now, whatever the period: G and H, both new since the end of February (B and F are
    # referred until about 20 March; C and E have no clock); the clock flagged both on 12 March.
    assert f.overdue_now == 2
    assert f.overdue_in_period == 2
    assert f.emergencies == 1  # E
    assert (f.to_acknowledge.count, f.to_acknowledge.median_s) == (1, pytest.approx(600, abs=1))
    assert f.mediation == {"agreement": 1, "terminated": 1, "referred": 1}  # A; F; F after its mediation
    assert f.judicial_confirmations is None  # not recorded by the system
    assert f.referrals == {"legal_aid": 1, "police": 1}
    fu = f.follow_up
    assert (fu.asked, fu.answered) == (3, 2)  # A round 1 and 2, F round 1; E's "no contact" is not asked
    assert fu.solved == {"yes": 1, "partly": 1, "no": 0}
    assert fu.satisfaction == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0}
    assert fu.satisfaction_mean == pytest.approx(3.0)
    assert fu.response_rate == pytest.approx(2 / 3)
    # Women helped: every case but D (refused) = 6 person-times; women 1, 2, 3 known; G's unknown.
    assert (f.person_times, f.distinct_women, f.unknown_women) == (6, 3, 1)
    assert f.orders is not None and f.orders.cases == 7  # the service orders' figures beside them

    # The previous period is February: H alone.
    p = r.previous
    assert p.period == Period.month(2026, 2)
    assert (p.opened, p.by_region, p.to_accept.count, p.emergencies) == (1, {"hailar": 1}, 0, 0)
    assert p.to_accept.median_s is None


async def test_a_region_a_service_point_and_a_day(world):
    ergun = await report(world.uow(), actor=ADMIN, period=MARCH, tz=TZ, now=NOW, scope=Scope.region("ergun"))
    assert (ergun.current.opened, ergun.current.by_state, ergun.current.person_times) == (1, {"not_accepted": 1}, 0)
    assert ergun.current.overdue_now == 0
    day = Period.day((T + D_).astimezone(TZ).date())  # 11 March local: B and E opened
    one_day = await report(world.uow(), actor=ADMIN, period=day, tz=TZ, now=NOW)
    assert one_day.current.opened == 2 and one_day.current.emergencies == 1
    assert one_day.previous.period == Period.day(day.first - D_)
    async with world.engine.begin() as connection:
        point = (
            await connection.execute(
                insert(ServicePointRecord.__table__)
                .values(name="p", kind="fixed_home", region="hailar", services=[], languages=[])
                .returning(ServicePointRecord.__table__.c.id)
            )
        ).scalar_one()
    at_point = await report(world.uow(), actor=ADMIN, period=MARCH, tz=TZ, now=NOW, scope=Scope.point(point))
    assert at_point.current.opened == 0 and at_point.current.orders is None


async def test_the_small_cell_rule_outside_her_own_regions(world):
    ergun_supervisor = Actor(99, frozenset({Role.SUPERVISOR}), frozenset({"ergun"}))
    hailar = Scope.region("hailar")
    outside = await report(world.uow(), actor=ergun_supervisor, period=MARCH, tz=TZ, now=NOW, scope=hailar)
    f = outside.current
    assert outside.suppressed is True
    assert f.opened == 6  # 5 or more is shown
    # every channel listed; 0 is hidden like 1-4 ("<5" is 0-4), so the hidden cells cannot be told apart
    assert f.by_channel == {c.value: HIDDEN for c in Channel}
    assert f.by_service["rights"] == HIDDEN and f.by_service["employment"] == HIDDEN
    assert f.to_accept.count == 5 and f.to_accept.median_s == pytest.approx(3600, abs=1)  # five cases: shown
    assert (f.to_dispatch.count, f.to_dispatch.median_s, f.to_dispatch.p90_s) == (HIDDEN, HIDDEN, HIDDEN)
    assert f.emergencies == HIDDEN and f.to_acknowledge.median_s == HIDDEN
    assert f.follow_up.satisfaction_mean == HIDDEN and f.follow_up.response_rate == HIDDEN
    # none refused: "not accepted" is hidden, so person-times (= 6 - not accepted) is withheld with it
    assert f.by_state["not_accepted"] == HIDDEN and f.person_times == WITHHELD and f.distinct_women == HIDDEN
    assert outside.previous.opened == HIDDEN  # H alone in February
    assert str(HIDDEN) == "<5"

    hailar_supervisor = Actor(98, frozenset({Role.SUPERVISOR}), frozenset({"hailar"}))
    own = await report(world.uow(), actor=hailar_supervisor, period=MARCH, tz=TZ, now=NOW)
    assert own.suppressed is False and own.scope == Scope.region("hailar")
    assert own.current.by_channel["telegram"] == 1 and own.current.emergencies == 1


async def test_who_may_see_figures_and_the_case_list(world):
    with pytest.raises(NotPermitted):
        await report(world.uow(), actor=world.operator, period=MARCH, tz=TZ, now=NOW)
    ergun_supervisor = Actor(99, frozenset({Role.SUPERVISOR}), frozenset({"ergun"}))
    with pytest.raises(NotPermitted):
        async for _ in case_rows(
            world.uow(), actor=ergun_supervisor, period=MARCH, tz=TZ, scope=Scope.region("hailar")
        ):
            pass
    hailar_supervisor = Actor(98, frozenset({Role.SUPERVISOR}), frozenset({"hailar"}))
    rows = [r async for r in case_rows(world.uow(), actor=hailar_supervisor, period=MARCH, tz=TZ)]
    refs = world.refs
    # Oldest first; C is confidential: counted, never listed; D is in ergun; H in February.
    assert [r.reference for r in rows] == [refs["G"], refs["A"], refs["B"], refs["E"], refs["F"]]
    by_ref = {r.reference: r for r in rows}
    a = by_ref[refs["A"]]
    assert (a.service, a.region, a.channel, a.state, a.outcome) == (
        "family_mediation",
        "hailar",
        "web",
        "closed",
        "closed:resolved",
    )
    assert (a.to_accept_s, a.to_dispatch_s, a.to_close_s) == (3600, 3 * 3600, 5 * 86400)
    assert by_ref[refs["B"]].outcome == "referred:police"
    assert by_ref[refs["F"]].outcome == "referred:legal_aid"
    assert by_ref[refs["G"]].outcome == "" and by_ref[refs["G"]].accepted_at is None
    assert a.opened_at == T and a.opened_at.tzinfo is not None


async def test_follow_up_rows_are_as_the_use_cases_left_them(world):
    """The data set itself: what the follow-up figures were counted from (guards the hand count)."""
    async with world.uow() as uow:
        rounds = await uow.follow_ups.of_case(world.ids["A"])
    assert [(f.status, f.solved, f.satisfaction) for f in rounds] == [
        (ANSWERED, "yes", 4),
        (ANSWERED, "partly", 2),
    ]
