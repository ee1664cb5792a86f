"""One ``walking-home run`` per SQLite database: a second one says so and stops (real processes)."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

from .bot_process import WALKING_HOME, BotProcess, free_port


async def test_a_second_run_on_the_same_sqlite_database_refuses_to_start_and_the_first_keeps_serving(
    tmp_path: Path,
) -> None:
    first = BotProcess.configure(tmp_path)
    await first.start()
    try:
        env = {**first.env, "WALKING_HOME_WEB_PORT": str(free_port())}
        second = await asyncio.to_thread(
            subprocess.run, [WALKING_HOME, "run"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        still_serving = first._answers()
    finally:
        first.stop()

    assert second.returncode == 1
    assert "Another walking-home process" in second.stderr and str(tmp_path / "bot.db") in second.stderr
    assert still_serving
