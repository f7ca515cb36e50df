"""Shelter corrections: shortened stays and dated changes of accompanying children.

Revision ID: 0008_shelterkids_stay_changes
Revises: 0008_outreach_log
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_shelterkids_stay_changes"
down_revision = "0008_outreach_log"
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
        "shelter_shortenings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("shortened_on", sa.Date(), nullable=False),
        sa.Column("previous_end", sa.Date(), nullable=False),
        sa.Column("new_end", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *tracked_columns(),
        sa.CheckConstraint("new_end < previous_end", name="ck_shelter_shortenings_earlier_end"),
    )
    op.create_index("ix_shelter_shortenings_stay_id", "shelter_shortenings", ["stay_id"])
    op.create_table(
        "shelter_children_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("stay_id", sa.Integer(), sa.ForeignKey("shelter_stays.id"), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("previous_count", sa.Integer(), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("children_ages", sa.String(60), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *tracked_columns(),
        sa.CheckConstraint("children_count >= 0", name="ck_shelter_children_changes_children_not_negative"),
    )
    op.create_index("ix_shelter_children_changes_stay_id", "shelter_children_changes", ["stay_id"])


def downgrade() -> None:
    op.drop_index("ix_shelter_children_changes_stay_id", table_name="shelter_children_changes")
    op.drop_table("shelter_children_changes")
    op.drop_index("ix_shelter_shortenings_stay_id", table_name="shelter_shortenings")
    op.drop_table("shelter_shortenings")
