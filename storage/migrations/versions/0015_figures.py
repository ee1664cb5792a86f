"""supervisor figures: the indexes their queries use, and the plain code of a case event

The figures (docs/statistics.md) aggregate a period's cases and events in the database. They read
cases by registration time (in one region, or all), the first accept / dispatch / close of each
case, the period's events of one trigger (emergencies, mediation outcomes, referrals), the
clock's fired marks and the follow-up rounds asked in the period.

``case_events.code`` keeps in plain the one anonymous code of an event's sealed data that a figure
groups by (a referral's agency, the closure code, a refusal's reason code, an agreement's form;
`workflows.stats.event_code`). Rows written before this revision keep NULL (the migration has no
key to open the sealed data): their referrals count under the agency ``unknown``.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (name, table, columns)
INDEXES = (
    ("ix_cases_region_created_at", "cases", ["region", "created_at"]),
    ("ix_cases_created_at", "cases", ["created_at"]),
    ("ix_case_events_case_id_trigger_at", "case_events", ["case_id", "trigger", "at"]),
    ("ix_case_events_trigger_at", "case_events", ["trigger", "at"]),
    ("ix_case_timers_status_fired_at", "case_timers", ["status", "fired_at"]),
    ("ix_follow_ups_asked_at", "follow_ups", ["asked_at"]),
)


def upgrade() -> None:
    op.add_column("case_events", sa.Column("code", sa.String(length=32), nullable=True))
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_column("code")
