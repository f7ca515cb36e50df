"""Join the area branches (front desk, testing, shelter, children) into one history.

Revision ID: 0006_merge_areas
Revises: 0002_frontdesk, 0003_testing, 0004_shelter, 0005_children
"""

revision = "0006_merge_areas"
down_revision = ("0002_frontdesk", "0003_testing", "0004_shelter", "0005_children")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
