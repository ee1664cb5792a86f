"""When her dialog was last saved: what the case card reads for WeChat's 48-hour window."""

from __future__ import annotations

from datetime import timedelta

from uow_backends import NOW


async def test_the_last_turn_is_when_her_conversation_was_last_saved(backend):
    async with backend.uow() as uow:
        assert await uow.conversations.last_turn_at("wechat:oHer") is None
        await uow.conversations.save("wechat:oHer", "menu", {}, NOW - timedelta(days=3))
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.conversations.last_turn_at("wechat:oHer") == NOW - timedelta(days=3)
        await uow.conversations.save("wechat:oHer", "describe", {"locale": "zh-Hans-CN"}, NOW)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.conversations.last_turn_at("wechat:oHer") == NOW
        assert await uow.conversations.last_turn_at("wechat:other") is None
