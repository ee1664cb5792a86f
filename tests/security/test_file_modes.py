"""Issue 11, item 7: the database, its WAL and SHM, the key file and the evidence are private.

Whatever the umask (0o022, the usual one, and 0o000), the SQLite file, its -wal and -shm and
the data key file are 0600, the evidence folder 0700 and each evidence file 0600; files left
readable by an older version are set back to 0600 at start.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from harness import Clock
from sealing_harness import make_sealed_bot
from sqlalchemy import text

from bot.messages import Attachment
from storage.migrate import upgrade_async


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


async def test_database_wal_shm_key_file_and_evidence_are_private_whatever_the_umask(tmp_path: Path, umask) -> None:
    database = tmp_path / "var" / "walking-home.db"
    url = f"sqlite+aiosqlite:///{database}"
    await upgrade_async(url)
    bot = await make_sealed_bot(tmp_path / "var", url, Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC)))
    try:
        store = bot.app.dialogs.context.evidence_store
        meta = store.put(Attachment("a.jpg", "image/jpeg", size=5, data=b"bytes"))
        async with bot.app.unit_of_work() as uow:  # a write, so the WAL and SHM exist
            await uow.session.execute(text("UPDATE regions SET position = position"))
            await uow.commit()
        files = [database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")]
        assert all(path.exists() for path in files)
        assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}
        assert mode(tmp_path / "var" / "data-key") == 0o600
        assert mode(store.folder) == 0o700
        assert mode(store.path(meta["name"])) == 0o600
    finally:
        await bot.app.close()


async def test_files_an_older_version_left_readable_are_set_back_to_0600_at_start(tmp_path: Path) -> None:
    database = tmp_path / "walking-home.db"
    url = f"sqlite+aiosqlite:///{database}"
    previous = os.umask(0o022)
    try:
        await upgrade_async(url)
    finally:
        os.umask(previous)
    evidence = tmp_path / "evidence"
    evidence.mkdir(mode=0o755)
    old_file = evidence / ("ab" * 32)
    old_file.write_bytes(b"an old plain file")
    for path in (database, evidence, old_file):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)

    bot = await make_sealed_bot(tmp_path, url, Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC)))
    try:
        assert mode(database) == 0o600
        assert mode(evidence) == 0o700 and mode(old_file) == 0o600
    finally:
        await bot.app.close()
