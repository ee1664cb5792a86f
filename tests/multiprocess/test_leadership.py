"""Leadership on a real PostgreSQL: one leader per key, a standby takes over when the leader's
session ends, a leader whose session is cut stops its component, and SQLite wraps nothing."""

from __future__ import annotations

import asyncio
import time

import asyncpg
import pytest

from bot.bootstrap import build_app, build_channels
from bot.leadership import LEADER, STANDBY, Leadership
from bot.lifecycle import Health, Lines
from bot.settings import load_settings
from storage.advisory import AdvisoryLock, asyncpg_dsn, lock_key
from tests.databases import free_port
from tests.pg_pause import paused

pytestmark = pytest.mark.postgres


class Loop:
    """A component that counts its starts and stops (what a polling loop would do, without a network)."""

    name = "telegram"
    lines = Lines("cli-telegram-failed", "cli-telegram-running", "cli-telegram-retrying")

    def __init__(self) -> None:
        self.starts = 0
        self.stops = 0
        self.running = False

    async def start(self) -> None:
        self.starts += 1
        self.running = True

    async def stop(self) -> None:
        if self.running:
            self.stops += 1
        self.running = False

    def health(self) -> Health:
        return Health(self.name, ok=self.running)

    def describe(self) -> dict[str, str]:
        return {"mode": "polling", "username": "bot"}


async def wait_for(condition, seconds: float) -> float:
    began = time.monotonic()
    while not condition():
        if time.monotonic() - began > seconds:
            raise AssertionError(f"not within {seconds} s")
        await asyncio.sleep(0.05)
    return time.monotonic() - began


def test_the_key_is_a_stable_signed_64_bit_number_apart_per_account() -> None:
    key = lock_key("telegram:123456")
    assert key == lock_key("telegram:123456")
    assert -(2**63) <= key < 2**63
    assert key != lock_key("telegram:654321") != lock_key("matrix:123456")


async def test_one_leader_and_a_standby_that_takes_over_when_the_leader_stops(postgres_url: str) -> None:
    first = Leadership(Loop(), AdvisoryLock(postgres_url, "telegram:1"), retry=0.2, check=0.2)
    second = Leadership(Loop(), AdvisoryLock(postgres_url, "telegram:1"), retry=0.2, check=0.2)
    other_account = Leadership(Loop(), AdvisoryLock(postgres_url, "telegram:2"), retry=0.2, check=0.2)
    try:
        await first.start()
        await second.start()
        await other_account.start()
        assert (first.role, second.role, other_account.role) == (LEADER, STANDBY, LEADER)
        assert first.inner.running and not second.inner.running
        assert first.lines.running == "cli-telegram-running"
        assert second.lines.running == "cli-channel-standby"
        assert second.describe()["role"] == STANDBY and second.health().detail == STANDBY
        assert second.running and second.health().ok  # standing by is its job
        await asyncio.sleep(1.0)
        assert second.role == STANDBY and second.inner.starts == 0  # still held: it keeps waiting
        assert first.role == LEADER and first.inner.starts == 1 and first.takeovers == 1  # its checks pass

        await first.stop()
        assert first.inner.stops == 1
        took = await wait_for(lambda: second.role == LEADER and second.inner.running, 3.0)
        assert took < 1.5
        assert second.health().detail.startswith("leader")
    finally:
        for leadership in (first, second, other_account):
            await leadership.stop()


async def test_a_leader_whose_session_is_cut_stops_its_component_and_the_standby_leads(
    postgres_url: str, postgres_cluster
) -> None:
    stepped_down = []
    first = Leadership(
        Loop(),
        AdvisoryLock(postgres_url, "matrix:@bot"),
        retry=0.3,
        check=0.2,
        make=Loop,
        on_stopped=stepped_down.append,
    )
    await first.start()
    second = Leadership(Loop(), AdvisoryLock(postgres_url, "matrix:@bot"), retry=0.3, check=0.2, make=Loop)
    await second.start()
    try:
        assert first.role == LEADER and second.role == STANDBY
        # What a dead leader looks like to the server: its session ends (kill -9 closes the socket).
        admin = await asyncpg.connect(asyncpg_dsn(postgres_url))
        try:
            ended = await admin.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory'"
                " AND objid = ($1::bigint & 4294967295)::oid",
                lock_key("matrix:@bot"),
            )
        finally:
            await admin.close()
        assert ended == 1
        old_inner = first.inner
        # The server answers: the old leader takes the lock again at once and leads on with the same
        # component, or, when the standby was quicker, it stops its component and stands by.
        await asyncio.sleep(1.5)
        leaders = [leadership for leadership in (first, second) if leadership.role == LEADER]
        assert len(leaders) == 1 and leaders[0].inner.running
        if first.role == LEADER:
            assert stepped_down == [] and first.inner is old_inner and old_inner.stops == 0
        else:
            assert stepped_down == [old_inner] and not old_inner.running
        await asyncio.sleep(1.0)  # and it stays that way: the other stands by
        assert [leadership.role for leadership in (first, second)].count(LEADER) == 1
    finally:
        await first.stop()
        await second.stop()


def test_on_sqlite_the_polling_channel_is_not_wrapped_and_on_postgresql_it_is(tmp_path, postgres_url: str) -> None:
    def channels(url: str, mode: str = "polling"):
        settings = load_settings(
            database_url=url,
            data_dir=tmp_path,
            web_enabled=False,
            telegram_token="123456:not-a-real-token",
            telegram_mode=mode,
            telegram_webhook_secret="a-secret-of-16-chars-or-more",
        )
        app = build_app(settings)
        built = build_channels(app)
        asyncio.run(app.engine.dispose())
        return built

    [on_sqlite] = channels(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    assert not isinstance(on_sqlite, Leadership)
    [on_postgres] = channels(postgres_url)
    assert isinstance(on_postgres, Leadership) and on_postgres.lock.key == lock_key("telegram:123456")
    webhook = channels(postgres_url, mode="webhook")
    assert not any(isinstance(component, Leadership) for component in webhook)


async def test_retention_runs_in_one_process_at_a_time(tmp_path, postgres_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.workers.retention import RetentionWorker

    now = datetime(2026, 12, 1, tzinfo=UTC)
    settings = load_settings(database_url=postgres_url, data_dir=tmp_path, web_enabled=False)
    app = build_app(settings, now=lambda: now)
    old = now - timedelta(days=settings.retention_processed_update_days + 1)
    admin = await asyncpg.connect(asyncpg_dsn(postgres_url))
    try:
        await admin.execute("INSERT INTO processed_updates (channel, update_id, at) VALUES ('telegram', '1', $1)", old)
        count = "SELECT count(*) FROM processed_updates"
        other_process = AdvisoryLock(postgres_url, "worker:retention")
        assert await other_process.try_acquire()
        worker = RetentionWorker(app)
        await worker.run_round()  # another process runs retention: this round leaves everything
        assert await admin.fetchval(count) == 1
        await other_process.release()
        await worker.run_round()
        assert await admin.fetchval(count) == 0
    finally:
        await admin.close()
        await app.engine.dispose()


async def test_a_process_that_led_before_can_build_its_channel_again_while_serving_http(tmp_path, postgres_url) -> None:
    """A leader that lost its lock (a database hiccup) and takes it again builds a fresh channel; the
    HTTP server runs by then, and a polling channel has no route to add (it raised RuntimeError)."""
    settings = load_settings(
        database_url=postgres_url,
        data_dir=tmp_path,
        web_host="127.0.0.1",
        web_port=free_port(),
        telegram_token="123456:not-a-real-token",
        telegram_mode="polling",
    )
    app = build_app(settings)
    built = build_channels(app)
    http = next(component for component in built if component.name == "http")
    [leadership] = [component for component in built if isinstance(component, Leadership)]
    await http.start()
    try:
        again = leadership._make()
        assert again is not leadership.inner and again.mode == "polling"
    finally:
        await http.stop()
        await app.engine.dispose()


async def test_a_leader_leads_on_while_the_database_does_not_answer_and_holds_the_lock_after(
    postgres_url: str, postgres_cluster
) -> None:
    """A paused server proves no other leader: the channel keeps running through the outage (so a
    danger press still gets its numbers), and one process leads once the server answers again."""
    first = Leadership(Loop(), AdvisoryLock(postgres_url, "telegram:9", timeout=0.5), retry=0.3, check=0.2)
    second = Leadership(Loop(), AdvisoryLock(postgres_url, "telegram:9", timeout=0.5), retry=0.3, check=0.2)
    await first.start()
    await second.start()
    try:
        assert (first.role, second.role) == (LEADER, STANDBY)
        with paused(postgres_cluster):
            await asyncio.sleep(4.0)  # several failed checks and re-acquisitions
            assert first.role == LEADER and first.inner.running and first.inner.stops == 0
            assert second.role == STANDBY and second.inner.starts == 0
        await wait_for(lambda: first.lock.held or second.role == LEADER, 10.0)
        await asyncio.sleep(1.0)
        assert [leadership.role for leadership in (first, second)].count(LEADER) == 1
        leader = first if first.role == LEADER else second
        assert leader.inner.running and leader.lock.held
    finally:
        await first.stop()
        await second.stop()
