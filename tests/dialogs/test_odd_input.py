"""Odd input at the channel edge: lone surrogates, NULs, controls, any script — never a lost turn.

Every channel builds an `Inbound`; it cleans what came in (`bot.messages.clean_text`): a lone
surrogate becomes U+FFFD, NUL and the other C0/C1 controls but tab and newline go, text is NFC,
and traditional Mongolian keeps its free variation selectors, vowel separator, ZWJ/ZWNJ and U+202F.
"""

from __future__ import annotations

import logging
import random
import unicodedata
from pathlib import Path

import pytest
from harness import Bot, Chat, actions, receipt_of, start, texts, walk_to

from bot.messages import Attachment, Inbound, clean_text

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

LOCALES = Path(__file__).resolve().parents[2] / "locales"
KEEP = "\u180b\u180c\u180d\u180e\u180f\u200c\u200d\u202f"


def traditional_mongolian() -> str:
    """A real sentence of the mn-Mong-CN catalog holding U+180B, U+180E and U+202F."""
    for line in (LOCALES / "mn-Mong-CN" / "reporter.ftl").read_text(encoding="utf-8").splitlines():
        value = line.partition("=")[2].strip()
        if all(c in value for c in "\u180b\u180e\u202f") and "{" not in value:
            return value
    raise AssertionError("no traditional Mongolian line with U+180B, U+180E and U+202F")


MONGOLIAN = traditional_mongolian()


def test_clean_text_keeps_her_meaning_and_drops_what_cannot_be_stored() -> None:
    assert clean_text("he hit me \ud800 twice") == "he hit me \ufffd twice"
    assert clean_text("\udfff") == "\ufffd"
    assert clean_text("\ud83d\ude00") == "\U0001f600", "a pair written as two code points joins up"
    assert clean_text("a\x00b\x07c\x1bd\x7fe\x85f\x9fg") == "abcdefg"
    assert clean_text("line one\r\nline two\rthree\tfour") == "line one\nline two\nthree\tfour"
    assert clean_text("e\u0301") == "\u00e9" and unicodedata.is_normalized("NFC", clean_text("e\u0301"))
    assert clean_text("\u200f\u05e9\u05dc\u05d5\u05dd\u202e") == "\u200f\u05e9\u05dc\u05d5\u05dd\u202e"
    assert clean_text("👩\u200d👧 ok") == "👩\u200d👧 ok"
    mongolian = MONGOLIAN + " ᠡ\u180c ᠠ\u180d ᠭ\u180f ᠠ\u200cᠨ\u200dᠠ"
    assert clean_text(mongolian) == mongolian
    assert all(c in clean_text(mongolian) for c in KEEP)


def test_every_field_a_channel_fills_is_cleaned_when_the_inbound_is_built() -> None:
    attachment = Attachment("photo\x00\ud800.jpg", "image/jpeg\x00", 3)
    inbound = Inbound(
        address="web:x",
        update_id="1",
        text="words\x00\ud800",
        action="svc:rights\x00",
        attachments=(attachment,),
        locale_hint="en\x00",
        unsupported="sticker\x01",
    )
    assert inbound.text == "words\ufffd" and inbound.action == "svc:rights"
    assert inbound.locale_hint == "en" and inbound.unsupported == "sticker"
    assert inbound.attachments[0].filename == "photo\ufffd.jpg"
    assert inbound.attachments[0].content_type == "image/jpeg"


async def test_a_lone_surrogate_in_her_words_reaches_the_review_and_registers_the_case(bot: Bot) -> None:
    chat = bot.chat("web:her")
    review = await walk_to(chat, "review", words="He hit me \ud800 last night.\x00")

    assert "He hit me \ufffd last night." in texts(review) and actions(review)[-1] == "confirm"
    reference, _ = receipt_of(await chat.press("confirm"))
    _, _, entries = await bot.history(reference)
    assert [(e.kind, e.text) for e in entries] == [("description", "He hit me \ufffd last night.")]


async def test_traditional_mongolian_is_kept_exactly_as_she_wrote_it(bot: Bot) -> None:
    words = f"{MONGOLIAN}\nᠡ\u180c ᠠ\u180d ᠭ\u180f ᠠ\u200cᠨ\u200dᠠ"
    chat = bot.chat("web:her")
    review = await walk_to(chat, "review", words=words, name="ᠰᠠᠷᠠᠨ\u180e\u202fᠠ\x00", locale="mn-Mong-CN")
    assert words in texts(review)

    reference, _ = receipt_of(await chat.press("confirm"))
    _, _, entries = await bot.history(reference)
    stored = {e.kind: e.text for e in entries}
    assert stored["description"] == words
    assert stored["contact"].startswith("ᠰᠠᠷᠠᠨ\u180e\u202fᠠ") and "\x00" not in stored["contact"]


async def test_a_message_of_nothing_but_controls_is_answered_and_the_intake_goes_on(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "describe")

    answered = await chat.send("\x00\x01\x02")

    assert answered, "she is answered"
    assert "went wrong" not in texts(answered)
    out = await chat.send("My husband shouts.")
    assert "continue" in actions(out)


async def test_odd_button_data_and_file_names_are_answered_not_crashed_on(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "describe")
    out = await chat.send(
        "photo", attachments=(Attachment("\ud800\x00evil\u202e gpj.exe", "image/jpeg", 4, data=b"\xff\xd8\xff\xe0"),)
    )
    assert out and "went wrong" not in texts(out)
    for junk in ("svc:\ud800", "reg:\x00", "\x00", "continue\ud800", "x" * 500):
        out = await chat.press(junk)
        assert "went wrong" not in texts(out), junk
    out = await chat.press("continue")
    assert "inv:none" in actions(out)


# --- fuzz -----------------------------------------------------------------------------

SCRIPTS = [
    "My husband shouts and pushes me.",
    "他打我，还拿走了我的身份证。",
    MONGOLIAN,
    "Муж кричит на меня.",
    "ᠡᠷ\u180e\u202fᠡ ᠨᠥᠬᠥᠷ",
    "\u200fשלום\u200e مرحبا \u202eevil\u202c",
    "👩\u200d👩\u200d👧 😀🇨🇳 \U0001f3f3\ufe0f\u200d\U0001f308",
    "e\u0301 a\u030a \u1100\u1161",
]
ODD = [
    "\ud800",
    "\udfff",
    "\udbff",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x9f",
    "\r\n",
    "\r",
    "\ufeff",
    "\uffff",
]
REGIONS = ["hailar", "genhe", "ergun", "manzhouli", "unknown"]
SERVICES = ["family_mediation", "rights", "legal", "employment", "mental_health", "other"]


def fuzzed_text(rng: random.Random) -> str:
    """Real words of several scripts with odd characters sprinkled in, sometimes 5,000 characters long."""
    if rng.random() < 0.03:
        return "".join(rng.choice(SCRIPTS + ODD) for _ in range(400))[:5000].ljust(5000, "\ud800")
    parts = [rng.choice(SCRIPTS)]
    for _ in range(rng.randint(1, 6)):
        parts.insert(rng.randint(0, len(parts)), rng.choice(ODD) * rng.randint(1, 3))
    if rng.random() < 0.1:
        parts.append("".join(chr(rng.randint(0x1, 0x10FFFF)) for _ in range(rng.randint(1, 30))))
    return "".join(parts)


def apologies(bot: Bot) -> set[str]:
    """The first line of every "something went wrong" answer, in every language."""
    localizer = bot.app.localizer
    ids = ("error-internal", "error-internal-not-kept", "error-stale-case")
    return {localizer.format(tag, i).splitlines()[0] for tag in localizer.locales for i in ids}


class Fuzz:
    def __init__(self, bot: Bot, rng: random.Random) -> None:
        self.bot, self.rng = bot, rng
        self.turns = self.submits = 0
        self.references: list[str] = []
        self.apologies = apologies(bot)

    async def send(self, chat: Chat, text: str = "", action: str = "") -> list:
        self.turns += 1
        out = await chat.send(text, action=action)
        assert out, f"turn {self.turns} got no answer"
        assert not any(a in texts(out) for a in self.apologies), f"turn {self.turns} failed: {text!r} {action!r}"
        return out

    async def noise(self, chat: Chat) -> None:
        """Something odd where a button was expected: a junk button or typed text."""
        if self.rng.random() < 0.2:
            if self.rng.random() < 0.5:
                await self.send(chat, action="zz:" + fuzzed_text(self.rng)[:40])
            else:
                await self.send(chat, text=fuzzed_text(self.rng))

    async def answer(self, chat: Chat, expect: str, *, text: str = "", action: str = "", fallback: str = "") -> list:
        """Send; when the answer does not offer ``expect`` (her text was refused), send ``fallback``."""
        out = await self.send(chat, text=text, action=action)
        if expect not in actions(out) and fallback:
            out = await self.send(chat, text=fallback)
        assert expect in actions(out), f"turn {self.turns}: expected {expect}, got {actions(out)}: {texts(out)[:200]}"
        return out

    async def intake(self, chat: Chat) -> None:
        rng = self.rng
        await self.answer(chat, "svc:rights", text="/new")
        await self.noise(chat)
        await self.answer(chat, "reg:hailar", action=f"svc:{rng.choice(SERVICES)}")
        await self.send(chat, action=f"reg:{rng.choice(REGIONS)}")
        await self.answer(chat, "continue", text=fuzzed_text(rng), fallback="My husband shouts.")
        for _ in range(rng.randint(0, 2)):
            await self.send(chat, text=fuzzed_text(rng))
        await self.answer(chat, "inv:none", action="continue")
        await self.noise(chat)
        await self.answer(chat, "contact:this_chat", action=f"inv:{rng.choice(['none', 'elder', 'child'])}")
        if rng.random() < 0.5:
            await self.send(chat, action="contact:phone_callback")
            await self.answer(chat, "id:named", text="139" + fuzzed_text(rng), fallback="13900001111")
        else:
            await self.answer(chat, "id:named", action="contact:this_chat")
        if rng.random() < 0.5:
            await self.send(chat, action="id:named")
            await self.answer(chat, "consent:yes", text=fuzzed_text(rng)[:60], fallback="Sarnai")
        else:
            await self.answer(chat, "consent:yes", action="id:anonymous")
        await self.answer(chat, "confirm", action="consent:yes")
        self.submits += 1
        receipt = await self.send(chat, action="confirm")
        reference, _ = receipt_of(receipt)
        self.references.append(reference)


async def test_5000_fuzzed_turns_raise_nothing_and_every_submit_registers_a_case(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    rng = random.Random(20261202)
    fuzz = Fuzz(bot, rng)
    conversation = 0
    with caplog.at_level(logging.ERROR):
        while fuzz.turns < 5000:
            conversation += 1
            chat = bot.chat(f"web:fuzz-{conversation}")
            await start(chat, rng.choice(["en", "zh-Hans-CN", "mn-Mong-CN", "mn-Cyrl-MN", "ru"]))
            fuzz.turns += 3
            for _ in range(rng.randint(1, 2)):
                await fuzz.intake(chat)

    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not failures, [r.getMessage() for r in failures[:5]]
    assert fuzz.turns >= 5000 and fuzz.submits == len(fuzz.references) == len(set(fuzz.references))
    for reference in fuzz.references:
        case, _, entries = await bot.history(reference)
        assert case.reference == reference
        assert all("\x00" not in e.text and unicodedata.is_normalized("NFC", e.text) for e in entries)
        assert all(not any(0xD800 <= ord(c) <= 0xDFFF for c in e.text) for e in entries)
