"""Covering indexes for the report's passes over visits and their service lines.

The report reads every live visit of its periods (a year to date holds some
90,000 visits and a quarter of a million service lines on a busy five-year
file). Through the plain indexes on the visit date and on a line's visit each
of those rows was also looked up in its table; these indexes hold what the
report reads, so the table rows are never touched. Each keeps its name and
starts with the column it indexed before, so every query that used it still
does:

- ``ix_visits_visit_date``: the date, then the void mark, the client, channel and age band;
- ``ix_visit_services_visit_id``: the visit, then the void mark, the service and quantity;
- ``ix_visits_client_live`` (live visits of one client by date): the void mark too, so
  "an earlier visit?" is answered from the index alone.

No row changes.

Revision ID: 0010_reportspeed_visit_indexes
Revises: 0009_stores_split
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_reportspeed_visit_indexes"
down_revision = "0009_stores_split"
branch_labels = None
depends_on = None

#: name → (table, columns before, columns now, partial condition)
INDEXES = {
    "ix_visits_visit_date": (
        "visits",
        ["visit_date"],
        ["visit_date", "voided_at", "client_id", "channel", "age_band"],
        None,
    ),
    "ix_visit_services_visit_id": (
        "visit_services",
        ["visit_id"],
        ["visit_id", "voided_at", "service_id", "quantity"],
        None,
    ),
    "ix_visits_client_live": ("visits", ["client_id", "visit_date"], ["client_id", "visit_date", "voided_at"], True),
}


def _replace(now: bool) -> None:
    for name, (table, before, after, partial) in INDEXES.items():
        op.drop_index(name, table_name=table)
        columns = after if now else before
        if partial:
            op.create_index(name, table, columns, sqlite_where=sa.text("voided_at IS NULL"))
        else:
            op.create_index(name, table, columns)


def upgrade() -> None:
    _replace(True)


def downgrade() -> None:
    _replace(False)
