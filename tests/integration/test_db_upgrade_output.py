"""``walking-home db upgrade`` says what it did: which revisions it applied (from → to), or that none was to do.

Real processes on real SQLite and PostgreSQL databases left at the previous release's head (0014).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from storage.migrate import upgrade
from storage.schema_check import revisions_between
from tests.databases import off_the_loop
from tests.matrix.bot_process import WALKING_HOME


def walking_home(*args: str, data_dir: Path, database_url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(
        WALKING_HOME_DATA_DIR=str(data_dir),
        WALKING_HOME_DATABASE_URL=database_url,
        WALKING_HOME_DEFAULT_LOCALE="en",
        PYTHONWARNINGS="ignore",
    )
    return subprocess.run([WALKING_HOME, *args], env=env, capture_output=True, text=True, timeout=120)


def test_db_upgrade_names_the_revisions_it_applied_and_then_that_nothing_was_to_do(
    tmp_path: Path, empty_db_url: str
) -> None:
    off_the_loop(upgrade, empty_db_url, "0014")
    head = revisions_between(empty_db_url, "0014", "head")

    first = walking_home("db", "upgrade", data_dir=tmp_path, database_url=empty_db_url)

    assert first.returncode == 0, first.stderr
    assert head[:2] == ["0015", "0016"]
    assert f"upgraded from 0014 to {head[-1]} (applied: {', '.join(head)})" in first.stdout, first.stdout

    again = walking_home("db", "upgrade", data_dir=tmp_path, database_url=empty_db_url)

    assert again.returncode == 0, again.stderr
    assert f"already at the newest version ({head[-1]}): nothing to do" in again.stdout, again.stdout
    assert "upgraded" not in again.stdout


def test_a_new_database_is_upgraded_from_nothing_through_every_revision(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"

    done = walking_home("db", "upgrade", data_dir=tmp_path, database_url=url)

    assert done.returncode == 0, done.stderr
    assert "upgraded from - to " in done.stdout and "(applied: 0001, 0002, " in done.stdout, done.stdout
