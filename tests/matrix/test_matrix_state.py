"""The Matrix channel's state is a database row (`storage.channel_state`), not a file (issue 13).

A process that takes the channel over (after a crash, or on another machine sharing PostgreSQL)
must continue from the same sync token; a deployment that kept its state in ``state.json`` keeps
its token through the upgrade (the file is imported once, then renamed).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.bootstrap import App, build_app
from bot.channels.matrix import MatrixState
from bot.settings import load_settings
from storage.channel_state import ChannelStateStore

ACCOUNT = "http://hs @bot:hs"


@pytest.fixture
async def app(db_url: str, tmp_path: Path) -> AsyncIterator[App]:
    made = build_app(load_settings(database_url=db_url, web_enabled=False, evidence_dir=tmp_path / "evidence"))
    try:
        yield made
    finally:
        await made.close()


async def test_the_state_is_one_row_per_account_read_back_by_another_process(app: App, db_url: str) -> None:
    store = ChannelStateStore(app.unit_of_work)
    state = MatrixState(store, ACCOUNT)
    await state.load()
    assert (state.device_id, state.sync_token, state.rooms) == ("", "", {})
    state.device_id, state.sync_token, state.rooms = "DEV", "s1", {"@her:hs": "!r:hs"}
    await state.save()
    state.sync_token = "s2"
    await state.save()  # replaced, not added

    other = build_app(load_settings(database_url=db_url, web_enabled=False))  # its own engine and pool
    try:
        again = MatrixState(ChannelStateStore(other.unit_of_work), ACCOUNT)
        await again.load()
        assert (again.device_id, again.sync_token, again.rooms) == ("DEV", "s2", {"@her:hs": "!r:hs"})
        stranger = MatrixState(ChannelStateStore(other.unit_of_work), "http://hs @other:hs")
        await stranger.load()
        assert (stranger.device_id, stranger.sync_token, stranger.rooms) == ("", "", {})
    finally:
        await other.close()


async def test_a_state_file_of_an_earlier_version_is_imported_once_and_renamed(app: App, tmp_path: Path) -> None:
    legacy = tmp_path / "matrix" / "state.json"
    legacy.parent.mkdir()
    kept = {"account": ACCOUNT, "device_id": "OLD", "sync_token": "s_kept", "rooms": {"@her:hs": "!r:hs"}}
    legacy.write_text(json.dumps({**kept, "locales": {"@her:hs": "ru"}}))
    store = ChannelStateStore(app.unit_of_work)

    state = MatrixState(store, ACCOUNT, legacy_file=legacy)
    await state.load()
    assert (state.device_id, state.sync_token, state.locales) == ("OLD", "s_kept", {"@her:hs": "ru"})
    assert not legacy.exists() and legacy.with_name("state.json.imported").exists()
    assert (await store.load(state.key))["sync_token"] == "s_kept"

    state.sync_token = "s_new"
    await state.save()
    legacy.write_text(json.dumps(kept))  # a file that turns up again is not read over the row
    again = MatrixState(store, ACCOUNT, legacy_file=legacy)
    await again.load()
    assert again.sync_token == "s_new" and legacy.exists()


async def test_a_state_file_of_another_account_is_not_imported(app: App, tmp_path: Path) -> None:
    legacy = tmp_path / "state.json"
    legacy.write_text(json.dumps({"account": "http://hs @other:hs", "sync_token": "s_theirs"}))
    state = MatrixState(ChannelStateStore(app.unit_of_work), ACCOUNT, legacy_file=legacy)
    await state.load()
    assert state.sync_token == "" and legacy.exists()


class SlowStore:
    """A `ChannelStateStore` whose writes wait for ``gate`` and fail while ``refuse`` is above zero."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.refuse = 0
        self.writes: list[dict] = []

    async def load(self, key: str) -> dict | None:
        return self.writes[-1] if self.writes else None

    async def save(self, key: str, value: dict) -> None:
        await self.gate.wait()
        if self.refuse:
            self.refuse -= 1
            raise ConnectionError("database unavailable")
        self.writes.append(value)


async def test_save_soon_returns_at_once_and_writes_the_newest_values_in_one_more_write() -> None:
    store = SlowStore()
    state = MatrixState(store, ACCOUNT)
    await state.load()
    for token in ("s1", "s2", "s3", "s4"):
        state.sync_token = token
        state.save_soon()  # the database holds the first write: none of these waits
        await asyncio.sleep(0)
    assert state.unsaved and store.writes == []
    store.gate.set()
    assert await state.flush(within=2)
    assert [write["sync_token"] for write in store.writes] == ["s1", "s4"]
    state.save_soon()  # nothing changed: nothing written
    assert not state.unsaved and len(store.writes) == 2


async def test_a_refused_background_write_is_tried_again_until_it_lands(caplog: pytest.LogCaptureFixture) -> None:
    store = SlowStore()
    store.gate.set()
    store.refuse = 2
    state = MatrixState(store, ACCOUNT)
    state.sync_token = "s1"
    state.save_soon()
    assert await state.flush(within=5)  # 0.5 s, then 1 s of backoff
    assert [write["sync_token"] for write in store.writes] == ["s1"]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["matrix state could not be saved (ConnectionError); trying again"]


async def test_flush_gives_up_after_its_time_and_says_the_state_is_unsaved() -> None:
    store = SlowStore()  # the gate never opens: the database hangs
    state = MatrixState(store, ACCOUNT)
    state.sync_token = "s1"
    state.save_soon()
    assert not await state.flush(within=0.2)
    assert store.writes == [] and state.unsaved
    store.gate.set()
    assert await state.flush(within=2)  # the next flush (or change) writes it after all
    assert [write["sync_token"] for write in store.writes] == ["s1"]
