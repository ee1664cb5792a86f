"""Real databases for any test: a migrated SQLite file, a throwaway PostgreSQL.

``db_url`` is parametrized over both engines and gives the URL of a fresh, migrated
database. PostgreSQL runs as a private cluster on 127.0.0.1 (a free port, a temp
dir, fsync off), started once per session and stopped at the end even when tests
fail. Each test gets its own database, cloned from a migrated template. When the
server binaries are missing, PostgreSQL tests fail with a message saying what to
install: they never skip silently. ``-m "not postgres"`` leaves them out.

Loaded for every test folder by ``tests/conftest.py``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest

from storage.migrate import upgrade

T = TypeVar("T")

PG_BIN_ENV = "WALKING_HOME_PG_BIN"
INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found. Install them "
    "(Debian/Ubuntu: apt-get install -y postgresql-15, or any postgresql-NN), put them on PATH, "
    f"or set {PG_BIN_ENV}=/usr/lib/postgresql/NN/bin. To leave these tests out: pytest -m 'not postgres'."
)


# -- PostgreSQL cluster ------------------------------------------------------------------


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: $WALKING_HOME_PG_BIN, Debian's layout, then PATH."""
    candidates: list[str] = []
    if os.environ.get(PG_BIN_ENV):  # explicit: no guessing past it
        folder = Path(os.environ[PG_BIN_ENV])
        return folder if (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(versions, key=lambda p: int(v) if (v := Path(p).parent.name).isdigit() else 0, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresCluster:
    host: str
    port: int
    user: str = "postgres"
    #: The cluster's data directory (tests that inspect what reaches the disk read it).
    data_dir: Path | None = None

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://{self.user}@{self.host}:{self.port}/{database}"

    async def execute(self, sql: str) -> None:
        connection = await asyncpg.connect(host=self.host, port=self.port, user=self.user, database="postgres")
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    def create_database(self, name: str, *, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}"' if template else ""
        run_to_end(self.execute(f'CREATE DATABASE "{name}"{clause}'))
        return self.url(name)


def run_to_end(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run``, also when called under a running loop (an async fixture asked for a database)."""
    return off_the_loop(asyncio.run, coroutine)


def off_the_loop(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)``; in a thread of its own when a loop runs here (it may start a loop itself)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(function, *args).result()


def _as_server_user() -> tuple[list[str], str | None]:
    """initdb refuses to run as root: then run the server as the ``postgres`` system user."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail(
            "running as root, and there is no 'postgres' system user to run the test PostgreSQL server "
            "(initdb refuses root). Create one: useradd --system postgres",
            pytrace=False,
        )
    return ["runuser", "-u", "postgres", "--"], "postgres"


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    prefix, owner = _as_server_user()
    root = Path(tempfile.mkdtemp(prefix="walking-home-pg-"))
    if owner is not None:
        shutil.chown(root, owner)
    data, log = root / "data", root / "server.log"

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *args], check=check, capture_output=True, text=True, timeout=120)

    started = False
    try:
        began = time.perf_counter()
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync")  # fmt: skip
        for attempt in itertools.count(1):
            port = free_port()
            options = (
                f"-h 127.0.0.1 -p {port} -k {root} -F "
                "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
            )
            result = run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start",
                         check=False)  # fmt: skip
            if result.returncode == 0:
                started = True
                break
            if attempt == 3:  # the port may have been taken between probe and start
                server_log = log.read_text() if log.exists() else ""
                pytest.fail(f"PostgreSQL did not start: {result.stderr}\n{server_log}", pytrace=False)
        print(f"\nPostgreSQL test cluster on 127.0.0.1:{port} ready in {time.perf_counter() - began:.2f} s")
        yield PostgresCluster(host="127.0.0.1", port=port, data_dir=data)
    except subprocess.CalledProcessError as error:
        pytest.fail(f"PostgreSQL test cluster setup failed: {error.cmd}\n{error.stdout}\n{error.stderr}", pytrace=False)
    finally:
        if started:
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(root, ignore_errors=True)


_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster: PostgresCluster) -> str:
    """A database migrated to head once, cloned by every test that needs a migrated one."""
    name = "walking_home_template"
    off_the_loop(upgrade, postgres_cluster.create_database(name))
    return name


@pytest.fixture
def empty_postgres_url(postgres_cluster: PostgresCluster) -> str:
    return postgres_cluster.create_database(f"test_{next(_database_numbers)}")


# -- URLs, engines, units of work ------------------------------------------------------


@pytest.fixture
def empty_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'walking-home.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database with no tables, on each engine."""
    return request.getfixturevalue(f"empty_{request.param}_url")


@pytest.fixture
def sqlite_url(empty_sqlite_url: str) -> str:
    upgrade(empty_sqlite_url)
    return empty_sqlite_url


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster, postgres_template: str) -> str:
    return postgres_cluster.create_database(f"test_{next(_database_numbers)}", template=postgres_template)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database migrated to head, on each engine."""
    return request.getfixturevalue(f"{request.param}_url")
