"""outbox: who holds each lease

After a kill -9 on PostgreSQL the rows the dead process had claimed stayed leased until their lease
ended (45 s), and since 0021 her later rows wait for them: a woman who wrote to a standby that had just
taken the Matrix sync over got no answer for 45 s. ``leased_by`` is the key of a session advisory lock
the claiming process holds while it runs (`bot.workers.outbox.OutboxSender`); a claim makes the rows
whose holder's lock is free (the process is gone) due again at once
(`storage.outbox_store.release_dead_leases`). SQLite leaves it empty: one process runs there, and it
takes every lease over when it starts.

Nullable without a default: adding it rewrites nothing on either engine.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.migrations import online

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    online.add_column("outbox", sa.Column("leased_by", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("leased_by")
