"""Her words, byte for byte: traditional Mongolian survives storage, relay and the staff card.

U+202F joins a case suffix to its word, U+180E separates a final vowel, U+180B selects a
glyph variant. Python treats U+202F as whitespace and U+180E as unprintable, so a well-meant
"clean-up" (NFKC, ``split()``, ``\\s+`` collapsing, stripping invisible characters) would change
what she wrote. Nothing may.
"""

from __future__ import annotations

import pytest
from harness import Bot, file_case, start, texts, walk_to

from workflows.vocabulary import Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

#: "My husband's mother hits me", with a suffix after U+202F, a vowel separator and a variation selector.
HER_WORDS = "ᠨᠥᠬᠦᠷ ᠦᠨ ᠡᠬᠡ\u202fᠶᠢᠨ ᠮᠢᠨᠦ ᠭᠠᠷ\u180b ᠢ ᠵᠤᠯᠠ\u180eᠠ  \u202fᠳᠤ\n\nᠬᠣᠶᠠᠷ  ᠮᠦᠷ"
ADDED = "ᠡᠮᠡ\u180eᠡ\u202fᠲᠡᠢ ᠬᠠᠮᠲᠤ\u180c ᠪᠠᠢᠨ\u180eᠠ"
PUA = "\ue234\ue2a5 ᠮᠢᠨᠦ"


def test_the_sample_text_is_what_the_tests_say_it_is() -> None:
    assert {"\u202f", "\u180e", "\u180b"} <= set(HER_WORDS) and "\u180c" in ADDED
    assert HER_WORDS.split() != HER_WORDS.split(" ")  # str.split() would cut at U+202F


async def test_her_mongolian_words_are_stored_relayed_and_shown_to_staff_exactly(bot: Bot) -> None:
    her = bot.chat("web:saran")
    reference, _ = await file_case(her, words=HER_WORDS)
    case, _, entries = await bot.history(reference)
    assert [e.text for e in entries if e.kind == "description"] == [HER_WORDS]
    assert [e.text.encode() for e in entries if e.kind == "description"] == [HER_WORDS.encode()]

    supervisor = await bot.add_staff("web:sup", roles=("operator", "supervisor"), regions=("all",))
    mediator = await bot.add_staff("web:med", roles=("mediator",), regions=("all",))
    await bot.fire(reference, Trigger.ACCEPT, supervisor, risk="low")
    await bot.fire(reference, Trigger.DISPATCH, supervisor, assignee_id=mediator.id)
    await bot.fire(reference, Trigger.TAKE, mediator)

    # She adds to her case (as after "reply" under her mediator's message): relayed as is.
    await her.press(f"reply:{reference}")
    await her.send(ADDED)
    relayed = bot.channel.to("web:med")[-1]
    assert ADDED in relayed.text
    _, _, entries = await bot.history(reference)
    assert [e.text for e in entries if e.kind == "message_in"] == [ADDED]

    card = texts(await bot.chat("web:med").send(f"/case {reference}"))
    assert HER_WORDS in card and ADDED in card


async def test_her_callback_number_and_name_are_kept_as_she_wrote_them(bot: Bot) -> None:
    name = "ᠰᠠᠷᠠᠨ\u180eᠠ\u202fᠭᠠᠪᠠ"
    reference, _ = await file_case(bot.chat("web:named"), contact="phone_callback", phone="13800000000 ᠣᠷᠣᠢ", name=name)
    _, _, entries = await bot.history(reference)
    assert [e.text for e in entries if e.kind == "contact"] == [f"{name}\n13800000000 ᠣᠷᠣᠢ"]


async def test_private_use_input_gets_the_keyboard_warning_in_chinese_and_is_kept(bot: Bot) -> None:
    chat = bot.chat("web:pua-zh")
    await walk_to(chat, "describe", locale="zh-Hans-CN", words="")
    out = await chat.send(PUA)
    assert bot.app.localizer.format("zh-Hans-CN", "warning-private-use-keyboard") in texts(out)
    stored, data = await bot.conversation("web:pua-zh")
    assert data["intake"]["description"] == [PUA]


async def test_private_use_input_gets_the_keyboard_warning_in_traditional_mongolian(bot: Bot) -> None:
    assert "mn-Mong-CN" in bot.app.dialogs.context.locales, "the traditional Mongolian catalog is missing"
    chat = bot.chat("web:pua-mn")
    await start(chat, "mn-Mong-CN")
    out = await chat.send(PUA)
    warning = bot.app.localizer.format("mn-Mong-CN", "warning-private-use-keyboard")
    assert bot.app.localizer.has("mn-Mong-CN", "warning-private-use-keyboard")
    assert warning in texts(out)
    assert "\ue234" not in warning
