"""Odd input over Telegram (the fake Bot API over loopback HTTP): nothing is lost, the case registers.

A lone surrogate, a NUL and terminal escapes in her words, in a document's file name and in button
data reach the bot as JSON escapes the way Telegram sends them; the bot answers every one, the review
shows her words with U+FFFD where the surrogate was, and the case registers.
"""

from __future__ import annotations

import re

from fake_bot_api import FakeBotApi
from telegram_harness import RunningBot
from test_telegram_journeys import AFTER_DESCRIPTION, CHAT, press, say, to_description

WORDS = "ᠡᠷ\u180e\u202fᠡ ᠨᠥᠬᠥᠷ\u200d hit me \ud800 last night\x00\x1b[2J"


async def test_a_lone_surrogate_and_a_nul_in_her_words_and_a_file_name_still_register_her_case(
    fake: FakeBotApi, polling_bot: RunningBot
) -> None:
    await to_description(fake)
    received = await say(fake, CHAT, WORDS, "continue")
    assert "Received" in received["text"]
    fake.add_file("doc-1", b"%PDF-1.4 odd")
    document = {"file_id": "doc-1", "file_unique_id": "d1", "file_name": "scan\ud800\x00.pdf", "file_size": 12}
    attached = await say(fake, CHAT, "", "continue", document=document)
    assert "Received" in attached["text"]
    junk = await press(fake, CHAT, "continue\x00\ud800", "")  # button data she cannot type, as a client could send
    assert "went wrong" not in junk["text"]

    for data, expected in AFTER_DESCRIPTION:
        prompt = await press(fake, CHAT, data, expected)
    assert "ᠡᠷ\u180e\u202fᠡ ᠨᠥᠬᠥᠷ\u200d hit me \ufffd last night[2J" in prompt["text"]
    receipt = await press(fake, CHAT, "confirm", "PIN")

    assert re.search(r"HLB-\d{4}-\d{6}", receipt["text"]) and re.search(r"PIN: \d{6}", receipt["text"])
