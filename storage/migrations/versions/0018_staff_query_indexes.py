"""indexes for the staff queries at a million cases

Composite and partial indexes on ``cases`` (and one on ``callback_tasks``) so that every staff query
(`storage.staff_queries`: /queue, /cases, /counts, /mine, dispatch loads, open callbacks) reads a
bounded part of an index in order instead of sorting or counting every case (docs/performance.md,
"Staff queries at a million cases"), and on ``orders`` for the order lists. ``ix_cases_region_state``
and ``ix_orders_region_state`` give way to indexes that start with the same two columns.

``case_counts`` holds how many cases each region has in each state, flagged overdue or not, kept by
triggers on ``cases`` (filled in the transaction that creates them): a supervisor's ``/counts`` reads it
instead of counting every case. A later migration that rebuilds ``cases`` on SQLite (a batch "move and copy") drops its
triggers and must create them again (``SQLITE_TRIGGERS``).

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

from storage.migrations import online

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

INDEXES: list[online.IndexSpec] = [
    ("ix_cases_region_id", "cases", ["region", "id", "confidential", "owner_id", "assignee_id"], None),
    ("ix_cases_assignee_id_id", "cases", ["assignee_id", "id"], None),
    ("ix_cases_region_state_id", "cases", ["region", "state", "id", "confidential", "owner_id", "assignee_id"], None),
    ("ix_cases_region_service_id", "cases", ["region", "service", "id"], None),
    ("ix_cases_state_id", "cases", ["state", "id"], None),
    (
        "ix_cases_queue_emergency",
        "cases",
        ["region", "due_at", "id", "confidential", "owner_id", "assignee_id"],
        "state = 'emergency'",
    ),
    ("ix_cases_queue_emergency_due", "cases", ["due_at", "id"], "state = 'emergency'"),
    ("ix_cases_queue_waiting", "cases", ["region", "due_at", "id", "confidential", "owner_id", "assignee_id"], WAITING),
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
    ("ix_cases_open_overdue_due", "cases", ["overdue", "due_at"], OPEN),
    ("ix_callback_tasks_pending", "callback_tasks", ["id"], "done_at IS NULL"),
    ("ix_orders_region_state_due", "orders", ["region", "state", "due_at", "id"], None),
    ("ix_orders_region_due", "orders", ["region", "due_at", "id"], None),
    ("ix_orders_team_state_due", "orders", ["team_id", "state", "due_at", "id"], None),
    ("ix_orders_due", "orders", ["due_at", "id"], None),
    ("ix_orders_team_open", "orders", ["team_id"], TEAM),
]
#: Replaced by the indexes above that start with the same columns.
REPLACED: list[online.IndexSpec] = [
    ("ix_cases_region_state", "cases", ["region", "state"], None),
    ("ix_cases_assignee_id", "cases", ["assignee_id"], None),
    ("ix_orders_region_state", "orders", ["region", "state"], None),
]


#: ``case_counts`` kept by triggers on ``cases`` (`storage.records.CaseCountRecord`).
SQLITE_TRIGGERS = [
    "CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN "
    "INSERT INTO case_counts (region, state, overdue, n) VALUES (NEW.region, NEW.state, NEW.overdue, 1) "
    "ON CONFLICT (region, state, overdue) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER case_counts_update AFTER UPDATE OF state, region, overdue ON cases "
    "WHEN OLD.state IS NOT NEW.state OR OLD.region IS NOT NEW.region OR OLD.overdue IS NOT NEW.overdue BEGIN "
    "UPDATE case_counts SET n = n - 1 WHERE region = OLD.region AND state = OLD.state AND overdue = OLD.overdue; "
    "INSERT INTO case_counts (region, state, overdue, n) VALUES (NEW.region, NEW.state, NEW.overdue, 1) "
    "ON CONFLICT (region, state, overdue) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER case_counts_delete AFTER DELETE ON cases BEGIN "
    "UPDATE case_counts SET n = n - 1 WHERE region = OLD.region AND state = OLD.state AND overdue = OLD.overdue; END",
]
POSTGRES_TRIGGERS = [
    """CREATE FUNCTION case_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE case_counts SET n = n - 1
        WHERE region = OLD.region AND state = OLD.state AND overdue = OLD.overdue;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO case_counts (region, state, overdue, n) VALUES (NEW.region, NEW.state, NEW.overdue, 1)
        ON CONFLICT (region, state, overdue) DO UPDATE SET n = case_counts.n + 1;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER case_counts_insert_delete AFTER INSERT OR DELETE ON cases "
    "FOR EACH ROW EXECUTE FUNCTION case_counts_keep()",
    "CREATE TRIGGER case_counts_update AFTER UPDATE OF state, region, overdue ON cases FOR EACH ROW "
    "WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.region IS DISTINCT FROM NEW.region "
    "OR OLD.overdue IS DISTINCT FROM NEW.overdue) EXECUTE FUNCTION case_counts_keep()",
]
#: Filled in the transaction that creates the triggers: creating a trigger locks out writes to
#: ``cases`` until commit, so no case is counted twice or missed.
BACKFILL = (
    "INSERT INTO case_counts (region, state, overdue, n) "
    "SELECT region, state, overdue, count(*) FROM cases GROUP BY region, state, overdue"
)


def _counts() -> None:
    if sa.inspect(op.get_bind()).has_table("case_counts"):
        # PostgreSQL, run again after its index builds failed: this part was committed before them.
        return
    op.create_table(
        "case_counts",
        sa.Column("region", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("overdue", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("region", "state", "overdue", name=op.f("pk_case_counts")),
    )
    for statement in POSTGRES_TRIGGERS if online.postgres() else SQLITE_TRIGGERS:
        op.execute(statement)
    op.execute(BACKFILL)


def _drop_counts() -> None:
    if online.postgres():
        op.execute("DROP TRIGGER IF EXISTS case_counts_update ON cases")
        op.execute("DROP TRIGGER IF EXISTS case_counts_insert_delete ON cases")
        op.execute("DROP FUNCTION IF EXISTS case_counts_keep()")
    else:
        for name in ("case_counts_insert", "case_counts_update", "case_counts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("case_counts")


def upgrade() -> None:
    _counts()  # in the migration's transaction (committed before the autocommit block on PostgreSQL)
    online.replace_indexes(INDEXES, REPLACED)


def downgrade() -> None:
    online.restore_indexes(INDEXES, REPLACED)
    _drop_counts()
