"""``walking-home run``: start the components it is given (channels, then workers) in one event loop until stopped.

It knows no channel by name: `bot.bootstrap.build_channels` makes them from settings, and each
says through its `bot.lifecycle.Lines` whether it started.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import signal
from collections.abc import Sequence

from bot.bootstrap import App, build_app, build_channels
from bot.lifecycle import Announced, Component, Lines, StartError
from bot.settings import Settings
from bot.workers import start_workers

logger = logging.getLogger(__name__)


async def start_components(app: App, components: Sequence[Component], say) -> list[Component]:
    """Start each component in order; what goes wrong with one is one line, and the others go on.

    What is said comes from the component's `Lines` (when it is `Announced`): ``failed`` with the
    reason, ``running``, or ``retrying`` when it goes on trying in the background. A started
    component joins ``app.services`` and is stopped with the app, in reverse order.
    """
    started: list[Component] = []
    for component in components:
        try:
            await component.start()
        except Exception as error:  # nothing in one component may stop the others
            lines = _lines(component)
            if isinstance(error, StartError):
                detail = str(error)
            else:
                logger.exception("%s failed to start", component.name)
                detail = type(error).__name__
            with contextlib.suppress(Exception):
                await component.stop()  # what it opened before failing
            if lines.failed:
                say(lines.failed, err=True, **_described(component), detail=detail)
            else:
                logger.warning("%s did not start: %s", component.name, detail)
            continue
        app.services.append(component)
        started.append(component)
        lines = _lines(component)  # after start: a leader and a standby (`bot.leadership`) say different things
        if component.running:
            if lines.running:
                say(lines.running, **_described(component))
        elif lines.retrying:
            say(lines.retrying, err=True)
    return started


def _lines(component: Component) -> Lines:
    return component.lines if isinstance(component, Announced) else Lines()


def _described(component: Component) -> dict[str, str]:
    return component.describe() if isinstance(component, Announced) else {}


async def start_channels(app: App, say) -> bool:
    """Build the configured channels (`bot.bootstrap.CHANNELS`) and start them; False when none started."""
    components = build_channels(app)
    started = await start_components(app, components, say)
    if app.channels.schemes() or any(hasattr(component, "scheme") for component in started):
        return True
    # Channels were configured but none could start: each said why (a port in use, a refused token);
    # "none is configured" would send the operator to the wrong setting.
    say("cli-channels-failed" if components else "cli-no-channels", err=True)
    return False


async def start_operations(app: App, say) -> bool:
    """The listener of ``WALKING_HOME_METRICS_ADDRESS`` (`/metrics`, `/health`, `/ready`), when it is set.

    False when it is set and cannot listen (the line says why): the operator asked for it, and a bot
    whose alerts have no metrics to read looks healthy while nobody watches; it does not start.
    """
    if not app.settings.metrics_address:
        return True
    from bot.ops_server import OpsServer

    return bool(await start_components(app, [OpsServer(app)], say))


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
        if settings.sqlite_file is not None:  # the lock makes this the only sender: any lease is a dead one's
            await app.sender.take_over_leases()
        if not await start_operations(app, say):  # the metrics listener first: a refusal connects no channel
            return 1
        if not await start_channels(app, say):
            return 1
        await start_workers(app)  # the outbox sender, retention (when enabled): bot.workers.WORKERS
        say("cli-running")
        await stop.wait()
        say("cli-stopping")
    finally:
        await app.close()
    return 0
