"""The supervisors' dashboard page: one-time links, the page session, who may see which region.

- `issue_link`: ``/dashboard`` in chat. A supervisor or admin gets a random token (the link), valid
  for a short while and for one opening; only its hash is kept, with her person id and her regions.
- `open_link`: the link is opened: used up, and a page session begins (another random token, for a
  cookie; only its hash kept). Refused (`LinkRefused`) when unknown, used, expired or revoked.
- `page_actor`: each page request: the session must last, her access must not have ended (ending it
  revokes her links, `workflows.services.staff_access`) and her regions must be those of the link.
- `page_scope`: the filters she chose, within her own scope only (`LinkRefused` ``outside_scope``).
  The figures themselves are `workflows.services.stats.report`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from workflows.case import Actor
from workflows.dashboard_links import REVOKED, UNKNOWN, hash_token, new_token, well_formed
from workflows.errors import NotPermitted
from workflows.ports import UnitOfWork
from workflows.services.stats import default_scope, may_see_figures, own_regions
from workflows.stats import Scope

OUTSIDE_SCOPE = "outside_scope"


class LinkRefused(Exception):
    """The link or page session does not open the page; ``reason``: unknown, used, expired, revoked,
    outside_scope (a code, never data); ``person_id`` when the link was hers (for her language)."""

    def __init__(self, reason: str, person_id: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.person_id = person_id


@dataclass(frozen=True)
class Session:
    """A page session just begun: the token for the cookie, whose it is, until when."""

    token: str
    person_id: int
    expires_at: datetime


def _regions(actor: Actor) -> tuple[str, ...]:
    return tuple(sorted(actor.regions))


async def issue_link(uow: UnitOfWork, *, actor: Actor, now: datetime, valid_for: timedelta) -> str:
    """A new one-time link token for her (supervisors and admins only: `NotPermitted` otherwise)."""
    if actor.id is None or not may_see_figures(actor):
        raise NotPermitted(trigger="dashboard", reason="not_supervisor")
    token = new_token()
    async with uow:
        await uow.dashboard_links.add(
            person_id=actor.id,
            token_hash=hash_token(token),
            regions=_regions(actor),
            now=now,
            expires_at=now + valid_for,
        )
        await uow.commit()
    return token


async def open_link(uow: UnitOfWork, token: str, *, now: datetime, session_for: timedelta) -> Session:
    """Use the link up and begin a page session; `LinkRefused` when it does not open."""
    if not well_formed(token):
        raise LinkRefused(UNKNOWN)
    session = new_token()
    async with uow:
        state = await uow.dashboard_links.redeem(
            hash_token(token), now=now, session_hash=hash_token(session), session_expires_at=now + session_for
        )
        if not state.ok:
            raise LinkRefused(state.status, state.person_id)
        await _check_person(uow, state.person_id, state.regions)
        await uow.commit()
    return Session(session, state.person_id, now + session_for)


async def page_actor(uow: UnitOfWork, session: str, *, now: datetime) -> Actor:
    """Whose page this is, checked again at every request; `LinkRefused` when the session no longer opens it."""
    if not well_formed(session):
        raise LinkRefused(UNKNOWN)
    async with uow:
        state = await uow.dashboard_links.by_session(hash_token(session), now=now)
        if not state.ok:
            raise LinkRefused(state.status, state.person_id)
        return await _check_person(uow, state.person_id, state.regions)


async def _check_person(uow: UnitOfWork, person_id: int | None, regions: tuple[str, ...]) -> Actor:
    actor = await uow.people.staff_actor(person_id) if person_id is not None else None
    if actor is None or not may_see_figures(actor) or _regions(actor) != tuple(regions):
        raise LinkRefused(REVOKED, person_id)  # her access ended, or her role or regions changed since
    return actor


async def page_scope(uow: UnitOfWork, actor: Actor, *, region: str = "", point_id: int | None = None) -> Scope:
    """The scope her filters ask for: her own (nothing chosen), one of her regions, or a service point
    in them. Anything outside her own scope is refused (`LinkRefused` ``outside_scope``)."""
    own = own_regions(actor)
    if point_id is not None:
        async with uow:
            point_region = await uow.stats.point_region(point_id)
        if point_region is None or (own is not None and point_region not in own):
            raise LinkRefused(OUTSIDE_SCOPE, actor.id)
        return Scope.point(point_id)
    if region:
        if own is not None and region not in own:
            raise LinkRefused(OUTSIDE_SCOPE, actor.id)
        return Scope.region(region)
    return default_scope(actor)


__all__ = ["OUTSIDE_SCOPE", "LinkRefused", "Session", "issue_link", "open_link", "page_actor", "page_scope"]
