"""The handlers of the staff desk's events (`bot.staff_notices`): who is told what, on the in-memory unit of work."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.notifications import Notifications
from bot.staff_notices import StaffNotices
from tests.fakes import FakeUnitOfWork
from workflows.case import Actor, Case
from workflows.services.staff_access import CaseHandedBack
from workflows.services.staff_desk import ApprovalDecided, ApprovalRequested, StaffWroteToReporter
from workflows.vocabulary import Channel, ContactPreference, Role, Service, State, Trigger

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def world():
    uow = FakeUnitOfWork(now=lambda: NOW)
    db = uow.db
    her = db.add_person("web:her", locale="ru")
    ids = {}
    for address, roles in (("telegram:op", ("operator",)), ("telegram:sup", ("supervisor",))):
        ids[address] = db.add_person(address, locale="en")
        db.add_staff(ids[address], roles=roles, regions=("hailar",), name=address)
    case = db.put_case(
        Case(
            reference="HLB-2026-000042",
            service=Service.LEGAL,
            region="hailar",
            language="ru",
            channel=Channel.WEB,
            state=State.IN_PROGRESS,
            reporter_id=her,
        )
    )
    return uow, ids, case, StaffNotices(Notifications())


async def test_each_supervisor_asked_gets_approve_and_refuse(world) -> None:
    uow, ids, case, notices = world
    requester = Actor(id=ids["telegram:op"], roles=frozenset({Role.OPERATOR}), name="Oyuna")
    async with uow:
        await notices.on_approval_requested(
            uow, ApprovalRequested(case, 7, Trigger.REJECT, requester, (ids["telegram:sup"],))
        )
        await uow.commit()
    [row] = uow.db.outbox
    assert (row.notice.address, row.notice.message_id) == ("telegram:sup", "staff-approval-requested")
    assert row.notice.args["who"] == {"$text": "Oyuna"} and row.notice.args["trigger"] == {"$msg": "trigger-reject"}
    assert [b[1] for b in row.notice.buttons[0]] == ["st:apv:7", "st:rfs:7"]


@pytest.mark.parametrize(
    ("outcome", "message"),
    [("granted", "staff-approval-granted"), ("refused", "staff-approval-refused"), ("failed", "staff-approval-failed")],
)
async def test_whoever_asked_learns_the_decision(world, outcome, message) -> None:
    uow, ids, case, notices = world
    async with uow:
        await notices.on_approval_decided(uow, ApprovalDecided(case, Trigger.CLOSE, ids["telegram:op"], outcome))
        await uow.commit()
    assert [(r.notice.address, r.notice.message_id) for r in uow.db.outbox] == [("telegram:op", message)]


async def test_her_handlers_words_reach_her_chat_as_your_mediator(world) -> None:
    uow, _, case, notices = world
    async with uow:
        await notices.on_staff_wrote(uow, StaffWroteToReporter(case, "we call at six"))
        await uow.commit()
    [row] = uow.db.outbox
    assert (row.notice.address, row.notice.message_id, row.notice.locale) == ("web:her", "relay-from-mediator", "ru")
    assert row.notice.args["text"] == {"$text": "we call at six"}
    assert uow.db.data.callbacks == {}


async def test_for_a_woman_who_is_only_called_her_handlers_words_become_a_call_task(world) -> None:
    uow, _, case, notices = world
    case.contact = ContactPreference.PHONE_CALLBACK
    async with uow:
        await notices.on_staff_wrote(uow, StaffWroteToReporter(case, "we call at six"))
        await uow.commit()
    assert uow.db.outbox == []
    [task] = uow.db.data.callbacks.values()
    assert task["message_id"] == "callback-relay" and task["args"]["text"] == {"$text": "we call at six"}


async def test_the_staff_to_tell_learn_a_case_was_handed_back(world) -> None:
    uow, ids, case, notices = world
    tell = (ids["telegram:op"], ids["telegram:sup"])
    async with uow:
        await notices.on_case_handed_back(uow, CaseHandedBack(case, 99, "Sarnai", tell))
        await uow.commit()
    assert [(r.notice.address, r.notice.message_id, r.notice.args["staff"]) for r in uow.db.outbox] == [
        ("telegram:op", "staff-handed-back", {"$text": "Sarnai"}),
        ("telegram:sup", "staff-handed-back", {"$text": "Sarnai"}),
    ]
