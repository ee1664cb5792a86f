"""Dashboard links (`/dashboard`): one opening, short-lived, hers only, ended with her access.

The port and the use case (`workflows.services.dashboard`) on the fake, SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, timedelta

import pytest
from uow_backends import NOW

from workflows.case import Actor
from workflows.dashboard_links import hash_token
from workflows.errors import NotPermitted
from workflows.services.dashboard import LinkRefused, issue_link, open_link, page_actor, page_scope
from workflows.services.staff_access import end_staff_access
from workflows.services.triggers import TriggerContext
from workflows.stats import Scope

LINK, SESSION = timedelta(minutes=15), timedelta(minutes=60)


async def supervisor(backend, regions=("hailar",), roles=("supervisor",)) -> Actor:
    person = await backend.person(None, locale="en")
    return await backend.staff(person, roles=roles, regions=regions)


async def refused(awaitable) -> str:
    with pytest.raises(LinkRefused) as raised:
        await awaitable
    return raised.value.reason


async def test_a_link_opens_once_and_its_session_is_hers_until_it_expires(backend):
    her = await supervisor(backend)
    token = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    session = await open_link(
        backend.uow(NOW + timedelta(minutes=14)), token, now=NOW + timedelta(minutes=14), session_for=SESSION
    )
    assert session.person_id == her.id and session.token != token
    assert await refused(open_link(backend.uow(), token, now=NOW + timedelta(minutes=1), session_for=SESSION)) == "used"
    later = NOW + timedelta(minutes=70)
    assert (await page_actor(backend.uow(later), session.token, now=later)).id == her.id
    gone = NOW + timedelta(minutes=75)  # the session began at +14 min and lasts an hour
    assert await refused(page_actor(backend.uow(gone), session.token, now=gone)) == "expired"


async def test_an_expired_forged_or_malformed_link_does_not_open(backend):
    her = await supervisor(backend)
    token = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    late = NOW + LINK
    assert await refused(open_link(backend.uow(late), token, now=late, session_for=SESSION)) == "expired"
    forged = "A" * 43
    assert await refused(open_link(backend.uow(), forged, now=NOW, session_for=SESSION)) == "unknown"
    assert await refused(open_link(backend.uow(), "../etc", now=NOW, session_for=SESSION)) == "unknown"
    assert await refused(page_actor(backend.uow(), token, now=NOW)) == "unknown"  # a link is no session


async def test_only_the_hash_of_a_link_is_kept(backend):
    her = await supervisor(backend)
    token = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    async with backend.uow() as uow:
        state = await uow.dashboard_links.by_session(hash_token(token), now=NOW)
        assert state.status == "unknown"
        state = await uow.dashboard_links.redeem(
            hash_token(token), now=NOW, session_hash=hash_token("s" * 43), session_expires_at=NOW + SESSION
        )
        assert (state.status, state.person_id, state.regions) == ("ok", her.id, ("hailar",))
        await uow.commit()


async def test_two_openings_at_once_only_one_begins_a_session(backend):
    her = await supervisor(backend)
    token = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    results = await asyncio.gather(
        open_link(backend.uow(), token, now=NOW, session_for=SESSION),
        open_link(backend.uow(), token, now=NOW, session_for=SESSION),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["LinkRefused", "Session"]


async def test_ending_her_access_revokes_her_links_and_open_pages(backend):
    her = await supervisor(backend)
    other = await supervisor(backend)
    unused = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    opened = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    session = await open_link(backend.uow(), opened, now=NOW, session_for=SESSION)
    theirs = await open_link(
        backend.uow(),
        await issue_link(backend.uow(), actor=other, now=NOW, valid_for=LINK),
        now=NOW,
        session_for=SESSION,
    )
    assert await end_staff_access(backend.uow(), her.id, by=None, now=NOW, clock=TriggerContext(tz=UTC)) is not None
    assert await refused(page_actor(backend.uow(), session.token, now=NOW)) == "revoked"
    assert await refused(open_link(backend.uow(), unused, now=NOW, session_for=SESSION)) == "revoked"
    assert (await page_actor(backend.uow(), theirs.token, now=NOW)).id == other.id
    # She joins again later with the same regions: what was revoked stays revoked.
    code = await backend.invite(roles=["supervisor"], regions=["hailar"])
    async with backend.uow() as uow:
        await uow.staff.redeem_invite(code, person_id=her.id, now=NOW)
        await uow.commit()
    assert await refused(page_actor(backend.uow(), session.token, now=NOW)) == "revoked"
    assert await refused(open_link(backend.uow(), unused, now=NOW, session_for=SESSION)) == "revoked"


async def test_only_supervisors_and_admins_get_a_link(backend):
    person = await backend.person(None)
    operator = await backend.staff(person, roles=("operator",))
    with pytest.raises(NotPermitted):
        await issue_link(backend.uow(), actor=operator, now=NOW, valid_for=LINK)


async def test_the_page_refuses_a_region_or_point_outside_her_own_regions(backend):
    her = await supervisor(backend, regions=("hailar",))
    assert await page_scope(backend.uow(), her) == Scope.of_regions({"hailar"})
    assert await page_scope(backend.uow(), her, region="hailar") == Scope.region("hailar")
    assert await refused(page_scope(backend.uow(), her, region="ergun")) == "outside_scope"
    ergun_point = await backend.point("Ergun Home", region="ergun")
    hailar_point = await backend.point("Hailar Home", region="hailar")
    assert await page_scope(backend.uow(), her, point_id=hailar_point) == Scope.point(hailar_point)
    assert await refused(page_scope(backend.uow(), her, point_id=ergun_point)) == "outside_scope"
    assert await refused(page_scope(backend.uow(), her, point_id=ergun_point + 1000)) == "outside_scope"


async def test_a_change_of_her_regions_ends_the_links_made_before(backend):
    her = await supervisor(backend, regions=("hailar",))
    token = await issue_link(backend.uow(), actor=her, now=NOW, valid_for=LINK)
    session = await open_link(backend.uow(), token, now=NOW, session_for=SESSION)
    code = await backend.invite(roles=["supervisor"], regions=["hailar", "ergun"])
    async with backend.uow() as uow:  # she joins again with a wider scope
        await uow.staff.redeem_invite(code, person_id=her.id, now=NOW)
        await uow.commit()
    assert await refused(page_actor(backend.uow(), session.token, now=NOW)) == "revoked"
