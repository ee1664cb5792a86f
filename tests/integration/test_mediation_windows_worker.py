"""Mediation windows through the clock worker on real databases (SQLite and PostgreSQL): a case
walked through the use cases to a mediation and an agreement with short clocks; the worker
reminds the mediator and the owner at 2/3 and 90 % of each window, once each, with the audit
entries in the same commit; a referral whose feedback is overdue tells the owner to chase it.
And the follow-up's catch-up edge: a question and its answer window both due after downtime."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from test_clock_worker import AUDIT, OUTBOX, T0, TIMERS, Clock, add_staff, clock_app, rows

from bot.workers.clock import ClockWorker
from storage.records import FollowUpRecord
from workflows.case import Actor, Intake
from workflows.services import apply_trigger, open_case
from workflows.vocabulary import Channel, Role, Service, Trigger

INTAKE = Intake(Service.FAMILY_MEDIATION, "hailar", "en", Channel.WEB, description="words", consent_version="2026-01")
SHORT = {"deadline_mediation": "1m", "deadline_judicial_confirmation": "3m", "deadline_referral_feedback": "1m"}
DATA = {
    Trigger.START_MEDIATION: {"reporter_opted_in": True},
    Trigger.PARTIES_CONSENT: {"reporter_consent": True, "other_party_consent": True},
    Trigger.REACH_AGREEMENT: {"agreement_text": "he pays support monthly", "agreement_form": "written"},
    Trigger.REFER: {"agency": "legal_aid", "purpose": "divorce filing", "share_consent": True},
}


async def walk_to_in_progress(app, clock, seeded, engine):
    """Open a case; the operator accepts it (its owner) and dispatches it to the mediator, who takes it."""
    operator_id, mediator_id = seeded.staff_ids
    await add_staff(engine, operator_id, "web:operator", ["operator"])
    await add_staff(engine, mediator_id, "web:mediator", ["mediator"])
    operator = Actor(id=operator_id, roles=frozenset({Role.OPERATOR}), regions=frozenset({"hailar"}))
    the_mediator = Actor(id=mediator_id, roles=frozenset({Role.MEDIATOR}), regions=frozenset({"hailar"}))
    policy, tz = app.dialogs.context.policy, app.settings.zone
    opened = await open_case(
        app.unit_of_work(), intake=INTAKE, actor=Actor.reporter(seeded.reporter_ids[0]), now=clock.now, tz=tz,
        reporter_id=seeded.reporter_ids[0], policy=policy,
    )  # fmt: skip
    reference = opened.case.reference

    async def step(trigger: Trigger, actor: Actor, **data) -> None:
        await apply_trigger(
            app.unit_of_work(), reference=reference, trigger=trigger, actor=actor, now=clock.now, tz=tz,
            data=data or DATA.get(trigger, {}), policy=policy,
        )  # fmt: skip

    await step(Trigger.ACCEPT, operator)
    await step(Trigger.DISPATCH, operator, assignee_id=mediator_id)
    await step(Trigger.TAKE, the_mediator)
    return step, the_mediator


async def sent(engine, since: int = 0) -> list[tuple[str, str]]:
    found = await rows(engine, select(OUTBOX.c.address, OUTBOX.c.message_id).order_by(OUTBOX.c.id))
    return [row for row in found[since:] if row[1].startswith("clock-")]


async def test_the_worker_reminds_the_mediator_and_owner_at_two_thirds_and_90_percent_of_each_window(
    tmp_path, db_url, engine, seeded
):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock, **SHORT)
    try:
        step, the_mediator = await walk_to_in_progress(app, clock, seeded, engine)
        await step(Trigger.START_MEDIATION, the_mediator)
        await step(Trigger.PARTIES_CONSENT, the_mediator)  # the mediation's clock: 1 minute from T0
        worker = ClockWorker(app)

        clock.now = T0 + timedelta(seconds=39)
        await worker.run_round()
        assert worker.last_round.fired == 0 and await sent(engine) == []
        clock.now = T0 + timedelta(seconds=41)  # past 2/3 (40 s)
        await worker.run_round()
        assert sorted(await sent(engine)) == [
            ("web:mediator", "clock-window-mediation-two-thirds"),
            ("web:operator", "clock-window-mediation-two-thirds"),
        ]
        await worker.run_round()  # nothing twice
        clock.now = T0 + timedelta(seconds=55)  # past 90 % (54 s)
        await worker.run_round()
        assert [m for _, m in await sent(engine)][2:] == ["clock-window-mediation-near-end"] * 2

        agreed = clock.now = T0 + timedelta(seconds=58)
        await step(Trigger.REACH_AGREEMENT, the_mediator)  # the judicial-confirmation window: 3 minutes
        clock.now = agreed + timedelta(minutes=3, seconds=10)  # the worker was down past 2/3, 90 %, the end
        await worker.run_round()
        assert (worker.last_round.fired, worker.last_round.skipped) == (1, 2)  # the end alone: overdue
        assert [m for _, m in await sent(engine)][4:] == ["clock-overdue"]

        audit = await rows(engine, select(AUDIT.c.action).where(AUDIT.c.action.like("clock:%")).order_by(AUDIT.c.id))
        assert [a for (a,) in audit] == ["clock:window_2_3", "clock:window_90", "clock:overdue"]
        mediating = await rows(
            engine, select(TIMERS.c.kind, TIMERS.c.status).where(TIMERS.c.state == "mediating").order_by(TIMERS.c.id)
        )
        assert mediating == [
            ("window_2_3", "fired"),
            ("window_90", "fired"),
            ("overdue", "cancelled"),  # the agreement left the state before its end
            ("escalate", "cancelled"),
        ]
    finally:
        await app.engine.dispose()


async def test_referral_feedback_overdue_tells_the_owner_to_chase_the_agency(tmp_path, db_url, engine, seeded):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock, **SHORT)
    try:
        step, the_mediator = await walk_to_in_progress(app, clock, seeded, engine)
        await step(Trigger.REFER, the_mediator)  # feedback within a minute
        worker = ClockWorker(app)
        clock.now = T0 + timedelta(seconds=61)
        await worker.run_round()
        assert (worker.last_round.fired, worker.last_round.skipped) == (1, 2)
        assert await sent(engine) == [("web:operator", "clock-referral-overdue")]
        assert await rows(engine, select(AUDIT.c.action).where(AUDIT.c.action == "clock:referral_overdue")) == [
            ("clock:referral_overdue",)
        ]
    finally:
        await app.engine.dispose()


async def test_after_downtime_she_is_asked_before_her_time_to_answer_ends_and_it_runs_from_then(
    tmp_path, db_url, engine, seeded
):
    """Issue 14's catch-up edge on real databases: the follow-up question (1 min after resolve)
    and the end of her time to answer it (1 min later) both fell due while the bot was down."""
    follow_ups = FollowUpRecord.__table__
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock, deadline_first_follow_up="1m", deadline_follow_up_answer="1m")
    try:
        step, the_mediator = await walk_to_in_progress(app, clock, seeded, engine)
        await step(Trigger.RESOLVE, the_mediator, outcome="agreement honoured")
        worker = ClockWorker(app)
        back = clock.now = T0 + timedelta(minutes=3)
        await worker.run_round()
        assert (worker.last_round.fired, worker.last_round.skipped) == (1, 0)
        assert await rows(engine, select(follow_ups.c.round, follow_ups.c.status)) == [(1, "asked")]
        ends = await rows(
            engine,
            select(TIMERS.c.due_at, TIMERS.c.status)
            .where(TIMERS.c.kind == "follow_up_1_unanswered")
            .order_by(TIMERS.c.id),
        )
        assert [status for _, status in ends] == ["skipped", "pending"]
        assert ends[1][0].replace(tzinfo=None) == (back + timedelta(minutes=1)).replace(tzinfo=None)
        clock.now = back + timedelta(seconds=59)
        await worker.run_round()
        assert worker.last_round.fired == 0
        clock.now = back + timedelta(minutes=1)
        await worker.run_round()
        assert await rows(engine, select(follow_ups.c.round, follow_ups.c.status)) == [(1, "no_response")]
    finally:
        await app.engine.dispose()
