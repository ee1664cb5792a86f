"""``walking-home backup`` and ``restore`` as an operator runs them (real processes, real databases).

What goes into a backup (the database, the sealed evidence files, the work calendar, a manifest)
and what never does (the data key ring: a reminder names it instead); restore refusing anything
but an empty target, changing nothing when it refuses; on PostgreSQL the printed pg_dump and
pg_restore commands, run as printed, carry the data over and never show the password.
"""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.evidence import EvidenceStore
from bot.messages import Attachment
from storage import sealing
from tests.databases import PostgresCluster, find_pg_bin, run_to_end
from tests.matrix.bot_process import WALKING_HOME

PHOTO = b"\x89PNG\r\n\x1a\n a photo she sent " * 50


def environment(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(WALKING_HOME_DATA_DIR=str(data_dir), WALKING_HOME_DEFAULT_LOCALE="en", PYTHONWARNINGS="ignore")
    env.update({f"WALKING_HOME_{name.upper()}": value for name, value in settings.items()})
    return env


def walking_home(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([WALKING_HOME, *args], env=env, capture_output=True, text=True, timeout=120)


def an_evidence_file(data_dir: Path) -> tuple[str, sealing.KeyRing]:
    ring = sealing.load_key_ring(key_file=data_dir / "var" / "data-key", create=False)
    meta = EvidenceStore(data_dir / "var" / "evidence", ring).put(
        Attachment(filename="p.png", content_type="image/png", size=len(PHOTO), data=PHOTO, kind="photo")
    )
    return meta["name"], ring


def test_a_sqlite_backup_holds_database_evidence_and_calendar_but_never_the_key(tmp_path: Path) -> None:
    live = tmp_path / "live"
    (live).mkdir()
    (live / "holidays.txt").write_text("2026-07-10 off\n")
    env = environment(live, holidays_file="holidays.txt")
    assert walking_home("seed", env=env).returncode == 0
    name, ring = an_evidence_file(live)
    (live / "var" / "evidence" / f"{name}.1234abcd.part").write_bytes(b"half written")  # a file being written

    done = walking_home("backup", str(tmp_path / "backup"), env=env)

    assert done.returncode == 0, done.stderr
    backup = tmp_path / "backup"
    assert sorted(p.name for p in backup.iterdir()) == ["evidence", "manifest.json", "walking-home.db", "work-calendar"]
    assert [p.name for p in (backup / "evidence").iterdir()] == [name]
    assert (backup / "evidence" / name).read_bytes() == (live / "var" / "evidence" / name).read_bytes()
    assert (backup / "work-calendar" / "holidays.txt").read_text() == "2026-07-10 off\n"
    for path in [backup, *backup.rglob("*")]:
        assert path.stat().st_mode & 0o077 == 0, f"{path} is readable by others"
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"] == "sqlite" and manifest["evidence_files"] == 1
    assert manifest["key_ids"] == [ring.active] and manifest["work_calendar"] == "holidays.txt"
    key_text = (live / "var" / "data-key").read_text()
    assert not any(key_text in p.read_text(errors="ignore") for p in backup.rglob("*") if p.is_file())
    assert f"back up {live / 'var' / 'data-key'} separately" in done.stdout and ring.active in done.stdout
    with sqlite3.connect(backup / "walking-home.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
        assert connection.execute("SELECT count(*) FROM regions").fetchone()[0] > 0

    # An empty data directory: everything comes back, the photo opens with the key put back beside it.
    fresh = tmp_path / "fresh"
    (fresh / "var").mkdir(parents=True)
    (fresh / "var" / "data-key").write_text(key_text)
    restored = walking_home("restore", str(backup), env=environment(fresh))
    assert restored.returncode == 0, restored.stderr
    assert "set WALKING_HOME_HOLIDAYS_FILE" in restored.stdout and ring.active in restored.stdout
    assert (fresh / "holidays.txt").read_text() == "2026-07-10 off\n"
    assert EvidenceStore(fresh / "var" / "evidence", ring).read(name) == PHOTO
    check = walking_home("db", "check", env=environment(fresh))
    assert check.returncode == 0, check.stdout + check.stderr


def test_restore_refuses_anything_but_an_empty_target_and_changes_nothing(tmp_path: Path) -> None:
    live = tmp_path / "live"
    live.mkdir()
    assert walking_home("seed", env=environment(live)).returncode == 0
    assert walking_home("backup", str(tmp_path / "backup"), env=environment(live)).returncode == 0
    again = walking_home("backup", str(tmp_path / "backup"), env=environment(live))
    assert again.returncode == 1 and "nothing is overwritten" in again.stderr

    # Over the live data directory itself.
    refused = walking_home("restore", str(tmp_path / "backup"), env=environment(live))
    assert refused.returncode == 1 and "already exists" in refused.stderr

    # An empty database but evidence files already there: nothing is written, not even the database.
    other = tmp_path / "other"
    (other / "var" / "evidence").mkdir(parents=True)
    (other / "var" / "evidence" / ("a" * 64)).write_bytes(b"someone's file")
    refused = walking_home("restore", str(tmp_path / "backup"), env=environment(other))
    assert refused.returncode == 1 and "is not empty" in refused.stderr
    assert not (other / "var" / "walking-home.db").exists()

    # Not a backup; a backup of the other engine.
    refused = walking_home("restore", str(tmp_path), env=environment(tmp_path / "third"))
    assert refused.returncode == 1 and "not a walking-home backup" in refused.stderr
    url = "postgresql+asyncpg://nobody@127.0.0.1:1/none"
    refused = walking_home("restore", str(tmp_path / "backup"), env=environment(tmp_path / "third", database_url=url))
    assert refused.returncode == 1 and "holds a SQLite database" in refused.stderr


def test_a_backup_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    done = walking_home("backup", str(tmp_path / "backup"), env=environment(tmp_path / "none"))
    assert done.returncode == 1 and "There is no database" in done.stderr
    assert not (tmp_path / "backup").exists() and not (tmp_path / "none" / "var" / "walking-home.db").exists()


@pytest.mark.postgres
def test_on_postgresql_the_printed_commands_copy_the_database_and_never_show_the_password(
    tmp_path: Path, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    bin_dir = find_pg_bin()
    password = "s3cret-not-to-print"
    url = postgres_url.replace("postgres@", f"postgres:{password}@")  # the test cluster trusts; it is ignored
    live = tmp_path / "live"
    live.mkdir()
    env = environment(live, database_url=url)
    assert walking_home("seed", env=env).returncode == 0
    name, ring = an_evidence_file(live)

    done = walking_home("backup", str(tmp_path / "backup"), env=env)

    assert done.returncode == 0, done.stderr
    assert password not in done.stdout + done.stderr
    [dump] = [line for line in done.stdout.splitlines() if line.startswith("umask 077; pg_dump ")]
    empty = postgres_cluster.create_database("restored_here")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    early = walking_home("restore", str(tmp_path / "backup"), env=environment(fresh, database_url=empty))
    assert early.returncode == 1 and "no database dump" in early.stderr, "pg_dump was not run yet"
    assert not (fresh / "var" / "evidence").exists()
    # Run as printed, by a shell whose umask is the usual 022: the dump is private all the same.
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    shell = subprocess.run(
        ["/bin/sh", "-c", f"umask 022; {dump}"], env={**os.environ, "PATH": path}, capture_output=True, timeout=120
    )
    assert shell.returncode == 0, shell.stderr
    assert (tmp_path / "backup" / "walking-home.pgdump").stat().st_mode & 0o777 == 0o600
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["database"] == "postgresql" and manifest["key_ids"] == [ring.active]
    assert manifest["revision"] is not None

    restored = walking_home("restore", str(tmp_path / "backup"), env=environment(fresh, database_url=empty))
    assert restored.returncode == 0, restored.stderr
    [command_line] = [line for line in restored.stdout.splitlines() if line.startswith("pg_restore ")]
    command = shlex.split(command_line)
    subprocess.run([str(bin_dir / command[0]), *command[1:]], check=True, capture_output=True, timeout=120)
    assert (fresh / "var" / "evidence" / name).exists()
    check = walking_home("db", "check", env=environment(fresh, database_url=empty))
    assert check.returncode == 0, check.stdout + check.stderr

    async def regions() -> int:
        import asyncpg

        from storage.advisory import asyncpg_dsn

        connection = await asyncpg.connect(asyncpg_dsn(empty))
        try:
            return await connection.fetchval("SELECT count(*) FROM regions")
        finally:
            await connection.close()

    assert run_to_end(regions()) > 0
    refused = walking_home("restore", str(tmp_path / "backup"), env=environment(tmp_path / "x", database_url=empty))
    assert refused.returncode == 1 and "not empty" in refused.stderr


def test_the_sqlite_copy_is_one_snapshot_while_another_connection_writes_between_its_steps(tmp_path: Path) -> None:
    """Without the read transaction each write of the bot would restart the copy (and steady writes
    would keep it from finishing); with it the copy runs its steps once and holds what was committed
    before it began, none of what was committed during it."""
    from storage.backup import sqlite_copy

    source = tmp_path / "live.db"
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
        connection.executemany("INSERT INTO t (v) VALUES (randomblob(3000))", [()] * 2000)
    writer = sqlite3.connect(source, isolation_level=None)
    steps: list[int] = []

    def write_between_steps(remaining: int, total: int) -> None:
        steps.append(remaining)
        if len(steps) <= 100:  # bounded: a copy that restarts on every write would otherwise never end
            writer.execute("INSERT INTO t (v) VALUES (randomblob(3000))")  # committed at once (autocommit)

    try:
        sqlite_copy(source, tmp_path / "copy.db", pages=100, progress=write_between_steps)
    finally:
        writer.close()
    with sqlite3.connect(tmp_path / "copy.db") as copy, sqlite3.connect(source) as live:
        copied = copy.execute("SELECT count(*) FROM t").fetchone()[0]
        now = live.execute("SELECT count(*) FROM t").fetchone()[0]
    assert copied == 2000 and now == 2000 + min(len(steps), 100)
    assert len(steps) == -(-steps_total(tmp_path / "copy.db") // 100), "each step once: no restart"
    assert steps[-1] == 0


def steps_total(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("PRAGMA page_count").fetchone()[0]


def test_the_backup_unit_s_command_makes_a_dated_backup_and_removes_old_ones(tmp_path: Path) -> None:
    """deploy/systemd/walking-home-backup.service's ExecStart and ExecStartPost, run by sh as systemd would
    (``%%`` is a ``%``), with this machine's paths in place of /opt/walking-home and /var/backups."""
    unit = (Path(__file__).parents[2] / "deploy" / "systemd" / "walking-home-backup.service").read_text()
    lines = dict(line.split("=", 1) for line in unit.splitlines() if line.startswith(("ExecStart=", "ExecStartPost=")))
    backups = tmp_path / "backups"
    backups.mkdir()
    old = backups / "20200101T000000Z"
    old.mkdir()
    os.utime(old, (0, 0))

    def as_run(command: str) -> list[str]:
        command = command.replace("%%", "%").replace("/opt/walking-home/bin/walking-home", WALKING_HOME)
        return shlex.split(command.replace("/var/backups/walking-home", str(backups)))

    live = tmp_path / "live"
    live.mkdir()
    env = environment(live)
    assert walking_home("seed", env=env).returncode == 0
    subprocess.run(as_run(lines["ExecStart"]), env=env, check=True, capture_output=True, timeout=120)
    subprocess.run(as_run(lines["ExecStartPost"]), env=env, check=True, capture_output=True, timeout=120)
    [made] = list(backups.iterdir())
    assert made.name.endswith("Z") and (made / "manifest.json").exists() and (made / "walking-home.db").exists()
