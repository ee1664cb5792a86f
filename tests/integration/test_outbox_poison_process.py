"""A running bot, a corrupt outbox row and women still talking to it (real processes).

``walking-home run`` on SQLite polls the project's Bot API fake over HTTP. The outbox holds
good rows for six chats and, among them, one row whose ``args`` a raw SQL statement made
bad JSON; other women keep writing, so every committed turn wakes the sender (before the
fix, each wake-up was another failed claim and another log line: about 60 a second). Every
good row reaches Telegram, the bad one is dead-lettered after its three tries, and the
bot's log names it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text

from storage import sealing
from storage.engine import create_engine, session_factory
from storage.records import OutboxRecord
from storage.uow import SqlUnitOfWork
from tests.multiprocess.processes import Process, shared_settings
from workflows.events import OutgoingNotice

sys.path.insert(0, str(Path(__file__).parents[1] / "telegram"))
from fake_bot_api import FakeBotApi  # noqa: E402

OUTBOX = OutboxRecord.__table__
CHATS = [5100 + n for n in range(6)]
TALKING = [6100 + n for n in range(3)]


async def queue_rows_with_one_corrupt(database_url: str, key_file: Path) -> tuple[list[int], int]:
    """Three notices for each chat, and for the first chat one more in the middle whose args are bad JSON."""
    engine = create_engine(database_url, key_ring=sealing.load_key_ring(key_file=key_file, create=False))
    now = datetime.now(UTC)
    try:

        async def put(*notices: OutgoingNotice) -> None:
            async with SqlUnitOfWork(session_factory(engine), lambda: now) as uow:
                await uow.outbox.put_many(list(notices))
                await uow.commit()

        await put(*(OutgoingNotice(f"telegram:{chat}", "notice-first-line", args={"n": 1}) for chat in CHATS))
        await put(OutgoingNotice(f"telegram:{CHATS[0]}", "notice-first-line", args={"n": 2}))
        async with engine.begin() as connection:
            victim = (await connection.execute(select(OUTBOX.c.id).order_by(OUTBOX.c.id.desc()).limit(1))).scalar_one()
            await connection.execute(text("UPDATE outbox SET args = '{bad json' WHERE id = :id"), {"id": victim})
        await put(
            *(OutgoingNotice(f"telegram:{chat}", "notice-first-line", args={"n": n}) for n in (3, 4) for chat in CHATS)
        )
        async with engine.connect() as connection:
            ids = list((await connection.execute(select(OUTBOX.c.id).where(OUTBOX.c.id != victim))).scalars())
        return ids, victim
    finally:
        await engine.dispose()


async def status_of(database_url: str, key_file: Path, outbox_id: int) -> tuple[str, int]:
    engine = create_engine(database_url, key_ring=sealing.load_key_ring(key_file=key_file, create=False))
    try:
        async with engine.connect() as connection:
            columns = (OUTBOX.c.status, OUTBOX.c.attempts)
            return tuple((await connection.execute(select(*columns).where(OUTBOX.c.id == outbox_id))).one())
    finally:
        await engine.dispose()


async def test_a_running_bot_delivers_around_a_corrupt_row_and_logs_it_once(tmp_path: Path, sqlite_url: str) -> None:
    fake = FakeBotApi()
    await fake.start()
    settings = shared_settings(tmp_path, sqlite_url, telegram_token=fake.token, telegram_api_url=fake.api_url)
    process = Process.configure(tmp_path / "bot", settings)
    key_file = tmp_path / "data-key"
    talking: asyncio.Task | None = None
    try:
        process.cli("seed")  # the key file exists from here on
        good, victim = await queue_rows_with_one_corrupt(sqlite_url, key_file)
        await process.start()
        began = time.monotonic()

        async def women_keep_writing() -> None:
            for n in itertools.count():
                await fake.user_message(TALKING[n % len(TALKING)], "/start")
                await asyncio.sleep(0.05)

        talking = asyncio.create_task(women_keep_writing())

        def notices_sent() -> int:
            return sum(len(fake.of("sendMessage", chat)) for chat in CHATS)

        await fake.until(lambda: notices_sent() >= len(good), seconds=30)
        delivered_after = time.monotonic() - began
        deadline = time.monotonic() + 40  # three tries: now, after 5 s, after 10 s more
        while (state := await status_of(sqlite_url, key_file, victim))[0] != "dead":
            assert time.monotonic() < deadline, f"the corrupt row is still {state}"
            await asyncio.sleep(0.5)
        await asyncio.sleep(2)  # anything more it would log shows now
        turns = len(fake.of("sendMessage")) - notices_sent()
    finally:
        if talking is not None:
            talking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await talking
        process.stop()
        await fake.stop()

    assert notices_sent() == len(good), "every good row once"
    assert state == ("dead", 3)
    assert turns > 0, "the women talking were answered meanwhile"
    log = process.log()
    about_it = [line for line in log.splitlines() if f"outbox {victim} " in line]
    assert len(about_it) == 1 and "dead-lettered after 3 attempt(s)" in about_it[0], about_it
    assert "a round failed" not in log
    print(
        f"\n{len(good)} good rows sent within {delivered_after:.1f} s; the corrupt row dead after 3 tries; "
        f"{turns} replies to the women talking meanwhile; {len(log.splitlines())} log lines in all"
    )
