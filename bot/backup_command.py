"""``walking-home backup PATH`` and ``walking-home restore PATH`` (docs/operations.md, "Backup and restore").

A backup is a folder: the database (SQLite: a consistent copy made while the bot runs, see
`storage.backup`; PostgreSQL: the ``pg_dump`` command to run into the same folder), the evidence
files as they are on disk (sealed), the work calendar file if one is configured, and
``manifest.json`` (what is in it, the schema revision, the ids of the data keys it needs).

The data key ring is **not** copied (docs/security.md, "Backups": a backup without the key is
unreadable, which is the point); the command reminds the operator to back it up apart. Nor is the
web chat's secret: without it a restored service gives open web chat pages a new session, and
loses nothing else.

The database is copied before the evidence folder: a file is stored before the case that names it
commits, and deleted only after what names it was erased, so every file a case in the copy names
is on disk when the folder is copied after it.

``restore`` writes only into an empty data directory or an empty database: it checks everything
first and refuses, changing nothing, when the database, the evidence folder or the work calendar's
place already holds something.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.evidence import EvidenceStore
from bot.logs import describe
from bot.settings import Settings
from storage import backup, rekey, sealing
from storage.engine import create_engine
from storage.reachability import DatabaseUnreachable, reach

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
EVIDENCE = "evidence"
CALENDAR = "work-calendar"
FORMAT = 1


def absolute(path: Path) -> Path:
    return path.expanduser().resolve()


def _folder_is_empty(path: Path) -> bool:
    return not path.exists() or (path.is_dir() and not any(path.iterdir()))


def _copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new path, mode 0600 from the start (never readable by others, not even briefly)."""
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as output, source.open("rb") as data:
        shutil.copyfileobj(data, output)


def _private_folder(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def copy_evidence(source: Path, target: Path) -> int:
    """Every evidence file under ``source`` (not a ``.part`` being written) into ``target``; how many."""
    store = EvidenceStore(source)
    _private_folder(target)
    count = 0
    for path in store.files():
        try:
            _copy_private(path, target / path.name)
        except FileNotFoundError:  # erased meanwhile (retention): so is what named it, after the snapshot
            continue
        count += 1
    return count


def evidence_key_ids(folder: Path) -> set[str]:
    store = EvidenceStore(folder)
    return {kid for path in store.files() if (kid := store.key_id_of(path))}


async def sealed_key_ids(database_url: str) -> set[str]:
    """The key ids the database's sealed values name (plain values name none)."""
    engine = create_engine(database_url)
    try:
        counts = await rekey.count_by_key(engine)
    finally:
        await engine.dispose()
    return {kid for counter in counts.values() for kid in counter if kid != rekey.PLAINTEXT}


async def postgres_facts(database_url: str, seconds: float) -> tuple[str | None, set[str]]:
    """The schema revision and the sealing key ids of a PostgreSQL database, for the manifest.

    Read before anything is written: a backup whose manifest does not know its revision and keys
    is not one a timer may count as a success, so a database that cannot be reached within
    ``seconds`` raises `DatabaseUnreachable` and any other failure raises on (the command says so).
    """
    await reach(database_url, seconds)
    return await backup.database_revision(database_url), await sealed_key_ids(database_url)


def megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 1_000_000:.1f}"


async def backup_command(target: Path, settings: Settings, say) -> int:
    target = absolute(target)
    if not _folder_is_empty(target):
        say("cli-backup-target-not-empty", err=True, path=str(target))
        return 1
    database = settings.sqlite_file
    if database is not None and backup.sqlite_is_empty(database):
        say("cli-no-database", err=True, path=str(database))
        return 1
    facts: tuple[str | None, set[str]] | None = None
    if database is None:  # PostgreSQL: what the manifest needs is read first; no folder for a failed backup
        try:
            facts = await postgres_facts(settings.database_url, settings.database_connect_timeout)
        except DatabaseUnreachable as error:
            say(
                "cli-database-unreachable",
                err=True,
                address=error.address,
                seconds=f"{error.seconds:g}",
                cause=error.cause,
            )
            return 1
        except Exception as error:  # noqa: BLE001 - refused, no such table, a driver error: by class, never text
            say("cli-backup-failed", err=True, path=str(target), detail=describe(error))
            return 1
    _private_folder(target)
    manifest: dict = {"format": FORMAT, "created_at": datetime.now(UTC).isoformat(timespec="seconds")}
    try:
        if database is not None:
            copy = target / backup.SQLITE_FILE
            await asyncio.to_thread(backup.sqlite_copy, database, copy)
            revision = await asyncio.to_thread(backup.sqlite_revision, copy)
            cases = await asyncio.to_thread(backup.sqlite_count, copy, "cases")
            keys = await asyncio.to_thread(backup.sqlite_key_ids, copy)
            manifest.update(database="sqlite", database_file=backup.SQLITE_FILE, revision=revision, cases=cases)
            say("cli-backup-database", path=str(copy), megabytes=megabytes(copy), cases=cases, revision=revision or "-")
        else:
            say("cli-backup-postgres")
            print(backup.pg_dump_command(settings.database_url, target))
            assert facts is not None
            revision, keys = facts
            manifest.update(database="postgresql", database_file=backup.PG_DUMP_FILE, revision=revision)
        count = await asyncio.to_thread(copy_evidence, settings.evidence_dir, target / EVIDENCE)
        keys |= await asyncio.to_thread(evidence_key_ids, target / EVIDENCE)
        manifest.update(evidence_files=count, key_ids=sorted(keys))
        say("cli-backup-evidence", count=count)
        if settings.holidays_file is not None:
            _private_folder(target / CALENDAR)
            _copy_private(settings.holidays_file, target / CALENDAR / settings.holidays_file.name)
            manifest["work_calendar"] = settings.holidays_file.name
            say("cli-backup-holidays", name=settings.holidays_file.name)
        descriptor = os.open(target / MANIFEST, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as output:
            json.dump(manifest, output, indent=2)
            output.write("\n")
    except (OSError, backup.BackupError, sqlite3.Error) as error:
        say("cli-backup-failed", err=True, path=str(target), detail=type(error).__name__)
        return 1
    key_list = ", ".join(sorted(keys)) or "-"
    if settings.data_key.get_secret_value().strip():
        say("cli-backup-key-env", keys=key_list)
    elif settings.data_key_file.exists():
        say("cli-backup-key-file", path=str(settings.data_key_file), keys=key_list)
    say("cli-backup-done", path=str(target))
    return 0


def read_manifest(folder: Path) -> dict | None:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return None
    if manifest.get("database") not in ("sqlite", "postgresql"):
        return None
    return manifest


async def restore_command(source: Path, settings: Settings, say) -> int:
    source = absolute(source)
    manifest = read_manifest(source)
    if manifest is None:
        say("cli-restore-not-a-backup", err=True, path=str(source))
        return 1
    database = settings.sqlite_file
    configured = "sqlite" if database is not None else "postgresql"
    if manifest["database"] != configured:
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
        say("cli-restore-wrong-database", err=True, backup=names[manifest["database"]], configured=names[configured])
        return 1
    # Everything is checked before anything is written.
    if database is not None and not backup.sqlite_is_empty(database):
        say("cli-restore-database-exists", err=True, path=str(database))
        return 1
    if database is None:
        try:
            tables = await backup.database_tables(settings.database_url)
        except Exception as error:  # noqa: BLE001 - unreachable, refused: said by class, nothing written
            say("cli-restore-failed", err=True, detail=describe(error))
            return 1
        if tables:
            say("cli-restore-postgres-not-empty", err=True, count=len(tables))
            return 1
    if database is None and not (source / manifest["database_file"]).is_file():
        say("cli-restore-no-dump", err=True, path=str(source / manifest["database_file"]))
        return 1
    evidence = settings.evidence_dir
    if not _folder_is_empty(evidence):
        say("cli-restore-evidence-exists", err=True, path=str(evidence))
        return 1
    calendar_name = manifest.get("work_calendar")
    calendar_target = None
    if calendar_name and settings.holidays_file is None:
        calendar_target = settings.data_dir / Path(calendar_name).name
        if calendar_target.exists():
            say("cli-restore-file-exists", err=True, path=str(calendar_target))
            return 1
    from bot.runner import hold_single_run  # the same lock `walking-home run` takes on a SQLite database

    lock = hold_single_run(settings)
    if lock is None:
        say("cli-restore-running", err=True, path=str(database))
        return 1
    try:
        if database is not None:
            copy = source / manifest["database_file"]
            backup.remove_empty_sqlite(database)
            _private_folder(database.parent)
            partial = database.with_name(database.name + ".restoring")
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            await asyncio.to_thread(backup.sqlite_copy, copy, partial)
            os.replace(partial, database)
            cases = await asyncio.to_thread(backup.sqlite_count, database, "cases")
            revision = await asyncio.to_thread(backup.sqlite_revision, database)
            say("cli-restore-database", path=str(database), cases=cases, revision=revision or "-")
        else:
            say("cli-restore-postgres")
            print(backup.pg_restore_command(settings.database_url, source))
        count = await asyncio.to_thread(copy_evidence, source / EVIDENCE, evidence)
        say("cli-restore-evidence", count=count)
        if calendar_name and calendar_target is not None:
            _copy_private(source / CALENDAR / Path(calendar_name).name, calendar_target)
            say("cli-restore-holidays", path=str(calendar_target))
        elif calendar_name:
            say("cli-restore-holidays-kept", path=str(settings.holidays_file))
    except (OSError, backup.BackupError, sqlite3.Error) as error:
        say("cli-restore-failed", err=True, detail=type(error).__name__)
        return 1
    finally:
        if lock is not None and not isinstance(lock, contextlib.nullcontext):
            lock.close()
    say_keys(settings, manifest.get("key_ids") or [], say)
    say("cli-restore-done")
    return 0


def say_keys(settings: Settings, needed: list[str], say) -> None:
    """Which keys the restored data needs, and whether the configured ring has them (never creating one)."""
    if not needed:
        return
    env_key = settings.data_key.get_secret_value()
    source = "WALKING_HOME_DATA_KEY" if env_key.strip() else str(settings.data_key_file)
    try:
        ring = sealing.load_key_ring(env_key=env_key, key_file=settings.data_key_file, create=False)
    except sealing.KeyRingError:
        ring = None
    missing = sorted(set(needed) - set(ring.key_ids if ring else []))
    if missing:
        say("cli-restore-keys-missing", keys=", ".join(missing), source=source)
    else:
        say("cli-restore-keys", keys=", ".join(needed), source=source)
