"""channel state: what a channel keeps across restarts, in the database

``channel_state`` holds one JSON value per channel account (the Matrix channel's
device id, sync token, and each person's room and language: ids only, never
words), so a bot process that takes over the channel, on this machine or
another, continues from the same sync token.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "channel_state",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_channel_state")),
    )


def downgrade() -> None:
    op.drop_table("channel_state")
