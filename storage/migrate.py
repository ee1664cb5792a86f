"""Apply Alembic migrations programmatically (``walking-home db upgrade`` and ``run``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

from storage.engine import ensure_sqlite_folder

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


#: Told who holds the migration lock (``pid``, ``seconds``) when a PostgreSQL migration has waited for it
#: a while (`storage/migrations/env.py`); without one, a warning is logged.
OnWait = Callable[[dict[str, Any]], None]


def upgrade(url: str, revision: str = "head", on_wait: OnWait | None = None) -> None:
    """Bring the database at ``url`` to ``revision`` (blocking; runs its own event loop)."""
    ensure_sqlite_folder(url)
    config = alembic_config(url)
    if on_wait is not None:
        config.attributes["on_wait"] = on_wait
    command.upgrade(config, revision)


async def upgrade_async(url: str, revision: str = "head", on_wait: OnWait | None = None) -> None:
    await asyncio.to_thread(upgrade, url, revision, on_wait)
