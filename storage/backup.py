"""The database part of ``walking-home backup`` and ``restore`` (the command is `bot.backup_command`).

SQLite: SQLite's online backup API copies the live database page by page into a new file. The
copy is one snapshot: the source connection opens a read transaction first and holds it for the
whole copy, so (in WAL mode) the bot's writers go on meanwhile, and every step reads the same
snapshot instead of starting over when the bot writes (which a backup without the transaction
does, and under steady writes may never finish). What was committed before the snapshot is in
the copy; what was committed after it is not. Each step copies `PAGES_PER_STEP` pages; the bot
is never blocked by it (a WAL reader blocks no writer; it only holds back the checkpoint until
the copy ends). The copy is switched to a rollback journal, so it is one self-contained file,
and checked (``PRAGMA quick_check``) before it counts as a backup.

PostgreSQL: the command does not copy the database; ``pg_dump`` does that consistently (one
snapshot) while the bot runs. `pg_dump_command` and `pg_restore_command` build the commands from
the configured URL, without its password (libpq reads ``PGPASSWORD`` or ``~/.pgpass``).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import URL, inspect, make_url, text

from storage.engine import create_engine

#: Pages per step of the online backup (4 KiB pages: 4 MiB a step).
PAGES_PER_STEP = 1024
#: The name of the database file inside a backup folder (SQLite), and of the dump (PostgreSQL).
SQLITE_FILE = "walking-home.db"
PG_DUMP_FILE = "walking-home.pgdump"


class BackupError(Exception):
    """A copy that cannot be trusted (it failed SQLite's check); names no data."""


def create_private_file(path: Path) -> None:
    """An empty file, mode 0600, that did not exist (``FileExistsError`` otherwise)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def sqlite_copy(
    source: Path,
    target: Path,
    *,
    pages: int = PAGES_PER_STEP,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy the SQLite database ``source`` (live or not) into ``target`` (absent, or an empty file) as one snapshot.

    ``progress(remaining, total)`` is called after each step. Raises `BackupError` when the copy
    fails SQLite's check; ``sqlite3.Error`` when the source is not a database.
    """
    if not target.exists():
        create_private_file(target)
    source_connection = sqlite3.connect(source, isolation_level=None, timeout=10)
    target_connection = sqlite3.connect(target, isolation_level=None)
    try:
        # The snapshot: a read transaction, begun by the first read, held until the last page is copied.
        source_connection.execute("BEGIN")
        source_connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        source_connection.backup(
            target_connection,
            pages=pages,
            progress=(lambda _status, remaining, total: progress(remaining, total)) if progress else None,
        )
        source_connection.execute("COMMIT")
        target_connection.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        result = target_connection.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise BackupError("the copy failed SQLite's quick_check")
    finally:
        target_connection.close()
        source_connection.close()


def sqlite_is_empty(database: Path) -> bool:
    """True when there is no database at ``database`` yet (or only an empty file, without a WAL)."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return not database.exists() or database.stat().st_size == 0


def remove_empty_sqlite(database: Path) -> None:
    """Remove what an empty restore target left (an empty file, an empty -wal, a -shm)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path = database.with_name(database.name + suffix)
            if path.stat().st_size == 0 or suffix == "-shm":
                path.unlink()


def sqlite_revision(database: Path) -> str | None:
    """The Alembic revision of a SQLite file (None for a database without migrations)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def sqlite_count(database: Path, table: str) -> int:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 (our table names)
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def sqlite_key_ids(database: Path) -> set[str]:
    """The key ids the sealed values of a SQLite file name, read through a read-only connection
    (the engine would switch the copy back to WAL mode)."""
    from storage.rekey import columns  # the sealed columns of the models

    found: set[str] = set()
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        for column in columns():
            name = column.column
            rows = connection.execute(
                f"SELECT DISTINCT substr({name}, 4, instr(substr({name}, 4), ':') - 1) "  # noqa: S608 (our names)
                f"FROM {column.table} WHERE {name} LIKE 's1:%'"
            )
            found |= {kid for (kid,) in rows if kid}
    finally:
        connection.close()
    return found


def libpq_url(database_url: str) -> str:
    """The configured PostgreSQL URL as libpq tools take it: no driver, no password."""
    url = make_url(database_url)
    query = {}
    if "ssl" in url.query:  # asyncpg's ssl=require is libpq's sslmode=require
        query["sslmode"] = url.query["ssl"]
    if "sslmode" in url.query:
        query["sslmode"] = url.query["sslmode"]
    plain = URL.create(
        "postgresql", username=url.username, host=url.host, port=url.port, database=url.database, query=query
    )
    return plain.render_as_string(hide_password=False)


def pg_dump_command(database_url: str, folder: Path) -> str:
    """``pg_dump`` of the configured database into ``folder`` (custom format: compressed, restored by pg_restore).

    A shell line that begins with ``umask 077;``: pg_dump creates its file with the caller's umask
    (0644 under the usual 022), and the dump holds every case; like the rest of the backup it is 0600.
    """
    dump = ["pg_dump", "--format=custom", f"--file={folder / PG_DUMP_FILE}", f"--dbname={libpq_url(database_url)}"]
    return "umask 077; " + shlex.join(dump)


def pg_restore_command(database_url: str, folder: Path) -> str:
    """``pg_restore`` of a backup's dump into the configured (empty) database."""
    return shlex.join(
        [
            "pg_restore",
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={libpq_url(database_url)}",
            str(folder / PG_DUMP_FILE),
        ]
    )


async def database_tables(database_url: str) -> list[str]:
    """The tables of the configured database (an empty database has none)."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    finally:
        await engine.dispose()


async def database_revision(database_url: str) -> str | None:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
            if "alembic_version" not in tables:
                return None
            return (await connection.execute(text("SELECT version_num FROM alembic_version"))).scalar()
    finally:
        await engine.dispose()
