"""The receipt with her PIN is never queued for a web page that has gone (issue 11, item 4).

The conversation is walked with the recording channel; for the confirm, the real `WebChannel`
takes the "web" scheme with no page open, so the outbox sender meets a page that has gone.
"""

from __future__ import annotations

import json
from datetime import timedelta

from harness import Bot, walk_to
from sqlalchemy import select

from bot.channels.web.channel import Peer, WebChannel
from bot.messages import Inbound
from storage.records import OutboxRecord


async def outbox_rows(bot: Bot, address: str) -> list:
    table = OutboxRecord.__table__
    columns = (table.c.message_id, table.c.status, table.c.args, table.c.last_error)
    async with bot.app.unit_of_work() as uow:
        return list((await uow.session.execute(select(*columns).where(table.c.address == address))).all())


async def confirm_with_the_page_gone(bot: Bot, web: WebChannel, address: str) -> None:
    bot.app.channels.register(web)
    await bot.app.dialogs.handle(Inbound(address=address, update_id="confirm-1", action="confirm"))
    await bot.deliver_pending()
    grace = bot.app.sender.orphan_grace
    if grace:  # several processes (PostgreSQL): her page may be open in another one for a while
        assert {row.message_id: row.status for row in await outbox_rows(bot, address)}["case-receipt"] == "pending"
        bot.clock.advance(grace + timedelta(seconds=1))
        await bot.deliver_pending()


async def test_a_receipt_for_a_page_that_has_gone_is_dropped_with_its_pin(bot: Bot) -> None:
    chat = bot.chat("web:gone-after-a-restart")  # no session in this process knows the address
    await walk_to(chat, "review")
    await confirm_with_the_page_gone(bot, WebChannel(greeting=None), chat.address)

    rows = {row.message_id: row for row in await outbox_rows(bot, chat.address)}
    receipt = rows["case-receipt"]
    assert receipt.status == "dead" and receipt.args == {}
    assert "PIN" in (receipt.last_error or "")


class FakeSocket:
    """What a page's websocket receives (the channel only calls send_text)."""

    def __init__(self) -> None:
        self.frames: list[dict] = []

    async def send_text(self, text: str) -> None:
        self.frames.append(json.loads(text))


async def test_a_receipt_waits_in_memory_only_for_the_page_that_proves_the_session(bot: Bot) -> None:
    web = WebChannel(greeting=None)
    token = web.issue()
    chat = bot.chat(web.address_of(token))
    await walk_to(chat, "review")
    await confirm_with_the_page_gone(bot, web, chat.address)

    rows = {row.message_id: row for row in await outbox_rows(bot, chat.address)}
    assert rows["case-receipt"].status == "sent"  # not waiting in the outbox

    stranger = Peer(FakeSocket())
    assert await web.give_held(web.issue(), stranger) == 0  # another session gets nothing
    her = Peer(FakeSocket())
    assert await web.give_held(token, her) == 1
    assert "PIN" in her.socket.frames[0]["text"]
    assert await web.give_held(token, Peer(FakeSocket())) == 0  # given once, then gone from memory
