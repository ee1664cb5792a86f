"""Sealed columns on a real database: values round-trip, tampering is refused, legacy plaintext is sealed.

Issue 11, item 6. Runs on SQLite and PostgreSQL (``db_url``).
"""

from __future__ import annotations

import base64
import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from storage import rekey, sealing
from storage.engine import create_engine
from storage.records import CaseEntryRecord, ConversationRecord, OutboxRecord
from storage.sealing import KeyRing, SealingError
from storage.seed import seed_reference_data

ENTRIES = CaseEntryRecord.__table__
CONVERSATIONS = ConversationRecord.__table__
OUTBOX = OutboxRecord.__table__
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
WORDS = "他打我，我害怕。 Qx7RoundTrip \U0001f622 ᠬᠡᠷᠡᠭ"


async def a_case(connection) -> int:
    await seed_reference_data_on(connection)
    values = {
        "reference": "HLB-2026-000001",
        "state": "new",
        "service": "rights",
        "region": "hailar",
        "language": "en",
        "channel": "web",
        "created_at": NOW,
        "state_entered_at": NOW,
        "updated_at": NOW,
    }
    from storage.records import CaseRecord

    result = await connection.execute(
        CaseRecord.__table__.insert().values(**values).returning(CaseRecord.__table__.c.id)
    )
    return result.scalar_one()


async def seed_reference_data_on(connection) -> None:
    from sqlalchemy.ext.asyncio import AsyncSession

    session = AsyncSession(bind=connection)
    await seed_reference_data(session)
    await session.flush()


async def raw(engine, sql: str, **params):
    async with engine.connect() as connection:
        return (await connection.execute(text(sql), params)).all()


async def test_values_round_trip_sealed_with_the_key_id_and_nothing_readable_in_the_column(db_url: str) -> None:
    ring = KeyRing.generate()
    engine = create_engine(db_url, key_ring=ring)
    try:
        async with engine.begin() as connection:
            case_id = await a_case(connection)
            attachment = {"name": "a" * 64, "filename": "照片 Qx7RoundTrip.jpg", "size": 3}
            await connection.execute(
                ENTRIES.insert().values(
                    case_id=case_id,
                    kind="description",
                    at=NOW,
                    author_role="reporter",
                    text=WORDS,
                    attachment=attachment,
                )
            )
            data = {"intake": {"words": WORDS, "phone": "13800000000", "nested": [1, None, True]}}
            await connection.execute(
                CONVERSATIONS.insert().values(address="web:x", step="describe", data=data, updated_at=NOW)
            )
        async with engine.connect() as connection:
            entry = (await connection.execute(select(ENTRIES.c.text, ENTRIES.c.attachment))).one()
            stored = (await connection.execute(select(CONVERSATIONS.c.data))).scalar_one()
        assert entry.text == WORDS and entry.attachment == attachment
        assert stored == data

        [(text_value, attachment_value)] = await raw(engine, "SELECT text, attachment FROM case_entries")
        [(data_value,)] = await raw(engine, "SELECT data FROM conversations")
        for value in (text_value, attachment_value, data_value):
            assert value.startswith(f"s1:{ring.active}:")
            assert "Qx7RoundTrip" not in value and "13800000000" not in value
        # A fresh random nonce per value: the same words never give the same stored text.
        assert ring.seal(WORDS, "case_entries.text") != ring.seal(WORDS, "case_entries.text")
    finally:
        await engine.dispose()


async def test_a_tampered_value_is_refused_with_a_clear_error_that_carries_none_of_her_words(db_url: str) -> None:
    ring = KeyRing.generate()
    engine = create_engine(db_url, key_ring=ring)
    try:
        async with engine.begin() as connection:
            case_id = await a_case(connection)
            await connection.execute(
                ENTRIES.insert().values(case_id=case_id, kind="description", at=NOW, author_role="reporter", text=WORDS)
            )
        [(stored,)] = await raw(engine, "SELECT text FROM case_entries")
        prefix, body = stored.rsplit(":", 1)
        blob = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        blob[20] ^= 0x01  # one bit of the ciphertext
        tampered = f"{prefix}:{base64.urlsafe_b64encode(bytes(blob)).decode().rstrip('=')}"
        async with engine.begin() as connection:
            await connection.execute(text("UPDATE case_entries SET text = :t"), {"t": tampered})

        with pytest.raises(SealingError) as refused:
            async with engine.connect() as connection:
                (await connection.execute(select(ENTRIES.c.text))).all()
        message = str(refused.value)
        assert "case_entries.text" in message and "failed authentication" in message
        assert "Qx7RoundTrip" not in message and "他打我" not in message and tampered not in message

        # A value moved from another column is refused too (the column is bound to each value).
        moved = ring.seal(WORDS, "conversations.data")
        async with engine.begin() as connection:
            await connection.execute(text("UPDATE case_entries SET text = :t"), {"t": moved})
        with pytest.raises(SealingError):
            async with engine.connect() as connection:
                (await connection.execute(select(ENTRIES.c.text))).all()
    finally:
        await engine.dispose()


def test_a_value_sealed_with_a_key_not_in_the_ring_is_refused() -> None:
    sealed = KeyRing.generate().seal("her words", "case_entries.text")
    with pytest.raises(SealingError, match="not in the key ring"):
        KeyRing.generate().open(sealed, "case_entries.text")


def test_the_key_file_is_created_0600_whatever_the_umask_and_the_environment_key_is_used_instead(
    tmp_path: Path,
) -> None:
    for umask in (0o022, 0o000):
        previous = os.umask(umask)
        try:
            path = tmp_path / f"umask-{umask:o}" / "data-key"
            ring = sealing.load_key_ring(key_file=path)
        finally:
            os.umask(previous)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert json.loads(path.read_text())["active"] == ring.active
        again = sealing.load_key_ring(key_file=path)
        assert again.open(ring.seal("x", "c"), "c") == "x"  # the same key, read back

    key = base64.b64encode(os.urandom(32)).decode()
    from_env = sealing.load_key_ring(env_key=key, key_file=tmp_path / "never-created")
    assert not (tmp_path / "never-created").exists() and not from_env.from_file
    with pytest.raises(sealing.KeyRingError, match="WALKING_HOME_DATA_KEY") as refused:
        sealing.load_key_ring(env_key=key[:-8])
    assert key[:-8] not in str(refused.value)


def keys(command: str, **options: object) -> int:
    """``walking-home --lang en keys COMMAND`` as the command line runs it (settings from the environment)."""
    import argparse
    import asyncio

    from bot.cli_commands import Printer
    from bot.i18n import Localizer
    from bot.keys_command import keys as run_keys
    from bot.settings import load_settings

    settings = load_settings()
    say = Printer(Localizer(settings.locales_dir, settings.default_locale), "en")
    args = argparse.Namespace(
        **{"command": "keys", "keys_command": command, "keep_key": False, "batch": 200, **options}
    )
    return asyncio.run(run_keys(args, settings, say))


# -- an older database: plaintext rows are read as they are, and `keys rotate --keep-key` seals them --


def database_with_plaintext(tmp_path: Path, before: str, after: str) -> Path:
    """A database at revision ``before`` holding her words in plaintext (as the code before sealing
    wrote them), then upgraded to ``after``."""
    import asyncio

    from storage.migrate import upgrade

    database = tmp_path / "var" / "walking-home.db"
    url = f"sqlite+aiosqlite:///{database}"
    upgrade(url, before)

    async def write_plaintext() -> None:
        engine = create_engine(url)
        try:
            async with engine.begin() as connection:
                await seed_reference_data_on(connection)
                await connection.execute(
                    text(
                        "INSERT INTO cases (reference, state, service, region, language, channel, risk, minor_involved,"
                        " elder_involved, anonymous, no_contact, confidential, contact, escalation_level, overdue,"
                        " version, created_at, state_entered_at, updated_at)"
                        " VALUES ('HLB-2026-000001', 'new', 'rights', 'hailar', 'en', 'web', 'low', 0, 0, 1, 0, 0,"
                        " 'this_chat', 0, 0, 1, '2026-11-25 02:00:00', '2026-11-25 02:00:00', '2026-11-25 02:00:00')"
                    )
                )
                await connection.execute(
                    text(
                        "INSERT INTO case_entries (case_id, kind, at, author_role, text, attachment)"
                        " VALUES (1, 'description', '2026-11-25 02:00:00', 'reporter', :words, :attachment)"
                    ),
                    {"words": "Qx7Legacy words", "attachment": json.dumps({"filename": "Qx7Legacy.jpg"})},
                )
                await connection.execute(
                    text(
                        "INSERT INTO conversations (address, step, data, updated_at) VALUES ('web:old', 'describe', :d,"
                        " '2026-11-25 02:00:00')"
                    ),  # fmt: skip
                    {"d": json.dumps({"intake": {"words": "Qx7Legacy intake"}})},
                )
        finally:
            await engine.dispose()

    asyncio.run(write_plaintext())
    upgrade(url, after)
    return database


@pytest.fixture
def old_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database at the newest revision with rows written in plaintext before sealing existed."""
    database = database_with_plaintext(tmp_path, "head", "head")
    monkeypatch.setenv("WALKING_HOME_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("WALKING_HOME_DATABASE_URL", raising=False)
    monkeypatch.delenv("WALKING_HOME_DATA_KEY", raising=False)
    monkeypatch.delenv("WALKING_HOME_DATA_KEY_FILE", raising=False)
    return database


def test_migration_0005_keeps_plaintext_rows_of_an_older_database_readable_and_reseal_seals_them(
    tmp_path: Path,
) -> None:
    import asyncio

    database = database_with_plaintext(tmp_path, "0004", "0005")
    url = f"sqlite+aiosqlite:///{database}"
    ring = KeyRing.generate()

    async def read_reseal_read() -> None:
        engine = create_engine(url, key_ring=ring)
        try:
            async with engine.connect() as connection:
                entry = (await connection.execute(select(ENTRIES.c.text, ENTRIES.c.attachment))).one()
                assert (entry.text, entry.attachment) == ("Qx7Legacy words", {"filename": "Qx7Legacy.jpg"})
            # `keys rotate` migrates to the newest revision first: later tables hold sealed columns too
            from storage.migrate import upgrade_async

            await upgrade_async(url)
            report = await rekey.reseal_all(engine, ring)
            assert report.total == 3
            async with engine.connect() as connection:
                data = (await connection.execute(select(CONVERSATIONS.c.data))).scalar_one()
                assert data == {"intake": {"words": "Qx7Legacy intake"}}
            assert (await rekey.count_by_key(engine))["case_entries.attachment"] == {ring.active: 1}
        finally:
            await engine.dispose()

    asyncio.run(read_reseal_read())


def test_legacy_plaintext_is_read_as_it_is_and_keys_rotate_keep_key_seals_it(old_database: Path, capsys) -> None:
    import asyncio

    url = f"sqlite+aiosqlite:///{old_database}"
    ring = sealing.load_key_ring(key_file=old_database.parent / "data-key")

    async def read() -> tuple[str, dict, dict, dict]:
        engine = create_engine(url, key_ring=ring)
        try:
            async with engine.connect() as connection:
                entry = (await connection.execute(select(ENTRIES.c.text, ENTRIES.c.attachment))).one()
                data = (await connection.execute(select(CONVERSATIONS.c.data))).scalar_one()
            return entry.text, entry.attachment, data, await rekey.count_by_key(engine)
        finally:
            await engine.dispose()

    words, attachment, data, counts = asyncio.run(read())
    assert (words, attachment, data) == (
        "Qx7Legacy words",
        {"filename": "Qx7Legacy.jpg"},
        {"intake": {"words": "Qx7Legacy intake"}},
    )
    assert counts["case_entries.text"] == {rekey.PLAINTEXT: 1}

    assert keys("status") == 0
    assert "Not sealed yet: 3 values" in capsys.readouterr().out
    assert keys("rotate", keep_key=True, batch=2) == 0
    assert f"Re-sealed with key {ring.active}: 3 values" in capsys.readouterr().out

    words, attachment, data, counts = asyncio.run(read())
    assert (words, attachment, data) == (
        "Qx7Legacy words",
        {"filename": "Qx7Legacy.jpg"},
        {"intake": {"words": "Qx7Legacy intake"}},
    )
    assert all(set(c) <= {ring.active} for c in counts.values()) and counts["case_entries.text"] == {ring.active: 1}
    # secure_delete and a checkpoint: the plaintext is gone from the file and its WAL.
    for suffix in ("", "-wal"):
        path = old_database.with_name(old_database.name + suffix)
        if path.exists():
            assert b"Qx7Legacy" not in path.read_bytes(), suffix
