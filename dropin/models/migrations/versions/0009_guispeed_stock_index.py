"""An index for the kit stock: tests counted per lot and result without reading the tests themselves.

The stock tab, every discard and every count add up the tests of each lot; over
years of tests that read the whole table. The index holds what the count needs,
and as it starts with the lot it replaces the index on the lot alone.

Revision ID: 0009_guispeed_stock_index
Revises: 0009_mutations_check_names
"""

from alembic import op

revision = "0009_guispeed_stock_index"
down_revision = "0009_mutations_check_names"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_hts_tests_lot_result", "hts_tests", ["lot_id", "result", "voided_at"])
    op.drop_index("ix_hts_tests_lot_id", table_name="hts_tests")


def downgrade() -> None:
    op.create_index("ix_hts_tests_lot_id", "hts_tests", ["lot_id"])
    op.drop_index("ix_hts_tests_lot_result", table_name="hts_tests")
