"""service orders on the case clock: case_timers rows may belong to an order

A mark of a service order's clock (not dispatched in time, event not recorded in time, and the
escalation after them) is a ``case_timers`` row with ``order_id`` set and ``case_id`` empty, so
the clock worker claims case and order marks in the one statement, on the one partial index of
pending due times (docs/clock.md, "Service orders"). Exactly one of the two is set.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    # SQLite rebuilds the table in batch mode: the partial index is dropped first and made again
    # after, so that it keeps its WHERE clause whatever the reflection of partial indexes gives.
    op.drop_index("ix_case_timers_pending_due", table_name="case_timers")
    with op.batch_alter_table("case_timers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_id", sa.Integer(), nullable=True))
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(batch_op.f("fk_case_timers_order_id_orders"), "orders", ["order_id"], ["id"])
        batch_op.create_check_constraint("one_owner", "(case_id IS NULL) <> (order_id IS NULL)")
        batch_op.create_index("ix_case_timers_order_id_status", ["order_id", "status"], unique=False)
    op.create_index(
        "ix_case_timers_pending_due", "case_timers", ["due_at"], postgresql_where=PENDING, sqlite_where=PENDING
    )


def downgrade() -> None:
    op.execute("DELETE FROM case_timers WHERE order_id IS NOT NULL")
    op.drop_index("ix_case_timers_pending_due", table_name="case_timers")
    with op.batch_alter_table("case_timers", schema=None) as batch_op:
        batch_op.drop_index("ix_case_timers_order_id_status")
        batch_op.drop_constraint(batch_op.f("ck_case_timers_one_owner"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_case_timers_order_id_orders"), type_="foreignkey")
        batch_op.drop_column("order_id")
        batch_op.alter_column("case_id", existing_type=sa.Integer(), nullable=False)
    op.create_index(
        "ix_case_timers_pending_due", "case_timers", ["due_at"], postgresql_where=PENDING, sqlite_where=PENDING
    )
