"""Another process holding a SQLite database's write lock: the ``sqlite3`` command-line shell in
``BEGIN EXCLUSIVE`` (an operator's session, a backup tool), until released."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


class SqliteShellLock:
    """``sqlite3 <file>`` holding ``BEGIN EXCLUSIVE`` from `hold` until `release` (or the test's end)."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.process: subprocess.Popen[str] | None = None

    def hold(self) -> None:
        shell = shutil.which("sqlite3")
        if shell is None:
            pytest.fail("the sqlite3 command-line shell is needed (Debian/Ubuntu: apt-get install -y sqlite3)")
        self.process = subprocess.Popen(
            [shell, str(self.database)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        # Wait up to 10 s for the bot's own write to end, then hold the lock; say so once held.
        self.process.stdin.write(".timeout 10000\nBEGIN EXCLUSIVE;\nSELECT 'locked';\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline().strip()
        assert line == "locked", line

    def release(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        try:
            assert process.stdin is not None
            process.stdin.write("ROLLBACK;\n.quit\n")
            process.stdin.close()
            process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait(timeout=10)
        finally:
            if process.stdout is not None:
                process.stdout.close()
