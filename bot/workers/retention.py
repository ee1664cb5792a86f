"""The retention worker: a retention run at start and then every interval, beside the bot.

A run that fails is logged by its class (never its values) and tried again after a backoff
capped at the interval; it never stops the bot. `stop` lets a run in hand finish for the
grace, then cancels it between statements (each batch commits on its own). See
`storage.retention` for what is erased. With several processes on PostgreSQL each round takes an
advisory lock first (`bot.leadership.one_process_at_a_time`): one run at a time across them.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.leadership import one_process_at_a_time
from bot.workers.base import Worker
from storage.records import PinGuessRecord
from storage.retention import Retention, RetentionPolicy

logger = logging.getLogger(__name__)


def retention_for(app: Any) -> Retention:
    """The retention run over the app's database, policy and evidence folder."""
    return Retention(
        app.unit_of_work,
        RetentionPolicy.from_settings(app.settings),
        evidence_dir=app.settings.evidence_dir,
        pin_guess_table=PinGuessRecord.__table__,  # kept as long as the PIN guard reads them
    )


class RetentionWorker(Worker):
    """Started by ``walking-home run`` when ``retention_enabled``."""

    name = "retention"

    def __init__(self, app: Any) -> None:
        interval = app.settings.retention_interval_minutes * 60
        super().__init__(interval=interval, error_backoff=min(60.0, interval), error_backoff_cap=interval, now=app.now)
        self.app = app
        self.retention = retention_for(app)

    async def run_round(self) -> None:
        async with one_process_at_a_time(self.app.settings.database_url, "worker:retention") as mine:
            if not mine:  # another process runs retention now (several processes on PostgreSQL)
                logger.info("retention: another process is running it; this round is skipped")
                return
            await self.retention.run(self.app.now())


def retention_worker(app: Any) -> RetentionWorker | None:
    """The worker when the settings enable retention (they do by default)."""
    return RetentionWorker(app) if app.settings.retention_enabled else None


__all__ = ["RetentionWorker", "retention_for", "retention_worker"]
