"""HIV counselling and testing: sessions, tests, kit lots, discards, referrals, follow-up, QC, temperatures.

Revision ID: 0003_testing
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_testing"
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
        "hts_counselling_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), sa.ForeignKey("users.id")),
        sa.Column("session_at", sa.DateTime(), nullable=False),
        sa.Column("pre_test_counselling", sa.Boolean(), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("risk_items", sa.Text()),
        sa.Column("risk_note", sa.Text()),
        sa.Column("risk_reduction_plan", sa.Text()),
        sa.Column("ever_tested", sa.Boolean()),
        sa.Column("months_since_last_test", sa.Integer()),
        sa.Column("previous_self_test", sa.Boolean(), nullable=False),
        sa.Column("on_prep", sa.Boolean(), nullable=False),
        sa.Column("on_art", sa.Boolean(), nullable=False),
        sa.Column("post_test_counselling", sa.Boolean(), nullable=False),
        sa.Column("peer_support_offered", sa.Boolean(), nullable=False),
        *tracked_columns(),
    )
    op.create_index("ix_hts_counselling_sessions_client_id", "hts_counselling_sessions", ["client_id"])
    op.create_index("ix_hts_counselling_sessions_session_at", "hts_counselling_sessions", ["session_at"])

    op.create_table(
        "hts_kit_lots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kit_name", sa.String(80), nullable=False),
        sa.Column("lot_number", sa.String(40), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("quantity_received", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("arrival_temp_c", sa.Float()),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
        sa.CheckConstraint("quantity_received > 0", name="ck_hts_kit_lots_quantity_positive"),
        sa.UniqueConstraint("kit_name", "lot_number", "received_on", name="uq_hts_kit_lots_shipment"),
    )
    op.create_index("ix_hts_kit_lots_lot_number", "hts_kit_lots", ["lot_number"])

    op.create_table(
        "hts_kit_discards",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("hts_kit_lots.id"), nullable=False),
        sa.Column("discarded_on", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
        sa.CheckConstraint("quantity > 0", name="ck_hts_kit_discards_quantity_positive"),
    )
    op.create_index("ix_hts_kit_discards_lot_id", "hts_kit_discards", ["lot_id"])

    op.create_table(
        "hts_tests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("hts_counselling_sessions.id"), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), sa.ForeignKey("users.id")),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("hts_kit_lots.id"), nullable=False),
        sa.Column("repeat_of_id", sa.Integer(), sa.ForeignKey("hts_tests.id")),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime()),
        sa.Column("elapsed_minutes", sa.Float()),
        sa.Column("control_line", sa.Boolean()),
        sa.Column("test_line", sa.Boolean()),
        sa.Column("result", sa.String(16)),
        sa.Column("invalid_reason", sa.String(24)),
        sa.Column("result_given", sa.Boolean(), nullable=False),
        sa.Column("retrospective", sa.Boolean(), nullable=False),
        *tracked_columns(),
    )
    for column in ("client_id", "session_id", "lot_id", "started_at", "result"):
        op.create_index(f"ix_hts_tests_{column}", "hts_tests", [column])

    op.create_table(
        "hts_referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("test_id", sa.Integer(), sa.ForeignKey("hts_tests.id")),
        sa.Column("destination_id", sa.Integer(), sa.ForeignKey("referral_destinations.id")),
        sa.Column("purpose", sa.String(24), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("accompaniment_offered", sa.Boolean(), nullable=False),
        sa.Column("accompaniment_accepted", sa.Boolean(), nullable=False),
        sa.Column("confirmatory_result", sa.String(16)),
        sa.Column("confirmatory_on", sa.Date()),
        sa.Column("registered_on", sa.Date()),
        sa.Column("art_start_on", sa.Date()),
        sa.Column("home_country_linkage", sa.Boolean(), nullable=False),
        sa.Column("home_country_note", sa.Text()),
        sa.Column("closed_on", sa.Date()),
        sa.Column("close_reason", sa.String(24)),
        *tracked_columns(),
    )
    for column in ("client_id", "referred_on", "due_date"):
        op.create_index(f"ix_hts_referrals_{column}", "hts_referrals", [column])

    op.create_table(
        "hts_followup_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("referral_id", sa.Integer(), sa.ForeignKey("hts_referrals.id"), nullable=False),
        sa.Column("attempted_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
    )
    op.create_index("ix_hts_followup_attempts_referral_id", "hts_followup_attempts", ["referral_id"])

    op.create_table(
        "hts_qc_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lot_id", sa.Integer(), sa.ForeignKey("hts_kit_lots.id"), nullable=False),
        sa.Column("run_on", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("users.id")),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("positive_control_ok", sa.Boolean(), nullable=False),
        sa.Column("negative_control_ok", sa.Boolean(), nullable=False),
        sa.Column("kits_used", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
        sa.CheckConstraint("kits_used >= 0", name="ck_hts_qc_runs_kits_used_not_negative"),
    )
    op.create_index("ix_hts_qc_runs_lot_id", "hts_qc_runs", ["lot_id"])
    op.create_index("ix_hts_qc_runs_run_on", "hts_qc_runs", ["run_on"])

    op.create_table(
        "hts_temperature_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.Column("storage_temp_c", sa.Float(), nullable=False),
        sa.Column("room_temp_c", sa.Float()),
        sa.Column("note", sa.Text()),
        *tracked_columns(),
    )
    op.create_index("ix_hts_temperature_log_read_at", "hts_temperature_log", ["read_at"])


def downgrade() -> None:
    for table in (
        "hts_temperature_log",
        "hts_qc_runs",
        "hts_followup_attempts",
        "hts_referrals",
        "hts_tests",
        "hts_kit_discards",
        "hts_kit_lots",
        "hts_counselling_sessions",
    ):
        op.drop_table(table)
