"""Another process holds the SQLite database's write lock while she writes several messages on one socket.

Real processes: ``walking-home run`` with the web chat on a SQLite file, the ``sqlite3`` shell holding
``BEGIN EXCLUSIVE``, and her page's rules over a real websocket (every message keeps its id until it is
acknowledged, and goes again after a "not recorded" error). Her frames are taken one after another;
each gets its answer (acknowledged, or "not recorded") within the turn bound of the one before it,
none is lost, and once the lock is gone every one is recorded exactly once. A turn cancelled at the
bound while it waited for the lock does not fail the group-commit batch it was in.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path

from websockets.asyncio.client import connect

from tests.sqlite_lock import SqliteShellLock

from .bot_process import BotProcess

TURN_TIMEOUT = 3.0
MESSAGES = ("m1", "m2", "m3", "m4")


def recorded(folder: Path) -> dict[str, int]:
    with sqlite3.connect(folder / "bot.db", timeout=30) as db:
        rows = db.execute("SELECT update_id FROM processed_updates WHERE channel = 'web'").fetchall()
    counts: dict[str, int] = {}
    for (update_id,) in rows:
        client_id = update_id.rsplit(":", 1)[-1]
        counts[client_id] = counts.get(client_id, 0) + 1
    return counts


async def test_her_frames_on_one_socket_each_get_an_answer_within_the_bound_and_none_is_lost(tmp_path: Path) -> None:
    bot = BotProcess.configure(tmp_path, turn_timeout=str(TURN_TIMEOUT))
    bot.cli("db", "upgrade")
    bot.cli("seed")
    await bot.start()
    lock = SqliteShellLock(tmp_path / "bot.db")
    answers: dict[str, list[tuple[str, float]]] = {}  # id → (ack | error code, seconds since the lock)
    socket = await connect(bot.url.replace("http://", "ws://") + "/ws", origin=bot.url)
    try:
        await socket.send(json.dumps({"type": "hello", "token": "", "language": "ru"}))
        async with asyncio.timeout(30):  # her greeting is recorded and sent before the lock
            while json.loads(await socket.recv()).get("type") != "message":
                pass
        await asyncio.to_thread(lock.hold)
        began = time.monotonic()
        for client_id in MESSAGES:  # she types on without waiting, as the page lets her
            await socket.send(json.dumps({"type": "text", "id": client_id, "text": f"он забрал паспорт {client_id}"}))

        async def read_answers(until: set[str], within: float) -> None:
            async with asyncio.timeout(within):
                while not until <= answers.keys():
                    frame = json.loads(await socket.recv())
                    if frame.get("type") == "ack" or (frame.get("type") == "error" and frame.get("id")):
                        kind = "ack" if frame["type"] == "ack" else frame["code"]
                        answers.setdefault(frame["id"], []).append((kind, time.monotonic() - began))

        # One after another, each within the bound (and the busy wait of the shell's own start) of the last.
        await read_answers(set(MESSAGES), within=len(MESSAGES) * (TURN_TIMEOUT + 1) + 5)
        await asyncio.to_thread(lock.release)
        firsts = {client_id: kinds[0] for client_id, kinds in answers.items()}
        assert {kind for kind, _ in firsts.values()} == {"not_recorded"}, firsts
        times = sorted(seconds for _, seconds in firsts.values())
        gaps = [b - a for a, b in zip([0.0, *times], times, strict=False)]
        assert max(gaps) <= TURN_TIMEOUT + 1.5, times
        assert not recorded(tmp_path).keys() & set(MESSAGES)
        # The page sends again what was not acknowledged, with the same ids; all are taken now.
        answers.clear()
        for client_id in MESSAGES:
            await socket.send(json.dumps({"type": "text", "id": client_id, "text": f"он забрал паспорт {client_id}"}))
        await read_answers(set(MESSAGES), within=30)
        assert {client_id: kinds[0][0] for client_id, kinds in answers.items()} == dict.fromkeys(MESSAGES, "ack")
    finally:
        await asyncio.to_thread(lock.release)
        await socket.close()
        bot.stop()
    counts = recorded(tmp_path)
    assert {client_id: counts.get(client_id) for client_id in MESSAGES} == dict.fromkeys(MESSAGES, 1)
    log = bot.log()
    assert "паспорт" not in log, "her words are never logged"
    assert log.count("outage begins") == 1, "one line when the outage begins, not one per message"
    # A turn cancelled at the bound while it waited for the lock leaves its group-commit batch sound.
    assert "group commit" not in log, log[-3000:]
