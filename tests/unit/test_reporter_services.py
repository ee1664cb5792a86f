"""The reporter side's use cases on the in-memory unit of work: the PIN gate, her cases, her data rights."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from builders import NOW, TZ
from fakes import FakeUnitOfWork

from workflows.case import Actor, Case, Intake
from workflows.errors import (
    DuressSameAsPin,
    ErasureAlreadyDecided,
    ErasureBlocked,
    InvalidTransition,
    NotPermitted,
    PinPaused,
    WrongPin,
)
from workflows.services import data_rights, her_cases, pin_gate
from workflows.services.data_rights import DataRequest, DecideErasure, ErasureDecided, ErasureRequested
from workflows.services.her_cases import (
    AddInformation,
    DangerNow,
    FileReport,
    ReopenCase,
    ReporterWrote,
    RequestCallBack,
    TriggerContext,
    WithdrawCase,
)
from workflows.services.pin_gate import (
    UNLOCKED_FOR,
    DuressAlarm,
    EnterPin,
    Gate,
    PinGuard,
    PinPolicy,
    PinSprayAlarm,
    SetDuressPin,
)
from workflows.vocabulary import Channel, ContactPreference, Risk, Role, Service, State


def intake(**changes) -> Intake:
    fields = {
        "service": Service.RIGHTS,
        "region": "hailar",
        "language": "en",
        "channel": Channel.WEB,
        "description": "he took my papers",
        "consent_version": "2026-11-v1",
    }
    return Intake(**{**fields, **changes})


async def file(uow: FakeUnitOfWork, clock: TriggerContext, reporter: int, **report) -> her_cases.OpenedCase:
    return await her_cases.file_report(uow, FileReport(intake(), reporter, NOW, **report), clock)


# --- her cases ----------------------------------------------------------------------------------


async def test_a_report_keeps_her_files_her_name_and_number_and_indexes_the_number(uow, clock):
    her = uow.db.add_person("web:her")
    meta = {"name": "a" * 64, "size": 10}
    opened = await file(uow, clock, her, attachments=(meta,), name="Sarangerel", phone="+86 138 0000 0000")

    case = uow.case(opened.case.reference)
    kinds = [(e.kind, e.text, e.attachment) for e in uow.db.entries if e.case_id == case.id]
    assert kinds == [
        ("description", "he took my papers", None),
        ("evidence", "", meta),
        ("contact", "Sarangerel\n+86 138 0000 0000", None),
    ]
    assert uow.db.data.columns(case.id).phone_index is not None
    assert uow.commits == 1


async def test_a_call_back_request_opens_a_case_and_a_task_for_the_operators(uow, clock):
    her = uow.db.add_person("web:her")
    report = FileReport(intake(contact=ContactPreference.PHONE_CALLBACK), her, NOW)
    opened = await her_cases.request_call_back(uow, RequestCallBack(report, "138 0000, after 6pm"), clock)

    [task] = uow.db.data.callbacks.values()
    assert task["case_id"] == opened.case.id and task["message_id"] == "callback-requested"
    assert task["args"] == {"text": {"$text": "138 0000, after 6pm"}}


async def test_information_on_an_open_case_is_kept_and_relayed(uow, clock, published):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)
    published.clear()

    added = await her_cases.add_information(uow, AddInformation(opened.case.reference, NOW, "he came back"), clock)

    assert added.relayed
    assert uow.db.entries[-1].kind == "message_in" and uow.db.entries[-1].text == "he came back"
    assert published == [ReporterWrote(added.case, "he came back")]


async def test_information_on_a_closed_case_is_kept_but_relayed_to_nobody(uow, clock, published):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)
    await her_cases.withdraw(uow, WithdrawCase(opened.case.reference, NOW), clock)
    published.clear()

    added = await her_cases.add_information(uow, AddInformation(opened.case.reference, NOW, "one more thing"), clock)

    assert not added.relayed and published == []
    assert uow.db.entries[-1].text == "one more thing"


async def test_withdraw_and_reopen_her_reason_becomes_her_words(uow, clock):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)
    reference = opened.case.reference
    await her_cases.withdraw(uow, WithdrawCase(reference, NOW), clock)
    assert uow.case(reference).state is State.WITHDRAWN

    closed = replace(uow.case(reference), state=State.CLOSED)  # set up: a case closed by staff
    uow.db.data.cases[closed.id] = closed
    reopened = await her_cases.reopen(uow, ReopenCase(reference, "it started again", NOW + timedelta(days=1)), clock)
    assert reopened.state is not State.CLOSED
    assert uow.db.entries[-1].text == "it started again"
    assert uow.events_of(closed.id)[-1].data["reason"] == "it started again"


async def test_a_refused_withdrawal_keeps_its_audit_record(uow, clock):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)
    await her_cases.withdraw(uow, WithdrawCase(opened.case.reference, NOW), clock)

    with pytest.raises(InvalidTransition):
        await her_cases.withdraw(uow, WithdrawCase(opened.case.reference, NOW), clock)

    assert uow.db.audit[-1].action == "trigger:withdraw" and uow.db.audit[-1].outcome.startswith("refused:")


async def test_danger_raises_her_open_case_once_and_opens_one_when_she_has_none(uow, clock):
    her = uow.db.add_person("web:her")
    emergency = FileReport(intake(emergency_reason="reporter_danger_button"), her, NOW)

    first = await her_cases.danger_now(uow, DangerNow(her, emergency), clock)
    assert first.opened is not None and uow.case(first.case.reference).state is State.EMERGENCY

    again = await her_cases.danger_now(uow, DangerNow(her, emergency), clock)
    assert again.already and again.case.reference == first.case.reference

    under_way = await her_cases.danger_now(uow, DangerNow(her, emergency, under_way=True), clock)
    assert under_way.opened is not None and under_way.case.reference != first.case.reference


async def test_danger_raises_an_open_case_that_is_no_emergency_yet(uow, clock):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)
    emergency = FileReport(intake(emergency_reason="reporter_danger_button"), her, NOW)

    outcome = await her_cases.danger_now(uow, DangerNow(her, emergency), clock)

    assert outcome.raised and uow.case(opened.case.reference).state is State.EMERGENCY
    assert len(uow.db.cases) == 1


async def test_quick_exit_drops_what_waits_for_her_address(uow, clock):
    from workflows.events import OutgoingNotice

    async with uow:
        await uow.outbox.put(OutgoingNotice("web:her", "notice-accept", {}, "en", None, ()))
        await uow.commit()
    assert (await her_cases.leave_quickly(uow, "web:her")).dropped == 1


async def test_quick_exit_lets_go_only_of_files_no_case_holds(uow, clock):
    her = uow.db.add_person("web:her")
    held = {"name": "a" * 64, "size": 1}
    await file(uow, clock, her, attachments=(held,))
    left = await her_cases.leave_quickly(uow, "web:her", (held, {"name": "b" * 64}, {"sha256": "c" * 64}, {}))
    assert left.files == {"b" * 64, "c" * 64}


# --- the PIN gate -------------------------------------------------------------------------------


def enter(person: int, pin: str, *, reference: str | None = None, address: str = "web:her", network: str = ""):
    return EnterPin(person, address, pin, NOW, reference=reference, network=network)


async def test_her_pin_opens_her_cases_and_a_wrong_one_counts(uow, clock):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)

    accepted = await pin_gate.enter_pin(uow, enter(her, opened.pin))
    assert [c.reference for c in accepted.opened] == [opened.case.reference] and not accepted.duress

    with pytest.raises(WrongPin) as wrong:
        await pin_gate.enter_pin(uow, enter(her, "000000" if opened.pin != "000000" else "111111"))
    assert wrong.value.left == 2
    assert [a.outcome for a in uow.db.audit if a.action == "pin"] == ["wrong"]


async def test_after_the_free_guesses_the_gate_pauses_and_checks_nothing(uow, clock):
    her = uow.db.add_person("web:her")
    opened = await file(uow, clock, her)
    wrong = "000000" if opened.pin != "000000" else "111111"
    guard = PinGuard(PinPolicy(free=2))

    with pytest.raises(WrongPin):
        await pin_gate.enter_pin(uow, enter(her, wrong), guard=guard)
    with pytest.raises(PinPaused) as paused:
        await pin_gate.enter_pin(uow, enter(her, wrong), guard=guard)
    assert paused.value.whole and paused.value.until > NOW
    with pytest.raises(PinPaused):  # even her right PIN waits
        await pin_gate.enter_pin(uow, enter(her, opened.pin), guard=guard)


async def test_a_stranger_guessing_one_case_shuts_only_that_case_to_that_source(uow, clock):
    her = uow.db.add_person("web:her")
    stranger = uow.db.add_person("web:stranger")
    opened = await file(uow, clock, her)
    wrong = "000000" if opened.pin != "000000" else "111111"
    guard = PinGuard(PinPolicy(free=100, case_attempts=2, spray_wrong=100))
    reference = opened.case.reference

    for _ in range(2):
        with pytest.raises((WrongPin, PinPaused)):
            await pin_gate.enter_pin(uow, enter(stranger, wrong, reference=reference, address="web:s"), guard=guard)
    with pytest.raises(PinPaused) as paused:
        await pin_gate.enter_pin(uow, enter(stranger, opened.pin, reference=reference, address="web:s"), guard=guard)
    assert not paused.value.whole
    # Her own conversation is never shut by a stranger's guesses.
    assert (await pin_gate.enter_pin(uow, enter(her, opened.pin), guard=guard)).opened


async def test_many_strangers_wrong_guesses_alert_the_supervisors_once(uow, clock, published):
    her = uow.db.add_person("web:her")
    supervisor = uow.db.add_person("tg:sup", locale="en")
    uow.db.add_staff(supervisor, roles=("supervisor",), regions=("hailar",))
    opened = await file(uow, clock, her)
    wrong = "000000" if opened.pin != "000000" else "111111"
    guard = PinGuard(PinPolicy(free=100, case_attempts=100, spray_wrong=3))

    for n in range(4):
        with pytest.raises((WrongPin, PinPaused)):  # once the alert tightens the bounds, a pause
            await pin_gate.enter_pin(
                uow,
                enter(n + 100, wrong, reference=opened.case.reference, address=f"web:{n}"),
                guard=guard,
                publish=published,
            )

    alarms = [e for e in published if isinstance(e, PinSprayAlarm)]
    assert len(alarms) == 1 and alarms[0].recipients == (("tg:sup", "en"),) and alarms[0].wrong == 3


async def test_the_duress_pin_opens_nothing_raises_her_case_and_alerts_the_staff_on_duty(uow, clock, published):
    her = uow.db.add_person("web:her")
    operator = uow.db.add_person("tg:op", locale="zh-Hans-CN")
    uow.db.add_staff(operator, roles=("operator",), regions=("hailar",))
    opened = await file(uow, clock, her)
    duress = "123450" if opened.pin != "123450" else "123451"

    with pytest.raises(DuressSameAsPin):
        await pin_gate.set_duress_pin(uow, SetDuressPin(her, opened.pin, NOW))
    assert await pin_gate.set_duress_pin(uow, SetDuressPin(her, duress, NOW)) == 1
    published.clear()

    accepted = await pin_gate.enter_pin(uow, enter(her, duress), publish=published)

    assert accepted.opened == () and accepted.duress
    case = uow.case(opened.case.reference)
    assert case.risk is Risk.HIGH and case.version == opened.case.version
    assert published == [DuressAlarm(case, (("tg:op", "zh-Hans-CN"),))]
    assert [a.outcome for a in uow.db.audit if a.action == "duress_pin"] == ["alerted:1"]


# --- her data rights ----------------------------------------------------------------------------


@pytest.fixture
def region_staff(uow):
    supervisor = uow.db.add_person("tg:sup", locale="en")
    sup = uow.db.add_staff(supervisor, roles=("supervisor",), regions=("hailar",))
    operator = uow.db.add_person("tg:op", locale="en")
    op = uow.db.add_staff(operator, roles=("operator",), regions=("hailar",))
    elsewhere = uow.db.add_person("tg:far", locale="en")
    far = uow.db.add_staff(elsewhere, roles=("operator",), regions=("genhe",))
    return sup, op, far


async def test_a_view_is_audited_and_staff_of_another_region_are_refused(uow, clock, region_staff):
    _, op, far = region_staff
    her = uow.db.add_person("web:her")
    case = (await file(uow, clock, her)).case

    await data_rights.record_access(uow, DataRequest(case, her, NOW), "data_view")
    await data_rights.record_access(uow, DataRequest(case, op.id, NOW, staff=op), "data_view")
    with pytest.raises(NotPermitted):
        await data_rights.record_access(uow, DataRequest(case, far.id, NOW, staff=far), "data_view")

    assert [(a.actor_id, a.outcome) for a in uow.db.audit if a.action == "data_view"] == [
        (her, "reporter"),
        (op.id, "on_her_behalf"),
        (far.id, "refused"),
    ]


async def test_erasure_is_asked_of_the_supervisors_once_and_blocked_for_a_child(uow, clock, published, region_staff):
    sup, _, _ = region_staff
    her = uow.db.add_person("web:her")
    case = (await file(uow, clock, her)).case
    request = DataRequest(case, her, NOW)

    asked = await data_rights.request_erasure(uow, request, published)
    assert asked.told == 1
    assert [e for e in published if isinstance(e, ErasureRequested)] == [
        ErasureRequested(case, asked.approval_id, False, (sup.id,))
    ]
    assert await data_rights.request_erasure(uow, request, published) is None  # one request waits already

    child = (await her_cases.file_report(uow, FileReport(intake(minor_involved=True), her, NOW), clock)).case
    with pytest.raises(ErasureBlocked) as blocked:
        await data_rights.check_erasure(uow, DataRequest(child, her, NOW))
    assert blocked.value.why == "child"


async def test_an_approved_erasure_withdraws_and_erases_her_case_once(uow, clock, published, region_staff):
    sup, _, _ = region_staff
    her = uow.db.add_person("web:her", locale="en")
    case = (await file(uow, clock, her)).case
    asked = await data_rights.request_erasure(uow, DataRequest(case, her, NOW), published)
    published.clear()
    decide = DecideErasure(asked.approval_id, sup, approved=True, now=NOW)

    done = await data_rights.decide_erasure(uow, decide, tz=TZ, publish=published)

    assert done is not None and uow.case(case.reference).state is State.WITHDRAWN
    assert uow.db.data.columns(case.id).erased_at is not None
    [decided] = published
    assert isinstance(decided, ErasureDecided) and decided.approved and decided.address == "web:her"


async def test_a_refused_erasure_changes_nothing_and_only_a_supervisor_decides(uow, clock, published, region_staff):
    sup, op, _ = region_staff
    her = uow.db.add_person("web:her")
    case = (await file(uow, clock, her)).case
    asked = await data_rights.request_erasure(uow, DataRequest(case, op.id, NOW, staff=op), published)

    with pytest.raises(NotPermitted):
        await data_rights.decide_erasure(uow, DecideErasure(asked.approval_id, op, True, NOW), tz=TZ)
    published.clear()
    done = await data_rights.decide_erasure(
        uow, DecideErasure(asked.approval_id, sup, False, NOW), tz=TZ, publish=published
    )

    assert done is None and uow.case(case.reference).state is State.NEW
    assert published == [ErasureDecided(uow.case(case.reference), approved=False, requester=op.id)]
    assert (uow.db.audit[-1].action, uow.db.audit[-1].outcome) == ("erase_request", "refused")
    with pytest.raises(ErasureAlreadyDecided):  # a second tap, or another supervisor
        await data_rights.decide_erasure(uow, DecideErasure(asked.approval_id, sup, True, NOW), tz=TZ)
    assert uow.case(case.reference).state is State.NEW


def test_the_roles_that_may_act_for_her():
    case = Case(reference="r", service=Service.RIGHTS, region="hailar", language="en", channel=Channel.WEB)
    assert data_rights.may_act_for_her(case, Actor(1, frozenset({Role.OPERATOR}), frozenset({"hailar"})))
    assert not data_rights.may_act_for_her(case, Actor(1, frozenset({Role.MEDIATOR}), frozenset({"hailar"})))


# --- the conversation's side of the gate --------------------------------------------------------


def test_filing_opens_only_the_new_case_and_her_pin_opens_them_all():
    gate = Gate().unlock(NOW, "HLB-2026-000001").unlock(NOW, "HLB-2026-000002")
    assert gate.only == ("HLB-2026-000001", "HLB-2026-000002") and gate.is_open(NOW)
    assert not gate.covers("HLB-2026-000003")

    everything = gate.unlock(NOW)
    assert everything.only is None and everything.covers("HLB-2026-000003")
    assert everything.unlock(NOW, "HLB-2026-000004").only is None  # open to all stays open to all


def test_an_unlock_runs_out_and_a_new_one_starts_from_nothing():
    gate = Gate().unlock(NOW, "HLB-2026-000001")
    later = NOW + UNLOCKED_FOR + timedelta(seconds=1)
    assert not gate.is_open(later)
    assert gate.unlock(later, "HLB-2026-000002").only == ("HLB-2026-000002",)


def test_the_duress_pin_opens_to_no_case_and_a_pause_is_kept_until_it_ends():
    assert Gate().unlock(NOW).open_to_none(NOW).only == ()
    paused = Gate().pause(NOW + timedelta(minutes=15))
    assert paused.paused(NOW) == NOW + timedelta(minutes=15)
    assert paused.paused(NOW + timedelta(minutes=16)) is None
