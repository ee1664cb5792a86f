"""Issue 11, item 6: a whole journey leaves none of her words, name, phone or files readable at rest.

Her description, the information she adds, her name, a call-back phone number, a relayed
staff message, a session note and an uploaded file all carry a marker. Then the raw bytes
of the SQLite file, its WAL and its SHM (read while the engine is still open, before any
checkpoint) and every file of the evidence folder are scanned: the marker is absent. On
PostgreSQL every column of every table is read as text, and after CHECKPOINT every file of
the cluster's data directory is scanned.

Each scan proves it can fail: a control marker is written unsealed (a staff member's display
name, which is not sealed) and the same scan finds it; and the sealed values are read back
whole through the bot, so the marker did go in.
"""

from __future__ import annotations

from pathlib import Path

import asyncpg
import pytest
from harness import Bot, actions, texts, walk_to
from sqlalchemy import text
from sqlalchemy.engine import make_url
from staff_steps import fill, join, point_id

from bot.messages import Attachment
from storage.records import metadata
from workflows.vocabulary import State, Trigger

MARK = "Qx7SealMarker"
MARK_ZH = "封存标记七三"  # her words in Chinese: UTF-8 bytes outside ASCII
PHONE = "13977315501"
CONTROL = "Qx7ControlUnsealed"

REPORTER = "web:rep-marker"
OPERATOR = "web:op-olga"
MEDIATOR = "web:med-saran"
HOTLINE_OPERATOR = "web:op-hotline"

FILE = b"%PDF-1.4 " + f"evidence {MARK} {MARK_ZH}".encode() * 20


def needles() -> dict[str, bytes]:
    return {"marker": MARK.encode(), "marker (zh)": MARK_ZH.encode(), "phone": PHONE.encode()}


async def journey(bot: Bot) -> tuple[str, str]:
    """Her case with every kind of her words, mediated, plus a hotline call; returns both references."""
    chat = bot.chat(REPORTER)
    await walk_to(chat, "describe", service="family_mediation", words="")
    await chat.send(f"He hurts me. {MARK} {MARK_ZH} description")
    await chat.send(attachments=(Attachment("photo.pdf", "application/pdf", size=len(FILE), data=FILE),))
    await chat.press("continue")
    await chat.press("inv:none")
    await chat.press("contact:this_chat")
    await chat.press("id:named")
    await chat.send(f"Sarnai {MARK} name")
    await chat.press("consent:yes")
    out = await chat.press("confirm")
    reference = next(word for word in texts(out).split() if word.startswith("HLB-")).rstrip(".,。")

    await join(bot, OPERATOR, f"Olga {CONTROL}")  # the control: staff display names are not sealed
    await join(bot, MEDIATOR, "Saran", roles=("mediator",), point=await point_id(bot))
    operator, mediator = bot.chat(OPERATOR), bot.chat(MEDIATOR)
    await fill(operator, reference, "accept", Trigger.ACCEPT, "low")
    saran = next(a for a in actions(await operator.press(f"st:dsp:{reference}")) if ":m" in a)
    await operator.press(saran)
    await mediator.press(f"st:take:{reference}")
    await mediator.send(f"/reply {reference} Can we meet on Friday? {MARK} relay")
    await chat.send(f"Friday is fine. {MARK} added information")
    await fill(mediator, reference, "mediate", Trigger.START_MEDIATION, "yes")
    await fill(mediator, reference, "consent", Trigger.PARTIES_CONSENT, "yes")
    await fill(
        mediator,
        reference,
        "session",
        Trigger.RECORD_SESSION,
        "today",
        "Home",
        "both",
        f"Talked {MARK} note",
        "2026-12-04",
    )
    assert (await bot.case(reference)).state is State.MEDIATING

    await join(bot, HOTLINE_OPERATOR, "Altan")
    hotline = bot.chat(HOTLINE_OPERATOR)
    await hotline.send("/hotline")
    await hotline.press("sf:hotline.0:family_mediation")
    await hotline.press("sf:hotline.1:hailar")
    await hotline.press("sf:hotline.2:mn-Mong-CN")
    await hotline.send(f"Caller says {MARK} hotline words")
    await hotline.send(PHONE)
    await hotline.send("weekdays 9-11")
    await hotline.press("sf:hotline.6:medium")
    out = await hotline.press("sf:hotline.7:no")
    registered = next(m.text for m in out if m.text.startswith("The call is registered as"))
    call = registered.split(" as ", 1)[1].split(".", 1)[0]
    await bot.deliver_pending()
    return reference, call


async def assert_the_marker_went_in(bot: Bot, reference: str, call: str) -> None:
    """Read back through the bot: every sealed value holds the marker, whole."""
    _, events, entries = await bot.history(reference)
    said = "\n".join(e.text for e in entries)
    for part in (f"{MARK} {MARK_ZH} description", f"{MARK} name", f"{MARK} relay", f"{MARK} added information"):
        assert part in said, part
    assert any(f"{MARK} note" in str(e.data) for e in events)
    [evidence] = [e for e in entries if e.kind == "evidence"]
    assert bot.app.dialogs.context.evidence_store.read(evidence.attachment) == FILE
    _, _, call_entries = await bot.history(call)
    assert any(PHONE in e.text for e in call_entries)


def found_in(blob: bytes) -> list[str]:
    return [name for name, needle in needles().items() if needle in blob]


def scan_folder(folder: Path) -> tuple[list[str], bool]:
    """(marker hits, whether the control value was seen) over every file under ``folder``."""
    hits: list[str] = []
    control_seen = False
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        try:
            blob = path.read_bytes()
        except OSError:
            continue
        hits += [f"{path.name}: {name}" for name in found_in(blob)]
        control_seen = control_seen or CONTROL.encode() in blob
    return hits, control_seen


def evidence_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_no_marker_in_the_sqlite_file_its_wal_and_shm_or_the_evidence_folder(sealed_bot: Bot) -> None:
    bot = sealed_bot
    reference, call = await journey(bot)
    await assert_the_marker_went_in(bot, reference, call)

    database = Path(make_url(bot.app.settings.database_url).database)
    files = {suffix: database.with_name(database.name + suffix) for suffix in ("", "-wal", "-shm")}
    # While the engine is open and before any checkpoint: the WAL holds this journey's pages.
    raw = {suffix: path.read_bytes() for suffix, path in files.items()}
    assert len(raw["-wal"]) > 0, "the journey's writes are still in the WAL"

    for suffix, blob in raw.items():
        assert found_in(blob) == [], f"plaintext in walking-home.db{suffix}"
    stored = evidence_bytes(bot.app.settings.evidence_dir)
    assert stored, "the file was stored"
    for name, blob in stored.items():
        assert found_in(blob) == [], f"plaintext in evidence file {name}"
        assert FILE not in blob

    # The scan can fail: the unsealed control value is found by the very same scan.
    assert CONTROL.encode() in raw[""] + raw["-wal"]


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
async def test_no_marker_in_any_postgresql_column_or_data_file(sealed_bot: Bot, postgres_cluster) -> None:
    bot = sealed_bot
    reference, call = await journey(bot)
    await assert_the_marker_went_in(bot, reference, call)

    rows: list[str] = []
    async with bot.app.engine.connect() as connection:
        for table in metadata.sorted_tables:
            result = await connection.execute(text(f'SELECT t::text FROM "{table.name}" t'))  # noqa: S608
            rows += [f"{table.name}: {row[0]}" for row in result]
    dump = "\n".join(rows).encode()
    assert found_in(dump) == []
    assert CONTROL.encode() in dump  # the same scan finds what is not sealed

    url = make_url(bot.app.settings.database_url)
    connection = await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)
    try:
        await connection.execute("CHECKPOINT")
    finally:
        await connection.close()
    hits, control_seen = scan_folder(Path(postgres_cluster.data_dir))
    assert hits == []
    assert control_seen, "the control value reached the data directory (the scan reads the right files)"
    stored = evidence_bytes(bot.app.settings.evidence_dir)
    assert stored and all(found_in(blob) == [] for blob in stored.values())
