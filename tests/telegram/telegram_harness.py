"""Harness for Telegram journeys: the fake Bot API over loopback HTTP and a whole bot on a SQLite file.

The bot is the real one (`bot.bootstrap.build_app`, real dialogs, real outbox sender, real
catalogs) with the real `TelegramChannel`; only the Bot API server is ours. The clock is real,
because the outbox sender's retries are timed by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from fake_bot_api import FakeBotApi

from bot.bootstrap import App, build_app
from bot.channels.telegram import ChatPacer, TelegramChannel, build_application
from bot.settings import load_settings
from storage import seed
from storage.migrate import upgrade_async

#: Outbox retries in tenths of a second, so "arrives later" is quick to see.
FAST_SENDER = {"poll_interval": 0.2, "backoff_base": timedelta(milliseconds=200)}


@dataclass
class RunningBot:
    app: App
    channel: TelegramChannel

    async def stop(self) -> None:
        await self.channel.stop()
        await self.app.close()


async def prepare_database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    await upgrade_async(url)
    return url


async def start_bot(
    tmp_path: Path,
    fake: FakeBotApi,
    *,
    url: str,
    mode: str = "polling",
    seeded: bool = True,
    token: str | None = None,
    webhook_secret: str = "s3cret-for-tests",
    **overrides: object,
) -> RunningBot:
    settings = load_settings(
        database_url=url,
        default_locale="zh-Hans-CN",
        evidence_dir=tmp_path / "evidence",
        max_upload_mb=1,
        web_enabled=False,
        **overrides,
    )
    app = build_app(settings, sender_options=FAST_SENDER)
    if seeded:
        async with app.unit_of_work() as uow:
            await seed.seed_reference_data(uow.session)
            await seed.seed_demo_points(uow.session)
            await uow.commit()
    application = build_application(token or fake.token, api_url=fake.api_url, polling=mode == "polling")
    channel = TelegramChannel(
        application,
        handle=app.dialogs.handle,
        localizer=app.localizer,
        mode=mode,
        webhook_secret=webhook_secret,
        max_download_bytes=settings.max_upload_bytes,
        pacer=ChatPacer(interval=0),  # Telegram's 1/s per chat would make journeys take seconds
        poll_timeout=1,
        on_started=app.channels.register,
        turn_timeout=settings.turn_timeout,
    )
    app.sender.start()
    return RunningBot(app, channel)
