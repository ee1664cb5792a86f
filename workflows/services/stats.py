"""Supervisor figures (issue 16): who may see which figures, the small-cell rule, exports audited.

- `report`: the figures of a period and of the one before, in a scope. Supervisors and admins
  only. Her own scope is her regions (with cases of an unknown region, as at the window); an admin's
  or city-level staff's (region ``all``) is everything. She may ask for figures outside her own
  scope (a comparison with the city), but then every small cell is hidden (`workflows.stats.suppress`).
- `case_rows`: the pseudonymised case list, only inside her own scope (`NotPermitted` outside);
  confidential cases are never listed.
- `record_export`: the audit line of an export (CLI or chat), in its own transaction.

The CLI acts as `SYSTEM_ADMIN` (whoever runs it holds the machine).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, tzinfo

from workflows.case import Actor
from workflows.errors import NotPermitted
from workflows.events import AuditEntry
from workflows.ports import UnitOfWork
from workflows.services.orders import figures_of_regions
from workflows.stats import CaseFigures, CaseRow, Period, Report, Scope, suppress
from workflows.vocabulary import ALL_REGIONS, UNKNOWN_REGION, Role

#: Who runs the command line: sees everything; its exports are audited without a person.
SYSTEM_ADMIN = Actor(id=None, roles=frozenset({Role.ADMIN}), regions=frozenset({ALL_REGIONS}))
EXPORT_ACTION = "export_report"


def may_see_figures(actor: Actor) -> bool:
    return bool(actor.roles & {Role.SUPERVISOR, Role.ADMIN})


def own_regions(actor: Actor) -> frozenset[str] | None:
    """The regions whose figures she sees in full (None: every region)."""
    if Role.ADMIN in actor.roles or ALL_REGIONS in actor.regions:
        return None
    return frozenset(actor.regions) | {UNKNOWN_REGION}


def default_scope(actor: Actor) -> Scope:
    """Her own regions (an admin's: everything)."""
    regions = own_regions(actor)
    return Scope.everywhere() if regions is None else Scope.of_regions(frozenset(actor.regions))


async def _within_own(uow: UnitOfWork, actor: Actor, scope: Scope) -> bool:
    own = own_regions(actor)
    if own is None:
        return True
    if scope.service_point_id is not None:
        region = await uow.stats.point_region(scope.service_point_id)
        return region is not None and region in own
    return scope.regions is not None and scope.regions <= own


def _check(actor: Actor) -> None:
    if not may_see_figures(actor):
        raise NotPermitted(trigger="stats", reason="not_supervisor")


async def report(
    uow: UnitOfWork, *, actor: Actor, period: Period, tz: tzinfo, now: datetime, scope: Scope | None = None
) -> Report:
    """The figures of ``period`` and the period before in ``scope`` (default: her own), small cells
    hidden when the scope is not wholly hers. Raises `NotPermitted` for anyone but supervisors and admins."""
    _check(actor)
    scope = scope if scope is not None else default_scope(actor)
    async with uow:
        hidden = not await _within_own(uow, actor, scope)
        current = await _figures(uow, period, scope, tz, now)
        previous = await _figures(uow, period.previous(), scope, tz, now)
    if hidden:
        current, previous = suppress(current), suppress(previous)
    return Report(current=current, previous=previous, at=now, suppressed=hidden)


async def _figures(uow: UnitOfWork, period: Period, scope: Scope, tz: tzinfo, now: datetime) -> CaseFigures:
    figures = await uow.stats.case_figures(period, scope, tz, now)
    if scope.service_point_id is not None:
        return figures
    if scope.regions is not None and not scope.regions:
        return replace(figures, orders=None)
    orders = await figures_of_regions(uow, period=period.as_day_range(), regions=scope.regions, tz=tz)
    return replace(figures, orders=orders)


async def case_rows(
    uow: UnitOfWork, *, actor: Actor, period: Period, tz: tzinfo, scope: Scope | None = None
) -> AsyncIterator[CaseRow]:
    """The pseudonymised cases registered in ``period`` in ``scope`` (default: her own), oldest first,
    streamed. Only inside her own scope: `NotPermitted` (reason ``outside_scope``) elsewhere."""
    _check(actor)
    scope = scope if scope is not None else default_scope(actor)
    since, until = period.bounds(tz)
    async with uow:
        if not await _within_own(uow, actor, scope):
            raise NotPermitted(trigger="stats", reason="outside_scope")
        async for row in uow.stats.case_rows(since, until, scope):
            yield row


def scope_label(scope: Scope) -> str:
    """A short code for the audit line: ``all``, ``r:hailar,ergun`` or ``p:12``."""
    if scope.service_point_id is not None:
        return f"p:{scope.service_point_id}"
    if scope.regions is None:
        return ALL_REGIONS
    return "r:" + ",".join(sorted(scope.regions))


async def record_export(
    uow: UnitOfWork, *, actor: Actor, period: Period, scope: Scope, fmt: str, rows: int | None, now: datetime
) -> None:
    """Audit an export: who (None: the command line), when, the format, period, scope and row count
    (``outcome`` is at most 64 characters: a long list of regions is cut). ``rows`` None: the export
    begins (``csv-started:2026-11:r:hailar``, written before its first byte leaves)."""
    count = "" if rows is None else f"{rows}:"
    outcome = f"{fmt}:{period.label()}:{count}{scope_label(scope)}"[:64]
    async with uow:
        await uow.audit.record(AuditEntry(None, actor.id, EXPORT_ACTION, outcome, now))
        await uow.commit()


__all__ = [
    "EXPORT_ACTION",
    "SYSTEM_ADMIN",
    "case_rows",
    "default_scope",
    "may_see_figures",
    "own_regions",
    "record_export",
    "report",
    "scope_label",
]
