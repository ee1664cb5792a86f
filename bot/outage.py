"""A database outage, seen from the channels: bounded turns and a quiet log.

`handle_within`: a channel waits at most ``seconds`` for the dialogs to record one update; past that
the update counts as not recorded (`bot.messages.NotRecorded`), so it is not acknowledged and comes
again (the dialog engine's update id makes the repeat harmless). The turn is cancelled: whatever it
had not committed is rolled back, and what it had committed stays (the repeat then finds it done).

`OutageLog`: during an outage every update fails the same way, several times a second; the log gets
one line when the failures start, one summary line every ``every`` seconds with the count since the
last line, and one line when the first update is recorded again. Lines name the kind of failure and
a count, never an update's content.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable

from bot.messages import Inbound, NotRecorded

#: Seconds between two summary lines of one outage.
SUMMARY_SECONDS = 60.0


async def handle_within(handle: Callable[[Inbound], Awaitable[None]], inbound: Inbound, seconds: float) -> None:
    """``await handle(inbound)``, raising `NotRecorded` when it takes longer than ``seconds``."""
    bound = asyncio.timeout(seconds)
    try:
        async with bound:
            await handle(inbound)
    except TimeoutError:
        if bound.expired():
            raise NotRecorded(f"not recorded within {seconds:g} s") from None
        raise


class OutageLog:
    """Rate-limited lines for a repeated failure of one kind (``what``: "telegram updates not recorded").

    `failed` for each failure (``reason``: an error type), `recovered` for each success. Thread-unsafe,
    loop-bound: call it from the event loop.
    """

    def __init__(
        self,
        logger: logging.Logger,
        what: str,
        *,
        every: float = SUMMARY_SECONDS,
        level: int = logging.WARNING,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.what = what
        self.every = every
        self.level = level
        self.clock = clock
        self.started: float | None = None  # when the current outage began (None: no outage)
        self.total = 0  # failures in the current outage
        self._since_line: Counter[str] = Counter()  # failures since the last line, by reason
        self._last_line = 0.0

    @property
    def in_outage(self) -> bool:
        return self.started is not None

    def failed(self, reason: str = "") -> None:
        now = self.clock()
        self.total += 1
        if self.started is None:
            self.started = self._last_line = now
            self.logger.log(self.level, "%s (%s): outage begins; a summary every %g s", self.what, reason, self.every)
            return
        self._since_line[reason] += 1
        if now - self._last_line >= self.every:
            self._summary(now)

    def recovered(self) -> None:
        if self.started is None:
            return
        now = self.clock()
        self.logger.log(
            self.level,
            "%s: outage over after %.0f s, %d failure(s) in all",
            self.what,
            now - self.started,
            self.total,
        )
        self.started = None
        self.total = 0
        self._since_line.clear()

    def _summary(self, now: float) -> None:
        count = sum(self._since_line.values())
        reasons = ", ".join(f"{reason or 'unknown'} ×{n}" for reason, n in self._since_line.most_common())
        self.logger.log(
            self.level,
            "%s: still failing after %.0f s, %d more in the last %.0f s (%s)",
            self.what,
            now - self.started,
            count,
            now - self._last_line,
            reasons,
        )
        self._since_line.clear()
        self._last_line = now
