"""Outreach: areas, sessions (workers, coded contacts, referrals) and community events.

Revision ID: 0008_outreach_log
Revises: 0008_audit_chain
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_outreach_log"
down_revision = "0008_audit_chain"
branch_labels = None
depends_on = None

SESSION_COUNTS = (
    "contacts_new",
    "contacts_returning",
    "male_condoms",
    "female_condoms",
    "lubricant",
    "leaflets",
    "gatekeepers",
    "minisession_minutes",
)


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


def _link_table(name: str, parent: str, parent_table: str, other: str, other_table: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(parent, sa.Integer(), sa.ForeignKey(f"{parent_table}.id"), nullable=False),
        sa.Column(other, sa.Integer(), sa.ForeignKey(f"{other_table}.id"), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint(
            parent, other, name=op.f(f"uq_{name}_{parent.removesuffix('_id')}_{other.removesuffix('_id')}")
        ),
    )


def upgrade() -> None:
    op.create_table(
        "outreach_areas",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *tracked_columns(),
        sa.UniqueConstraint("name", name=op.f("uq_outreach_areas_name")),
    )
    op.create_table(
        "outreach_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time()),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("setting", sa.String(24), nullable=False),
        sa.Column("area_id", sa.Integer(), sa.ForeignKey("outreach_areas.id"), nullable=False),
        *(sa.Column(c, sa.Integer(), nullable=False) for c in SESSION_COUNTS),
        sa.Column("topics", sa.String(200)),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
        sa.CheckConstraint("duration_min >= 0", name=op.f("ck_outreach_sessions_duration_not_negative")),
        *(sa.CheckConstraint(f"{c} >= 0", name=op.f(f"ck_outreach_sessions_{c}_not_negative")) for c in SESSION_COUNTS),
    )
    op.create_index("ix_outreach_sessions_date", "outreach_sessions", ["session_date"])
    op.create_index("ix_outreach_sessions_area_date", "outreach_sessions", ["area_id", "session_date"])

    _link_table("outreach_session_workers", "session_id", "outreach_sessions", "user_id", "users")
    op.create_index("ix_outreach_session_workers_session_id", "outreach_session_workers", ["session_id"])
    _link_table("outreach_contacts", "session_id", "outreach_sessions", "client_id", "clients")
    op.create_index("ix_outreach_contacts_session_id", "outreach_contacts", ["session_id"])
    op.create_index("ix_outreach_contacts_client", "outreach_contacts", ["client_id"])
    op.create_table(
        "outreach_referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("outreach_sessions.id"), nullable=False),
        sa.Column("destination_id", sa.Integer(), sa.ForeignKey("referral_destinations.id"), nullable=False),
        sa.Column("accompanied", sa.Boolean(), nullable=False),
        *tracked_columns(),
    )
    op.create_index("ix_outreach_referrals_session_id", "outreach_referrals", ["session_id"])

    op.create_table(
        "community_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time()),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key_date", sa.String(8)),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("attendance", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
        sa.CheckConstraint(
            "kind IN ('workshop', 'self_help', 'peer_education', 'key_date')",
            name=op.f("ck_community_events_kind_known"),
        ),
        sa.CheckConstraint("attendance >= 0", name=op.f("ck_community_events_attendance_not_negative")),
        sa.CheckConstraint("duration_min >= 0", name=op.f("ck_community_events_duration_not_negative")),
    )
    op.create_index("ix_community_events_date", "community_events", ["event_date"])
    _link_table("community_event_facilitators", "event_id", "community_events", "user_id", "users")
    op.create_index("ix_community_event_facilitators_event_id", "community_event_facilitators", ["event_id"])
    _link_table("community_event_attendees", "event_id", "community_events", "client_id", "clients")
    op.create_index("ix_community_event_attendees_event_id", "community_event_attendees", ["event_id"])


def downgrade() -> None:
    for name in (
        "community_event_attendees",
        "community_event_facilitators",
        "community_events",
        "outreach_referrals",
        "outreach_contacts",
        "outreach_session_workers",
        "outreach_sessions",
        "outreach_areas",
    ):
        op.drop_table(name)
