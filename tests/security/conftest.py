"""Fixtures for the security tests: a whole bot (the dialog harness) with its own data key file."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "dialogs"))  # the dialog harness

from harness import Bot, Clock, RecordingChannel  # noqa: E402

from bot.bootstrap import build_app  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from storage import seed  # noqa: E402


async def make_sealed_bot(data_dir: Path, url: str, clock: Clock) -> Bot:
    """The bot over ``url`` with every file of its own under ``data_dir`` (key file, evidence)."""
    settings = load_settings(
        data_dir=data_dir,
        database_url=url,
        default_locale="zh-Hans-CN",
        evidence_dir=data_dir / "evidence",
        data_key_file=data_dir / "data-key",
        max_upload_mb=1,
    )
    channel = RecordingChannel("web")
    app = build_app(settings, now=clock, channels=[channel])
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await seed.seed_demo_points(uow.session)
        await uow.commit()
    return Bot(app, channel, clock)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))


@pytest.fixture
async def sealed_bot(tmp_path: Path, db_url: str, clock: Clock) -> AsyncIterator[Bot]:
    """A bot on each engine (SQLite file and PostgreSQL), its key file and evidence under tmp_path."""
    made = await make_sealed_bot(tmp_path, db_url, clock)
    yield made
    await made.app.close()
