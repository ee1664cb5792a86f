"""The ``walking-home`` command line as an administrator runs it: from any folder, against one database.

Commands run as real processes (``python -m bot.cli``, what the console script calls) or
in-process through `bot.cli.execute`, on real SQLite files in a temporary data directory.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bot
from bot.cli import execute
from bot.i18n import Localizer
from bot.settings import REPO_LOCALES, load_settings
from storage import people
from storage import staff as staff_store
from storage.engine import create_engine, session_factory

PROJECT = Path(bot.__file__).resolve().parent.parent
WORDS = Localizer(REPO_LOCALES, "zh-Hans-CN")

# -- which catalog files a process reads -------------------------------------------------------

_reads: list[Path] | None = None


def _on_audit(event: str, args: tuple) -> None:
    if event == "open" and _reads is not None and str(args[0]).endswith(".ftl"):
        _reads.append(Path(str(args[0])))


sys.addaudithook(_on_audit)  # hooks stay for the process: it records only inside `catalog_reads`


@contextmanager
def catalog_reads() -> Iterator[list[Path]]:
    """Every ``.ftl`` file opened inside the block (each parse of a catalog opens its files once)."""
    global _reads
    _reads = []
    try:
        yield _reads
    finally:
        _reads = None


# -- settings as environment variables ---------------------------------------------------------


def cli_environment(data_dir: Path) -> dict[str, str]:
    """This process's environment without any WALKING_HOME_* setting, plus the data directory.

    The database URL is the default, relative one: what it resolves against is under test.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(
        WALKING_HOME_DATA_DIR=str(data_dir),
        WALKING_HOME_DATABASE_URL="sqlite+aiosqlite:///./var/walking-home.db",
        WALKING_HOME_DEFAULT_LOCALE="zh-Hans-CN",
        WALKING_HOME_LOG_LEVEL="WARNING",
    )
    return env


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory, set for this process too; the test runs from another folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in [k for k in os.environ if k.startswith("WALKING_HOME_")]:
        monkeypatch.delenv(name)
    for name, value in cli_environment(folder).items():
        if name.startswith("WALKING_HOME_"):
            monkeypatch.setenv(name, value)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


def walking_home(*args: str, cwd: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the command line in its own process from ``cwd``, with this checkout's code."""
    env = cli_environment(data_dir) | {"PYTHONPATH": str(PROJECT)}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


async def join_as_staff(code: str, name: str) -> int:
    """What the bot does on ``/join CODE`` from a new web chat, in the database the settings name."""
    engine = create_engine(load_settings().database_url)
    now = datetime.now(UTC)
    try:
        async with session_factory(engine)() as session, session.begin():
            person = await people.person_for_address(session, "web:new-staff-member", now)
            await staff_store.redeem_invite(session, code, person_id=person.id, now=now, name=name)
            return person.id
    finally:
        await engine.dispose()


# -- tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "languages"),
    [
        (["staff", "list"], {"zh-Hans-CN"}),
        (["--lang", "en", "staff", "invite", "--role", "operator", "--region", "all"], {"en"}),
        (["seed", "--demo"], {"zh-Hans-CN"}),
    ],
)
def test_a_command_parses_the_catalogs_it_speaks_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], languages: set[str]
) -> None:
    with catalog_reads() as reads:
        assert execute(argv) == 0
    per_file = Counter(reads)
    assert per_file, "no catalog was read"
    twice = {str(path): n for path, n in per_file.items() if n > 1}
    assert not twice, f"catalog files parsed more than once in one command: {twice}"
    assert {path.parent.name for path in per_file} == languages
    assert capsys.readouterr().out.strip()


def test_commands_run_from_different_folders_use_one_database(data_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "home", tmp_path / "other"
    first.mkdir()
    second.mkdir()
    database = data_dir / "var" / "walking-home.db"

    invited = walking_home("staff", "invite", "--role", "operator", "--region", "hailar", cwd=first, data_dir=data_dir)
    assert invited.returncode == 0, invited.stderr
    assert WORDS.format("zh-Hans-CN", "cli-database-new", path=str(database)) in invited.stderr
    code = invited.stdout.strip().splitlines()[-1]

    person_id = asyncio.run(join_as_staff(code, "Wang Li"))

    listed = walking_home("staff", "list", cwd=second, data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert f"#{person_id} Wang Li" in listed.stdout
    assert "WALKING_HOME_DATA_DIR" not in listed.stderr, "the second command created another database"
    assert database.is_file()
    assert not (first / "var").exists() and not (second / "var").exists()


def test_staff_deactivate_ends_access_says_what_it_handed_back_and_refuses_an_unknown_id(data_dir: Path) -> None:
    invited = walking_home(
        "staff", "invite", "--role", "operator", "--region", "hailar", cwd=data_dir, data_dir=data_dir
    )
    assert invited.returncode == 0, invited.stderr
    person_id = asyncio.run(join_as_staff(invited.stdout.strip().splitlines()[-1], "Wang Li"))

    ended = walking_home("staff", "deactivate", str(person_id), cwd=data_dir, data_dir=data_dir)
    assert ended.returncode == 0, ended.stderr
    assert WORDS.format("zh-Hans-CN", "cli-staff-deactivated", id=person_id, count=0) in ended.stdout
    listed = walking_home("staff", "list", cwd=data_dir, data_dir=data_dir)
    assert WORDS.format("zh-Hans-CN", "cli-staff-inactive") in listed.stdout

    unknown = walking_home("staff", "deactivate", "9999", cwd=data_dir, data_dir=data_dir)
    assert unknown.returncode == 1
    assert WORDS.format("zh-Hans-CN", "cli-staff-not-found", id=9999) in unknown.stderr


async def remember_words_sealed() -> str:
    """What a conversation in progress leaves in the database (sealed); returns the key id that sealed it."""
    from bot.bootstrap import load_key_ring
    from storage import conversations, sealing

    settings = load_settings()
    ring = load_key_ring(settings)
    engine = create_engine(settings.database_url, key_ring=ring)
    try:
        async with session_factory(engine)() as session, session.begin():
            await conversations.save(session, "web:someone", "describe", {"intake": {"words": "x"}}, datetime.now(UTC))
        async with engine.connect() as connection:
            raw = (await connection.exec_driver_sql("SELECT data FROM conversations")).scalar_one()
        return sealing.sealed_key_id(raw)
    finally:
        await engine.dispose()


def test_a_lost_key_file_stops_every_command_before_anything_is_written_with_a_new_key(data_dir: Path) -> None:
    assert walking_home("staff", "list", cwd=data_dir, data_dir=data_dir).returncode == 0
    sealed_with = asyncio.run(remember_words_sealed())
    key_file = data_dir / "var" / "data-key"
    key_file.unlink()  # lost: the next start would make a new ring

    refused = walking_home("staff", "list", cwd=data_dir, data_dir=data_dir)
    assert refused.returncode == 2
    assert WORDS.format("zh-Hans-CN", "cli-keys-unknown", ids=sealed_with, source=str(key_file)) in refused.stderr
    status = walking_home("keys", "status", cwd=data_dir, data_dir=data_dir)
    missing = WORDS.format("zh-Hans-CN", "cli-keys-status-missing-key", key=sealed_with, values=1, files=0)
    assert missing in status.stdout, "keys status still names the key the data needs, as missing"
