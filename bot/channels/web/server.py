"""Serving the web app with uvicorn inside the bot's own event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.routing import BaseRoute

from bot.channels.web.app import SecurityHeaders
from bot.lifecycle import Health, Lines, StartError

logger = logging.getLogger(__name__)


#: uvicorn's loggers: its websocket lines ("<ip:port> - WebSocket /ws [accepted]") go to
#: uvicorn.error at INFO, its access lines to uvicorn.access.
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")


class NoClientAddress(logging.Filter):
    """Writes ``-`` where uvicorn would write the client's address and port (issue 11, item 10).

    uvicorn's access and websocket lines all start with ``'%s - "...'``, the address first; any
    other record from these loggers that still holds an ``ip:port`` has it replaced too.
    """

    _ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b|\[[0-9A-Fa-f:.]+\](?::\d{1,5})?")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith('%s - "') and isinstance(record.args, tuple):
            record.args = ("-", *record.args[1:])
        elif record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(self._ADDRESS.sub("-", a) if isinstance(a, str) else a for a in args)
        if isinstance(record.msg, str):
            record.msg = self._ADDRESS.sub("-", record.msg)
        return True


def keep_addresses_out_of_logs() -> None:
    """Install `NoClientAddress` on uvicorn's loggers (once)."""
    for name in UVICORN_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, NoClientAddress) for f in target.filters):
            target.addFilter(NoClientAddress())


def http_url(host: str, port: int) -> str:
    """``http://host:port/`` with an IPv6 host in brackets (``http://[::1]:9100/``)."""
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


class _BindError(logging.Filter):
    """Keeps the `OSError` uvicorn logs (as the record's message, then withheld) when it cannot bind."""

    def __init__(self) -> None:
        super().__init__()
        self.error: OSError | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, OSError):
            self.error = record.msg
            return False  # the bot says it in its own line, errno and strerror (no secret in them)
        return True


class _EmbeddedServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to the bot and says when it is listening."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[override]
        yield

    async def startup(self, sockets: Any = None) -> None:
        bind = _BindError()
        uvicorn_error = logging.getLogger("uvicorn.error")
        uvicorn_error.addFilter(bind)
        try:
            await super().startup(sockets=sockets)
        except SystemExit as error:  # uvicorn exits the process when it cannot bind; the bot decides
            if bind.error is not None and bind.error.errno is not None:  # e.g. [Errno 98] Address already in use
                raise OSError(bind.error.errno, os.strerror(bind.error.errno)) from None
            raise OSError(f"web server could not start (uvicorn exit {error.code})") from None
        finally:
            uvicorn_error.removeFilter(bind)
        self.ready.set()


class WebServer:
    """Runs the web app with uvicorn in the current event loop: ``await start()``, ``await stop()``.

    ``port=0`` binds an ephemeral port; read it from ``.port`` after ``start()``.
    """

    def __init__(self, app: Starlette, host: str = "127.0.0.1", port: int = 8080, *, label: str = "web chat") -> None:
        self.app = app
        self.label = label
        self.host = host
        self.requested_port = port
        self.server: _EmbeddedServer | None = None
        self.task: asyncio.Task | None = None
        self.access_log = bool(getattr(app.state, "access_log", False))

    @property
    def port(self) -> int:
        if self.server is None or not self.server.servers:
            raise RuntimeError("web server is not started")
        return self.server.servers[0].sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        return http_url(self.host, self.port).rstrip("/")

    async def start(self) -> None:
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.requested_port,
            ws="websockets-sansio",
            ws_max_size=getattr(self.app.state, "ws_max_size", 1 << 20),
            lifespan="off",
            log_config=None,
            # Off unless WALKING_HOME_WEB_ACCESS_LOG (for debugging); never with client addresses.
            access_log=self.access_log,
            server_header=False,
            timeout_graceful_shutdown=3,
        )
        keep_addresses_out_of_logs()
        if self.access_log:
            logging.getLogger("uvicorn.access").setLevel(logging.INFO)
        self.server = _EmbeddedServer(config)
        self.task = asyncio.create_task(self.server.serve(), name="web-server")
        ready = asyncio.create_task(self.server.ready.wait())
        done, _ = await asyncio.wait({ready, self.task}, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            await self.task  # raises what stopped it
            raise RuntimeError(f"web server could not listen on {self.host}:{self.requested_port}")
        logger.info("%s listening on %s", self.label, self.url)

    async def stop(self) -> None:
        if self.server is None or self.task is None:
            return
        self.server.should_exit = True
        await self.task
        on_stop = getattr(self.app.state, "on_stop", None)
        if on_stop is not None:
            await on_stop()  # the app's own background task (the quiet-session sweeper)
        self.server = None
        self.task = None


class HttpStartError(StartError):
    """The HTTP server could not listen (the port is taken, the address is not this machine's)."""


class HttpServer:
    """The bot's one HTTP server as a `bot.lifecycle.Component`: it serves what the channels add.

    Channels add routes before it starts (`bot.channels.plugin.Routes`): the web chat its page
    and socket, Telegram its webhook. The registry starts it first, only when a channel added one.
    """

    name = "http"
    lines = Lines(failed="cli-web-failed")

    def __init__(
        self, host: str = "127.0.0.1", port: int = 8080, *, ws_max_size: int = 1 << 20, access_log: bool = False
    ):
        self.host = host
        self.requested_port = port
        self.ws_max_size = ws_max_size
        self.access_log = access_log
        self.routes: list[BaseRoute] = []
        self.server: WebServer | None = None

    def add(self, *routes: BaseRoute) -> None:
        if not routes:
            return  # nothing to serve (a channel built again by a leader that leads anew)
        if self.server is not None:
            raise RuntimeError("routes are added before the HTTP server starts")
        self.routes.extend(routes)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.task is not None and not self.server.task.done()

    @property
    def url(self) -> str:
        """``http://host:port/``, the port the server listens on once started."""
        return http_url(self.host, self.server.port if self.running else self.requested_port)

    def describe(self) -> dict[str, str]:
        port = self.server.port if self.running else self.requested_port
        return {"host": self.host, "port": str(port), "url": self.url}

    def health(self) -> Health:
        return Health(self.name, ok=self.running, detail="" if self.running else "not listening")

    async def start(self) -> None:
        app = Starlette(routes=list(self.routes))
        app.add_middleware(SecurityHeaders)
        app.state.ws_max_size = self.ws_max_size
        app.state.access_log = self.access_log
        server = WebServer(app, self.host, self.requested_port)
        try:
            await server.start()
        except OSError as error:
            raise HttpStartError(str(error)) from None
        self.server = server

    async def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            await server.stop()
