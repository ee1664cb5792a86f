"""Two ``walking-home run`` processes on one PostgreSQL with one Matrix account (issue 13, item 3):
one leads the sync, the other stands by; the leader is killed with SIGKILL, the standby takes
over from the sync token in the database and answers her, once.

Real parts: the console script in two processes, a real Synapse, her own nio client.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.multiprocess.processes import Fleet, Process, shared_settings

from .conftest import Person, Synapse, body, login

pytestmark = pytest.mark.postgres

LEADS = "matrix: this process leads"


async def until(condition, seconds: float, what: str) -> float:
    began = time.monotonic()
    while not condition():
        assert time.monotonic() - began < seconds, f"not within {seconds} s: {what}"
        await asyncio.sleep(0.05)
    return time.monotonic() - began


async def test_the_standby_takes_over_the_matrix_sync_after_a_kill_and_answers_her_once(
    tmp_path: Path, postgres_url: str, synapse: Synapse
) -> None:
    bot_user = synapse.register(synapse.unique("bot"), "bot-pw")
    settings = shared_settings(
        tmp_path, postgres_url, matrix_homeserver=synapse.url, matrix_user=bot_user, matrix_password="bot-pw"
    )
    fleet = Fleet([Process.configure(tmp_path / f"p{n}", settings) for n in range(2)])
    her = Person(await login(synapse.url, synapse.register(synapse.unique("her"))))
    try:
        fleet[0].cli("seed")
        for process in fleet:  # one after the other: the first leads
            await process.start()
        await until(lambda: sum(LEADS in process.log() for process in fleet) == 1, 30, "one leader")
        [leader] = [process for process in fleet if LEADS in process.log()]
        [standby] = [process for process in fleet if process is not leader]
        await until(lambda: "stands by" in standby.log(), 10, "the standby's line")

        room = await her.dm(bot_user)
        picker = await her.wait_for(room, bot_user, lambda e: "English" in body(e), within=30)
        english = next(line.split(".")[0] for line in body(picker).splitlines() if "English" in line)

        await asyncio.to_thread(leader.kill)
        took = await until(lambda: LEADS in standby.log(), 15, "the standby leads")

        before = len(her.from_bot(room, bot_user))
        await her.say(room, english)
        await her.wait_for(room, bot_user, lambda e: "Is it safe to talk" in body(e), after=before, within=30)
        await asyncio.sleep(2.0)  # a second answer (the old token replayed without its dedup) would show now
        await her.pull(timeout_ms=500)
        answers = [e for e in her.from_bot(room, bot_user)[before:] if "Is it safe to talk" in body(e)]
        assert len(answers) == 1
        greetings = [e for e in her.from_bot(room, bot_user) if "English" in body(e)]
        assert len(greetings) == 1, "the new leader did not greet her again: it went on from the stored token"
        print(f"\nthe standby led {took:.1f} s after the kill and answered her")
    finally:
        fleet.stop()
        await her.client.close()
