"""The WeChat channel end to end: signed pushes (plain and safe mode) to the real bot's ``/wechat``, the
real dialogs and outbox, customer-service messages out to a fake of WeChat's API over HTTP."""

from __future__ import annotations

import asyncio
import re

import pytest
from fake_wechat import FakeWeChat, Pusher, Sent
from sqlalchemy import text
from wechat_harness import WeChatBot

from bot.messages import Inbound

HER = "oHer0001"
#: (action clicked, Chinese label, a piece of the next prompt) from her language to her receipt.
JOURNEY = [
    ("lang:zh-Hans-CN", "中文", "现在方便聊天吗"),
    ("safe:yes", "方便，是我自己的手机", "请问需要什么帮助"),
    ("menu:new", "我需要帮助（新的求助）", "请选择您需要的服务"),
    ("svc:rights", "权益维护 / 反家暴", "您在哪个地区"),
    ("reg:hailar", "海拉尔区", "请用自己的话说说"),
    (None, "他喝醉了就打我。<b>不是粗体</b>", "已收到"),
    ("continue", "继续", "是否涉及儿童或老人"),
    ("inv:none", "都不涉及", "怎样联系您比较安全"),
    ("contact:this_chat", "只在这个对话里联系", "匿名"),
    ("id:anonymous", "匿名", "提交前请了解"),
    ("consent:yes", "同意并继续", "请确认"),
    ("confirm", "确认提交", "案件编号"),
]
REFERENCE = re.compile(r"[A-Z]+-\d{4}-\d{6}")
PIN = re.compile(r"查询密码：(\d{6})")


async def rows(bot: WeChatBot, sql: str, **params) -> list:
    async with bot.app.unit_of_work() as uow:
        result = await uow.session.execute(text(sql), params)
        return list(result.all())


async def until(bot: WeChatBot, sql: str, ready, within: float = 10.0, **params) -> list:
    """The rows of ``sql`` once ``ready(rows)`` holds (polled), else the test fails."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        found = await rows(bot, sql, **params)
        if ready(found):
            return found
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not within {within} s: {found}")
        await asyncio.sleep(0.1)


async def click(pusher: Pusher, fake: FakeWeChat, openid: str, action: str, expect: str) -> Sent:
    """Her click on the msgmenu item ``action`` of the last menu she got; the bot's answer with ``expect``."""
    menus = [m for m in fake.to(openid) if m.items]
    item = next(i for i in menus[-1].items if i["id"] == action)
    seen = len(fake.to(openid))
    assert await pusher.send(pusher.text(openid, item["content"], menu_id=action)) == [200]
    return await fake.wait_for(openid, expect, after=seen)


async def reply(pusher: Pusher, fake: FakeWeChat, openid: str, words: str, expect: str) -> Sent:
    seen = len(fake.to(openid))
    assert await pusher.send(pusher.text(openid, words)) == [200]
    return await fake.wait_for(openid, expect, after=seen)


async def follow(pusher: Pusher, fake: FakeWeChat, openid: str) -> Sent:
    assert await pusher.send(pusher.event(openid, "subscribe")) == [200]
    return await fake.wait_for(openid, "请选择语言")


async def journey_with_clicks(pusher: Pusher, fake: FakeWeChat, openid: str = HER) -> tuple[str, str]:
    await follow(pusher, fake, openid)
    answer = None
    for action, label, expect in JOURNEY:
        if action is None:
            answer = await reply(pusher, fake, openid, label, expect)
        else:
            answer = await click(pusher, fake, openid, action, expect)
    assert answer is not None
    reference, pin = REFERENCE.search(answer.text), PIN.search(answer.text)
    assert reference and pin, answer.text
    return reference.group(0), pin.group(1)


# --------------------------------------------------------------------------------------------
# The server address


async def test_the_handshake_echoes_only_when_signed_and_unsigned_pushes_are_refused(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    assert await pusher.handshake("echo-1234") == (200, "echo-1234")
    assert (await pusher.handshake("echo-1234", bad_signature=True))[0] == 403

    status, _ = await pusher.post(pusher.text(HER, "你好"), bad_signature=True)
    assert status == 403
    # Safe mode with a msg_signature that does not match the encrypted part.
    safe = Pusher(bot.url, fake, safe=True)
    pushers.append(safe)
    push = safe.text(HER, "你好")
    forged = Pusher(bot.url, fake, safe=True, token="another-token")
    pushers.append(forged)
    assert (await forged.post(push))[0] == 403
    assert await rows(bot, "select * from processed_updates") == [], "nothing refused was recorded"
    assert fake.to(HER) == []


async def test_a_reporter_files_her_case_in_chinese_by_clicking_msgmenu_items_in_safe_mode(
    fake: FakeWeChat, bot_factory, database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(database)
    pusher = Pusher(bot.url, fake, safe=True)
    pushers.append(pusher)
    reference, pin = await journey_with_clicks(pusher, fake)
    assert reference.startswith("HLB-") and len(pin) == 6

    sent = fake.to(HER)
    # The safety note came at her follow, before anything else, and says the chat stays in WeChat.
    assert "无法删除" in sent[0].text and sent[0].msgtype == "text"
    # Every prompt with options is a msgmenu whose last two items are "danger now" and quick exit.
    menus = [m for m in sent if m.items]
    assert all([i["id"] for i in m.items][-2:] == ["danger", "exit"] for m in menus)
    assert all(m.body["msgmenu"]["tail_content"] == "请点击您的选择。" for m in menus)
    # Her words reached the review as she wrote them (no markup is interpreted in WeChat).
    assert any("他喝醉了就打我。<b>不是粗体</b>" in m.text for m in sent)
    case = await rows(bot, "select channel, language from cases where reference = :r", r=reference)
    assert case == [("wechat", "zh-Hans-CN")]
    # Her OpenID is her address, never shown to staff: it is in no message of the staff's channel.
    assert not any(HER in m.text for m in bot.web.delivered)


async def test_a_reporter_files_her_case_with_numbered_options_in_plain_mode(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database, wechat_buttons="numbers")
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    picker = await follow(pusher, fake, HER)
    assert picker.msgtype == "text" and "请回复您选择的数字" in picker.text
    answer = picker
    for index, (action, label, expect) in enumerate(JOURNEY):
        if action is None:
            answer = await reply(pusher, fake, HER, label, expect)
            continue
        lines = dict(re.findall(r"^(\d+)\. (.+)$", answer.text, re.MULTILINE))
        number = next(n for n, shown in lines.items() if shown == label)
        assert list(lines.values())[-2:] == ["🆘 紧急求助", "快速离开"], "the safety options come last"
        # The number, or (every other step) the option's exact words.
        answer = await reply(pusher, fake, HER, number if index % 2 else label, expect)
    assert REFERENCE.search(answer.text)
    assert not any(m.msgtype == "msgmenu" for m in fake.to(HER))


async def test_msgmenu_refused_by_the_account_falls_back_to_numbers_for_the_process(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher], caplog: pytest.LogCaptureFixture
) -> None:
    fake.msgmenu_allowed = False
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    picker = await follow(pusher, fake, HER)
    assert picker.msgtype == "text" and "1. 中文" in picker.text
    await reply(pusher, fake, HER, "1", "现在方便聊天吗")
    assert [code for _, code in fake.refused] == [48001], "asked once; numbers from then on"
    assert sum("48001" in r.getMessage() for r in caplog.records) == 1


# --------------------------------------------------------------------------------------------
# Durability: retries and duplicates


async def test_the_same_msgid_three_times_at_once_has_one_effect(
    fake: FakeWeChat, bot_factory, database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(database)
    pusher = Pusher(bot.url, fake, safe=True)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    await click(pusher, fake, HER, "lang:zh-Hans-CN", "现在方便聊天吗")
    await click(pusher, fake, HER, "safe:yes", "请问需要什么帮助")
    seen = len(fake.to(HER))
    push = pusher.text(HER, "/help", msg_id=777001)
    statuses = await asyncio.gather(*(pusher.post(push) for _ in range(3)))  # WeChat's retries, overlapping
    assert [status for status, _ in statuses] == [200, 200, 200]
    assert {body for _, body in statuses} == {"success"}
    await fake.wait_for(HER, "使用方法", after=seen)
    await asyncio.sleep(1.0)  # time for any second answer to show up
    assert sum("使用方法" in m.text for m in fake.to(HER)[seen:]) == 1
    again = await pusher.post(push)  # a fourth, later: still nothing more
    assert again == (200, "success")
    await asyncio.sleep(0.5)
    assert sum("使用方法" in m.text for m in fake.to(HER)[seen:]) == 1
    recorded = await rows(bot, "select count(*) from processed_updates where update_id = '777001'")
    assert recorded == [(1,)]


async def test_a_push_not_recorded_in_time_is_answered_503_and_its_retry_is_taken_once(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    real = bot.channel.handle
    calls = 0

    async def slow_then_down(inbound: Inbound) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            await asyncio.sleep(10)  # a database that does not answer: past the 4 s bound
        from bot.messages import NotRecorded

        if calls == 2:
            raise NotRecorded("database down")
        await real(inbound)

    bot.channel.handle = slow_then_down
    seen = len(fake.to(HER))
    push = pusher.text(HER, "中文", msg_id=888001)  # the option's words (a digit is her words under a msgmenu)
    began = asyncio.get_running_loop().time()
    statuses = await pusher.send(push)
    assert statuses == [503, 503, 200]
    assert asyncio.get_running_loop().time() - began < 5.5, "the first answer came within WeChat's 5 s"
    await fake.wait_for(HER, "现在方便聊天吗", after=seen)
    assert await rows(bot, "select count(*) from processed_updates where update_id = '888001'") == [(1,)]


async def test_danger_now_from_the_account_menu_gets_the_numbers_directly_when_not_recorded(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    from bot.messages import NotRecorded

    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    real = bot.channel.handle

    async def down(inbound: Inbound) -> None:
        raise NotRecorded("database down")

    bot.channel.handle = down
    press = pusher.event(HER, "CLICK", "danger")
    seen = len(fake.to(HER))
    assert await pusher.send(press) == [503, 503, 503]
    numbers = [m for m in fake.to(HER)[seen:] if "110" in m.text]
    assert len(numbers) == 1, "the numbers once for WeChat's three tries"
    bot.channel.handle = real
    assert await pusher.send(press) == [200]  # recorded now: the dialogs' emergency answer too
    await fake.wait_for(HER, "110", after=seen + 1)


# --------------------------------------------------------------------------------------------
# The 48-hour window, the token, error codes


async def test_outside_the_48_hour_window_a_message_waits_and_goes_out_when_she_writes(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    await click(pusher, fake, HER, "lang:zh-Hans-CN", "现在方便聊天吗")
    fake.closed.add(HER)  # two days pass without a word from her
    await bot.app.dialogs.handle(Inbound(address=f"wechat:{HER}", update_id="staff-side-1", text="/help"))
    await asyncio.sleep(1.5)
    held = await rows(
        bot, "select status, attempts from outbox where address = :a and status = 'pending'", a=f"wechat:{HER}"
    )
    assert held and all(attempts == 0 for _, attempts in held), "held without spending attempts"
    assert (HER, 45015) in fake.refused
    refused = len(fake.refused)
    # This process now knows her last message is older than 48 h: it does not even ask WeChat.
    bot.channel.delivery.last_seen[HER] -= 49 * 3600
    bot.app.sender.notify()
    await asyncio.sleep(1.0)
    assert len(fake.refused) == refused
    seen = len(fake.to(HER))
    await reply(pusher, fake, HER, "你好", "使用方法")  # she writes: what waited goes out
    assert any("使用方法" in m.text for m in fake.to(HER)[seen:])


async def test_an_expired_token_is_fetched_again_once_and_the_message_goes_out(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    fetched = fake.token_calls
    fake.expire_token()  # WeChat answers 42001 to the cached token
    await click(pusher, fake, HER, "lang:zh-Hans-CN", "现在方便聊天吗")
    assert fake.token_calls == fetched + 1
    assert (HER, 42001) in fake.refused
    fake.fail_next("custom/send", 40001)  # a token WeChat no longer takes
    await click(pusher, fake, HER, "safe:yes", "请问需要什么帮助")
    assert fake.token_calls == fetched + 2


async def test_error_codes_too_many_messages_later_unknown_openid_never(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    fake.fail_next("custom/send", 45047)  # too many messages to her since her last one
    seen = len(fake.to(HER))
    menus = [m for m in fake.to(HER) if m.items]
    item = next(i for i in menus[-1].items if i["id"] == "lang:zh-Hans-CN")
    assert await pusher.send(pusher.text(HER, item["content"], menu_id="lang:zh-Hans-CN")) == [200]
    for _ in range(100):
        if (HER, 45047) in fake.refused:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    held = await rows(bot, "select attempts from outbox where address = :a and status = 'pending'", a=f"wechat:{HER}")
    # Only her next message lifts 45047: the row waits for her like one outside her window, no attempt spent.
    assert (HER, 45047) in fake.refused and held and all(attempts == 0 for (attempts,) in held)
    assert not any("现在方便聊天吗" in m.text for m in fake.to(HER)[seen:])
    await reply(pusher, fake, HER, "你好", "现在方便聊天吗")
    assert any("现在方便聊天吗" in m.text for m in fake.to(HER)[seen:])

    stranger = "xNotAnOpenId"  # WeChat answers 40003 (invalid openid)
    await bot.app.dialogs.handle(Inbound(address=f"wechat:{stranger}", update_id="s-1", text="/start"))
    dead = await until(
        bot,
        "select status, attempts from outbox where address = :a",
        lambda found: found and all(status == "dead" for status, _ in found),
        a=f"wechat:{stranger}",
    )
    assert dead and all(status == "dead" and attempts == 1 for status, attempts in dead)


# --------------------------------------------------------------------------------------------
# Files, odd messages, the account menu, quick exit, staff


async def test_a_photo_and_a_voice_note_reach_her_case_and_an_oversized_file_is_refused_clearly(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    for action, _label, expect in JOURNEY[:5]:
        await click(pusher, fake, HER, action, expect)
    fake.media["m-photo"] = ("image/jpeg", b"\xff\xd8" + b"p" * 5000)
    fake.media["m-voice"] = ("audio/amr", b"#!AMR\n" + b"v" * 3000)
    fake.media["m-big"] = ("image/jpeg", b"b" * (1024 * 1024 + 10))  # past the 1 MB limit of the tests
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.image(HER, "m-photo")) == [200]
    await fake.wait_for(HER, "已收到", after=seen)
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.voice(HER, "m-voice")) == [200]
    await fake.wait_for(HER, "已收到", after=seen)
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.image(HER, "m-big")) == [200]
    too_big = await fake.wait_for(HER, "MB", after=seen)
    assert "1" in too_big.text
    await asyncio.sleep(1)  # the question again, after the line about the limit
    await click(pusher, fake, HER, "continue", "是否涉及儿童或老人")
    for action, _label, expect in JOURNEY[7:-1]:
        review = await click(pusher, fake, HER, action, expect)
    assert "材料：2 份" in review.text, "the photo and the voice note, not the oversized file"


async def test_a_location_is_answered_with_what_the_bot_can_read_and_unsubscribe_is_only_acknowledged(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    await click(pusher, fake, HER, "lang:zh-Hans-CN", "现在方便聊天吗")
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.location(HER)) == [200]
    unsupported = bot.app.localizer.format("zh-Hans-CN", "error-unsupported-content")
    await fake.wait_for(HER, unsupported[:8], after=seen)
    await fake.wait_for(HER, "现在方便聊天吗", after=seen)  # and the question again
    await asyncio.sleep(0.5)
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.event(HER, "unsubscribe")) == [200]
    await asyncio.sleep(1.0)
    assert fake.to(HER)[seen:] == []


async def test_the_account_menu_clicks_open_help_my_cases_and_danger_now(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    await click(pusher, fake, HER, "lang:zh-Hans-CN", "现在方便聊天吗")
    await click(pusher, fake, HER, "safe:yes", "请问需要什么帮助")
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.event(HER, "CLICK", "help")) == [200]
    await fake.wait_for(HER, "请问需要什么帮助", after=seen)
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.event(HER, "CLICK", "cases", created=1_700_000_001)) == [200]
    cases = bot.app.localizer.format("zh-Hans-CN", "cases-ask-reference")
    await fake.wait_for(HER, cases[:6], after=seen)
    seen = len(fake.to(HER))
    assert await pusher.send(pusher.event(HER, "CLICK", "danger", created=1_700_000_002)) == [200]
    await fake.wait_for(HER, "110", after=seen)
    emergency = await rows(bot, "select channel, state from cases")
    assert emergency and emergency[0][0] == "wechat"


async def test_quick_exit_sends_only_the_neutral_line(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    await click(pusher, fake, HER, "lang:zh-Hans-CN", "现在方便聊天吗")
    neutral = bot.app.localizer.format("zh-Hans-CN", "exit-neutral")
    seen = len(fake.to(HER))
    last = await click(pusher, fake, HER, "exit", neutral)
    assert last.msgtype == "text" and last.text == neutral
    await asyncio.sleep(0.8)
    assert [m.text for m in fake.to(HER)[seen:]] == [neutral]


async def test_a_staff_invitation_from_wechat_is_refused_and_the_code_stays_valid(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    from datetime import timedelta

    from storage.staff import create_invite

    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake)
    pushers.append(pusher)
    async with bot.app.unit_of_work() as uow:
        code = await create_invite(
            uow.session,
            roles=["mediator"],
            regions=["all"],
            service_point_id=None,
            now=bot.app.now(),
            valid_for=timedelta(days=1),
        )
        await uow.commit()
    await follow(pusher, fake, HER)
    refused = bot.app.localizer.format("zh-Hans-CN", "wechat-staff-refused")
    await reply(pusher, fake, HER, f"/join {code} 王芳", refused[:10])
    assert await rows(bot, "select count(*) from staff") == [(0,)]
    assert await rows(bot, "select used_at from invites") == [(None,)]


async def test_a_long_text_goes_out_in_pieces_within_wechats_2048_bytes_options_on_the_last(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    from bot.messages import Button, Outbound

    bot = await bot_factory(sqlite_database)
    words = "ᠡᠮᠡᠭᠲᠡᠢ ᠬᠦᠮᠦᠨ ᠦ ᠲᠤᠰᠠ\n" * 300  # 3 bytes a letter: about 18,000 bytes
    buttons = ((Button("继续", "continue"),),)
    safety = (Button("🆘 紧急求助", "danger"), Button("快速离开", "exit"))
    message = Outbound(f"wechat:{HER}", text=words, buttons=buttons, outbox_id=4242, locale="zh-Hans-CN")
    message.extra["safety"] = safety
    await bot.channel.deliver(message)
    sent = fake.to(HER)
    assert len(sent) > 8 and not fake.refused, "WeChat refuses (45002) a text over 2,048 bytes"
    assert all(len(m.text.encode()) <= 2048 + 100 for m in sent)
    assert all(m.msgtype == "text" for m in sent[:-1]) and sent[-1].msgtype == "msgmenu"
    assert [i["id"] for i in sent[-1].items] == ["continue", "danger", "exit"]
    pieces = [m.body["text"]["content"] for m in sent[:-1]] + [sent[-1].body["msgmenu"]["head_content"]]
    assert all(len(p.encode()) <= 2048 for p in pieces)
    assert "\n".join(pieces) == words.rstrip("\n") or "\n".join(pieces) == words
    await bot.channel.deliver(message)  # the outbox tries the same row again: nothing more goes out
    assert len(fake.to(HER)) == len(sent)


async def test_a_digit_she_types_under_a_msgmenu_is_her_words_not_an_option(
    fake: FakeWeChat, bot_factory, sqlite_database: str, pushers: list[Pusher]
) -> None:
    """A tryout typed "2" after her description: under a msgmenu (no numbers shown) it picked the
    second item, "danger now", and filed an emergency. Digits pick options only when numbered."""
    bot = await bot_factory(sqlite_database)
    pusher = Pusher(bot.url, fake, safe=True)
    pushers.append(pusher)
    await follow(pusher, fake, HER)
    for action, _, expect in JOURNEY[:5]:
        await click(pusher, fake, HER, action, expect)
    described = await reply(pusher, fake, HER, "他打我，已经三年了。", "已收到")
    assert [i["id"] for i in described.items][1] == "danger"  # "2" would be danger now by position
    await reply(pusher, fake, HER, "2", "已收到")  # her words: two children, say
    assert await rows(bot, "select count(*) from cases") == [(0,)]
    assert not any("110" in m.text for m in fake.to(HER))
