"""A database outage, seen from the channels: bounded turns and a quiet log.

`handle_within`: a channel waits at most ``seconds`` for the dialogs to record one update; past that
the update counts as not recorded (`bot.messages.NotRecorded`), so it is not acknowledged and comes
again (the dialog engine's update id makes the repeat harmless). The turn is cancelled: whatever it
had not committed is rolled back, and what it had committed stays (the repeat then finds it done).

`DangerFallback`: her "danger now" must reach the emergency numbers even when the database does not
answer. When it is not recorded (or not within a short grace), the channel sends the numbers to her
itself, at once and without the outbox, in her language when the channel knows it (else the default
language), and still does not acknowledge the update. Once per update id: the platform's repeats of
the same press while the database is down send nothing more. When the press is recorded later (the
repeat after the outage), the dialogs send the numbers again through the outbox: she may get them
twice, which is the accepted cost (a missing number is the harm, a repeated one is not).

`OutageLog`: during an outage every update fails the same way, several times a second; the log gets
one line when the failures start, one summary line every ``every`` seconds with the count since the
last line, and one line when the first update is recorded again. Failures that come on and off
(short outages less than ``every`` seconds apart, as a full connection pool under load gives) open
no lines of their own: a summary every ``every`` seconds counts them. Lines name the kind of failure
and a count, never an update's content.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.channels.base import RecentIds
from bot.i18n import hint_to_locale
from bot.messages import Inbound, NotRecorded, Outbound

if TYPE_CHECKING:
    from bot.i18n import Localizer

#: Seconds between two summary lines of one outage.
SUMMARY_SECONDS = 60.0
#: The action of the "danger now" button (`bot.dialogs.turn.DANGER`) and the message with the numbers.
DANGER = "danger"
EMERGENCY_NUMBERS = "emergency-numbers"
#: How long her "danger now" waits for the dialogs before the channel sends her the numbers itself.
DANGER_GRACE_SECONDS = 2.0

logger = logging.getLogger(__name__)


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


class DangerFallback:
    """The emergency numbers, sent by the channel itself when her "danger now" is not recorded in time.

    ``deliver`` sends an `Outbound` straight through the channel; ``locale_of`` is the language the
    channel last spoke to an address in (None when it does not know). `handle` stands in for
    `handle_within`: for any other input it is just that.
    """

    def __init__(
        self,
        localizer: Localizer,
        deliver: Callable[[Outbound], Awaitable[None]],
        *,
        locale_of: Callable[[str], str | None] = lambda address: None,
        grace: float = DANGER_GRACE_SECONDS,
    ) -> None:
        self.localizer = localizer
        self.deliver = deliver
        self.locale_of = locale_of
        self.grace = grace
        self.sent = RecentIds(limit=10_000)  # update ids whose numbers went out directly

    async def handle(self, handle: Callable[[Inbound], Awaitable[None]], inbound: Inbound, seconds: float) -> None:
        if inbound.action != DANGER:
            await handle_within(handle, inbound, seconds)
            return
        turn = asyncio.ensure_future(handle_within(handle, inbound, seconds))
        try:
            done, _ = await asyncio.wait({turn}, timeout=min(self.grace, seconds))
            if not done:  # the database is slow or paused: she does not wait for it
                await self.send_numbers(inbound)
            await turn
        except NotRecorded:
            await self.send_numbers(inbound)
            raise
        finally:
            if not turn.done():
                turn.cancel()

    def locale_for(self, inbound: Inbound) -> str:
        known = self.locale_of(inbound.address)
        if known and known in self.localizer.bundles:
            return known
        hinted = hint_to_locale(inbound.locale_hint)
        return hinted if hinted in self.localizer.bundles else self.localizer.default_locale

    async def send_numbers(self, inbound: Inbound) -> None:
        """The numbers to her, once per update id; a failure to send is logged (its type), never raised."""
        if inbound.update_id in self.sent:
            return
        self.sent.add(inbound.update_id)
        locale = self.locale_for(inbound)
        text = self.localizer.format(locale, EMERGENCY_NUMBERS)
        try:
            await self.deliver(Outbound(address=inbound.address, text=text, locale=locale))
        except Exception as error:
            self.sent.discard(inbound.update_id)  # her next try sends them again
            logger.error("%s: emergency numbers could not be sent directly (%s)", inbound.channel, type(error).__name__)
            return
        logger.warning("%s: danger now not recorded yet; emergency numbers sent directly", inbound.channel)


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
        self._quiet_until = 0.0  # an outage beginning before then opens no line (flapping)
        self._flaps = 0  # short outages since the last line
        self._since_line: Counter[str] = Counter()  # failures since the last line, by reason
        self._last_line = 0.0

    @property
    def in_outage(self) -> bool:
        return self.started is not None

    def failed(self, reason: str = "", *, first: str = "") -> None:
        """One more failure; ``first`` names it (no content) in the line that opens an outage.

        An outage that begins within ``every`` seconds of the end of the last one logged opens no
        line of its own (a database flapping under load would write two lines a failure): its
        failures go into the next summary, which says they came on and off.
        """
        now = self.clock()
        if self.started is None:
            self.started, self.total = now, 0
            if now >= self._quiet_until:
                self.total = 1
                self._last_line = now
                self.logger.log(
                    self.level, "%s (%s): outage begins; a summary every %g s", first or self.what, reason, self.every
                )
                return
            self._flaps += 1
        self.total += 1
        self._since_line[reason] += 1
        if now - self._last_line >= self.every:
            self._summary(now)

    def recovered(self) -> None:
        if self.started is None:
            return
        now = self.clock()
        began, self.started = self.started, None
        if now < self._quiet_until:  # the end of a short outage after another: counted, not logged
            self._quiet_until = now + self.every  # still flapping: the quiet lasts
            if self._since_line and now - self._last_line >= self.every:
                self._summary(now)
            return
        self.logger.log(
            min(self.level, logging.WARNING),  # the end of a trouble is no error
            "%s: outage over after %.0f s, %d failure(s) in all",
            self.what,
            now - began,
            self.total,
        )
        self.total = 0
        self._since_line.clear()
        self._quiet_until = now + self.every

    def _summary(self, now: float) -> None:
        count = sum(self._since_line.values())
        reasons = ", ".join(f"{reason or 'unknown'} ×{n}" for reason, n in self._since_line.most_common())
        if self._flaps:
            self.logger.log(
                self.level,
                "%s: failing on and off, %d failure(s) in %d short outage(s) in the last %.0f s (%s)",
                self.what,
                count,
                self._flaps,
                now - self._last_line,
                reasons,
            )
        else:
            self.logger.log(
                self.level,
                "%s: still failing after %.0f s, %d more in the last %.0f s (%s)",
                self.what,
                now - (self.started if self.started is not None else self._last_line),
                count,
                now - self._last_line,
                reasons,
            )
        self._since_line.clear()
        self._flaps = 0
        self._last_line = now
