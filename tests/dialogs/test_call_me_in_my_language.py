"""Issue 7: "call me in my language" for Daur, Evenki, Oroqen and Buryat, and the channel's hint."""

from __future__ import annotations

import pytest
from harness import Bot, actions, texts

from bot.dialogs.choices import SPOKEN_LANGUAGES
from workflows.vocabulary import ContactPreference, State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")


def picker_order(out) -> list[str]:
    return [a.removeprefix("lang:") for a in actions(out) if a.startswith("lang:")]


async def test_the_picker_offers_call_me_in_my_language_as_its_last_row(bot: Bot) -> None:
    out = await bot.chat("web:c1").send("/start")
    assert out[-1].buttons[-1][0].action == "call:spoken"
    assert out[-1].buttons[-1][0].label == bot.app.localizer.format("zh-Hans-CN", "call-me-in-my-language")


async def test_the_spoken_languages_are_labelled_in_chinese_and_traditional_mongolian(bot: Bot) -> None:
    chat = bot.chat("web:c2")
    await chat.send("/start")
    out = await chat.press("call:spoken")
    words = bot.app.localizer
    assert actions(out)[:4] == [f"spoken:{code}" for code in SPOKEN_LANGUAGES]
    labels = [b.label for m in out for row in m.buttons for b in row if b.action.startswith("spoken:")]
    for code, label in zip(SPOKEN_LANGUAGES, labels, strict=True):
        zh = words.format("zh-Hans-CN", f"spoken-language-{code}")
        mn = words.format("mn-Mong-CN", f"spoken-language-{code}")
        assert label == words.format("zh-Hans-CN", "spoken-language-label", zh=zh, mn=mn)
        assert zh in label and mn in label


async def test_a_daur_speaker_leaves_a_number_and_gets_a_callback_case_with_her_spoken_language(bot: Bot) -> None:
    chat = bot.chat("web:daur")
    await chat.send("我丈夫打我")  # her first words, before any choice: not held for later
    await chat.press("call:spoken")
    out = await chat.press("spoken:dta")
    assert texts(out).startswith(bot.app.localizer.format("zh-Hans-CN", "call-me-ask-phone"))
    out = await chat.send("13900000000 下午两点以后")
    assert "达斡尔语" in texts(out) and "110" in texts(out)

    [case] = await bot.cases_of("web:daur")
    case, events, entries = await bot.history(case.reference)
    assert case.contact is ContactPreference.PHONE_CALLBACK
    assert case.language == "zh-Hans-CN" and case.channel.value == "web"
    assert case.state is State.NEW
    assert events[0].data["spoken_language"] == "dta"
    assert [e.text for e in entries if e.kind == "description"] == ["13900000000 下午两点以后"]


async def test_a_buryat_speaker_reads_traditional_mongolian(bot: Bot) -> None:
    chat = bot.chat("web:buryat")
    await chat.send("/start")
    await chat.press("call:spoken")
    await chat.press("spoken:bxu")
    await chat.send("13700000000")
    [case] = await bot.cases_of("web:buryat")
    _, events, _ = await bot.history(case.reference)
    expected = "mn-Mong-CN" if "mn-Mong-CN" in bot.app.dialogs.context.locales else "zh-Hans-CN"
    assert case.language == expected
    assert events[0].data["spoken_language"] == "bxu"


async def test_staff_see_the_spoken_language_on_the_card_and_dispatch_prefers_a_daur_speaking_point(bot: Bot) -> None:
    chat = bot.chat("web:daur2")
    await chat.send("/start")
    await chat.press("call:spoken")
    await chat.press("spoken:dta")
    await chat.send("13900000001")
    [case] = await bot.cases_of("web:daur2")
    supervisor = await bot.add_staff("web:sup", roles=("operator", "supervisor"), regions=("all",), locale="zh-Hans-CN")
    staff = bot.chat("web:sup")
    card = texts(await staff.send(f"/case {case.reference}"))
    assert "请用达斡尔语电话联系" in card

    await bot.fire(case.reference, Trigger.ACCEPT, supervisor, risk="low")
    out = await staff.press(f"st:dsp:{case.reference}")
    suggestions = texts(out)
    first_line = suggestions.splitlines()[1]
    assert first_line.startswith("莫力达瓦达斡尔族妇女之家"), "the demo point is named in her language"
    assert bot.app.localizer.format("zh-Hans-CN", "reason-spoken") in first_line


async def test_an_ordinary_card_shows_no_spoken_language(bot: Bot) -> None:
    from harness import file_case

    reference, _ = await file_case(bot.chat("web:plain"))
    await bot.add_staff("web:op", roles=("operator",), regions=("hailar",), locale="en")
    card = texts(await bot.chat("web:op").send(f"/case {reference}"))
    assert "call her in" not in card
    assert "Language: English   Channel" in card


async def test_a_chinese_hint_lists_chinese_first_but_still_shows_every_language(bot: Bot) -> None:
    out = await bot.chat("web:hint1").send("/start", hint="zh-hans")
    assert picker_order(out)[0] == "zh-Hans-CN"
    assert set(picker_order(out)) == set(bot.app.dialogs.context.locales)


async def test_a_russian_hint_lists_russian_first(bot: Bot) -> None:
    out = await bot.chat("web:hint2").send("/start", hint="ru")
    order = picker_order(out)
    assert order[0] == "ru" and set(order) == set(bot.app.dialogs.context.locales)


async def test_a_plain_mn_hint_lists_both_mongolian_scripts_first(bot: Bot) -> None:
    out = await bot.chat("web:hint3").send("/start", hint="mn")
    order = picker_order(out)
    mongolian = [t for t in ("mn-Mong-CN", "mn-Cyrl-MN") if t in bot.app.dialogs.context.locales]
    assert order[: len(mongolian)] == mongolian
    assert set(order) == set(bot.app.dialogs.context.locales)


async def test_without_a_hint_the_picker_keeps_its_own_order(bot: Bot) -> None:
    out = await bot.chat("web:nohint").send("/start")
    assert picker_order(out) == list(bot.app.dialogs.context.locales)
