"""Issue 11, item 6: ``walking-home keys rotate`` while the bot runs.

On SQLite and PostgreSQL, a real ``walking-home keys rotate`` process re-seals a database of a few thousand values and
an evidence file while this process (the bot) keeps writing: afterwards every value and the
file are sealed with the new key, everything reads back the same, the old key stays in the
ring, and no write of the bot waited long.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from harness import Clock, file_case
from sealing_harness import make_sealed_bot

from bot.messages import Attachment
from storage import rekey
from workflows.events import CaseEntry
from workflows.vocabulary import Role

PROJECT = Path(__file__).resolve().parents[2]
ENTRIES = 3000


async def test_rotation_reseals_everything_with_the_new_key_while_the_bot_keeps_writing(
    tmp_path: Path, db_url: str
) -> None:
    url = db_url
    bot = await make_sealed_bot(tmp_path / "var", url, Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC)))
    try:
        reference, _ = await file_case(bot.chat("web:her"), words="Qx7Rotate her words")
        case = await bot.case(reference)
        async with bot.app.unit_of_work() as uow:
            for number in range(ENTRIES):
                await uow.entries.add(
                    CaseEntry(case.id, "note", bot.clock(), Role.OPERATOR, None, text=f"note {number}")
                )
            await uow.commit()
        store = bot.app.dialogs.context.evidence_store
        content = b"Qx7Rotate file " * 100
        meta = store.put(Attachment("a.jpg", "image/jpeg", size=len(content), data=content))
        old_key = bot.app.key_ring.active
        before = await rekey.count_by_key(bot.app.engine)
        assert before["case_entries.text"] == {old_key: ENTRIES + 1}

        environment = {**os.environ, "WALKING_HOME_DATA_DIR": str(tmp_path), "WALKING_HOME_DATABASE_URL": url}
        for name in ("WALKING_HOME_DATA_KEY", "WALKING_HOME_DATA_KEY_FILE"):
            environment.pop(name, None)
        rotation = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "--lang", "en", "keys", "rotate", "--batch", "100",
            cwd=PROJECT, env=environment, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        waits: list[float] = []
        written = 0
        while rotation.returncode is None:
            began = time.perf_counter()
            async with bot.app.unit_of_work() as uow:
                await uow.entries.add(
                    CaseEntry(case.id, "note", bot.clock(), Role.OPERATOR, None, text=f"live {written}")
                )
                await uow.commit()
            waits.append(time.perf_counter() - began)
            written += 1
            try:
                await asyncio.wait_for(rotation.wait(), timeout=0.01)
            except TimeoutError:
                pass
        out, err = await rotation.communicate()
        assert rotation.returncode == 0, err.decode()
        ring = json.loads((tmp_path / "var" / "data-key").read_text())
        new_key = ring["active"]
        assert new_key != old_key and set(ring["keys"]) == {old_key, new_key}
        assert f"Re-sealed with key {new_key}:" in out.decode()
        print(f"\nrotation: {written} writes meanwhile, slowest {max(waits) * 1000:.0f} ms, median "
              f"{sorted(waits)[len(waits) // 2] * 1000:.1f} ms")  # fmt: skip
        assert written > 10, "the bot kept writing during the rotation"
        # Batches are written in one round trip with a pause between them: before that, a write of the
        # bot waited up to 1.4 s for SQLite's lock (its busy handler retries; the lock is not fair).
        assert max(waits) < 1.0, f"a write of the bot waited {max(waits):.2f} s"  # 2-55 ms measured

        after = await rekey.count_by_key(bot.app.engine)
        assert {key for counts in after.values() for key in counts} == {new_key}
        assert after["case_entries.text"] == {new_key: ENTRIES + 1 + written}
        _, _, entries = await bot.history(reference)
        texts = [e.text for e in entries]
        assert "Qx7Rotate her words" in texts
        assert texts.count("note 0") == 1 and f"note {ENTRIES - 1}" in texts and f"live {written - 1}" in texts
        assert store.key_id_of(store.path(meta["name"])) == new_key
        assert store.read(meta) == content
    finally:
        await bot.app.close()
