"""Several ``walking-home run`` processes on one PostgreSQL database, as an operator starts them.

Each process has its own folder and web port; they share the database, the data key and the
web secret (docs/deployment.md). Tests kill one with SIGKILL and read what reached the
database and the project's Bot API fake.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

from storage.advisory import asyncpg_dsn

#: The console script installed beside the interpreter running the tests.
WALKING_HOME = str(Path(sys.executable).with_name("walking-home"))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shared_settings(root: Path, database_url: str, **settings: str) -> dict[str, str]:
    """What every process of one deployment shares: the database, the data key, the web secret."""
    return {
        "database_url": database_url,
        "data_key_file": str(root / "data-key"),
        "web_secret_file": str(root / "web-secret"),
        "default_locale": "en",
        **settings,
    }


@dataclass
class Process:
    """One ``walking-home run`` with its own folder and web port."""

    folder: Path
    env: dict[str, str]
    web_port: int
    process: subprocess.Popen | None = None
    log_path: Path | None = None
    runs: int = 0

    @classmethod
    def configure(cls, folder: Path, settings: dict[str, str]) -> Process:
        folder.mkdir(parents=True, exist_ok=True)
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
        env.update(
            {
                "WALKING_HOME_DATA_DIR": str(folder),
                "WALKING_HOME_WEB_HOST": "127.0.0.1",
                "WALKING_HOME_WEB_PORT": str(port),
                "WALKING_HOME_LOG_LEVEL": "INFO",
                "PYTHONWARNINGS": "ignore",
            }
        )
        env.update({f"WALKING_HOME_{name.upper()}": value for name, value in settings.items()})
        return cls(folder=folder, env=env, web_port=port)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [WALKING_HOME, *args], env=self.env, cwd=self.folder, capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            raise AssertionError(f"walking-home {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    async def start(self, *, within: float = 60) -> None:
        """Start ``walking-home run`` and wait until its HTTP server answers ``/health``."""
        self.runs += 1
        self.log_path = self.folder / f"run-{self.runs}.log"
        self.process = await asyncio.to_thread(self._spawn, self.log_path)
        deadline = time.monotonic() + within
        while not await asyncio.to_thread(self._answers):
            if self.process.poll() is not None:
                raise AssertionError(f"the bot exited: {self.log()[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the bot did not answer within {within} s: {self.log()[-3000:]}")
            await asyncio.sleep(0.1)

    def _spawn(self, log: Path) -> subprocess.Popen:
        with log.open("wb") as output:
            return subprocess.Popen(
                [WALKING_HOME, "run"], env=self.env, cwd=self.folder, stdout=output, stderr=subprocess.STDOUT
            )

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=1) as answer:
                return answer.status == 200
        except OSError:
            return False

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no clean-up, no last commit."""
        if self.alive:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.alive:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""


@dataclass
class Fleet:
    """N processes of one deployment; stopped (or killed) at the end whatever happened."""

    processes: list[Process] = field(default_factory=list)

    def __iter__(self):
        return iter(self.processes)

    def __getitem__(self, index: int) -> Process:
        return self.processes[index]

    def stop(self) -> None:
        for process in self.processes:
            process.stop()


async def fetch(database_url: str, query: str, *args: object) -> list[asyncpg.Record]:
    connection = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        return await connection.fetch(query, *args)
    finally:
        await connection.close()
