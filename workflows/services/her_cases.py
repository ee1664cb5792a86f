"""What a woman does with her own cases: file a report, ask to be called, raise "danger now",
add information (relayed to the staff handling it), withdraw, reopen.

Each use case takes a unit of work and a command, owns its transaction (a savepoint inside a
dialog turn), and returns a typed result or raises `workflows.errors`. Whether the conversation
may act on the case (her PIN, the cases she proved) is the dialog's to check before calling.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workflows.case import Actor, Case, Intake
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted
from workflows.events import CaseEntry
from workflows.ports import UnitOfWork
from workflows.services.triggers import OpenedCase, TriggerContext, apply_trigger, open_case
from workflows.vocabulary import Role, State, Trigger

logger = logging.getLogger(__name__)

#: The call-back task a call-back request puts in the operators' queue (a catalog message).
CALLBACK_TASK = "callback-requested"


@dataclass(frozen=True)
class FileReport:
    """Her finished intake (or a call-back request, or "danger now"), with what goes beside it."""

    intake: Intake
    reporter_id: int
    now: datetime
    #: Her files (evidence metadata, as the evidence store gave them).
    attachments: tuple[Mapping[str, Any], ...] = ()
    #: Her name, when she gave it, and the number to call, as she wrote them.
    name: str = ""
    phone: str = ""


@dataclass(frozen=True)
class RequestCallBack:
    """A case asking to be called back, and the call as a task for the operators."""

    report: FileReport
    #: Her number and safe time, exactly as she wrote them.
    words: str


@dataclass(frozen=True)
class DangerNow:
    """ "Danger now": her open case raised, or (none, or a report under way) a new emergency case."""

    reporter_id: int
    #: The emergency case to open if no open case of hers is raised (her answers so far, if any).
    report: FileReport
    #: She was filing a report: it becomes the emergency case, whatever else she has open.
    under_way: bool = False


@dataclass(frozen=True)
class DangerOutcome:
    """``already``: her open case was an emergency already; ``raised``: it is now; else ``opened``."""

    case: Case
    already: bool = False
    raised: bool = False
    opened: OpenedCase | None = None


@dataclass(frozen=True)
class AddInformation:
    reference: str
    now: datetime
    text: str = ""
    attachments: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class InformationAdded:
    """Her words are on the case; ``relayed``: told to its staff (False: the case was closed meanwhile)."""

    case: Case
    relayed: bool


@dataclass(frozen=True)
class WithdrawCase:
    reference: str
    now: datetime


@dataclass(frozen=True)
class ReopenCase:
    reference: str
    reason: str
    now: datetime


@dataclass(frozen=True)
class ReporterWrote:
    """She added words or files to an open case: the staff handling it are to hear of it."""

    case: Case
    text: str = ""


async def _case(uow: UnitOfWork, reference: str) -> Case:
    case = await uow.cases.get(reference)
    if case is None:
        raise CaseNotFound(reference=reference)
    return case


async def file_report(uow: UnitOfWork, command: FileReport, clock: TriggerContext) -> OpenedCase:
    """Open her case with her files, her name and number as a contact entry, and the number's
    blind index (so the hotline sees earlier cases from this phone, never the number)."""
    async with uow:
        opened = await open_case(
            uow,
            intake=command.intake,
            actor=Actor.reporter(command.reporter_id),
            now=command.now,
            tz=clock.tz,
            reporter_id=command.reporter_id,
            policy=clock.policy,
            publish=clock.publish,
        )
        case, who = opened.case, command.reporter_id
        for meta in command.attachments:
            await uow.entries.add(CaseEntry(case.id, "evidence", command.now, Role.REPORTER, who, attachment=meta))
        if command.phone or command.name:
            text = "\n".join(part for part in (command.name, command.phone) if part)
            await uow.entries.add(CaseEntry(case.id, "contact", command.now, Role.REPORTER, who, text=text))
        if command.phone:
            await uow.phones.remember_phone(case.id, command.phone)
        await uow.commit()
    return opened


async def request_call_back(uow: UnitOfWork, command: RequestCallBack, clock: TriggerContext) -> OpenedCase:
    """A case asking to be called back, and the call as a task in the operators' queue.

    Nothing is opened to this phone (no receipt is given) and nothing will be written to it.
    """
    async with uow:
        opened = await file_report(uow, command.report, clock)
        await uow.callbacks.add(
            case_id=opened.case.id,
            message_id=CALLBACK_TASK,
            args={"text": {"$text": command.words}},
            now=command.report.now,
        )
        await uow.commit()
    return opened


async def danger_now(uow: UnitOfWork, command: DangerNow, clock: TriggerContext) -> DangerOutcome:
    """ "Danger now": with no report under way, her latest open case raised to an emergency; with
    none (or a report under way, or a raise the case refuses), a new emergency case from ``report``."""
    async with uow:
        existing = None if command.under_way else await uow.reporter_views.latest_open_case(command.reporter_id)
        if existing is not None and existing.state is State.EMERGENCY:
            return DangerOutcome(existing, already=True)
        if existing is not None:
            try:
                await apply_trigger(
                    uow,
                    reference=existing.reference,
                    trigger=Trigger.RAISE_EMERGENCY,
                    actor=Actor.reporter(command.reporter_id),
                    now=command.report.now,
                    tz=clock.tz,
                    data={"reason": "reporter_danger_button"},
                    policy=clock.policy,
                    publish=clock.publish,
                )
                await uow.commit()
                return DangerOutcome(existing, raised=True)
            except (InvalidTransition, NotPermitted) as error:  # a lost race (StaleCase) retries the turn
                logger.warning("raising %s failed (%s); opening a new emergency case", existing.reference, error)
        opened = await file_report(uow, command.report, clock)
        await uow.commit()
    return DangerOutcome(opened.case, opened=opened)


async def _pass_on(uow: UnitOfWork, case: Case, text: str, attachments, now: datetime, publish) -> None:
    if text:
        await uow.entries.add(CaseEntry(case.id, "message_in", now, Role.REPORTER, case.reporter_id, text=text))
    for meta in attachments:
        await uow.entries.add(CaseEntry(case.id, "evidence", now, Role.REPORTER, case.reporter_id, attachment=meta))
    if publish is not None:
        await publish(uow, ReporterWrote(case, text))


async def add_information(uow: UnitOfWork, command: AddInformation, clock: TriggerContext) -> InformationAdded:
    """Her words (and files) onto the case and, while it is open, to the staff handling it.

    A case closed meanwhile keeps her words (not her files) and tells nobody.
    """
    async with uow:
        case = await _case(uow, command.reference)
        if not case.is_open:
            if command.text.strip():
                await uow.entries.add(
                    CaseEntry(case.id, "message_in", command.now, Role.REPORTER, case.reporter_id, text=command.text)
                )
            await uow.commit()
            return InformationAdded(case, relayed=False)
        await _pass_on(uow, case, command.text, command.attachments, command.now, clock.publish)
        await uow.commit()
    return InformationAdded(case, relayed=True)


async def _fire(
    uow: UnitOfWork, case: Case, trigger: Trigger, data: dict[str, Any], now, clock: TriggerContext
) -> Case:
    """Fire ``trigger`` as her; a refusal keeps its audit record (committed) and is raised."""
    try:
        await apply_trigger(
            uow,
            reference=case.reference,
            trigger=trigger,
            actor=Actor.reporter(case.reporter_id),
            now=now,
            tz=clock.tz,
            data=data,
            policy=clock.policy,
            publish=clock.publish,
        )
    except (InvalidTransition, NotPermitted, MissingData):
        await uow.commit()
        raise
    return await _case(uow, case.reference)


async def withdraw(uow: UnitOfWork, command: WithdrawCase, clock: TriggerContext) -> Case:
    """She withdraws her case; returns it as it is now. Refusals: `workflows.errors`."""
    async with uow:
        case = await _fire(
            uow, await _case(uow, command.reference), Trigger.WITHDRAW, {"reason": "reporter"}, command.now, clock
        )
        await uow.commit()
    return case


async def reopen(uow: UnitOfWork, command: ReopenCase, clock: TriggerContext) -> Case:
    """She reopens her closed case; her reason becomes her words on it, where staff read them."""
    async with uow:
        case = await _case(uow, command.reference)
        case = await _fire(uow, case, Trigger.REOPEN, {"reason": command.reason[:2000]}, command.now, clock)
        await uow.entries.add(
            CaseEntry(case.id, "message_in", command.now, Role.REPORTER, case.reporter_id, text=command.reason)
        )
        await uow.commit()
    return case


@dataclass(frozen=True)
class LeftQuickly:
    """After her quick exit: how many notices were dropped, and the files of the intake she left
    that no registered case holds (delete them from the evidence folder)."""

    dropped: int
    files: frozenset[str]


async def leave_quickly(uow: UnitOfWork, address: str, abandoned: tuple[Mapping[str, Any], ...] = ()) -> LeftQuickly:
    """Her quick exit: what still waits to be sent to ``address`` is dropped, so nothing arrives
    after the neutral line; the files of the intake she leaves go, unless a case holds the same file."""
    names = {name for meta in abandoned if isinstance(name := meta.get("name") or meta.get("sha256"), str) and name}
    async with uow:
        dropped = await uow.outbox.cancel_pending(address, reason="quick exit")
        held = await uow.erasure.held_by_cases(names) if names else set()
        await uow.commit()
    return LeftQuickly(dropped, frozenset(names - held))
