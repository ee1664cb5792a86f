"""What staff do to a case from its card, as use cases: fire a trigger or ask a supervisor's
approval first, decide an approval, acknowledge an emergency, mark a case confidential, write to
the woman through the bot, mark a call-back task done.

Each takes a unit of work and a command, owns its transaction (a savepoint inside a dialog
turn), writes its audit rows and publishes its events in that transaction, and returns a typed
result or raises `workflows.errors`. A refusal that is audited is committed before it is raised.
The notices these events cause are the bot's handlers (docs/architecture.md, "Events and their handlers").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from workflows.case import Actor, Case
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted, WorkflowError
from workflows.events import AuditEntry, CaseEntry, CaseEvent
from workflows.ports import Publisher, UnitOfWork
from workflows.rules import check, may_fire, may_mark_confidential, may_relay, needs_approval, own_approval
from workflows.services.triggers import TriggerContext, apply_trigger
from workflows.vocabulary import Channel, ContactPreference, Role, State, Trigger

#: The refusals a trigger's guard raises (each names what she must be told).
REFUSALS = (InvalidTransition, NotPermitted, MissingData, CaseNotFound)


class StaleAction(WorkflowError):
    """The button no longer applies (the case moved on, the task or request is gone)."""

    code = "error-stale-button"


class AlreadyDecided(WorkflowError):
    """Another supervisor decided the request first."""

    code = "staff-approval-already-decided"


# -- events ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApprovalRequested:
    """A staff member asked the supervisors of the case's region to approve ``trigger``."""

    case: Case
    approval_id: int
    trigger: Trigger
    requested_by: Actor
    supervisors: tuple[int, ...]


@dataclass(frozen=True)
class ApprovalDecided:
    """A supervisor decided; ``outcome`` is ``granted``, ``refused`` or ``failed`` (granted, but the guard refused)."""

    case: Case
    trigger: Trigger
    requested_by: int
    outcome: str


@dataclass(frozen=True)
class StaffWroteToReporter:
    """Her handler's words, to reach her the way she chose ("your mediator", never the staff member)."""

    case: Case
    text: str


# -- fire, or ask first -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fired:
    """The trigger fired: the audited event and the case as it is now."""

    event: CaseEvent
    case: Case


@dataclass(frozen=True)
class ApprovalAsked:
    """The trigger waits for a supervisor; ``supervisors`` were asked (none: nobody covers the region)."""

    approval_id: int
    case: Case
    supervisors: tuple[int, ...]


@dataclass(frozen=True)
class FireTrigger:
    reference: str
    trigger: Trigger
    actor: Actor
    now: datetime
    data: dict[str, Any] = field(default_factory=dict)


def _passes_with_approval(case: Case, actor: Actor, trigger: Trigger, data: dict[str, Any]) -> bool:
    """Would every other guard pass once a supervisor approved? If not, refuse now: never ask in vain."""
    supervisor = Actor(id=None, roles=frozenset({Role.SUPERVISOR}), regions=frozenset({case.region}))
    try:
        check(case, actor, trigger, data, supervisor)
    except (InvalidTransition, NotPermitted, MissingData):
        return False
    return True


async def fire_or_ask(uow: UnitOfWork, command: FireTrigger, clock: TriggerContext) -> Fired | ApprovalAsked:
    """Fire the trigger, or, where `workflows.rules.APPROVALS` needs a supervisor and every other
    guard would pass, ask the supervisors of the region instead. Refusals raise (and are audited)."""
    async with uow:
        case = await uow.cases.get(command.reference)
        if case is None:
            raise CaseNotFound(reference=command.reference)
        actor, trigger = command.actor, command.trigger
        if (
            may_fire(case, actor, trigger)
            and needs_approval(case, actor, trigger)
            and _passes_with_approval(case, actor, trigger, command.data)
        ):
            asked = await _request_approval(uow, case, command, clock.publish)
            await uow.commit()
            return asked
        try:
            fired = await _fire(uow, command, own_approval(case, actor, trigger), clock)
        except REFUSALS:
            await uow.commit()  # the record of the refused attempt stays
            raise
        await uow.commit()
        return fired


async def _fire(uow: UnitOfWork, command: FireTrigger, approver: Actor | None, clock: TriggerContext) -> Fired:
    event = await apply_trigger(
        uow,
        reference=command.reference,
        trigger=command.trigger,
        actor=command.actor,
        now=command.now,
        tz=clock.tz,
        data=dict(command.data),
        approver=approver,
        policy=clock.policy,
        publish=clock.publish,
    )
    return Fired(event=event, case=await uow.cases.get(command.reference))


async def _request_approval(
    uow: UnitOfWork, case: Case, command: FireTrigger, publish: Publisher | None
) -> ApprovalAsked:
    approval_id = await uow.approvals.request(
        case_id=case.id,
        trigger=command.trigger.value,
        data=dict(command.data),
        requested_by=command.actor.id,
        now=command.now,
    )
    supervisors = tuple(await uow.staff_views.supervisors_for(case.region))
    if publish is not None:
        await publish(uow, ApprovalRequested(case, approval_id, command.trigger, command.actor, supervisors))
    return ApprovalAsked(approval_id=approval_id, case=case, supervisors=supervisors)


@dataclass(frozen=True)
class DecideApproval:
    approval_id: int
    actor: Actor
    approved: bool
    now: datetime


@dataclass(frozen=True)
class Decision:
    """``outcome``: ``granted`` (``fired`` is the trigger fired), ``refused``, or ``failed`` (``error``
    says why the guard refused the approved trigger)."""

    case: Case
    trigger: Trigger
    outcome: str
    requested_by: int
    fired: Fired | None = None
    error: WorkflowError | None = None


async def decide_approval(uow: UnitOfWork, command: DecideApproval, clock: TriggerContext) -> Decision:
    """A supervisor of the case's region approves (the trigger fires as its requester) or refuses.

    Raises `StaleAction` (no such request), `NotPermitted` (``supervisor_approval``: not a
    supervisor of the region) or `AlreadyDecided`.
    """
    actor = command.actor
    async with uow:
        request = await uow.approvals.get(command.approval_id)
        if request is None:
            raise StaleAction()
        case = await uow.cases.get_by_id(request["case_id"])
        trigger = Trigger(request["trigger"])
        if case is None or Role.SUPERVISOR not in actor.roles or not actor.covers_region(case.region):
            raise NotPermitted(trigger=trigger.value, reason="supervisor_approval")
        if not await uow.approvals.decide(command.approval_id, approved=command.approved, by=actor.id, now=command.now):
            raise AlreadyDecided()
        requested_by = request["requested_by"]
        fired, error, outcome = None, None, "refused"
        if command.approved:
            requester = await uow.people.staff_actor(requested_by)  # None: her access has ended
            if requester is not None:
                fire = FireTrigger(case.reference, trigger, requester, command.now, dict(request["data"]))
                try:
                    fired = await _fire(uow, fire, actor, clock)
                except REFUSALS as refusal:
                    error = refusal
            outcome = "granted" if fired else "failed"
            if fired is None:  # recorded as failed, not as a grant that was never carried out
                await uow.approvals.mark_failed(command.approval_id)
        if clock.publish is not None:
            await clock.publish(uow, ApprovalDecided(fired.case if fired else case, trigger, requested_by, outcome))
        await uow.commit()
    return Decision(case, trigger, outcome, requested_by, fired, error)


# -- emergency, confidentiality -------------------------------------------------------------------


@dataclass(frozen=True)
class Acknowledged:
    """``first``: hers is the first acknowledgement; else ``by`` and ``at`` say whose was."""

    case: Case
    first: bool
    by: int | None
    at: datetime


async def acknowledge_emergency(uow: UnitOfWork, *, reference: str, actor: Actor, now: datetime) -> Acknowledged:
    """The first press is recorded with her name and the time; later ones learn by whom.

    Raises `StaleAction` (audited) when the case is no emergency or she may not accept it.
    """
    async with uow:
        case = await _case(uow, reference)
        if case.state is not State.EMERGENCY or not may_fire(case, actor, Trigger.ACCEPT):
            await uow.audit.record(AuditEntry(case.id, actor.id, "acknowledge", "refused", now))
            await uow.commit()
            raise StaleAction()
        first = await uow.cases.mark_acknowledged(case.id, now)
        if first:  # the pages still waiting (docs/clock.md, "Emergencies") stop here
            await uow.timers.cancel(case.id)
        await uow.audit.record(AuditEntry(case.id, actor.id, "acknowledge", "ok" if first else "again", now))
        by, at = actor.id, now
        if not first:
            by, at = (await uow.staff_views.acknowledgements(case.id) or [(None, None)])[-1]
            fresh = await uow.cases.get(reference)
            at = at or (fresh.acknowledged_at if fresh else None) or now
        await uow.commit()
    return Acknowledged(case=case, first=first, by=by, at=at)


async def toggle_confidential(uow: UnitOfWork, *, reference: str, actor: Actor, now: datetime) -> bool:
    """Confidential: only the staff named on the case (and supervisors of its region) see it.

    Return whether the case is confidential now; `NotPermitted` (``role``, audited) for anyone
    but a supervisor of the region.
    """
    async with uow:
        case = await _case(uow, reference)
        if not may_mark_confidential(case, actor):
            await uow.audit.record(AuditEntry(case.id, actor.id, "confidential", "refused", now))
            await uow.commit()
            raise NotPermitted(trigger="confidential", reason="role")
        marked = not case.confidential
        await uow.cases.set_confidential(case.id, marked)
        await uow.audit.record(AuditEntry(case.id, actor.id, "confidential", "on" if marked else "off", now))
        await uow.commit()
    return marked


# -- writing to her ---------------------------------------------------------------------------------


class Reach(StrEnum):
    """How a word for her reaches her: in chat, as a call-back task for the operator, or not at all."""

    CHAT = "chat"
    CALLBACK = "callback"
    NONE = "none"


def contact_way(case: Case) -> Reach:
    """The way she chose: nothing when she asked not to be contacted; a call when she called the
    hotline or asked to be called (the phone may not be safe to write to); else chat."""
    if case.no_contact or case.contact is ContactPreference.NO_CONTACT:
        return Reach.NONE
    if case.channel is Channel.HOTLINE or case.contact is ContactPreference.PHONE_CALLBACK:
        return Reach.CALLBACK
    return Reach.CHAT


async def write_to_reporter(
    uow: UnitOfWork, *, reference: str, actor: Actor, words: str, now: datetime, publish: Publisher | None
) -> Reach:
    """Her handler's words become an entry of the case and reach her the way she chose.

    `NotPermitted` (``not_assigned``) unless the actor may write to her (`workflows.rules.may_relay`).
    """
    async with uow:
        case = await _case(uow, reference)
        if not may_relay(case, actor):
            raise NotPermitted(trigger="relay", reason="not_assigned")
        role = Role.MEDIATOR if Role.MEDIATOR in actor.roles else Role.OPERATOR
        await uow.entries.add(CaseEntry(case.id, "message_out", now, role, actor.id, text=words))
        reach = contact_way(case)
        if reach is Reach.CHAT and (case.reporter_id is None or not await uow.people.addresses_of(case.reporter_id)):
            reach = Reach.NONE
        if publish is not None and reach is not Reach.NONE:
            await publish(uow, StaffWroteToReporter(case, words))
        await uow.commit()
    return reach


@dataclass(frozen=True)
class CallbackDone:
    """``done``: she marked it; False when someone had marked it done already."""

    case: Case
    done: bool


async def complete_callback(uow: UnitOfWork, *, task_id: int, actor: Actor, now: datetime) -> CallbackDone:
    """Mark a call-back task done; `StaleAction` when the task is gone or its case out of her sight."""
    async with uow:
        task = await uow.callbacks.get(task_id)
        case = await uow.cases.get_by_id(task["case_id"]) if task else None
        if case is None or not await uow.staff_views.is_visible(actor, case.id):
            raise StaleAction()
        done = await uow.callbacks.mark_done(task_id, by=actor.id, now=now)
        await uow.commit()
    return CallbackDone(case=case, done=done)


async def _case(uow: UnitOfWork, reference: str) -> Case:
    case = await uow.cases.get(reference)
    if case is None:
        raise CaseNotFound(reference=reference)
    return case
