"""The retention worker on the loop base: a run at start, a failing run logged by class and
retried after the backoff, the bot going on (a real SQLite database)."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from harness import Bot, start
from sqlalchemy import select

from bot.workers.retention import RetentionWorker
from storage.records import ConversationRecord

CONVERSATIONS = ConversationRecord.__table__


async def conversations(bot: Bot) -> int:
    async with bot.app.unit_of_work() as uow:
        return len((await uow.session.execute(select(CONVERSATIONS.c.address))).all())


async def until(condition, seconds: float = 5) -> None:
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110 - the worker's rounds have no event of their own
            await asyncio.sleep(0.01)


async def test_the_retention_worker_runs_at_start_and_erases_what_its_time_is_up_for(bot: Bot, clock) -> None:
    await start(bot.chat("web:quiet"))  # a conversation that then goes quiet
    clock.advance(timedelta(days=31))
    assert await conversations(bot) == 1
    worker = RetentionWorker(bot.app)

    await worker.start()
    try:
        await until(lambda: worker.last_success is not None)
    finally:
        await worker.stop()

    assert await conversations(bot) == 0
    assert worker.health().detail.startswith("stopped last-ok=")


async def test_a_failing_run_is_logged_by_its_class_and_tried_again_after_the_backoff(bot: Bot, caplog) -> None:
    async with bot.app.engine.begin() as connection:  # a real failure: the run's first query meets no table
        await connection.exec_driver_sql("ALTER TABLE conversations RENAME TO conversations_away")
    worker = RetentionWorker(bot.app)
    worker.error_backoff = 0.05

    with caplog.at_level(logging.ERROR, logger="bot.workers.base"):
        await worker.start()
        try:
            await until(lambda: worker.failures >= 2)
            failing = worker.health()
        finally:
            await worker.stop()

    error = "OperationalError" if bot.app.engine.dialect.name == "sqlite" else "ProgrammingError"  # the driver's
    assert (failing.ok, failing.detail) == (False, f"last-error={error}")
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.workers.base"]
    assert lines and all(f"retention: a round failed ({error})" in line for line in lines)
    assert not any("conversations" in line for line in lines), "no SQL in the log line"
