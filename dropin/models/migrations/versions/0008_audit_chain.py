"""Audit log: a format version per entry, the random key that seals the anchor file, one-time passwords.

Existing entries keep version 1 (the hash they were written with); new
entries are written as version 2, whose hash covers every column. The key
lives inside the encrypted database so the anchor file beside it says
nothing about the passphrase. A password reset by a manager is for one
login only (``users.must_change_password``, who reset it and when).

Revision ID: 0008_audit_chain
Revises: 0007_live_visit_index
"""

import json
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0008_audit_chain"
down_revision = "0007_live_visit_index"
branch_labels = None
depends_on = None

KEY = "audit_anchor_key"


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("password_reset_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("password_reset_at", sa.DateTime(), nullable=True))
    conn = op.get_bind()
    exists = conn.execute(sa.text("SELECT count(*) FROM settings WHERE key = :k"), {"k": KEY}).scalar()
    if not exists:
        conn.execute(
            sa.text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
            {"k": KEY, "v": json.dumps(secrets.token_hex(32))},
        )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = 'audit_anchor_key'"))
    with op.batch_alter_table("users") as batch:
        for name in ("password_reset_at", "password_reset_by_id", "must_change_password"):
            batch.drop_column(name)
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("version")
