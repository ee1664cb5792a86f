"""``walking-home db upgrade`` over a database of the previous release, and ``walking-home db check``.

The database is migrated to the previous release's head (`PREVIOUS`) and given one row in every
table, made from the reflected schema (so a table added later gets its row without this test
changing): every column filled, foreign keys pointing at the rows made before. Then the upgrade
to head runs, and every row must still be there with every value it had; `db check` says the
schema matches the code (exit 0) — and, before the upgrade, that it does not (exit 1).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import decimal
import json
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from bot.cli import execute
from storage.engine import create_engine
from storage.migrate import alembic_config, upgrade
from storage.schema_check import check_schema

#: The head of the previous release's migrations.
PREVIOUS = "0013"
MOMENT = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def value_for(column: sa.Column, table: str) -> Any:
    """A value of the column's type that fits its length; distinct per table so a mix-up would show."""
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enums:
        return kind.enums[0]
    if isinstance(kind, sa.Boolean):
        return True
    if isinstance(kind, sa.Integer):
        return 7
    if isinstance(kind, sa.DateTime):
        return MOMENT
    if isinstance(kind, sa.Date):
        return MOMENT.date()
    if isinstance(kind, sa.Time):
        return MOMENT.time()
    if isinstance(kind, sa.Float):
        return 1.5
    if isinstance(kind, sa.Numeric):
        return decimal.Decimal("1.5") if kind.asdecimal else 1.5
    if isinstance(kind, sa.JSON):
        return {"kept": table}
    if isinstance(kind, sa.LargeBinary):
        return b"\x00kept"
    if isinstance(kind, sa.String):  # Text, VARCHAR, CHAR
        text = json.dumps({"kept": table})  # JSON-shaped: a column read as JSON by a migration parses
        length = getattr(kind, "length", None)
        return text if length is None or len(text) <= length else "k" * min(length, 8)
    raise AssertionError(f"{table}.{column.name}: no value for type {kind!r}; teach value_for this type")


def rows_for(metadata: sa.MetaData) -> list[tuple[sa.Table, dict[str, Any]]]:
    """One row per table, parents first; a foreign key takes its parent's value (NULL when the parent
    comes later in a cycle and the column allows it)."""
    made: dict[str, dict[str, Any]] = {}
    rows = []
    for table in metadata.sorted_tables:
        if table.name == "alembic_version":
            continue
        row: dict[str, Any] = {}
        for column in table.columns:
            if column.foreign_keys:
                target = next(iter(column.foreign_keys)).column
                parent = made.get(target.table.name)
                if target.table.name == table.name:
                    row[column.name] = None if column.nullable else row.get(target.name, 1)
                elif parent is not None:
                    row[column.name] = parent[target.name]
                else:
                    assert column.nullable, f"{table.name}.{column.name}: a required key to a later table"
                    row[column.name] = None
            elif column.primary_key and isinstance(column.type, sa.Integer):
                row[column.name] = 1
            else:
                row[column.name] = value_for(column, table.name)
        made[table.name] = row
        rows.append((table, row))
    return rows


def reflect(connection: sa.Connection) -> sa.MetaData:
    metadata = sa.MetaData()
    metadata.reflect(connection)
    return metadata


async def fill(url: str) -> dict[str, dict[str, Any]]:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            metadata = await connection.run_sync(reflect)
            rows = rows_for(metadata)
            for table, row in rows:
                await connection.execute(table.insert().values(row))
            if connection.dialect.name == "postgresql":  # ids were given: move the sequences past them
                for table, row in rows:
                    for column in table.primary_key.columns:
                        if isinstance(column.type, sa.Integer):
                            await connection.execute(
                                sa.text("SELECT setval(pg_get_serial_sequence(:table, :column), :value)"),
                                {"table": table.name, "column": column.name, "value": row[column.name]},
                            )
        return {table.name: row for table, row in rows}
    finally:
        await engine.dispose()


def comparable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    if isinstance(value, str) and value.startswith("{"):
        return json.loads(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


async def read_back(url: str, tables: list[str]) -> dict[str, list[dict[str, Any]]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            metadata = await connection.run_sync(reflect)
            found = {}
            for name in tables:
                result = await connection.execute(sa.select(metadata.tables[name]))
                found[name] = [dict(row._mapping) for row in result]
            return found
    finally:
        await engine.dispose()


def db_check(url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> tuple[int, str]:
    """``walking-home db check`` as the command line runs it, against ``url``."""
    monkeypatch.setenv("WALKING_HOME_DATABASE_URL", url)
    monkeypatch.setenv("WALKING_HOME_DEFAULT_LOCALE", "en")
    capsys.readouterr()
    code = execute(["db", "check"])
    return code, capsys.readouterr().out


def test_the_previous_head_is_the_one_before_head() -> None:
    """When a release adds migrations, `PREVIOUS` follows the release; this names the chain it tests."""
    scripts = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite://"))
    chain = [script.revision for script in scripts.walk_revisions()]  # head first
    assert PREVIOUS in chain and chain.index(PREVIOUS) >= 1


def test_upgrading_a_previous_release_database_keeps_a_row_in_every_table_and_db_check_is_clean(
    empty_db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    upgrade(empty_db_url, PREVIOUS)
    before = asyncio.run(fill(empty_db_url))
    assert len(before) >= 20, sorted(before)  # every table of the schema, not a chosen few
    code, out = db_check(empty_db_url, monkeypatch, capsys)
    head = ScriptDirectory.from_config(alembic_config(empty_db_url)).get_current_head()
    assert code == 1 and f"revision {PREVIOUS}" in out and head in out, out

    upgrade(empty_db_url)  # what `walking-home db upgrade` runs

    after = asyncio.run(read_back(empty_db_url, list(before)))
    for table, row in before.items():
        assert len(after[table]) == 1, f"{table}: {len(after[table])} rows after the upgrade"
        kept = after[table][0]
        changed = {
            name: (value, kept.get(name))
            for name, value in row.items()
            if comparable(kept.get(name)) != comparable(value)
        }
        assert changed == {}, f"{table}: {changed}"
    report = asyncio.run(check_schema(empty_db_url))
    assert (report.current, report.differences) == (head, [])
    code, out = db_check(empty_db_url, monkeypatch, capsys)
    assert code == 0 and f"revision {head}" in out, out


def test_db_check_lists_a_schema_changed_by_hand(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import sqlite3

    database = sqlite_url.removeprefix("sqlite+aiosqlite:///")
    with sqlite3.connect(database) as connection:
        connection.execute("ALTER TABLE cases ADD COLUMN notes TEXT")
        connection.execute("DROP INDEX ix_cases_created_at")
    code, out = db_check(sqlite_url, monkeypatch, capsys)
    assert code == 1
    assert "remove_column cases.notes" in out and "add_index cases.ix_cases_created_at" in out, out


def test_db_check_on_a_missing_sqlite_file_creates_nothing(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    database = tmp_path / "none.db"
    monkeypatch.setenv("WALKING_HOME_DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    monkeypatch.setenv("WALKING_HOME_DEFAULT_LOCALE", "en")
    assert execute(["db", "check"]) == 1
    assert "There is no database" in capsys.readouterr().err
    assert not database.exists()


async def upgrade_while_writing(url: str) -> tuple[list[int], list[int], float, int]:
    """The upgrade to head in a thread while a writer commits a processed update and a case timer every
    few milliseconds (case_timers is the table 0014 rebuilds). Returns the writes acknowledged, those
    found after, the writer's longest wait and how many it committed while the upgrade ran."""
    engine = create_engine(url)
    acknowledged: list[int] = []
    longest = 0.0
    upgrading = True
    during = 0

    async def writer() -> None:
        nonlocal longest, during
        number = after = 0
        while upgrading or after < 20:  # and 20 more once it has finished
            number += 1
            began = asyncio.get_running_loop().time()
            now = dt.datetime.now(dt.UTC)
            async with engine.begin() as connection:
                await connection.execute(
                    sa.text("INSERT INTO processed_updates (channel, update_id, at) VALUES ('web', :id, :at)"),
                    {"id": f"live:{number}", "at": now},
                )
                await connection.execute(
                    sa.text(
                        "INSERT INTO case_timers (case_id, kind, state, due_at, status, created_at) "
                        "VALUES (1, :kind, 'new', :at, 'pending', :at)"
                    ),
                    {"kind": f"live-{number}", "at": now},
                )
            longest = max(longest, asyncio.get_running_loop().time() - began)
            acknowledged.append(number)
            if upgrading:
                during += 1
            else:
                after += 1
            if len(acknowledged) == 20:
                started.set()
            await asyncio.sleep(0.003)

    started = asyncio.Event()
    try:
        task = asyncio.create_task(writer())
        waiting = asyncio.create_task(started.wait())
        await asyncio.wait([task, waiting], return_when=asyncio.FIRST_COMPLETED)  # the writes are under way
        if task.done():
            waiting.cancel()
            task.result()  # the writer failed: its error
        await asyncio.to_thread(upgrade, url)
        upgrading = False
        await task
        async with engine.connect() as connection:
            rows = await connection.execute(
                sa.text("SELECT update_id FROM processed_updates WHERE update_id LIKE 'live:%'")
            )
            found = sorted(int(update_id.split(":")[1]) for (update_id,) in rows)
            timers = (
                await connection.execute(sa.text("SELECT count(*) FROM case_timers WHERE kind LIKE 'live-%'"))
            ).scalar()
        assert timers == len(found)
        return acknowledged, found, longest, during
    finally:
        await engine.dispose()


def test_the_upgrade_runs_while_a_writer_commits_and_loses_none_of_its_writes(empty_db_url: str) -> None:
    upgrade(empty_db_url, PREVIOUS)
    asyncio.run(fill(empty_db_url))
    acknowledged, found, longest, during = asyncio.run(upgrade_while_writing(empty_db_url))
    print(f"\nupgrade under writes: {len(acknowledged)} committed ({during} while it ran), longest {longest:.2f} s")
    assert found == sorted(acknowledged)
    assert asyncio.run(check_schema(empty_db_url)).in_step
