"""a mediator's counts and list from the index alone

A mediator's ``/counts`` counts her cases by state, then her point's others that are not confidential
(`storage.staff_queries._counted_parts`). ``ix_cases_assignee_id_id`` (assignee, id) and
``ix_cases_service_point_id`` (point) hold no state, so each part read every case of hers and of her
point from the table: 119 ms median at 1,000,000 cases on PostgreSQL, over the 100 ms target
(docs/performance.md, "Staff queries at a million cases"). They give way to:

- ``ix_cases_assignee_id_state`` (assignee, id, state): her cases newest first (``/cases``, as before)
  and her counts by state without reading a case;
- ``ix_cases_point_id_state`` (point, id, state, confidential, assignee): her point's counts from the
  index alone, and her point's newest cases in id order (PostgreSQL walked the primary key back to find
  them: slow for a point with no case lately);
- ``ix_cases_open_assignee`` and ``ix_cases_open_point`` (open cases) gain the overdue flag, and her
  point's the confidentiality and the handler: her overdue count from the index alone too (PostgreSQL's
  generic plan for her point's part read every case by a hash join, 161 ms p95 at 1M).

On PostgreSQL the indexes are built ``CONCURRENTLY`` (`storage.migrations.online`): writes to ``cases``
go on meanwhile, and a run interrupted half-way is run again.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from storage.migrations import online

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES: list[online.IndexSpec] = [
    ("ix_cases_assignee_id_state", "cases", ["assignee_id", "id", "state"], None),
    ("ix_cases_point_id_state", "cases", ["service_point_id", "id", "state", "confidential", "assignee_id"], None),
]
#: Replaced by the indexes above, which start with the same columns.
REPLACED: list[online.IndexSpec] = [
    ("ix_cases_assignee_id_id", "cases", ["assignee_id", "id"], None),
    ("ix_cases_service_point_id", "cases", ["service_point_id"], None),
]
OPEN = "state NOT IN ('closed', 'not_accepted', 'withdrawn')"
#: Given more columns under the same name (`online.rebuild_index`), and as they were in 0018.
WIDENED: list[online.IndexSpec] = [
    ("ix_cases_open_assignee", "cases", ["assignee_id", "due_at", "id", "overdue"], OPEN),
    (
        "ix_cases_open_point",
        "cases",
        ["service_point_id", "due_at", "id", "overdue", "confidential", "assignee_id"],
        OPEN,
    ),
]
AS_IN_0018: list[online.IndexSpec] = [
    ("ix_cases_open_assignee", "cases", ["assignee_id", "due_at", "id"], OPEN),
    ("ix_cases_open_point", "cases", ["service_point_id", "due_at", "id"], OPEN),
]


def upgrade() -> None:
    online.replace_indexes(INDEXES, REPLACED)
    for index in WIDENED:
        online.rebuild_index(*index)


def downgrade() -> None:
    for index in AS_IN_0018:
        online.rebuild_index(*index)
    online.restore_indexes(INDEXES, REPLACED)
