"""The composition root: builds the engine, catalogs, dialogs, sender and (for ``run``) the channels.

`build_app` wires what every command shares; `build_channels` makes the configured channels from
the `CHANNELS` table (a channel is a package with a ``from_settings`` factory and one row here).
Tests pass overrides (a clock, extra channels, settings) instead of patching.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy.engine import make_url

from bot.channels import matrix, telegram, web, wechat
from bot.channels.base import Channel, ChannelRegistry
from bot.channels.plugin import ChannelDeps, ChannelFactory
from bot.dashboard import dashboard_base, dashboard_routes
from bot.dialogs.engine import DialogEngine
from bot.dialogs.turn import DialogContext
from bot.evidence import EvidenceStore
from bot.handlers import build_event_table
from bot.i18n import Localizer
from bot.leadership import Leadership, leadership_key, telegram_account
from bot.lifecycle import Component
from bot.notifications import Notifications
from bot.ops_server import enable_metrics, ops_routes
from bot.rendering import Renderer
from bot.settings import Settings
from bot.work_calendar import deadline_policy
from bot.workers.outbox import DEFAULT_ORPHAN_GRACE, LeaseHolder, OutboxSender
from storage import sealing
from storage.channel_state import ChannelStateStore
from storage.engine import DatabaseTimeouts, create_engine, session_factory
from storage.uow import SqlUnitOfWork
from workflows.deadlines import DeadlinePolicy
from workflows.publishing import EventTable

logger = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class App:
    """Everything the running bot is made of, wired once."""

    settings: Settings
    engine: Any
    sessions: Any
    localizer: Localizer
    renderer: Renderer
    channels: ChannelRegistry
    sender: OutboxSender
    dialogs: DialogEngine
    notifications: Notifications
    publish: EventTable
    now: Callable[[], datetime]
    write_lock: asyncio.Lock | None
    #: A new unit of work (the dialog engine is given the same factory).
    unit_of_work: Callable[[], SqlUnitOfWork]
    services: list[Any] = field(default_factory=list)
    #: The data key ring that seals her words in the database and the evidence files.
    key_ring: sealing.KeyRing | None = None
    #: What `build_channels` built (the HTTP server, the channels), started or not: `/ready` checks each.
    components: list[Any] = field(default_factory=list)
    #: Prometheus metrics (`bot.metrics`), when ``WALKING_HOME_METRICS`` or ``..._METRICS_ADDRESS`` is set.
    metrics: Any = None
    #: `/ready`'s checks and their database probe (`bot.readiness`), made when first served.
    readiness: Any = None
    probe: Any = None

    @property
    def handle(self) -> Callable[..., Any]:
        """The dialogs' entry point as the channels get it: counted per channel when metrics are on."""
        if self.metrics is None:
            return self.dialogs.handle
        from bot.metrics import observe_turns

        return observe_turns(self.dialogs.handle, self.metrics)

    async def close(self) -> None:
        await self.sender.stop()
        for service in reversed(self.services):
            await service.stop()
        await self.engine.dispose()
        if self.probe is not None:
            await self.probe.close()


def build_app(
    settings: Settings,
    *,
    now: Callable[[], datetime] = utc_now,
    channels: list[Channel] | None = None,
    policy: DeadlinePolicy | None = None,
    sender_options: dict[str, Any] | None = None,
    localizer: Localizer | None = None,
    key_ring: sealing.KeyRing | None = None,
) -> App:
    """The app over ``settings``; pass the ``localizer`` already built (the command line) to parse catalogs once."""
    key_ring = key_ring or load_key_ring(settings)
    policy = policy or deadline_policy(settings)  # the clocks and working days the settings configure
    timeouts = DatabaseTimeouts(
        connect=settings.database_connect_timeout,
        command=settings.database_command_timeout,
        pool=settings.database_pool_timeout,
    )
    engine = create_engine(settings.database_url, key_ring=key_ring, timeouts=timeouts)
    evidence = EvidenceStore(settings.evidence_dir, key_ring)
    evidence.secure_modes()  # files written before modes were enforced
    sessions = session_factory(engine)
    is_sqlite = make_url(settings.database_url).get_backend_name() == "sqlite"
    write_lock = asyncio.Lock() if is_sqlite else None
    localizer = localizer or Localizer(settings.locales_dir, settings.default_locale)
    renderer = Renderer(localizer, settings.zone)
    registry = ChannelRegistry()
    for channel in channels or []:
        registry.register(channel)
    sender = OutboxSender(
        sessions=sessions,
        channels=registry,
        render=renderer.outbox_row,
        clock=now,
        max_attempts=settings.outbox_max_attempts,
        write_lock=write_lock,
        holder=None if is_sqlite else partial(lease_holder, settings.database_url),
        # SQLite allows one `run` per database: a web row whose page is not open here has no holder elsewhere.
        **{"orphan_grace": timedelta(0) if is_sqlite else DEFAULT_ORPHAN_GRACE, **(sender_options or {})},
    )
    notifications = Notifications()
    publish = build_event_table(notifications)
    context = DialogContext(
        zone=settings.zone,
        policy=policy,
        notifier=notifications,
        publish=publish,
        default_locale=settings.default_locale,
        locales=tuple(localizer.locales),
        evidence_store=evidence,
        max_upload_bytes=settings.max_upload_bytes,
        case_max_files=settings.case_max_files,
        case_max_bytes=settings.case_max_bytes,
        dashboard_url=dashboard_base(settings),
        dashboard_link_minutes=settings.dashboard_link_minutes,
    )
    unit_of_work = partial(SqlUnitOfWork, sessions, now, write_lock)
    dialogs = DialogEngine(
        unit_of_work=unit_of_work,
        context=context,
        now=now,
        wake_sender=sender.notify,
    )
    app = App(
        settings=settings,
        engine=engine,
        sessions=sessions,
        localizer=localizer,
        renderer=renderer,
        channels=registry,
        sender=sender,
        dialogs=dialogs,
        notifications=notifications,
        publish=publish,
        now=now,
        write_lock=write_lock,
        unit_of_work=unit_of_work,
        key_ring=key_ring,
    )
    enable_metrics(app)  # only when the settings ask for them
    return app


def load_key_ring(settings: Settings) -> sealing.KeyRing:
    """The data key ring: ``WALKING_HOME_DATA_KEY`` if set, else the key file (created 0600 on first start)."""
    return sealing.load_key_ring(env_key=settings.data_key.get_secret_value(), key_file=settings.data_key_file)


# -- channels ------------------------------------------------------------------------------------

#: Every channel's factory, in start order: each returns the channel (a `bot.lifecycle.Component`)
#: or None when its settings leave it off. The HTTP server, when a channel added routes to it,
#: starts before all of them.
CHANNELS: dict[str, ChannelFactory] = {
    "web": web.from_settings,
    "telegram": telegram.from_settings,
    "matrix": matrix.from_settings,
    "wechat": wechat.from_settings,
}


def build_channels(app: App, table: Mapping[str, ChannelFactory] = CHANNELS) -> list[Component]:
    """The configured channels, in the table's order, behind the HTTP server if any of them serves routes."""
    settings = app.settings
    http = web.HttpServer(
        settings.web_host,
        settings.web_port,
        ws_max_size=web.ws_max_size(settings),
        access_log=settings.web_access_log,
    )
    deps = ChannelDeps(
        handle=app.handle,
        localizer=app.localizer,
        register=app.channels.register,
        http=http,
        on_connect=app.sender.release,
        on_forget=partial(forget_quiet_web_sessions, app),
        channel_state=ChannelStateStore(app.unit_of_work, app.now),
    )
    built = [
        lead_if_needed(app, name, channel, partial(factory, settings, deps))
        for name, factory in table.items()
        if (channel := factory(settings, deps)) is not None
    ]
    if settings.web_enabled and http.routes:  # the supervisors' figures page, beside the web chat (bot.dashboard)
        http.add(*dashboard_routes(app))
    if http.routes:  # `/ready` (and `/metrics` when enabled) on the same listener; `/health` is the web chat's
        http.add(*ops_routes(app, with_health=False))
    app.components = [http, *built] if http.routes else built
    return app.components


#: The channels that must run once per bot account (several processes on PostgreSQL): the account
#: their leadership lock is named after, or "" when this configuration needs no leader (Telegram
#: webhook mode: any process serves any update).
LEADERS: dict[str, Callable[[Settings], str]] = {
    "telegram": lambda s: telegram_account(s.telegram_token) if s.telegram_mode == "polling" else "",
    "matrix": lambda s: f"{s.matrix_homeserver.rstrip('/')}/{s.matrix_user}",
}


def lease_holder(database_url: str) -> LeaseHolder:
    """PostgreSQL: a lock this process's sender holds while it runs, under a name of its own (a new one
    each time: after a lost session the sender takes another); the other processes take over the rows
    leased under it once it is free (`storage.outbox_store.release_dead_leases`)."""
    from storage.advisory import AdvisoryLock

    return AdvisoryLock(database_url, f"outbox-holder:{secrets.token_hex(16)}")


def lead_if_needed(app: App, name: str, channel: Component, make: Callable[[], Component]) -> Component:
    """On PostgreSQL, a channel of `LEADERS` runs only in the process holding its account's advisory
    lock (`bot.leadership`); on SQLite (one ``run`` per database) every channel runs as built."""
    account = LEADERS[name](app.settings) if name in LEADERS else ""
    if not account or make_url(app.settings.database_url).get_backend_name() == "sqlite":
        return channel
    from storage.advisory import AdvisoryLock

    lock = AdvisoryLock(app.settings.database_url, leadership_key(name, account))
    return Leadership(channel, lock, make=make, on_stopped=app.channels.unregister)


async def forget_quiet_web_sessions(app: App, addresses: list[str]) -> None:
    """Delete the rows of web sessions that opened and did nothing (bot.web_housekeeping)."""
    from bot.web_housekeeping import forget_quiet_conversations

    async with app.unit_of_work() as uow:
        forgotten = await forget_quiet_conversations(uow, addresses)
        await uow.commit()
    if forgotten:
        logger.info("forgot %d web session(s) that never did anything", forgotten)
