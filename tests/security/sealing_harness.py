"""A whole bot (the dialog harness's `Bot`) with every file of its own: key file, evidence."""

from __future__ import annotations

from pathlib import Path

from harness import Bot, Clock, RecordingChannel

from bot.bootstrap import build_app
from bot.settings import load_settings
from storage import seed


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
