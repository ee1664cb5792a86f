"""`/health` (liveness) and `/ready` (readiness): what a proxy, systemd or an orchestrator asks.

``/health`` answers as long as the process and its event loop do: it reads nothing, costs nothing and
says nothing secret. ``/ready`` says whether the bot can do its job now, one check each (docs/operations.md):

* ``database``: a trivial query answers within ``WALKING_HOME_READY_DATABASE_TIMEOUT`` seconds (a
  connection of the probe's own, `storage.ops_figures.probe_engine`; on SQLite the file must still be there);
* ``channel:<name>`` (and ``http``): every channel the settings enabled started and is connected, or has
  been down for less than ``WALKING_HOME_READY_CHANNEL_GRACE`` seconds (it retries with backoff meanwhile);
  built on each component's `bot.lifecycle.Health`;
* ``outbox``: the sender runs, and no pending row has been due for more than ``WALKING_HOME_READY_OUTBOX_STUCK``
  seconds without being sent;
* ``clock``: the clock worker (when enabled) finished a round within ``WALKING_HOME_READY_CLOCK_STALE`` seconds.

The answer is JSON, 200 when every check passes and 503 otherwise; a check's ``detail`` is a short code,
a class name or a count — never an address, a name or anything she wrote.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from storage import ops_figures

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection

    from bot.settings import Settings

T = TypeVar("T")

#: A channel whose `Health` detail says this is down for good (retrying will not fix it): no grace.
_FOR_GOOD = frozenset({"refused"})


class ProbeFailed(Exception):
    """The database did not answer the probe within its bound, or answered with an error (``reason``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DatabaseProbe:
    """Bounded reads for `/ready` and `/metrics`: a connection of its own per read, abandoned past ``timeout``."""

    def __init__(self, settings: Settings) -> None:
        self.timeout = settings.ready_database_timeout
        self.sqlite_file = settings.sqlite_file
        self.engine = ops_figures.probe_engine(settings.database_url, self.timeout)
        self._one = asyncio.Lock()

    async def read(self, reader: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        """``reader`` over a fresh connection, after the trivial query; `ProbeFailed` past the bound or on error."""
        try:
            if self.sqlite_file is not None and not self.sqlite_file.is_file():
                raise ProbeFailed("file missing")
        except OSError:  # its folder unreadable: as down as a missing file
            raise ProbeFailed("file unreadable") from None

        async def run() -> T:
            async with self.engine.connect() as connection:
                await ops_figures.answers(connection)
                result = await reader(connection)
                await connection.rollback()
                return result

        try:
            # One probe connection at a time, whoever asks (a flood of /ready must not fill the server's
            # connections); the driver's own timeouts are at the bound, this one is the backstop for a
            # server that never answers (the wait for the one before counts in it).
            async with self._one:
                return await asyncio.wait_for(run(), self.timeout + 0.5)
        except TimeoutError:
            raise ProbeFailed("timeout") from None
        except Exception as error:  # its class only: a driver's message may quote a statement
            raise ProbeFailed(type(error).__name__) from None

    async def close(self) -> None:
        await self.engine.dispose()


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    state: str
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"ok": self.ok, "state": self.state}
        if self.detail:
            answer["detail"] = self.detail
        return answer


class Readiness:
    """The checks of `/ready` over the running app (`bot.bootstrap.App`)."""

    def __init__(self, app: Any, probe: DatabaseProbe, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.probe = probe
        self.settings = app.settings
        self._monotonic = monotonic
        self.started = monotonic()
        #: When each component was last seen healthy (the start, until it was).
        self._last_ok: dict[str, float] = {}
        self._round: asyncio.Future[list[Check]] | None = None

    async def checks(self) -> list[Check]:
        """The checks; callers while a round is under way (a flood, several probes) share its answer,
        so `/ready` holds one database connection at a time however many ask."""
        if self._round is None or self._round.done():
            self._round = asyncio.ensure_future(self._checks())
        return await asyncio.shield(self._round)

    async def _checks(self) -> list[Check]:
        now = self.app.now()
        figures: ops_figures.OutboxFigures | None = None
        try:
            figures = await self.probe.read(lambda connection: ops_figures.outbox_figures(connection, now))
            found = [Check("database", True, "up")]
        except ProbeFailed as failure:
            found = [Check("database", False, "down", failure.reason)]
        found += [self._component(component) for component in getattr(self.app, "components", [])]
        found.append(self._outbox(figures, now))
        found.append(self._clock(now))
        return found

    def _started(self, name: str) -> Any | None:
        return next((service for service in self.app.services if getattr(service, "name", None) == name), None)

    def _component(self, component: Any) -> Check:
        name = component.name if component.name == "http" else f"channel:{component.name}"
        if component not in self.app.services:
            return Check(name, False, "down", "not started")
        health = component.health()
        moment = self._monotonic()
        if health.ok:
            self._last_ok[name] = moment
            return Check(name, True, "up", health.detail)
        down_for = moment - self._last_ok.get(name, self.started)
        if health.detail in _FOR_GOOD or down_for > self.settings.ready_channel_grace:
            return Check(name, False, "down", health.detail)
        return Check(name, True, "retrying", health.detail)

    def _outbox(self, figures: ops_figures.OutboxFigures | None, now: datetime) -> Check:
        sender = self._started("outbox")
        if sender is None or not sender.running:
            return Check("outbox", False, "down", "sender not running")
        if figures is None:
            return Check("outbox", True, "unknown", "the database did not answer")
        late = {scheme: (now - due).total_seconds() for scheme, due in figures.oldest_due.items()}
        stuck = sorted(scheme for scheme, seconds in late.items() if seconds > self.settings.ready_outbox_stuck)
        if stuck:
            worst = max(late[scheme] for scheme in stuck)
            return Check("outbox", False, "stuck", f"{','.join(stuck)}: due {worst:.0f} s ago")
        pending = sum(figures.pending.values())
        return Check("outbox", True, "up", f"{pending} pending")

    def _clock(self, now: datetime) -> Check:
        if not self.settings.clock_enabled:
            return Check("clock", True, "off")
        worker = self._started("clock")
        if worker is None or not worker.running:
            return Check("clock", False, "down", "not running")
        if worker.last_success is not None:
            age = (now - worker.last_success).total_seconds()
        else:
            age = self._monotonic() - self.started
        if age > self.settings.ready_clock_stale:
            detail = f"last round {age:.0f} s ago" if worker.last_success is not None else "no round yet"
            if worker.last_error:
                detail += f", last error {worker.last_error}"
            return Check("clock", False, "stale", detail)
        return Check("clock", True, "up", f"last round {age:.0f} s ago")


async def health(request: Request) -> Response:
    """Liveness: the process and its event loop answer. Reads nothing."""
    return JSONResponse({"status": "ok"})


def ready_endpoint(readiness: Readiness) -> Callable[[Request], Awaitable[Response]]:
    async def ready(request: Request) -> Response:
        found = await readiness.checks()
        ok = all(check.ok for check in found)
        body = {"status": "ready" if ok else "not ready", "checks": {check.name: check.as_json() for check in found}}
        return JSONResponse(body, status_code=200 if ok else 503)

    return ready


__all__ = ["Check", "DatabaseProbe", "ProbeFailed", "Readiness", "health", "ready_endpoint"]
