"""What the Matrix channel keeps across restarts: device id, sync token, each person's room and language.

It lives in the database (one row per account, `bot.channels.plugin.ChannelStateStore`), so the
process that runs the channel next (after a crash, or on another machine sharing PostgreSQL)
continues from the same sync token. Ids only, never what anyone wrote.

A state file left by an earlier version (``state.json`` in the state folder) is imported once,
on the first start that finds no row, and renamed ``state.json.imported``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.channels.plugin import ChannelStateStore

logger = logging.getLogger("bot.channels.matrix")


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
            await self.store.save(self.key, self.snapshot())

    def user_in(self, room_id: str) -> str | None:
        return next((user for user, room in self.rooms.items() if room == room_id), None)
