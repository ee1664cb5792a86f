"""Harness for the WeChat tests: the real bot (`build_app`, `build_channels`: real dialogs, outbox sender,
catalogs, the HTTP server with the channel's ``/wechat``) against the fake WeChat API; staff sit on a
recording "web" channel, as in the Matrix tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from fake_wechat import AES_KEY, APP_ID, APP_SECRET, TOKEN, FakeWeChat

from bot.bootstrap import App, build_app
from bot.channels.wechat import WeChatChannel
from bot.messages import Outbound
from bot.runner import start_channels
from bot.settings import load_settings
from storage import seed
from storage.migrate import upgrade_async

FAST_SENDER = {"poll_interval": 0.2, "backoff_base": timedelta(milliseconds=200)}


class RecordingChannel:
    """The web chat as the staff see it: every delivered message is kept."""

    scheme = "web"

    def __init__(self) -> None:
        self.delivered: list[Outbound] = []

    async def deliver(self, message: Outbound) -> None:
        self.delivered.append(message)

    def to(self, address: str) -> list[Outbound]:
        return [m for m in self.delivered if m.address == address]


@dataclass
class WeChatBot:
    app: App
    channel: WeChatChannel
    url: str
    web: RecordingChannel
    said: list[str] = field(default_factory=list)

    async def stop(self) -> None:
        await self.app.close()


async def prepare_database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    await upgrade_async(url)
    return url


def wechat_settings(tmp_path: Path, url: str, fake: FakeWeChat, **overrides: object):
    return load_settings(
        database_url=url,
        default_locale="zh-Hans-CN",
        evidence_dir=tmp_path / "evidence",
        upload_temp_dir=tmp_path / "uploads",
        max_upload_mb=1,
        web_enabled=False,
        web_host="127.0.0.1",
        web_port=0,
        wechat_app_id=APP_ID,
        wechat_app_secret=APP_SECRET,
        wechat_token=TOKEN,
        wechat_aes_key=AES_KEY,
        wechat_api_url=fake.api_url,
        **overrides,
    )


async def start_bot(tmp_path: Path, fake: FakeWeChat, *, url: str, seeded: bool = True, **overrides) -> WeChatBot:
    app = build_app(wechat_settings(tmp_path, url, fake, **overrides), sender_options=FAST_SENDER)
    if seeded:
        async with app.unit_of_work() as uow:
            await seed.seed_reference_data(uow.session)
            await seed.seed_demo_points(uow.session)
            await uow.commit()
    web = RecordingChannel()
    app.channels.register(web)
    said: list[str] = []
    assert await start_channels(app, lambda message_id, err=False, **args: said.append(message_id))
    http, channel = app.components[0], app.components[-1]
    assert isinstance(channel, WeChatChannel), app.components
    app.sender.start()
    return WeChatBot(app, channel, http.url, web, said)
