"""Re-sealing sealed columns with the active key, and counting values per key.

Used by ``walking-home keys rotate`` and ``keys status``. Work goes in small batches,
each its own short transaction, so the bot can keep running: a batch reads values not
sealed with the active key (legacy plaintext too), seals them again and writes each one
back only if nobody changed it meanwhile (a value the bot rewrote is already sealed
afresh). On SQLite the connection overwrites replaced content with zeros
(``secure_delete``) and the WAL is checkpointed (passively) at the end, so a plaintext value
sealed here does not stay behind in the database file's pages.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import sealing
from storage.records import metadata
from storage.sealing import KeyRing, SealedColumn

#: The label `count_by_key` gives values written before sealing existed.
PLAINTEXT = "plaintext"


@dataclass
class ResealReport:
    resealed: Counter = field(default_factory=Counter)  # per column context
    skipped: int = 0  # changed by someone else between read and write (already sealed afresh)

    @property
    def total(self) -> int:
        return sum(self.resealed.values())


def columns() -> list[SealedColumn]:
    return sealing.sealed_columns(metadata)


async def reseal_column(
    engine: AsyncEngine,
    ring: KeyRing,
    column: SealedColumn,
    *,
    batch: int = 200,
    report: ResealReport,
    pause: float = 0.01,
) -> None:
    """Seal again with ``ring.active`` every value of ``column`` that another key (or none) sealed."""
    table, name, key = column.table, column.column, column.key
    select_sql = text(
        f"SELECT {key}, {name} FROM {table} "  # noqa: S608 - names come from the metadata, not from input
        f"WHERE {name} IS NOT NULL AND {name} NOT LIKE :active AND {key} > :after ORDER BY {key} LIMIT :n"
    )
    update_sql = text(f"UPDATE {table} SET {name} = :new WHERE {key} = :k AND {name} = :old")  # noqa: S608
    after: object = -1 if _python_type(column) is int else ""
    sqlite = engine.dialect.name == "sqlite"
    while True:
        active = f"{sealing.PREFIX}{ring.active}:%"
        async with engine.connect() as connection:
            rows = (await connection.execute(select_sql, {"active": active, "after": after, "n": batch})).all()
        if not rows:
            return
        updates = []
        for row_key, stored in rows:
            plaintext = ring.open(stored, column.context)  # legacy plaintext comes back as it is
            updates.append({"k": row_key, "old": stored, "new": ring.seal(plaintext, column.context)})
        async with engine.begin() as connection:
            if sqlite:
                await connection.exec_driver_sql("PRAGMA secure_delete=ON")
            if sqlite:  # one round trip: SQLite's single write lock is held briefly
                written = (await connection.execute(update_sql, updates)).rowcount
            else:  # row locks only; each row's count is known
                written = sum([(await connection.execute(update_sql, values)).rowcount for values in updates])
        report.resealed[column.context] += written
        report.skipped += len(updates) - written
        after = rows[-1][0]
        await asyncio.sleep(pause)  # room for the bot's writers between batches (SQLite's lock is not fair)


def _python_type(column: SealedColumn) -> type:
    try:
        return metadata.tables[column.table].c[column.key].type.python_type
    except NotImplementedError:
        return str


async def reseal_all(
    engine: AsyncEngine, ring: KeyRing, *, batch: int = 200, progress: Callable[[str, int], None] | None = None
) -> ResealReport:
    report = ResealReport()
    for column in columns():
        before = report.resealed[column.context]
        await reseal_column(engine, ring, column, batch=batch, report=report)
        if progress is not None:
            progress(column.context, report.resealed[column.context] - before)
    if engine.dialect.name == "sqlite":
        async with engine.connect() as connection:
            # PASSIVE: copies what it can without making the bot's writers wait (TRUNCATE would
            # hold them for the whole copy); the WAL's frames are reused from its start afterwards.
            await connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    return report


async def count_by_key(engine: AsyncEngine) -> dict[str, Counter]:
    """For each sealed column, how many values each key id seals (``plaintext``: not sealed yet)."""
    sqlite = engine.dialect.name == "sqlite"
    counts: dict[str, Counter] = {}
    for column in columns():
        name = column.column
        kid = f"substr({name}, 4, instr(substr({name}, 4), ':') - 1)" if sqlite else f"split_part({name}, ':', 2)"
        sql = text(
            f"SELECT CASE WHEN {name} LIKE 's1:%' THEN {kid} ELSE '' END AS kid, count(*) "  # noqa: S608
            f"FROM {column.table} WHERE {name} IS NOT NULL GROUP BY 1"
        )
        async with engine.connect() as connection:
            rows = (await connection.execute(sql)).all()
        counts[column.context] = Counter({(k or PLAINTEXT): n for k, n in rows})
    return counts


class UnknownDataKey(Exception):
    """The database holds values sealed with keys the ring does not have (a lost or replaced key file)."""

    def __init__(self, key_ids: list[str]) -> None:
        super().__init__(", ".join(key_ids))
        self.key_ids = key_ids


async def unknown_key_ids(engine: AsyncEngine, ring: KeyRing, *, newest: int = 20) -> list[str]:
    """Key ids sealing the ``newest`` values of any sealed column that ``ring`` lacks; a quick probe at start."""
    known = set(ring.key_ids)
    found: set[str] = set()
    for column in columns():
        sql = text(
            f"SELECT {column.column} FROM {column.table} WHERE {column.column} LIKE 's1:%' "  # noqa: S608
            f"ORDER BY {column.key} DESC LIMIT :newest"
        )
        async with engine.connect() as connection:
            values = (await connection.execute(sql, {"newest": newest})).scalars().all()
        found |= {kid for value in values if (kid := sealing.sealed_key_id(value)) and kid not in known}
    return sorted(found)
