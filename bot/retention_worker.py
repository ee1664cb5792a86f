"""The retention worker: a retention run at start and then every interval, beside the bot.

A run that fails is logged (without values) and tried again at the next interval; it never
stops the bot. See `storage.retention` for what is erased.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from storage.records import PinGuessRecord
from storage.retention import Retention, RetentionPolicy, RetentionReport

logger = logging.getLogger(__name__)


def retention_for(app: Any) -> Retention:
    return Retention(
        app.unit_of_work,
        RetentionPolicy.from_settings(app.settings),
        evidence_dir=app.settings.evidence_dir,
        pin_guess_table=PinGuessRecord.__table__,  # kept as long as the PIN guard reads them
    )


class RetentionWorker:
    """Started by ``walking-home run``; ``stop`` cancels a wait or a run between batches."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.retention = retention_for(app)
        self.interval = app.settings.retention_interval_minutes * 60
        self.runs = 0
        self.last: RetentionReport | None = None
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="retention")

    async def run_once(self) -> RetentionReport | None:
        try:
            self.last = await self.retention.run(self.app.now())
        except Exception as error:  # the next interval tries again; the bot goes on
            logger.error("retention run failed: %s", type(error).__name__)
            return None
        finally:
            self.runs += 1
        return self.last

    async def _loop(self) -> None:
        while True:
            await self.run_once()
            await asyncio.sleep(self.interval)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


async def run_from_command_line(app: Any, dry_run: bool, say: Any) -> int:
    """``walking-home retention run [--dry-run]``: one run, then a line per kind."""
    report = await retention_for(app).run(app.now(), dry_run=dry_run)
    say("cli-retention-dry-run" if dry_run else "cli-retention-done", total=report.total)
    for kind, count in report.counts.items():
        say("cli-retention-kind", kind=say.word(f"retention-kind-{kind.replace('_', '-')}"), count=count)
    return 0


async def legal_hold_from_command_line(app: Any, reference: str, held: bool, say: Any) -> int:
    """``walking-home case hold REF [--off]``: a case a court or the police needs is never erased."""
    from storage.retention import set_legal_hold
    from workflows.references import normalize_reference

    normalized = normalize_reference(reference)
    async with app.unit_of_work() as uow:
        found = normalized is not None and await set_legal_hold(uow.session, normalized, held, now=app.now())
        await uow.commit()
    if not found:
        say("cli-case-not-found", reference=reference, err=True)
        return 1
    say("cli-legal-hold-on" if held else "cli-legal-hold-off", reference=normalized)
    return 0
