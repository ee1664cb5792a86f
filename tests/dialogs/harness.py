"""Test harness: a whole bot on a real SQLite file, with a recording channel instead of a network.

`Chat` sends neutral inbound messages through the real dialog engine and returns
what the outbox sender delivered, rendered by the real catalogs.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.bootstrap import App, build_app
from bot.messages import Attachment, Inbound, Outbound
from bot.settings import load_settings
from storage import seed
from storage.migrate import upgrade_async


class RecordingChannel:
    """Captures every delivered message, per address, for a given URN scheme."""

    def __init__(self, scheme: str = "web") -> None:
        self.scheme = scheme
        self.delivered: list[Outbound] = []

    async def deliver(self, message: Outbound) -> None:
        self.delivered.append(message)

    def to(self, address: str) -> list[Outbound]:
        return [m for m in self.delivered if m.address == address]


class Clock:
    """A settable clock: tests move time instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


class Chat:
    """One person in one conversation."""

    _ids = itertools.count(1)

    def __init__(self, bot: Bot, address: str) -> None:
        self.bot = bot
        self.address = address

    async def send(
        self,
        text: str = "",
        *,
        action: str = "",
        attachments: tuple[Attachment, ...] = (),
        update_id: str | None = None,
        unsupported: str = "",
        hint: str = "",
    ) -> list[Outbound]:
        inbound = Inbound(
            address=self.address,
            update_id=update_id or f"u{next(self._ids)}",
            text=text,
            action=action,
            attachments=attachments,
            unsupported=unsupported,
            locale_hint=hint,
        )
        return await self.bot.exchange(self.address, inbound)

    async def press(self, action: str) -> list[Outbound]:
        return await self.send(action=action)


class Bot:
    def __init__(self, app: App, channel: RecordingChannel, clock: Clock) -> None:
        self.app = app
        self.channel = channel
        self.clock = clock

    def chat(self, address: str) -> Chat:
        return Chat(self, address)

    async def exchange(self, address: str, inbound: Inbound) -> list[Outbound]:
        before = len(self.channel.delivered)
        await self.app.dialogs.handle(inbound)
        await self.app.sender.run_once(self.clock())
        return [m for m in self.channel.delivered[before:] if m.address == address]

    async def deliver_pending(self) -> None:
        await self.app.sender.run_once(self.clock())


async def make_bot(tmp_path: Path, clock: Clock, locale: str = "en") -> Bot:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    await upgrade_async(url)
    settings = load_settings(database_url=url, default_locale="zh-Hans-CN", evidence_dir=tmp_path / "evidence", max_upload_mb=1)
    channel = RecordingChannel("web")
    app = build_app(settings, now=clock, channels=[channel])
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await seed.seed_demo_points(uow.session)
        await uow.commit()
    return Bot(app, channel, clock)


def texts(messages: list[Outbound]) -> str:
    return "\n".join(m.text for m in messages)


def actions(messages: list[Outbound]) -> list[str]:
    return [b.action for m in messages for row in m.buttons for b in row]
