"""The command line when PostgreSQL is down or hung (real processes, a real closed port, a real paused server).

Each command that needs the database says so in one line, in the operator's language (and as a JSON
line with ``WALKING_HOME_LOG_FORMAT=json``), names the host and port but never the password, exits 1,
and does so within ``WALKING_HOME_DATABASE_CONNECT_TIMEOUT``; a backup that could not read what its
manifest needs is a failure a backup timer sees, and leaves no folder behind.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from tests.databases import free_port
from tests.matrix.bot_process import WALKING_HOME

PASSWORD = "s3cret-never-printed"


def environment(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(WALKING_HOME_DATA_DIR=str(data_dir), WALKING_HOME_DEFAULT_LOCALE="en", PYTHONWARNINGS="ignore")
    env.update({f"WALKING_HOME_{name.upper()}": value for name, value in settings.items()})
    return env


def walking_home(*args: str, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([WALKING_HOME, *args], env=env, capture_output=True, text=True, timeout=120)
    return done, time.monotonic() - started


def closed_port_url() -> tuple[str, int]:
    port = free_port()  # bound and closed again: nothing listens there
    return f"postgresql+asyncpg://postgres:{PASSWORD}@127.0.0.1:{port}/walking_home", port


def test_a_backup_of_an_unreachable_postgresql_fails_says_so_in_one_line_and_leaves_no_folder(tmp_path: Path) -> None:
    url, port = closed_port_url()
    target = tmp_path / "backup"

    done, _ = walking_home("backup", str(target), env=environment(tmp_path / "data", database_url=url))

    assert done.returncode == 1, done.stdout + done.stderr
    assert "Backup finished" not in done.stdout + done.stderr
    assert "pg_dump" not in done.stdout  # no command to run into a backup that cannot be described
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"127.0.0.1:{port}" in lines[0] and "could not be reached" in lines[0]
    assert PASSWORD not in done.stdout + done.stderr
    assert not target.exists()
