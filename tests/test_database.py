"""The encrypted database: unlock, wrong passphrase, plain-sqlite refusal, rekey, backup/restore, migrations."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text

from dropin.errors import DropinError, WrongPassphrase
from dropin.models.clients import Client
from dropin.models.database import DEFAULT_KDF_ITER, Database
from dropin.security.audit import verify_chain
from tests.conftest import PASSPHRASE, TEST_KDF_ITER


def add_clients(db, *codes):
    with db.session({"user_id": None}) as s:
        for code in codes:
            s.add(Client(code=code))


def add_old_clients(db, *codes):
    """Clients in a database at an older revision (raw SQL: today's models may have newer columns)."""
    with db.engine.begin() as conn:
        for code in codes:
            conn.exec_driver_sql(
                "INSERT INTO clients (code, created_at, changed_at) VALUES (?, ?, ?)",
                (code, "2026-01-05 10:00:00.000000", "2026-01-05 10:00:00.000000"),
            )


def client_codes(db):
    with db.session() as s:
        return sorted(s.scalars(select(Client.code)))


@pytest.mark.parametrize(
    "passphrase",
    ["simple", "with 'single' quotes", 'with "double" quotes', "кириллица ї ґ є", "emoji 🔐 and ; -- DROP", "x" * 300],
)
def test_any_passphrase_round_trips(tmp_path, passphrase):
    path = tmp_path / "p.db"
    Database.create(path, passphrase, kdf_iter=TEST_KDF_ITER).close()
    db = Database.open(path, passphrase, kdf_iter=TEST_KDF_ITER)
    add_clients(db, "AB")
    db.close()
    db = Database.open(path, passphrase, kdf_iter=TEST_KDF_ITER)
    assert client_codes(db) == ["AB"]
    db.close()


def test_wrong_passphrase_is_refused_and_file_untouched(db, db_path):
    add_clients(db, "KEEP1")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        Database.open(db_path, "not the passphrase", kdf_iter=TEST_KDF_ITER)
    assert "wrong passphrase or not a dropin database" in info.value.message.lower()
    assert db_path.read_bytes() == before
    again = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert client_codes(again) == ["KEEP1"]
    again.close()


def test_plain_sqlite_cannot_read_the_file(db, db_path):
    add_clients(db, "SECRET")
    db.close()
    raw = db_path.read_bytes()
    assert b"SQLite format 3" not in raw[:16]
    assert b"SECRET" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_plain_sqlite_file_is_not_a_dropin_database(tmp_path):
    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(WrongPassphrase):
        Database.open(path, "anything", kdf_iter=TEST_KDF_ITER)


def test_open_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(DropinError, match="no database"):
        Database.open(tmp_path / "nothing.db", "x", kdf_iter=TEST_KDF_ITER)


def test_pragmas_wal_foreign_keys_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_every_file_keeps_a_page_cache_the_report_fits_in(db):
    """The weekly report of a busy centre reads some 30 MiB of pages: SQLite's default cache (2 MiB) made every
    run decrypt them again (a third of its time at full scale)."""
    with db.engine.connect() as conn:
        files = ["main", *db.held_stores]
        assert len(files) == 4  # a new database holds every store until the first login
        for name in files:
            assert conn.exec_driver_sql(f"PRAGMA {name}.cache_size").scalar() <= -32 * 1024, name  # in KiB


def test_rekey_changes_the_passphrase(db, db_path):
    add_clients(db, "R1")
    db.rekey("new ' \" пароль")
    add_clients(db, "R2")
    db.close()
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    db = Database.open(db_path, "new ' \" пароль", kdf_iter=TEST_KDF_ITER)
    assert client_codes(db) == ["R1", "R2"]
    db.close()


def test_backup_restore_round_trip_identical(db, db_path, tmp_path):
    add_clients(db, "A1", "B2", "C3")
    backup = db.backup(tmp_path / "backups" / "copy.dropin")
    assert b"SQLite format 3" not in backup.read_bytes()[:16]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT * FROM sqlite_master").fetchall()
    add_clients(db, "LATER")
    db.close()

    kept = Database.restore(backup, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert kept is not None and kept.exists()
    restored = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert client_codes(restored) == ["A1", "B2", "C3"]
    restored.close()
    previous = Database.open(kept, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert client_codes(previous) == ["A1", "B2", "C3", "LATER"]
    previous.close()


def test_backup_with_other_passphrase(db, tmp_path):
    add_clients(db, "Z9")
    backup = db.backup(tmp_path / "other.dropin", passphrase="backup-only")
    with pytest.raises(WrongPassphrase):
        Database.check_file(backup, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    Database.check_file(backup, "backup-only", kdf_iter=TEST_KDF_ITER)


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_restore_refuses_damaged_backup(db, db_path, tmp_path, damage):
    add_clients(db, *[f"C{i}" for i in range(200)])
    backup = db.backup(tmp_path / "b.dropin")
    data = bytearray(backup.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    else:
        middle = len(data) // 2
        data[middle : middle + 16] = bytes(16)
    backup.write_bytes(bytes(data))
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DropinError):
        Database.restore(backup, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert db_path.read_bytes() == before


def test_migration_from_older_revision_keeps_data_and_backs_up(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0001_foundation")
    add_old_clients(old, "OLD1")
    heads = old.head_revisions()
    old.close()

    if heads == {"0001_foundation"}:
        pytest.skip("only one revision so far")
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert db.current_revisions() == heads
    assert client_codes(db) == ["OLD1"]
    db.close()
    backups = list(tmp_path.glob("old.before-upgrade-*"))
    assert len(backups) == 1
    Database.check_file(backups[0], PASSPHRASE, kdf_iter=TEST_KDF_ITER)


def test_new_database_is_at_head(db):
    assert db.current_revisions() == db.head_revisions()
    assert not db.needs_upgrade()


def test_hard_delete_is_refused(db):
    add_clients(db, "NODELETE")
    with pytest.raises(RuntimeError, match="voided"):
        with db.session() as s:
            s.delete(s.scalar(select(Client)))
    assert client_codes(db) == ["NODELETE"]


def test_production_key_derivation_default(tmp_path):
    """The production setting uses SQLCipher's 256,000 iterations (slow by design)."""
    assert DEFAULT_KDF_ITER == 256_000
    path = tmp_path / "prod.db"
    Database.create(path, "production").close()
    with pytest.raises(WrongPassphrase):
        Database.open(path, "production", kdf_iter=TEST_KDF_ITER)
    db = Database.open(path, "production")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA kdf_iter").scalar() == "256000"
        assert verify_chain(conn).ok
        assert conn.execute(select(func.count()).select_from(text("alembic_version"))).scalar() >= 1
    db.close()


def test_failed_upgrade_leaves_database_as_it_was(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path, PASSPHRASE, TEST_KDF_ITER)
    old.upgrade("0006_merge_areas")
    add_old_clients(old, "KEEPME")
    with old.engine.begin() as conn:  # something in the way of the next migration
        conn.exec_driver_sql("CREATE INDEX ix_visits_client_live ON visits (visit_date)")
    old.close()

    with pytest.raises(DropinError, match="left as it was"):
        Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, migrate=False)
    assert db.current_revisions() == {"0006_merge_areas"}
    assert client_codes(db) == ["KEEPME"]
    db.close()
    assert list(tmp_path.glob("old.before-upgrade-*"))


def test_unlock_derives_the_key_once_and_every_connection_reuses_it(db_path, monkeypatch):
    import hashlib
    import threading

    import dropin.models.database as database

    created = Database.create(db_path, PASSPHRASE, TEST_KDF_ITER)
    add_clients(created, "AAAA1990F")
    created.close()
    derivations = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a, **k: derivations.append(a[3]) or real(*a, **k))
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert derivations == [TEST_KDF_ITER]  # the one derivation of the unlock
        key = db.engine.url.password
        assert key.startswith("x'") and len(key) == 2 + 64 + 1 and PASSPHRASE not in key  # SQLCipher's raw key data
        seen = []
        worker = threading.Thread(target=lambda: seen.extend(client_codes(db)))  # a thread's own connection
        worker.start()
        worker.join()
        assert seen == ["AAAA1990F"]
    finally:
        db.close()
    # a key that does not open the file (other cipher settings) falls back to the passphrase itself
    monkeypatch.setattr(database, "derived_key", lambda *a: "x'" + "00" * 32 + "'")
    db = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert db.engine.url.password == PASSPHRASE
        assert client_codes(db) == ["AAAA1990F"]
    finally:
        db.close()
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, "not the passphrase", kdf_iter=TEST_KDF_ITER)
