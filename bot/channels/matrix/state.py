"""What the Matrix channel keeps across restarts: device id, sync token, each person's room and language.

It lives in the database (one row per account, `bot.channels.plugin.ChannelStateStore`), so the
process that runs the channel next (after a crash, or on another machine sharing PostgreSQL)
continues from the same sync token. Ids only, never what anyone wrote.

A state file left by an earlier version (``state.json`` in the state folder) is imported once,
on the first start that finds no row, and renamed ``state.json.imported``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.channels.plugin import ChannelStateStore

logger = logging.getLogger("bot.channels.matrix")

#: A background save the database refused is tried again after this long, doubling up to the cap.
SAVE_RETRY = 0.5
SAVE_RETRY_CAP = 10.0


@dataclass
class MatrixState:
    """Device id, sync token and each person's room, saved as one row of the channel state."""

    store: ChannelStateStore
    account: str  # homeserver + user the rest belongs to
    legacy_file: Path | None = None  # the JSON state file of earlier versions, imported once
    device_id: str = ""
    sync_token: str = ""
    rooms: dict[str, str] = field(default_factory=dict)  # user id → her direct room
    locales: dict[str, str] = field(default_factory=dict)  # user id → the language last used
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    _saved: dict[str, Any] | None = field(default=None, repr=False)  # what the row holds, as last written
    _dirty: bool = field(default=False, repr=False)  # changed since the background writer took its snapshot
    _writer: asyncio.Task | None = field(default=None, repr=False)

    @property
    def key(self) -> str:
        return f"matrix:{self.account}"

    async def load(self) -> None:
        """Read the row (raises when the database cannot be read); import the old file when there is none."""
        data = await self.store.load(self.key)
        if data is None:
            data = self._read_legacy_file()
            if data is not None:
                self._apply(data)
                await self.save()
                self._retire_legacy_file()
                logger.info("matrix state imported from the state file into the database")
            return
        self._apply(data)
        self._saved = self.snapshot()

    def _apply(self, data: dict[str, Any]) -> None:
        self.device_id = str(data.get("device_id", ""))
        self.sync_token = str(data.get("sync_token", ""))
        self.rooms = {str(k): str(v) for k, v in dict(data.get("rooms", {})).items()}
        self.locales = {str(k): str(v) for k, v in dict(data.get("locales", {})).items()}

    def _read_legacy_file(self) -> dict[str, Any] | None:
        if self.legacy_file is None:
            return None
        try:
            data = json.loads(self.legacy_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            logger.warning("matrix state file unreadable (%s); starting without it", type(error).__name__)
            return None
        if not isinstance(data, dict) or data.get("account") != self.account:
            logger.warning("matrix state file belongs to another account; starting without it")
            return None
        return data

    def _retire_legacy_file(self) -> None:
        assert self.legacy_file is not None
        try:
            self.legacy_file.replace(self.legacy_file.with_name(self.legacy_file.name + ".imported"))
        except OSError as error:  # the row is written: the file is not read again either way
            logger.warning("matrix state file could not be renamed (%s)", type(error).__name__)

    def snapshot(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "device_id": self.device_id,
            "sync_token": self.sync_token,
            "rooms": dict(self.rooms),
            "locales": dict(self.locales),
        }

    async def save(self) -> None:
        """Write what is in memory now (raises when it could not be committed)."""
        async with self._lock:  # one write at a time, each with the newest values
            snapshot = self.snapshot()
            await self.store.save(self.key, snapshot)
            self._saved = snapshot

    def save_soon(self) -> None:
        """Write the newest values in the background; the caller (the sync loop, a delivery) never waits
        on the database. Changes made while a write runs are written after it, in one more write; a
        write the database refuses is tried again, with backoff, until it lands or `flush` gives up."""
        if self.snapshot() == self._saved and not self._dirty:
            return
        self._dirty = True
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write(), name="matrix-state-save")

    async def _write(self) -> None:
        delay = SAVE_RETRY
        failing = False
        while self._dirty:
            self._dirty = False
            try:
                await self.save()
            except asyncio.CancelledError:  # given up (`flush`): still to be written
                self._dirty = True
                raise
            except Exception as error:
                self._dirty = True
                if not failing:
                    failing = True
                    logger.warning("matrix state could not be saved (%s); trying again", type(error).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, SAVE_RETRY_CAP)
                continue
            if failing:
                failing = False
                logger.info("matrix state saved again")
            delay = SAVE_RETRY

    @property
    def unsaved(self) -> bool:
        """True while a change has not been written (or a write of it is still running)."""
        return self._dirty or (self._writer is not None and not self._writer.done())

    async def flush(self, within: float) -> bool:
        """Wait up to ``within`` seconds for the background writes, then stop them; True if all landed.
        What is left unsaved costs a replay on the next start (event ids are deduplicated)."""
        self.save_soon()
        writer = self._writer
        if writer is None:
            return True
        done, _ = await asyncio.wait({writer}, timeout=within)
        if not done:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer
        return not self.unsaved and self.snapshot() == self._saved

    def user_in(self, room_id: str) -> str | None:
        return next((user for user, room in self.rooms.items() if room == room_id), None)
