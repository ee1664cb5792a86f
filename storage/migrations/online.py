"""Migration steps that keep a live PostgreSQL database usable while they run.

PostgreSQL migrations run one transaction each (`storage/migrations/env.py`); inside
`outside_transaction()` a migration leaves its transaction for autocommit, so that an index is built
``CONCURRENTLY`` (writes go on meanwhile) and a long fill commits step by step instead of holding its
locks to the end. On SQLite every step stays in the run's one transaction (a failed upgrade leaves the
database as it was). Every step may run again after an interrupted run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op


def postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


@contextlib.contextmanager
def outside_transaction() -> Iterator[None]:
    """PostgreSQL: commit what the migration did so far and run the block in autocommit."""
    if postgres():
        with op.get_context().autocommit_block():
            yield
    else:
        yield


def add_column(table: str, column: sa.Column) -> None:
    """Add ``column``; on PostgreSQL ``IF NOT EXISTS``, for a run again after an interrupted one."""
    if postgres():
        kind = column.type.compile(dialect=op.get_bind().dialect)
        op.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column.name} {kind}")
    else:
        op.add_column(table, column)


def create_index(name: str, table: str, columns: list[str], where: str | None = None) -> None:
    """PostgreSQL (inside `outside_transaction`): dropped first if it exists (an interrupted build may
    have left it invalid; a run again rebuilds even a valid one), then built ``CONCURRENTLY``."""
    if postgres():
        op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
        op.create_index(
            name, table, columns, postgresql_where=sa.text(where) if where else None, postgresql_concurrently=True
        )
    else:
        op.create_index(name, table, columns, sqlite_where=sa.text(where) if where else None)


def drop_index(name: str, table: str) -> None:
    if postgres():
        op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
    else:
        op.drop_index(name, table_name=table)


#: (name, table, columns, partial predicate or None), as `create_index` takes them.
IndexSpec = tuple[str, str, list[str], str | None]


def replace_indexes(built: list[IndexSpec], replaced: list[IndexSpec]) -> None:
    """Build ``built``, then drop ``replaced`` (queries keep an index to use throughout)."""
    with outside_transaction():
        for index in built:
            create_index(*index)
        for name, table, _columns, _where in replaced:
            drop_index(name, table)


def rebuild_index(name: str, table: str, columns: list[str], where: str | None = None) -> None:
    """Give index ``name`` new ``columns`` under the same name. PostgreSQL: the new one is built
    ``CONCURRENTLY`` beside the old as ``<name>_new``, the old dropped, the new renamed, so queries keep
    an index to use while it runs; a run interrupted at any step is run again (one interrupted after
    the old was dropped rebuilds ``<name>_new``, and meanwhile there is none). SQLite: dropped and
    created in the run's transaction."""
    if not postgres():
        op.drop_index(name, table_name=table)
        create_index(name, table, columns, where)
        return
    with outside_transaction():
        create_index(f"{name}_new", table, columns, where)
        drop_index(name, table)
        op.execute(f"ALTER INDEX {name}_new RENAME TO {name}")


def restore_indexes(built: list[IndexSpec], replaced: list[IndexSpec]) -> None:
    """Undo `replace_indexes`: build ``replaced`` again, then drop ``built``."""
    with outside_transaction():
        for index in replaced:
            create_index(*index)
        for name, table, _columns, _where in reversed(built):
            drop_index(name, table)
