"""Paging an emergency nobody acknowledged (docs/clock.md, "Emergencies").

When an emergency's acknowledgement clock runs out (`workflows.timers.PAGE`), every staff
member on duty for its region and the region's supervisors are paged again, urgently, with the
acknowledge button first; from the second period on (`PAGE_CITY`) the city-level supervisors
(region ``all``) too. When the case opens and nobody is on duty for its region, the region's
supervisors are paged at once (`on_case_changed`), on or off duty.

Staff notices only, in each reader's language; the first line names the case and nothing of
what it is about, since it may show on a lock screen. Each address is paged once per round.
"""

from __future__ import annotations

from typing import Any

from bot.notifications import case_args, open_button
from workflows.case import Case
from workflows.events import OutgoingNotice
from workflows.publishing import CaseChanged
from workflows.services.clock import ClockMarkFired
from workflows.timers import PAGE_CITY, PAGES
from workflows.vocabulary import ALL_REGIONS, Trigger

PAGE_MESSAGE = "clock-emergency-page"
NOBODY_ON_DUTY_MESSAGE = "clock-emergency-nobody-on-duty"


def ack_buttons(case: Case) -> tuple[tuple[tuple[Any, str], ...], ...]:
    return ((("staff-button-ack", f"st:ack:{case.reference}"), open_button(case)),)


async def supervisors_to_page(uow: Any, region: str, *, city: bool) -> list[int]:
    """The region's supervisors; with ``city`` the city-level ones (region ``all``) too."""
    chosen = []
    for person_id in await uow.staff_views.supervisors_for(region):
        actor = await uow.people.staff_actor(person_id)
        if actor is not None and (city or ALL_REGIONS not in actor.regions):
            chosen.append(person_id)
    return chosen


async def page(uow: Any, case: Case, message_id: str, *, on_duty: bool, city: bool) -> int:
    """Page (urgent outbox rows) the region's on-duty staff when ``on_duty``, and its supervisors;
    returns how many addresses were paged."""
    sent: set[str] = set()
    args = {**case_args(case), "since": _since(case)}
    buttons = ack_buttons(case)
    if on_duty:
        for address, locale in await uow.people.on_duty_addresses(case.region):
            if address not in sent:
                sent.add(address)
                await uow.outbox.put(OutgoingNotice(address, message_id, args, locale, case.id, buttons, urgent=True))
    for person_id in await supervisors_to_page(uow, case.region, city=city):
        if not await uow.staff.is_active(person_id):
            continue
        addresses = await uow.people.addresses_of(person_id)
        if not addresses or addresses[0] in sent:
            continue
        sent.add(addresses[0])
        locale = await uow.people.locale_of(person_id)
        await uow.outbox.put(OutgoingNotice(addresses[0], message_id, args, locale, case.id, buttons, urgent=True))
    return len(sent)


def _since(case: Case) -> dict[str, Any]:
    entered = case.state_entered_at or case.created_at
    return {"$date": entered.isoformat()} if entered is not None else {"$text": "—"}


class EmergencyPages:
    """Handlers of `ClockMarkFired` (the pages) and `CaseChanged` (nobody on duty at the start)."""

    async def on_mark(self, uow: Any, event: ClockMarkFired) -> None:
        case = event.case
        if event.kind not in PAGES or case.acknowledged_at is not None:
            return
        await page(uow, case, PAGE_MESSAGE, on_duty=True, city=event.kind == PAGE_CITY)

    async def on_case_changed(self, uow: Any, changed: CaseChanged) -> None:
        if changed.event.trigger is not Trigger.RAISE_EMERGENCY:
            return
        if await uow.people.on_duty_addresses(changed.case.region):
            return  # `bot.notifications.emergency_page` reached them
        if not await page(uow, changed.case, NOBODY_ON_DUTY_MESSAGE, on_duty=False, city=False):
            await page(uow, changed.case, NOBODY_ON_DUTY_MESSAGE, on_duty=False, city=True)  # no region's own


__all__ = ["NOBODY_ON_DUTY_MESSAGE", "PAGE_MESSAGE", "EmergencyPages", "page", "supervisors_to_page"]
