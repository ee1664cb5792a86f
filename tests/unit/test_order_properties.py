"""Service orders pushed around at random by random people with random (often bad) data.

Whatever happens: an order's state is the replay of its events, its version counts them and their
sequence numbers run 1..n; a recorded or cancelled order never changes again; an order is recorded
exactly when it has its one event record, whose women helped never exceed its attendees; a refused
attempt changes no order, event, record or outbox row and writes exactly one audit row.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.fakes.unit_of_work import FakeDatabase, FakeUnitOfWork
from workflows.case import Actor
from workflows.errors import InvalidTransition, MissingData, NotPermitted
from workflows.orders import DONE_STATES, OrderState, OrderTrigger, can_fire, may_fire, replay
from workflows.orders_validation import InvalidOrder, OrderRequest, RecordRequest
from workflows.services.orders import (
    OrderContext,
    accept_order,
    cancel_order,
    decline_order,
    dispatch_order,
    mark_delivered,
    place_order,
    record_delivery,
    reschedule_order,
)
from workflows.vocabulary import Role

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
REFUSALS = (InvalidTransition, NotPermitted, MissingData, InvalidOrder)
CTX = OrderContext(tz=TZ)


def world() -> tuple[FakeDatabase, list[Actor], list[int]]:
    db = FakeDatabase()
    teams = [
        db.add_point("Evenki team", region="evenki", kind="mobile_team", topics=["health"], languages=["mn-Mong-CN"]),
        db.add_point("Genhe home", region="genhe", topics=["rights_law"], languages=["zh-Hans-CN"]),
        db.add_point("Closed home", region="evenki", active=False),
    ]
    her = db.add_person("web:her", locale="mn-Mong-CN")
    other = db.add_person("web:other", locale="zh-Hans-CN")
    people = [db.add_person(f"telegram:{n}", locale="zh-Hans-CN") for n in range(5)]
    actors = [
        Actor.reporter(her),
        Actor.reporter(other),
        db.add_staff(people[0], roles=("operator",), regions=("evenki",)),
        db.add_staff(people[1], roles=("operator",), regions=("genhe",)),
        db.add_staff(people[2], roles=("supervisor",), regions=("all",)),
        db.add_staff(people[3], roles=("mediator",), regions=("evenki",), service_point_id=teams[0]),
        db.add_staff(people[4], roles=("mediator",), regions=("genhe",), service_point_id=teams[1]),
        Actor.system(),
    ]
    return db, actors, teams


#: Per field: the good values, then everything (good and bad) a careless client might send.
REQUEST_FIELDS = {
    "kind": (["lecture_teaching", "team_visit", "ten_deliveries"], ["party"]),
    "topic": (["health", "rights_law"], ["astrology"]),
    "region": (["evenki", "genhe"], ["unknown", "atlantis"]),
    "audience": ([40, "12"], ["many", 0, 99999]),
    "place_name": (["Bayan gacha"], ["  "]),
    "format": (["on_site", "online"], []),
}
#: Actions that end or undo an order; steered away from so orders get deep.
DETOURS = {"cancel", "decline"}
ACTIONS = {
    "dispatch": OrderTrigger.DISPATCH,
    "accept": OrderTrigger.ACCEPT,
    "decline": OrderTrigger.DECLINE,
    "reschedule": OrderTrigger.RESCHEDULE,
    "deliver": OrderTrigger.DELIVER,
    "record": OrderTrigger.RECORD,
    "cancel": OrderTrigger.CANCEL,
}


def mostly(draw, good: list, bad: list):
    """Three times in four one of ``good`` (when there is one), else one of ``good`` and ``bad``."""
    if good and draw(st.integers(0, 3)) < 3:
        return draw(st.sampled_from(good))
    return draw(st.sampled_from(good + bad))


class OrderLife(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.db, self.actors, self.teams = world()
        self.now = T0
        self.references: list[str] = []
        self.done: dict[int, OrderState] = {}

    def uow(self) -> FakeUnitOfWork:
        now = self.now
        return FakeUnitOfWork(self.db, now=lambda: now)

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def teardown(self) -> None:
        self.loop.close()

    def snapshot(self):
        data = self.db.data
        return dict(data.orders), list(data.order_events), dict(data.event_records), list(data.outbox)

    @rule(hours=st.integers(min_value=1, max_value=24 * 5))
    def time_passes(self, hours):
        self.now += timedelta(hours=hours)

    @precondition(lambda self: len(self.references) < 3)
    @rule(actor=st.integers(0, 7), data=st.data())
    def place(self, actor, data):
        fields = {name: mostly(data.draw, good, bad) for name, (good, bad) in REQUEST_FIELDS.items()}
        day = self.now.astimezone(TZ).date() + timedelta(days=mostly(data.draw, [0, 3, 20], [-2]))
        request = OrderRequest(
            place_kind="gacha", language="mongolian", preferred_dates=(day,), contact_phone="138", **fields
        )
        before, audit = self.snapshot(), len(self.db.data.order_audit)
        try:
            placed = self.run(place_order(self.uow(), request=request, actor=self.actors[actor], now=self.now, ctx=CTX))
        except REFUSALS:
            assert self.snapshot() == before and len(self.db.data.order_audit) == audit + 1
            return
        self.references.append(placed.order.reference)

    @precondition(lambda self: self.references)
    @rule(data=st.data())
    def act(self, data):
        reference = data.draw(st.sampled_from(self.references))
        order = self.db.data.orders[next(i for i, o in self.db.data.orders.items() if o.reference == reference)]
        possible = [a for a, t in ACTIONS.items() if can_fire(order.state, t)]
        onward = [a for a in possible if a not in DETOURS]
        action = mostly(data.draw, onward, [a for a in ACTIONS if a not in onward])
        allowed = [a for a in self.actors if may_fire(order, a, ACTIONS[action])]
        actor = mostly(data.draw, allowed, [a for a in self.actors if a not in allowed])
        when = self.now + timedelta(hours=mostly(data.draw, [2, 24 * 3], [-5]))
        day = self.now.astimezone(TZ).date() + timedelta(days=mostly(data.draw, [0, -1], [-400, 2]))
        common = {"uow": self.uow(), "reference": reference, "actor": actor, "now": self.now, "ctx": CTX}
        reason = mostly(data.draw, ["no driver"], [" "])
        team = order.team_id if order.team_id is not None else self.teams[0]
        calls = {
            "dispatch": lambda: dispatch_order(
                **common, team_id=mostly(data.draw, self.teams[:2], [self.teams[2], 999])
            ),
            "accept": lambda: accept_order(**common, scheduled_at=when, venue=mostly(data.draw, ["hall"], [""])),
            "reschedule": lambda: reschedule_order(**common, scheduled_at=when, venue="school"),
            "decline": lambda: decline_order(**common, reason=reason),
            "cancel": lambda: cancel_order(**common, reason=reason),
            "deliver": lambda: mark_delivered(**common, held_on=day),
            "record": lambda: record_delivery(
                **common,
                request=RecordRequest(
                    team_id=team,
                    region="evenki",
                    kind="team_visit",
                    topics=["health"],
                    held_on=day,
                    place_kind="gacha",
                    place_name="Bayan gacha",
                    format="on_site",
                    language="mongolian",
                    attendees=mostly(data.draw, [30, 2], ["many", -1]),
                    women_helped=mostly(data.draw, [0, 2], [40]),
                ),
            ),  # fmt: skip
        }
        before, audit = self.snapshot(), len(self.db.data.order_audit)
        try:
            self.run(calls[action]())
        except REFUSALS:
            assert self.snapshot() == before, action
            assert len(self.db.data.order_audit) == audit + 1, action
            assert self.db.data.order_audit[-1].outcome.startswith("refused:")
            return
        event(f"{action} went through")  # --hypothesis-show-statistics: how deep the orders got

    @invariant()
    def the_books_balance(self):
        data = self.db.data
        records = list(data.event_records.values())
        for order_id, order in data.orders.items():
            events = sorted((e for e in data.order_events if e.order_id == order_id), key=lambda e: e.seq)
            assert [e.seq for e in events] == list(range(1, len(events) + 1))
            assert order.version == len(events)
            assert replay(events) is order.state
            mine = [r for r in records if r.order_id == order_id]
            assert len(mine) == (1 if order.state is OrderState.RECORDED else 0)
            if order.state in DONE_STATES:
                assert self.done.setdefault(order_id, order.state) is order.state
            if order.team_id is not None:
                assert order.state in (OrderState.DISPATCHED, OrderState.SCHEDULED, OrderState.DELIVERED) or (
                    order.state in DONE_STATES
                )
        for record in records:
            assert 0 <= record.women_helped <= record.attendees
            assert record.held_on <= record.recorded_at.astimezone(TZ).date()

    @invariant()
    def only_the_team_or_the_window_moved_a_dispatched_order(self):
        staff_roles = {Role.OPERATOR, Role.SUPERVISOR, Role.MEDIATOR}
        for moved in self.db.data.order_events:
            actor = next((a for a in self.actors if a.id == moved.actor_id), None)
            if moved.trigger.value in ("accept", "deliver", "record", "reschedule", "dispatch"):
                assert actor is not None and actor.roles & staff_roles


TestOrderLife = OrderLife.TestCase
TestOrderLife.settings = settings(
    max_examples=80, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
