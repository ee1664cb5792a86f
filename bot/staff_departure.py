"""Ending a staff member's access: now the use case `workflows.services.staff_access.end_staff_access`.

Kept for the callers that still import it here (the command line, tests); its notices are the
handlers of `CaseHandedBack` in the event table, so ``notifier`` is no longer used.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from workflows.deadlines import DEFAULT_POLICY, DeadlinePolicy
from workflows.ports import Publisher, UnitOfWork
from workflows.services.staff_access import Departure
from workflows.services.staff_access import end_staff_access as _end_staff_access
from workflows.services.staff_desk import TriggerContext

__all__ = ["Departure", "end_staff_access"]


async def end_staff_access(
    uow: UnitOfWork,
    person_id: int,
    *,
    by: int | None,
    now: datetime,
    tz: tzinfo,
    notifier: Any = None,
    publish: Publisher | None = None,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> Departure | None:
    """Deactivate ``person_id`` and hand her open cases back; None when she is no staff member."""
    clock = TriggerContext(tz=tz, policy=policy, publish=publish)
    return await _end_staff_access(uow, person_id, by=by, now=now, clock=clock)
