"""Each row of `bot.notifications`: who is told what when a trigger fires (on the in-memory unit of work).

`Notifications.on_case_changed` reads `SILENCED` and `ON_TRIGGER`; these tests pin every
row's recipients, message, buttons and urgency, so turning the old `if` chain into a
table (or adding a row) cannot quietly change who hears what.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.notifications import ON_TRIGGER, REPORTER_NOTICES, UNPROMPTED_FLAGS, Notifications
from bot.triggers import TRIGGERS
from tests.fakes import FakeUnitOfWork
from workflows.case import Case
from workflows.events import CaseEvent, OutgoingNotice
from workflows.publishing import CaseChanged
from workflows.vocabulary import HANDED_BACK, Channel, ContactPreference, Role, Service, State, Trigger

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
HER, OPERATOR, SUPERVISOR, ELSEWHERE, OFF_DUTY, GONE = (
    "web:her",
    "telegram:operator",
    "telegram:supervisor",
    "telegram:elsewhere",
    "telegram:off-duty",
    "telegram:gone",
)
MEDIATOR, POINT_STAFF, OWNER = "matrix:@mediator:hs", "matrix:@point:hs", "telegram:owner"


class World:
    """Her case in Hailar, the staff around it, and the unit of work they live in."""

    def __init__(self, **case_fields) -> None:
        self.uow = FakeUnitOfWork(now=lambda: NOW)
        db = self.uow.db
        self.her = db.add_person(HER, locale="ru")
        self.ids: dict[str, int] = {}
        for address, roles, regions, extra in (
            (OPERATOR, ("operator",), ("hailar",), {}),
            (SUPERVISOR, ("operator", "supervisor"), ("all",), {}),
            (ELSEWHERE, ("operator",), ("manzhouli",), {}),
            (OFF_DUTY, ("operator",), ("hailar",), {"on_duty": False}),
            (GONE, ("operator",), ("hailar",), {"active": False}),
            (OWNER, ("operator",), ("hailar",), {"on_duty": False}),
        ):
            person = db.add_person(address, locale="en")
            db.add_staff(person, roles=roles, regions=regions, **extra)
            self.ids[address] = person
        self.point = db.add_point("Women's home", region="hailar")
        for address in (MEDIATOR, POINT_STAFF):
            person = db.add_person(address, locale="mn-Cyrl-MN")
            db.add_staff(person, roles=("mediator",), service_point_id=self.point)
            self.ids[address] = person
        fields = {"reporter_id": self.her, "state": State.NEW, "channel": Channel.WEB, **case_fields}
        self.case = db.put_case(
            Case(reference="2026-0042", service=Service.FAMILY_MEDIATION, region="hailar", language="ru", **fields)
        )

    async def fire(self, trigger: Trigger, role: Role, *, by: int | None = None, **data) -> list[OutgoingNotice]:
        """The notices `trigger` causes, written in one committed unit of work."""
        before = len(self.uow.db.outbox)
        event = CaseEvent(self.case.id, 2, NOW, by, role, trigger, State.NEW, self.case.state, data)
        async with self.uow as uow:
            await Notifications().on_case_changed(uow, CaseChanged(self.case, event))
            await uow.commit()
        return [queued.notice for queued in self.uow.db.outbox[before:]]


def to(notices: list[OutgoingNotice]) -> list[tuple[str, str]]:
    return [(n.address, n.message_id) for n in notices]


OPEN = ("staff-button-open", "st:card:2026-0042")


async def test_submit_tells_the_staff_on_duty_for_her_region_and_not_her() -> None:
    world = World()
    notices = await world.fire(Trigger.SUBMIT, Role.REPORTER, by=world.her)
    assert sorted(to(notices)) == [(OPERATOR, "staff-new-case"), (SUPERVISOR, "staff-new-case")]
    assert all(n.buttons == ((OPEN,),) and not n.urgent and n.locale == "en" for n in notices)
    assert notices[0].args["reference"] == {"$text": "2026-0042"}
    assert notices[0].args["region"] == {"$msg": "region-hailar"}


async def test_an_emergency_pages_the_region_urgently_with_the_acknowledge_button_first() -> None:
    world = World()
    notices = await world.fire(Trigger.RAISE_EMERGENCY, Role.REPORTER, by=world.her)
    assert sorted(to(notices)) == [(OPERATOR, "staff-alert-emergency"), (SUPERVISOR, "staff-alert-emergency")]
    assert all(n.urgent and n.buttons == ((("staff-button-ack", "st:ack:2026-0042"), OPEN),) for n in notices)


async def test_reopened_by_her_the_region_is_told_by_staff_she_is() -> None:
    world = World()
    assert sorted(to(await world.fire(Trigger.REOPEN, Role.REPORTER, by=world.her))) == [
        (OPERATOR, "staff-case-reopened"),
        (SUPERVISOR, "staff-case-reopened"),
    ]
    by_staff = await world.fire(Trigger.REOPEN, Role.SUPERVISOR, by=world.ids[SUPERVISOR])
    assert to(by_staff) == [(HER, "notice-reopen")]
    assert by_staff[0].locale == "ru" and by_staff[0].args["$flags"] == UNPROMPTED_FLAGS


async def test_a_dispatch_is_offered_to_the_mediator_else_to_everyone_at_the_point() -> None:
    take_or_decline = (("staff-button-take", "st:take:2026-0042"), ("staff-button-decline", "st:decline:2026-0042"))
    world = World(assignee_id=None)
    world.case.assignee_id = None
    world.case.service_point_id = world.point
    to_point = await world.fire(Trigger.DISPATCH, Role.SUPERVISOR, by=world.ids[SUPERVISOR])
    assert to(to_point) == [(MEDIATOR, "staff-dispatch-offered"), (POINT_STAFF, "staff-dispatch-offered")]
    world.case.assignee_id = world.ids[MEDIATOR]
    to_her = await world.fire(Trigger.DISPATCH, Role.SUPERVISOR, by=world.ids[SUPERVISOR])
    assert to(to_her) == [(MEDIATOR, "staff-dispatch-offered")]
    assert to_her[0].buttons == (take_or_decline, (OPEN,)) and to_her[0].locale == "mn-Cyrl-MN"


async def test_a_decline_tells_the_owner_why_in_at_most_500_characters() -> None:
    world = World()
    world.case.owner_id = world.ids[OWNER]
    notices = await world.fire(Trigger.DECLINE, Role.MEDIATOR, by=world.ids[MEDIATOR], reason="x" * 800)
    assert to(notices) == [(OWNER, "staff-declined")]
    assert notices[0].args["reason"] == {"$text": "x" * 500}
    world.case.owner_id = None
    assert await world.fire(Trigger.DECLINE, Role.MEDIATOR, by=world.ids[MEDIATOR], reason="busy") == []


async def test_a_case_handed_back_by_the_system_tells_nobody_here() -> None:
    world = World()
    world.case.owner_id = world.ids[OWNER]
    assert await world.fire(Trigger.DECLINE, Role.SYSTEM, reason=HANDED_BACK) == []
    assert await world.fire(Trigger.TERMINATE_MEDIATION, Role.SYSTEM, reason=HANDED_BACK) == []
    # The same triggers by the system for another reason still tell whom they tell.
    assert to(await world.fire(Trigger.TERMINATE_MEDIATION, Role.SYSTEM, reason="timeout")) == [
        (HER, "notice-terminate_mediation")
    ]


@pytest.mark.parametrize("trigger", sorted(REPORTER_NOTICES))
async def test_she_is_told_of_each_notice_trigger_fired_by_staff_and_never_of_her_own(trigger: Trigger) -> None:
    world = World()
    by_staff = await world.fire(trigger, Role.SUPERVISOR, by=world.ids[SUPERVISOR])
    assert (HER, TRIGGERS[trigger].notice) in to(by_staff)
    assert [n for n in by_staff if n.address == HER][0].args == {
        "reference": {"$text": "2026-0042"},
        "$flags": UNPROMPTED_FLAGS,
    }
    assert HER not in [address for address, _ in to(await world.fire(trigger, Role.REPORTER, by=world.her))]


async def test_triggers_without_a_row_tell_nobody() -> None:
    world = World()
    quiet = [t for t in Trigger if t not in {row.trigger for row in ON_TRIGGER}]
    assert Trigger.HOLD in quiet and Trigger.RECORD_SESSION in quiet
    for trigger in quiet:
        assert await world.fire(trigger, Role.SUPERVISOR, by=world.ids[SUPERVISOR]) == [], trigger


async def test_a_hotline_caller_gets_a_call_back_task_and_no_contact_gets_nothing() -> None:
    world = World(channel=Channel.HOTLINE)
    assert await world.fire(Trigger.ACCEPT, Role.SUPERVISOR, by=world.ids[SUPERVISOR]) == []
    task = await world.uow.callbacks.get(1)
    assert task["message_id"] == "notice-accept" and task["case_id"] == world.case.id
    silent = World(contact=ContactPreference.NO_CONTACT, no_contact=True)
    assert await silent.fire(Trigger.ACCEPT, Role.SUPERVISOR, by=silent.ids[SUPERVISOR]) == []
    assert await silent.uow.callbacks.get(1) is None
