"""Service orders on the clock worker, on SQLite and PostgreSQL: placing an order stores its marks,
the worker tells the region's window at the due time and its supervisors at 150 %, in their
languages, with the audit entry and the outbox rows in one commit; two "processes" claiming at
once fire each order's marks exactly once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from bot.workers.clock import ClockWorker
from storage.records import OrderAuditRecord
from tests.integration.test_clock_worker import OUTBOX, T0, TIMERS, Clock, add_staff, clock_app, rows
from workflows.case import Actor
from workflows.orders_validation import OrderRequest
from workflows.services.clock import fire_due
from workflows.services.orders import OrderContext, cancel_order, place_order
from workflows.timers import CANCELLED, FIRED, PENDING
from workflows.vocabulary import Role

ORDER_AUDIT = OrderAuditRecord.__table__


def a_request() -> OrderRequest:
    return OrderRequest(
        kind="lecture_thematic", topic="mental_health", region="hailar", place_kind="community",
        place_name="Hulun street community", language="bilingual", format="on_site", audience="40",
        preferred_dates=(T0.date() + timedelta(days=7),), contact_name="", contact_phone="", locale="en",
        channel="web",
    )  # fmt: skip


def operator_of(person_id: int) -> Actor:
    return Actor(id=person_id, roles=frozenset({Role.OPERATOR}), regions=frozenset({"hailar"}))


async def test_an_order_waiting_too_long_reaches_the_window_then_the_supervisors(tmp_path, db_url, engine, seeded):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock, deadline_order_dispatch="1m")
    operator_id, supervisor_id = seeded.staff_ids
    await add_staff(engine, operator_id, "web:operator", ["operator"])
    await add_staff(engine, supervisor_id, "web:supervisor", ["supervisor"])
    ctx = OrderContext(tz=app.settings.zone, policy=app.dialogs.context.policy, publish=app.publish)
    try:
        placed = await place_order(
            app.unit_of_work(), request=a_request(), actor=operator_of(operator_id), now=T0, ctx=ctx
        )
        assert placed.order.due_at == T0 + timedelta(minutes=1)  # WALKING_HOME_DEADLINE_ORDER_DISPATCH=1m
        marks = await rows(engine, select(TIMERS.c.kind, TIMERS.c.order_id, TIMERS.c.case_id, TIMERS.c.status))
        assert sorted(marks) == [
            ("order_dispatch_due", placed.order.id, None, PENDING),
            ("order_escalate", placed.order.id, None, PENDING),
        ]
        worker = ClockWorker(app)
        first = await rows(engine, select(func.count()).select_from(OUTBOX))

        clock.now = T0 + timedelta(seconds=59)
        await worker.run_round()
        assert worker.last_round.fired == 0
        clock.now = T0 + timedelta(seconds=61)
        await worker.run_round()
        assert worker.last_round.fired == 1
        sent = await rows(engine, select(OUTBOX.c.address, OUTBOX.c.message_id, OUTBOX.c.args).order_by(OUTBOX.c.id))
        new = sent[first[0][0] :]
        assert sorted((a, m) for a, m, _ in new) == [
            ("web:operator", "clock-order-dispatch-due"),
            ("web:supervisor", "clock-order-dispatch-due"),  # on duty at the window too
        ]
        assert new[0][2]["reference"] == placed.order.reference
        assert "place_name" not in new[0][2] and "topic" not in new[0][2]

        clock.now = T0 + timedelta(minutes=2)
        await worker.run_round()
        sent = await rows(engine, select(OUTBOX.c.address, OUTBOX.c.message_id).order_by(OUTBOX.c.id))
        assert sent[-1] == ("web:supervisor", "clock-order-escalation") and len(sent) == first[0][0] + 3
        audit = await rows(engine, select(ORDER_AUDIT.c.action, ORDER_AUDIT.c.outcome, ORDER_AUDIT.c.actor_id))
        assert [a for a in audit if a[0].startswith("clock:")] == [
            ("clock:order_dispatch_due", FIRED, None),
            ("clock:order_escalate", FIRED, None),
        ]
        await worker.run_round()  # nothing fires twice
        assert worker.last_round.fired == 0

        again = await place_order(
            app.unit_of_work(), request=a_request(), actor=operator_of(operator_id), now=clock.now, ctx=ctx
        )
        await cancel_order(
            app.unit_of_work(), reference=again.order.reference, reason="rain", actor=operator_of(operator_id),
            now=clock.now, ctx=ctx,
        )  # fmt: skip
        statuses = await rows(engine, select(TIMERS.c.status).where(TIMERS.c.order_id == again.order.id))
        assert statuses == [(CANCELLED,), (CANCELLED,)]
    finally:
        await app.engine.dispose()


async def test_two_processes_claiming_at_once_fire_each_orders_marks_exactly_once(
    tmp_path, db_url, engine, other_engine, make_uow, seeded
):
    clock = Clock()
    app = clock_app(tmp_path, db_url, clock, deadline_order_dispatch="1m")
    operator_id, _ = seeded.staff_ids
    await add_staff(engine, operator_id, "web:operator", ["operator"])
    ctx = OrderContext(tz=app.settings.zone, policy=app.dialogs.context.policy)
    orders = 15
    try:
        for _ in range(orders):
            await place_order(app.unit_of_work(), request=a_request(), actor=operator_of(operator_id), now=T0, ctx=ctx)
    finally:
        await app.engine.dispose()
    later = T0 + timedelta(minutes=5)  # down over both marks of every order
    one, two = make_uow(engine, later), make_uow(other_engine, later)

    async def process(factory) -> int:
        fired = 0
        while True:
            done = await fire_due(factory(), now=later, limit=3)
            fired += done.fired
            if not done.more:
                return fired

    counts = await asyncio.gather(process(one), process(two))
    assert sum(counts) == 2 * orders  # the due mark and the escalation of each, once
    statuses = await rows(engine, select(TIMERS.c.status, func.count()).group_by(TIMERS.c.status))
    assert statuses == [(FIRED, 2 * orders)]
    audit = await rows(
        engine, select(func.count()).select_from(ORDER_AUDIT).where(ORDER_AUDIT.c.action.like("clock:%"))
    )
    assert audit == [(2 * orders,)]
