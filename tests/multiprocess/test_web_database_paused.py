"""The web chat of a real ``walking-home run`` on PostgreSQL while the server is paused (SIGSTOP).

Her frames on one socket each get ``not_recorded`` within the turn bound (before, the first waited for
the server for ever and the rest behind it), nothing is acknowledged that is not stored, and after
SIGCONT the process takes the same frames, sent again by her page with the same ids, once each,
without a restart. The process logs the outage in a few lines, not one per frame.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from tests.databases import PostgresCluster
from tests.pg_pause import paused

from .processes import Process, fetch, shared_settings

TURN_TIMEOUT = 4.0
MESSAGES = ("p1", "p2", "p3")


@pytest.mark.postgres
async def test_her_frames_get_not_recorded_within_the_bound_and_are_stored_once_after_sigcont(
    tmp_path: Path, postgres_cluster: PostgresCluster, postgres_url: str
) -> None:
    settings = shared_settings(
        tmp_path,
        postgres_url,
        turn_timeout=str(TURN_TIMEOUT),
        database_connect_timeout="2",
        database_command_timeout="2",
        database_pool_timeout="2",
    )
    bot = Process.configure(tmp_path / "one", settings)
    bot.cli("seed")
    await bot.start()
    answers: dict[str, list[str]] = {}
    socket = await connect(bot.url.replace("http://", "ws://") + "/ws", origin=bot.url)

    async def read_answers(until: set[str], within: float, began: float, times: dict[str, float]) -> None:
        async with asyncio.timeout(within):
            while not until <= answers.keys():
                frame = json.loads(await socket.recv())
                if frame.get("type") == "ack" or (frame.get("type") == "error" and frame.get("id")):
                    answers.setdefault(frame["id"], []).append("ack" if frame["type"] == "ack" else frame["code"])
                    times.setdefault(frame["id"], time.monotonic() - began)

    try:
        await socket.send(json.dumps({"type": "hello", "token": "", "language": "en"}))
        async with asyncio.timeout(30):
            while json.loads(await socket.recv()).get("type") != "message":
                pass
        times: dict[str, float] = {}
        with paused(postgres_cluster):
            began = time.monotonic()
            for client_id in MESSAGES:
                await socket.send(json.dumps({"type": "text", "id": client_id, "text": f"words {client_id}"}))
            await read_answers(set(MESSAGES), len(MESSAGES) * (TURN_TIMEOUT + 1.5) + 5, began, times)
            await asyncio.sleep(max(0.0, 8 - (time.monotonic() - began)))  # paused for eight seconds at least
        assert {client_id: kinds[0] for client_id, kinds in answers.items()} == dict.fromkeys(MESSAGES, "not_recorded")
        ordered = sorted(times.values())
        gaps = [b - a for a, b in zip([0.0, *ordered], ordered, strict=False)]
        print(f"\nweb frames while PostgreSQL was paused: not_recorded after {[round(t, 1) for t in ordered]} s")
        assert max(gaps) <= TURN_TIMEOUT + 1.5, ordered
        answers.clear()
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:  # her page sends them again until they are acknowledged
            missing = [c for c in MESSAGES if "ack" not in answers.get(c, [])]
            if not missing:
                break
            for client_id in missing:
                await socket.send(json.dumps({"type": "text", "id": client_id, "text": f"words {client_id}"}))
            await read_answers(set(missing), 30, time.monotonic(), {})
            await asyncio.sleep(0.5)
        assert all("ack" in answers.get(c, []) for c in MESSAGES), answers
    finally:
        await socket.close()
        bot.stop()
    rows = await fetch(postgres_url, "SELECT update_id FROM processed_updates WHERE channel = 'web'")
    counts = {c: sum(r["update_id"].endswith(f":{c}") for r in rows) for c in MESSAGES}
    assert counts == dict.fromkeys(MESSAGES, 1)
    log = bot.log()
    assert log.count("outage begins") <= 3, log[-3000:]  # the web chat's (and the dialogs', if theirs)
    assert "words p" not in log, "her words are never logged"
