"""follow-ups: the follow-up visits (回访) of resolved cases and her answers

``follow_ups`` holds one row per case and round (1 at +7 days, 2 at +30 days after
``resolve``): how it went (asked, answered, no response, no contact, by call-back), whether
the problem is solved (yes / partly / no) and her satisfaction (1-5). Her optional comment is
a sealed case entry, not a column here.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("solved", sa.String(length=10), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_follow_ups_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
        sa.UniqueConstraint("case_id", "round", name="uq_follow_ups_case_id_round"),
    )


def downgrade() -> None:
    op.drop_table("follow_ups")
