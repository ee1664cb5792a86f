"""The ports of `workflows.ports` on one SQL session: each class binds the storage functions to it.

A unit of work builds one of each per transaction, so services and dialogs never see a
session; the functions behind them stay where they are, next to their tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage import (
    approvals,
    callbacks,
    conversations,
    people,
    phone_matches,
    pin_guesses,
    queries,
    retention,
    staff,
    staff_queries,
    timers,
    turns,
)
from workflows.case import Actor, Case
from workflows.dispatch import Candidate
from workflows.orders import OrderState
from workflows.readmodels import CaseFilter, Joined, TurnContext
from workflows.timers import Mark, Timer
from workflows.vocabulary import State


class _OnSession:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session


class SqlPeople(_OnSession):
    async def addresses_of(self, person_id: int) -> list[str]:
        return await people.addresses_of(self.session, person_id)

    async def locale_of(self, person_id: int) -> str:
        return await people.locale_of(self.session, person_id)

    async def set_locale(self, person_id: int, locale: str) -> None:
        await people.set_locale(self.session, person_id, locale)

    async def relink_identity(self, address: str, person_id: int) -> None:
        await people.relink_identity(self.session, address, person_id)

    async def staff_actor(self, person_id: int) -> Actor | None:
        return await people.staff_actor(self.session, person_id)

    async def on_duty_addresses(self, region: str) -> list[tuple[str, str]]:
        return await people.on_duty_addresses(self.session, region)


class SqlStaffAccounts(_OnSession):
    async def redeem_invite(self, code: str, *, person_id: int, now: datetime, name: str = "") -> Joined:
        return await staff.redeem_invite(self.session, code, person_id=person_id, now=now, name=name)

    async def deactivate(self, person_id: int) -> bool:
        return await staff.deactivate(self.session, person_id)

    async def is_active(self, person_id: int) -> bool:
        return await staff.is_active(self.session, person_id)

    async def set_on_duty(self, person_id: int, on_duty: bool) -> bool:
        return await staff.set_on_duty(self.session, person_id, on_duty)

    async def is_on_duty(self, person_id: int) -> bool:
        return await staff.is_on_duty(self.session, person_id)


class SqlStaffViews(_OnSession):
    async def is_visible(self, actor: Actor, case_id: int) -> bool:
        return await staff_queries.is_visible(self.session, actor, case_id)

    async def queue(self, actor: Actor, limit: int = 30) -> list[Case]:
        return await staff_queries.queue(self.session, actor, limit)

    async def mine(self, actor: Actor, limit: int = 30) -> list[Case]:
        return await staff_queries.mine(self.session, actor, limit)

    async def find(self, actor: Actor, filters: CaseFilter, now: datetime, limit: int = 30) -> list[Case]:
        return await staff_queries.find(self.session, actor, filters, now, limit)

    async def counts_by_state(self, actor: Actor) -> dict[str, int]:
        return await staff_queries.counts_by_state(self.session, actor)

    async def open_cases_naming(self, person_id: int) -> list[Case]:
        return await staff_queries.open_cases_naming(self.session, person_id)

    async def overdue_count(self, actor: Actor, now: datetime) -> int:
        return await staff_queries.overdue_count(self.session, actor, now)

    async def staff_names(self, ids: Iterable[int | None]) -> dict[int, str]:
        return await staff_queries.staff_names(self.session, ids)

    async def point_name(self, point_id: int | None) -> str:
        return await staff_queries.point_name(self.session, point_id)

    async def dispatch_candidates(self) -> list[Candidate]:
        return await staff_queries.dispatch_candidates(self.session)

    async def staff_of_point(self, point_id: int) -> list[int]:
        return await staff_queries.staff_of_point(self.session, point_id)

    async def supervisors_for(self, region: str) -> list[int]:
        return await staff_queries.supervisors_for(self.session, region)

    async def open_callbacks(self, actor: Actor, limit: int = 30) -> list[dict]:
        return await staff_queries.open_callbacks(self.session, actor, limit)

    async def acknowledgements(self, case_id: int) -> list[tuple[int | None, datetime]]:
        return await staff_queries.acknowledgements(self.session, case_id)


class SqlReporterViews(_OnSession):
    async def cases_of_reporter(self, person_id: int, limit: int = 20) -> list[Case]:
        return await queries.cases_of_reporter(self.session, person_id, limit)

    async def latest_open_case(self, person_id: int) -> Case | None:
        return await queries.latest_open_case(self.session, person_id)


class SqlApprovals(_OnSession):
    async def request(
        self, *, case_id: int, trigger: str, data: dict[str, Any], requested_by: int, now: datetime
    ) -> int:
        return await approvals.request(
            self.session, case_id=case_id, trigger=trigger, data=data, requested_by=requested_by, now=now
        )

    async def get(self, approval_id: int) -> dict[str, Any] | None:
        return await approvals.get(self.session, approval_id)

    async def pending(self, case_id: int, trigger: str) -> bool:
        return await approvals.pending(self.session, case_id, trigger)

    async def decide(self, approval_id: int, *, approved: bool, by: int, now: datetime) -> bool:
        return await approvals.decide(self.session, approval_id, approved=approved, by=by, now=now)

    async def mark_failed(self, approval_id: int) -> None:
        await approvals.mark_failed(self.session, approval_id)


class SqlCallbackTasks(_OnSession):
    async def add(self, *, case_id: int, message_id: str, args: dict[str, Any], now: datetime) -> int:
        return await callbacks.add(self.session, case_id=case_id, message_id=message_id, args=args, now=now)

    async def get(self, task_id: int) -> dict[str, Any] | None:
        return await callbacks.get(self.session, task_id)

    async def mark_done(self, task_id: int, *, by: int, now: datetime) -> bool:
        return await callbacks.mark_done(self.session, task_id, by=by, now=now)


class SqlPinGuesses(_OnSession):
    async def record(self, *, source: str, kind: str, case_id: int | None, at: datetime, outcome: str) -> None:
        await pin_guesses.record(self.session, source=source, kind=kind, case_id=case_id, at=at, outcome=outcome)

    async def wrong_times(self, source: str, since: datetime) -> list[datetime]:
        return await pin_guesses.wrong_times(self.session, source, since)

    async def wrong_on_case(self, source: str, case_id: int, since: datetime) -> list[datetime]:
        return await pin_guesses.wrong_on_case(self.session, source, case_id, since)

    async def service_wrong(self, since: datetime) -> tuple[list[datetime], int]:
        return await pin_guesses.service_wrong(self.session, since)

    async def last_alert(self, since: datetime) -> datetime | None:
        return await pin_guesses.last_alert(self.session, since)

    async def duress_hashes(self, case_ids: list[int]) -> dict[int, str | None]:
        return await pin_guesses.duress_hashes(self.session, case_ids)

    async def set_duress(self, case_ids: list[int], hashed: str) -> None:
        await pin_guesses.set_duress(self.session, case_ids, hashed)

    async def duress_alerts(self, case_id: int) -> list[datetime]:
        return await pin_guesses.duress_alerts(self.session, case_id)


class SqlPhoneIndex(_OnSession):
    async def remember_phone(self, case_id: int, phone: str) -> str | None:
        return await phone_matches.remember_phone(self.session, case_id, phone)

    async def earlier_references(self, index: str, actor: Actor, *, exclude_case_id: int, limit: int = 5) -> list[str]:
        return await phone_matches.earlier_references(
            self.session, index, actor, exclude_case_id=exclude_case_id, limit=limit
        )


class SqlConversations(_OnSession):
    async def begin_turn(self, *, channel: str, update_id: str, address: str, now: datetime) -> TurnContext | None:
        return await turns.begin_turn(self.session, channel=channel, update_id=update_id, address=address, now=now)

    async def load(self, address: str) -> tuple[str, dict[str, Any]] | None:
        return await conversations.load(self.session, address)

    async def save(self, address: str, step: str, data: dict[str, Any], now: datetime) -> None:
        await conversations.save(self.session, address, step, data, now)

    async def last_turn_at(self, address: str) -> datetime | None:
        return await conversations.last_turn_at(self.session, address)


class SqlErasure(_OnSession):
    async def legal_hold(self, case_id: int) -> bool:
        return await retention.legal_hold(self.session, case_id)

    async def erase_case(self, case_id: int, *, now: datetime, reason: str) -> set[str]:
        return await retention.erase_case(self.session, case_id, now=now, reason=reason)

    async def referenced_files(self) -> set[str]:
        return await retention.referenced_files(self.session)

    async def held_by_cases(self, names: set[str]) -> set[str]:
        return await retention.held_by_cases(self.session, names)

    async def erase_order(self, order_id: int, *, now: datetime, reason: str) -> None:
        await retention.erase_order(self.session, order_id, now=now, reason=reason)

    async def done_orders_of(self, person_id: int) -> list[int]:
        return await retention.done_orders_of(self.session, person_id)


class SqlTimers(_OnSession):
    def __init__(self, session: AsyncSession, now: datetime) -> None:
        super().__init__(session)
        self.now = now  # the unit of work's clock reading: when rows are created or cancelled

    async def schedule(self, case_id: int, state: State, marks: Sequence[Mark]) -> None:
        await timers.schedule(self.session, case_id, state, marks, self.now)

    async def cancel(self, case_id: int, *, including_paused: bool = True) -> int:
        return await timers.cancel(self.session, case_id, self.now, including_paused=including_paused)

    async def pause(self, case_id: int) -> int:
        return await timers.pause(self.session, case_id)

    async def resume(self, case_id: int, *, paused_at: datetime, now: datetime) -> int:
        return await timers.resume(self.session, case_id, paused_at=paused_at, now=now)

    async def claim_due(self, now: datetime, limit: int) -> list[Timer]:
        return await timers.claim_due(self.session, now, limit)

    async def settle(self, timer_id: int, status: str, at: datetime) -> None:
        await timers.settle(self.session, timer_id, status, at)

    async def of_case(self, case_id: int) -> list[Timer]:
        return await timers.of_case(self.session, case_id)

    async def next_due(self) -> datetime | None:
        return await timers.next_due(self.session)

    async def unscheduled(self, states: Sequence[State], limit: int) -> list[int]:
        return await timers.unscheduled(self.session, states, limit)

    async def schedule_order(self, order_id: int, state: OrderState, marks: Sequence[Mark]) -> None:
        await timers.schedule_order(self.session, order_id, state, marks, self.now)

    async def cancel_order(self, order_id: int) -> int:
        return await timers.cancel_order(self.session, order_id, self.now)

    async def of_order(self, order_id: int) -> list[Timer]:
        return await timers.of_order(self.session, order_id)
