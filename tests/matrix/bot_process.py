"""The bot as a real process: ``walking-home run`` with Telegram, Matrix and the web chat at once.

Tests start it the way an operator does (environment settings, the console script), talk
to it through its real peers (the project's Bot API fake over HTTP, a real Synapse, the
web chat's websocket), and may pause its peers or kill it with SIGKILL.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect

from tests.databases import free_port

#: The console script installed beside the interpreter running the tests.
WALKING_HOME = str(Path(sys.executable).with_name("walking-home"))


@dataclass
class BotProcess:
    """One ``walking-home run`` process and the settings it was given."""

    folder: Path
    env: dict[str, str]
    web_port: int
    process: subprocess.Popen | None = None
    runs: int = 0
    log_paths: list[Path] = field(default_factory=list)

    @classmethod
    def configure(cls, folder: Path, **settings: str) -> BotProcess:
        """Settings as ``WALKING_HOME_*`` variables; every path absolute, inside ``folder``."""
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
        env.update(
            {
                "WALKING_HOME_DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'bot.db'}",
                "WALKING_HOME_DEFAULT_LOCALE": "en",
                "WALKING_HOME_EVIDENCE_DIR": str(folder / "evidence"),
                "WALKING_HOME_WEB_SECRET_FILE": str(folder / "web-secret"),
                "WALKING_HOME_MATRIX_STATE_DIR": str(folder / "matrix"),
                "WALKING_HOME_WEB_HOST": "127.0.0.1",
                "WALKING_HOME_WEB_PORT": str(port),
                "WALKING_HOME_LOG_LEVEL": "INFO",
                "PYTHONWARNINGS": "ignore",
            }
        )
        env.update({f"WALKING_HOME_{name.upper()}": value for name, value in settings.items()})
        return cls(folder=folder, env=env, web_port=port)

    def cli(self, *args: str) -> str:
        """Run one admin command against the same database; its standard output."""
        done = subprocess.run(
            [WALKING_HOME, *args], env=self.env, cwd=self.folder, capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            raise AssertionError(f"walking-home {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    def invite(self, role: str, region: str = "hailar") -> str:
        self.cli("db", "upgrade")
        self.cli("seed")
        return self.cli("staff", "invite", "--role", role, "--region", region).strip().splitlines()[-1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    async def start(self, *, within: float = 60) -> None:
        """Start ``walking-home run`` and wait until its web chat answers."""
        self.runs += 1
        log = self.folder / f"run-{self.runs}.log"
        self.log_paths.append(log)
        self.process = await asyncio.to_thread(self._spawn, log)
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
        """SIGKILL: no clean-up, no last commit — a crash at whatever line it was on."""
        if self.alive:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return "".join(path.read_text(errors="replace") for path in self.log_paths if path.exists())


class WebVisitor:
    """A woman in the web chat, over the real websocket."""

    def __init__(self, bot: BotProcess) -> None:
        self.bot = bot
        self.socket: ClientConnection | None = None
        self.messages: list[dict] = []
        self._ids = 0

    async def open(self, language: str = "en") -> None:
        self.socket = await connect(self.bot.url.replace("http://", "ws://") + "/ws", origin=self.bot.url)
        await self.socket.send(json.dumps({"type": "hello", "token": "", "language": language}))

    async def send(self, **frame: str) -> None:
        self._ids += 1
        await self.socket.send(json.dumps({"id": f"c{self._ids}", **frame}))

    async def next_message(self, within: float) -> dict:
        """The next ``message`` frame from the bot, waiting at most ``within`` seconds."""
        async with asyncio.timeout(within):
            while True:
                frame = json.loads(await self.socket.recv())
                if frame.get("type") == "message":
                    self.messages.append(frame)
                    return frame

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()
