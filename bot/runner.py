"""``walking-home run``: serve every configured channel in one event loop until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import secrets
import signal
from collections.abc import Callable
from pathlib import Path

from bot.bootstrap import App, build_app
from bot.channels.telegram import TelegramChannel, TelegramStartError, build_application, webhook_route
from bot.channels.web import WebChannel, WebServer, web_app
from bot.settings import Settings
from bot.workers import start_workers

logger = logging.getLogger(__name__)


def telegram_channel(app: App) -> TelegramChannel | None:
    """The Telegram channel when a token is set; registered with the outbox once it runs."""
    settings = app.settings
    if not settings.telegram_token:
        return None
    polling = settings.telegram_mode == "polling"
    application = build_application(settings.telegram_token, api_url=settings.telegram_api_url, polling=polling)
    return TelegramChannel(
        application,
        handle=app.dialogs.handle,
        localizer=app.localizer,
        mode=settings.telegram_mode,
        webhook_url=settings.telegram_webhook_url,
        webhook_secret=settings.telegram_webhook_secret,
        max_download_bytes=settings.max_upload_bytes,
        on_started=app.channels.register,
    )


def load_or_create_secret(path: Path) -> bytes:
    """The secret kept in ``path`` (created, readable by the owner only, on first use)."""
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(secret.hex())
    return secret


async def start_chat_channel(
    app: App,
    channel,
    say,
    *,
    messages: tuple[str, str, str],
    start_error: type[Exception],
    running_args: Callable[[], dict],
) -> None:
    """Start one network channel; whatever goes wrong is one line, and the other channels go on.

    ``messages`` are the catalog ids for (failed, running, retrying in the background).
    """
    failed, running, retrying = messages
    try:
        await channel.start()
    except start_error as error:
        say(failed, err=True, detail=str(error))
        return
    except Exception as error:  # nothing in one channel may stop the others
        logger.exception("%s channel failed to start", channel.scheme)
        say(failed, err=True, detail=type(error).__name__)
        return
    app.services.append(channel)
    if channel.running:
        say(running, **running_args())
    else:
        say(retrying, err=True)


async def start_telegram(app: App, channel: TelegramChannel, say) -> None:
    await start_chat_channel(
        app,
        channel,
        say,
        messages=("cli-telegram-failed", "cli-telegram-running", "cli-telegram-retrying"),
        start_error=TelegramStartError,
        running_args=lambda: {"mode": channel.mode, "username": channel.bot.username or "?"},
    )


# -- Matrix (when WALKING_HOME_MATRIX_HOMESERVER and _USER are set) ------------------------------


async def start_matrix(app: App, say) -> None:
    """Start the Matrix channel when configured; registered with the outbox once it syncs."""
    settings = app.settings
    if not (settings.matrix_homeserver and settings.matrix_user):
        return
    from bot.channels.matrix import MatrixChannel, MatrixStartError

    try:
        channel = MatrixChannel(
            homeserver=settings.matrix_homeserver,
            user=settings.matrix_user,
            password=settings.matrix_password,
            access_token=settings.matrix_access_token,
            state_dir=settings.matrix_state_dir,
            handle=app.dialogs.handle,
            localizer=app.localizer,
            max_download_bytes=settings.max_upload_bytes,
            on_started=app.channels.register,
        )
    except MatrixStartError as error:  # e.g. neither a password nor an access token
        say("cli-matrix-failed", err=True, detail=str(error))
        return
    await start_chat_channel(
        app,
        channel,
        say,
        messages=("cli-matrix-failed", "cli-matrix-running", "cli-matrix-retrying"),
        start_error=MatrixStartError,
        running_args=lambda: {"user": settings.matrix_user},
    )


async def forget_quiet_web_sessions(app: App, addresses: list[str]) -> None:
    """Delete the rows of web sessions that opened and did nothing (bot.web_housekeeping)."""
    from bot.web_housekeeping import forget_quiet_conversations

    async with app.unit_of_work() as uow:
        forgotten = await forget_quiet_conversations(uow, addresses)
        await uow.commit()
    if forgotten:
        logger.info("forgot %d web session(s) that never did anything", forgotten)


async def start_channels(app: App, say) -> None:
    """Start the web chat and Telegram (when configured); a channel that fails says so and the rest go on."""
    settings = app.settings
    telegram = telegram_channel(app)
    webhook_routes = [webhook_route(telegram)] if telegram and settings.telegram_mode == "webhook" else []
    if settings.web_enabled or webhook_routes:
        if settings.web_enabled:
            channel = WebChannel(
                secret=load_or_create_secret(settings.web_secret_file),
                on_connect=app.sender.release,
                on_forget=lambda addresses: forget_quiet_web_sessions(app, addresses),
                quiet_seconds=settings.web_idle_session_minutes * 60,
            )
            app.channels.register(channel)
            asgi = web_app(channel, app.dialogs.handle, app.localizer, settings)
            asgi.router.routes[0:0] = webhook_routes  # the Telegram webhook lives on the same server
        else:
            from starlette.applications import Starlette

            asgi = Starlette(routes=webhook_routes)
        server = WebServer(asgi, settings.web_host, settings.web_port)
        try:
            await server.start()
        except OSError as error:
            say("cli-web-failed", err=True, host=settings.web_host, port=str(settings.web_port), detail=str(error))
        else:
            app.services.append(server)
            if settings.web_enabled:
                say("cli-web-url", url=f"http://{settings.web_host}:{server.port}/")
    if telegram is not None:
        await start_telegram(app, telegram, say)
    await start_matrix(app, say)
    if not app.channels.schemes() and not any(hasattr(s, "scheme") for s in app.services):
        say("cli-no-channels", err=True)


def hold_single_run(settings: Settings) -> object | None:
    """On SQLite, the lock that makes this the only ``run`` on the database (None: another holds it).

    Two processes on one SQLite file would both poll Telegram, sync Matrix and send the
    outbox; several processes are for PostgreSQL. The lock ends with the process, even on SIGKILL.
    """
    database = settings.sqlite_file
    if database is None:
        return contextlib.nullcontext()
    database.parent.mkdir(parents=True, exist_ok=True)
    handle = open(database.with_name(database.name + ".run-lock"), "a+b")  # noqa: SIM115 - held for the run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


async def run(settings: Settings, say) -> int:
    lock = hold_single_run(settings)
    if lock is None:
        say("cli-already-running", err=True, path=str(settings.sqlite_file))
        return 1
    app = build_app(settings, localizer=say.localizer)  # the catalogs the command line parsed
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await start_channels(app, say)
        if not app.channels.schemes() and not app.services:
            return 1
        await start_workers(app)  # the outbox sender, retention (when enabled): bot.workers.WORKERS
        say("cli-running")
        await stop.wait()
        say("cli-stopping")
    finally:
        await app.close()
    return 0
