"""The weekly digest worker: each active supervisor gets last week's figures once a week, in her language.

On the day and hour of the settings (``WALKING_HOME_DIGEST_WEEKDAY``, ``..._DIGEST_HOUR``, local time
of ``WALKING_HOME_TIME_ZONE``) the digest of the last full week (Monday to Sunday) before that day
becomes due. Each round finds the supervisors who have no digest of the due week yet
(`storage.digests.owed`), computes each one's figures in her own regions with the use case
(`workflows.services.stats.report`) and writes her digest as text lines (`bot.stats_text.text_lines`)
to her staff chat address through the outbox.

Never twice: the digest's outbox row is written in the same transaction as the (person, week) row of
``digests``, whose unique key decides (`storage.digests.claim`): a second round, a restarted process
or another process on PostgreSQL finds the row there and rolls its own work back. Restart-safe: a
process that was down at the hour sends the due week's digests at its first round after the start,
once, up to `LATE` after the hour (a process down longer skips that week: the next week's digest comes as
usual, and a first start long after the hour sends nobody an old week). A round that fails for one supervisor goes on with the others and is tried again after a backoff.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from functools import partial
from typing import Any

from bot.stats_text import text_lines
from bot.workers.base import Worker
from storage import digests
from workflows.case import Actor
from workflows.events import OutgoingNotice
from workflows.services.stats import report
from workflows.stats import Period

logger = logging.getLogger(__name__)

#: The catalog message of a digest: a title with the week, then the figures' lines.
DIGEST_MESSAGE = "digest-weekly"
#: How late a week's digest may still go out (a restart after the hour sends the missed one).
LATE = timedelta(hours=24)
#: At most this long between two rounds (a supervisor who joins late still gets the due week's digest).
MAX_WAIT = 3600.0


def due_moment(now: datetime, weekday: int, hour: int, tz: tzinfo) -> datetime:
    """The latest local ``weekday`` (1 = Monday) at ``hour`` o'clock at or before ``now``."""
    local = now.astimezone(tz)
    day = local.date() - timedelta(days=(local.isoweekday() - weekday) % 7)
    due = datetime.combine(day, time(hour), tzinfo=tz)
    if due > now:
        due = datetime.combine(day - timedelta(days=7), time(hour), tzinfo=tz)
    return due


def digest_week(due: datetime, tz: tzinfo) -> Period:
    """The last full week (Monday to Sunday) that ended before the day of ``due``."""
    day = due.astimezone(tz).date()
    return Period.week(day - timedelta(days=day.isoweekday()))


@dataclass(frozen=True)
class DigestRound:
    """What one round did (for tests and the logs)."""

    week: Period | None = None
    sent: int = 0
    skipped: int = 0
    failed: int = 0


class DigestFailed(Exception):
    """Some digests of the round could not be made or sent (each logged by its error's class)."""


class DigestWorker(Worker):
    """Started by ``walking-home run`` when ``digest_enabled``."""

    name = "digest"

    def __init__(self, app: Any, *, interval: float = MAX_WAIT) -> None:
        super().__init__(interval=interval, error_backoff=min(30.0, interval), error_backoff_cap=interval, now=app.now)
        self.app = app
        settings = app.settings
        self.weekday, self.hour, self.zone = settings.digest_weekday, settings.digest_hour, settings.zone
        self.last_round = DigestRound()

    async def run_round(self) -> float:
        now = self.app.now()
        due = due_moment(now, self.weekday, self.hour, self.zone)
        week = digest_week(due, self.zone)
        done = await self.send_week(week, now) if now - due <= LATE else DigestRound(week)
        self.last_round = done
        if done.sent:
            self.app.sender.notify()  # committed: no need to wait for the sender's poll
        if done.failed:
            raise DigestFailed(f"{done.failed} digest(s) of {week.label()} not sent")
        next_due = due + timedelta(days=7)
        return min(self.interval, max(1.0, (next_due - now).total_seconds()))

    async def send_week(self, week: Period, now: datetime) -> DigestRound:
        """Every owed digest of ``week``: one supervisor at a time, each in its own transaction."""
        async with self.app.unit_of_work() as uow:
            owed = await digests.owed(uow.session, week.first)
        sent = skipped = failed = 0
        for actor in owed:
            try:
                if await self.send_one(actor, week, now):
                    sent += 1
                else:
                    skipped += 1
            except Exception as error:  # one supervisor's failure must not keep the others' digests back
                failed += 1
                logger.error("digest: staff #%s, %s failed (%s)", actor.id, week.label(), type(error).__name__)
                logger.debug("digest: the failure", exc_info=True)
        if sent:
            logger.info("digest: %d weekly digest(s) of %s sent", sent, week.label())
        return DigestRound(week, sent, skipped, failed)

    async def send_one(self, actor: Actor, week: Period, now: datetime) -> bool:
        """Her digest of ``week``; False when she has no chat address or another round sent it."""
        async with self.app.unit_of_work() as uow:
            addresses = await uow.people.addresses_of(actor.id)
            locale = await uow.people.locale_of(actor.id)
        if not addresses:
            return False
        figures = await report(self.app.unit_of_work(), actor=actor, period=week, tz=self.zone, now=now)
        lines = text_lines(figures, partial(self.app.localizer.format, locale))
        notice = OutgoingNotice(
            addresses[0],
            DIGEST_MESSAGE,
            {"week": {"$text": week.label()}, "lines": {"$text": "\n".join(lines)}},
            locale,
            background=True,
        )
        async with self.app.unit_of_work() as uow:
            if not await uow.staff.is_active(actor.id):
                return False  # her access ended meanwhile
            if not await digests.claim(uow.session, actor.id, week.first, now):
                return False  # sent already, by an earlier round or another process
            await uow.outbox.put(notice)
            await uow.commit()
        return True


def digest_worker(app: Any) -> DigestWorker | None:
    """The worker when the settings enable the digest (they do by default)."""
    return DigestWorker(app) if app.settings.digest_enabled else None


__all__ = ["DIGEST_MESSAGE", "DigestRound", "DigestWorker", "digest_week", "digest_worker", "due_moment"]
