"""Odd input through the web chat of a real ``walking-home run``, on SQLite and on PostgreSQL.

Her words carry a lone surrogate (sent as the JSON escape ``\\ud800``, as a browser's
``JSON.stringify`` does), a NUL (PostgreSQL refuses it in text) and traditional Mongolian with its
vowel separator and U+202F. She is answered at every step, the review shows her words with U+FFFD
for the surrogate and the Mongolian intact, and the case registers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .bot_process import BotProcess, WebVisitor
from .test_logs_hold_no_words import step, until

MONGOLIAN = "ᠡᠷ\u180e\u202fᠡ ᠨᠥᠬᠥᠷ\u200d"
WORDS = f"{MONGOLIAN} hit me \ud800 and locked the do\x00or\x07"
SHOWN = f"{MONGOLIAN} hit me \ufffd and locked the door"


async def file_odd_case(bot: BotProcess) -> tuple[str, str]:
    """The whole intake with odd words and an odd name; (the review's text, the reference)."""
    her = WebVisitor(bot)
    await her.open()
    try:
        await until(her, "lang:en")
        await step(her, "action", "lang:en", "safe:yes")
        await step(her, "action", "safe:yes", "menu:new")
        await step(her, "action", "menu:new", "svc:rights")
        await step(her, "action", "svc:rights", "reg:hailar")
        await step(her, "action", "reg:hailar", "own words")
        await step(her, "text", WORDS, "continue")
        await step(her, "action", "zz:\ud800\x00", "")  # junk button data: answered, nothing lost
        await step(her, "action", "continue", "inv:none")
        await step(her, "action", "inv:none", "contact:this_chat")
        await step(her, "action", "contact:this_chat", "id:named")
        await step(her, "action", "id:named", "your name")
        await step(her, "text", "Sar\x00nai\ud800", "consent:yes")
        review = await step(her, "action", "consent:yes", "confirm")
        receipt = await step(her, "action", "confirm", "PIN", within=30)
    finally:
        await her.close()
    return review["text"], re.search(r"HLB-\d{4}-\d{6}", receipt["text"]).group(0)


async def run(tmp_path: Path, database_url: str) -> None:
    bot = BotProcess.configure(tmp_path, database_url=database_url)
    bot.cli("db", "upgrade")
    bot.cli("seed")
    await bot.start()
    try:
        review, reference = await file_odd_case(bot)
    finally:
        bot.stop()
    assert SHOWN in review
    shown = bot.cli("case", "show", reference)
    assert reference in shown and "registered" in shown.lower(), shown
    assert "Traceback" not in bot.log()


async def test_odd_input_through_the_web_chat_registers_her_case_on_sqlite(tmp_path: Path) -> None:
    await run(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")


@pytest.mark.postgres
async def test_a_nul_through_the_web_chat_registers_her_case_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    await run(tmp_path, postgres_url)
