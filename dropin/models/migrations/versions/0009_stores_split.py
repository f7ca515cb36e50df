"""Separately keyed stores: health and case-work tables move into their own encrypted stores.

The wrapped store keys get their table (``store_key_slots``). The HIV counselling, test, referral and
follow-up tables move to the ``health`` store; life-plan goals, case notes and a stay's admission reasons
and notes (a new 1:1 table by stay id) to the ``casework`` store; incidents, their consents and evidence log,
and legal cases with their stages to the ``legal`` store. Hand-offs from check-in by a login without the
legal store wait sealed to the legal store's public key (``incident_handoffs``; the private key is in the
store's ``handoff_key``, the public one in the setting ``handoff_public_key``). On SQLite a store is an attached
SQLCipher file: the Database layer attaches every store (with new random keys) before this revision runs.
The move copies whatever columns a table has at this point (its own CREATE statement, without the foreign
keys to tables left in another file), so it does not depend on what other revisions added.

Revision ID: 0009_stores_split
Revises: 0009_figures_kp_modality
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0009_stores_split"
down_revision = "0009_figures_kp_modality"
branch_labels = None
depends_on = None

#: (table, store), children after their parents
MOVES = (
    ("hts_counselling_sessions", "health"),
    ("hts_tests", "health"),
    ("hts_referrals", "health"),
    ("hts_followup_attempts", "health"),
    ("shelter_goals", "casework"),
    ("shelter_case_notes", "casework"),
    ("incidents", "legal"),
    ("incident_consents", "legal"),
    ("incident_evidence", "legal"),
    ("legal_cases", "legal"),
    ("legal_case_stages", "legal"),
)
STORE_NAMES = ("health", "casework", "legal")
STAY_CASE_COLUMNS = ("reasons", "reason_note", "outcome_note")

_FOREIGN_KEY = re.compile(
    r",\s*(?:CONSTRAINT\s+\S+\s+)?FOREIGN\s+KEY\s*\([^)]*\)\s*REFERENCES\s+[\"`]?(\w+)[\"`]?\s*\([^)]*\)"
    r"(?:\s+ON\s+(?:DELETE|UPDATE)\s+(?:SET\s+NULL|SET\s+DEFAULT|CASCADE|RESTRICT|NO\s+ACTION))*",
    re.IGNORECASE,
)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+[\"`]?(\w+)[\"`]?", re.IGNORECASE)
_CREATE_INDEX = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+[\"`]?(\w+)[\"`]?\s+ON\s+", re.IGNORECASE)


def _slots_table() -> None:
    op.create_table(
        "store_key_slots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("store", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),  # account / recovery / upgrade / next_… (rotation)
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("kdf", sa.String(120), nullable=False),  # argon2id parameters and salt, as JSON
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('account', 'recovery', 'upgrade', 'next_account', 'next_recovery')", name="kind_known"
        ),
        sa.CheckConstraint("(kind IN ('account', 'next_account')) = (user_id IS NOT NULL)", name="owner"),
    )
    op.create_index("ix_store_key_slots_user", "store_key_slots", ["user_id", "store", "kind"], unique=True)


def _store_audit_table(schema: str) -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(64), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(64), nullable=True),
        sa.Column("entity_id", sa.String(64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        schema=schema,
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"], schema=schema)


def _sqlite_move(conn: sa.Connection, table: str, store: str) -> None:
    same_store = {name for name, where in MOVES if where == store}
    sql = conn.exec_driver_sql(
        "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar()
    if sql is None:
        raise RuntimeError(f"table {table} is missing")

    def keep(match: re.Match) -> str:
        return match.group(0) if match.group(1) in same_store else ""

    body = _FOREIGN_KEY.sub(keep, sql)
    body = _CREATE_TABLE.sub(f"CREATE TABLE {store}.{table}", body, count=1)
    conn.exec_driver_sql(body)
    conn.exec_driver_sql(f"INSERT INTO {store}.{table} SELECT * FROM main.{table}")
    indexes = conn.exec_driver_sql(
        "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    ).fetchall()
    for (index_sql,) in indexes:
        conn.exec_driver_sql(
            _CREATE_INDEX.sub(lambda m: f"CREATE {m.group(1) or ''}INDEX {store}.{m.group(2)} ON ", index_sql, count=1)
        )


def _stay_case_table(schema: str | None) -> None:
    op.create_table(
        "shelter_stay_cases",
        sa.Column("stay_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("reasons", sa.String(200), nullable=True),
        sa.Column("reason_note", sa.Text(), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        schema=schema,
    )


def _handoffs(conn: sa.Connection) -> None:
    """The sealed hand-offs' table and the legal store's key pair for them."""
    import datetime as dt
    import json

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    op.create_table(
        "incident_handoffs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "handoff_key",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("private", sa.LargeBinary(), nullable=False),
        schema="legal",
    )
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    conn.execute(sa.text("INSERT INTO legal.handoff_key (id, private) VALUES (1, :k)"), {"k": raw})
    conn.execute(
        sa.text("INSERT INTO settings (key, value, changed_at) VALUES ('handoff_public_key', :v, :at)"),
        {"v": json.dumps(public.hex()), "at": dt.datetime.now().replace(microsecond=0)},
    )


def upgrade() -> None:
    conn = op.get_bind()
    _slots_table()
    if conn.dialect.name == "postgresql":
        for store in STORE_NAMES:
            op.execute(f"CREATE SCHEMA IF NOT EXISTS {store}")
            _store_audit_table(store)
        for table, store in MOVES:
            op.execute(f"ALTER TABLE {table} SET SCHEMA {store}")
        _stay_case_table("casework")
        op.execute(
            "INSERT INTO casework.shelter_stay_cases (stay_id, reasons, reason_note, outcome_note) "
            "SELECT id, reasons, reason_note, outcome_note FROM shelter_stays "
            "WHERE reasons IS NOT NULL OR reason_note IS NOT NULL OR outcome_note IS NOT NULL"
        )
        for column in STAY_CASE_COLUMNS:
            op.drop_column("shelter_stays", column)
        _handoffs(conn)
        return
    attached = {row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
    if not set(STORE_NAMES) <= attached:
        raise RuntimeError("the stores must be attached before this revision runs")
    for store in STORE_NAMES:
        _store_audit_table(store)
    for table, store in MOVES:
        _sqlite_move(conn, table, store)
    conn.exec_driver_sql(
        "CREATE TABLE casework.shelter_stay_cases (stay_id INTEGER NOT NULL PRIMARY KEY, "
        "reasons VARCHAR(200), reason_note TEXT, outcome_note TEXT)"
    )
    conn.exec_driver_sql(
        "INSERT INTO casework.shelter_stay_cases (stay_id, reasons, reason_note, outcome_note) "
        "SELECT id, reasons, reason_note, outcome_note FROM main.shelter_stays "
        "WHERE reasons IS NOT NULL OR reason_note IS NOT NULL OR outcome_note IS NOT NULL"
    )
    for table, _store in reversed(MOVES):
        conn.exec_driver_sql(f"DROP TABLE main.{table}")
    for column in STAY_CASE_COLUMNS:
        conn.exec_driver_sql(f"ALTER TABLE main.shelter_stays DROP COLUMN {column}")
    _handoffs(conn)


def downgrade() -> None:
    raise NotImplementedError("the stores cannot be merged back; restore the copy made before the upgrade")
