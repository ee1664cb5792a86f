"""The channel's own rules: start-up failures, delivery errors, callback data, memories."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from telegram_harness import prepare_database, start_bot

from bot.bootstrap import build_app
from bot.channels.base import DeliveryError
from bot.channels.telegram import (
    INVALID_ACTION,
    MAX_TEXT_CHARS,
    MessageMemory,
    file_url_for,
    keyboard_for,
    parse_callback_data,
    webhook_path,
)
from bot.channels.text import split_text
from bot.messages import Button, Outbound
from bot.runner import start_channels
from bot.settings import load_settings


async def test_a_bad_token_gives_one_clear_line_and_the_other_channels_keep_running(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    url = await prepare_database(tmp_path)
    settings = load_settings(
        database_url=url,
        evidence_dir=tmp_path / "evidence",
        web_port=0,
        telegram_token="999:WRONG",
        telegram_api_url=fake.api_url,
    )
    app = build_app(settings)
    said: list[tuple[str, dict]] = []

    def say(message_id: str, err: bool = False, **args: object) -> None:
        said.append((message_id, args))

    try:
        await start_channels(app, say)
    finally:
        await app.close()
    ids = [message_id for message_id, _ in said]
    assert ids.count("cli-telegram-failed") == 1
    assert "cli-web-url" in ids, "the web chat still started"
    assert app.channels.schemes() == ["web"]
    detail = dict(said)["cli-telegram-failed"]["detail"]
    assert "WRONG" not in detail, "the token never appears in what is said"
    rendered = app.localizer.format("en", "cli-telegram-failed", detail=detail)
    assert rendered.startswith("Telegram could not start")


async def test_a_blocked_bot_is_a_permanent_failure_and_flood_control_says_when(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    url = await prepare_database(tmp_path)
    running = await start_bot(tmp_path, fake, url=url, mode="webhook")
    await running.channel.start()
    try:
        fake.fail_next("sendMessage", 403, description="Forbidden: bot was blocked by the user")
        with pytest.raises(DeliveryError) as blocked:
            await running.channel.deliver(Outbound(address="telegram:55", text="hi", outbox_id=1))
        assert blocked.value.permanent
        fake.fail_next("sendMessage", 429, retry_after=7)
        with pytest.raises(DeliveryError) as flooded:
            await running.channel.deliver(Outbound(address="telegram:55", text="hi", outbox_id=2))
        assert flooded.value.retry_after == 7 and not flooded.value.permanent
        fake.fail_next("sendMessage", 503)
        with pytest.raises(DeliveryError) as unavailable:
            await running.channel.deliver(Outbound(address="telegram:55", text="hi", outbox_id=3))
        assert not unavailable.value.permanent
        await running.channel.deliver(Outbound(address="telegram:55", text="hi", outbox_id=3))
        await running.channel.deliver(Outbound(address="telegram:55", text="hi", outbox_id=3))
        assert len(fake.sent(55)) == 1, "a redelivered outbox row is sent once"
    finally:
        await running.stop()


def test_callback_data_is_accepted_only_in_the_shape_of_our_buttons() -> None:
    assert parse_callback_data("reg:hailar") == "reg:hailar"
    assert parse_callback_data("x" * 65) == INVALID_ACTION
    assert parse_callback_data("svc:法律") == INVALID_ACTION
    assert parse_callback_data("a b") == INVALID_ACTION
    assert parse_callback_data(None) == INVALID_ACTION


def test_the_safety_row_is_the_last_keyboard_row_and_long_actions_are_left_out() -> None:
    message = Outbound(
        address="telegram:1",
        text="?",
        buttons=((Button("A", "svc:legal"), Button("B", "y" * 70)),),
        extra={"safety": (Button("Danger", "danger"), Button("Exit", "exit"))},
    )
    rows = keyboard_for(message)["inline_keyboard"]
    assert [[b["callback_data"] for b in row] for row in rows] == [["svc:legal"], ["danger", "exit"]]


def test_long_text_is_split_under_telegrams_limit() -> None:
    pieces = split_text(("第一行\n" * 3000).strip(), MAX_TEXT_CHARS)
    assert all(len(p) <= 4096 for p in pieces) and len(pieces) == 3


def test_urls_and_paths_keep_the_token_out_of_sight() -> None:
    assert file_url_for("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert "123:ABC" not in webhook_path("123:ABC")
    assert webhook_path("123:ABC") == webhook_path("123:ABC") != webhook_path("123:ABD")


def test_the_message_memory_is_bounded_and_forgets_what_can_no_longer_be_deleted() -> None:
    now = [1_000_000.0]
    memory = MessageMemory(per_chat=3, max_chats=2, clock=lambda: now[0])
    memory.remember(1, 10, keyboard=True)
    now[0] += 49 * 3600
    for message_id in (11, 12, 13):
        memory.remember(1, message_id)
    memory.remember(2, 20)
    memory.remember(3, 30)
    assert len(memory) == 2
    assert memory.take(1) == ([], [])  # chat 1 was the least recent: forgotten
    memory.remember(4, 40, keyboard=True)
    now[0] += 49 * 3600
    memory.remember(4, 41)
    assert memory.take(4) == ([41], [40])


def test_the_memory_of_recent_ids_forgets_the_oldest_first() -> None:
    from bot.channels.base import RecentIds

    recent = RecentIds(limit=3)
    for outbox_id in (1, 2, 3):
        recent.add(outbox_id)
    recent.add(1)  # seen again: now the newest
    recent.add(4)

    assert 2 not in recent and {1, 3, 4} == {i for i in (1, 2, 3, 4) if i in recent}
    assert len(recent) == 3
    recent.discard(3)
    assert 3 not in recent
