"""`/health`, `/ready` and `/metrics` on the running bot (issue 18): the real composition of
``walking-home run`` (`build_app`, `start_channels`, the workers, the metrics listener) on 127.0.0.1,
asked over HTTP while a woman talks on the web chat, while PostgreSQL is paused, while the SQLite
file is gone, while the Matrix homeserver does not answer and while an outbox row waits for nobody."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert, update
from websockets.asyncio.client import connect

from bot.bootstrap import App, build_app
from bot.metrics import channel_label
from bot.ops_server import split_address
from bot.runner import start_channels, start_operations
from bot.settings import REPO_LOCALES, Settings, SettingsError, load_settings
from bot.workers import start_workers
from bot.workers.outbox import DELIVERY_FAILURE_KINDS
from storage import seed
from storage.records import CaseRecord, OutboxRecord
from tests.databases import free_port
from tests.pg_pause import paused

CASES = CaseRecord.__table__
OUTBOX = OutboxRecord.__table__
#: What she types: it must never appear in a metric, a label or an answer of these endpoints.
HER_WORDS = "he took my passport and the children 7731"


def settings_for(tmp_path: Path, url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": url,
        "data_dir": tmp_path,
        "locales_dir": REPO_LOCALES,
        "default_locale": "en",
        "web_host": "127.0.0.1",
        "web_port": 0,
        "clock_poll": 0.2,
    }
    return Settings(_env_file=None, **{**values, **overrides})


class Said(list):
    """What `start_channels` would print, kept: (message id, arguments)."""

    localizer = None

    def __call__(self, message_id: str, err: bool = False, **args: object) -> None:
        self.append((message_id, args))


@contextlib.asynccontextmanager
async def running(settings: Settings, *, seeded: bool = True) -> AsyncIterator[App]:
    """What ``walking-home run`` starts, without its signals: channels, workers, the metrics listener."""
    app = build_app(settings)
    if seeded:
        async with app.unit_of_work() as uow:
            await seed.seed_reference_data(uow.session)
            await uow.commit()
    said = Said()
    try:
        assert await start_channels(app, said), said
        await start_workers(app)
        await start_operations(app, said)
        yield app
    finally:
        await app.close()


def web_url(app: App) -> str:
    http = next(c for c in app.components if c.name == "http")
    return http.url.rstrip("/")


def ops_url(app: App) -> str:
    return next(s for s in app.services if s.name == "ops").url.rstrip("/")


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape: (name, sorted labels) → value."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(scrape: dict, name: str, **labels: str) -> float:
    return scrape.get((name, tuple(sorted(labels.items()))), 0.0)


async def her_conversation(url: str) -> tuple[str, str]:
    """She opens the web chat and writes once; returns her session token and the id of her message."""
    async with connect(url.replace("http://", "ws://") + "/ws", origin=url) as socket:
        await socket.send(json.dumps({"type": "hello", "token": "", "language": "en"}))
        token = ""
        while True:  # the session, then the greeting
            frame = json.loads(await socket.recv())
            token = frame.get("token", token)
            if frame["type"] == "message":
                break
        await socket.send(json.dumps({"type": "text", "id": "m1", "text": HER_WORDS}))
        acked = answered = False
        while not (acked and answered):
            frame = json.loads(await socket.recv())
            acked = acked or (frame["type"] == "ack" and frame["id"] == "m1")
            answered = answered or (acked and frame["type"] == "message")
    return token, "m1"


async def test_a_scrape_during_her_web_conversation_counts_turns_and_deliveries_and_holds_none_of_her_words(
    tmp_path: Path, sqlite_url: str
) -> None:
    settings = settings_for(tmp_path, sqlite_url, metrics=True)
    async with running(settings) as app:
        now = datetime.now(UTC)
        times = {"created_at": now, "updated_at": now, "state_entered_at": now - timedelta(minutes=7)}
        case = {"service": "rights", "language": "en", "channel": "web", **times}
        async with app.engine.begin() as connection:
            await connection.execute(
                insert(CASES).values(reference="HL-OPS-1", state="emergency", region="hailar", **case)
            )
            await connection.execute(
                insert(CASES).values(reference="HL-OPS-2", state="new", region="hailar", overdue=True, **case)
            )
            await connection.execute(
                insert(CASES).values(reference="HL-OPS-3", state="closed", region="hailar", **case)
            )
        url = web_url(app)
        async with httpx.AsyncClient(base_url=url) as client:
            before = samples((await client.get("/metrics")).text)
            token, _ = await her_conversation(url)
            async with asyncio.timeout(5):
                while True:  # her page can show a message before the sender has counted its delivery
                    response = await client.get("/metrics")
                    if value(samples(response.text), "walking_home_deliveries_total", channel="web") >= 2:
                        break
                    await asyncio.sleep(0.05)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        after = samples(response.text)

    # Her greeting and her message: two turns on the web channel, timed; their answers delivered.
    assert (
        value(after, "walking_home_turns_total", channel="web")
        - value(before, "walking_home_turns_total", channel="web")
        == 2
    )
    assert value(after, "walking_home_turn_seconds_count", channel="web") == 2
    assert value(after, "walking_home_deliveries_total", channel="web") >= 2
    assert value(after, "walking_home_delivery_seconds_count", channel="web") >= 2
    assert not [key for key in after if key[0] == "walking_home_turn_failures_total"]
    # What the database holds, read at scrape time: the closed case is not open.
    assert value(after, "walking_home_cases_open", state="emergency", region="hailar") == 1
    assert value(after, "walking_home_cases_open", state="new", region="hailar") == 1
    assert value(after, "walking_home_cases_open", state="closed", region="hailar") == 0
    assert value(after, "walking_home_cases_overdue", region="hailar") == 1
    assert value(after, "walking_home_emergencies_unacknowledged", region="hailar") == 1
    assert 7 * 60 <= value(after, "walking_home_emergency_unacknowledged_oldest_age_seconds", region="hailar") < 9 * 60
    assert value(after, "walking_home_database_up") == 1
    assert value(after, "walking_home_component_up", component="web") == 1
    assert ("walking_home_clock_timers_due", ()) in after
    # No label and no line of the scrape carries her words, her session token or her address.
    labels = {label for (_, pairs) in after for (_, label) in pairs}
    known = {"web", "http", "outbox", "clock", "retention", "emergency", "new", "hailar", "in_use", "idle", "+Inf"}
    # A delivery failure's kind is one word of a closed set: an answer that comes after she has
    # closed her page fails "offline" and waits for her (how often depends on the sender's pace).
    known |= DELIVERY_FAILURE_KINDS
    failures = {dict(pairs)["kind"] for (name, pairs) in after if name.startswith("walking_home_delivery_errors")}
    assert failures <= {"offline"}
    assert labels <= known | {str(bucket) for (name, pairs) in after for (key, bucket) in pairs if key == "le"}
    for secret in (HER_WORDS, "passport", "7731", token, token[:12]):
        assert secret not in response.text


async def test_metrics_are_off_by_default_and_health_and_ready_answer_on_the_web_listener(
    tmp_path: Path, sqlite_url: str
) -> None:
    async with running(settings_for(tmp_path, sqlite_url)) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
        assert app.metrics is None
        assert (await client.get("/metrics")).status_code == 404
        health = await client.get("/health")
        ready = await client.get("/ready")
    assert health.status_code == 200 and health.json()["status"] == "ok"  # the web chat's own, as before
    assert ready.status_code == 200, ready.text
    body = ready.json()
    assert body["status"] == "ready"
    assert {name: check["state"] for name, check in body["checks"].items()} == {
        "database": "up",
        "http": "up",
        "channel:web": "up",
        "outbox": "up",
        "clock": "up",
    }


async def test_ready_is_503_while_the_sqlite_file_is_gone_and_200_when_it_is_back(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    url = f"sqlite+aiosqlite:///{folder / 'bot.db'}"
    from storage.migrate import upgrade_async

    await upgrade_async(url)
    async with running(settings_for(tmp_path, url)) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
        assert (await client.get("/ready")).status_code == 200
        os.rename(folder, tmp_path / "moved")  # the volume went away under the running bot
        try:
            gone = await client.get("/ready")
            alive = await client.get("/health")
        finally:
            os.rename(tmp_path / "moved", folder)
        back = await client.get("/ready")
    assert gone.status_code == 503
    assert gone.json()["status"] == "not ready"
    assert gone.json()["checks"]["database"] == {"ok": False, "state": "down", "detail": "file missing"}
    assert gone.json()["checks"]["outbox"]["state"] == "unknown"
    assert alive.status_code == 200  # liveness: the process answers; restarting it would not bring the file back
    assert back.status_code == 200, back.text


async def test_ready_is_503_not_500_when_the_data_folder_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tryout made the data folder unreadable (chmod 000, as a process without root's file rights)
    and /ready answered 500. The tests run as root, which reads it anyway, so the file system's
    answer to a process without those rights (EACCES) is given here."""
    folder = tmp_path / "data"
    folder.mkdir()
    url = f"sqlite+aiosqlite:///{folder / 'bot.db'}"
    from storage.migrate import upgrade_async

    await upgrade_async(url)
    async with running(settings_for(tmp_path, url)) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
        original = Path.is_file

        def unreadable(path: Path) -> bool:
            if path.name == "bot.db":
                raise PermissionError(13, "Permission denied")
            return original(path)

        with monkeypatch.context() as patched:
            patched.setattr(Path, "is_file", unreadable)
            refused = await client.get("/ready")
        assert app is not None
    assert refused.status_code == 503
    assert refused.json()["checks"]["database"] == {"ok": False, "state": "down", "detail": "file unreadable"}


@pytest.mark.postgres
async def test_a_flood_of_ready_holds_one_probe_connection_at_a_time(
    tmp_path: Path, postgres_url: str, postgres_cluster
) -> None:
    """A tryout's 4,000 anonymous /ready requests filled the server's 100 connections; now the rounds
    asked meanwhile share one answer, and the scrape and /ready one probe connection."""
    import asyncpg

    from storage.advisory import asyncpg_dsn

    settings = settings_for(tmp_path, postgres_url, metrics=True)
    admin = await asyncpg.connect(asyncpg_dsn(postgres_url))
    count = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    try:
        async with running(settings) as app, httpx.AsyncClient(base_url=web_url(app), timeout=30) as client:
            assert (await client.get("/ready")).status_code == 200
            await asyncio.sleep(0.3)
            before = await admin.fetchval(count)
            most = before
            done = asyncio.Event()

            async def sample() -> None:
                nonlocal most
                while not done.is_set():
                    most = max(most, await admin.fetchval(count))

            sampler = asyncio.create_task(sample())
            answers = await asyncio.gather(*(client.get("/ready" if n % 4 else "/metrics") for n in range(300)))
            done.set()
            await sampler
            scrape = samples((await client.get("/metrics")).text)
    finally:
        await admin.close()
    assert all(a.status_code == 200 for a in answers)
    assert most <= before + 1, (before, most)
    # The bot's own pool, read at scrape time: its size and the connections in use and idle.
    assert value(scrape, "walking_home_database_pool_size") == app.engine.sync_engine.pool.size() > 0
    in_use = value(scrape, "walking_home_database_pool_connections", state="in_use")
    idle = value(scrape, "walking_home_database_pool_connections", state="idle")
    assert in_use >= 0 and idle >= 1 and ("walking_home_database_pool_overflow", ()) in scrape


@pytest.mark.postgres
async def test_ready_is_503_within_its_bound_while_postgresql_is_paused_and_200_after(
    tmp_path: Path, postgres_url: str, postgres_cluster
) -> None:
    import time

    settings = settings_for(tmp_path, postgres_url, metrics=True, ready_database_timeout=1)
    async with running(settings) as app, httpx.AsyncClient(base_url=web_url(app), timeout=10) as client:
        assert (await client.get("/ready")).status_code == 200
        with paused(postgres_cluster):
            started = time.monotonic()
            down = await client.get("/ready")
            took = time.monotonic() - started
            alive = await client.get("/health")
            scrape = samples((await client.get("/metrics")).text)
        back = await client.get("/ready")
    assert down.status_code == 503
    assert down.json()["checks"]["database"]["state"] == "down"
    assert down.json()["checks"]["database"]["detail"] in ("timeout", "TimeoutError")
    assert took < 3, took  # the bound (1 s) and its backstop, not the driver's 5 s or the pool's 15 s
    assert alive.status_code == 200
    assert value(scrape, "walking_home_database_up") == 0
    assert ("walking_home_cases_open", (("region", "hailar"), ("state", "new"))) not in scrape
    assert back.status_code == 200, back.text


async def test_ready_reports_the_matrix_channel_down_when_its_homeserver_does_not_answer_and_the_listener_serves_health(
    tmp_path: Path, sqlite_url: str
) -> None:
    """The web chat is off: health, readiness and metrics are on the metrics listener. The homeserver's
    port refuses connections (nothing listens there): the channel retries in the background."""
    settings = settings_for(
        tmp_path,
        sqlite_url,
        web_enabled=False,
        matrix_homeserver=f"http://127.0.0.1:{free_port()}",
        matrix_user="@bot:test.local",
        matrix_password="not used",
        metrics_address="127.0.0.1:0",
    )
    async with running(settings) as app, httpx.AsyncClient(base_url=ops_url(app)) as client:
        assert [c.name for c in app.components] == ["matrix"]  # no HTTP server: nothing added routes
        retrying = await client.get("/ready")
        app.settings.ready_channel_grace = 0  # past its grace: down
        down = await client.get("/ready")
        health = await client.get("/health")
        scrape = samples((await client.get("/metrics")).text)
    assert retrying.status_code == 200, retrying.text
    assert retrying.json()["checks"]["channel:matrix"] == {"ok": True, "state": "retrying", "detail": "unreachable"}
    assert down.status_code == 503
    assert down.json()["checks"]["channel:matrix"] == {"ok": False, "state": "down", "detail": "unreachable"}
    assert health.status_code == 200
    assert value(scrape, "walking_home_component_up", component="matrix") == 0


async def test_an_outbox_row_due_long_ago_and_unsent_makes_ready_503_and_a_stopped_clock_too(
    tmp_path: Path, sqlite_url: str
) -> None:
    """Nothing serves Telegram here: its row stays due. Given up on (dead), the outbox is ready again."""
    settings = settings_for(tmp_path, sqlite_url, metrics=True, ready_outbox_stuck=60)
    async with running(settings) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
        hour_ago = datetime.now(UTC) - timedelta(hours=1)
        row = {"address": "telegram:5550001", "scheme": "telegram", "message_id": "notice-first-line"}
        async with app.engine.begin() as connection:
            await connection.execute(insert(OUTBOX).values(**row, not_before=hour_ago, created_at=hour_ago))
        stuck = await client.get("/ready")
        scrape = samples((await client.get("/metrics")).text)
        async with app.engine.begin() as connection:
            await connection.execute(update(OUTBOX).values(status="dead"))
        unstuck = await client.get("/ready")
        scrape_after = samples((await client.get("/metrics")).text)
        clock = next(s for s in app.services if s.name == "clock")
        await clock.stop()
        no_clock = await client.get("/ready")
    assert stuck.status_code == 503
    outbox = stuck.json()["checks"]["outbox"]
    assert outbox["state"] == "stuck" and outbox["detail"].startswith("telegram: due 36")
    assert "5550001" not in stuck.text
    assert 3590 < value(scrape, "walking_home_outbox_oldest_due_age_seconds", channel="telegram") < 3700
    assert value(scrape, "walking_home_outbox_pending", channel="telegram") == 1
    # An enabled channel with none has a 0, so the first dead letter changes a series (an alert sees it).
    assert scrape[("walking_home_outbox_dead_letters", (("channel", "web"),))] == 0
    assert unstuck.status_code == 200, unstuck.text
    assert value(scrape_after, "walking_home_outbox_dead_letters", channel="telegram") == 1
    assert no_clock.status_code == 503
    assert no_clock.json()["checks"]["clock"] == {"ok": False, "state": "down", "detail": "not running"}


async def test_the_metrics_listener_serves_metrics_health_and_ready_and_the_web_listener_no_metrics(
    tmp_path: Path, sqlite_url: str
) -> None:
    settings = settings_for(tmp_path, sqlite_url, metrics_address="127.0.0.1:0")
    async with running(settings) as app:
        async with httpx.AsyncClient(base_url=ops_url(app)) as ops:
            scrape = await ops.get("/metrics")
            health = await ops.get("/health")
            ready = await ops.get("/ready")
        async with httpx.AsyncClient(base_url=web_url(app)) as web:
            on_web = await web.get("/metrics")
    assert scrape.status_code == 200 and "walking_home_turns_total" in scrape.text
    assert health.status_code == 200 and ready.status_code == 200, ready.text
    assert on_web.status_code == 404


def test_the_metrics_address_is_host_and_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALKING_HOME_METRICS_ADDRESS", "9100")
    with pytest.raises(SettingsError, match="WALKING_HOME_METRICS_ADDRESS"):
        load_settings(_env_file=None, locales_dir=REPO_LOCALES)
    assert split_address("[::1]:9100") == ("::1", 9100)
    assert split_address("0.0.0.0:9100") == ("0.0.0.0", 9100)


def test_a_channel_label_is_a_scheme_or_other() -> None:
    assert channel_label("web") == "web"
    assert channel_label("telegram") == "telegram"
    assert channel_label("He took my passport") == "other"
    assert channel_label("@alice:example.org") == "other"


async def test_a_message_for_her_closed_page_counts_as_an_offline_delivery_error_without_her_address(
    tmp_path: Path, sqlite_url: str
) -> None:
    settings = settings_for(tmp_path, sqlite_url, metrics=True)
    async with running(settings) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
        token, _ = await her_conversation(web_url(app))  # then her page closes
        web = next(c for c in app.components if c.name == "web")
        address = web.channel.address_of(token)
        row = {"address": address, "scheme": "web", "message_id": "notice-first-line"}
        now = datetime.now(UTC)
        async with app.engine.begin() as connection:
            await connection.execute(insert(OUTBOX).values(**row, not_before=now, created_at=now))
        app.sender.notify()
        async with asyncio.timeout(5):
            while True:
                text = (await client.get("/metrics")).text
                if value(samples(text), "walking_home_delivery_errors_total", channel="web", kind="offline") >= 1:
                    break
                await asyncio.sleep(0.05)
    assert address not in text and address.split(":", 1)[1] not in text
    assert token not in text


async def test_a_telegram_channel_whose_token_is_refused_is_down_at_once(tmp_path: Path, sqlite_url: str) -> None:
    """The Bot API (a fake at the HTTP seam) answers 401 to the token: the channel did not start, and no
    grace applies — retrying will not fix a refused token."""
    from tests.telegram.fake_bot_api import FakeBotApi

    api = FakeBotApi()
    await api.start()
    try:
        settings = settings_for(
            tmp_path, sqlite_url, telegram_token="999:REFUSED", telegram_api_url=api.api_url, ready_channel_grace=3600
        )
        async with running(settings) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
            ready = await client.get("/ready")
    finally:
        await api.stop()
    assert ready.status_code == 503
    assert ready.json()["checks"]["channel:telegram"] == {"ok": False, "state": "down", "detail": "not started"}
    assert ready.json()["checks"]["channel:web"]["ok"] is True
    assert "999:REFUSED" not in ready.text


async def test_without_the_web_chat_the_telegram_webhook_listener_serves_ready_but_no_health(
    tmp_path: Path, sqlite_url: str
) -> None:
    """`/health` stays the web chat's own (as before); readiness is asked on the webhook's listener."""
    from tests.telegram.fake_bot_api import FakeBotApi

    api = FakeBotApi()
    await api.start()
    try:
        settings = settings_for(
            tmp_path,
            sqlite_url,
            web_enabled=False,
            telegram_token=api.token,
            telegram_api_url=api.api_url,
            telegram_mode="webhook",
            telegram_webhook_secret="s3cret-for-the-webhook",
        )
        async with running(settings) as app, httpx.AsyncClient(base_url=web_url(app)) as client:
            ready = await client.get("/ready")
            health = await client.get("/health")
    finally:
        await api.stop()
    assert ready.status_code == 200, ready.text
    assert set(ready.json()["checks"]) == {"database", "http", "channel:telegram", "outbox", "clock"}
    assert health.status_code == 404
