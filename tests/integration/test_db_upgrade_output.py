"""``walking-home db upgrade`` says what it did: which revisions it applied (from → to), or that none was to do.

Real processes on real SQLite and PostgreSQL databases left at the previous release's head (0014).
"""

from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import threading
from pathlib import Path

import pytest

from storage.migrate import upgrade
from storage.schema_check import revisions_between
from tests.databases import off_the_loop
from tests.matrix.bot_process import WALKING_HOME


def _environment(data_dir: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(
        WALKING_HOME_DATA_DIR=str(data_dir),
        WALKING_HOME_DATABASE_URL=database_url,
        WALKING_HOME_DEFAULT_LOCALE="en",
        PYTHONWARNINGS="ignore",
    )
    return env


def walking_home(*args: str, data_dir: Path, database_url: str) -> subprocess.CompletedProcess[str]:
    env = _environment(data_dir, database_url)
    return subprocess.run([WALKING_HOME, *args], env=env, capture_output=True, text=True, timeout=120)


def walking_home_process(*args: str, data_dir: Path, database_url: str) -> subprocess.Popen[str]:
    env = _environment(data_dir, database_url)
    return subprocess.Popen([WALKING_HOME, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


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


def _first_line(stream, seconds: float) -> str:
    """The first line written to ``stream`` within ``seconds`` ("" if none): read in a thread, so that a
    process that says nothing fails the test instead of hanging it."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=seconds)
    except queue.Empty:
        return ""


async def _hold_the_migration_lock(url: str):
    """A PostgreSQL session holding the migration lock, as one whose client was killed mid-migration does."""
    import asyncpg

    from storage.advisory import lock_key

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    await connection.execute(f"SELECT pg_advisory_lock({lock_key('migrations')})")
    return connection, await connection.fetchval("SELECT pg_backend_pid()")


@pytest.mark.postgres
def test_db_upgrade_waiting_for_the_migration_lock_says_who_holds_it(tmp_path: Path, empty_postgres_url: str) -> None:
    """Before, a second ``db upgrade`` (or ``run``) waited without a word while a killed upgrade's server
    session still held the lock (a tester waited 70 s). After 5 s it names the session and how to end it."""
    off_the_loop(upgrade, empty_postgres_url)
    loop = asyncio.new_event_loop()
    holder, pid = loop.run_until_complete(_hold_the_migration_lock(empty_postgres_url))
    try:
        process = walking_home_process("db", "upgrade", data_dir=tmp_path, database_url=empty_postgres_url)
        line = _first_line(process.stderr, seconds=30)
        assert f"PostgreSQL session {pid} holds the migration lock" in line, line
        assert f"SELECT pg_terminate_backend({pid});" in line and "(idle for " in line  # it runs nothing now
        assert process.poll() is None  # still waiting
    finally:
        loop.run_until_complete(holder.close())
        loop.close()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "already at the newest version" in out, out


@pytest.mark.postgres
def test_the_log_of_a_migration_waiting_for_the_lock_keeps_the_session_id(
    empty_postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Without a notice (``run``), the wait is a warning whose ids the log keeps: before, the logger was
    Alembic's ``env_py``, a library's name, and the log withheld the session id it told her to end."""
    import logging

    from bot.logs import is_own

    off_the_loop(upgrade, empty_postgres_url)
    loop = asyncio.new_event_loop()
    holder, pid = loop.run_until_complete(_hold_the_migration_lock(empty_postgres_url))
    try:
        with caplog.at_level(logging.WARNING):
            waiting = threading.Thread(target=upgrade, args=(empty_postgres_url,))
            waiting.start()
            waiting.join(timeout=7)
            assert waiting.is_alive()
    finally:
        loop.run_until_complete(holder.close())
        loop.close()
    waiting.join(timeout=30)
    (record,) = [r for r in caplog.records if "migration lock" in r.getMessage()]
    assert f"PostgreSQL session {pid} (idle for " in record.getMessage()
    assert is_own(record.name), record.name
