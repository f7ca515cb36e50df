"""Crisis shelter: rooms, beds, outages, stays, extensions, moves, bed-nights, goals, case notes.

Revision ID: 0004_shelter
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_shelter"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def tracked_columns() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("changed_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "shelter_rooms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        *tracked_columns(),
        sa.CheckConstraint("capacity >= 1", name="ck_shelter_rooms_capacity_positive"),
    )
    op.create_table(
        "shelter_beds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("shelter_rooms.id"), nullable=False),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("room_id", "label", name="uq_shelter_beds_room_label"),
    )
    op.create_table(
        "shelter_bed_outages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bed_id", sa.Integer(), sa.ForeignKey("shelter_beds.id"), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        *tracked_columns(),
        sa.CheckConstraint("end_on IS NULL OR end_on >= start_on", name="ck_shelter_bed_outages_outage_dates"),
    )
    op.create_index("ix_shelter_bed_outages_bed_id", "shelter_bed_outages", ["bed_id"])
    op.create_table(
        "shelter_stays",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("bed_id", sa.Integer(), sa.ForeignKey("shelter_beds.id"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("stay_type", sa.String(16), nullable=False),
        sa.Column("admitted_on", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("discharged_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(24), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("referral_destination_id", sa.Integer(), sa.ForeignKey("referral_destinations.id"), nullable=True),
        sa.Column("reasons", sa.String(200), nullable=True),
        sa.Column("reason_note", sa.Text(), nullable=True),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("children_ages", sa.String(60), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        *tracked_columns(),
        sa.CheckConstraint("planned_end > admitted_on", name="ck_shelter_stays_planned_after_admission"),
        sa.CheckConstraint(
            "discharged_on IS NULL OR discharged_on >= admitted_on", name="ck_shelter_stays_discharge_after_admission"
        ),
        sa.CheckConstraint("children_count >= 0", name="ck_shelter_stays_children_not_negative"),
        sa.CheckConstraint("status IN ('reserved', 'active', 'discharged')", name="ck_shelter_stays_status_known"),
        sa.CheckConstraint("stay_type IN ('crisis', 'long')", name="ck_shelter_stays_type_known"),
    )
    op.create_index("ix_shelter_stays_client_id", "shelter_stays", ["client_id"])
    op.create_index("ix_shelter_stays_status", "shelter_stays", ["status"])
    op.create_table(
        "shelter_extensions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=False),
        sa.Column("previous_end", sa.Date(), nullable=False),
        sa.Column("new_end", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        *tracked_columns(),
        sa.CheckConstraint("new_end > previous_end", name="ck_shelter_extensions_later_end"),
    )
    op.create_index("ix_shelter_extensions_stay_id", "shelter_extensions", ["stay_id"])
    op.create_table(
        "shelter_moves",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("from_bed_id", sa.Integer(), sa.ForeignKey("shelter_beds.id"), nullable=False),
        sa.Column("to_bed_id", sa.Integer(), sa.ForeignKey("shelter_beds.id"), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        *tracked_columns(),
    )
    op.create_index("ix_shelter_moves_stay_id", "shelter_moves", ["stay_id"])
    op.create_table(
        "shelter_bed_nights",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("bed_id", sa.Integer(), sa.ForeignKey("shelter_beds.id"), nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("night", sa.Date(), nullable=False),
        sa.UniqueConstraint("bed_id", "night", name="uq_shelter_bed_nights_bed_night"),
        sa.UniqueConstraint("client_id", "night", name="uq_shelter_bed_nights_client_night"),
    )
    op.create_index("ix_shelter_bed_nights_stay_night", "shelter_bed_nights", ["stay_id", "night"])
    op.create_table(
        "shelter_goals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("area", sa.String(24), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        *tracked_columns(),
    )
    op.create_index("ix_shelter_goals_stay_id", "shelter_goals", ["stay_id"])
    op.create_table(
        "shelter_case_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *tracked_columns(),
    )
    op.create_index("ix_shelter_case_notes_stay_id", "shelter_case_notes", ["stay_id"])


def downgrade() -> None:
    for table in (
        "shelter_case_notes",
        "shelter_goals",
        "shelter_bed_nights",
        "shelter_moves",
        "shelter_extensions",
        "shelter_stays",
        "shelter_bed_outages",
        "shelter_beds",
        "shelter_rooms",
    ):
        op.drop_table(table)
