"""The path of one inbound message, from the dialog engine to the channel: hops and transactions.

Builds the whole bot on a temporary SQLite file with a recording web channel, then traces
two messages from a new conversation (her first word, then her choice of language from the
buttons she got) through `DialogEngine.handle` and one run of the outbox sender. Counts:

- calls: calls into the project's own functions (bot, storage, workflows);
- hops: calls that cross from one project module into another;
- modules: distinct project modules entered;
- statements and transactions: SQL statements executed, commits.

    python -m bench.inbound_path
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event

PROJECT = ("bot", "storage", "workflows")


class Recorder:
    scheme = "web"

    def __init__(self) -> None:
        self.delivered = []

    async def deliver(self, message) -> None:
        self.delivered.append(message)


def _module(frame) -> str | None:
    name = frame.f_globals.get("__name__", "")
    return name if name.split(".", 1)[0] in PROJECT else None


class Tracer:
    """Counts project calls and module crossings while installed."""

    def __init__(self) -> None:
        self.calls = 0
        self.hops = 0
        self.modules: Counter[str] = Counter()

    def __call__(self, frame, kind, arg) -> None:
        if kind != "call":
            return
        callee = _module(frame)
        if callee is None:
            return
        self.calls += 1
        self.modules[callee] += 1
        caller = frame.f_back
        while caller is not None and _module(caller) is None and caller.f_back is not None:
            caller = caller.f_back  # through asyncio and library frames to the project's caller
        if caller is not None and _module(caller) not in (None, callee):
            self.hops += 1


async def _trace(app, inbound, recorder, now) -> dict:
    tracer = Tracer()
    statements = commits = 0

    def on_statement(*_):
        nonlocal statements
        statements += 1

    def on_commit(*_):
        nonlocal commits
        commits += 1

    sync_engine = app.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", on_statement)
    event.listen(sync_engine, "commit", on_commit)
    sys.setprofile(tracer)
    try:
        await app.dialogs.handle(inbound)
        await app.sender.run_once(now)
    finally:
        sys.setprofile(None)
        event.remove(sync_engine, "before_cursor_execute", on_statement)
        event.remove(sync_engine, "commit", on_commit)
    return {
        "calls": tracer.calls,
        "hops": tracer.hops,
        "modules": len(tracer.modules),
        "statements": statements,
        "transactions": commits,
        "replies": len(recorder.delivered),
    }


async def main() -> dict:
    from bot.bootstrap import build_app
    from bot.messages import Inbound
    from bot.settings import load_settings
    from storage.migrate import upgrade_async

    folder = Path(tempfile.mkdtemp(prefix="walking-home-path-"))
    os.environ.setdefault("WALKING_HOME_DATA_KEY_FILE", str(folder / "data-key"))
    url = f"sqlite+aiosqlite:///{folder / 'bot.db'}"
    await upgrade_async(url)
    now = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    recorder = Recorder()
    settings = load_settings(database_url=url, evidence_dir=folder / "evidence", default_locale="en")
    app = build_app(settings, now=lambda: now, channels=[recorder])
    try:
        address = "web:path-probe"
        await app.dialogs.handle(Inbound(address="web:warm-up", update_id="w1", text="hello"))  # imports, caches
        await app.sender.run_once(now)
        recorder.delivered.clear()
        first = await _trace(app, Inbound(address=address, update_id="p1", text="hello"), recorder, now)
        language = next(b.action for m in recorder.delivered for row in m.buttons for b in row)
        recorder.delivered.clear()
        second = await _trace(app, Inbound(address=address, update_id="p2", action=language), recorder, now)
    finally:
        await app.close()
    return {"first_message": first, "language_choice": second}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main()), indent=2))
