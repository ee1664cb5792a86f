"""`DialogEngine.handle` returns only once an update is durable, and says so when it is not.

A turn that raises is recorded as failed (the update id, so a repeat is ignored, and the error
type in the audit log, never her words) and she gets an apology; when not even that can be
committed (the database is gone), `handle` raises `NotRecorded` so the channel does not
acknowledge the update and the platform sends it again.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from harness import Bot
from sqlalchemy import func, select

from bot.messages import Inbound, NotRecorded
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
