"""Violence and rights violations: incidents, consent history, evidence log, legal cases and their stages.

Revision ID: 0008_incidents_records
Revises: 0008_shelterkids_stay_changes
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_incidents_records"
down_revision = "0008_shelterkids_stay_changes"
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
        "incidents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("clients.id"), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("place_type", sa.String(24), nullable=True),
        sa.Column("area", sa.String(60), nullable=True),
        sa.Column("perpetrator", sa.String(24), nullable=True),
        sa.Column("violations", sa.String(300), nullable=True),
        sa.Column("support", sa.String(200), nullable=True),
        sa.Column("account", sa.Text(), nullable=True),
        sa.Column("complained", sa.Boolean(), nullable=True),
        sa.Column("complaint_to", sa.String(24), nullable=True),
        sa.Column("complaint_on", sa.Date(), nullable=True),
        sa.Column("consent_advocacy", sa.Boolean(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("from_checkin", sa.Boolean(), nullable=False),
        *tracked_columns(),
        sa.CheckConstraint("date_precision IN ('day', 'month', 'year')", name="ck_incidents_precision_known"),
        sa.CheckConstraint(
            "complained IS NOT NULL OR complaint_to IS NULL", name="ck_incidents_complaint_needs_choice"
        ),
    )
    op.create_index("ix_incidents_client_id", "incidents", ["client_id"])
    op.create_index("ix_incidents_occurred_on", "incidents", ["occurred_on"])
    op.create_index("ix_incidents_created_at", "incidents", ["created_at"])
    op.create_table(
        "incident_consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        *tracked_columns(),
    )
    op.create_index("ix_incident_consents_incident_id", "incident_consents", ["incident_id"])
    op.create_table(
        "incident_evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("holder", sa.String(24), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        *tracked_columns(),
    )
    op.create_index("ix_incident_evidence_incident_id", "incident_evidence", ["incident_id"])
    op.create_table(
        "legal_cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("case_type", sa.String(24), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        *tracked_columns(),
        sa.CheckConstraint("outcome IN ('pending', 'won', 'lost', 'withdrawn')", name="ck_legal_cases_outcome_known"),
        sa.CheckConstraint("decided_on IS NULL OR decided_on >= opened_on", name="ck_legal_cases_decided_after_opened"),
    )
    op.create_index("ix_legal_cases_incident_id", "legal_cases", ["incident_id"])
    op.create_table(
        "legal_case_stages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("legal_cases.id"), nullable=False),
        sa.Column("stage", sa.String(24), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        *tracked_columns(),
    )
    op.create_index("ix_legal_case_stages_case_id", "legal_case_stages", ["case_id"])


def downgrade() -> None:
    for table in ("legal_case_stages", "legal_cases", "incident_evidence", "incident_consents", "incidents"):
        op.drop_table(table)
