"""`DialogEngine.handle` returns only once an update is durable, and says so when it is not.

A turn that raises is recorded as failed (the update id, so a repeat is ignored, and the error
type in the audit log, never her words) and she gets an apology; when not even that can be
committed (the database is gone), `handle` raises `NotRecorded` so the channel does not
acknowledge the update and the platform sends it again.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path

import pytest
from harness import Bot
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from bot.messages import Inbound, NotRecorded
from storage import sqlite_inline
from storage.engine import create_engine, session_factory
from storage.records import AuditRecord, OutboxRecord
from storage.uow import SqlUnitOfWork

AUDIT = AuditRecord.__table__
OUTBOX = OutboxRecord.__table__
HER = "web:her"
WORDS = "my husband took my passport"


async def test_a_failed_turn_is_recorded_once_with_its_error_type_and_a_repeat_is_ignored(
    bot: Bot, monkeypatch
) -> None:
    async def broken(turn) -> bool:
        raise RuntimeError(WORDS)  # a dialog bug whose message even carries her words

    monkeypatch.setattr(bot.app.dialogs.staff, "handle", broken)
    inbound = Inbound(address=HER, update_id="u1", text=WORDS)
    await bot.app.dialogs.handle(inbound)
    await bot.app.dialogs.handle(inbound)  # the platform sends it again

    async with bot.app.unit_of_work() as uow:
        audit = (await uow.session.execute(select(AUDIT.c.action, AUDIT.c.outcome))).all()
        apologies = await uow.session.scalar(
            select(func.count()).select_from(OUTBOX).where(OUTBOX.c.message_id.like("error-internal%"))
        )
    assert [tuple(row) for row in audit] == [("inbound:web", "failed:RuntimeError")]
    assert apologies == 1
    assert WORDS not in repr(audit)


async def test_nothing_committed_raises_not_recorded(bot: Bot, tmp_path: Path) -> None:
    gone = tmp_path / "no-such-folder" / "x" / "bot.sqlite3"
    engine = create_engine(f"sqlite+aiosqlite:///{gone}")
    gone.parent.chmod(0o500)  # the folder exists but nothing can be created in it: every write fails
    try:
        bot.app.dialogs.unit_of_work = partial(SqlUnitOfWork, session_factory(engine), bot.app.dialogs.now)
        with pytest.raises(NotRecorded) as raised:
            await bot.app.dialogs.handle(Inbound(address=HER, update_id="u2", text=WORDS))
        assert WORDS not in str(raised.value)
    finally:
        gone.parent.chmod(0o700)
        await engine.dispose()


async def test_a_commit_the_database_refuses_is_not_recorded_and_the_repeat_is_taken(bot: Bot, store: str) -> None:
    """The connection dies just before COMMIT: nothing of the turn happened, so no failure is recorded
    and no apology queued; the channel must not acknowledge, and the repeat is handled normally."""
    if store != "postgres":
        pytest.skip("the server ends the turn's connection: PostgreSQL")
    killer = create_engine(bot.app.settings.database_url)
    make = bot.app.dialogs.unit_of_work

    def dying_unit_of_work():  # the turn's; what comes after it (an apology) would get a sound one
        bot.app.dialogs.unit_of_work = make
        uow = make()
        commit = uow.commit

        async def commit_after_the_server_ends_the_session() -> None:
            pid = await uow.session.scalar(text("SELECT pg_backend_pid()"))
            async with killer.connect() as connection:
                await connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            await commit()

        uow.commit = commit_after_the_server_ends_the_session
        return uow

    inbound = Inbound(address=HER, update_id="u3", text="/start")
    try:
        bot.app.dialogs.unit_of_work = dying_unit_of_work
        with pytest.raises(NotRecorded):
            await bot.app.dialogs.handle(inbound)
    finally:
        bot.app.dialogs.unit_of_work = make
        await killer.dispose()
    async with bot.app.unit_of_work() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(AUDIT)) == 0
        assert await uow.session.scalar(select(func.count()).select_from(OUTBOX)) == 0

    await bot.app.dialogs.handle(inbound)  # the platform sends it again
    async with bot.app.unit_of_work() as uow:
        replies = await uow.session.scalar(select(func.count()).select_from(OUTBOX))
        failures = await uow.session.scalar(select(func.count()).select_from(AUDIT))
    assert replies > 0 and failures == 0


async def test_a_lock_another_process_holds_too_long_is_not_recorded_and_nothing_is_apologised(
    bot: Bot, store: str, monkeypatch
) -> None:
    """Another process (a command-line run, a backup) holds SQLite's write lock past the wait: her
    message is not acknowledged (no failure recorded, no apology, her words not dropped); it is
    taken as new when it comes again."""
    if store != "sqlite":
        pytest.skip("SQLite's write lock")
    monkeypatch.setattr(sqlite_inline, "BUSY_SECONDS", 0.3)
    await bot.app.engine.dispose()  # connections read the wait when they open
    other_process = sqlite3.connect(make_url(bot.app.settings.database_url).database, isolation_level=None)
    inbound = Inbound(address=HER, update_id="u4", text="/start")
    apologise = bot.app.dialogs._apologise

    async def lock_gone_by_then(*args) -> None:  # were she apologised to, the lock would be gone by then
        if other_process.in_transaction:
            other_process.execute("ROLLBACK")
        await apologise(*args)

    monkeypatch.setattr(bot.app.dialogs, "_apologise", lock_gone_by_then)
    other_process.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(NotRecorded):
            await bot.app.dialogs.handle(inbound)
    finally:
        if other_process.in_transaction:
            other_process.execute("ROLLBACK")
        other_process.close()
    async with bot.app.unit_of_work() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(AUDIT)) == 0
        assert await uow.session.scalar(select(func.count()).select_from(OUTBOX)) == 0

    await bot.app.dialogs.handle(inbound)  # sent again
    async with bot.app.unit_of_work() as uow:
        assert await uow.session.scalar(select(func.count()).select_from(OUTBOX)) > 0
