"""Front desk: service catalogue (with the default items), visits, services given.

Revision ID: 0002_frontdesk
Revises: 0001_foundation
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0002_frontdesk"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

# Frozen copy of the default catalogue at the time of this revision:
# (code, label, category, has_quantity, needs_destination)
DEFAULT_ITEMS = (
    ("shower", "Shower", "basic", False, False),
    ("laundry", "Laundry", "basic", False, False),
    ("meal", "Meal", "basic", False, False),
    ("internet", "Internet", "basic", False, False),
    ("rest", "Rest or socialising", "basic", False, False),
    ("hygiene_items", "Hygiene items", "goods", True, False),
    ("food_parcel", "Food parcel", "goods", True, False),
    ("male_condoms", "Male condoms", "commodity", True, False),
    ("female_condoms", "Female condoms", "commodity", True, False),
    ("lubricant", "Lubricant", "commodity", True, False),
    ("leaflets", "Leaflets", "commodity", True, False),
    ("legal_advice", "Legal advice", "support", False, False),
    ("id_help", "ID or registration help", "support", False, False),
    ("housing_help", "Housing help", "support", False, False),
    ("insurance_help", "Health insurance help", "support", False, False),
    ("psych_support", "Psychological support", "support", False, False),
    ("violence_report", "Violence report", "support", False, False),
    ("referral", "Referral", "referral", False, True),
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


def upgrade() -> None:
    items = op.create_table(
        "service_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("category", sa.String(24), nullable=False),
        sa.Column("has_quantity", sa.Boolean(), nullable=False),
        sa.Column("needs_destination", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *tracked_columns(),
    )
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("visited_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("age_band", sa.String(16)),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
    )
    op.create_index("ix_visits_visit_date", "visits", ["visit_date"])
    op.create_index("ix_visits_client_date", "visits", ["client_id", "visit_date"])
    op.create_index("ix_visits_visited_at", "visits", ["visited_at"])
    op.create_table(
        "visit_services",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("visit_id", sa.Integer(), sa.ForeignKey("visits.id"), nullable=False),
        sa.Column("service_id", sa.Integer(), sa.ForeignKey("service_items.id"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("destination_id", sa.Integer(), sa.ForeignKey("referral_destinations.id"), nullable=True),
        *tracked_columns(),
        sa.CheckConstraint("quantity >= 1", name="ck_visit_services_quantity_positive"),
    )
    op.create_index("ix_visit_services_visit_id", "visit_services", ["visit_id"])
    op.create_index("ix_visit_services_service_id", "visit_services", ["service_id"])

    now = dt.datetime.now().replace(microsecond=0)
    op.bulk_insert(
        items,
        [
            {
                "code": code,
                "label": label,
                "category": category,
                "has_quantity": qty,
                "needs_destination": dest,
                "sort_order": (i + 1) * 10,
                "active": True,
                "created_at": now,
                "changed_at": now,
            }
            for i, (code, label, category, qty, dest) in enumerate(DEFAULT_ITEMS)
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_visit_services_service_id", "visit_services")
    op.drop_index("ix_visit_services_visit_id", "visit_services")
    op.drop_table("visit_services")
    op.drop_index("ix_visits_visited_at", "visits")
    op.drop_index("ix_visits_client_date", "visits")
    op.drop_index("ix_visits_visit_date", "visits")
    op.drop_table("visits")
    op.drop_table("service_items")
