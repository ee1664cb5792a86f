"""Her data rights (PIPL) as use cases: see and copy what is held, ask for erasure, erase.

She acts behind her PIN; an operator or supervisor of the case's region may act on her behalf
(from a call). Erasure needs a supervisor's approval (an `Approvals` request, trigger
``erase``) and erases through the same port as retention (`Erasure.erase_case`), with her done
service orders (`Erasure.erase_order`; an open order is kept until it is done, docs/orders.md). A legal hold,
a mediation under way or a child in the case refuses it (`ErasureBlocked`). Every view, copy,
request and decision is audited; the notices go through the events `ErasureRequested` and
`ErasureDecided`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo

from workflows.case import Actor, Case
from workflows.deadlines import DEFAULT_POLICY, DeadlinePolicy
from workflows.errors import (
    CaseNotFound,
    ErasureAlreadyAsked,
    ErasureAlreadyDecided,
    ErasureBlocked,
    InvalidTransition,
    MissingData,
    NotPermitted,
    StaleCase,
)
from workflows.events import AuditEntry
from workflows.ports import Publisher, UnitOfWork
from workflows.services.triggers import apply_trigger
from workflows.vocabulary import Role, State, Trigger

logger = logging.getLogger(__name__)

#: The approval trigger of an erasure request.
ERASE = "erase"
#: States in which a mediation is under way: her case is not erased then.
MEDIATION_STATES = frozenset({State.MEDIATION_PENDING, State.MEDIATING, State.AGREEMENT})


def blocked_reason(case: Case, legal_hold: bool) -> str | None:
    """Why her case cannot be erased now: ``legal-hold``, ``child``, ``mediation``; None if it can."""
    if legal_hold:
        return "legal-hold"
    if case.minor_involved:
        return "child"
    if case.state in MEDIATION_STATES:
        return "mediation"
    return None


def may_act_for_her(case: Case, actor: Actor) -> bool:
    """An operator or supervisor of the case's region."""
    return bool(actor.roles & {Role.OPERATOR, Role.SUPERVISOR}) and actor.covers_region(case.region)


@dataclass(frozen=True)
class DataRequest:
    """Her data on one case: asked by her (``staff`` None, ``by`` her person id) or by staff on her behalf."""

    case: Case
    by: int | None
    now: datetime
    staff: Actor | None = None

    @property
    def on_behalf(self) -> bool:
        return self.staff is not None


@dataclass(frozen=True)
class ErasureAsked:
    """The request waits for a supervisor; ``told``: how many supervisors it reached."""

    case: Case
    approval_id: int
    told: int


@dataclass(frozen=True)
class ErasureRequested:
    """Ask ``supervisors`` (person ids) to approve or refuse the erasure of ``case``."""

    case: Case
    approval_id: int
    on_behalf: bool
    supervisors: tuple[int, ...]


@dataclass(frozen=True)
class ErasureDecided:
    """A supervisor decided: tell her (``address``/``locale``, read before the erasure) and the
    staff member who asked on her behalf (``requester``), if any."""

    case: Case
    approved: bool
    requester: int | None
    address: str = ""
    locale: str = ""


@dataclass(frozen=True)
class ErasureDone:
    """The case is erased; ``files``: evidence names no entry refers to any more (delete them)."""

    case: Case
    files: frozenset[str]


@dataclass(frozen=True)
class DecideErasure:
    approval_id: int
    approver: Actor
    approved: bool
    now: datetime


async def _check_staff(uow: UnitOfWork, request: DataRequest, action: str) -> None:
    if request.staff is not None and not may_act_for_her(request.case, request.staff):
        await uow.audit.record(AuditEntry(request.case.id, request.staff.id, action, "refused", request.now))
        await uow.commit()
        raise NotPermitted(trigger=action, reason="role")


async def authorize(uow: UnitOfWork, request: DataRequest, action: str) -> None:
    """Staff acting on her behalf must be an operator or supervisor of the case's region: else
    `NotPermitted`, with ``action`` audited as refused. Her own requests pass (her PIN was asked)."""
    async with uow:
        await _check_staff(uow, request, action)


async def record_access(uow: UnitOfWork, request: DataRequest, action: str) -> None:
    """A view (``data_view``) or a copy (``data_copy``) of her data, audited; staff only of her region."""
    async with uow:
        await _check_staff(uow, request, action)
        who = request.staff.id if request.staff is not None else request.by
        outcome = "on_her_behalf" if request.on_behalf else "reporter"
        await uow.audit.record(AuditEntry(request.case.id, who, action, outcome, request.now))
        await uow.commit()


async def erasure_blocked(uow: UnitOfWork, case: Case) -> str | None:
    """Why the case cannot be erased now, or None (a read: nothing is recorded)."""
    return blocked_reason(case, await uow.erasure.legal_hold(case.id))


async def check_erasure(uow: UnitOfWork, request: DataRequest) -> None:
    """Whether she may be asked to confirm an erasure request: raises `ErasureBlocked` (audited)
    or `ErasureAlreadyAsked`; staff of another region get `NotPermitted` (audited)."""
    async with uow:
        await _check_staff(uow, request, "derase")
        case = request.case
        why = await erasure_blocked(uow, case)
        if why is not None:
            who = request.staff.id if request.staff is not None else None
            await uow.audit.record(AuditEntry(case.id, who, "erase_request", f"blocked:{why}", request.now))
            await uow.commit()
            raise ErasureBlocked(why=why)
        if await uow.approvals.pending(case.id, ERASE):
            raise ErasureAlreadyAsked()


async def request_erasure(
    uow: UnitOfWork, request: DataRequest, publish: Publisher | None = None
) -> ErasureAsked | None:
    """Ask the region's supervisors to approve erasing her case; None when a request waits already.

    Raises `ErasureBlocked` (a hold, a child, a mediation: audited for staff) and, for staff of
    another region, `NotPermitted`.
    """
    async with uow:
        await _check_staff(uow, request, "derase")
        case = request.case
        why = await erasure_blocked(uow, case)
        if why is not None:
            if request.staff is not None:
                await uow.audit.record(
                    AuditEntry(case.id, request.staff.id, "erase_request", f"blocked:{why}", request.now)
                )
                await uow.commit()
            raise ErasureBlocked(why=why)
        if await uow.approvals.pending(case.id, ERASE):
            return None
        requested_by = request.staff.id if request.staff is not None else request.by
        approval_id = await uow.approvals.request(
            case_id=case.id,
            trigger=ERASE,
            data={"on_behalf": request.on_behalf},
            requested_by=requested_by,
            now=request.now,
        )
        supervisors = []
        for person_id in await uow.staff_views.supervisors_for(case.region):
            if await uow.staff.is_active(person_id) and await uow.people.addresses_of(person_id):
                supervisors.append(person_id)
        if publish is not None:
            await publish(uow, ErasureRequested(case, approval_id, request.on_behalf, tuple(supervisors)))
        who, outcome = (
            (request.staff.id, "asked:on_her_behalf") if request.staff is not None else (None, "asked:reporter")
        )
        await uow.audit.record(AuditEntry(case.id, who, "erase_request", outcome, request.now))
        await uow.commit()
    return ErasureAsked(case, approval_id, len(supervisors))


async def decide_erasure(
    uow: UnitOfWork,
    command: DecideErasure,
    *,
    tz: tzinfo,
    policy: DeadlinePolicy = DEFAULT_POLICY,
    publish: Publisher | None = None,
) -> ErasureDone | None:
    """A supervisor of the case's region approves (the case is erased) or refuses (None).

    Raises `NotPermitted` (not a supervisor of the region), `ErasureAlreadyDecided`
    (decided before), `ErasureBlocked` (it can no longer be erased: the request is marked failed).
    """
    actor, now = command.approver, command.now
    async with uow:
        request = await uow.approvals.get(command.approval_id)
        case = await uow.cases.get_by_id(request["case_id"]) if request is not None else None  # type: ignore[attr-defined]
        if case is None or Role.SUPERVISOR not in actor.roles or not actor.covers_region(case.region):
            raise NotPermitted(trigger=ERASE, reason="supervisor_approval")
        if not await uow.approvals.decide(command.approval_id, approved=command.approved, by=actor.id, now=now):
            await uow.commit()
            raise ErasureAlreadyDecided()
        on_behalf = bool((request.get("data") or {}).get("on_behalf"))
        requester = request["requested_by"] if on_behalf else None
        if not command.approved:
            await uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "refused", now))
            if publish is not None:
                await publish(uow, ErasureDecided(case, approved=False, requester=requester))
            await uow.commit()
            return None
        why = await erasure_blocked(uow, case)
        if why is None and not await _close_for_erasure(uow, case, now, tz, policy):
            why = "open"
        if why is not None:
            await uow.approvals.mark_failed(command.approval_id)
            await uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "failed", now))
            await uow.commit()
            raise ErasureBlocked(why=why)
        # Where to tell her, read before her chat addresses are forgotten.
        addresses = await uow.people.addresses_of(case.reporter_id) if case.reporter_id else []
        locale = await uow.people.locale_of(case.reporter_id) if case.reporter_id else ""
        await uow.audit.record(AuditEntry(case.id, actor.id, "erase_request", "approved", now))
        reason = "on_her_behalf" if on_behalf else "her_request"
        # Her done service orders go with it; an open one keeps her contact and her chat addresses
        # until it is done (a team is coming): retention or her next request erases it then.
        for order_id in await uow.erasure.done_orders_of(case.reporter_id) if case.reporter_id else []:
            await uow.erasure.erase_order(order_id, now=now, reason=reason)
        files = await uow.erasure.erase_case(case.id, now=now, reason=reason)
        still = await uow.erasure.referenced_files()
        if publish is not None:
            decided = ErasureDecided(case, True, requester, addresses[0] if addresses else "", locale)
            await publish(uow, decided)
        await uow.commit()
    return ErasureDone(case, frozenset(files - still))


async def _close_for_erasure(uow: UnitOfWork, case: Case, now: datetime, tz: tzinfo, policy: DeadlinePolicy) -> bool:
    """An open case (no mediation under way) is withdrawn first: only a done case is erased."""
    if not case.is_open:
        return True
    try:
        await apply_trigger(
            uow,
            reference=case.reference,
            trigger=Trigger.WITHDRAW,
            actor=Actor.reporter(case.reporter_id),
            now=now,
            tz=tz,
            data={"reason": "erasure_request"},
            policy=policy,
            publish=None,
        )
    except (InvalidTransition, NotPermitted, MissingData, CaseNotFound, StaleCase) as error:
        logger.info(
            "erasure of %s: the case could not be withdrawn (%s)",
            case.reference,
            type(error).__name__,
            extra={"case": case.reference},
        )
        return False
    return True
