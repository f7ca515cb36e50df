"""Backups carry every store (still under its own key, in one file) and a restore puts every store back."""

from __future__ import annotations

import sqlcipher3

from dropin.models.database import Database
from dropin.models.shelter import ShelterCaseNote
from dropin.models.stores import PACKED, STORES, store_path
from dropin.models.testing import HivTest
from dropin.security import custody
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.stores_helpers import MARKERS, fill


def notes(db) -> list[str]:
    with db.session() as s:
        return sorted(n.text for n in s.query(ShelterCaseNote))


def test_backup_then_restore_puts_every_store_back(db, users, ctx_for, db_path, tmp_path):
    ids = fill(ctx_for(Role.SOCIAL_WORKER))
    out, seal = custody.backup(ctx_for(Role.MANAGER), tmp_path / "copy.db")
    raw = out.read_bytes().decode("latin-1")
    assert not any(marker in raw for marker in MARKERS)  # one file, nothing in it readable as text
    conn = sqlcipher3.connect(str(out))  # with the passphrase: the stores are blobs under their own keys
    conn.execute('PRAGMA key = "' + PASSPHRASE.replace('"', '""') + '"')
    conn.execute(f"PRAGMA kdf_iter = {TEST_KDF_ITER}")
    packed = dict(conn.execute(f"SELECT store, data FROM {PACKED}").fetchall())
    conn.close()
    assert set(packed) == set(STORES)
    assert not any(marker.encode() in blob for blob in packed.values() for marker in MARKERS)

    with ctx_for(Role.SOCIAL_WORKER).transaction() as s:  # a change after the backup
        s.add(ShelterCaseNote(stay_id=ids["stay"], noted_on=s.get(HivTest, ids["test"]).started_at.date(), text="late"))
    assert "late" in notes(db)
    db.close()

    kept = Database.restore(out, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert kept is not None and store_path(kept, "casework").exists()  # the replaced stores are kept too
    restored = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(restored).login("manager", PASSWORD)
        assert restored.held_stores == set(STORES)
        assert notes(restored) == ["MARKER-CASE-NOTE"]
        with restored.session() as s:
            assert [t.result for t in s.query(HivTest)] == ["reactive"]
            tables = {r[0] for r in s.connection().exec_driver_sql("SELECT name FROM sqlite_master")}
        assert PACKED not in tables
        assert restored.verify_audit().ok
        reports = restored.verify_store_audits()
        assert all(report.ok and (report.anchored or not report.entries) for report in reports.values())
        assert reports["health"].anchored and reports["casework"].anchored
    finally:
        restored.close()
    previous = Database.open(kept, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # the replaced copy opens with its stores
    try:
        AuthService(previous).login("manager", PASSWORD)
        assert "late" in notes(previous)
    finally:
        previous.close()


def test_a_backup_made_without_the_keys_still_carries_the_stores(db, users, ctx_for, db_path, tmp_path):
    """The copy made before an upgrade runs before any login: the store files go in as they are."""
    fill(ctx_for(Role.SOCIAL_WORKER))
    db.close()
    plain = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert plain.held_stores == frozenset()
        out = plain.backup(tmp_path / "upgrade-copy.db")
    finally:
        plain.close()
    target = tmp_path / "elsewhere" / "centre.db"
    Database.restore(out, target, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    restored = Database.open(target, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        AuthService(restored).login(Role.SOCIAL_WORKER.value, PASSWORD)
        assert notes(restored) == ["MARKER-CASE-NOTE"]
    finally:
        restored.close()
