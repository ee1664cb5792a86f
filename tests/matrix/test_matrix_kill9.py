"""Nothing Synapse accepted is lost when the bot is killed with SIGKILL under load (issue 13, item 1).

Real processes only: the session's Synapse, ``walking-home run`` with the Matrix channel on a
SQLite file, and a dozen women on their own Matrix clients, each writing numbered messages at a
steady rate in her direct room with the bot. The bot is killed with SIGKILL three times while they
write, and started again each time. Afterwards every message Synapse accepted is recorded exactly
once (the dedup table), and each had exactly one effect (one "use the buttons" answer row in the
outbox): 0 lost, 0 duplicated. A second test holds the database's write lock from another process
past the busy timeout: the sync token does not move while nothing can be recorded, and everything
she wrote meanwhile is taken once the lock is gone.
"""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from nio import RoomSendResponse

from .bot_process import BotProcess
from .conftest import Person, Synapse, login

WOMEN = 12
RATE = 1.5  # messages per second, each
WRITING = 20.0  # seconds
KILLS = (4.0, 9.0, 14.0)  # seconds into the writing


def query(folder: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(folder / "bot.db", timeout=30) as db:
        return db.execute(sql, args).fetchall()


def saved_token(folder: Path) -> str:
    try:
        rows = query(folder, "SELECT value FROM channel_state WHERE key LIKE 'matrix:%'")
    except sqlite3.OperationalError:  # not migrated yet
        return ""
    return json.loads(rows[0][0]).get("sync_token", "") if rows else ""


def recorded(folder: Path, ids: list[str]) -> int:
    wanted = set(ids)
    rows = query(folder, "SELECT update_id FROM processed_updates WHERE channel = 'matrix'")
    return sum(1 for (update_id,) in rows if update_id in wanted)


async def until(condition, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not await asyncio.to_thread(condition):
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s: {what}")
        await asyncio.sleep(0.2)


async def matrix_bot(synapse: Synapse, folder: Path) -> tuple[BotProcess, str]:
    bot_user = synapse.register(synapse.unique("bot"), "bot-pw")
    bot = BotProcess.configure(folder, matrix_homeserver=synapse.url, matrix_user=bot_user, matrix_password="bot-pw")
    bot.cli("db", "upgrade")
    bot.cli("seed")
    await bot.start()
    await until(lambda: bool(saved_token(folder)), 30, "the bot's first sync")
    return bot, bot_user


async def women_in_rooms(synapse: Synapse, bot_user: str, count: int) -> list[tuple[Person, str]]:
    """Each woman opens a direct room with the bot and waits for its language picker."""

    async def one() -> tuple[Person, str]:
        person = Person(await login(synapse.url, synapse.register(synapse.unique("her"))))
        await person.pull()
        room_id = await person.dm(bot_user)
        await person.wait_for(room_id, bot_user, lambda e: "English" in e["content"].get("body", ""), within=30)
        return person, room_id

    return list(await asyncio.gather(*(one() for _ in range(count))))


async def write_steadily(person: Person, room_id: str, until_time: float, sent: list[tuple[str, str]]) -> None:
    """Numbered messages at `RATE` a second; what Synapse accepted goes into ``sent`` (room, event id)."""
    number = 0
    await asyncio.sleep(random.random() / RATE)  # the women do not write in step
    while time.monotonic() < until_time:
        number += 1
        response = await person.client.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": f"message {number}"}
        )
        if isinstance(response, RoomSendResponse):
            sent.append((room_id, response.event_id))
        await asyncio.sleep(1 / RATE)


async def test_sigkill_three_times_under_load_loses_and_repeats_nothing(synapse: Synapse, tmp_path: Path) -> None:
    bot, bot_user = await matrix_bot(synapse, tmp_path)
    women = await women_in_rooms(synapse, bot_user, WOMEN)
    sent: list[tuple[str, str]] = []
    began = time.monotonic()
    writers = [asyncio.create_task(write_steadily(p, r, began + WRITING, sent)) for p, r in women]
    restarts = 0
    try:
        for at in KILLS:
            await asyncio.sleep(max(0.0, began + at - time.monotonic()))
            bot.kill()
            await asyncio.sleep(0.3)
            await bot.start()
            restarts += 1
        await asyncio.gather(*writers)
        accepted = [event_id for _, event_id in sent]
        await until(lambda: recorded(tmp_path, accepted) == len(accepted), 60, "every accepted message recorded")
        await asyncio.sleep(2)  # a few more sync rounds: a repeat would show up here
    finally:
        for task in writers:
            task.cancel()
        bot.stop()
        for person, _ in women:
            await person.client.close()

    rows = query(tmp_path, "SELECT update_id FROM processed_updates WHERE channel = 'matrix'")
    counts = Counter(update_id for (update_id,) in rows)
    stored = sum(1 for event_id in accepted if counts[event_id] >= 1)
    repeated = sum(counts[event_id] - 1 for event_id in accepted if counts[event_id] > 1)
    # One effect per message: each text at the picker writes exactly one "use the buttons" answer.
    answers = Counter(
        address for (address,) in query(tmp_path, "SELECT address FROM outbox WHERE message_id = 'reask-use-buttons'")
    )
    per_woman = Counter(room for room, _ in sent)
    rooms = {room: f"matrix:{person.user_id}" for person, room in women}
    extra_effects = sum(abs(answers[rooms[room]] - n) for room, n in per_woman.items())
    figures = {
        "acknowledged": len(accepted),
        "stored": stored,
        "lost": len(accepted) - stored,
        "duplicated": repeated + extra_effects,
        "kills": restarts,
    }
    print(f"\nmatrix kill -9 under load: {figures}", file=sys.stderr)
    assert restarts == len(KILLS)
    assert len(accepted) >= WOMEN * RATE * WRITING * 0.5, figures  # the load really ran
    assert figures["lost"] == 0 and figures["duplicated"] == 0, figures
    assert bot.log().count("matrix first sync") == 0, "every restart continued from the saved token"


def hold_write_lock(folder: Path, release: Path) -> subprocess.Popen:
    """Another process takes the database's write lock and keeps it until ``release`` exists (a stuck
    migration, a backup tool), at most a minute."""
    script = (
        "import os, sqlite3, sys, time\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "deadline = time.monotonic() + 60\n"
        "while not os.path.exists(sys.argv[2]) and time.monotonic() < deadline:\n"
        "    time.sleep(0.05)\n"
        "db.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(folder / "bot.db"), str(release)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


NOT_RECORDED_LINE = "matrix events could not be recorded; the sync token stays"


async def test_while_another_process_holds_the_database_the_token_waits_and_nothing_is_lost(
    synapse: Synapse, tmp_path: Path
) -> None:
    bot, bot_user = await matrix_bot(synapse, tmp_path)
    ((her, room_id),) = await women_in_rooms(synapse, bot_user, 1)
    await asyncio.sleep(1.5)  # the greeting's sync is saved
    before = saved_token(tmp_path)
    release = tmp_path / "release"
    # Held until the channel has met NotRecorded: past the busy timeout of her turn, and of
    # recording its failure.
    holder = await asyncio.to_thread(hold_write_lock, tmp_path, release)
    try:
        sent = []
        for number in range(1, 4):
            response = await her.client.room_send(
                room_id, "m.room.message", {"msgtype": "m.text", "body": f"while down {number}"}
            )
            assert isinstance(response, RoomSendResponse)
            sent.append(response.event_id)
            await asyncio.sleep(0.5)
        tokens_meanwhile = []
        deadline = time.monotonic() + 50
        while NOT_RECORDED_LINE not in bot.log() and time.monotonic() < deadline:
            tokens_meanwhile.append(saved_token(tmp_path))  # readers are not blocked (WAL)
            assert recorded(tmp_path, sent) == 0
            await asyncio.sleep(0.5)
        await asyncio.sleep(1)  # a retry or two from the old token while still locked
        tokens_meanwhile.append(saved_token(tmp_path))
        release.touch()
        await asyncio.to_thread(holder.wait, 10)
        await until(lambda: recorded(tmp_path, sent) == len(sent), 40, "her messages recorded after the outage")
        await asyncio.sleep(2)
        answers = query(
            tmp_path,
            "SELECT count(*) FROM outbox WHERE message_id = 'reask-use-buttons' AND address = ?",
            f"matrix:{her.user_id}",
        )[0][0]
    finally:
        release.touch()
        holder.kill()
        holder.wait(10)
        holder.stdout.close()
        bot.stop()
        await her.client.close()
    log = bot.log()
    assert NOT_RECORDED_LINE in log
    assert set(tokens_meanwhile) == {before}, "the saved token did not move while nothing could be recorded"
    assert saved_token(tmp_path) != before, "and moved on afterwards"
    assert answers == len(sent), "each of her messages answered once"
    assert "while down" not in log, "her words are never logged"
