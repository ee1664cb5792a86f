"""case_counts: a case's two counter rows locked in one order

On PostgreSQL the trigger that keeps ``case_counts`` (migration 0018) took the row the case leaves,
then the row it enters. Two transactions moving cases between the same two counters in opposite
directions (one case from in progress to referred, another back) could each hold one row and wait for
the other: PostgreSQL aborted one of them as a deadlock (5 in 6,000 such updates from two connections
in a loop). The function now takes the two rows in the order of their keys (region, state, overdue),
whichever way the case moves, so two such transactions wait for each other instead. This orders the
rows of one case: a transaction that changes several cases (the clock's round) can still deadlock with
a staff member's move; the unit of work then reports it as not committed and the clock tries that mark
again in its next round.

SQLite needs nothing: it has one writer at a time.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""

import importlib
from collections.abc import Sequence

from alembic import op

from storage.migrations import online

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DECREMENT = (
    "UPDATE case_counts SET n = n - 1 WHERE region = OLD.region AND state = OLD.state AND overdue = OLD.overdue;"
)
INCREMENT = (
    "INSERT INTO case_counts (region, state, overdue, n) VALUES (NEW.region, NEW.state, NEW.overdue, 1) "
    "ON CONFLICT (region, state, overdue) DO UPDATE SET n = case_counts.n + 1;"
)
KEEP_IN_ORDER = f"""CREATE OR REPLACE FUNCTION case_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND ROW(NEW.region, NEW.state, NEW.overdue) < ROW(OLD.region, OLD.state, OLD.overdue) THEN
        {INCREMENT}
        {DECREMENT}
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {DECREMENT}
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {INCREMENT}
    END IF;
    RETURN NULL;
END $$"""


def upgrade() -> None:
    if online.postgres():
        op.execute(KEEP_IN_ORDER)


def downgrade() -> None:
    if online.postgres():
        before = importlib.import_module("storage.migrations.versions.0018_staff_query_indexes")
        op.execute(before.POSTGRES_TRIGGERS[0].replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
