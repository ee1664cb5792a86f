"""``walking-home backup`` while a real bot takes new cases over its web chat, then ``restore`` and a new bot.

A ``walking-home run`` on SQLite (its database grown to tens of megabytes first, so the online
backup takes many steps) serves women filing cases through the real websocket, several at once,
each case to its receipt with her reference. While they go on, ``walking-home backup`` runs as its
own process. The backup is restored into an empty data directory (with the data key file put back
from where the operator keeps it: the backup does not hold it), a second bot starts on it, and
every case whose receipt she had before the backup started is in the restored database and
shown by ``walking-home case show``. Her web chat was not held up by the backup.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import connect

from bot.i18n import Localizer
from bot.settings import REPO_LOCALES
from storage import sealing
from tests.matrix.bot_process import WALKING_HOME

from .processes import Process

WORDS = Localizer(REPO_LOCALES, "en")
REFERENCE = re.compile(r"HLB-\d{4}-\d{6}")
#: Her intake, button by button (the catalog ids of the labels she presses); None: she types.
INTAKE = (
    "language-self",
    "safety-yes",
    "menu-new",
    "service-rights",
    "region-hailar",
    None,
    "button-continue",
    "involved-none",
    "contact-this_chat",
    "identity-anonymous",
    "consent-agree",
    "button-confirm",
)
WOMEN = 4
PADDING_ROWS = 60_000  # about 30 MB of old processed-update rows: the copy takes many 4 MiB steps


@dataclass
class Load:
    """References by the moment (monotonic) her receipt arrived, and the longest wait for a bot answer."""

    acknowledged: list[tuple[float, str]] = field(default_factory=list)
    answers: list[tuple[float, float]] = field(default_factory=list)  # (when, how long she waited)
    stop: bool = False


def label(message_id: str) -> str:
    return WORDS.format("en", message_id)


async def file_a_case(url: str, number: int, load: Load) -> str:
    """One woman, one new web session, one case from the first button to the receipt."""
    async with connect(url.replace("http://", "ws://") + "/ws", origin=url) as socket:
        await socket.send(json.dumps({"type": "hello", "token": "", "language": "en"}))
        ids = 0
        for step in INTAKE:
            ids += 1
            sent = time.monotonic()
            if step is None:
                await socket.send(json.dumps({"type": "text", "id": f"c{ids}", "text": f"case number {number}"}))
                continue
            async with asyncio.timeout(30):
                while True:
                    frame = json.loads(await socket.recv())
                    if frame.get("type") != "message":
                        continue
                    buttons = {b["label"]: b["action"] for row in frame.get("buttons") or [] for b in row}
                    if label(step) in buttons:
                        break
            load.answers.append((time.monotonic(), time.monotonic() - sent))
            await socket.send(json.dumps({"type": "action", "id": f"c{ids}", "action": buttons[label(step)]}))
        async with asyncio.timeout(30):
            while True:
                frame = json.loads(await socket.recv())
                found = REFERENCE.search(frame.get("text") or "") if frame.get("type") == "message" else None
                if found:
                    load.acknowledged.append((time.monotonic(), found.group(0)))
                    return found.group(0)


async def woman(url: str, first: int, load: Load) -> None:
    number = first
    while not load.stop:
        await file_a_case(url, number, load)
        number += WOMEN


def pad(database: Path) -> None:
    """Old rows the bot never reads again, so the database is large enough for a backup of many steps."""
    with sqlite3.connect(database) as connection:
        connection.executemany(
            "INSERT INTO processed_updates (channel, update_id, at) VALUES ('web', ?, '2026-01-01 00:00:00')",
            ((f"padding:{n:08d}:" + "x" * 400,) for n in range(PADDING_ROWS)),
        )


async def run(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        WALKING_HOME, *args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    out, err = await process.communicate()
    return process.returncode, out.decode(), err.decode()


def settings_for(folder: Path) -> dict[str, str]:
    return {
        "database_url": f"sqlite+aiosqlite:///{folder / 'bot.db'}",
        "data_key_file": str(folder / "data-key"),
        "web_secret_file": str(folder / "web-secret"),
        "evidence_dir": str(folder / "evidence"),
        "default_locale": "en",
        "retention_enabled": "false",
        "web_new_sessions_per_address": "100000",  # every woman of the test comes from 127.0.0.1
    }


async def test_a_backup_taken_while_women_file_cases_restores_every_case_acknowledged_before_it(
    tmp_path: Path,
) -> None:
    first = Process.configure(tmp_path / "live", settings_for(tmp_path / "live"))
    first.cli("seed")
    pad(tmp_path / "live" / "bot.db")
    await first.start()
    load = Load()
    target = tmp_path / "backup"
    try:
        women = [asyncio.create_task(woman(first.url, n, load)) for n in range(WOMEN)]
        while len(load.acknowledged) < 12:  # the load is under way
            assert not any(w.done() for w in women), [w.exception() for w in women if w.done()]
            await asyncio.sleep(0.05)
        began = time.monotonic()
        before = {reference for _, reference in load.acknowledged}
        code, out, err = await run("backup", str(target), env=first.env, cwd=first.folder)
        ended = time.monotonic()
        await asyncio.sleep(1.0)  # and on after it
        load.stop = True
        await asyncio.gather(*women)
    finally:
        load.stop = True
        first.stop()
    assert code == 0, err[-3000:]
    assert "Backup finished" in out and "The data key ring is NOT in this backup" in out, out
    assert not (target / "data-key").exists() and not any(target.rglob("data-key")), "the key never goes with it"
    active = sealing.load_key_ring(key_file=tmp_path / "live" / "data-key", create=False).active
    assert json.loads((target / "manifest.json").read_text())["key_ids"] == [active], "her sealed words name it"
    during = {reference for moment, reference in load.acknowledged if began <= moment <= ended}
    after = {reference for moment, reference in load.acknowledged if moment > ended}
    waits_during = [wait for moment, wait in load.answers if began <= moment <= ended + 0.5]

    # An empty data directory elsewhere; the operator brings the key file from where she keeps it.
    restored = Process.configure(tmp_path / "restored", settings_for(tmp_path / "restored"))
    shutil.copy(tmp_path / "live" / "data-key", tmp_path / "restored" / "data-key")
    code, out, err = await run("restore", str(target), env=restored.env, cwd=restored.folder)
    assert code == 0, err[-3000:]
    assert "Restore finished" in out and "the key ring" in out and "does not hold" not in out, out
    code, _, err = await run("restore", str(target), env=restored.env, cwd=restored.folder)
    assert code == 1 and "already exists" in err, "a second restore overwrites nothing"

    with sqlite3.connect(tmp_path / "restored" / "bot.db") as connection:
        present = {row[0] for row in connection.execute("SELECT reference FROM cases")}
    print(
        f"\nbackup under load: {len(before)} cases acknowledged before it, {len(during)} during "
        f"({len(during & present)} of them in the copy), {len(after)} after; backup took {ended - began:.2f} s; "
        f"her longest wait for an answer during it {max(waits_during, default=0):.2f} s"
    )
    assert before <= present, sorted(before - present)
    assert not (after & present), "what was acknowledged after the backup ended cannot be in it"

    await restored.start()  # the restored service runs, with the key file put back
    try:
        shown = restored.cli("case", "show", sorted(before)[0])
        assert sorted(before)[0] in shown
        reply = await file_a_case(restored.url, 999, Load())
        assert REFERENCE.fullmatch(reply) and reply not in present  # and takes new cases after them
    finally:
        restored.stop()
    assert max(waits_during, default=0) < 5, "her chat was not held up by the backup"
