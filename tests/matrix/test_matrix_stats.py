"""``/stats`` over Matrix (a real Synapse): the summary as a message, then each chart uploaded to the
media repository and sent as an ``m.image`` event whose mxc URL downloads as a PNG."""

from __future__ import annotations

import io
from datetime import timedelta

import aiohttp
from PIL import Image

from .conftest import World, body
from .test_matrix_journeys import open_room


async def download(world: World, person, mxc: str) -> bytes:
    """The file behind an mxc URL, through the authenticated media API (as a client fetches it)."""
    server, _, media = mxc.removeprefix("mxc://").partition("/")
    url = f"{world.synapse.url}/_matrix/client/v1/media/download/{server}/{media}"
    headers = {"Authorization": f"Bearer {person.client.access_token}"}
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        assert response.status == 200, response.status
        return await response.read()


async def test_a_supervisor_gets_the_figures_and_two_chart_images(world: World) -> None:
    from storage.staff import create_invite

    bot = await world.start_bot()
    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=["supervisor"],
            regions=["hailar", "ergun"],
            service_point_id=None,
            now=bot.app.now(),
            valid_for=timedelta(days=1),
        )
        await uow.commit()
    supervisor = await world.person("sup")
    chat, _ = await open_room(world, supervisor)
    await chat.say(f"/join {code} Narantuya", "欢迎")  # the default language: Chinese

    before = chat.seen
    summary = await chat.say("/stats month", "统计 ")
    assert "海拉尔区" in body(summary) and "额尔古纳市" in body(summary)
    images = []
    for _ in range(2):
        event = await supervisor.wait_for(
            chat.room_id,
            world.bot_user,
            lambda e: e["content"].get("msgtype") == "m.image" and e not in images,
            after=before,
        )
        images.append(event)
    words = bot.app.localizer
    assert [e["content"]["body"] for e in images] == [
        words.format("zh-Hans-CN", "stats-chart-by-service"),
        words.format("zh-Hans-CN", "stats-chart-by-region"),
    ]
    for event in images:
        content = event["content"]
        assert content["url"].startswith("mxc://") and content["info"]["mimetype"] == "image/png"
        data = await download(world, supervisor, content["url"])
        assert len(data) == content["info"]["size"]
        picture = Image.open(io.BytesIO(data))
        picture.load()
        assert picture.format == "PNG" and picture.size == (content["info"]["w"], content["info"]["h"])
