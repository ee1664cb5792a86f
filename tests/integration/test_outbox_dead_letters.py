"""Dead letters for operators: listed without her words or address, queued again only when they
can go out as they were, each requeue audited (SQLite and PostgreSQL); the command line in
its own process (``walking-home outbox dead`` / ``outbox retry``).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

import bot
from bot.channels.base import ChannelRegistry, DeliveryError
from bot.cli_commands import Printer
from bot.i18n import Localizer
from bot.messages import Outbound
from bot.outbox_command import _reason
from bot.settings import REPO_LOCALES, load_settings
from bot.workers.outbox import OutboxSender
from storage import outbox_store, sealing
from storage.engine import create_engine, session_factory
from storage.migrate import upgrade_async
from storage.outbox_store import ARGS_GONE, DROPPED, NOT_DEAD
from storage.records import AuditRecord, CaseRecord, OutboxRecord, ServiceRecord
from storage.uow import SqlUnitOfWork
from workflows.events import OutgoingNotice

OUTBOX = OutboxRecord.__table__
AUDIT = AuditRecord.__table__
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PROJECT = Path(bot.__file__).resolve().parent.parent
WORDS = Localizer(REPO_LOCALES, "en")


class Refusing:
    """A channel whose platform refuses chosen addresses for good (a blocked bot, a deleted account)."""

    scheme = "telegram"

    def __init__(self, *refused: str) -> None:
        self.refused = set(refused)
        self.delivered: list[Outbound] = []

    async def deliver(self, message: Outbound) -> None:
        if message.address in self.refused:
            raise DeliveryError("Forbidden: bot was blocked by the user", permanent=True)
        self.delivered.append(message)


async def a_case(engine: AsyncEngine, reference: str) -> int:
    async with engine.begin() as connection:
        if not (await connection.execute(select(ServiceRecord.__table__).where(ServiceRecord.code == "shelter"))).all():
            await connection.execute(insert(ServiceRecord.__table__).values(code="shelter", position=1))
        values = {"reference": reference, "state": "new", "service": "shelter", "region": "hailar", "language": "en"}
        times = {"created_at": NOW, "state_entered_at": NOW, "updated_at": NOW}
        result = await connection.execute(insert(CaseRecord.__table__).values(channel="telegram", **values, **times))
        return result.inserted_primary_key[0]


async def dead_letters_made(engine: AsyncEngine, now: datetime = NOW) -> dict[str, int]:
    """Rows given up the ways the bot gives them up: by the sender (with and without arguments),
    by her quick exit; and one still pending. Returns their ids by name."""
    case_id = await a_case(engine, "HL-7Q4K")
    notices = {
        "plain": OutgoingNotice("telegram:111222333", "notice-first-line"),
        "with-args": OutgoingNotice("telegram:444555666", "notice-first-line", args={"$flags": {"notice": True}}),
        "of-a-case": OutgoingNotice("telegram:777888999", "notice-first-line", case_id=case_id),
        "quick-exit": OutgoingNotice("telegram:123123123", "notice-first-line"),
        "pending": OutgoingNotice("telegram:999", "notice-first-line"),
    }
    async with SqlUnitOfWork(session_factory(engine), lambda: now) as uow:
        await uow.outbox.put_many(list(notices.values()))
        await uow.commit()
    async with engine.connect() as connection:
        ids = dict(zip(notices, sorted((await connection.execute(select(OUTBOX.c.id))).scalars()), strict=True))
    refused = {n.address for name, n in notices.items() if name in ("plain", "with-args", "of-a-case")}
    channels = ChannelRegistry()
    channels.register(Refusing(*refused))
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=channels,
        render=lambda row: Outbound(row.address, "x"),
        clock=lambda: now,
    )
    async with SqlUnitOfWork(session_factory(engine), lambda: now) as uow:
        await uow.outbox.cancel_pending("telegram:123123123", reason="quick exit")
        await uow.commit()
    async with engine.begin() as connection:  # not due yet: it stays pending
        await connection.execute(
            OUTBOX.update().where(OUTBOX.c.id == ids["pending"]).values(not_before=now + timedelta(days=1))
        )
    await sender.run_once(now)
    return ids


async def test_dead_letters_are_listed_without_her_address_or_words_and_say_which_can_go_again(engine) -> None:
    ids = await dead_letters_made(engine)

    async with session_factory(engine)() as session:
        letters = {letter.id: letter for letter in await outbox_store.dead_letters(session)}

    assert set(letters) == {ids["plain"], ids["with-args"], ids["of-a-case"], ids["quick-exit"]}
    plain = letters[ids["plain"]]
    assert (plain.scheme, plain.message_id, plain.attempts, plain.at) == ("telegram", "notice-first-line", 1, NOW)
    assert plain.reason == "Forbidden: bot was blocked by the user" and plain.refusal is None
    assert plain.reference is None and len(plain.recipient) == 10
    assert "111222333" not in repr(plain), "never her address"
    ring = sealing.default_ring()
    assert plain.recipient == outbox_store.recipient_tag(ring, "telegram:111222333"), "the same address, the same tag"
    assert letters[ids["with-args"]].refusal == ARGS_GONE, "its flags were cleared with its arguments"
    assert letters[ids["of-a-case"]].reference == "HL-7Q4K"
    assert letters[ids["quick-exit"]].refusal == DROPPED


async def test_retry_requeues_a_dead_letter_that_can_go_as_it_was_audits_it_and_the_sender_delivers_it(engine) -> None:
    ids = await dead_letters_made(engine)
    later = NOW + timedelta(hours=2)

    async with session_factory(engine)() as session:
        outcomes = {
            name: await outbox_store.requeue(session, ids[name], now=later, by="amina")
            for name in ("plain", "with-args", "quick-exit", "pending")
        }
        unknown = await outbox_store.requeue(session, 99999, now=later, by="amina")
        await session.commit()

    assert outcomes["plain"].done
    assert (outcomes["with-args"].refusal, outcomes["quick-exit"].refusal) == (ARGS_GONE, DROPPED)
    assert (outcomes["pending"].refusal, outcomes["pending"].status) == (NOT_DEAD, "pending")
    assert not unknown.found
    async with engine.connect() as connection:
        rows = {r.id: r for r in await connection.execute(select(OUTBOX))}
        audit = (await connection.execute(select(AUDIT.c.action, AUDIT.c.outcome, AUDIT.c.at))).all()
    again = rows[ids["plain"]]
    assert (again.status, again.attempts, again.not_before, again.last_error) == ("pending", 0, later, "")
    assert rows[ids["with-args"]].status == "dead" and rows[ids["quick-exit"]].status == "dead", "refused: unchanged"
    assert audit == [("outbox_retry", f"#{ids['plain']} by amina", later)]

    channel = Refusing()  # the block was lifted
    channels = ChannelRegistry()
    channels.register(channel)
    sender = OutboxSender(
        sessions=session_factory(engine),
        channels=channels,
        render=lambda row: Outbound(row.address, "x"),
        clock=lambda: later,
    )
    await sender.run_once(later)
    assert [m.outbox_id for m in channel.delivered] == [ids["plain"]]


async def test_her_quick_exit_after_a_message_died_means_it_is_never_sent_again(engine) -> None:
    ids = await dead_letters_made(engine)

    async with SqlUnitOfWork(session_factory(engine), lambda: NOW) as uow:
        dropped = await uow.outbox.cancel_pending("telegram:111222333", reason="quick exit")  # the "plain" one's
        await uow.commit()
    async with session_factory(engine)() as session:
        letters = {letter.id: letter for letter in await outbox_store.dead_letters(session)}
        refused = await outbox_store.requeue(session, ids["plain"], now=NOW, by="amina")
        await session.commit()

    assert dropped == 0, "nothing was waiting for her"
    assert letters[ids["plain"]].refusal == DROPPED and refused.refusal == DROPPED
    assert letters[ids["of-a-case"]].refusal is None, "other women's dead letters are untouched"


async def test_retry_all_requeues_only_what_can_go_as_it_was(engine) -> None:
    ids = await dead_letters_made(engine)

    async with session_factory(engine)() as session:
        retryable = await outbox_store.retryable_dead_ids(session)

    assert retryable == [ids["plain"], ids["of-a-case"]]


# -- the command line, in its own process ---------------------------------------------------------


def cli_environment(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    return env | {
        "WALKING_HOME_DATA_DIR": str(data_dir),
        "WALKING_HOME_DATABASE_URL": f"sqlite+aiosqlite:///{data_dir}/var/walking-home.db",
        "WALKING_HOME_DEFAULT_LOCALE": "en",
        "WALKING_HOME_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(PROJECT),
    }


def walking_home(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=data_dir,
        env=cli_environment(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in [k for k in os.environ if k.startswith("WALKING_HOME_")]:
        monkeypatch.delenv(name)
    for name, value in cli_environment(tmp_path).items():
        if name.startswith("WALKING_HOME_"):
            monkeypatch.setenv(name, value)
    return tmp_path


async def dead_letters_in_the_settings_database() -> dict[str, int]:
    from bot.bootstrap import load_key_ring

    settings = load_settings()
    await upgrade_async(settings.database_url)
    engine = create_engine(settings.database_url, key_ring=load_key_ring(settings))
    try:
        return await dead_letters_made(engine)
    finally:
        await engine.dispose()


def test_outbox_dead_and_retry_from_the_command_line(data_dir: Path) -> None:
    assert walking_home(data_dir, "outbox", "dead").stdout.strip() == WORDS.format("en", "cli-outbox-dead-none")
    ids = asyncio.run(dead_letters_in_the_settings_database())

    listed = walking_home(data_dir, "outbox", "dead")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert lines[0] == WORDS.format("en", "cli-outbox-dead-count", count=4)
    plain = next(line for line in lines if line.startswith(f"#{ids['plain']} "))
    assert "telegram" in plain and WORDS.format("en", "cli-outbox-can-retry") in plain
    assert "bot was blocked by the user" in plain
    case_line = next(line for line in lines if line.startswith(f"#{ids['of-a-case']} "))
    assert WORDS.format("en", "cli-outbox-recipient-case", reference="HL-7Q4K") in case_line
    assert WORDS.format("en", "cli-outbox-args-cleared") in next(
        line for line in lines if line.startswith(f"#{ids['with-args']} ")
    )
    quick = next(line for line in lines if line.startswith(f"#{ids['quick-exit']} "))
    assert WORDS.format("en", "cli-outbox-dropped-quick-exit") in quick
    assert not any(number in listed.stdout for number in ("111222333", "444555666", "777888999", "123123123"))

    retried = walking_home(data_dir, "outbox", "retry", str(ids["plain"]))
    assert retried.returncode == 0, retried.stderr
    assert retried.stdout.strip() == WORDS.format("en", "cli-outbox-retried", id=ids["plain"])

    refused = walking_home(data_dir, "outbox", "retry", str(ids["with-args"]), str(ids["pending"]), "4242")
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        WORDS.format("en", "cli-outbox-cannot-rerender", id=ids["with-args"]),
        WORDS.format(
            "en", "cli-outbox-not-dead", id=ids["pending"], status=WORDS.format("en", "cli-outbox-status-pending")
        ),
        "There is no outbox message #4242.",  # an id to copy: no grouping (was #4,242)
    ]

    everything = walking_home(data_dir, "outbox", "retry", "--all")
    assert everything.returncode == 0, everything.stderr
    assert everything.stdout.strip() == WORDS.format("en", "cli-outbox-retried-all", count=1, refused=2)
    nothing = walking_home(data_dir, "outbox", "retry")
    assert nothing.returncode == 2 and nothing.stderr.strip() == WORDS.format("en", "cli-outbox-retry-nothing")

    after = walking_home(data_dir, "outbox", "dead")
    assert f"#{ids['plain']} " not in after.stdout and f"#{ids['of-a-case']} " not in after.stdout
    assert after.stdout.strip().splitlines()[0] == WORDS.format("en", "cli-outbox-dead-count", count=2)


@pytest.mark.parametrize("lang", ["zh-Hans-CN", "mn-Mong-CN", "ru"])
def test_why_a_row_was_given_up_is_said_in_the_operators_language(lang: str) -> None:
    """The kind of failure in her catalog's words; the column and error class stay as they are."""
    say = Printer(WORDS, lang)
    unreadable = _reason(SimpleNamespace(reason="unreadable: args (JSONDecodeError)"), say)
    unrenderable = _reason(SimpleNamespace(reason="not renderable: missing message"), say)
    assert unreadable == f"{WORDS.format(lang, 'cli-outbox-reason-unreadable')} (args (JSONDecodeError))"
    assert unrenderable.startswith(WORDS.format(lang, "cli-outbox-reason-not-renderable"))
    assert "unreadable" not in unreadable and "renderable" not in unrenderable
