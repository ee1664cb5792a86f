"""Web chat sockets live in one process: a message for her waits in the outbox while her page is
closed, and when the page comes back to another process (her first one behind the proxy is gone
or the proxy sent her elsewhere) that process delivers it (issue 13, item 3)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from bot.bootstrap import build_app
from bot.channels.web.channel import WebChannel
from bot.settings import load_settings
from tests.multiprocess.processes import Fleet, Process, fetch, shared_settings
from workflows.events import OutgoingNotice

pytestmark = pytest.mark.postgres


async def hello(process: Process, token: str = "") -> tuple:
    socket = await connect(process.url.replace("http://", "ws://") + "/ws", origin=process.url)
    await socket.send(json.dumps({"type": "hello", "token": token, "language": "en"}))
    while True:
        frame = json.loads(await socket.recv())
        if frame["type"] == "session":
            return socket, frame["token"]


async def next_message(socket, within: float) -> dict:
    async with asyncio.timeout(within):
        while True:
            frame = json.loads(await socket.recv())
            if frame.get("type") == "message":
                return frame


async def test_a_page_that_comes_back_to_another_process_gets_what_waited_for_it_there(
    tmp_path: Path, postgres_url: str
) -> None:
    settings = shared_settings(tmp_path, postgres_url)
    fleet = Fleet([Process.configure(tmp_path / f"p{n}", settings) for n in range(2)])
    first, second = fleet
    try:
        fleet[0].cli("seed")  # creates the shared data key
        (tmp_path / "web-secret").write_text("ab" * 32)
        await asyncio.gather(*(process.start() for process in fleet))
        socket, token = await hello(first)
        await socket.close()
        address = WebChannel(secret=bytes.fromhex("ab" * 32)).address_of(token)

        # A staff action while her page is closed: a notice for her goes to the outbox.
        app = build_app(load_settings(**settings, data_dir=tmp_path / "admin", web_enabled=False))
        try:
            async with app.unit_of_work() as uow:
                await uow.outbox.put(
                    OutgoingNotice(address, "notice-reopen", {"reference": "HLB-2026-000001"}, locale="en")
                )
                await uow.commit()
        finally:
            await app.engine.dispose()
        await asyncio.sleep(2.0)
        [row] = await fetch(
            postgres_url, "SELECT status FROM outbox WHERE address = $1 AND message_id = 'notice-reopen'", address
        )
        assert row["status"] == "pending"  # no process holds her page: it waits (the orphan grace is a minute)

        socket, same = await hello(second, token)  # her page comes back, to the other process
        try:
            assert same == token
            texts = []
            while not any("HLB-2026-000001" in text for text in texts):  # what waited for her, in order
                texts.append((await next_message(socket, 10))["text"])
            assert "reopened" in texts[-1]
        finally:
            await socket.close()
        query = "SELECT status FROM outbox WHERE address = $1 AND message_id = 'notice-reopen'"
        for _ in range(50):  # its mark follows the delivery in a short transaction
            [row] = await fetch(postgres_url, query, address)
            if row["status"] == "sent":
                break
            await asyncio.sleep(0.1)
        assert row["status"] == "sent"
    finally:
        fleet.stop()
