"""indexes for the staff queries at a million cases

Composite and partial indexes on ``cases`` (and one on ``callback_tasks``) so that every staff query
(`storage.staff_queries`: /queue, /cases, /counts, /mine, dispatch loads, open callbacks) reads a
bounded part of an index in order instead of sorting or counting every case (docs/performance.md,
"Staff queries at a million cases"), and on ``orders`` for the order lists. ``ix_cases_region_state``
and ``ix_orders_region_state`` give way to indexes that start with the same two columns.

On PostgreSQL each index is built with ``CREATE INDEX CONCURRENTLY`` outside a transaction
(`storage/migrations/env.py` runs PostgreSQL migrations one transaction each, under a session
advisory lock): writes to ``cases`` go on while it is built. An index left invalid by a build that
was interrupted is dropped and built again when the migration is run again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "state NOT IN ('closed', 'not_accepted', 'withdrawn')"
WAITING = (
    "state IN ('accepted', 'new') OR state IN ('agreement', 'follow_up', 'in_progress', 'mediating', "
    "'mediation_pending', 'referred') AND assignee_id IS NULL"
)
TEAM = "state IN ('delivered', 'dispatched', 'scheduled')"

#: (name, table, columns, partial predicate or None)
INDEXES: list[tuple[str, str, list[str], str | None]] = [
    ("ix_cases_region_id", "cases", ["region", "id", "confidential", "owner_id", "assignee_id"], None),
    ("ix_cases_assignee_id_id", "cases", ["assignee_id", "id"], None),
    ("ix_cases_region_state_id", "cases", ["region", "state", "id", "confidential", "owner_id", "assignee_id"], None),
    ("ix_cases_region_service_id", "cases", ["region", "service", "id"], None),
    ("ix_cases_state_id", "cases", ["state", "id"], None),
    ("ix_cases_queue_emergency", "cases", ["region", "due_at", "id"], "state = 'emergency'"),
    ("ix_cases_queue_emergency_due", "cases", ["due_at", "id"], "state = 'emergency'"),
    ("ix_cases_queue_waiting", "cases", ["region", "due_at", "id"], WAITING),
    ("ix_cases_queue_waiting_due", "cases", ["due_at", "id"], WAITING),
    ("ix_cases_open_assignee", "cases", ["assignee_id", "due_at", "id"], OPEN),
    ("ix_cases_open_point", "cases", ["service_point_id", "due_at", "id"], OPEN),
    ("ix_cases_offered", "cases", ["service_point_id", "due_at", "id"], "state = 'dispatched' AND assignee_id IS NULL"),
    ("ix_cases_open_owner", "cases", ["owner_id"], OPEN),
    (
        "ix_cases_open_region",
        "cases",
        ["region", "id", "overdue", "due_at", "confidential", "owner_id", "assignee_id"],
        OPEN,
    ),
    ("ix_cases_open_id", "cases", ["id", "overdue", "due_at"], OPEN),
    ("ix_callback_tasks_pending", "callback_tasks", ["id"], "done_at IS NULL"),
    ("ix_orders_region_state_due", "orders", ["region", "state", "due_at", "id"], None),
    ("ix_orders_region_due", "orders", ["region", "due_at", "id"], None),
    ("ix_orders_team_state_due", "orders", ["team_id", "state", "due_at", "id"], None),
    ("ix_orders_due", "orders", ["due_at", "id"], None),
    ("ix_orders_team_open", "orders", ["team_id"], TEAM),
]
#: Replaced by the indexes above that start with the same columns.
REPLACED: list[tuple[str, str, list[str], str | None]] = [
    ("ix_cases_region_state", "cases", ["region", "state"], None),
    ("ix_cases_assignee_id", "cases", ["assignee_id"], None),
    ("ix_orders_region_state", "orders", ["region", "state"], None),
]


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _create(name: str, table: str, columns: list[str], where: str | None) -> None:
    if _postgres():
        op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")  # left invalid by an interrupted build
        op.create_index(
            name,
            table,
            columns,
            postgresql_where=sa.text(where) if where else None,
            postgresql_concurrently=True,
        )
    else:
        op.create_index(name, table, columns, sqlite_where=sa.text(where) if where else None)


def _drop(name: str, table: str) -> None:
    if _postgres():
        op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
    else:
        op.drop_index(name, table_name=table)


def _upgrade() -> None:
    for index in INDEXES:
        _create(*index)
    for name, table, _columns, _where in REPLACED:
        _drop(name, table)


def _downgrade() -> None:
    for index in REPLACED:
        _create(*index)
    for name, table, _columns, _where in reversed(INDEXES):
        _drop(name, table)


def upgrade() -> None:
    if _postgres():
        with op.get_context().autocommit_block():
            _upgrade()
    else:
        _upgrade()


def downgrade() -> None:
    if _postgres():
        with op.get_context().autocommit_block():
            _downgrade()
    else:
        _downgrade()
