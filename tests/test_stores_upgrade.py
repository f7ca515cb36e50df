"""An existing database (built at the revision before the stores) upgrades: every row survives and the
sensitive ones land in their stores; accounts get their slots at their next login."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3

from dropin.context import ServiceContext
from dropin.models.database import Database
from dropin.models.stores import STORES, key_sql, store_path
from dropin.security import keyslots
from dropin.security.auth import AuthService, UserService
from dropin.security.passwords import hash_password
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

BEFORE = "0008_incidents_records"
MOVED = {
    "hts_counselling_sessions": "health",
    "hts_tests": "health",
    "hts_referrals": "health",
    "hts_followup_attempts": "health",
    "shelter_goals": "casework",
    "shelter_case_notes": "casework",
    "incidents": "legal",
    "incident_consents": "legal",
    "incident_evidence": "legal",
    "legal_cases": "legal",
    "legal_case_stages": "legal",
}
SKIP = {"alembic_version", "audit_log", "settings", "users"}
#: values a CHECK constraint wants
FIXED = {
    ("shelter_stays", "status"): "active",
    ("shelter_stays", "stay_type"): "crisis",
    ("shelter_stays", "planned_end"): "2026-12-30",
    ("shelter_stays", "discharged_on"): None,
    ("shelter_rooms", "capacity"): 4,
    ("hts_kit_lots", "quantity_received"): 10,
    ("incidents", "date_precision"): "day",
    ("incidents", "complained"): 1,
    ("legal_cases", "outcome"): "pending",
    ("legal_cases", "decided_on"): None,
}


def _value(table: str, column: str, kind: str, n: int):
    if (table, column) in FIXED:
        return FIXED[(table, column)]
    kind = kind.upper()
    if column == "id" or column.endswith("_id"):
        return n
    if "DATETIME" in kind:
        return f"2026-11-0{n} 10:00:00.000000"
    if "DATE" in kind:
        return f"2026-11-0{n}"
    if "BOOL" in kind:
        return 1
    if "INT" in kind:
        return n
    if "FLOAT" in kind or "REAL" in kind or "NUMERIC" in kind:
        return 20.5
    return f"{table}.{column}.{n}"


def build_old(path) -> dict[str, list[tuple]]:
    """A database as the release before the stores made it, with rows in every table; returns its rows."""
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade(BEFORE)
    old.engine.dispose()
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute('PRAGMA key = "' + PASSPHRASE.replace('"', '""') + '"')
    conn.execute(f"PRAGMA kdf_iter = {TEST_KDF_ITER}")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    refused = []
    for table in tables:
        if table in SKIP or table.startswith("sqlite_"):
            continue
        columns = [(r[1], r[2]) for r in conn.execute(f'PRAGMA table_info("{table}")')]
        for n in (1, 2, 3):
            values = [_value(table, name, kind, n) for name, kind in columns]
            try:
                conn.execute(
                    f'INSERT INTO "{table}" ({", ".join(c for c, _ in columns)}) VALUES ({", ".join("?" * len(columns))})',
                    values,
                )
            except sqlite3.DatabaseError:
                refused.append(table)
            except sqlcipher3.DatabaseError:
                refused.append(table)
    for n, role in enumerate(Role, start=1):
        conn.execute(
            "INSERT INTO users (id, username, role, password_hash, language, active, failed_logins, created_at, "
            "changed_at, must_change_password) VALUES (?, ?, ?, ?, 'en', 1, 0, '2026-01-05 10:00:00', "
            "'2026-01-05 10:00:00', 0)",
            (n, role.value, role.value, hash_password(PASSWORD)),  # ids 1-3 are those the rows above refer to
        )
    # rows that point at a row a CHECK refused would dangle: the upgrade checks every foreign key at its end
    while broken := conn.execute("PRAGMA foreign_key_check").fetchall():
        for table, rowid, _parent, _fk in broken:
            conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables if t not in SKIP}
    reasons = conn.execute("SELECT id, reasons, reason_note, outcome_note FROM shelter_stays ORDER BY id").fetchall()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert not set(refused) & set(MOVED), refused
    assert all(rows[t] for t in MOVED) and reasons
    rows["__stay_cases"] = sorted(reasons)
    return rows


def _as_before(rows, before: list[tuple]) -> list[tuple]:
    """Rows as they were: the columns a later revision added (at the end) left out."""
    width = len(before[0]) if before else 0
    return [tuple(r)[:width] for r in rows]


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "centre.db"
    rows = build_old(path)
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    return db, rows, path


def test_every_row_survives_and_the_sensitive_ones_land_in_their_stores(upgraded, tmp_path):
    db, rows, path = upgraded
    try:
        assert db.new_recovery_key  # shown once, at the upgrade
        assert list(tmp_path.glob("centre.before-upgrade-*.db"))  # the encrypted copy made first
        keys = db.store_keys()
        assert set(keys) == set(STORES)
        with db.engine.connect() as conn:
            main_tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM main.sqlite_master")}
            stay_columns = {r[1] for r in conn.exec_driver_sql("PRAGMA main.table_info(shelter_stays)")}
            for table, store in MOVED.items():
                assert table not in main_tables
                moved = sorted(conn.exec_driver_sql(f"SELECT * FROM {store}.{table}").fetchall(), key=repr)
                assert _as_before(moved, rows[table]) == rows[table], table
            cases = conn.exec_driver_sql(
                "SELECT stay_id, reasons, reason_note, outcome_note FROM casework.shelter_stay_cases ORDER BY 1"
            ).fetchall()
            for table, before in rows.items():
                if table in MOVED or table.startswith("__") or table == "shelter_stays":
                    continue
                after = sorted(conn.exec_driver_sql(f'SELECT * FROM main."{table}"').fetchall(), key=repr)
                assert _as_before(after, before) == before, table
        assert [tuple(r) for r in cases] == rows["__stay_cases"]
        assert not {"reasons", "reason_note", "outcome_note"} & stay_columns
    finally:
        db.close()
    # the store files open with their raw keys only
    for store, key in keys.items():
        conn = sqlcipher3.connect(":memory:")
        conn.execute(f"ATTACH DATABASE ? AS s KEY {key_sql(key)}", (str(store_path(path, store)),))
        assert conn.execute("SELECT count(*) FROM s.sqlite_master").fetchone()[0] > 0
        conn.close()


def test_accounts_get_their_slots_at_their_next_login_and_the_manager_finishes(upgraded):
    db, _rows, path = upgraded
    db.close()
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        auth = AuthService(db)
        auth.login(Role.FRONT_DESK.value, PASSWORD)
        assert db.held_stores == frozenset()  # nothing for the front desk, upgrade or not
        auth.login(Role.PEER_COUNSELLOR.value, PASSWORD)
        assert db.held_stores == {"health"}
        manager = auth.login(Role.MANAGER.value, PASSWORD)
        assert db.held_stores == set(STORES)
        users = UserService(ServiceContext(db, manager))
        waiting = {info.username for info in users.accounts_without_store_keys()}
        assert waiting == {Role.SOCIAL_WORKER.value, Role.LEGAL_ADVISOR.value}  # not logged in since the upgrade
        users.finish_store_upgrade()
        with db.session() as s:
            assert not keyslots.upgrade_pending(s)
        auth.login(Role.SOCIAL_WORKER.value, PASSWORD)  # too late now: a one-time password gives it back
        assert db.held_stores == frozenset()
        manager = auth.login(Role.MANAGER.value, PASSWORD)
        users = UserService(ServiceContext(db, manager))
        social = next(u for u in users.list_users() if u.username == Role.SOCIAL_WORKER.value)
        users.reset_password(social.id, "one-time-pass-1")
        auth.login(Role.SOCIAL_WORKER.value, "one-time-pass-1")
        assert db.held_stores == {"casework"}
    finally:
        db.close()
