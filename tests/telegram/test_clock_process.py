"""The case clock end to end: ``walking-home run`` as a real process with short clocks, over
Telegram (the project's Bot API fake over loopback HTTP), on a SQLite file.

- An emergency nobody acknowledges pages the region's supervisor in her Telegram chat every
  clock period (``WALKING_HOME_DEADLINE_EMERGENCY_ACK=2s``) until she taps "acknowledge".
- A resolved case gets its follow-up question in her Telegram chat after
  ``WALKING_HOME_DEADLINE_FIRST_FOLLOW_UP=2s``, and her answers, tapped there, are stored. The bot
  is killed with SIGKILL between the mark's "due" and its notice "sent" (the mark fired and its
  notice committed, Telegram refusing every send meanwhile): after the restart the mark does not
  fire again and she gets the question once.

The staff steps that bring the case to "resolved" (accept, dispatch, take, resolve) run through
the same use case the staff dialogs call (`apply_trigger`), from the test, on the bot's database:
the staff dialogs have their own tests; here the subject is the clock in the running process.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from pathlib import Path

from fake_bot_api import FakeBotApi

from bot.bootstrap import build_app
from bot.settings import load_settings
from storage.people import person_for_address, staff_actor
from tests.matrix.bot_process import BotProcess
from workflows.services import apply_trigger
from workflows.vocabulary import Trigger

HER, SUPERVISOR, MEDIATOR = 1001, 5001, 5002
INTAKE = [
    ("lang:en", "safe:yes"),
    ("safe:yes", "menu:new"),
    ("menu:new", "svc:rights"),
    ("svc:family_mediation", "reg:hailar"),
    ("reg:hailar", "Please tell us in your own words"),
]


def configure(folder: Path, fake: FakeBotApi, **clocks: str) -> BotProcess:
    bot = BotProcess.configure(
        folder,
        telegram_token=fake.token,
        telegram_api_url=fake.api_url,
        telegram_mode="polling",
        clock_poll="0.2",
        retention_enabled="false",
        data_key_file=str(folder / "data-key"),  # its own key: the test seals with the same one
        **clocks,
    )
    bot.cli("db", "upgrade")
    bot.cli("seed")
    return bot


async def start(bot: BotProcess, fake: FakeBotApi) -> None:
    calls = len(fake.of("deleteWebhook"))
    await bot.start()
    await fake.until(lambda: len(fake.of("deleteWebhook")) > calls, seconds=30)


def buttons(params: dict) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def say(fake: FakeBotApi, chat: int, text: str, contains: str = "") -> dict:
    return await fake.reply_to(chat, lambda: fake.user_message(chat, text), contains, seconds=20)


async def press(fake: FakeBotApi, chat: int, data: str, contains: str = "") -> dict:
    return await fake.reply_to(chat, lambda: fake.press(chat, data), contains, seconds=20)


async def join(bot: BotProcess, fake: FakeBotApi, chat: int, role: str, name: str) -> None:
    code = await asyncio.to_thread(bot.cli, "staff", "invite", "--role", role, "--region", "hailar")
    await say(fake, chat, f"/join {code.strip().splitlines()[-1]} {name}")


async def to_description(fake: FakeBotApi) -> None:
    await say(fake, HER, "/start", "lang:en")
    for data, expected in INTAKE:
        await press(fake, HER, data, expected)


def query(bot: BotProcess, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(bot.folder / "bot.db") as db:
        return list(db.execute(sql, args))


async def explained(bot: BotProcess, waiting) -> None:
    """Await ``waiting``; when it times out, fail with what the bot's clock and outbox were doing (the
    marks, the outbox rows, the log's last lines): about 2 s is usual; one full run waited more than 20."""
    try:
        await waiting
    except TimeoutError:
        marks = query(bot, "SELECT kind, state, status, due_at FROM case_timers ORDER BY id")
        rows = query(bot, "SELECT id, message_id, priority, status, attempts, not_before, leased_until FROM outbox")
        raise AssertionError(f"marks {marks}\noutbox {rows}\nlog {bot.log()[-4000:]}") from None


async def until(what, *, within: float = 30.0):
    deadline = time.monotonic() + within
    while not (found := await asyncio.to_thread(what)):
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s")
        await asyncio.sleep(0.1)
    return found


async def test_an_emergency_nobody_acknowledges_pages_the_supervisor_until_she_acknowledges(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    bot = configure(tmp_path, fake, deadline_emergency_ack="2s")
    try:
        await start(bot, fake)
        await join(bot, fake, SUPERVISOR, "supervisor", "Sarnai")
        await to_description(fake)
        before = len(fake.sent(SUPERVISOR))
        await press(fake, HER, "danger", "110")  # the numbers at once; then her emergency case
        reference = await fake.until(lambda: _reference(fake.sent(HER)), seconds=20)

        def pages() -> list[dict]:
            return [p for p in fake.sent(SUPERVISOR)[before:] if "nobody has acknowledged" in p["text"]]

        first_alert = await fake.until(lambda: [p for p in fake.sent(SUPERVISOR)[before:] if reference in p["text"]])
        assert f"st:ack:{reference}" in buttons(first_alert[0])
        await explained(bot, fake.until(lambda: len(pages()) >= 2, seconds=20))  # paged, and paged again
        page = pages()[0]
        assert page["text"].startswith(f"Case {reference} ")  # the reference first: neutral on a lock screen
        assert buttons(page)[0] == f"st:ack:{reference}"

        await press(fake, SUPERVISOR, f"st:ack:{reference}", "acknowledged")
        paged = len(pages())
        await asyncio.sleep(5)  # two and a half periods: nothing pages any more
        assert len(pages()) <= paged + 1  # at most one already on its way when she tapped
        settled = len(pages())
        await asyncio.sleep(3)
        assert len(pages()) == settled
        statuses = query(bot, "SELECT kind, status FROM case_timers WHERE status = 'pending'")
        assert statuses == []
    finally:
        await asyncio.to_thread(bot.stop)


def _reference(sent: list[dict]) -> str | None:
    for params in sent:
        found = re.search(r"[A-Z]+-\d{4}-\d{6}", params.get("text", ""))
        if found:
            return found.group(0)
    return None


async def resolve(bot: BotProcess, reference: str) -> None:
    """Accept, dispatch, take and resolve, as the supervisor and the mediator who joined in Telegram."""
    clocks = {k.removeprefix("WALKING_HOME_").lower(): v for k, v in bot.env.items() if "_DEADLINE_" in k}
    settings = load_settings(
        database_url=bot.env["WALKING_HOME_DATABASE_URL"],
        data_key_file=bot.env["WALKING_HOME_DATA_KEY_FILE"],
        web_enabled=False,
        **clocks,
    )
    app = build_app(settings)
    try:
        async with app.unit_of_work() as uow:
            now = app.now()
            supervisor = await staff_actor(
                uow.session, (await person_for_address(uow.session, f"telegram:{SUPERVISOR}", now)).id
            )
            mediator = await staff_actor(
                uow.session, (await person_for_address(uow.session, f"telegram:{MEDIATOR}", now)).id
            )
            await uow.commit()
        context = app.dialogs.context
        for trigger, actor, data in (
            (Trigger.ACCEPT, supervisor, {}),
            (Trigger.DISPATCH, supervisor, {"assignee_id": mediator.id}),
            (Trigger.TAKE, mediator, {}),
            (Trigger.RESOLVE, mediator, {"outcome": "agreement honoured"}),
        ):
            await apply_trigger(
                app.unit_of_work(), reference=reference, trigger=trigger, actor=actor, now=app.now(),
                tz=context.zone, data=data, policy=context.policy,
            )  # fmt: skip
    finally:
        await app.close()


async def test_a_resolved_case_is_followed_up_once_across_a_kill_9_and_her_answers_are_stored(
    tmp_path: Path, fake: FakeBotApi
) -> None:
    bot = configure(
        tmp_path, fake, deadline_first_follow_up="2s", deadline_second_follow_up="1h", deadline_follow_up_answer="1h"
    )
    try:
        await start(bot, fake)
        await join(bot, fake, SUPERVISOR, "supervisor", "Sarnai")
        await join(bot, fake, MEDIATOR, "mediator", "Mira")
        await to_description(fake)
        await say(fake, HER, "We keep fighting about the children.", "continue")
        for data, expected in (
            ("continue", "inv:none"),
            ("inv:none", "contact:this_chat"),
            ("contact:this_chat", "id:anonymous"),
            ("id:anonymous", "consent:yes"),
            ("consent:yes", "confirm"),
        ):
            await press(fake, HER, data, expected)
        receipt = await press(fake, HER, "confirm", "PIN")
        reference = re.search(r"[A-Z]+-\d{4}-\d{6}", receipt["text"]).group(0)

        def follow_up_questions() -> list[dict]:
            return [p for p in fake.sent(HER) if f"fu:1:{reference}:s:yes" in buttons(p)]

        fake.fail_next("sendMessage", 500)  # Telegram refuses the next send: the notice stays in the outbox
        refused_before = len([c for c in fake.of("sendMessage", HER) if "message_id" not in c.params])
        await resolve(bot, reference)

        def due_and_not_sent() -> bool:
            fired = query(bot, "SELECT status FROM case_timers WHERE kind = 'follow_up_1'") == [("fired",)]
            refused = [c for c in fake.of("sendMessage", HER) if "message_id" not in c.params]
            return fired and len(refused) > refused_before

        await until(due_and_not_sent)
        bot.kill()  # SIGKILL between "due" (fired, its notice committed) and "sent"
        assert follow_up_questions() == []
        [(status,)] = query(bot, "SELECT status FROM outbox WHERE message_id = 'follow-up-ask-solved'")
        assert status == "pending"

        await start(bot, fake)  # the restart: the outbox sends it; the clock does not fire it again
        await fake.until(follow_up_questions, seconds=30)
        await asyncio.sleep(2)  # ten more polls
        assert len(follow_up_questions()) == 1
        assert query(bot, "SELECT count(*) FROM audit_log WHERE action = 'clock:follow_up_1'") == [(1,)]
        assert query(bot, "SELECT count(*) FROM outbox WHERE message_id = 'follow-up-ask-solved'") == [(1,)]
        question = follow_up_questions()[0]["text"]
        assert f"About your case {reference}: is the problem you brought to us solved?" in question
        assert reference not in question.splitlines()[0]  # the neutral first line

        await press(fake, HER, f"fu:1:{reference}:s:yes", "How satisfied")
        await press(fake, HER, f"fu:1:{reference}:n:5", "anything you would like to add")
        await press(fake, HER, f"fu:1:{reference}:c:skip", "Thank you")
        stored = query(
            bot,
            "SELECT f.round, f.status, f.solved, f.satisfaction FROM follow_ups f "
            "JOIN cases c ON c.id = f.case_id WHERE c.reference = ?",
            reference,
        )
        assert stored == [(1, "answered", "yes", 5)]
    finally:
        await asyncio.to_thread(bot.stop)
