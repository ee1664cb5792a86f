"""No log line holds what she typed: a whole journey through a real ``walking-home run`` at DEBUG.

The bot runs as the operator starts it, with ``WALKING_HOME_LOG_LEVEL=DEBUG`` and the libraries'
level at DEBUG too (the worst case: aiosqlite, SQLAlchemy and uvicorn all speak), on SQLite and on
PostgreSQL. A woman files a case in the web chat (her description with a NUL in it, her phone
number, her name), opens it from another device with her reference and PIN and adds information; a
staff member accepts it and writes to her; a second woman files hers over Telegram (the project's Bot
API fake; the bot's token is in every request URL). Every line the process wrote must be free of each of
those texts, while the log shows the libraries' DEBUG lines did run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from .bot_process import BotProcess, WebVisitor

sys.path.insert(0, str(Path(__file__).parents[1] / "telegram"))
from fake_bot_api import FakeBotApi  # noqa: E402

DESCRIPTION = "Qx7-desc my husband locks the door"
ADDED = "Qx7-added he took my passport"
PHONE = "13912345678"
NAME = "Qx7-name Sarnai"
STAFF_REPLY = "Qx7-reply we will call you on Friday"
TELEGRAM_WORDS = "Qx7-telegram he follows me to work"
TELEGRAM_CHAT = 4242
REFERENCE = re.compile(r"HLB-[0-9]{4}-[0-9]{6}")
PIN = re.compile(r"(?<![0-9-])[0-9]{6}(?![0-9])")


def actions_of(frame: dict) -> list[str]:
    return [button["action"] for row in frame.get("buttons", []) for button in row]


async def step(visitor: WebVisitor, kind: str, value: str, expect: str, within: float = 20) -> dict:
    """Send one text or button press; the first message whose text or buttons hold ``expect``."""
    await visitor.send(type=kind, **{kind: value})
    return await until(visitor, expect, within)


async def until(visitor: WebVisitor, expect: str, within: float = 20) -> dict:
    seen: list[str] = []
    while True:
        try:
            frame = await visitor.next_message(within)
        except TimeoutError:
            raise AssertionError(f"no message with {expect!r} within {within} s; got {seen}") from None
        if expect in frame["text"] or any(expect in action for action in actions_of(frame)):
            return frame
        seen.append(frame["text"][:80])


async def journey(bot: BotProcess, staff_code: str) -> tuple[str, str]:
    """Her case filed, found again with her PIN, added to, and written to by staff; (reference, PIN)."""
    her = WebVisitor(bot)
    await her.open()
    await until(her, "lang:en")
    await step(her, "action", "lang:en", "safe:yes")
    await step(her, "action", "safe:yes", "menu:new")
    await step(her, "action", "menu:new", "svc:family_mediation")
    await step(her, "action", "svc:family_mediation", "reg:hailar")
    await step(her, "action", "reg:hailar", "own words")
    # A NUL inside her words: PostgreSQL refuses it in text, and asyncpg's error quoted her words.
    await step(her, "text", DESCRIPTION.replace("door", "do\x00or"), "continue")
    await step(her, "action", "continue", "inv:none")
    await step(her, "action", "inv:none", "contact:phone_callback")
    await step(her, "action", "contact:phone_callback", "phone number")
    await step(her, "text", f"{PHONE} after 8 pm", "id:named")
    await step(her, "action", "id:named", "your name")
    await step(her, "text", NAME, "consent:yes")
    await step(her, "action", "consent:yes", "confirm")
    receipt = await step(her, "action", "confirm", "PIN", within=30)
    reference, pin = REFERENCE.search(receipt["text"]).group(0), PIN.findall(receipt["text"])[0]
    await her.close()

    other_device = WebVisitor(bot)
    await other_device.open()
    await until(other_device, "lang:en")
    await step(other_device, "action", "lang:en", "safe:yes")
    await step(other_device, "action", "safe:yes", "menu:cases")
    await step(other_device, "action", "menu:cases", "PIN")
    await step(other_device, "text", f"{reference} {pin}", f"case:{reference}")
    await step(other_device, "action", f"case:{reference}", "add")
    await step(other_device, "action", "add", "")  # the ask to write
    await step(other_device, "text", ADDED, "Added to your case")
    await other_device.close()

    staff = WebVisitor(bot)
    await staff.open()
    await until(staff, "lang:en")
    await step(staff, "text", f"/join {staff_code} Olga", "st:queue")
    await step(staff, "action", f"st:accept:{reference}", "sf:accept.0:low")
    await step(staff, "action", "sf:accept.0:low", "accept done")
    await step(staff, "action", f"st:msg:{reference}", "sf:cancel")
    await step(staff, "text", STAFF_REPLY, "call-back task")
    await staff.close()
    return reference, pin


async def telegram_journey(fake: FakeBotApi) -> None:
    """A second woman files her case over Telegram (the Bot API fake): her words, the bot's token in every URL."""

    async def press(data: str, expect: str) -> None:
        await fake.reply_to(TELEGRAM_CHAT, lambda: fake.press(TELEGRAM_CHAT, data), expect, seconds=20)

    await fake.reply_to(TELEGRAM_CHAT, lambda: fake.user_message(TELEGRAM_CHAT, "/start"), "", seconds=20)
    for data, expect in [("lang:en", "safe"), ("safe:yes", "help"), ("menu:new", "service"), ("svc:legal", "Where")]:
        await press(data, expect)
    await press("reg:genhe", "own words")
    await fake.reply_to(TELEGRAM_CHAT, lambda: fake.user_message(TELEGRAM_CHAT, TELEGRAM_WORDS), "Received", seconds=20)
    steps = [("continue", "involved"), ("inv:none", "contact"), ("contact:this_chat", "anonymous")]
    for data, expect in [*steps, ("id:anonymous", "Before you send"), ("consent:yes", "check"), ("confirm", "PIN")]:
        await press(data, expect)


def leaks(log: str, pin: str) -> list[str]:
    """Each marker text found in the log, by name."""
    found = [
        name
        for name, text in {
            "description": "Qx7-desc",
            "added information": "Qx7-added",
            "name": "Qx7-name",
            "staff reply": "Qx7-reply",
            "her words on Telegram": "Qx7-telegram",
            "phone": PHONE,
            "the bot's token": FakeBotApi().token,
        }.items()
        if text in log
    ]
    if re.search(rf"(?<![0-9]){pin}(?![0-9])", log):
        found.append("PIN")
    return found


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    yield api
    await api.stop()


async def run_journey(tmp_path: Path, database_url: str, fake: FakeBotApi) -> tuple[str, str, str, BotProcess]:
    bot = BotProcess.configure(
        tmp_path,
        database_url=database_url,
        log_level="DEBUG",
        library_log_level="DEBUG",
        telegram_token=fake.token,
        telegram_api_url=fake.api_url,
    )
    bot.cli("db", "upgrade")
    bot.cli("seed")
    roles = ("--role", "operator", "--role", "supervisor", "--role", "mediator")
    code = bot.cli("staff", "invite", *roles, "--region", "hailar").strip().splitlines()[-1]
    await bot.start()
    try:
        reference, pin = await journey(bot, code)
        await telegram_journey(fake)
    finally:
        bot.stop()
    return bot.log(), reference, pin, bot


def check(log: str, reference: str, pin: str, bot: BotProcess, library_line: str) -> None:
    assert re.search(library_line, log), "the libraries' DEBUG lines ran: the test looks where the leak was"
    assert " DEBUG uvicorn.error: " in log, "uvicorn's frame lines ran too"
    assert " DEBUG telegram.ext.ExtBot: " in log, "python-telegram-bot's request lines (every text it sends) ran too"
    assert not leaks(log, pin), f"her words in the log: {leaks(log, pin)}"
    shown = bot.cli("case", "show", reference)
    assert "registered" in shown.lower() or "accepted" in shown.lower(), shown


async def test_a_journey_at_debug_on_sqlite_leaves_none_of_her_words_in_the_log(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    log, reference, pin, bot = await run_journey(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", fake)
    check(log, reference, pin, bot, r" DEBUG aiosqlite: ")


@pytest.mark.postgres
async def test_a_journey_at_debug_on_postgresql_leaves_none_of_her_words_in_the_log(
    tmp_path: Path, postgres_url: str, fake: FakeBotApi
) -> None:
    log, reference, pin, bot = await run_journey(tmp_path, postgres_url, fake)
    check(log, reference, pin, bot, r" DEBUG sqlalchemy\.engine\.Engine: ")
