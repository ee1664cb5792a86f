"""case timers: the marks of each case's clock, as rows the clock worker fires

``case_timers`` holds one row per mark (remind at 50 % and 80 %, overdue at 100 %,
escalate at 150 % of the state's clock): the case, the kind, the state it belongs to,
when it is due and whether it is pending, fired, skipped, cancelled or paused. A partial
index on the pending rows' due time keeps an idle poll to one short index read.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_timers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=40), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fired_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_timers_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_timers")),
    )
    op.create_index(
        "ix_case_timers_pending_due",
        "case_timers",
        ["due_at"],
        postgresql_where=sa.text("status = 'pending'"),
        sqlite_where=sa.text("status = 'pending'"),
    )
    op.create_index("ix_case_timers_case_id_status", "case_timers", ["case_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_case_timers_case_id_status", table_name="case_timers")
    op.drop_index("ix_case_timers_pending_due", table_name="case_timers")
    op.drop_table("case_timers")
