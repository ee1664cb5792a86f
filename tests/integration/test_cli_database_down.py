"""The command line when PostgreSQL is down or hung (real processes, a real closed port, a real paused server).

Each command that needs the database says so in one line, in the operator's language (and as a JSON
line with ``WALKING_HOME_LOG_FORMAT=json``), names the host and port but never the password, exits 1,
and does so within ``WALKING_HOME_DATABASE_CONNECT_TIMEOUT``; a backup that could not read what its
manifest needs is a failure a backup timer sees, and leaves no folder behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.databases import PostgresCluster, free_port
from tests.matrix.bot_process import WALKING_HOME
from tests.pg_pause import paused

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


@pytest.mark.parametrize("command", [("db", "check"), ("db", "upgrade"), ("run",)], ids=" ".join)
def test_with_postgresql_unreachable_a_command_says_so_in_one_line_and_exits_1(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    url, port = closed_port_url()

    done, _ = walking_home(*command, env=environment(tmp_path, database_url=url))

    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # not a traceback of 120 lines
    assert lines[0].startswith(f"The database at 127.0.0.1:{port} could not be reached within 5 s ("), lines[0]
    assert "Traceback" not in done.stderr and PASSWORD not in done.stdout + done.stderr


def test_in_json_mode_the_unreachable_line_is_json_and_so_is_a_settings_error(tmp_path: Path) -> None:
    url, port = closed_port_url()

    done, _ = walking_home("db", "check", env=environment(tmp_path, database_url=url, log_format="json"))

    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    record = json.loads(line)
    assert record["level"] == "ERROR" and f"127.0.0.1:{port}" in record["message"]

    wrong, _ = walking_home("db", "check", env=environment(tmp_path, web_port="abc", log_format="json"))

    assert wrong.returncode == 2
    [line] = wrong.stderr.strip().splitlines()
    assert json.loads(line)["level"] == "ERROR" and "WALKING_HOME_WEB_PORT" in json.loads(line)["message"]


@pytest.mark.postgres
def test_with_postgresql_paused_db_check_gives_up_within_the_connect_timeout(
    tmp_path: Path, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    env = environment(tmp_path, database_url=postgres_url, database_connect_timeout="2")

    with paused(postgres_cluster):
        done, seconds = walking_home("db", "check", env=env)

    assert done.returncode == 1, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert f"{postgres_cluster.host}:{postgres_cluster.port} could not be reached within 2 s" in line, line
    assert seconds < 2 + 1 + 4, seconds  # the bound, the backstop, and the interpreter's start (was 61 s)
