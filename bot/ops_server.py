"""Where the operators' endpoints are served: `/health`, `/ready` and (when enabled) `/metrics`.

On the bot's HTTP server (the web chat's listener, `WALKING_HOME_WEB_HOST`/`PORT`) whenever it runs:
`/ready`, and `/metrics` with ``WALKING_HOME_METRICS=true``; `/health` there is the web chat's own (so
it answers only with the web chat on, as it always did). With ``WALKING_HOME_METRICS_ADDRESS=host:port``
a listener of its own (`OpsServer`) serves all three; that is where liveness is asked when the web chat
is off (docs/operations.md, "Health and readiness").
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Route

from bot.lifecycle import Health, Lines, StartError
from bot.metrics import Metrics, metrics_endpoint
from bot.readiness import DatabaseProbe, Readiness, health, ready_endpoint


def enable_metrics(app: Any) -> None:
    """Give ``app`` its `Metrics` when the settings ask for them (the sender reports deliveries to it)."""
    settings = app.settings
    if not (settings.metrics or settings.metrics_address) or app.metrics is not None:
        return
    app.metrics = Metrics(
        probe=probe_of(app),
        now=app.now,
        failed_turns=lambda: app.dialogs.failed_turns,
        components=lambda: [*app.components, *(s for s in app.services if getattr(s, "name", "") in _WORKERS)],
        pool=lambda: app.engine.sync_engine.pool,
    )
    app.sender.observer = app.metrics


#: The workers whose health `/metrics` reports beside the channels'.
_WORKERS = frozenset({"outbox", "clock", "retention"})


def probe_of(app: Any) -> DatabaseProbe:
    if app.probe is None:
        app.probe = DatabaseProbe(app.settings)
    return app.probe


def readiness_of(app: Any) -> Readiness:
    if app.readiness is None:
        app.readiness = Readiness(app, probe_of(app))
    return app.readiness


def ops_routes(app: Any, *, with_health: bool = True, with_metrics: bool | None = None) -> list[BaseRoute]:
    """`/ready` (and `/health` unless another route serves it, `/metrics` when enabled) over ``app``."""
    routes: list[BaseRoute] = [Route("/ready", ready_endpoint(readiness_of(app)), methods=["GET"])]
    if with_health:
        routes.append(Route("/health", health, methods=["GET"]))
    if with_metrics is None:
        with_metrics = bool(app.settings.metrics)
    if with_metrics and app.metrics is not None:
        routes.append(Route("/metrics", metrics_endpoint(app.metrics), methods=["GET"]))
    return routes


def split_address(address: str) -> tuple[str, int]:
    """``host:port`` (``[::1]:9100`` for IPv6) as its host and port; ValueError when it is not one."""
    host, colon, port = address.strip().rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"{address!r} is not host:port")
    return host, int(port)


class OpsStartError(StartError):
    """The metrics listener could not listen (the port is taken, the address is not this machine's)."""


class OpsServer:
    """A `bot.lifecycle.Component`: the listener of ``WALKING_HOME_METRICS_ADDRESS`` (`/metrics`, `/health`, `/ready`)."""

    name = "ops"
    lines = Lines(failed="cli-metrics-failed", running="cli-metrics-url")

    def __init__(self, app: Any) -> None:
        self.app = app
        self.host, self.requested_port = split_address(app.settings.metrics_address)
        self.server: Any = None

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.task is not None and not self.server.task.done()

    @property
    def url(self) -> str:
        from bot.channels.web.server import http_url

        return http_url(self.host, self.server.port if self.running else self.requested_port)

    def describe(self) -> dict[str, str]:
        return {"url": self.url, "address": self.app.settings.metrics_address}

    def health(self) -> Health:
        return Health(self.name, ok=self.running, detail="" if self.running else "not listening")

    async def start(self) -> None:
        from bot.channels.web.server import WebServer

        starlette = Starlette(routes=ops_routes(self.app, with_metrics=True))
        server = WebServer(starlette, self.host, self.requested_port, label="metrics listener")
        try:
            await server.start()
        except (OSError, RuntimeError) as error:
            raise OpsStartError(str(error)) from None
        self.server = server

    async def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            await server.stop()


__all__ = ["OpsServer", "enable_metrics", "ops_routes", "readiness_of", "split_address"]
