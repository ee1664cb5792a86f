"""A whole bot (the dialog harness's `Bot`) with every file of its own: key file, evidence."""

from __future__ import annotations

from pathlib import Path

from harness import Bot, Clock, make_bot


async def make_sealed_bot(data_dir: Path, url: str, clock: Clock) -> Bot:
    """The bot over ``url`` with every file of its own under ``data_dir`` (key file, evidence)."""
    return await make_bot(
        data_dir,
        clock,
        url=url,
        data_dir=data_dir,
        evidence_dir=data_dir / "evidence",
        data_key_file=data_dir / "data-key",
    )
