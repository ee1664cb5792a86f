"""A real Synapse homeserver for the Matrix tests, started once per session, and the bot beside it.

Synapse runs as a child process on 127.0.0.1 (a free port) with a configuration written into a
temporary folder at start: SQLite in memory, a client-only listener, no federation, no presence,
no URL previews, every rate limit raised. Users are registered through the shared-secret admin
API. The process group is killed at the end of the session, whatever the tests did.

The bot is the real one (`build_app`, real dialogs, outbox sender and catalogs) with the real
`MatrixChannel`; staff sit on a recording "web" channel, as in the dialog harness.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import hmac
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from nio import AsyncClient, AsyncClientConfig, LoginResponse, RoomMessageText, SyncResponse

from bot.bootstrap import App, build_app
from bot.channels.matrix import MatrixChannel
from bot.messages import Outbound
from bot.settings import load_settings
from storage import seed
from storage.channel_state import ChannelStateStore
from storage.migrate import upgrade_async
from tests.databases import free_port

SERVER_NAME = "test.local"
#: Every rate limit Synapse has, raised so that a journey never waits on one.
_RAISED = {"per_second": 10000, "burst_count": 10000}
RATE_LIMITS = {
    "rc_message": _RAISED,
    "rc_registration": _RAISED,
    "rc_registration_token_validity": _RAISED,
    "rc_login": {"address": _RAISED, "account": _RAISED, "failed_attempts": _RAISED},
    "rc_admin_redaction": _RAISED,
    "rc_joins": {"local": _RAISED, "remote": _RAISED},
    "rc_joins_per_room": _RAISED,
    "rc_key_requests": _RAISED,
    "rc_3pid_validation": _RAISED,
    "rc_invites": {"per_room": _RAISED, "per_user": _RAISED, "per_issuer": _RAISED},
    "rc_third_party_invite": _RAISED,
    "rc_media_create": _RAISED,
    "rc_presence": {"per_user": _RAISED},
    "rc_delayed_event_mgmt": _RAISED,
    "rc_room_creation": _RAISED,
    "rc_reports": _RAISED,
    "rc_user_directory": _RAISED,
    "rc_profile": _RAISED,
}
FAST_SENDER = {"poll_interval": 0.2, "backoff_base": timedelta(milliseconds=200)}
MAX_UPLOAD_MB = 1


@dataclass
class Synapse:
    url: str
    shared_secret: str
    folder: Path
    started_in: float
    pid: int = 0
    _count: int = 0

    def pause(self) -> None:
        """Stop the homeserver's process group dead (SIGSTOP): connections hang, nothing answers."""
        os.killpg(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.killpg(self.pid, signal.SIGCONT)

    def register(self, localpart: str, password: str = "pw", admin: bool = False) -> str:
        """A new user through ``/_synapse/admin/v1/register`` (HMAC-SHA1 over nonce, name, password)."""
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        with urllib.request.urlopen(endpoint, timeout=10) as answer:
            nonce = json.load(answer)["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(
            b"\x00".join([nonce.encode(), localpart.encode(), password.encode(), b"admin" if admin else b"notadmin"])
        )
        body = {"nonce": nonce, "username": localpart, "password": password, "admin": admin, "mac": mac.hexdigest()}
        request = urllib.request.Request(
            endpoint, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.load(answer)["user_id"]

    def unique(self, stem: str) -> str:
        self._count += 1
        return f"{stem}{self._count}x{secrets.token_hex(2)}"


def _write_config(folder: Path, port: int, shared_secret: str) -> Path:
    from signedjson.key import generate_signing_key, write_signing_keys

    key_path = folder / "signing.key"
    with key_path.open("w") as file:
        write_signing_keys(file, [generate_signing_key("a_test")])
    log_config = folder / "log.yaml"
    log_config.write_text(
        json.dumps(
            {
                "version": 1,
                "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
                "handlers": {
                    "file": {
                        "class": "logging.FileHandler",
                        "filename": str(folder / "synapse.log"),
                        "formatter": "plain",
                    }
                },
                "root": {"level": "WARNING", "handlers": ["file"]},
                "disable_existing_loggers": False,
            }
        )
    )
    config = {
        "server_name": SERVER_NAME,
        "pid_file": str(folder / "homeserver.pid"),
        "report_stats": False,
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": ":memory:"}},
        "log_config": str(log_config),
        "media_store_path": str(folder / "media"),
        "signing_key_path": str(key_path),
        "registration_shared_secret": shared_secret,
        "macaroon_secret_key": secrets.token_hex(16),
        "form_secret": secrets.token_hex(16),
        "bcrypt_rounds": 4,
        "federation_domain_whitelist": [],
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "enable_metrics": False,
        "max_upload_size": "5M",
        **RATE_LIMITS,
    }
    path = folder / "homeserver.yaml"
    path.write_text(json.dumps(config, indent=1))  # JSON is YAML; ":memory:" stays quoted
    return path


@contextlib.contextmanager
def run_synapse(folder: Path) -> Iterator[Synapse]:
    """A Synapse homeserver in its own process group on a free port, stopped on leaving."""
    port = free_port()
    shared_secret = secrets.token_hex(16)
    config = _write_config(folder, port, shared_secret)
    began = time.monotonic()
    output = (folder / "stdout.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config)],
        cwd=folder,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, killed whole at the end
        env={**{k: v for k, v in os.environ.items() if k != "PYTHONTRACEMALLOC"}, "PYTHONWARNINGS": "ignore"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = began + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"synapse exited: {(folder / 'stdout.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/_matrix/client/versions", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("synapse did not answer within 60 s")
            time.sleep(0.05)
        server = Synapse(url, shared_secret, folder, time.monotonic() - began, pid=process.pid)
        print(f"\nsynapse ready on {url} in {server.started_in:.2f} s", file=sys.stderr)
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGCONT)  # a test may have paused it
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        output.close()


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    with run_synapse(tmp_path_factory.mktemp("synapse")) as server:
        yield server


# --------------------------------------------------------------------------------------------
# People: real nio clients


class Person:
    """A woman (or anyone) with her own Matrix client: creates rooms, writes, reads the bot's answers."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.inbox: list[dict] = []  # every m.room.message event seen, as raw dicts
        self.redacted: set[str] = set()
        self.left: set[str] = set()  # rooms the bot left
        self._token: str | None = None

    @property
    def user_id(self) -> str:
        return self.client.user_id

    async def pull(self, timeout_ms: int = 0) -> None:
        response = await self.client.sync(timeout=timeout_ms, since=self._token, full_state=False)
        assert isinstance(response, SyncResponse), response
        self._token = response.next_batch
        for room_id, info in response.rooms.join.items():
            for event in info.timeline.events:
                source = dict(event.source)
                source["room_id"] = room_id
                kind = source.get("type")
                if kind == "m.room.message" and source.get("content"):
                    self.inbox.append(source)
                elif kind == "m.room.redaction":
                    self.redacted.add(source.get("redacts") or source.get("content", {}).get("redacts"))
                elif kind == "m.room.member" and source.get("state_key") != self.user_id:
                    if source.get("content", {}).get("membership") == "leave":
                        self.left.add(room_id)

    def from_bot(self, room_id: str, bot_user: str) -> list[dict]:
        return [e for e in self.inbox if e["room_id"] == room_id and e["sender"] == bot_user]

    async def wait_for(
        self, room_id: str, bot_user: str, predicate: Callable[[dict], bool], *, after: int = 0, within: float = 10
    ) -> dict:
        """The first bot message (from index ``after``) that matches, syncing until it arrives."""
        deadline = time.monotonic() + within
        while True:
            for event in self.from_bot(room_id, bot_user)[after:]:
                if predicate(event):
                    return event
            if time.monotonic() > deadline:
                seen = [e["content"].get("body", "")[:80] for e in self.from_bot(room_id, bot_user)]
                raise AssertionError(f"no matching bot message in {within} s; saw {seen}")
            await self.pull(timeout_ms=500)

    async def say(self, room_id: str, text: str) -> str:
        response = await self.client.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": text})
        return response.event_id

    async def dm(self, bot_user: str, *, encrypted: bool = False) -> str:
        initial_state = []
        if encrypted:
            initial_state.append(
                {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}
            )
        from nio import RoomPreset

        response = await self.client.room_create(
            is_direct=True, invite=[bot_user], preset=RoomPreset.trusted_private_chat, initial_state=initial_state
        )
        return response.room_id


async def login(url: str, user_id: str, password: str = "pw") -> AsyncClient:
    client = AsyncClient(url, user_id, config=AsyncClientConfig(max_timeouts=3, encryption_enabled=False))
    response = await client.login(password)
    assert isinstance(response, LoginResponse), response
    return client


# --------------------------------------------------------------------------------------------
# The bot


class RecordingChannel:
    """The web chat as the staff see it: every delivered message is kept."""

    scheme = "web"

    def __init__(self) -> None:
        self.delivered: list[Outbound] = []

    async def deliver(self, message: Outbound) -> None:
        self.delivered.append(message)

    def to(self, address: str) -> list[Outbound]:
        return [m for m in self.delivered if m.address == address]


@dataclass
class MatrixBot:
    app: App
    channel: MatrixChannel
    web: RecordingChannel

    async def stop(self) -> None:
        await self.app.sender.stop()  # the outbox sender first: it delivers through the channel
        await self.channel.stop()  # then the channel: its last state write needs the database
        await self.app.close()  # as `walking-home run` does: channels stop before the engine closes


@dataclass
class World:
    synapse: Synapse
    tmp_path: Path
    database: str
    bot_user: str
    web: RecordingChannel = field(default_factory=RecordingChannel)
    bots: list[MatrixBot] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    _seeded: bool = False

    async def start_bot(self, **channel_options) -> MatrixBot:
        settings = load_settings(
            database_url=self.database,
            default_locale="zh-Hans-CN",
            evidence_dir=self.tmp_path / "evidence",
            max_upload_mb=MAX_UPLOAD_MB,
            web_enabled=False,
        )
        app = build_app(settings, channels=[self.web], sender_options=FAST_SENDER)
        if not self._seeded:
            async with app.unit_of_work() as uow:
                await seed.seed_reference_data(uow.session)
                await seed.seed_demo_points(uow.session)
                await uow.commit()
            self._seeded = True
        options = {
            "homeserver": self.synapse.url,
            "user": self.bot_user,
            "password": "bot-pw",
            "state_dir": self.tmp_path / "matrix",
            "state_store": ChannelStateStore(app.unit_of_work, app.now),
            "handle": app.dialogs.handle,
            "localizer": app.localizer,
            "max_download_bytes": settings.max_upload_bytes,
            "sync_timeout_ms": 1000,
            "on_started": app.channels.register,
        }
        channel = MatrixChannel(**{**options, **channel_options})
        app.sender.start()
        await channel.start()
        running = MatrixBot(app, channel, self.web)
        self.bots.append(running)
        return running

    async def person(self, stem: str = "her") -> Person:
        user_id = self.synapse.register(self.synapse.unique(stem))
        person = Person(await login(self.synapse.url, user_id))
        await person.pull()
        self.people.append(person)
        return person


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def world(synapse: Synapse, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[World]:
    """The bot on a migrated SQLite file, and again on a fresh PostgreSQL database (tests/databases.py)."""
    if request.param == "postgres":
        database = request.getfixturevalue("postgres_url")
    else:
        database = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        await upgrade_async(database)
    bot_user = synapse.register(synapse.unique("bot"), "bot-pw")
    made = World(synapse, tmp_path, database, bot_user)
    try:
        yield made
    finally:
        for running in reversed(made.bots):
            await running.stop()
        for person in made.people:
            await person.client.close()
        await asyncio.sleep(0)
        gc.collect()  # an HTTP session left open shows up in the test that left it


def body(event: dict) -> str:
    return event["content"].get("body", "")


__all__ = ["RoomMessageText", "Person", "World", "body"]
