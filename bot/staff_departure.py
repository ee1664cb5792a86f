"""Ending a staff member's access: nothing more reaches her, and her open cases go back to the region.

One transaction does it all (`walking-home staff deactivate ID`, or `/leave` from her own chat):

- her account is made inactive and every message already waiting for her is cancelled;
- a case offered to her and not yet taken is declined by the system (back to `accepted`, in the queue);
- a mediation she was leading ends by the system (`terminate_mediation`, back to `in_progress`), because a
  new mediator needs the parties' consent anew; the woman is not written to about it;
- she is taken off every other open case (owner and handler), which then waits in the region's queue
  as "needs a handler" until an operator dispatches it again;
- the supervisors of each case's region are told, and the audit log records the deactivation and each
  case handed back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from bot.notifications import Notifications
from storage import staff as staff_store
from storage import staff_queries
from storage.uow import SqlUnitOfWork
from workflows.case import Actor, Case
from workflows.deadlines import DEFAULT_POLICY, DeadlinePolicy
from workflows.events import AuditEntry
from workflows.ports import Publisher
from workflows.services import apply_trigger
from workflows.vocabulary import HANDED_BACK, State, Trigger

_SYSTEM_MOVES = {
    State.DISPATCHED: Trigger.DECLINE,
    State.MEDIATION_PENDING: Trigger.TERMINATE_MEDIATION,
    State.MEDIATING: Trigger.TERMINATE_MEDIATION,
}


@dataclass(frozen=True)
class Departure:
    """What ending her access did: the references of the cases handed back to their region."""

    handed_back: tuple[str, ...]


async def end_staff_access(
    uow: SqlUnitOfWork,
    person_id: int,
    *,
    by: int | None,
    now: datetime,
    tz: tzinfo,
    notifier: Notifications,
    publish: Publisher | None = None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> Departure | None:
    """Deactivate ``person_id`` and hand her open cases back; None when she is no staff member."""
    async with uow:
        name = await staff_queries.staff_names(uow.session, [person_id])
        if not await staff_store.deactivate(uow.session, person_id):
            return None
        handed_back = []
        for case in await staff_queries.open_cases_naming(uow.session, person_id):
            case = await _hand_back(uow, case, person_id, now=now, tz=tz, publish=publish, policy=policy)
            await uow.audit.record(AuditEntry(case.id, by, "staff:handed_back", f"from:{person_id}", now))
            told = {*await staff_queries.supervisors_for(uow.session, case.region), case.owner_id} - {None}
            for staff_id in sorted(told):
                await notifier.to_staff(
                    uow, staff_id, "staff-handed-back", case, staff={"$text": name.get(person_id) or f"#{person_id}"}
                )
            handed_back.append(case.reference)
        await uow.audit.record(AuditEntry(None, by, "staff:deactivate", f"person:{person_id}", now))
        await uow.commit()
    return Departure(tuple(handed_back))


async def _hand_back(
    uow: SqlUnitOfWork,
    case: Case,
    person_id: int,
    *,
    now: datetime,
    tz: tzinfo,
    publish: Publisher | None,
    policy: DeadlinePolicy,
) -> Case:
    """Move the case out of her hands through the workflow where it has a way, then clear her name."""
    trigger = _SYSTEM_MOVES.get(case.state) if case.assignee_id == person_id else None
    if trigger is not None:
        await apply_trigger(
            uow,
            reference=case.reference,
            trigger=trigger,
            actor=Actor.system(),
            now=now,
            tz=tz,
            data={"reason": HANDED_BACK},
            policy=policy,
            publish=publish,
        )
    case = await uow.cases.get(case.reference)
    if person_id in (case.owner_id, case.assignee_id):
        expected = case.version
        case.owner_id = None if case.owner_id == person_id else case.owner_id
        case.assignee_id = None if case.assignee_id == person_id else case.assignee_id
        case.version = expected + 1  # a concurrent change read before this one must fail, not restore her
        await uow.cases.save(case, expected)
    return case
