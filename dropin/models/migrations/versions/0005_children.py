"""Children's activities: activity types, children, schedules, sessions, facilitators, attendance.

Revision ID: 0005_children
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_children"
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


#: The starting list of session types (editable in the program afterwards).
SEED_TYPES = [
    ("homework", "Homework help", "children", 10),
    ("games", "Games", "children", 20),
    ("art", "Art class", "children", 30),
    ("outing", "Outing", "children", 40),
    ("other", "Other activity", "children", 90),
    ("parental_rights", "Parental rights", "workshop", 110),
    ("parenting_skills", "Parenting skills", "workshop", 120),
    ("workshop_other", "Other workshop", "workshop", 190),
]


def upgrade() -> None:
    types = op.create_table(
        "children_activity_types",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("code", name=op.f("uq_children_activity_types_code")),
        sa.CheckConstraint("kind IN ('children', 'workshop')", name=op.f("ck_children_activity_types_kind")),
    )
    op.create_table(
        "children",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first_name", sa.String(64), nullable=False),
        sa.Column("birth_year", sa.Integer()),
        sa.Column("age_band", sa.String(16)),
        sa.Column("parent_client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("consent_participation", sa.Boolean(), nullable=False),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        *tracked_columns(),
        sa.CheckConstraint("birth_year IS NOT NULL OR age_band IS NOT NULL", name=op.f("ck_children_age_given")),
    )
    op.create_index(op.f("ix_children_parent_client_id"), "children", ["parent_client_id"])
    op.create_table(
        "children_schedules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("type_id", sa.Integer(), sa.ForeignKey("children_activity_types.id"), nullable=False),
        sa.Column("weekdays", sa.String(16), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(120)),
        sa.Column("facilitator_id", sa.Integer(), sa.ForeignKey("users.id")),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date()),
        sa.Column("active", sa.Boolean(), nullable=False),
        *tracked_columns(),
        sa.CheckConstraint("duration_min > 0 AND duration_min <= 720", name=op.f("ck_children_schedules_duration")),
    )
    op.create_table(
        "children_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("type_id", sa.Integer(), sa.ForeignKey("children_activity_types.id"), nullable=False),
        sa.Column("schedule_id", sa.Integer(), sa.ForeignKey("children_schedules.id")),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(120)),
        sa.Column("materials", sa.Text()),
        sa.Column("note", sa.Text()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("cancel_reason", sa.Text()),
        sa.Column("unregistered_children", sa.Integer(), nullable=False),
        sa.Column("parents_present", sa.Integer(), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("schedule_id", "date", name=op.f("uq_children_sessions_schedule_date")),
        sa.CheckConstraint("status IN ('planned', 'held', 'cancelled')", name=op.f("ck_children_sessions_status")),
        sa.CheckConstraint("duration_min > 0 AND duration_min <= 720", name=op.f("ck_children_sessions_duration")),
        sa.CheckConstraint(
            "unregistered_children >= 0 AND parents_present >= 0", name=op.f("ck_children_sessions_counts")
        ),
    )
    op.create_index(op.f("ix_children_sessions_date"), "children_sessions", ["date"])
    op.create_table(
        "children_session_facilitators",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("children_sessions.id"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("session_id", "user_id", name=op.f("uq_children_session_facilitators_session_user")),
    )
    op.create_index(
        op.f("ix_children_session_facilitators_session_id"), "children_session_facilitators", ["session_id"]
    )
    op.create_table(
        "children_attendance",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("children_sessions.id"), nullable=False),
        sa.Column("child_id", sa.Integer(), sa.ForeignKey("children.id"), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("session_id", "child_id", name=op.f("uq_children_attendance_session_child")),
    )
    op.create_index(op.f("ix_children_attendance_session_id"), "children_attendance", ["session_id"])
    op.create_index(op.f("ix_children_attendance_child_id"), "children_attendance", ["child_id"])
    op.create_table(
        "children_adult_attendance",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("children_sessions.id"), nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("session_id", "client_id", name=op.f("uq_children_adult_attendance_session_client")),
    )
    op.create_index(op.f("ix_children_adult_attendance_session_id"), "children_adult_attendance", ["session_id"])
    op.create_index(op.f("ix_children_adult_attendance_client_id"), "children_adult_attendance", ["client_id"])

    # The migration runs outside the session hooks, so the stamps are written here.
    now = sa.func.current_timestamp()
    conn = op.get_bind()
    for code, label, kind, order in SEED_TYPES:
        conn.execute(
            types.insert().values(
                code=code, label=label, kind=kind, active=True, sort_order=order, created_at=now, changed_at=now
            )
        )


def downgrade() -> None:
    for table in (
        "children_adult_attendance",
        "children_attendance",
        "children_session_facilitators",
        "children_sessions",
        "children_schedules",
        "children",
        "children_activity_types",
    ):
        op.drop_table(table)
