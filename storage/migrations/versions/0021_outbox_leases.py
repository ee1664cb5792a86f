"""outbox: when each claimed row's lease ends, and the leased rows by chat

A claim leases its rows by pushing ``not_before`` ahead; a row that must be tried again later or that
waits for her page also has a ``not_before`` ahead, so a lease could not be told from a wait. After a
kill -9 the rows the dead process had claimed waited out their lease while the next process sent the
same chat's later rows: a woman got the question after her case number, an operator her notices out
of order. ``leased_until`` marks a lease (the claim sets it, every outcome clears it), and the claim
leaves a chat's later rows while an earlier one of the chat is leased, which it finds through
``ix_outbox_leased_address_id``: the leased rows only, a few claims' worth (an index of every pending
row made the look-up walk a backlog's earlier rows for each of its rows: 6 s a claim at 3,000).

The column is nullable without a default: adding it rewrites nothing on either engine. The index is
built ``CONCURRENTLY`` on PostgreSQL (`storage.migrations.online`).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.migrations import online

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEASED_BY_CHAT = (
    "ix_outbox_leased_address_id",
    "outbox",
    ["address", "id"],
    "status = 'pending' AND leased_until IS NOT NULL",
)


def upgrade() -> None:
    online.add_column("outbox", sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True))
    with online.outside_transaction():
        online.create_index(*LEASED_BY_CHAT)


def downgrade() -> None:
    with online.outside_transaction():
        online.drop_index(*LEASED_BY_CHAT[:2])
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("leased_until")
