"""PIN guards: every PIN guess by source, and the duress PIN on cases

``pin_guesses`` holds one row per PIN guess (a keyed hash of where it came
from — the conversation, the web client's network address, or the whole
service — the case guessed at if one was named, when, and the outcome), so
that wrong guesses are bounded per source, per source and case, and over the
whole service. Rows older than a day are no longer read and can be purged
(index on ``at``). ``cases.duress_pin_hash`` is her optional safety PIN,
hashed like the PIN.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pin_guesses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pin_guesses")),
    )
    with op.batch_alter_table("pin_guesses", schema=None) as batch_op:
        batch_op.create_index("ix_pin_guesses_at", ["at"], unique=False)
        batch_op.create_index("ix_pin_guesses_source_at", ["source", "at"], unique=False)
        batch_op.create_index("ix_pin_guesses_case_id_at", ["case_id", "at"], unique=False)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duress_pin_hash", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("duress_pin_hash")
    with op.batch_alter_table("pin_guesses", schema=None) as batch_op:
        batch_op.drop_index("ix_pin_guesses_case_id_at")
        batch_op.drop_index("ix_pin_guesses_source_at")
        batch_op.drop_index("ix_pin_guesses_at")
    op.drop_table("pin_guesses")
