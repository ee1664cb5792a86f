"""Which events tell whom: outbox rows written in the transaction of the change.

Reporters are never written to when the case is ``no_contact``; staff never see
her chat address, and she never sees theirs.
"""

from __future__ import annotations

import logging

from storage import people
from storage.uow import SqlUnitOfWork
from workflows.case import Case
from workflows.events import CaseEvent, OutgoingNotice
from workflows.vocabulary import Trigger

logger = logging.getLogger(__name__)

#: Triggers the reporter is told about, each with its own catalog message ``notice-<trigger>``.
REPORTER_NOTICES = frozenset(
    {
        Trigger.ACCEPT,
        Trigger.REJECT,
        Trigger.TAKE,
        Trigger.START_MEDIATION,
        Trigger.REACH_AGREEMENT,
        Trigger.TERMINATE_MEDIATION,
        Trigger.REFER,
        Trigger.RESOLVE,
        Trigger.CLOSE,
        Trigger.REOPEN,
    }
)


def _case_args(case: Case) -> dict:
    return {
        "reference": {"$text": case.reference},
        "service": {"$msg": f"service-{case.service.value}"},
        "region": {"$msg": f"region-{case.region}"},
        "language": {"$msg": "language-self", "locale": case.language},
    }


class Notifications:
    """Implements `workflows.ports.Notifier` for the bot."""

    async def __call__(self, uow: SqlUnitOfWork, case: Case, event: CaseEvent) -> None:
        if event.trigger is Trigger.SUBMIT:
            await self._to_region_staff(uow, case, "staff-new-case")
        elif event.trigger is Trigger.RAISE_EMERGENCY:
            await self._to_region_staff(uow, case, "staff-alert-emergency")
        if event.trigger in REPORTER_NOTICES and event.role.value != "reporter":
            await self.to_reporter(uow, case, f"notice-{event.trigger.value}")

    async def to_reporter(self, uow: SqlUnitOfWork, case: Case, message_id: str, **args: object) -> bool:
        """Queue a notice for her newest address; False (and nothing queued) under no_contact."""
        if case.no_contact or case.reporter_id is None:
            return False
        addresses = await people.addresses_of(uow.session, case.reporter_id)
        if not addresses:
            return False
        locale = await people.locale_of(uow.session, case.reporter_id)
        await uow.outbox.put(
            OutgoingNotice(addresses[0], message_id, {"reference": {"$text": case.reference}, **args}, locale, case.id)
        )
        return True

    async def _to_region_staff(self, uow: SqlUnitOfWork, case: Case, message_id: str) -> None:
        for address, locale in await people.on_duty_addresses(uow.session, case.region):
            await uow.outbox.put(OutgoingNotice(address, message_id, _case_args(case), locale, case.id))

    async def reporter_wrote(self, uow: SqlUnitOfWork, case: Case) -> None:
        """Tell the case's handler (assignee, else owner) that she added something."""
        for person_id in (case.assignee_id, case.owner_id):
            if person_id is None:
                continue
            addresses = await people.addresses_of(uow.session, person_id)
            if addresses:
                locale = await people.locale_of(uow.session, person_id)
                await uow.outbox.put(OutgoingNotice(addresses[0], "staff-reporter-wrote", _case_args(case), locale, case.id))
                return
