"""Partial index of live visits per client, for the weekly "new people" figure.

Revision ID: 0007_live_visit_index
Revises: 0006_merge_areas
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_live_visit_index"
down_revision = "0006_merge_areas"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_visits_client_live", "visits", ["client_id", "visit_date"], sqlite_where=sa.text("voided_at IS NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_visits_client_live", table_name="visits")
