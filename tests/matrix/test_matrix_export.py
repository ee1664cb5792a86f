"""``/export`` over Matrix (a real Synapse): the answer is a one-time link in a text message, in her
language (a text event, not a file uploaded to the homeserver's media repository); a region outside hers
is refused there."""

from __future__ import annotations

from datetime import timedelta

from .conftest import World, body
from .test_matrix_journeys import open_room


async def test_the_export_comes_as_a_link_not_a_file(world: World) -> None:
    from storage.staff import create_invite

    bot = await world.start_bot()
    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=["supervisor"],
            regions=["hailar"],
            service_point_id=None,
            now=bot.app.now(),
            valid_for=timedelta(days=1),
        )
        await uow.commit()
    supervisor = await world.person("sup")
    chat, _ = await open_room(world, supervisor)
    await chat.say(f"/join {code} Narantuya", "欢迎")  # the default language: Chinese
    answer = await chat.say("/export 2026-11 csv", "/dashboard/open/")
    assert answer["content"]["msgtype"] in ("m.text", "m.notice")  # a message, not an upload
    assert body(answer).startswith("您的导出（2026-11，CSV）：") and "export=csv" in body(answer)
    refused = await chat.say("/export ergun", "不在您的负责范围内")
    assert "/dashboard/open/" not in body(refused)
