"""Retention as an administrator and the running bot use it (real processes, a real SQLite file).

``walking-home retention run --dry-run`` counts and changes nothing; ``retention run`` erases and
says what, by kind; ``walking-home run`` starts the retention worker, which runs at start.
"""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .bot_process import WALKING_HOME, BotProcess


def add_processed_update(database: Path, update_id: str, age: timedelta) -> None:
    at = (datetime.now(UTC) - age).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO processed_updates (channel, update_id, at) VALUES (?, ?, ?)", ("web", update_id, at)
        )


def processed_ids(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return sorted(row[0] for row in connection.execute("SELECT update_id FROM processed_updates"))


async def test_the_command_counts_on_a_dry_run_then_erases_and_the_running_bot_erases_at_start(
    tmp_path: Path,
) -> None:
    bot = BotProcess.configure(tmp_path)
    bot.cli("db", "upgrade")
    database = tmp_path / "bot.db"
    add_processed_update(database, "old-1", timedelta(days=8))
    add_processed_update(database, "new-1", timedelta(hours=1))

    dry = bot.cli("--lang", "en", "retention", "run", "--dry-run")
    assert "Dry run: 1 would be erased (nothing was changed)." in dry
    assert "processed update ids: 1" in dry and "closed cases: 0" in dry
    assert processed_ids(database) == ["new-1", "old-1"]

    done = bot.cli("--lang", "en", "retention", "run")
    assert "Retention run: 1 erased." in done and "processed update ids: 1" in done
    assert processed_ids(database) == ["new-1"]

    unknown = await asyncio.to_thread(
        subprocess.run, [WALKING_HOME, "--lang", "en", "case", "hold", "HLB-2026-999999"],
        env=bot.env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert unknown.returncode == 1 and "HLB-2026-999999" in unknown.stderr

    add_processed_update(database, "old-2", timedelta(days=30))
    await bot.start()
    try:
        deadline = time.monotonic() + 20
        while "old-2" in processed_ids(database) and time.monotonic() < deadline:  # noqa: ASYNC110 - another process
            await asyncio.sleep(0.1)
        left = processed_ids(database)
    finally:
        bot.stop()
    assert "old-2" not in left and "new-1" in left, bot.log()[-2000:]
