"""One leader per bot account: a component that must run once (Telegram polling, the Matrix sync)
runs only in the process that holds its PostgreSQL advisory lock.

`Leadership` wraps such a component. At start, and then every ``retry`` seconds while it stands
by, it tries the lock (`storage.advisory.AdvisoryLock`: a dedicated connection, a key derived
from the channel and the account, never from a token). The process that gets it starts the
component (a fresh one from ``make`` after the first, since a stopped channel is not restarted)
and checks every ``check`` seconds that its lock's connection still answers; when it does not, it
takes the lock again at once, or stops the component and stands by when another process holds it;
while the database does not answer at all it leads on (`Leadership._regain_or_step_down`). When the
leader dies, even by SIGKILL, its session ends with its socket and a standby takes over at its next
try, within about ``retry`` seconds.

On SQLite there is one ``run`` per database (`bot.runner.hold_single_run`), so nothing is wrapped.
`health` and `describe` say ``leader`` or ``standby``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Protocol

from bot.lifecycle import Announced, Component, Health, Lines

logger = logging.getLogger(__name__)

LEADER, STANDBY = "leader", "standby"
#: What a standby says when the run starts: another process serves this account.
STANDBY_LINE = "cli-channel-standby"


class Lock(Protocol):
    """What leadership needs of a lock (`storage.advisory.AdvisoryLock` on PostgreSQL)."""

    async def try_acquire(self, *, raise_errors: bool = False) -> bool: ...
    async def alive(self) -> bool: ...
    async def release(self) -> None: ...


class Leadership:
    """Runs ``component`` only while this process holds ``lock``; a `bot.lifecycle.Component` itself."""

    def __init__(
        self,
        component: Component,
        lock: Lock,
        *,
        make: Callable[[], Component] | None = None,
        retry: float = 3.0,
        check: float = 2.0,
        on_stopped: Callable[[Component], object] | None = None,
    ) -> None:
        self.inner = component
        self.name = component.name
        self.lock = lock
        self._make = make
        self._used = False  # the inner component has been started once: the next leadership makes a new one
        self.retry = retry
        self.check = check
        self._on_stopped = on_stopped
        self.role = STANDBY
        self.takeovers = 0
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._unanswered = False  # the lock's database did not answer at the last try (logged once)

    # -- what the runner sees ---------------------------------------------------------------

    @property
    def lines(self) -> Lines:
        inner = self.inner.lines if isinstance(self.inner, Announced) else Lines()
        if self.role == LEADER:
            return inner
        return Lines(failed=inner.failed, running=STANDBY_LINE)

    def describe(self) -> dict[str, str]:
        described = self.inner.describe() if isinstance(self.inner, Announced) else {}
        return {**described, "channel": self.name, "role": self.role}

    @property
    def running(self) -> bool:
        """Doing its job: leading with the component running, or standing by, ready to take over."""
        if self._task is None or self._task.done():
            return False
        return self.inner.running if self.role == LEADER else True

    def health(self) -> Health:
        if self.role == LEADER:
            inner = self.inner.health()
            return Health(self.name, ok=inner.ok and self.running, detail=f"leader {inner.detail}".strip())
        return Health(self.name, ok=self.running, detail=STANDBY)

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        """Try once now (a failure to start the component as leader is raised, for the runner's line),
        then keep leading or standing by in the background."""
        self._stopping = False
        if await self.lock.try_acquire():
            try:
                await self._lead()
            except BaseException:
                await self.lock.release()
                raise
        self._task = asyncio.create_task(self._watch(), name=f"leadership-{self.name}")

    async def stop(self) -> None:
        self._stopping = True
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if self.role == LEADER:
            await self._step_down()
        await self.lock.release()

    async def _lead(self) -> None:
        if self._used and self._make is not None:
            self.inner = self._make()
        self._used = True
        self.role = LEADER
        self.takeovers += 1
        try:
            await self.inner.start()
        except BaseException:
            self.role = STANDBY
            with contextlib.suppress(Exception):
                await self.inner.stop()
            raise
        logger.info("%s: this process leads", self.name)

    async def _step_down(self) -> None:
        self.role = STANDBY
        try:
            await self.inner.stop()
        except Exception as error:
            logger.error("%s: stopping after losing the lead failed (%s)", self.name, type(error).__name__)
        if self._on_stopped is not None:
            self._on_stopped(self.inner)

    async def _regain_or_step_down(self) -> None:
        """The lock's session failed: take the lock again, or step down only when the database answers
        that another process holds it. While the database does not answer at all, nobody can be
        proven to lead instead, and nothing is recorded anyway: this process leads on, so a channel
        keeps taking updates (and "danger now" gets its numbers from the channel) through an outage."""
        await self.lock.release()  # the failed session: closed, so the server frees the lock
        try:
            regained = await self.lock.try_acquire(raise_errors=True)
        except Exception as error:
            if not self._unanswered:
                logger.warning(
                    "%s: the leadership lock's database does not answer (%s); leading on until it does",
                    self.name,
                    type(error).__name__,
                )
            self._unanswered = True
            return
        if regained:
            logger.info("%s: the leadership lock is held again", self.name)
        else:
            logger.warning("%s: another process holds the leadership lock; stopping and standing by", self.name)
            await self._step_down()
        self._unanswered = False

    async def _watch(self) -> None:
        while not self._stopping:
            if self.role == LEADER:
                await asyncio.sleep(self.check)
                if not await self.lock.alive():
                    await self._regain_or_step_down()
                continue
            await asyncio.sleep(self.retry)
            if not await self.lock.try_acquire():
                continue
            logger.info("%s: the lock is free; taking over", self.name)
            try:
                await self._lead()
            except Exception as error:  # a bad token, say: let another process (or a later try) have it
                logger.error("%s: could not start as leader (%s)", self.name, type(error).__name__)
                await self.lock.release()
                await asyncio.sleep(max(self.retry, 30.0))


@contextlib.asynccontextmanager
async def one_process_at_a_time(database_url: str, name: str) -> AsyncIterator[bool]:
    """For one round of periodic work (retention): True when this process may run it now. On PostgreSQL,
    the advisory lock ``name`` is held for the round (False: another process holds it); SQLite has one
    ``run`` per database, so always True."""
    if not database_url.startswith("postgresql"):
        yield True
        return
    from storage.advisory import AdvisoryLock

    lock = AdvisoryLock(database_url, name)
    if not await lock.try_acquire(raise_errors=True):  # the database unreachable: the round fails
        yield False
        return
    try:
        yield True
    finally:
        await lock.release()


def leadership_key(channel: str, account: str) -> str:
    """The lock's name for one bot account of a channel: ``telegram:<bot id>``, ``matrix:@user:server``."""
    return f"{channel}:{account}"


def telegram_account(token: str) -> str:
    """The bot's numeric id: the part of its token before the colon (public; the secret part is never used)."""
    return token.partition(":")[0]


__all__ = [
    "LEADER",
    "STANDBY",
    "STANDBY_LINE",
    "Leadership",
    "Lock",
    "leadership_key",
    "one_process_at_a_time",
    "telegram_account",
]
