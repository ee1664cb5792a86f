"""The reporter's whole journey, as she sees it and as the database records it."""

from __future__ import annotations

import asyncio

import pytest
from harness import (
    INTAKE_ORDER,
    Bot,
    actions,
    file_case,
    receipt_of,
    start,
    texts,
    walk_to,
)

from bot.dialogs.reporter import CONSENT_VERSION
from bot.messages import Inbound
from workflows.vocabulary import ContactPreference, Risk, Service, State, Trigger

#: Conversation logic: the bot runs on the in-memory unit of work (tests/dialogs/conftest.py).
pytestmark = pytest.mark.store("fake")

WORDS = "He took my passport and says he will hurt me if I leave."


async def journey(bot: Bot, address: str, *, locale: str, service: str, region: str) -> list:
    """Every step by its button, as she would tap them; returns what each step delivered."""
    chat = bot.chat(address)
    seen = [await chat.send("/start")]
    seen.append(await chat.press(f"lang:{locale}"))
    seen.append(await chat.press("safe:yes"))
    seen.append(await chat.press("menu:new"))
    seen.append(await chat.press(f"svc:{service}"))
    seen.append(await chat.press(f"reg:{region}"))
    seen.append(await chat.send(WORDS))
    seen.append(await chat.press("continue"))
    seen.append(await chat.press("inv:none"))
    seen.append(await chat.press("contact:this_chat"))
    seen.append(await chat.press("id:anonymous"))
    seen.append(await chat.press("consent:yes"))
    seen.append(await chat.press("confirm"))
    return seen


@pytest.mark.parametrize("service", [s.value for s in Service])
async def test_a_reporter_registers_a_case_for_each_service_and_the_region_staff_are_told(
    bot: Bot, service: str
) -> None:
    await bot.add_staff("web:duty-hailar", regions=("hailar",))
    await bot.add_staff("web:duty-genhe", regions=("genhe",))

    seen = await journey(bot, "web:her", locale="en", service=service, region="hailar")

    language, welcome, menu, ask_service, ask_region, ask_words = seen[:6]
    assert "lang:en" in actions(language) and "lang:zh-Hans-CN" in actions(language)
    assert actions(welcome) == ["safe:yes", "safe:no"]
    assert actions(menu) == ["menu:new", "menu:cases", "menu:order", "menu:orders", "menu:language", "menu:help"]
    assert f"svc:{service}" in actions(ask_service) and len(actions(ask_service)) == 8
    assert "reg:hailar" in actions(ask_region) and "reg:unknown" in actions(ask_region)
    assert "in your own words" in texts(ask_words)
    review = seen[11]
    assert actions(review)[-1] == "confirm"
    assert WORDS in texts(review) and "Hailar District" in texts(review)
    assert all(m.extra.get("safety") for step in seen[3:12] for m in step), "every intake ask carries the safety row"

    receipt = seen[12]
    reference, pin = receipt_of(receipt)
    case, events, entries = await bot.history(reference)
    assert case.state is State.NEW
    assert case.service is Service(service) and case.region == "hailar"
    assert case.pin_hash and pin not in case.pin_hash
    text = texts(receipt)
    assert "110" in text and "12338" in text and pin in text
    assert bot.app.localizer.datetime("en", case.due_at, bot.app.settings.zone) in text
    assert [e.trigger for e in events] == [Trigger.SUBMIT]
    assert events[0].data["consent_version"] == CONSENT_VERSION
    assert events[0].data["consent_locale"] == "en"
    assert "description" not in events[0].data, "her words are an entry, not audit data"
    assert [(e.kind, e.text) for e in entries] == [("description", WORDS)]

    told = bot.channel.to("web:duty-hailar")
    assert len(told) == 1 and reference in told[0].text and told[0].text.startswith("New case")
    assert bot.channel.to("web:duty-genhe") == [], "staff of another region are not told"


async def test_the_whole_journey_in_chinese_answers_in_chinese(bot: Bot) -> None:
    await bot.add_staff("web:duty", regions=("manzhouli",), locale="zh-Hans-CN")

    seen = await journey(bot, "web:她", locale="zh-Hans-CN", service="family_mediation", region="manzhouli")

    assert texts(seen[2]) == "请问需要什么帮助？"
    assert "满洲里" in texts(seen[11]) and "婚姻家庭纠纷调解" in texts(seen[11])
    reference, pin = receipt_of(seen[12])
    text = texts(seen[12])
    assert text.startswith("已登记") and "110" in text and "12338" in text
    case = await bot.case(reference)
    assert case.state is State.NEW and case.language == "zh-Hans-CN"
    assert bot.app.localizer.datetime("zh-Hans-CN", case.due_at, bot.app.settings.zone) in text
    assert all(m.locale == "zh-Hans-CN" for step in seen[1:] for m in step)
    assert reference in texts(bot.channel.to("web:duty")) and "新案件" in texts(bot.channel.to("web:duty"))


async def test_not_sure_of_the_region_registers_an_unknown_region_case_every_duty_operator_sees(bot: Bot) -> None:
    await bot.add_staff("web:duty-ergun", regions=("ergun",))

    reference, _ = await file_case(bot.chat("web:her"), region="unknown")

    case = await bot.case(reference)
    assert case.region == "unknown" and case.state is State.NEW
    assert reference in texts(bot.channel.to("web:duty-ergun"))


async def test_a_name_and_a_phone_she_gives_are_kept_apart_from_her_words(bot: Bot) -> None:
    chat = bot.chat("web:her")
    review = await walk_to(chat, "review", contact="phone_callback", phone="13900001111 evenings", name="Oyuna")
    assert "Call me back" in texts(review) and "Give my name" in texts(review)

    reference, _ = receipt_of(await chat.press("confirm"))

    case, events, entries = await bot.history(reference)
    assert case.contact is ContactPreference.PHONE_CALLBACK and not case.anonymous
    assert [(e.kind, e.text) for e in entries] == [
        ("description", "My husband shouts and pushes me."),
        ("contact", "Oyuna\n13900001111 evenings"),
    ]
    assert "13900001111" not in str(events[0].data)


async def test_a_change_from_the_review_returns_to_the_review(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "review", region="hailar")

    asked = await chat.press("chg:region")
    assert "reg:genhe" in actions(asked)
    review = await chat.press("reg:genhe")

    assert "Genhe" in texts(review) and actions(review)[-1] == "confirm"
    reference, _ = receipt_of(await chat.press("confirm"))
    assert (await bot.case(reference)).region == "genhe"


async def test_declining_consent_registers_nothing_and_points_to_12338(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "consent")

    out = await chat.press("consent:no")

    assert "12338" in texts(out) and "menu:new" in actions(out)
    assert await bot.cases_of("web:her") == []


# --- not safe to talk: minimal mode --------------------------------------------------


async def test_an_unsafe_phone_gets_only_12338_and_a_callback_request(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await chat.send("hi")
    await chat.press("lang:en")

    out = await chat.press("safe:no")

    assert len(out) == 1
    assert "12338" in out[0].text
    assert actions(out) == ["cb:request"]
    assert (await bot.conversation("web:her"))[0] == "minimal"


async def test_a_callback_request_in_minimal_mode_registers_a_phone_callback_case_and_asks_nothing_else(
    bot: Bot,
) -> None:
    await bot.add_staff("web:duty", regions=("all",))
    chat = bot.chat("web:her")
    await chat.send("hi")
    await chat.press("lang:en")
    await chat.press("safe:no")

    asked = await chat.press("cb:request")
    assert "number to call" in texts(asked)
    out = await chat.send("13800001234 after 8 pm")

    assert len(out) == 1 and "We will call" in out[0].text and actions(out) == []
    assert (await bot.conversation("web:her"))[0] == "minimal"
    [case] = await bot.cases_of("web:her")
    case, events, entries = await bot.history(case.reference)
    assert case.state is State.NEW and case.contact is ContactPreference.PHONE_CALLBACK
    assert case.service is Service.OTHER and case.region == "unknown"
    assert events[0].data["minimal_mode"] is True
    assert [(e.kind, e.text) for e in entries] == [("description", "13800001234 after 8 pm")]
    assert case.reference in texts(bot.channel.to("web:duty"))


# --- danger now -------------------------------------------------------------------------

DANGER_STEPS = ("menu", *INTAKE_ORDER)
#: What the case holds when she presses "danger now" at each step of `walk_to` (defaults: rights, hailar).
CHOSEN_BEFORE = {"menu": ("other", "unknown"), "service": ("other", "unknown"), "region": ("rights", "unknown")}


@pytest.mark.parametrize("step", DANGER_STEPS)
async def test_danger_now_at_any_step_shows_the_numbers_at_once_and_opens_an_emergency_case(
    bot: Bot, step: str
) -> None:
    await bot.add_staff("web:duty", regions=("hailar",))
    chat = bot.chat("web:her")
    await walk_to(chat, step)
    assert (await bot.conversation("web:her"))[0] == step

    out = await chat.press("danger")

    first = out[0].text
    assert "110" in first and "120" in first and "12338" in first
    [case] = await bot.cases_of("web:her")
    case, events, entries = await bot.history(case.reference)
    assert case.state is State.EMERGENCY and case.risk is Risk.IMMINENT
    assert (case.service.value, case.region) == CHOSEN_BEFORE.get(step, ("rights", "hailar"))
    assert [e.trigger for e in events] == [Trigger.RAISE_EMERGENCY]
    assert case.reference in texts(out)
    gave_words = INTAKE_ORDER.index(step) > INTAKE_ORDER.index("describe") if step in INTAKE_ORDER else False
    assert [e.text for e in entries if e.kind == "description"] == (
        ["My husband shouts and pushes me."] if gave_words else []
    )
    alerts = bot.channel.to("web:duty")
    assert len(alerts) == 1 and alerts[0].text.startswith("🆘") and case.reference in alerts[0].text
    state, data = await bot.conversation("web:her")
    assert state == "menu" and "intake" not in data


async def test_danger_now_before_choosing_a_language_still_shows_the_numbers_and_alerts(bot: Bot) -> None:
    await bot.add_staff("web:duty", regions=("all",))

    out = await bot.chat("web:her").press("danger")

    assert "110" in out[0].text and "12338" in out[0].text
    [case] = await bot.cases_of("web:her")
    assert case.state is State.EMERGENCY
    assert bot.channel.to("web:duty")[0].text.startswith("🆘")


async def test_danger_now_from_the_menu_raises_her_open_case_instead_of_opening_another(bot: Bot) -> None:
    await bot.add_staff("web:duty", regions=("hailar",))
    chat = bot.chat("web:her")
    reference, _ = await file_case(chat, region="hailar")

    out = await chat.press("danger")

    assert "110" in out[0].text and "120" in out[0].text and "12338" in out[0].text
    assert reference in texts(out) and "now an emergency" in texts(out)
    cases = await bot.cases_of("web:her")
    assert [c.reference for c in cases] == [reference]
    case, events, _ = await bot.history(reference)
    assert case.state is State.EMERGENCY and case.risk is Risk.IMMINENT
    assert [e.trigger for e in events] == [Trigger.SUBMIT, Trigger.RAISE_EMERGENCY]
    alerts = [m.text for m in bot.channel.to("web:duty")]
    assert alerts[0].startswith("New case") and alerts[1].startswith("🆘") and reference in alerts[1]

    again = await chat.press("danger")
    assert "already" in texts(again) and "110" in again[0].text
    assert len(bot.channel.to("web:duty")) == 2, "a second press does not raise it twice"


# --- restart -----------------------------------------------------------------------------


async def test_a_restart_in_the_middle_of_an_intake_resumes_at_the_same_step_with_what_she_gave(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "contact", service="legal", region="yakeshi", words="He keeps our child from me.")

    await bot.restart()

    assert (await bot.conversation("web:her"))[0] == "contact"
    asked = await chat.press("contact:this_chat")
    assert actions(asked) == ["id:anonymous", "id:named"]
    await chat.press("id:anonymous")
    review = await chat.press("consent:yes")
    assert (
        "Legal advice" in texts(review)
        and "Yakeshi" in texts(review)
        and "He keeps our child from me." in texts(review)
    )
    reference, _ = receipt_of(await chat.press("confirm"))
    case, _, entries = await bot.history(reference)
    assert (case.service, case.region, case.state) == (Service.LEGAL, "yakeshi", State.NEW)
    assert entries[0].text == "He keeps our child from me."


# --- many at once ------------------------------------------------------------------------


async def test_a_flood_from_one_session_does_not_delay_another_sessions_reply(bot: Bot) -> None:
    await start(bot.chat("web:flood"))
    await start(bot.chat("web:calm"))
    finished: list[str] = []

    async def handle(address: str, n: int) -> None:
        await bot.app.dialogs.handle(Inbound(address=address, update_id=f"{address}-{n}", text=f"message {n}"))
        finished.append(address)

    flood = [handle("web:flood", n) for n in range(100)]
    await asyncio.gather(*flood[:50], handle("web:calm", 0), *flood[50:])
    await bot.deliver_pending()

    assert len(finished) == 101
    assert finished.index("web:calm") < 5, finished.index("web:calm")
    calm = bot.channel.to("web:calm")
    assert calm[-1].text.startswith("This was not saved")
    flooded = [m for m in bot.channel.to("web:flood") if m.text.startswith("This was not saved")]
    assert len(flooded) == 100


async def test_after_a_page_reload_the_current_question_is_asked_again_and_nothing_is_kept(bot: Bot) -> None:
    chat = bot.chat("web:her")
    await walk_to(chat, "region")

    again = await chat.send("/again")

    assert texts(again) == "Where are you?" and "reg:hailar" in actions(again)
    _, data = await bot.conversation("web:her")
    assert "/again" not in str(data)
