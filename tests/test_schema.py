"""The schema: a database built by the migrations is the schema the models describe, CHECKs included;
revision 0009_mutations_check_names renames the doubled CHECK names of an older database losing nothing."""

from __future__ import annotations

import datetime as dt
import importlib
import re

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.dialects import postgresql

from dropin.errors import DropinError
from dropin.models import Base
from dropin.models.database import Database
from dropin.models.stores import STORES, attached, cross_store_keys
from dropin.security.audit import chain_table
from tests.conftest import PASSPHRASE, TEST_KDF_ITER

RENAME = importlib.import_module("dropin.models.migrations.versions.0009_mutations_check_names")
BEFORE = "0008_incidents_records"


def _sql(text: str) -> str:
    """CHECK or WHERE text compared without layout: spaces, case and outer brackets do not count."""
    text = re.sub(r"\s+", " ", str(text)).strip().lower()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text.replace("( ", "(").replace(" )", ")")


def _model_checks(table: sa.Table) -> set[tuple[str, str]]:
    return {(str(c.name), _sql(c.sqltext)) for c in table.constraints if isinstance(c, sa.CheckConstraint)}


def _stored_checks(inspector, table: str, schema: str | None = None) -> set[tuple[str, str]]:
    return {(c["name"], _sql(c["sqltext"])) for c in inspector.get_check_constraints(table, schema)}


def _crosses_stores(fk: sa.ForeignKeyConstraint) -> bool:
    return fk.table.schema != fk.referred_table.schema


def _models_and_chains() -> sa.MetaData:
    """The models' tables and the audit chain inside each store (declared by the audit module)."""
    metadata = sa.MetaData(naming_convention=Base.metadata.naming_convention)
    for table in (*Base.metadata.tables.values(), *(chain_table(store) for store in STORES)):
        table.to_metadata(metadata)
    return metadata


def _partial_indexes(conn) -> dict[str, str]:
    rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")
    return {name: _sql(sql.split(" WHERE ", 1)[1]) for name, sql in rows}


def test_a_database_migrated_from_the_first_revision_is_the_schema_of_the_models(db):
    """Tables, columns (types, nullability, defaults), indexes, unique constraints, foreign keys, CHECKs."""
    assert db.current_revisions() == db.head_revisions()
    with db.engine.connect() as conn:
        assert set(attached(conn)) == set(STORES)  # the stores' tables are compared too
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_schemas": True,
                "include_name": lambda name, kind, parent: not (kind == "table" and name == "store_marker"),
            },
        )
        differences = compare_metadata(context, _models_and_chains())
        # a foreign key from a store's table to the main database cannot live in a SQLite file: `dropin check`
        # looks for orphans instead (test_stores_orphans); on the server these keys exist
        across = [d for d in differences if d[0] == "add_fk" and _crosses_stores(d[1])]
        assert [d for d in differences if d not in across] == []
        assert {d[1].table.name for d in across} == {t.name for t, _ in cross_store_keys()}
        inspector = sa.inspect(conn)
        checks = {
            (f"{schema}." if schema else "") + name: _stored_checks(inspector, name, schema)
            for schema in (None, *STORES)
            for name in inspector.get_table_names(schema)
        }
        partial = _partial_indexes(conn)
    wanted = {name: _model_checks(table) for name, table in Base.metadata.tables.items()}
    assert {name: checks.get(name, set()) for name in wanted} == wanted
    assert sum(len(c) for c in wanted.values()) >= 36  # every area has its CHECKs; none got lost on the way
    model_partial = {
        index.name: _sql(index.dialect_options["sqlite"]["where"])
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if index.dialect_options["sqlite"].get("where") is not None
    }
    assert partial == model_partial and partial  # compare_metadata does not look at an index's WHERE


def test_a_check_constraint_differing_from_the_models_is_seen(db):
    """The comparison above can fail: a CHECK with another name or another rule is a difference."""
    with db.engine.connect() as conn:
        stored = _stored_checks(sa.inspect(conn), "shelter_stays")
    wanted = _model_checks(Base.metadata.tables["shelter_stays"])
    assert stored == wanted
    assert ("ck_shelter_stays_status_known", _sql("status IN ('reserved', 'active')")) not in stored
    assert _sql("(planned_end  >  admitted_on)") == _sql("planned_end > admitted_on")


def _old_database(path) -> Database:
    """A database at the revision before the renaming, with rows in the rebuilt tables and their children."""
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade(BEFORE)
    t = dt.datetime(2026, 11, 1, 9)
    d = dt.date(2026, 11, 1)
    statements = [
        "INSERT INTO clients (id, code, created_at, changed_at) VALUES (1, 'AA01', :t, :t), (2, 'BB02', :t, :t)",
        "INSERT INTO service_items (id, code, label, category, has_quantity, needs_destination, sort_order, active, "
        "created_at, changed_at) VALUES (900, 'gel', 'Gel', 'commodity', 1, 0, 1, 1, :t, :t)",
        "INSERT INTO visits (id, client_id, visit_date, visited_at, channel, created_at, changed_at) "
        "VALUES (1, 1, :d, :t, 'walk_in', :t, :t)",
        "INSERT INTO visit_services (visit_id, service_id, quantity, created_at, changed_at) "
        "VALUES (1, 900, 12, :t, :t)",
        "INSERT INTO hts_kit_lots (id, kit_name, lot_number, expiry_date, received_on, quantity_received, source, "
        "created_at, changed_at) VALUES (1, 'OraQuick', 'L1', :d, :d, 50, 'donation', :t, :t)",
        "INSERT INTO hts_kit_discards (lot_id, discarded_on, quantity, reason, created_at, changed_at) "
        "VALUES (1, :d, 2, 'damaged', :t, :t)",
        "INSERT INTO shelter_rooms (id, name, capacity, created_at, changed_at) VALUES (1, 'Room 1', 2, :t, :t)",
        "INSERT INTO shelter_beds (id, room_id, label, available_from, created_at, changed_at) "
        "VALUES (1, 1, 'A', :d, :t, :t), (2, 1, 'B', :d, :t, :t)",
        "INSERT INTO shelter_bed_outages (bed_id, start_on, reason, created_at, changed_at) "
        "VALUES (2, :d, 'Paint', :t, :t)",
        "INSERT INTO shelter_stays (id, client_id, bed_id, status, stay_type, admitted_on, planned_end, "
        "children_count, created_at, changed_at) VALUES (1, 1, 1, 'active', 'crisis', :d, '2026-11-20', 1, :t, :t)",
        "INSERT INTO shelter_extensions (stay_id, extended_on, previous_end, new_end, reason, created_at, "
        "changed_at) VALUES (1, :d, '2026-11-10', '2026-11-20', 'No room yet', :t, :t)",
        "INSERT INTO shelter_bed_nights (stay_id, bed_id, client_id, night) VALUES (1, 1, 1, :d)",
        "INSERT INTO shelter_case_notes (stay_id, noted_on, text, created_at, changed_at) "
        "VALUES (1, :d, 'Settled in.', :t, :t)",
    ]
    with old.session() as s:
        for statement in statements:
            s.execute(sa.text(statement), {"t": t, "d": d})
    return old


def _snapshot(conn) -> dict:
    inspector = sa.inspect(conn)
    tables = sorted(inspector.get_table_names())
    return {
        "rows": {
            t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
            for t in tables
            if t != "alembic_version"
        },
        "indexes": {
            t: sorted((i["name"], tuple(i["column_names"]), i["unique"]) for i in inspector.get_indexes(t))
            for t in tables
        },
        "foreign_keys": {
            t: sorted(
                (f["name"], tuple(f["constrained_columns"]), f["referred_table"]) for f in inspector.get_foreign_keys(t)
            )
            for t in tables
        },
        "uniques": {
            t: sorted((u["name"], tuple(u["column_names"])) for u in inspector.get_unique_constraints(t))
            for t in tables
        },
        "checks": {t: _stored_checks(inspector, t) for t in tables},
    }


def test_the_renaming_revision_keeps_every_row_index_and_foreign_key(tmp_path):
    path = tmp_path / "old.db"
    old = _old_database(path)
    with old.engine.connect() as conn:
        before = _snapshot(conn)
    old.close()
    doubled = {(t, n) for t, checks in before["checks"].items() for n, _ in checks if n.startswith(f"ck_{t}_ck_{t}_")}
    assert len(doubled) == 18 and {t for t, _ in doubled} >= {"shelter_stays", "hts_kit_lots", "visit_services"}

    # only this revision: later ones may add columns and indexes of their own
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, migrate=False)
    try:
        db.upgrade(RENAME.revision)
        assert db.current_revisions() == {RENAME.revision}
        with db.engine.connect() as conn:
            after = _snapshot(conn)
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on after the upgrade
        for key in ("rows", "indexes", "foreign_keys", "uniques"):
            assert after[key] == before[key], key
        renamed = {
            t: {(n.replace(f"ck_{t}_ck_{t}_", f"ck_{t}_"), sql) for n, sql in c} for t, c in before["checks"].items()
        }
        assert after["checks"] == renamed
        assert not any("_ck_" in name for checks in after["checks"].values() for name, _ in checks)
        # the rules still hold under their new names, and foreign keys are enforced again
        with pytest.raises(sa.exc.IntegrityError, match="ck_shelter_stays_planned_after_admission"):
            with db.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE shelter_stays SET planned_end = admitted_on")
        with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"):
            with db.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE shelter_extensions SET stay_id = 99")
    finally:
        db.close()


def test_an_upgrade_that_would_leave_a_foreign_key_dangling_keeps_nothing(tmp_path):
    """Foreign keys are off while revisions run; a dangling reference at the end rolls the upgrade back."""
    path = tmp_path / "old.db"
    old = _old_database(path)
    with old.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            conn.exec_driver_sql("UPDATE shelter_extensions SET stay_id = 99")
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")
    old.close()
    with pytest.raises(DropinError, match="could not be upgraded"):
        Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    try:
        assert old.current_revisions() == {BEFORE}
        with old.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT stay_id FROM shelter_extensions").scalar() == 99
            names = {c["name"] for c in sa.inspect(conn).get_check_constraints("shelter_stays")}
        assert "ck_shelter_stays_ck_shelter_stays_status_known" in names  # the rebuild was rolled back
    finally:
        old.close()


def test_on_postgresql_the_revision_finds_the_doubled_names_as_postgresql_stored_them():
    """PostgreSQL keeps 63 characters: SQLAlchemy cut the longest doubled names and added a hash suffix."""

    class Bind:
        dialect = postgresql.dialect()

    metadata = sa.MetaData(naming_convention={"ck": "ck_%(table_name)s_%(constraint_name)s"})
    found = {}
    for table, names in RENAME.DOUBLED.items():
        t = sa.Table(table, metadata, sa.Column("x", sa.Integer))
        for short in names:
            t.append_constraint(sa.CheckConstraint("x > 0", name=f"ck_{table}_{short}"))
        ddl = str(sa.schema.CreateTable(t).compile(dialect=Bind.dialect))
        for stored in re.findall(r"CONSTRAINT (\S+) CHECK", ddl):
            found[stored.strip('"')] = RENAME._wanted(Bind, table, stored.strip('"'), undo=False)
    longest = "ck_shelter_children_changes_ck_shelter_children_changes_children_not_negative"
    assert longest not in found and any(name.startswith(longest[:50]) for name in found)  # cut to fit
    assert sorted(found.values()) == sorted(f"ck_{t}_{n}" for t, names in RENAME.DOUBLED.items() for n in names)
    for name, new in found.items():
        assert RENAME._wanted(Bind, _table_of(new), new, undo=True) == name


def _table_of(name: str) -> str:
    return next(t for t in RENAME.DOUBLED if name.startswith(f"ck_{t}_") and name[len(t) + 4 :] in RENAME.DOUBLED[t])
