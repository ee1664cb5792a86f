"""The clock worker: fires the case clock's due marks (reminders, overdue, escalation) beside the bot.

Each round runs the use case `workflows.services.clock.fire_due` as the ``system`` actor: it
claims due timers in a small batch (20 at a time with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL,
so several bot processes never take the same timer; 5 at a time on SQLite, whose in-process
write lock the round holds while chat turns wait), lets only the latest
due mark of each case act, and commits each effect with its audit entry, its outbox rows and the
timer's new status in one transaction. A process killed before that commit leaves the timers
pending: the next round after a restart fires them once. The first round also gives open cases
from before the clock their marks (`schedule_missing`). A full batch asks for the next round
at once; otherwise the worker waits ``WALKING_HOME_CLOCK_POLL`` seconds (see docs/clock.md).
"""

from __future__ import annotations

from typing import Any

from bot.leadership import one_process_at_a_time
from bot.workers.base import Worker
from storage import timers as timer_rows
from workflows.services.clock import (
    BACKFILL_BATCH,
    DEFAULT_BATCH,
    ClockRound,
    backfill_states,
    fire_due,
    schedule_missing,
)

#: Seconds at most between two tries while rounds fail (a database that does not answer): an
#: emergency's page goes out within this once the database is back (it was 300).
ERROR_BACKOFF_CAP = 30.0
#: On SQLite a round holds the one write lock (chat turns wait behind it): smaller batches there.
SQLITE_BATCH = 5


class ClockWorker(Worker):
    """Started by ``walking-home run`` when ``clock_enabled``."""

    name = "clock"

    def __init__(self, app: Any, *, batch: int | None = None) -> None:
        interval = app.settings.clock_poll
        super().__init__(
            interval=interval, error_backoff=min(5.0, interval), error_backoff_cap=ERROR_BACKOFF_CAP, now=app.now
        )
        self.app = app
        self.batch = batch or (SQLITE_BATCH if app.write_lock is not None else DEFAULT_BATCH)
        #: What the last round did (for `/ready`'s detail, tests and the bench).
        self.last_round = ClockRound()
        #: Whether the open cases from before the clock have their marks (done in the first round).
        self.backfilled = False

    async def backfill(self) -> None:
        """Give open cases without marks theirs; one process at a time on PostgreSQL (no duplicate rows).

        Whether any case lacks its marks is read first, outside a unit of work: on SQLite a unit of
        work joins the write batch, and this read visits every open case (up to 1.7 s with
        100,000 of them, bench/clock.py), so chat turns would wait for it at every start."""
        async with one_process_at_a_time(self.app.settings.database_url, "worker:clock-backfill") as mine:
            policy = self.app.dialogs.context.policy
            if mine and await self.any_unscheduled(policy):
                while (
                    await schedule_missing(self.app.unit_of_work(), now=self.app.now(), policy=policy) >= BACKFILL_BATCH
                ):
                    pass
        self.backfilled = True

    async def any_unscheduled(self, policy: Any) -> bool:
        """Whether an open case has no marks for its state (a read; no write lock, no write batch)."""
        async with self.app.sessions() as session:
            found = await timer_rows.unscheduled(session, backfill_states(policy), 1)
            await session.rollback()
        return bool(found)

    async def run_round(self) -> float | None:
        if not self.backfilled:
            await self.backfill()
        done = await fire_due(self.app.unit_of_work(), now=self.app.now(), limit=self.batch, publish=self.app.publish)
        self.last_round = done
        if done.fired:
            self.app.sender.notify()  # its notices are committed: no need to wait for the sender's poll
        return 0 if done.more else None


def clock_worker(app: Any) -> ClockWorker | None:
    """The worker when the settings enable the clock (they do by default)."""
    return ClockWorker(app) if app.settings.clock_enabled else None


__all__ = ["ClockWorker", "clock_worker"]
