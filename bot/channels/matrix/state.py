"""What the Matrix channel keeps across restarts: device id, sync token, each person's room and language."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger("bot.channels.matrix")


@dataclass
class MatrixState:
    """Device id, sync token and each person's room, in one small JSON file (written atomically)."""

    path: Path
    account: str = ""  # homeserver + user the rest belongs to
    device_id: str = ""
    sync_token: str = ""
    rooms: dict[str, str] = field(default_factory=dict)  # user id → her direct room
    locales: dict[str, str] = field(default_factory=dict)  # user id → the language last used

    @classmethod
    def load(cls, path: Path, account: str) -> MatrixState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path, account)
        except (OSError, ValueError) as error:
            logger.warning("matrix state file unreadable (%s); starting without it", type(error).__name__)
            return cls(path, account)
        if data.get("account") != account:
            logger.warning("matrix state file belongs to another account; starting without it")
            return cls(path, account)
        return cls(
            path,
            account,
            device_id=str(data.get("device_id", "")),
            sync_token=str(data.get("sync_token", "")),
            rooms=dict(data.get("rooms", {})),
            locales=dict(data.get("locales", {})),
        )

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "account": self.account,
            "device_id": self.device_id,
            "sync_token": self.sync_token,
            "rooms": self.rooms,
            "locales": self.locales,
        }
        temporary = self.path.with_suffix(".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(data, file)
        os.replace(temporary, self.path)

    def user_in(self, room_id: str) -> str | None:
        return next((user for user, room in self.rooms.items() if room == room_id), None)
