"""Serving the web app with uvicorn inside the bot's own event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.applications import Starlette

if TYPE_CHECKING:
    pass

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


class _EmbeddedServer(uvicorn.Server):
    """A uvicorn server that leaves signal handling to the bot and says when it is listening."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    @contextlib.contextmanager
    def capture_signals(self):  # type: ignore[override]
        yield

    async def startup(self, sockets: Any = None) -> None:
        try:
            await super().startup(sockets=sockets)
        except SystemExit as error:  # uvicorn exits the process when it cannot bind; the bot decides
            raise OSError(f"web server could not start (uvicorn exit {error.code})") from None
        self.ready.set()


class WebServer:
    """Runs the web app with uvicorn in the current event loop: ``await start()``, ``await stop()``.

    ``port=0`` binds an ephemeral port; read it from ``.port`` after ``start()``.
    """

    def __init__(self, app: Starlette, host: str = "127.0.0.1", port: int = 8080) -> None:
        self.app = app
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
        return f"http://{self.host}:{self.port}"

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
        logger.info("web chat listening on %s", self.url)

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


async def serve(app: Starlette, host: str, port: int) -> tuple[WebServer, asyncio.Task]:
    """Start ``app`` in this event loop; returns the server (``.port``, ``await .stop()``) and its task."""
    server = WebServer(app, host, port)
    await server.start()
    assert server.task is not None
    return server, server.task
