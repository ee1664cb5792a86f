"""Her files after a quick exit, and the evidence one case may hold (issue 11, items 5 and 10)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from harness import Bot, Clock, RecordingChannel, actions, make_bot, quick_exit, receipt_of, texts, walk_to
from sqlalchemy import text

from bot.bootstrap import build_app
from bot.messages import Attachment
from bot.settings import load_settings
from bot.web_housekeeping import forget_quiet_conversations
from storage import seed


def photo(content: bytes, name: str = "photo.jpg") -> Attachment:
    return Attachment(name, "image/jpeg", len(content), data=content, kind="photo")


def files_in(folder: Path) -> int:
    return len([p for p in folder.rglob("*") if p.is_file()]) if folder.exists() else 0


@pytest.mark.store("fake")  # conversation logic and the evidence folder; no SQL read
async def test_a_quick_exit_deletes_the_files_of_her_intake_unless_a_registered_case_holds_them(bot: Bot) -> None:
    evidence = bot.app.settings.evidence_dir
    # Another conversation registers a case with a photo.
    other = bot.chat("web:other")
    await walk_to(other, "describe")
    await other.send(attachments=(photo(b"shared photo bytes"),))
    await other.press("continue")
    await other.press("inv:none")
    await other.press("contact:this_chat")
    await other.press("id:anonymous")
    await other.press("consent:yes")
    receipt_of(await other.press("confirm"))
    assert files_in(evidence) == 1

    # She sends the same photo and one of her own, then leaves by quick exit.
    her = bot.chat("web:her")
    await walk_to(her, "describe")
    await her.send(attachments=(photo(b"her own photo bytes"),))
    await her.send(attachments=(photo(b"shared photo bytes", "same.jpg"),))
    assert files_in(evidence) == 2
    await quick_exit(her)

    assert files_in(evidence) == 1  # hers is gone; the registered case keeps its file
    _, data = await bot.conversation(her.address)
    assert "intake" not in data


async def test_a_case_holds_at_most_the_configured_number_of_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WALKING_HOME_CASE_MAX_FILES", "2")
    bot = await make_bot(tmp_path, Clock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC)))
    try:
        her = bot.chat("web:her")
        await walk_to(her, "describe")
        first = await her.send(attachments=(photo(b"one"),))
        second = await her.send(attachments=(photo(b"two"),))
        third = await her.send(attachments=(photo(b"three"),))
        full = bot.app.localizer.format("en", "error-case-files-full")
        assert full not in texts(first) + texts(second)
        assert full in texts(third)
        assert "continue" in actions(third)  # she can go on with the two files kept
        _, data = await bot.conversation(her.address)
        assert len(data["intake"]["attachments"]) == 2
        assert files_in(bot.app.settings.evidence_dir) == 2
    finally:
        await bot.app.close()


async def test_files_added_to_a_registered_case_count_with_those_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WALKING_HOME_CASE_MAX_FILES", "2")
    bot = await make_bot(tmp_path, Clock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC)))
    try:
        her = bot.chat("web:her")
        await walk_to(her, "describe")
        await her.send(attachments=(photo(b"one"),))
        await her.press("continue")
        await her.press("inv:none")
        await her.press("contact:this_chat")
        await her.press("id:anonymous")
        await her.press("consent:yes")
        reference, _ = receipt_of(await her.press("confirm"))
        listed = await her.press("menu:cases")
        assert f"case:{reference}" in actions(listed)
        await her.press(f"case:{reference}")
        await her.press("add")
        second = await her.send(attachments=(photo(b"two"),))
        third = await her.send(attachments=(photo(b"three"),))
        full = bot.app.localizer.format("en", "error-case-files-full")
        assert full not in texts(second)
        assert full in texts(third)
        _, _, entries = await bot.history(reference)
        assert len([e for e in entries if e.kind == "evidence"]) == 2
    finally:
        await bot.app.close()


@pytest.fixture
async def any_bot(db_url: str, tmp_path: Path) -> AsyncIterator[Bot]:
    """A whole bot on a migrated SQLite or PostgreSQL database (``db_url``)."""
    clock = Clock(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    settings = load_settings(database_url=db_url, default_locale="zh-Hans-CN", evidence_dir=tmp_path / "evidence")
    app = build_app(settings, now=clock, channels=[RecordingChannel("web")])
    async with app.unit_of_work() as uow:
        await seed.seed_reference_data(uow.session)
        await uow.commit()
    made = Bot(app, app.channels.for_address("web:x"), clock)
    yield made
    await made.app.close()


async def count(bot: Bot, table: str, address_column: str, address: str) -> int:
    async with bot.app.unit_of_work() as uow:
        query = f"SELECT count(*) FROM {table} WHERE {address_column} LIKE :a"  # noqa: S608 - fixed names
        return (await uow.session.execute(text(query), {"a": address + "%"})).scalar_one()


async def test_a_web_session_that_only_opened_leaves_no_rows_once_forgotten(any_bot: Bot) -> None:
    bot = any_bot
    await bot.chat("web:quiet_one").send("/start", update_id="web:quiet_one:start")  # the greeting only
    her = bot.chat("web:her")
    await walk_to(her, "describe")  # she went on: her rows are hers
    cases_address = bot.chat("web:filed")
    await walk_to(cases_address, "review")
    await cases_address.press("confirm")
    tables = (
        ("conversations", "address"),
        ("identities", "address"),
        ("outbox", "address"),
        ("processed_updates", "update_id"),
    )
    assert all([await count(bot, t, c, "web:quiet_one") for t, c in tables])

    async with bot.app.unit_of_work() as uow:
        forgotten = await forget_quiet_conversations(uow, ["web:quiet_one", "web:her", "web:filed"])
        await uow.commit()

    assert forgotten == 1
    assert [await count(bot, t, c, "web:quiet_one") for t, c in tables] == [0, 0, 0, 0]
    for kept in ("web:her", "web:filed"):
        assert await count(bot, "conversations", "address", kept) == 1
        assert await count(bot, "identities", "address", kept) == 1
