"""outbox lanes: each row carries its channel scheme and a priority

Each channel delivers from its own lane (rows of its scheme), and emergency
messages (priority 1) are claimed before everything else.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scheme", sa.String(length=32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("priority", sa.Integer(), nullable=False, server_default="0"))
    # Rows written before this revision: the scheme is the address's URN prefix.
    op.execute(
        "UPDATE outbox SET scheme = substr(address, 1, instr(address, ':') - 1) WHERE instr(address, ':') > 0"
        if op.get_bind().dialect.name == "sqlite"
        else "UPDATE outbox SET scheme = split_part(address, ':', 1)"
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbox_status_scheme_priority_not_before",
            ["status", "scheme", "priority", "not_before"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_status_scheme_priority_not_before")
        batch_op.drop_column("priority")
        batch_op.drop_column("scheme")
