"""Several ``walking-home run`` processes on one PostgreSQL database, as an operator starts them.

Each process has its own folder and web port; they share the database, the data key and the
web secret (docs/deployment.md). Tests kill one with SIGKILL and read what reached the
database and the project's Bot API fake.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

from storage.advisory import asyncpg_dsn
from tests.databases import free_port
from tests.matrix.bot_process import BotProcess


def shared_settings(root: Path, database_url: str, **settings: str) -> dict[str, str]:
    """What every process of one deployment shares: the database, the data key, the web secret."""
    return {
        "database_url": database_url,
        "data_key_file": str(root / "data-key"),
        "web_secret_file": str(root / "web-secret"),
        "default_locale": "en",
        **settings,
    }


class Process(BotProcess):
    """One ``walking-home run`` of a deployment: its own folder and web port, the shared settings."""

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
