"""Opening a case: the reference, the PIN, the first event and her own words."""

from __future__ import annotations

import pytest
from builders import NOW, OTHER_REGION, TZ, operator
from fakes import FakeUnitOfWork

from workflows.case import Actor, Intake
from workflows.errors import MissingData, NotPermitted
from workflows.events import CaseEntry
from workflows.references import verify_pin
from workflows.services import open_case, replay
from workflows.vocabulary import Channel, ContactPreference, Role, Service, State, Trigger


def _intake(**changes) -> Intake:
    fields = {
        "service": Service.FAMILY_MEDIATION,
        "region": "hailar",
        "language": "zh-Hans-CN",
        "channel": Channel.TELEGRAM,
        "description": "my husband hits me when he drinks",
        "consent_version": "2026-01",
    }
    return Intake(**{**fields, **changes})


async def test_a_submitted_report_becomes_a_new_case_with_a_reference_and_a_first_event(uow):
    opened = await open_case(uow, intake=_intake(), actor=Actor.reporter(1), reporter_id=1, now=NOW, tz=TZ)

    case = uow.case("HLB-2026-000001")
    assert (case.state, case.version, case.reporter_id, case.created_at) == (State.NEW, 1, 1, NOW)
    [event] = uow.events_of(case.id)
    assert event == opened.event
    assert (event.seq, event.trigger, event.role, event.from_state, event.to_state) == (
        1,
        Trigger.SUBMIT,
        Role.REPORTER,
        State.INTAKE,
        State.NEW,
    )
    assert replay([event]) == (State.NEW, None)
    assert uow.commits == 1


async def test_references_count_up_per_year(uow):
    for _ in range(3):
        await open_case(uow, intake=_intake(), actor=Actor.reporter(1), reporter_id=1, now=NOW, tz=TZ)
    assert [c.reference for c in uow.db.cases.values()] == [f"HLB-2026-00000{n}" for n in (1, 2, 3)]


async def test_her_words_are_kept_as_an_entry_and_not_in_the_audit_event(uow):
    opened = await open_case(uow, intake=_intake(), actor=Actor.reporter(1), reporter_id=1, now=NOW, tz=TZ)
    assert "description" not in opened.event.data
    assert uow.db.entries == [
        CaseEntry(opened.case.id, "description", NOW, Role.REPORTER, 1, text="my husband hits me when he drinks")
    ]


async def test_only_a_hash_of_the_pin_is_stored(uow):
    opened = await open_case(uow, intake=_intake(), actor=Actor.reporter(1), reporter_id=1, now=NOW, tz=TZ)
    stored = uow.case(opened.case.reference)
    assert stored.pin_hash != opened.pin and opened.pin not in stored.pin_hash
    assert verify_pin(opened.pin, stored.pin_hash)
    assert opened.pin not in {str(v) for v in opened.event.data.values()}


async def test_an_operator_registers_a_hotline_call_without_a_reporter_account(uow):
    intake = _intake(channel=Channel.HOTLINE, contact=ContactPreference.NO_CONTACT)
    opened = await open_case(uow, intake=intake, actor=operator(), now=NOW, tz=TZ)
    case = uow.case(opened.case.reference)
    assert (case.state, case.reporter_id, case.no_contact, opened.event.role) == (State.NEW, None, True, Role.OPERATOR)


async def test_a_report_with_only_an_attachment_is_enough(uow):
    opened = await open_case(
        uow, intake=_intake(description="", attachment_count=1), actor=Actor.reporter(1), reporter_id=1, now=NOW, tz=TZ
    )
    assert uow.case(opened.case.reference).state is State.NEW
    assert uow.db.entries == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"description": "  ", "attachment_count": 0}, "description"), ({"consent_version": ""}, "consent_version")],
)
async def test_a_report_without_words_or_consent_is_refused_and_nothing_is_written(uow, changes, field):
    with pytest.raises(MissingData) as raised:
        await open_case(uow, intake=_intake(**changes), actor=Actor.reporter(1), reporter_id=1, now=NOW, tz=TZ)
    assert raised.value.field == field
    assert (uow.db.cases, uow.db.events, uow.commits) == ({}, [], 0)


async def test_an_operator_of_another_region_may_not_register_the_case(uow):
    with pytest.raises(NotPermitted) as raised:
        await open_case(
            uow, intake=_intake(channel=Channel.HOTLINE), actor=operator(region=OTHER_REGION), now=NOW, tz=TZ
        )
    assert raised.value.reason == "other_region"
    assert uow.db.cases == {}


async def test_a_reporter_may_not_open_a_case_in_someone_elses_name(uow):
    with pytest.raises(NotPermitted):
        await open_case(uow, intake=_intake(), actor=Actor.reporter(1), reporter_id=2, now=NOW, tz=TZ)
    assert uow.db.cases == {}


async def test_danger_pressed_before_the_report_is_done_opens_an_emergency_case():
    uow = FakeUnitOfWork()
    opened = await open_case(
        uow,
        intake=_intake(description="", emergency_reason="he is here"),
        actor=Actor.reporter(1),
        reporter_id=1,
        now=NOW,
        tz=TZ,
    )
    case = uow.case(opened.case.reference)
    assert (case.state, opened.event.trigger, opened.event.data["reason"]) == (
        State.EMERGENCY,
        Trigger.RAISE_EMERGENCY,
        "he is here",
    )
