"""Key-population type on the client record and testing modality on each HIV test, filled as they were derived.

Until now the report derived both: the key-population type from the gender given
(female → female sex worker, male → male sex worker, trans woman or man →
transgender person, anything else → other) and the modality from the channel of
a visit of the same person on the day of the test (outreach → outreach, walk-in
or accompanied → drop-in, anything else or no visit → other community). Existing
rows are filled the same way, so no figure of a past period changes; a client
without a gender stays "not stated" (empty).

The tests' table is found wherever it is kept (the main file or an attached
store), so this revision does not depend on where the testing tables live.

Revision ID: 0009_figures_kp_modality
Revises: 0009_guispeed_stock_index
"""

from alembic import op

revision = "0009_figures_kp_modality"
down_revision = "0009_guispeed_stock_index"
branch_labels = None
depends_on = None


def _schema_of(table: str) -> str:
    """The attached database (``main`` or another) that holds ``table``; on PostgreSQL, its schema."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = %(t)s "
            "AND table_schema = ANY (current_schemas(false)) OR table_name = %(t)s AND table_schema "
            "IN ('health', 'casework', 'legal') LIMIT 1",
            {"t": table},
        ).scalar()
        if schema is None:
            raise RuntimeError(f"table {table} not found")
        return str(schema)
    for _seq, name, _file in bind.exec_driver_sql("PRAGMA database_list").fetchall():
        found = bind.exec_driver_sql(
            f"SELECT 1 FROM \"{name}\".sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).first()
        if found:
            return str(name)
    raise RuntimeError(f"table {table} not found")


def upgrade() -> None:
    clients = _schema_of("clients")
    tests = _schema_of("hts_tests")
    op.execute(f'ALTER TABLE "{clients}".clients ADD COLUMN kp_type VARCHAR(16)')
    op.execute(
        f"""UPDATE "{clients}".clients SET kp_type = CASE gender
            WHEN 'female' THEN 'fsw' WHEN 'male' THEN 'msw'
            WHEN 'trans_woman' THEN 'tg' WHEN 'trans_man' THEN 'tg' ELSE 'other' END
            WHERE gender IS NOT NULL"""
    )
    op.execute(f"""ALTER TABLE "{tests}".hts_tests ADD COLUMN modality VARCHAR(16) NOT NULL DEFAULT 'drop_in'""")
    visits = _schema_of("visits")
    sqlite = op.get_bind().dialect.name == "sqlite"
    test_day = "date(hts_tests.started_at)" if sqlite else "CAST(hts_tests.started_at AS DATE)"
    op.execute(
        f"""UPDATE "{tests}".hts_tests SET modality = CASE (
                SELECT max(v.channel) FROM "{visits}".visits v
                WHERE v.client_id = hts_tests.client_id AND v.voided_at IS NULL
                AND v.visit_date = {test_day})
            WHEN 'outreach' THEN 'outreach' WHEN 'walk_in' THEN 'drop_in' WHEN 'accompanied' THEN 'drop_in'
            ELSE 'other_community' END"""
    )


def downgrade() -> None:
    with op.batch_alter_table("hts_tests", schema=_schema_of("hts_tests")) as batch:
        batch.drop_column("modality")
    with op.batch_alter_table("clients", schema=_schema_of("clients")) as batch:
        batch.drop_column("kp_type")
