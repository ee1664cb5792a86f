"""sealed fields: her words, names and phone numbers encrypted at rest

The JSON columns that hold what she or staff wrote about her become text: each value
is stored sealed (``s1:<key id>:...``, see ``storage/sealing.py``). ``cases.phone_index``
holds a blind index (keyed HMAC) of the phone number given with a case, for "earlier
cases from this number".

Rows written before this revision stay plaintext here (the migration has no key): the
reader accepts them as they are, and ``walking-home keys rotate --keep-key`` (or any
``keys rotate``) seals them in small batches. Downgrading needs the values unsealed
first (PostgreSQL refuses to turn a sealed value back into JSON).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, nullable) of the JSON columns that become sealed text.
SEALED_JSON = (
    ("case_events", "data", False),
    ("case_entries", "attachment", True),
    ("outbox", "args", False),
    ("conversations", "data", False),
    ("approvals", "data", False),
    ("callback_tasks", "args", False),
)


def _retype(to_text: bool) -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, column, nullable in SEALED_JSON:
        if postgres:
            target = "TEXT" if to_text else "JSON"
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE {target} USING {column}::{target.lower()}")
            continue
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                column,
                existing_type=sa.JSON() if to_text else sa.Text(),
                type_=sa.Text() if to_text else sa.JSON(),
                existing_nullable=nullable,
            )


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_index", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_phone_index"), ["phone_index"], unique=False)
    _retype(to_text=True)


def downgrade() -> None:
    _retype(to_text=False)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_phone_index"))
        batch_op.drop_column("phone_index")
