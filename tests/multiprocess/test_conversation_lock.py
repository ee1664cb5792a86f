"""Two processes on one PostgreSQL never run two turns of one conversation at once (issue 13,
item 3): each turn takes a transaction advisory lock on her address, so a second turn waits for
the first and reads what it wrote. Without it both read the same state and the later save drops
the earlier turn's change (here: one of two messages she sent while describing what happened)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from bot.bootstrap import build_app
from bot.messages import Inbound

sys.path.insert(0, str(Path(__file__).parents[1] / "dialogs"))
from harness import Clock, make_bot, walk_to  # noqa: E402

pytestmark = pytest.mark.postgres


async def test_two_processes_handling_her_messages_at_once_keep_both(tmp_path: Path, postgres_url: str) -> None:
    from datetime import UTC, datetime

    clock = Clock(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))
    first = await make_bot(tmp_path, clock, url=postgres_url, store="postgres")
    second = build_app(first.app.settings, now=clock, channels=[first.channel])  # another process's engine
    try:
        chat = first.chat("web:two-processes")
        await walk_to(chat, "describe", words="")
        for round_ in range(5):
            words = [f"message {round_}-{n} from her" for n in (1, 2)]
            await asyncio.gather(
                first.app.dialogs.handle(Inbound(address=chat.address, update_id=f"a{round_}", text=words[0])),
                second.dialogs.handle(Inbound(address=chat.address, update_id=f"b{round_}", text=words[1])),
            )
            _, data = await first.conversation(chat.address)
            kept = str(data)
            assert all(word in kept for word in words), f"round {round_}: a message was lost"
    finally:
        await second.engine.dispose()
        await first.app.close()
