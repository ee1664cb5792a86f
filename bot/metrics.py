"""Prometheus metrics: the one module that owns them (docs/operations.md, "Metrics and alerts").

Off unless ``WALKING_HOME_METRICS=true`` (``/metrics`` on the web app's listener) or
``WALKING_HOME_METRICS_ADDRESS=host:port`` (a listener of its own, `bot.ops_server`). Each app has its
own `prometheus_client.CollectorRegistry` (never the library's global one), so several apps in one
process (tests) do not meet.

Two seams feed the counters, nothing else calls them: `observe_turns` wraps the dialog engine's entry
point that every channel calls (one inbound update = one turn), and the outbox sender reports each
delivery to `Metrics` as its observer (`bot.workers.outbox.DeliveryObserver`). Turns the engine
answered with an apology are counted by the engine itself (`DialogEngine.failed_turns`) and read here.
What needs the database (outbox depth and ages, dead letters, open and overdue cases, unacknowledged
emergencies, clock marks due) is read when ``/metrics`` is asked, in one bounded probe
(`bot.readiness.DatabaseProbe`), before the registry is rendered.

Labels are channel names, component names, case states, region codes and error kinds — never an
address, a chat id, a name or anything she wrote.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter as Tally
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response

from bot.messages import Inbound, NotRecorded
from bot.readiness import DatabaseProbe, ProbeFailed
from storage import ops_figures

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection

PREFIX = "walking_home"
#: A channel label is a URN scheme (``web``, ``telegram``, ``matrix``); anything else is ``other``.
_SCHEME = re.compile(r"^[a-z][a-z0-9_-]{0,15}$")
TURN_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0)
DELIVERY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def channel_label(scheme: str) -> str:
    return scheme if _SCHEME.match(scheme) else "other"


@dataclass
class Figures:
    """What the last scrape read from the database (None: it did not answer in time)."""

    at: datetime
    outbox: ops_figures.OutboxFigures
    cases: ops_figures.CaseFigures


class Metrics:
    """The app's instruments and its registry; ``render`` is the body of ``/metrics``."""

    def __init__(
        self,
        *,
        probe: DatabaseProbe | None = None,
        now: Callable[[], datetime],
        failed_turns: Callable[[], Tally] = Tally,
        components: Callable[[], list[Any]] = list,
        pool: Callable[[], Any] | None = None,
    ) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.probe = probe
        #: The bot's own connection pool (SQLAlchemy's), read at scrape time: in use, idle, overflow.
        self.pool = pool
        self.now = now
        self.failed_turns = failed_turns
        self.components = components
        self.turns = Counter(
            f"{PREFIX}_turns",
            "Inbound updates handed to the dialogs (one turn each)",
            ["channel"],
            registry=self.registry,
        )
        self.turn_seconds = Histogram(
            f"{PREFIX}_turn_seconds",
            "Seconds from an inbound update to its turn being committed (or failing)",
            ["channel"],
            buckets=TURN_BUCKETS,
            registry=self.registry,
        )
        self.deliveries = Counter(
            f"{PREFIX}_deliveries", "Outbox messages a channel took", ["channel"], registry=self.registry
        )
        self.delivery_seconds = Histogram(
            f"{PREFIX}_delivery_seconds",
            "Seconds a channel took to deliver one outbox message (delivered or not)",
            ["channel"],
            buckets=DELIVERY_BUCKETS,
            registry=self.registry,
        )
        self.delivery_errors = Counter(
            f"{PREFIX}_delivery_errors",
            "Outbox deliveries that did not go out, by kind",
            ["channel", "kind"],
            registry=self.registry,
        )
        #: (channel, kind) → turns that raised to the channel (``not_recorded``, ``timeout``, ``error``).
        self.raised_turns: Tally = Tally()
        self.figures: Figures | None = None
        self.probe_error = ""
        self.probe_seconds = 0.0
        self.registry.register(_Collector(self))

    # -- the seams ---------------------------------------------------------------------------

    def turn(self, channel: str, seconds: float, failure: str = "") -> None:
        label = channel_label(channel)
        self.turns.labels(label).inc()
        self.turn_seconds.labels(label).observe(seconds)
        if failure:
            self.raised_turns[(label, failure)] += 1

    def delivered(self, scheme: str, seconds: float) -> None:
        label = channel_label(scheme)
        self.deliveries.labels(label).inc()
        self.delivery_seconds.labels(label).observe(seconds)

    def delivery_failed(self, scheme: str, kind: str, seconds: float | None = None) -> None:
        label = channel_label(scheme)
        self.delivery_errors.labels(label, kind).inc()
        if seconds is not None:
            self.delivery_seconds.labels(label).observe(seconds)

    # -- a scrape ----------------------------------------------------------------------------

    async def refresh(self) -> None:
        """Read the database's figures for this scrape, within the probe's bound."""
        if self.probe is None:
            return
        now = self.now()
        started = time.perf_counter()

        async def read(connection: AsyncConnection) -> Figures:
            outbox = await ops_figures.outbox_figures(connection, now)
            cases = await ops_figures.case_figures(connection, now)
            return Figures(now, outbox, cases)

        try:
            self.figures = await self.probe.read(read)
            self.probe_error = ""
        except ProbeFailed as failure:
            self.figures = None
            self.probe_error = failure.reason
        self.probe_seconds = time.perf_counter() - started

    async def render(self) -> bytes:
        await self.refresh()
        return generate_latest(self.registry)


class _Collector(Collector):
    """The figures read at scrape time, the engine's failed turns and each component's health."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def describe(self) -> Iterator[Metric]:
        return iter(())  # the families vary with what the scrape read: not checked at registration

    def collect(self) -> Iterator[Metric]:
        m = self.metrics
        failures = CounterMetricFamily(
            f"{PREFIX}_turn_failures",
            "Turns that failed: not_recorded / timeout / error (raised to the channel), internal / stale (apologised)",
            labels=["channel", "kind"],
        )
        tally = Tally(m.raised_turns)
        for (channel, kind), count in m.failed_turns().items():
            tally[(channel_label(channel), kind)] += count
        for (channel, kind), count in sorted(tally.items()):
            failures.add_metric([channel, kind], count)
        yield failures

        up = GaugeMetricFamily(
            f"{PREFIX}_component_up", "1 when the component reports itself healthy", labels=["component"]
        )
        for component in m.components():
            up.add_metric([channel_label(component.name)], 1.0 if component.health().ok else 0.0)
        yield up

        yield from _pool(m.pool() if m.pool is not None else None)
        if m.probe is None:
            return
        yield GaugeMetricFamily(
            f"{PREFIX}_database_up",
            "1 when the scrape's database read answered in time",
            value=0 if m.probe_error else 1,
        )
        yield GaugeMetricFamily(
            f"{PREFIX}_database_probe_seconds", "Seconds the scrape's database read took", value=m.probe_seconds
        )
        if m.figures is not None:
            channels = [component.name for component in m.components() if component.name != "http"]
            yield from _figures(m.figures, channels)


def _pool(pool: Any) -> Iterator[Metric]:
    """The bot's connection pool: connections in use, idle and beyond the pool's size. A pool whose
    connections are all in use makes turns wait for one (up to ``WALKING_HOME_DATABASE_POOL_TIMEOUT``):
    in use at its size for long is the sign; a wait past the bound counts in ``turn_failures``."""
    checked_out = getattr(pool, "checkedout", None)
    if checked_out is None:  # SQLite's single connection pools, or no pool: nothing to say
        return
    in_use = GaugeMetricFamily(f"{PREFIX}_database_pool_connections", "The bot's pooled connections", labels=["state"])
    in_use.add_metric(["in_use"], checked_out())
    in_use.add_metric(["idle"], pool.checkedin())
    yield in_use
    yield GaugeMetricFamily(f"{PREFIX}_database_pool_size", "The pool's size (connections kept)", value=pool.size())
    yield GaugeMetricFamily(
        f"{PREFIX}_database_pool_overflow",
        "Connections opened beyond the pool's size now (negative: room left before the size is reached)",
        value=pool.overflow(),
    )


def _figures(figures: Figures, channels: list[str]) -> Iterator[Metric]:
    """The figures read at scrape time. The counts per channel carry a 0 for every enabled channel
    with none, so an alert on a change (``delta``, ``rate``) sees the first dead letter too."""
    outbox, cases, now = figures.outbox, figures.cases, figures.at

    def by_channel(name: str, documentation: str, values: dict[str, float], zeros: bool = False) -> GaugeMetricFamily:
        family = GaugeMetricFamily(f"{PREFIX}_{name}", documentation, labels=["channel"])
        every = {**dict.fromkeys(channels, 0), **values} if zeros else values
        for scheme, value in sorted(every.items()):
            family.add_metric([channel_label(scheme)], value)
        return family

    yield by_channel("outbox_pending", "Outbox rows not yet sent", outbox.pending, zeros=True)
    yield by_channel(
        "outbox_oldest_pending_age_seconds",
        "Age of the oldest unsent outbox row (rows for a closed web page wait for her)",
        {scheme: (now - at).total_seconds() for scheme, at in outbox.oldest_pending.items()},
    )
    yield by_channel(
        "outbox_oldest_due_age_seconds",
        "How long the earliest due, unsent outbox row has been due (the outbox is stuck when this grows)",
        {scheme: (now - at).total_seconds() for scheme, at in outbox.oldest_due.items()},
    )
    yield by_channel("outbox_dead_letters", "Outbox rows given up on (dead letters)", outbox.dead, zeros=True)

    open_cases = GaugeMetricFamily(f"{PREFIX}_cases_open", "Open cases", labels=["state", "region"])
    for (state, region), count in sorted(cases.open.items()):
        open_cases.add_metric([state, region], count)
    yield open_cases
    overdue = GaugeMetricFamily(f"{PREFIX}_cases_overdue", "Open cases past their clock", labels=["region"])
    for region, count in sorted(cases.overdue.items()):
        overdue.add_metric([region], count)
    yield overdue
    emergencies = GaugeMetricFamily(
        f"{PREFIX}_emergencies_unacknowledged", "Emergencies nobody has acknowledged yet", labels=["region"]
    )
    for region, count in sorted(cases.emergencies.items()):
        emergencies.add_metric([region], count)
    yield emergencies
    oldest = GaugeMetricFamily(
        f"{PREFIX}_emergency_unacknowledged_oldest_age_seconds",
        "Seconds since the oldest unacknowledged emergency began",
        labels=["region"],
    )
    for region, began in sorted(cases.oldest_emergency.items()):
        oldest.add_metric([region], (now - began).total_seconds())
    yield oldest
    yield GaugeMetricFamily(
        f"{PREFIX}_clock_timers_due",
        "Clock marks (of cases and service orders) due now and not yet fired",
        value=cases.timers_due,
    )


def observe_turns(
    handle: Callable[[Inbound], Awaitable[None]], metrics: Metrics
) -> Callable[[Inbound], Awaitable[None]]:
    """The dialogs' entry point, counted and timed per channel (the channels call this instead)."""

    async def observed(inbound: Inbound) -> None:
        started = time.perf_counter()
        failure = ""
        try:
            await handle(inbound)
        except NotRecorded:
            failure = "not_recorded"
            raise
        except asyncio.CancelledError:  # the channel's bound on a turn ran out (`bot.outage.handle_within`)
            failure = "timeout"
            raise
        except Exception:
            failure = "error"
            raise
        finally:
            metrics.turn(inbound.channel, time.perf_counter() - started, failure)

    return observed


def metrics_endpoint(metrics: Metrics) -> Callable[[Request], Awaitable[Response]]:
    async def scrape(request: Request) -> Response:
        return Response(await metrics.render(), media_type=CONTENT_TYPE_LATEST)

    return scrape


__all__ = ["Metrics", "channel_label", "metrics_endpoint", "observe_turns"]
