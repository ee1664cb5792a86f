"""service orders: orders (点单), their events and refusals, event records, team attributes

``orders`` holds each order for a lecture, a team visit or a 十送 event (her contact and the
place as she named it sealed), ``order_events`` its audited transitions, ``order_audit`` refused
attempts, ``event_records`` what a team delivered (for an order, or on the spot), and
``order_reference_counters`` the ``HLO-`` numbers per year. Service points get the topics they
deliver and, for mobile teams, the regions they travel to.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topics", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column("travels_to", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))

    op.create_table(
        "order_reference_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_order_reference_counters")),
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=False),
        sa.Column("place_kind", sa.String(length=16), nullable=False),
        sa.Column("place_name", sa.String(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("audience", sa.Integer(), nullable=False),
        sa.Column("preferred_dates", sa.JSON(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("locale", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("orderer_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state_entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["orderer_id"], ["people.id"], name=op.f("fk_orders_orderer_id_people")),
        sa.ForeignKeyConstraint(["region"], ["regions.code"], name=op.f("fk_orders_region_regions")),
        sa.ForeignKeyConstraint(["team_id"], ["service_points.id"], name=op.f("fk_orders_team_id_service_points")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("reference", name=op.f("uq_orders_reference")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_orderer_id"), ["orderer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_team_id"), ["team_id"], unique=False)
        batch_op.create_index("ix_orders_region_state", ["region", "state"], unique=False)
        batch_op.create_index("ix_orders_state_due", ["state", "due_at"], unique=False)

    op.create_table(
        "order_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("trigger", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=False),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_order_events_order_id_orders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_events")),
        sa.UniqueConstraint("order_id", "seq", name=op.f("uq_order_events_order_id")),
    )
    op.create_table(
        "order_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_audit")),
    )
    with op.batch_alter_table("order_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_audit_order_id"), ["order_id"], unique=False)

    op.create_table(
        "event_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place_kind", sa.String(length=16), nullable=False),
        sa.Column("place_name", sa.String(length=200), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("women_helped", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("case_ids", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_event_records_order_id_orders")),
        sa.ForeignKeyConstraint(["recorded_by"], ["people.id"], name=op.f("fk_event_records_recorded_by_people")),
        sa.ForeignKeyConstraint(["region"], ["regions.code"], name=op.f("fk_event_records_region_regions")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["service_points.id"], name=op.f("fk_event_records_team_id_service_points")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_records")),
        sa.UniqueConstraint("order_id", name=op.f("uq_event_records_order_id")),
    )
    with op.batch_alter_table("event_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_records_team_id"), ["team_id"], unique=False)
        batch_op.create_index("ix_event_records_held_on_region", ["held_on", "region"], unique=False)


def downgrade() -> None:
    op.drop_table("event_records")
    op.drop_table("order_audit")
    op.drop_table("order_events")
    op.drop_table("orders")
    op.drop_table("order_reference_counters")
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.drop_column("travels_to")
        batch_op.drop_column("topics")
