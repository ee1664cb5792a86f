"""``walking-home run``: serve every configured channel in one event loop until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.bootstrap import App, build_app
from bot.channels.web import WebChannel, WebServer, web_app
from bot.settings import Settings

logger = logging.getLogger(__name__)


async def start_channels(app: App, say) -> None:
    """Start the web chat (and any other configured channel); a channel that fails says so and the rest go on."""
    settings = app.settings
    if settings.web_enabled:
        channel = WebChannel()
        app.channels.register(channel)
        server = WebServer(web_app(channel, app.dialogs.handle, app.localizer, settings), settings.web_host, settings.web_port)
        try:
            await server.start()
        except OSError as error:
            say("cli-web-failed", err=True, host=settings.web_host, port=settings.web_port, detail=str(error))
        else:
            app.services.append(server)
            say("cli-web-url", url=f"http://{settings.web_host}:{server.port}/")
    if not app.channels.schemes():
        say("cli-no-channels", err=True)


async def run(settings: Settings, say) -> int:
    app = build_app(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await start_channels(app, say)
        if not app.channels.schemes():
            return 1
        app.sender.start()
        say("cli-running")
        await stop.wait()
        say("cli-stopping")
    finally:
        await app.close()
    return 0
