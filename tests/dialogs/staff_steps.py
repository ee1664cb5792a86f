"""Steps shared by the staff dialog tests: invitations, joining, guided forms, audit rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from harness import Bot, Chat, texts
from sqlalchemy import select

from bot.dialogs.staff_forms import FORMS, REVIEWS
from bot.messages import Outbound
from storage.people import person_for_address, staff_actor
from storage.records import AuditRecord, CallbackTaskRecord, ServicePointRecord
from storage.staff import create_invite
from workflows.case import Actor
from workflows.vocabulary import Trigger

AUDIT = AuditRecord.__table__
POINTS = ServicePointRecord.__table__
CALLBACKS = CallbackTaskRecord.__table__
JIANSHE = "Hailar Jianshe Street Women's Home"


async def invite(
    bot: Bot,
    *,
    roles: tuple[str, ...] = ("operator",),
    regions: tuple[str, ...] = ("hailar",),
    point: int | None = None,
    valid_for: timedelta = timedelta(days=2),
) -> str:
    """A one-time code, as an administrator or supervisor issues it."""
    if bot.store == "fake":
        return bot.app.db.create_invite(
            roles=list(roles), regions=list(regions), service_point_id=point, now=bot.clock(), valid_for=valid_for
        )
    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=list(roles),
            regions=list(regions),
            service_point_id=point,
            now=bot.clock(),
            valid_for=valid_for,
        )
        await uow.commit()
    return code


async def join(
    bot: Bot,
    address: str,
    name: str,
    *,
    roles: tuple[str, ...] = ("operator",),
    regions: tuple[str, ...] = ("hailar",),
    point: int | None = None,
    hint: str = "en",
) -> Actor:
    """She types ``/join CODE name`` into her chat; returns her as an Actor."""
    code = await invite(bot, roles=roles, regions=regions, point=point)
    out = await bot.chat(address).send(f"/join {code} {name}", hint=hint)
    assert out, "the join is answered"
    found = await actor_at(bot, address)
    assert found is not None, texts(out)
    return found


async def actor_at(bot: Bot, address: str) -> Actor | None:
    if bot.store == "fake":
        person_id = bot.app.db.person_at(address)
        async with bot.app.unit_of_work() as uow:
            return None if person_id is None else await uow.people.staff_actor(person_id)
    async with bot.app.unit_of_work() as uow:
        person = await person_for_address(uow.session, address, bot.clock())
        found = await staff_actor(uow.session, person.id)
        await uow.commit()
    return found


async def point_id(bot: Bot, name: str = JIANSHE) -> int:
    if bot.store == "fake":
        return bot.app.db.point_id(name)
    async with bot.app.unit_of_work() as uow:
        return (await uow.session.execute(select(POINTS.c.id).where(POINTS.c.name == name))).scalar_one()


async def fill(chat: Chat, reference: str, verb: str, trigger: Trigger, *answers: str) -> list[Outbound]:
    """Press a card button and answer its guided form (buttons for choices and a date's quick
    picks, text otherwise), confirming the review where the form has one.

    Returns everything she got from the button press on.
    """
    before = len(chat.bot.channel.delivered)
    await chat.press(f"st:{verb}:{reference}")
    fields = FORMS[trigger]
    assert len(answers) == len(fields), f"{trigger.value} asks {len(fields)} questions"
    for index, (field, answer) in enumerate(zip(fields, answers, strict=True)):
        if answer in field.choices:
            await chat.press(f"sf:{trigger.value}.{index}:{answer}")
        else:
            await chat.send(answer)
    if trigger in REVIEWS:
        await chat.press("sf:confirm")
    return [m for m in chat.bot.channel.delivered[before:] if m.address == chat.address]


async def audit(bot: Bot, case_id: int | None = None) -> list[tuple[int | None, str, str]]:
    """(actor, action, outcome) of the audit log, oldest first."""
    if bot.store == "fake":
        return [(e.actor_id, e.action, e.outcome) for e in bot.app.db.audit if case_id in (None, e.case_id)]
    query = select(AUDIT.c.actor_id, AUDIT.c.action, AUDIT.c.outcome).order_by(AUDIT.c.id)
    if case_id is not None:
        query = query.where(AUDIT.c.case_id == case_id)
    async with bot.app.unit_of_work() as uow:
        return [tuple(r) for r in await uow.session.execute(query)]


async def callback_tasks(bot: Bot, case_id: int) -> list[dict[str, Any]]:
    if bot.store == "fake":
        tasks = bot.app.db.data.callbacks
        return [dict(tasks[i]) for i in sorted(tasks) if tasks[i]["case_id"] == case_id]
    async with bot.app.unit_of_work() as uow:
        rows = await uow.session.execute(
            select(CALLBACKS).where(CALLBACKS.c.case_id == case_id).order_by(CALLBACKS.c.id)
        )
        return [dict(r._mapping) for r in rows]
