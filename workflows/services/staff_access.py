"""A staff member joins (redeems her invitation) and leaves (her access ends: nothing more reaches
her, and her open cases go back to the region).

Ending access is one transaction (`walking-home staff deactivate ID`, or `/leave` from her own chat):

- her account is made inactive and every message already waiting for her is cancelled;
- a case offered to her and not yet taken is declined by the system (back to `accepted`, in the queue);
- a mediation she was leading ends by the system (`terminate_mediation`, back to `in_progress`), because a
  new mediator needs the parties' consent anew; the woman is not written to about it;
- she is taken off every other open case (owner and handler), which then waits in the region's queue
  as "needs a handler" until an operator dispatches it again;
- each case handed back is published (`CaseHandedBack`: its handler tells the supervisors of the
  region and the case's owner), and the audit log records the deactivation and each case handed back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workflows.case import Actor, Case
from workflows.events import AuditEntry
from workflows.ports import UnitOfWork
from workflows.readmodels import Joined
from workflows.services.triggers import TriggerContext, apply_trigger
from workflows.vocabulary import HANDED_BACK, State, Trigger

_SYSTEM_MOVES = {
    State.DISPATCHED: Trigger.DECLINE,
    State.MEDIATION_PENDING: Trigger.TERMINATE_MEDIATION,
    State.MEDIATING: Trigger.TERMINATE_MEDIATION,
}


@dataclass(frozen=True)
class JoinStaff:
    """``/join CODE name``: the code, who typed it, the name she gave, and her language to keep
    on her person when she has none yet (notices sent to her use it)."""

    code: str
    person_id: int
    now: datetime
    name: str = ""
    locale: str | None = None


@dataclass(frozen=True)
class JoinedStaff:
    """Her roles and scope, and her as the actor she now is."""

    joined: Joined
    actor: Actor


async def join_staff(uow: UnitOfWork, command: JoinStaff) -> JoinedStaff:
    """Redeem the invitation once; raises `workflows.readmodels.InviteError` (its code names the message)."""
    async with uow:
        joined = await uow.staff.redeem_invite(
            command.code, person_id=command.person_id, now=command.now, name=command.name.strip()[:200]
        )
        if command.locale:
            await uow.people.set_locale(command.person_id, command.locale)
        actor = await uow.people.staff_actor(command.person_id)
        await uow.commit()
    return JoinedStaff(joined=joined, actor=actor)


@dataclass(frozen=True)
class CaseHandedBack:
    """A case taken from a staff member whose access ended; ``tell`` are the staff to tell."""

    case: Case
    staff_id: int
    staff_name: str
    tell: tuple[int, ...]


@dataclass(frozen=True)
class Departure:
    """What ending her access did: the references of the cases handed back to their region."""

    handed_back: tuple[str, ...]


async def end_staff_access(
    uow: UnitOfWork, person_id: int, *, by: int | None, now: datetime, clock: TriggerContext
) -> Departure | None:
    """Deactivate ``person_id`` and hand her open cases back; None when she is no staff member."""
    async with uow:
        names = await uow.staff_views.staff_names([person_id])
        if not await uow.staff.deactivate(person_id):
            return None
        await uow.dashboard_links.revoke(person_id)  # her dashboard links and open pages end with her access
        handed_back = []
        for case in await uow.staff_views.open_cases_naming(person_id):
            case = await _hand_back(uow, case, person_id, now=now, clock=clock)
            await uow.audit.record(AuditEntry(case.id, by, "staff:handed_back", f"from:{person_id}", now))
            tell = {*await uow.staff_views.supervisors_for(case.region), case.owner_id} - {None}
            if clock.publish is not None:
                event = CaseHandedBack(case, person_id, names.get(person_id) or f"#{person_id}", tuple(sorted(tell)))
                await clock.publish(uow, event)
            handed_back.append(case.reference)
        await uow.audit.record(AuditEntry(None, by, "staff:deactivate", f"person:{person_id}", now))
        await uow.commit()
    return Departure(tuple(handed_back))


async def _hand_back(uow: UnitOfWork, case: Case, person_id: int, *, now: datetime, clock: TriggerContext) -> Case:
    """Move the case out of her hands through the workflow where it has a way, then clear her name."""
    trigger = _SYSTEM_MOVES.get(case.state) if case.assignee_id == person_id else None
    if trigger is not None:
        await apply_trigger(
            uow,
            reference=case.reference,
            trigger=trigger,
            actor=Actor.system(),
            now=now,
            tz=clock.tz,
            data={"reason": HANDED_BACK},
            policy=clock.policy,
            publish=clock.publish,
        )
    case = await uow.cases.get(case.reference)
    if person_id in (case.owner_id, case.assignee_id):
        expected = case.version
        case.owner_id = None if case.owner_id == person_id else case.owner_id
        case.assignee_id = None if case.assignee_id == person_id else case.assignee_id
        case.version = expected + 1  # a concurrent change read before this one must fail, not restore her
        await uow.cases.save(case, expected)
    return case
