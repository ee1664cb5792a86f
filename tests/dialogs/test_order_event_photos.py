"""Photos of an event, attached to its record from the chat (docs/orders.md, "Recording"): kept in
the evidence store (sealed) as they come, refused when not images or too large, named on the record,
and never taken for orphans by retention. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from harness import Bot, Clock, actions, make_bot, texts
from staff_steps import join
from test_order_staff_dialogs import LEGAL_TEAM, place

from bot.messages import Attachment
from bot.workers.retention import retention_for

PHOTO = b"\xff\xd8\xff\xe0 event-photo-bytes"
OTHER = b"\xff\xd8\xff\xe0 second-photo-bytes"


@pytest.fixture
async def any_bot(db_url: str, tmp_path: Path, clock: Clock) -> AsyncIterator[Bot]:
    made = await make_bot(tmp_path, clock, url=db_url)
    yield made
    await made.app.close()


def photo(data: bytes, name: str = "hall.jpg", **kw) -> Attachment:
    return Attachment(name, "image/jpeg", len(data), data=data, kind="photo", **kw)


async def point_id(bot: Bot, name: str) -> int:
    async with bot.app.unit_of_work() as uow:
        return next(t.id for t in await uow.orders.teams() if t.name == name)


def age_files(bot: Bot, clock: Clock, days: int) -> None:
    """Date the evidence files ``days`` before the test clock (the orphan sweep reads their times)."""
    then = (clock() - timedelta(days=days)).timestamp()
    for path in bot.app.settings.evidence_dir.iterdir():
        os.utime(path, (then, then))


def evidence_files(bot: Bot) -> list[str]:
    folder = bot.app.settings.evidence_dir
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


async def test_the_team_attaches_photos_to_the_record_and_retention_keeps_them(any_bot: Bot, clock: Clock) -> None:
    bot = any_bot
    operator = bot.chat("web:op")
    await join(bot, "web:op", "Oyuna", roles=("operator", "supervisor"), regions=("hailar",))
    point = await point_id(bot, LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=("mediator",), regions=("hailar",), point=point)
    reference = await place(bot)
    await operator.press(f"so:to:{reference}:{point}")
    team = bot.chat("web:team")
    await team.press(f"so:acc:{reference}")
    for answer in ("26.11.2026", "10:00", "Gacha hall"):
        await team.send(answer)
    clock.advance(timedelta(days=2))
    await team.press(f"so:rec:{reference}")
    for answer in ("26.11.2026", "Gacha hall"):
        await team.send(answer)
    await team.press("so:c:on_site")
    await team.send("45")
    await team.send("3")
    await team.press("so:t:rights_law")
    await team.press("so:t:done")
    asked = await team.press("so:skip")
    assert "Photos of the event" in texts(asked) and "so:pdone" in actions(asked)

    words = await team.send("the photos are on my laptop")
    assert "Only photos can be kept here" in texts(words) and "so:pdone" in actions(words)
    document = Attachment("list.pdf", "application/pdf", 9, data=b"%PDF-1.4 ", kind="document")
    assert "Only photos can be kept here" in texts(await team.send(attachments=(document,)))
    huge = await team.send(attachments=(photo(b"x", too_large=True),))
    assert "too large" in texts(huge) and "No photo kept yet" in texts(huge)
    assert evidence_files(bot) == []
    kept = await team.send(attachments=(photo(PHOTO), photo(OTHER, "people.jpg")))
    assert "Photos kept: 2" in texts(kept)
    again = await team.send(attachments=(photo(PHOTO),))  # the same photo twice is one
    assert "Photos kept: 2" in texts(again)
    stored = evidence_files(bot)
    assert len(stored) == 2
    assert all(PHOTO not in (bot.app.settings.evidence_dir / n).read_bytes() for n in stored), "sealed at rest"

    done = await team.press("so:pdone")
    assert "recorded: 45 participants, 3 women helped" in texts(done)
    async with bot.app.unit_of_work() as uow:
        order = await uow.orders.get(reference)
        record = await uow.orders.record_of(order.id)
    assert sorted(record.evidence) == stored

    clock.advance(timedelta(days=10))  # past the abandoned-request window: orphan files would go
    age_files(bot, clock, 10)
    await retention_for(bot.app).run(clock())
    assert evidence_files(bot) == stored, "the record's photos are not orphans"


async def test_photos_of_a_form_left_half_way_are_orphans_after_the_window(any_bot: Bot, clock: Clock) -> None:
    bot = any_bot
    point = await point_id(bot, LEGAL_TEAM)
    await join(bot, "web:team", "Tuya", roles=("mediator",), regions=("hailar",), point=point)
    team = bot.chat("web:team")
    await team.send("/event")
    for action in ("so:c:ten_deliveries", "so:c:hailar", "so:c:gacha"):
        await team.press(action)
    await team.send("Huihe Sumu")
    await team.send("today")
    await team.press("so:c:on_site")
    await team.press("so:c:mongolian")
    await team.send("120")
    await team.send("7")
    await team.press("so:t:health")
    await team.press("so:t:done")
    await team.press("so:skip")
    await team.send(attachments=(photo(PHOTO),))
    assert len(evidence_files(bot)) == 1
    clock.advance(timedelta(days=4))
    age_files(bot, clock, 4)
    await retention_for(bot.app).run(clock())
    assert len(evidence_files(bot)) == 1, "the form under way still holds it"
    cancelled = await team.press("so:fcancel")
    assert "so:fcancel" not in actions(cancelled)
    clock.advance(timedelta(days=4))
    age_files(bot, clock, 8)
    await retention_for(bot.app).run(clock())
    assert evidence_files(bot) == []
