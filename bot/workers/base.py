"""The one loop every background worker runs on.

A worker does its job in rounds (`Worker.run_round`): one batch, then a wait of the interval,
or of what the round asked for, cut short by `Worker.notify`. A round that raises is logged
by its class only (a driver's message may quote what she wrote) and tried again after a
backoff that doubles up to a cap. `Worker.stop` lets the round in hand finish, and whatever
the worker still holds (`Worker.finish`), for up to ``grace`` seconds, then cancels.

`health` tells whether the loop runs, when the last round succeeded and the class of the last
error, for `/ready` and the logs. Workers implement `bot.lifecycle.Component`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.lifecycle import Health

logger = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _already_done() -> asyncio.Future[None]:
    """An awaitable that is complete: `Worker.start` can be awaited, or called and left."""
    future = asyncio.get_running_loop().create_future()
    future.set_result(None)
    return future


class Worker:
    """A loop of rounds beside the bot; subclasses implement `run_round` (and maybe `finish`)."""

    #: A short stable name (``outbox``, ``retention``, ``clock``…), also the loop task's name.
    name: str = "worker"

    def __init__(
        self,
        *,
        interval: float,
        error_backoff: float = 1.0,
        error_backoff_cap: float = 300.0,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        if interval <= 0 or error_backoff <= 0 or error_backoff_cap < error_backoff:
            raise ValueError("interval and error_backoff must be positive, error_backoff_cap at least error_backoff")
        self.interval = interval
        self.error_backoff = error_backoff
        self.error_backoff_cap = error_backoff_cap
        self._now = now
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        #: When the last round ended without an error (None: none yet).
        self.last_success: datetime | None = None
        #: The class name of the last round's error (None: no round has failed yet).
        self.last_error: str | None = None
        #: Rounds failed in a row (0 after a success).
        self.failures = 0

    # -- what a worker does ------------------------------------------------------------------

    async def run_round(self) -> float | None:
        """One batch. Returns the seconds to wait before the next round (None: the interval)."""
        raise NotImplementedError

    async def finish(self) -> None:
        """Called in the loop's task after its last round, when stopping: finish the work in hand."""

    # -- lifecycle ---------------------------------------------------------------------------

    def notify(self) -> None:
        """There is work now: the next round starts without waiting out the interval."""
        self._wake.set()

    def start(self) -> Awaitable[None]:
        """Start the loop (a no-op when it runs). Returns at once; the result may be awaited."""
        if not self.running:
            self._stopping = False
            self._task = asyncio.create_task(self._loop(), name=self.name)
        return _already_done()

    async def stop(self, grace: float = 10.0) -> None:
        """Let the round in hand and `finish` end (up to ``grace`` seconds), then cancel; safe to repeat."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        _, pending = await asyncio.wait({task}, timeout=grace)
        if pending:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def health(self) -> Health:
        """Running, and the last round succeeded; the detail holds times and a class name only."""
        parts = []
        if self.last_success is not None:
            parts.append(f"last-ok={self.last_success.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}")
        if self.last_error is not None:
            parts.append(f"last-error={self.last_error}")
        if not self.running:
            parts.insert(0, "stopped")
        return Health(name=self.name, ok=self.running and self.failures == 0, detail=" ".join(parts))

    def backoff(self, failures: int) -> float:
        """Seconds before the next round after ``failures`` failed rounds in a row: base, 2·base … cap."""
        return min(self.error_backoff_cap, self.error_backoff * 2 ** min(max(failures - 1, 0), 30))

    async def _loop(self) -> None:
        while not self._stopping:
            self._wake.clear()  # before the round, so a notify() during it is not lost
            try:
                delay = await self.run_round()
            except Exception as error:
                self.failures += 1
                self.last_error = type(error).__name__
                delay = self.backoff(self.failures)
                logger.error("%s: a round failed (%s); next try in %.1f s", self.name, self.last_error, delay)
                logger.debug("%s: the failed round", self.name, exc_info=True)
            else:
                self.failures = 0
                self.last_success = self._now()
                if delay is None:
                    delay = self.interval
            if self._stopping:
                break
            await self._sleep(delay)
        try:  # stopping: cancelled here too when `stop`'s grace runs out
            await self.finish()
        except Exception as error:
            logger.error("%s: finishing failed (%s)", self.name, type(error).__name__)

    async def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)


__all__ = ["Worker"]
