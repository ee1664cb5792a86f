"""Retention (issue 11, item 12) and her data rights (item 13), on SQLite and PostgreSQL.

Her words carry a marker; after an erasure the marker is in no table and no evidence file,
while the case still counts in /counts. Erasure needs a supervisor: an unapproved request
erases nothing; a child case, a legal hold or a mediation under way is explained to her.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from harness import Bot, Clock, actions, file_case, make_bot, start, texts
from sqlalchemy import select, update

from bot.messages import Attachment
from bot.workers.retention import retention_for
from storage import pin_guesses
from storage.records import (
    AuditRecord,
    CaseEventRecord,
    CaseRecord,
    ConversationRecord,
    OutboxRecord,
    PinGuessRecord,
    ProcessedUpdateRecord,
    metadata,
)
from storage.retention import NotErasable, erase_case, set_legal_hold
from workflows.vocabulary import Trigger

MARKER = "Zebra-Quartz-4471"
FILE_MARKER = b"file-bytes-Zebra-Quartz-4471"
CASES = CaseRecord.__table__
AUDIT = AuditRecord.__table__


@pytest.fixture
async def any_bot(db_url: str, tmp_path: Path, clock: Clock) -> AsyncIterator[Bot]:
    """A whole bot on a migrated SQLite or PostgreSQL database (``db_url``)."""
    made = await make_bot(tmp_path, clock, url=db_url)
    yield made
    await made.app.close()


async def dump(bot: Bot) -> str:
    """Every value of every table, as the application reads it (decrypted where sealed)."""
    parts = []
    async with bot.app.unit_of_work() as uow:
        for table in metadata.sorted_tables:
            for row in (await uow.session.execute(select(table))).all():
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def evidence_files(bot: Bot) -> list[str]:
    """The evidence folder's files (their content may be sealed: the files themselves are checked)."""
    folder = bot.app.settings.evidence_dir
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


async def her_case_with_words_and_a_file(bot: Bot, address: str = "web:her", **answers) -> tuple[str, str]:
    chat = bot.chat(address)
    reference, pin = await file_case(chat, words=f"He took my passport. {MARKER}", **answers)
    await my_cases(chat, reference, pin)
    await chat.press(f"case:{reference}")
    await chat.press("add")
    photo = Attachment("bruise.jpg", "image/jpeg", len(FILE_MARKER), data=FILE_MARKER, kind="photo")
    await chat.send(f"More: {MARKER} call 13912345678", attachments=(photo,))
    await chat.press("done")
    return reference, pin


async def my_cases(chat, reference: str, pin: str) -> None:
    """Her list of cases: the PIN only when the conversation asks for it."""
    out = await chat.press("menu:cases")
    if f"case:{reference}" not in actions(out):
        out = await chat.send(pin)
    assert f"case:{reference}" in actions(out), texts(out)


async def counts_text(bot: Bot) -> str:
    supervisor = bot.chat("web:counter")
    await bot.add_staff("web:counter", roles=("supervisor",), regions=("all",), name="Counter")
    return texts(await supervisor.send("/counts"))


# -- retention --------------------------------------------------------------------------------


async def mark_referred(bot: Bot, reference: str) -> None:
    """A transition beyond a consultation (a referral) in the case's history."""
    case, events, _ = await bot.history(reference)
    async with bot.app.unit_of_work() as uow:
        await uow.session.execute(
            CaseEventRecord.__table__.insert().values(
                case_id=case.id, seq=len(events) + 1, at=bot.clock(), actor_id=None, role="system",
                trigger="refer", from_state="in_progress", to_state="referred", data={"agency": "legal_aid"},
            )
        )  # fmt: skip
        await uow.commit()


async def test_done_cases_lose_transcripts_then_her_words_and_identity_and_still_count(
    any_bot: Bot, clock: Clock
) -> None:
    bot = any_bot
    consultation, _ = await her_case_with_words_and_a_file(bot, "web:her")
    referred, _ = await her_case_with_words_and_a_file(bot, "web:other")
    for reference in (consultation, referred):
        await bot.close_case(reference)
    await mark_referred(bot, referred)
    assert MARKER in await dump(bot)
    assert len(evidence_files(bot)) == 1  # the same photo twice: one file, two entries
    retention = retention_for(bot.app)

    clock.advance(timedelta(days=31))  # a month after: only the chat transcripts go
    early = await retention.run(clock())
    assert early.counts["transcripts"] == 2 and early.counts["consultation_cases"] == 0
    _, _, entries = await bot.history(consultation)
    assert any(MARKER in e.text for e in entries if e.kind == "description")  # the case record stays
    assert not any(e.text for e in entries if e.kind in ("message_in", "message_out"))

    clock.advance(timedelta(days=335))  # a year after: the consultation-only case is anonymised
    report = await retention.run(clock())
    assert report.counts["consultation_cases"] == 1 and report.counts["closed_cases"] == 0
    assert evidence_files(bot), "the other case still refers to the file"
    clock.advance(timedelta(days=3 * 365))
    dry = await retention.run(clock(), dry_run=True)
    assert dry.counts["closed_cases"] == 1
    assert MARKER in await dump(bot), "a dry run changes nothing"

    report = await retention.run(clock())
    assert report.counts["closed_cases"] == 1 and report.counts["evidence_files"] == 1
    everything = await dump(bot)
    assert MARKER not in everything
    assert "13912345678" not in everything
    assert evidence_files(bot) == []
    for reference in (consultation, referred):
        case = await bot.case(reference)
        assert case.reporter_id is None and case.pin_hash is None
        assert case.state.value == "closed" and case.service.value == "rights" and case.region == "hailar"
    async with bot.app.unit_of_work() as uow:
        audit = (await uow.session.execute(select(AUDIT).where(AUDIT.c.action == "erase"))).all()
    assert sorted((a.actor_id, a.outcome) for a in audit) == [(None, "closed_cases"), (None, "consultation_cases")]
    assert "closed: 2" in await counts_text(bot)
    again = await retention.run(clock())
    assert again.counts["closed_cases"] == 0 and again.counts["consultation_cases"] == 0


async def test_open_cases_and_cases_under_legal_hold_are_never_erased(any_bot: Bot, clock: Clock) -> None:
    bot = any_bot
    held, _ = await her_case_with_words_and_a_file(bot, "web:held")
    await bot.close_case(held)
    still_open, _ = await her_case_with_words_and_a_file(bot, "web:open")
    async with bot.app.unit_of_work() as uow:
        await uow.session.execute(update(CASES).where(CASES.c.reference == held).values(legal_hold=True))
        await uow.commit()
    clock.advance(timedelta(days=10 * 365))
    report = await retention_for(bot.app).run(clock())
    assert report.counts["closed_cases"] == 0 and report.counts["consultation_cases"] == 0
    assert MARKER in await dump(bot)
    for reference, reason in ((held, "legal_hold"), (still_open, "open")):
        case = await bot.case(reference)
        async with bot.app.unit_of_work() as uow:
            with pytest.raises(NotErasable) as refused:
                await erase_case(uow.session, case.id, now=clock(), reason="test")
        assert refused.value.reason == reason


async def test_old_updates_sent_rows_idle_conversations_and_abandoned_intakes_go(any_bot: Bot, clock: Clock) -> None:
    bot = any_bot
    chat = bot.chat("web:left")
    await start(chat)
    await chat.send("/new")
    await chat.press("svc:rights")
    await chat.press("reg:hailar")
    photo = Attachment("scan.jpg", "image/jpeg", len(FILE_MARKER), data=FILE_MARKER, kind="photo")
    await chat.send(f"Started and left {MARKER}", attachments=(photo,))
    assert evidence_files(bot)
    folder = bot.app.settings.evidence_dir
    crashed = folder / "0123abcd.5f5f.part"  # a write a crash interrupted
    crashed.write_bytes(b"half")
    stale = (clock() - timedelta(hours=1)).timestamp()
    os.utime(crashed, (stale, stale))
    retention = retention_for(bot.app)
    fresh = await retention.run(clock())
    assert crashed.exists(), "younger than an abandoned intake"
    older = (clock() + timedelta(hours=73) - timedelta(hours=80)).timestamp()
    assert fresh.counts["abandoned_intakes"] == 0 and fresh.counts["processed_updates"] == 0

    os.utime(crashed, (older, older))
    clock.advance(timedelta(hours=73))
    report = await retention.run(clock())
    assert not crashed.exists()
    assert report.counts["abandoned_intakes"] == 1
    assert report.counts["processed_updates"] == 0, "kept 7 days"
    assert MARKER not in await dump(bot)
    assert evidence_files(bot) == []
    step, data = await bot.conversation("web:left")
    assert step == "menu" and "intake" not in data and data.get("locale") == "en"

    clock.advance(timedelta(days=31))
    report = await retention.run(clock())
    assert report.counts["conversations"] == 1
    assert report.counts["processed_updates"] >= 5
    assert report.counts["sent_outbox"] >= 5
    async with bot.app.unit_of_work() as uow:
        for record in (ConversationRecord, ProcessedUpdateRecord, OutboxRecord):
            assert (await uow.session.execute(select(record.__table__))).all() == []


async def test_dead_outbox_rows_lose_their_words_at_the_next_run(any_bot: Bot, clock: Clock) -> None:
    bot = any_bot
    async with bot.app.unit_of_work() as uow:
        table = OutboxRecord.__table__
        await uow.session.execute(
            table.insert().values(
                address="web:gone",
                scheme="web",
                message_id="relay-from-mediator",
                args={"text": {"$text": MARKER}},
                status="dead",
                not_before=clock(),
                created_at=clock(),
            )
        )
        await uow.commit()
    report = await retention_for(bot.app).run(clock())
    assert report.counts["dead_outbox_args"] == 1
    assert MARKER not in await dump(bot)


# -- her data rights -----------------------------------------------------------------------------


async def open_data_menu(bot: Bot, address: str, reference: str, pin: str):
    chat = bot.chat(address)
    await chat.send("/start")
    await my_cases(chat, reference, pin)
    view = await chat.press(f"case:{reference}")
    assert "data:menu" in actions(view)
    menu = await chat.press("data:menu")
    assert {"data:see", "data:copy", "data:erase"} <= set(actions(menu))
    return chat


async def test_she_sees_her_data_and_gets_a_copy_without_any_staff_address(bot: Bot) -> None:
    reference, pin = await her_case_with_words_and_a_file(bot)
    operator = await bot.add_staff("web:operator-addr-777", roles=("operator",), name="Ms Operator")
    await bot.fire(reference, Trigger.ACCEPT, operator, risk="medium")
    chat = await open_data_menu(bot, "web:her", reference, pin)
    seen = texts(await chat.press("data:see"))
    assert reference in seen and MARKER in seen and "bruise.jpg" in seen
    assert "operator" in seen and "operator-addr-777" not in seen and "Ms Operator" not in seen
    copy = await chat.press("data:copy")
    copied = texts(copy)
    assert copied.count(MARKER) >= 2 and "13912345678" in copied and "End of the copy" in copied
    async with bot.app.unit_of_work() as uow:
        audit = (await uow.session.execute(select(AUDIT.c.action).where(AUDIT.c.action.like("data_%")))).all()
    assert sorted(a.action for a in audit) == ["data_copy", "data_view"]


async def test_an_erasure_request_erases_nothing_until_a_supervisor_approves(bot: Bot) -> None:
    reference, pin = await her_case_with_words_and_a_file(bot)
    supervisor = bot.chat("web:sup")
    await bot.add_staff("web:sup", roles=("supervisor",), regions=("hailar",), name="Sup")
    chat = await open_data_menu(bot, "web:her", reference, pin)
    asked = await chat.press("data:erase")
    assert "der:yes" in actions(asked) and "still open" in texts(asked)
    done = await chat.press("der:yes")
    assert "has gone to a supervisor" in texts(done)
    await bot.deliver_pending()
    request = [m for m in bot.channel.to("web:sup") if "Erasure of the personal data" in m.text]
    assert request and "by her, behind her PIN" in request[-1].text
    approve = next(a for a in actions(request) if a.startswith("st:apv:"))
    refuse = approve.replace("apv", "rfs")
    # Unapproved: nothing is erased, and a second request waits for the first.
    assert MARKER in await dump(bot) and evidence_files(bot)
    await my_cases(chat, reference, pin)
    await chat.press(f"case:{reference}")
    await chat.press("data:menu")
    assert "already waiting" in texts(await chat.press("data:erase"))

    refused = await supervisor.press(refuse)
    assert "was not approved" in texts(refused)
    await bot.deliver_pending()
    assert any("did not approve" in m.text for m in bot.channel.to("web:her"))
    assert MARKER in await dump(bot)
    async with bot.app.unit_of_work() as uow:
        erased = await uow.session.scalar(select(CASES.c.erased_at).where(CASES.c.reference == reference))
    assert erased is None

    await chat.send("/start")
    await my_cases(chat, reference, pin)
    await chat.press(f"case:{reference}")
    await chat.press("data:menu")
    await chat.press("data:erase")
    await chat.press("der:yes")
    await bot.deliver_pending()
    request = [m for m in bot.channel.to("web:sup") if "Erasure of the personal data" in m.text]
    approve = next(a for a in actions(request[-1:]) if a.startswith("st:apv:"))
    approved = await supervisor.press(approve)
    assert "is erased" in texts(approved)
    await bot.deliver_pending()
    assert any("has been erased as you asked" in m.text for m in bot.channel.to("web:her"))
    assert MARKER not in await dump(bot)
    assert evidence_files(bot) == []
    case = await bot.case(reference)
    assert case.state.value == "withdrawn" and case.reporter_id is None
    assert "withdrawn: 1" in await counts_text(bot)
    async with bot.app.unit_of_work() as uow:
        audit = (await uow.session.execute(select(AUDIT.c.action, AUDIT.c.outcome, AUDIT.c.actor_id))).all()
    assert ("erase", "her_request", None) in [tuple(a) for a in audit]
    assert ("erase_request", "approved") in [(a.action, a.outcome) for a in audit]


@pytest.mark.parametrize("locale", ["en", "zh-Hans-CN", "ru"])
async def test_a_child_case_is_explained_in_her_language_and_nothing_is_asked(bot: Bot, locale: str) -> None:
    chat = bot.chat("web:mother")
    await start(chat, locale)
    reference, pin = await file_case(chat, words=f"My daughter {MARKER}", involved="child", locale=locale)
    await my_cases(chat, reference, pin)
    await chat.press(f"case:{reference}")
    await chat.press("data:menu")
    told = texts(await chat.press("data:erase"))
    expected = {"en": "involves a child", "zh-Hans-CN": "涉及儿童", "ru": "участвует ребёнок"}[locale]
    assert expected in told and reference in told
    async with bot.app.unit_of_work() as uow:
        pending = (await uow.session.execute(select(AUDIT.c.outcome).where(AUDIT.c.action == "erase_request"))).all()
    assert [p.outcome for p in pending] == ["blocked:child"]
    assert MARKER in await dump(bot)


async def test_a_legal_hold_is_explained_and_staff_cannot_ask_either(bot: Bot) -> None:
    reference, pin = await her_case_with_words_and_a_file(bot)
    async with bot.app.unit_of_work() as uow:
        assert await set_legal_hold(uow.session, reference, True, now=bot.clock())
        assert not await set_legal_hold(uow.session, "HLB-2026-999999", True, now=bot.clock())
        await uow.commit()
        holds = (await uow.session.execute(select(AUDIT.c.outcome).where(AUDIT.c.action == "legal_hold"))).all()
    assert [h.outcome for h in holds] == ["on"]
    chat = await open_data_menu(bot, "web:her", reference, pin)
    assert "legal hold" in texts(await chat.press("data:erase"))
    await bot.add_staff("web:op", roles=("operator",), name="Op")
    staff = bot.chat("web:op")
    assert "legal hold" in texts(await staff.press(f"st:derase:{reference}"))


async def test_staff_on_a_call_see_her_data_send_her_a_copy_and_ask_for_erasure(bot: Bot) -> None:
    reference, _ = await her_case_with_words_and_a_file(bot)
    await bot.close_case(reference)
    await bot.add_staff("web:op", roles=("operator",), regions=("hailar",), name="Op")
    await bot.add_staff("web:far", roles=("operator",), regions=("genhe",), name="Far")
    await bot.add_staff("web:sup2", roles=("supervisor",), regions=("hailar",), name="Sup")
    far = bot.chat("web:far")
    assert MARKER not in texts(await far.send(f"/data {reference}"))
    staff = bot.chat("web:op")
    assert "/data REF" in texts(await staff.send("/help"))
    assert "Use: /data REF" in texts(await staff.send("/data"))
    shown = await staff.send(f"/data {reference}")
    assert MARKER in texts(shown) and f"st:dcopy:{reference}" in actions(shown)
    before = len(bot.channel.to("web:her"))
    assert "was sent to her chat" in texts(await staff.press(f"st:dcopy:{reference}"))
    await bot.deliver_pending()
    assert any(MARKER in m.text for m in bot.channel.to("web:her")[before:])
    assert "Sent to a supervisor" in texts(await staff.press(f"st:derase:{reference}"))
    await bot.deliver_pending()
    request = [m for m in bot.channel.to("web:sup2") if "Erasure of the personal data" in m.text]
    assert "by staff on her behalf" in request[-1].text
    assert MARKER in await dump(bot)
    await bot.chat("web:sup2").press(next(a for a in actions(request) if a.startswith("st:apv:")))
    await bot.deliver_pending()
    assert any("is erased" in m.text for m in bot.channel.to("web:op"))
    assert MARKER not in await dump(bot)
    assert "closed: 1" in await counts_text(bot)


async def test_pin_guesses_go_once_the_pin_guard_no_longer_reads_them(any_bot: Bot, clock: Clock) -> None:
    bot = any_bot
    async with bot.app.unit_of_work() as uow:
        for hours_ago in (30, 25, 2):
            await pin_guesses.record(
                uow.session, source="s" * 64, kind="conversation", case_id=None,
                at=clock() - timedelta(hours=hours_ago), outcome="wrong",
            )  # fmt: skip
        await uow.commit()
    report = await retention_for(bot.app).run(clock())
    assert report.counts["pin_guesses"] == 2
    async with bot.app.unit_of_work() as uow:
        left = (await uow.session.execute(select(PinGuessRecord.__table__.c.at))).all()
    assert [row.at for row in left] == [clock() - timedelta(hours=2)]


async def test_a_woman_who_asked_to_be_called_is_not_promised_a_message_about_her_erasure(bot: Bot) -> None:
    reference, pin = await her_case_with_words_and_a_file(bot, contact="phone_callback")
    chat = await open_data_menu(bot, "web:her", reference, pin)
    await chat.press("data:erase")
    said = texts(await chat.press("der:yes"))
    assert "has gone to a supervisor" in said and "no message will come" in said
    assert "You will be told here" not in said
