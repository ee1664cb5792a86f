"""Test harness: a whole bot with a recording channel instead of a network.

`Chat` sends neutral inbound messages through the real dialog engine and returns
what was delivered, rendered by the real catalogs and renderer. ``make_bot`` builds the
bot on a real SQLite file (``store="sqlite"``, the default: the app of `bot.bootstrap`, its
outbox sender and sealing) or on the in-memory unit of work (``store="fake"``: the same
dialog engine, context and renderer over `tests.fakes.FakeUnitOfWork`, with `FakeSender`
delivering the fake's outbox) for tests of conversation logic that need no database.
"""

from __future__ import annotations

import inspect
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.bootstrap import App, build_app, load_key_ring
from bot.channels.base import ChannelRegistry
from bot.dialogs.engine import DialogEngine
from bot.dialogs.reporter import INTAKE_STEPS
from bot.dialogs.turn import DialogContext
from bot.evidence import EvidenceStore
from bot.handlers import build_event_table
from bot.i18n import Localizer
from bot.messages import Attachment, Inbound, Outbound
from bot.notifications import Notifications
from bot.rendering import Renderer
from bot.settings import Settings, load_settings
from storage import seed
from storage.migrate import upgrade_async
from storage.outbox_store import OutboxRow, priority_of
from storage.people import person_for_address, set_locale, staff_actor
from storage.staff import create_invite, redeem_invite
from tests.fakes import FakeDatabase, FakeUnitOfWork
from workflows.case import Actor, Case
from workflows.deadlines import DEFAULT_POLICY
from workflows.publishing import EventTable
from workflows.services import apply_trigger
from workflows.vocabulary import Trigger


class RecordingChannel:
    """Captures every delivered message, per address, for a given URN scheme."""

    def __init__(self, scheme: str = "web") -> None:
        self.scheme = scheme
        self.delivered: list[Outbound] = []

    async def deliver(self, message: Outbound) -> None:
        self.delivered.append(message)

    def to(self, address: str) -> list[Outbound]:
        return [m for m in self.delivered if m.address == address]


class Clock:
    """A settable clock: tests move time instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


class Chat:
    """One person in one conversation."""

    _ids = itertools.count(1)

    def __init__(self, bot: Bot, address: str) -> None:
        self.bot = bot
        self.address = address

    async def send(
        self,
        text: str = "",
        *,
        action: str = "",
        attachments: tuple[Attachment, ...] = (),
        update_id: str | None = None,
        unsupported: str = "",
        hint: str = "",
    ) -> list[Outbound]:
        inbound = Inbound(
            address=self.address,
            update_id=update_id or f"u{next(self._ids)}",
            text=text,
            action=action,
            attachments=attachments,
            unsupported=unsupported,
            locale_hint=hint,
        )
        return await self.bot.exchange(self.address, inbound)

    async def press(self, action: str) -> list[Outbound]:
        return await self.send(action=action)


class FakeSender:
    """Delivers the fake database's due outbox rows, urgent first then in order, through the
    registered channels and the app's renderer (what `bot.workers.outbox.OutboxSender` does
    with the SQL outbox, without leases, retries or lanes)."""

    def __init__(
        self, db: FakeDatabase, channels: ChannelRegistry, render: Callable[[Any], Outbound], clock: Clock
    ) -> None:
        self.db = db
        self.channels = channels
        self._render = render
        self.clock = clock

    async def run_once(self, now: datetime | None = None) -> int:
        moment = now or self.clock()
        async with FakeUnitOfWork(self.db, now=lambda: moment) as uow:
            due = sorted(
                (
                    (index, row)
                    for index, row in enumerate(self.db.outbox)
                    if row.status == "pending" and row.not_before <= moment and row.scheme in self.channels
                ),
                key=lambda item: (-int(item[1].notice.urgent), item[1].id),
            )
            for index, row in due:
                self.db.outbox[index] = replace(row, status="sent", sent_at=moment, attempts=row.attempts + 1)
            await uow.commit()
        for _, row in due:
            channel = self.channels.for_address(row.address)
            message = self._render(outbox_row(row))
            if inspect.isawaitable(message):  # a row with charts draws them (bot.rendering)
                message = await message
            await channel.deliver(message)
        return len(due)

    def notify(self) -> None:
        pass

    async def stop(self) -> None:
        pass


def outbox_row(row: Any) -> OutboxRow:
    """A fake outbox row as the sender claims it from the SQL outbox (buttons come back from JSON)."""
    notice = row.notice
    buttons = json.loads(json.dumps(notice.buttons))
    return OutboxRow(
        id=row.id,
        address=notice.address,
        message_id=notice.message_id,
        args=dict(notice.args or {}),
        locale=notice.locale,
        buttons=tuple(tuple(tuple(button) for button in line) for line in buttons),
        case_id=notice.case_id,
        attempts=row.attempts,
        created_at=row.created_at,
        priority=priority_of(urgent=notice.urgent, background=notice.background),
    )


@dataclass
class FakeApp:
    """The parts of `bot.bootstrap.App` a dialog test uses, over an in-memory database."""

    settings: Settings
    db: FakeDatabase
    localizer: Localizer
    renderer: Renderer
    channels: ChannelRegistry
    sender: FakeSender
    dialogs: DialogEngine
    notifications: Notifications
    publish: EventTable
    now: Callable[[], datetime]
    unit_of_work: Callable[[], FakeUnitOfWork]
    services: list[Any] = field(default_factory=list)

    async def close(self) -> None:
        await self.sender.stop()


def build_fake_app(settings: Settings, db: FakeDatabase, *, now: Clock, channels: list[Any]) -> FakeApp:
    """The dialog engine wired as `bot.bootstrap.build_app` wires it, over ``db`` instead of SQL."""
    key_ring = load_key_ring(settings)
    localizer = Localizer(settings.locales_dir, settings.default_locale)
    renderer = Renderer(localizer, settings.zone)
    registry = ChannelRegistry()
    for channel in channels:
        registry.register(channel)
    sender = FakeSender(db, registry, renderer.outbox_row, now)
    notifications = Notifications()
    publish = build_event_table(notifications)
    context = DialogContext(
        zone=settings.zone,
        policy=DEFAULT_POLICY,
        notifier=notifications,
        publish=publish,
        default_locale=settings.default_locale,
        locales=tuple(localizer.locales),
        evidence_store=EvidenceStore(settings.evidence_dir, key_ring),
        max_upload_bytes=settings.max_upload_bytes,
        case_max_files=settings.case_max_files,
        case_max_bytes=settings.case_max_bytes,
    )

    def unit_of_work() -> FakeUnitOfWork:
        return FakeUnitOfWork(db, now=now)

    dialogs = DialogEngine(unit_of_work=unit_of_work, context=context, now=now, wake_sender=sender.notify)
    return FakeApp(
        settings=settings,
        db=db,
        localizer=localizer,
        renderer=renderer,
        channels=registry,
        sender=sender,
        dialogs=dialogs,
        notifications=notifications,
        publish=publish,
        now=now,
        unit_of_work=unit_of_work,
    )


class Bot:
    def __init__(self, app: App | FakeApp, channel: RecordingChannel, clock: Clock) -> None:
        self.app = app
        self.channel = channel
        self.clock = clock

    @property
    def store(self) -> str:
        """``fake`` (in memory) or ``sql`` (a real database)."""
        return "fake" if isinstance(self.app, FakeApp) else "sql"

    def chat(self, address: str) -> Chat:
        return Chat(self, address)

    async def exchange(self, address: str, inbound: Inbound) -> list[Outbound]:
        before = len(self.channel.delivered)
        await self.app.dialogs.handle(inbound)
        await self.app.sender.run_once(self.clock())
        return [m for m in self.channel.delivered[before:] if m.address == address]

    async def deliver_pending(self) -> None:
        while await self.app.sender.run_once(self.clock()):
            pass

    async def restart(self) -> None:
        """Stop this bot and build a new one on the same database (as after a crash or deploy)."""
        settings = self.app.settings
        await self.app.close()
        if isinstance(self.app, FakeApp):
            self.app = build_fake_app(settings, self.app.db, now=self.clock, channels=[self.channel])
        else:
            self.app = build_app(settings, now=self.clock, channels=[self.channel])

    async def conversation(self, address: str) -> tuple[str, dict[str, Any]]:
        """The stored dialog step and data of ``address`` (("", {}) when there is none)."""
        async with self.app.unit_of_work() as uow:
            return await uow.conversations.load(address) or ("", {})

    async def case(self, reference: str) -> Case:
        async with self.app.unit_of_work() as uow:
            case = await uow.cases.get(reference)
        assert case is not None, reference
        return case

    async def cases_of(self, address: str) -> list[Case]:
        """Every case reported by the person behind ``address``, oldest first."""
        from storage.queries import cases_of_reporter

        if isinstance(self.app, FakeApp):
            person_id = self.app.db.person_at(address)
            async with self.app.unit_of_work() as uow:
                found = [] if person_id is None else await uow.reporter_views.cases_of_reporter(person_id)
            return list(reversed(found))
        async with self.app.unit_of_work() as uow:
            person = await person_for_address(uow.session, address, self.clock())
            found = await cases_of_reporter(uow.session, person.id)
            await uow.commit()
        return list(reversed(found))

    async def history(self, reference: str) -> tuple[Case, list, list]:
        """(case, events, entries) of one case."""
        async with self.app.unit_of_work() as uow:
            case = await uow.cases.get(reference)
            assert case is not None, reference
            events = list(await uow.events.for_case(case.id))
            entries = list(await uow.entries.for_case(case.id))
        return case, events, entries

    async def add_staff(
        self,
        address: str,
        *,
        roles: tuple[str, ...] = ("operator",),
        regions: tuple[str, ...] = ("hailar",),
        locale: str = "en",
        name: str = "Staff",
    ) -> Actor:
        """A staff member who joined with an invitation code and has a chat identity at ``address``."""
        if isinstance(self.app, FakeApp):
            return await self._add_fake_staff(address, roles=roles, regions=regions, locale=locale, name=name)
        async with self.app.unit_of_work() as uow:
            now = self.clock()
            person = await person_for_address(uow.session, address, now)
            await set_locale(uow.session, person.id, locale)
            code = await create_invite(
                uow.session,
                roles=list(roles),
                regions=list(regions),
                service_point_id=None,
                now=now,
                valid_for=timedelta(days=1),
            )
            await redeem_invite(uow.session, code, person_id=person.id, now=now, name=name)
            actor = await staff_actor(uow.session, person.id)
            await uow.commit()
        assert actor is not None
        return actor

    async def _add_fake_staff(
        self, address: str, *, roles: tuple[str, ...], regions: tuple[str, ...], locale: str, name: str
    ) -> Actor:
        db = self.app.db
        async with self.app.unit_of_work() as uow:
            now = self.clock()
            person_id = db.person_at(address) or db.add_person(address, now=now)
            await uow.people.set_locale(person_id, locale)
            code = db.create_invite(
                roles=list(roles), regions=list(regions), service_point_id=None, now=now, valid_for=timedelta(days=1)
            )
            await uow.staff.redeem_invite(code, person_id=person_id, now=now, name=name)
            actor = await uow.people.staff_actor(person_id)
            await uow.commit()
        assert actor is not None
        return actor

    async def fire(self, reference: str, trigger: Trigger, actor: Actor, **data: Any) -> None:
        """A staff action on a case, through the same service the staff dialogs use."""
        context = self.app.dialogs.context
        await apply_trigger(
            self.app.unit_of_work(),
            reference=reference,
            trigger=trigger,
            actor=actor,
            now=self.clock(),
            tz=context.zone,
            data=data,
            policy=context.policy,
            publish=context.publish,
        )
        await self.deliver_pending()

    async def close_case(self, reference: str) -> None:
        """Take a case through accept → dispatch → take → close as the staff who may do each."""
        supervisor = await self.add_staff(f"web:closer-{reference}", roles=("operator", "supervisor"), regions=("all",))
        mediator = await self.add_staff(f"web:mediator-{reference}", roles=("mediator",), regions=("all",))
        await self.fire(reference, Trigger.ACCEPT, supervisor)
        await self.fire(reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
        await self.fire(reference, Trigger.TAKE, mediator)
        await self.fire(reference, Trigger.CLOSE, supervisor, closure_code="resolved")


async def make_bot(
    tmp_path: Path, clock: Clock, locale: str = "en", *, url: str = "", store: str = "sqlite", **settings: Any
) -> Bot:
    """A whole bot on ``url`` (a SQLite file under ``tmp_path`` when none), migrated and seeded;
    ``settings`` override the test defaults (e.g. ``data_key_file``).

    ``store="fake"``: the same dialogs on the in-memory unit of work instead (no database;
    the demo service points are seeded into it).
    """
    url = url or f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    defaults = {"default_locale": "zh-Hans-CN", "evidence_dir": tmp_path / "evidence", "max_upload_mb": 1}
    settings = load_settings(database_url=url, **(defaults | settings))
    channel = RecordingChannel("web")
    if store == "fake":
        db = FakeDatabase()
        db.seed_demo_points()
        return Bot(build_fake_app(settings, db, now=clock, channels=[channel]), channel, clock)
    if store not in ("sqlite", "postgres"):
        raise ValueError(f"unknown store {store!r}")
    if store == "postgres" and not url.startswith("postgresql"):
        raise ValueError("store='postgres' needs the URL of a PostgreSQL database (the postgres_url fixture)")
    await upgrade_async(url)
    app = build_app(settings, now=clock, channels=[channel])
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await seed.seed_demo_points(uow.session)
        await uow.commit()
    return Bot(app, channel, clock)


def texts(messages: list[Outbound]) -> str:
    return "\n".join(m.text for m in messages)


def actions(messages: list[Outbound]) -> list[str]:
    return [b.action for m in messages for row in m.buttons for b in row]


REFERENCE = re.compile(r"HLB-[0-9]{4}-[0-9]{6}")
PIN = re.compile(r"(?<![0-9-])[0-9]{6}(?![0-9])")


def receipt_of(messages: list[Outbound]) -> tuple[str, str]:
    """(reference, PIN) as the receipt told her."""
    text = texts(messages)
    reference = REFERENCE.search(text)
    pins = PIN.findall(text)
    assert reference is not None and len(pins) == 1, text
    return reference.group(0), pins[0]


async def start(chat: Chat, locale: str = "en") -> list[Outbound]:
    """First contact: greeting, language, "yes, it is safe"; ends at the menu."""
    await chat.send("/start")  # what the web page sends when a session opens
    await chat.press(f"lang:{locale}")
    return await chat.press("safe:yes")


#: The intake steps in order (the dialog's own list, so the two cannot drift apart).
INTAKE_ORDER = INTAKE_STEPS


async def walk_to(
    chat: Chat,
    step: str,
    *,
    service: str = "rights",
    region: str = "hailar",
    words: str = "My husband shouts and pushes me.",
    involved: str = "none",
    contact: str = "this_chat",
    phone: str = "13800000000 after 8 pm",
    name: str = "",
    locale: str = "en",
) -> list[Outbound]:
    """From wherever she is, start a new request and answer until ``step`` is asked; return that ask."""
    stored, _ = await chat.bot.conversation(chat.address)
    if not stored:
        await start(chat, locale)
    if step == "menu":
        return await chat.send("/start")
    answers: list[tuple[str, dict[str, Any]]] = [
        ("service", {"text": "/new"}),
        ("region", {"action": f"svc:{service}"}),
        ("describe", {"action": f"reg:{region}"}),
    ]
    if words:
        answers.append(("", {"text": words}))
    answers.append(("involved", {"action": "continue"}))
    answers.append(("contact", {"action": f"inv:{involved}"}))
    if contact == "phone_callback" or step == "contact_phone":
        answers += [("contact_phone", {"action": "contact:phone_callback"}), ("identity", {"text": phone})]
    else:
        answers.append(("identity", {"action": f"contact:{contact}"}))
    if name or step == "name":
        answers += [("name", {"action": "id:named"}), ("consent", {"text": name or "Sarnai"})]
    else:
        answers.append(("consent", {"action": "id:anonymous"}))
    answers.append(("review", {"action": "consent:yes"}))
    for reached, kwargs in answers:
        out = await chat.send(**kwargs)
        if reached == step:
            return out
    raise AssertionError(f"no step {step!r} in the intake")


async def file_case(chat: Chat, **answers: Any) -> tuple[str, str]:
    """Walk the whole intake, confirm, and return (reference, PIN) from the receipt."""
    await walk_to(chat, "review", **answers)
    return receipt_of(await chat.press("confirm"))


async def quick_exit(chat: Chat) -> None:
    """Press quick exit and check that only the neutral line came back."""
    out = await chat.press("exit")
    assert [m.text for m in out] == ["Thank you, goodbye."]
