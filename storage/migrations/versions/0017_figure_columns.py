"""supervisor figures at scale: first times on cases, the region on events and follow-up rounds

The figures read (docs/statistics.md, "Speed"):

- ``cases.accepted_at`` / ``dispatched_at`` / ``mediation_started_at`` / ``closed_at``: the time of the
  case's first accept, dispatch, start of a mediation and close, written by the event log with the
  event; the durations read the cases alone instead of joining every case of the period with its
  events, and a referral "after a mediation" is told by its case;
- ``case_events.region`` and ``follow_ups.region``: the case's region, written with the row (a case's
  region never changes after it is registered); a period's events of a trigger are read from the
  index ``(trigger, at, region, code, case_id)`` alone (it replaces 0015's ``(trigger, at)``), and a
  region's rounds from ``(region, asked_at)``, without the cases.

Existing rows are filled from the cases and events in steps of ``STEP`` case ids. On PostgreSQL the
columns are committed first and every step and index after that commits on its own (indexes built
``CONCURRENTLY``, `storage.migrations.online`): the tables stay usable while a large database is
filled, and a run interrupted part way is simply run again. Rows that a process of the previous
version writes while the fill runs are not filled: upgrade with the bot stopped, as
docs/operations.md says.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.migrations import online

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STEP = 50_000
FIRST_TIMES = (
    ("accepted_at", "accept"),
    ("dispatched_at", "dispatch"),
    ("mediation_started_at", "start_mediation"),
    ("closed_at", "close"),
)
#: The figures' events index: the period's events of a trigger, in one region or all, read from the
#: index alone (its code and case too). It starts with the columns of 0015's (trigger, at), which goes.
EVENTS_INDEX = ("ix_case_events_trigger_at_region", "case_events", ["trigger", "at", "region", "code", "case_id"])
REPLACED = ("ix_case_events_trigger_at", "case_events", ["trigger", "at"])
ROUNDS_INDEX = ("ix_follow_ups_region_asked_at", "follow_ups", ["region", "asked_at"])


def upgrade() -> None:
    for column, _ in FIRST_TIMES:
        online.add_column("cases", sa.Column(column, sa.DateTime(timezone=True), nullable=True))
    online.add_column("case_events", sa.Column("region", sa.String(length=32), nullable=True))
    online.add_column("follow_ups", sa.Column("region", sa.String(length=32), nullable=True))
    with online.outside_transaction():  # PostgreSQL: the columns are committed; each step commits
        _fill()
        for index in (EVENTS_INDEX, ROUNDS_INDEX):
            online.create_index(*index)
        online.drop_index(*REPLACED[:2])


def _fill() -> None:
    bind = op.get_bind()
    last = bind.execute(sa.text("SELECT max(id) FROM cases")).scalar()
    if last is None:
        return
    firsts = ", ".join(
        f"{column} = (SELECT min(e.at) FROM case_events e WHERE e.case_id = cases.id AND e.trigger = '{trigger}')"
        for column, trigger in FIRST_TIMES
    )
    statements = (
        f"UPDATE cases SET {firsts} WHERE id BETWEEN :low AND :high",
        "UPDATE case_events SET region = (SELECT c.region FROM cases c WHERE c.id = case_events.case_id) "
        "WHERE case_id BETWEEN :low AND :high",
        "UPDATE follow_ups SET region = (SELECT c.region FROM cases c WHERE c.id = follow_ups.case_id) "
        "WHERE case_id BETWEEN :low AND :high",
    )
    for low in range(1, last + 1, STEP):
        for statement in statements:
            bind.execute(sa.text(statement), {"low": low, "high": low + STEP - 1})


def downgrade() -> None:
    with online.outside_transaction():
        online.create_index(*REPLACED)
        for name, table, _ in (ROUNDS_INDEX, EVENTS_INDEX):
            online.drop_index(name, table)
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_column("region")
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_column("region")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for column, _ in reversed(FIRST_TIMES):
            batch_op.drop_column(column)
