"""Foundation: users, settings, audit log, clients, referral destinations.

Revision ID: 0001_foundation
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def tracked_columns() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("users.id", name=None), nullable=True),
        sa.Column("changed_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120)),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime()),
        sa.Column("last_login_at", sa.DateTime()),
        *tracked_columns(),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime()),
        sa.Column("changed_by_id", sa.Integer()),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer()),
        sa.Column("username", sa.String(64)),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(64)),
        sa.Column("entity_id", sa.String(64)),
        sa.Column("detail", sa.Text()),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("nickname", sa.String(64)),
        sa.Column("birth_year", sa.Integer()),
        sa.Column("age_band", sa.String(16)),
        sa.Column("gender", sa.String(24)),
        sa.Column("preferred_language", sa.String(16)),
        sa.Column("migrant_status", sa.String(24)),
        sa.Column("work_setting", sa.String(24)),
        sa.Column("children_count", sa.Integer()),
        *tracked_columns(),
    )
    op.create_table(
        "referral_destinations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("contact", sa.Text()),
        sa.Column("active", sa.Boolean(), nullable=False),
        *tracked_columns(),
    )


def downgrade() -> None:
    for table in ("referral_destinations", "clients", "audit_log", "settings", "users"):
        op.drop_table(table)
