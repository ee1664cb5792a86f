"""Open a case, fire a trigger, replay a timeline: the case machine as use cases. Each owns its transaction.

Services take primitives and a unit of work, return events, and write the state
change, its audit event, her own words and the notices it causes in one commit.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from workflows.case import Actor, Case, Intake
from workflows.deadlines import DEFAULT_POLICY, DeadlinePolicy, due_at, follow_up_dates
from workflows.errors import CaseNotFound, InvalidTransition, MissingData, NotPermitted
from workflows.events import AuditEntry, CaseEntry, CaseEvent
from workflows.machine import fire
from workflows.ports import Publisher, UnitOfWork
from workflows.publishing import CaseChanged
from workflows.references import format_reference, hash_pin, new_pin
from workflows.rules import EFFECTS, check
from workflows.services.clock import follow_state
from workflows.vocabulary import Risk, Role, State, Trigger

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TriggerContext:
    """What every use case that fires a trigger needs besides its command: the zone, the deadline policy, the publisher."""

    tz: tzinfo
    policy: DeadlinePolicy = DEFAULT_POLICY
    publish: Publisher | None = None


@dataclass(frozen=True)
class OpenedCase:
    case: Case
    pin: str
    event: CaseEvent


def _new_due(case: Case, now: datetime, tz: tzinfo, policy: DeadlinePolicy) -> datetime | None:
    return due_at(case.state, case.risk, now, tz, policy)


async def open_case(
    uow: UnitOfWork,
    *,
    intake: Intake,
    actor: Actor,
    now: datetime,
    tz: tzinfo,
    reporter_id: int | None = None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
    publish: Publisher | None = None,
) -> OpenedCase:
    """Register a report (``submit``), or an emergency raised before the report was done."""
    emergency = bool(intake.emergency_reason)
    trigger = Trigger.RAISE_EMERGENCY if emergency else Trigger.SUBMIT
    data = intake.facts()
    if emergency:
        data["reason"] = intake.emergency_reason
    case = intake.new_case(reporter_id)
    role = check(case, actor, trigger, data)
    del data["description"]  # her words are an entry, not audit data
    pin = new_pin()
    case.pin_hash = await asyncio.to_thread(hash_pin, pin)
    source = fire(case, trigger)
    if emergency:
        EFFECTS[trigger](case, actor, data, source)
    async with uow:
        number = await uow.references.next_number(now.astimezone(tz).year)
        case.reference = format_reference(now.astimezone(tz).year, number)
        case.version = 1
        case.created_at = case.state_entered_at = now
        case.due_at = _new_due(case, now, tz, policy)
        case = await uow.cases.add(case)
        await follow_state(uow, case, trigger=trigger, source=None, entered_before=None, now=now, tz=tz, policy=policy)
        event = CaseEvent(case.id, 1, now, actor.id, role, trigger, source, case.state, data)
        await uow.events.append(event)
        if intake.description:
            await uow.entries.add(CaseEntry(case.id, "description", now, role, actor.id, text=intake.description))
        if publish is not None:
            await publish(uow, CaseChanged(case, event))
        await uow.commit()
    logger.info("case %s opened in %s", case.reference, case.state.value, extra={"case": case.reference})
    return OpenedCase(case=case, pin=pin, event=event)


def _deadline_after(
    case: Case, trigger: Trigger, source: State, now: datetime, tz: tzinfo, policy: DeadlinePolicy, data: dict
) -> datetime | None:
    if trigger is Trigger.HOLD:
        case.held_remaining_s = (case.due_at - now).total_seconds() if case.due_at else None
        return _new_due(case, now, tz, policy)
    if trigger is Trigger.RESUME:
        remaining, case.held_remaining_s = case.held_remaining_s, None
        return now + timedelta(seconds=remaining) if remaining is not None else None
    if trigger is Trigger.RESOLVE:
        dates = follow_up_dates(now, tz, policy)
        data.setdefault("follow_up_dates", [d.isoformat() for d in dates])
        return dates[0]
    if case.state is source:
        return case.due_at
    return _new_due(case, now, tz, policy)


async def apply_trigger(
    uow: UnitOfWork,
    *,
    reference: str,
    trigger: Trigger,
    actor: Actor,
    now: datetime,
    tz: tzinfo,
    data: dict[str, Any] | None = None,
    approver: Actor | None = None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
    publish: Publisher | None = None,
) -> CaseEvent:
    """Fire ``trigger`` on the case ``reference`` as ``actor``; return the audited event.

    A refusal (`InvalidTransition`, `NotPermitted`, `MissingData`) changes nothing but
    is itself written to the audit log. A lost race raises `StaleCase`.
    """
    data = dict(data or {})
    async with uow:
        case = await uow.cases.get(reference)
        if case is None:
            raise CaseNotFound(reference=reference)
        expected = case.version
        try:
            role = check(case, actor, trigger, data, approver)
        except (InvalidTransition, NotPermitted, MissingData) as refusal:
            # Nothing was written yet: keep only the record of the attempt.
            await uow.audit.record(
                AuditEntry(case.id, actor.id, f"trigger:{trigger.value}", f"refused:{refusal.code}", now)
            )
            await uow.commit()
            raise
        if approver is not None:
            data["approved_by"] = approver.id
        source = fire(case, trigger)
        effect = EFFECTS.get(trigger)
        if effect is not None:
            effect(case, actor, data, source)
        case.due_at = _deadline_after(case, trigger, source, now, tz, policy, data)
        entered_before = case.state_entered_at
        if case.state is not source:
            case.state_entered_at = now
            case.overdue = False
        # Timers before the case row: the clock worker locks them first too (no deadlock between the two).
        await follow_state(
            uow, case, trigger=trigger, source=source, entered_before=entered_before, now=now, tz=tz, policy=policy
        )
        case.version = expected + 1
        await uow.cases.save(case, expected)
        event = CaseEvent(case.id, case.version, now, actor.id, role, trigger, source, case.state, data)
        await uow.events.append(event)
        if publish is not None:
            await publish(uow, CaseChanged(case, event))
        await uow.commit()
    logger.info(
        "case %s: %s %s -> %s", reference, trigger.value, source.value, case.state.value, extra={"case": reference}
    )
    return event


def replay(events: list[CaseEvent]) -> tuple[State, State | None]:
    """Re-fire the recorded triggers on a blank case: (state, held_from) they lead to.

    Raises when an event does not start where the previous one ended.
    """
    probe = Case(reference="replay", service=None, region="", language="", channel=None)  # type: ignore[arg-type]
    for event in sorted(events, key=lambda e: e.seq):
        if probe.state is not event.from_state:
            raise ValueError(f"event {event.seq} starts at {event.from_state.value}, replay is at {probe.state.value}")
        source = probe.state
        if event.trigger is Trigger.RESUME:
            probe.held_from = event.to_state
        fire(probe, event.trigger)
        probe.held_from = (
            source if event.trigger is Trigger.HOLD else (None if event.trigger is Trigger.RESUME else probe.held_from)
        )
        if probe.state is not event.to_state:
            raise ValueError(f"event {event.seq} ends at {event.to_state.value}, replay at {probe.state.value}")
    return probe.state, probe.held_from


__all__ = ["OpenedCase", "open_case", "apply_trigger", "replay", "Risk", "Role"]
