"""``walking-home db check``: does the database's schema match this version's code?

Two questions, both read-only: is the database at the newest migration (Alembic's current revision
against the scripts' head), and does what is in the database match the tables the code declares
(`storage.records.metadata`) as Alembic's autogenerate compares them (`compare_metadata`, with the
same options as the migrations' environment: types compared too), with no index left invalid by an
interrupted build on PostgreSQL. A difference there means a migration is missing or was interrupted, or
someone changed the schema by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from storage.engine import create_engine
from storage.migrate import alembic_config
from storage.records import metadata


@dataclass
class SchemaReport:
    current: str | None
    head: str
    #: The current revision is one of this version's scripts (False: a newer release's database).
    known: bool
    differences: list[str] = field(default_factory=list)

    @property
    def in_step(self) -> bool:
        return self.current == self.head and not self.differences


def describe(difference: Any) -> str:
    """One of `compare_metadata`'s differences as a line an operator can read (schema names only)."""
    if isinstance(difference, list):  # a column's changes come as a list of modify_* tuples
        return "; ".join(describe(item) for item in difference)
    kind, *rest = difference
    if kind in ("add_table", "remove_table"):
        return f"{kind} {rest[0].name}"
    if kind in ("add_column", "remove_column"):
        _schema, table, column = rest
        return f"{kind} {table}.{column.name}"
    if kind in ("add_index", "remove_index", "add_constraint", "remove_constraint"):
        obj = rest[0]
        table = obj.table.name if getattr(obj, "table", None) is not None else "?"
        return f"{kind} {table}.{obj.name or '(unnamed)'}"
    if kind in ("add_fk", "remove_fk"):
        obj = rest[0]
        return f"{kind} {obj.parent.name}.{obj.name or '(unnamed)'}"
    if kind.startswith("modify_"):
        _schema, table, column, _existing, old, new = rest
        return f"{kind} {table}.{column}: {old} -> {new}"
    return str(kind)


def _compare(connection: Any) -> tuple[str | None, list[str]]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    current = context.get_current_revision()
    differences = [describe(d) for d in compare_metadata(context, metadata)] if current is not None else []
    return current, differences + _invalid_indexes(connection)


def _invalid_indexes(connection: Any) -> list[str]:
    """PostgreSQL: indexes an interrupted ``CREATE INDEX CONCURRENTLY`` left invalid. They exist by name,
    so the comparison above sees nothing, but no query uses them and every write still updates them."""
    if connection.dialect.name != "postgresql":
        return []
    rows = connection.execute(
        text(
            "SELECT c.relname, t.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_class t ON t.oid = i.indrelid WHERE NOT i.indisvalid ORDER BY 1"
        )
    )
    return [f"invalid_index {table}.{name}" for name, table in rows]


async def check_schema(database_url: str) -> SchemaReport:
    scripts = ScriptDirectory.from_config(alembic_config(database_url))
    head = scripts.get_current_head()
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            current, differences = await connection.run_sync(_compare)
    finally:
        await engine.dispose()
    known = current is None or any(script.revision == current for script in scripts.walk_revisions())
    return SchemaReport(current=current, head=head, known=known, differences=differences)


async def current_revision(database_url: str) -> str | None:
    """The database's Alembic revision (None: no migration has run on it)."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())
    finally:
        await engine.dispose()


def revisions_between(database_url: str, before: str | None, after: str | None) -> list[str]:
    """The migrations that take a database from ``before`` to ``after``, oldest first (none when equal)."""
    if after is None or before == after:
        return []
    scripts = ScriptDirectory.from_config(alembic_config(database_url))
    return [script.revision for script in reversed(list(scripts.iterate_revisions(after, before or "base")))]
