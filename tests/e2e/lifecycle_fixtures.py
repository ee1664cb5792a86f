"""A whole bot behind the real web chat: engine, outbox sender and uvicorn on 127.0.0.1 (port 0)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from bot.bootstrap import App, build_app
from bot.channels.web import WebChannel, WebServer, web_app
from bot.settings import REPO_LOCALES, Settings
from storage import seed
from storage.migrate import upgrade_async
from storage.staff import create_invite


@dataclass
class RunningBot:
    app: App
    server: WebServer

    @property
    def url(self) -> str:
        return self.server.url

    def words(self, locale: str, message_id: str, **args: object) -> str:
        return self.app.localizer.format(locale, message_id, **args)

    async def invite(self, roles: list[str], regions: list[str], point_name: str | None = None) -> str:
        from sqlalchemy import select

        from storage.records import ServicePointRecord

        points = ServicePointRecord.__table__
        async with self.app.unit_of_work() as uow:
            point = None
            if point_name:
                query = select(points.c.id).where(points.c.name == point_name)
                point = (await uow.session.execute(query)).scalar_one()
            code = await create_invite(
                uow.session,
                roles=roles,
                regions=regions,
                service_point_id=point,
                now=self.app.now(),
                valid_for=timedelta(hours=1),
            )
            await uow.commit()
        return code


#: For ``pytestmark = ON_BOTH_DATABASES``: each test of the module runs on SQLite and on PostgreSQL.
ON_BOTH_DATABASES = pytest.mark.parametrize(
    "web_database", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


@pytest.fixture
def web_database(request: pytest.FixtureRequest) -> str:
    """What `running_bot` runs on: ``sqlite`` unless the module asks for both (`ON_BOTH_DATABASES`)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
async def running_bot(tmp_path: Path, web_database: str, request: pytest.FixtureRequest) -> AsyncIterator[RunningBot]:
    if web_database == "postgres":
        url = request.getfixturevalue("postgres_url")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        await upgrade_async(url)
    settings = Settings(
        _env_file=None,
        database_url=url,
        locales_dir=REPO_LOCALES,
        default_locale="zh-Hans-CN",
        web_host="127.0.0.1",
        web_port=0,
        evidence_dir=tmp_path / "evidence",
    )
    channel = WebChannel()
    app = build_app(settings, channels=[channel])
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await seed.seed_demo_points(uow.session)
        await uow.commit()
    server = WebServer(web_app(channel, app.dialogs.handle, app.localizer, settings), settings.web_host, 0)
    await server.start()
    app.sender.start()
    try:
        yield RunningBot(app=app, server=server)
    finally:
        await server.stop()
        await app.close()
