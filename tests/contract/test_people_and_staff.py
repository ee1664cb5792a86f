"""People behind chat addresses, staff joining by invitation and leaving."""

from __future__ import annotations

from datetime import timedelta

import pytest
from uow_backends import NOW

from workflows.events import OutgoingNotice
from workflows.readmodels import InviteError, Joined
from workflows.vocabulary import Role


async def test_a_persons_addresses_come_newest_first_and_follow_a_relink(backend):
    her = await backend.person("web:old", locale="ru", at=NOW)
    await backend.identity("telegram:5", her, at=NOW + timedelta(days=2))
    await backend.identity("matrix:@her:x", her, at=NOW + timedelta(days=1))
    other = await backend.person("web:else", at=NOW)
    async with backend.uow() as uow:
        assert await uow.people.addresses_of(her) == ["telegram:5", "matrix:@her:x", "web:old"]
        await uow.people.relink_identity("web:else", her)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.people.addresses_of(her) == ["telegram:5", "matrix:@her:x", "web:old", "web:else"]
        assert await uow.people.addresses_of(other) == []


async def test_locale_is_empty_until_set(backend):
    her = await backend.person("web:her")
    async with backend.uow() as uow:
        assert await uow.people.locale_of(her) == ""
        assert await uow.people.locale_of(her + 1000) == ""
        await uow.people.set_locale(her, "mn-Mong-CN")
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.people.locale_of(her) == "mn-Mong-CN"


async def test_only_an_active_staff_member_is_a_staff_actor(backend):
    reporter = await backend.person("web:her")
    active = await backend.person("web:op")
    gone = await backend.person("web:gone")
    await backend.staff(active, roles=("operator", "supervisor"), regions=("hailar", "ergun"), name="Oyuna")
    await backend.staff(gone, active=False)
    async with backend.uow() as uow:
        actor = await uow.people.staff_actor(active)
        assert await uow.people.staff_actor(reporter) is None
        assert await uow.people.staff_actor(gone) is None
    assert actor.id == active
    assert actor.roles == {Role.OPERATOR, Role.SUPERVISOR}
    assert actor.regions == {"hailar", "ergun"}
    assert (actor.service_point_id, actor.name) == (None, "Oyuna")


async def test_on_duty_addresses_are_the_window_staff_covering_the_region(backend):
    async def staff(address: str, locale: str = "en", **kw) -> None:
        await backend.staff(await backend.person(address, locale=locale), **kw)

    await staff("web:hailar-op", locale="zh-Hans-CN", regions=("hailar",))
    await staff("web:ergun-op", regions=("ergun",))
    await staff("web:all-sup", locale="ru", roles=("supervisor",), regions=("all",))
    await staff("web:off-duty", regions=("hailar",), on_duty=False)
    await staff("web:inactive", regions=("hailar",), active=False)
    await staff("web:mediator", roles=("mediator",), regions=("hailar",))
    async with backend.uow() as uow:
        hailar = sorted(await uow.people.on_duty_addresses("hailar"))
        unsure = sorted(await uow.people.on_duty_addresses("unknown"))
    assert hailar == [("web:all-sup", "ru"), ("web:hailar-op", "zh-Hans-CN")]
    assert unsure == [("web:all-sup", "ru"), ("web:ergun-op", "en"), ("web:hailar-op", "zh-Hans-CN")]


async def test_an_invitation_is_used_once_and_gives_exactly_its_roles(backend):
    her = await backend.person("web:new-op")
    code = await backend.invite(roles=["operator"], regions=["hailar"])
    async with backend.uow() as uow:
        with pytest.raises(InviteError) as unknown:
            await uow.staff.redeem_invite("AAAA-BBBB-CCCC", person_id=her, now=NOW)
        joined = await uow.staff.redeem_invite(code.lower(), person_id=her, now=NOW, name="Saran")
        with pytest.raises(InviteError) as used:
            await uow.staff.redeem_invite(code, person_id=her, now=NOW)
        await uow.commit()
    assert (unknown.value.code, used.value.code) == ("join-error-unknown", "join-error-used")
    assert joined == Joined(roles=["operator"], regions=["hailar"], service_point_id=None)
    async with backend.uow() as uow:
        actor = await uow.people.staff_actor(her)
        assert await uow.staff.is_active(her)
    assert (actor.roles, actor.regions, actor.name) == ({Role.OPERATOR}, {"hailar"}, "Saran")


async def test_a_new_invitation_replaces_roles_and_ends_nothing_else(backend):
    her = await backend.person("web:op")
    point = await backend.point("Home")
    await backend.staff(her, roles=("operator", "supervisor"), regions=("all",), name="Kept name")
    code = await backend.invite(roles=["mediator"], regions=[], point=point)
    async with backend.uow() as uow:
        await uow.staff.redeem_invite(code, person_id=her, now=NOW, name="Ignored")
        await uow.commit()
    async with backend.uow() as uow:
        actor = await uow.people.staff_actor(her)
    assert (actor.roles, actor.regions, actor.service_point_id, actor.name) == (
        {Role.MEDIATOR},
        frozenset(),
        point,
        "Kept name",
    )


async def test_an_expired_invitation_is_refused_and_a_refusal_uses_nothing(backend):
    her = await backend.person("web:late")
    code = await backend.invite(roles=["operator"], regions=["hailar"], now=NOW - timedelta(days=2), days=1)
    async with backend.uow() as uow:
        with pytest.raises(InviteError) as expired:
            await uow.staff.redeem_invite(code, person_id=her, now=NOW)
    assert expired.value.code == "join-error-expired"
    async with backend.uow() as uow:
        assert await uow.people.staff_actor(her) is None
        assert not await uow.staff.is_active(her)


async def test_deactivation_ends_access_and_cancels_what_waits_for_her(backend):
    her = await backend.person("web:leaving")
    await backend.identity("telegram:9", her, at=NOW + timedelta(minutes=1))
    await backend.staff(her)
    async with backend.uow() as uow:
        await uow.outbox.put_many(
            [
                OutgoingNotice("web:leaving", "a"),
                OutgoingNotice("telegram:9", "b"),
                OutgoingNotice("web:someone", "c"),
            ]
        )
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.staff.deactivate(her)
        assert not await uow.staff.deactivate(her + 1000)
        await uow.commit()
    async with backend.uow() as uow:
        assert not await uow.staff.is_active(her)
        assert await uow.people.staff_actor(her) is None
    assert [(r.address, r.status) for r in await backend.outbox()] == [
        ("web:leaving", "dead"),
        ("telegram:9", "dead"),
        ("web:someone", "pending"),
    ]
