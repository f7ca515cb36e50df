"""Disk full, read-only files and backups: a clear message, never a damaged or readable file.

Disk full is simulated with ``PRAGMA max_page_count`` (SQLite then reports
"database or disk is full", the same error as a full disk) and, where the test
may mount a small tmpfs (root in a container that allows it), with a real full
filesystem. Read-only uses file permissions, or a read-only remount when the
tests run as root (root ignores permission bits); it is skipped when neither works.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, select

from dropin.context import ServiceContext
from dropin.errors import DropinError, StorageError, WrongPassphrase
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.security.audit import verify_chain
from tests.conftest import PASSPHRASE, TEST_KDF_ITER

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def add_clients(target, prefix: str, n: int, nickname: str = "") -> None:
    """Save ``n`` clients in one action, through a service context (a bare database: no logged-in user)."""
    ctx = target if isinstance(target, ServiceContext) else ServiceContext(target, None)
    with ctx.transaction() as s:
        for i in range(n):
            s.add(Client(code=f"{prefix}{i}", nickname=nickname or None))


def codes(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Client.code)))


def assert_sound(path: Path, expected: set[str]) -> None:
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert db.integrity_ok()
        with db.engine.connect() as conn:
            assert verify_chain(conn).ok
        assert codes(db) == expected
    finally:
        db.close()


def limit_size(db: Database, extra_pages: int) -> None:
    """From now on the file may grow by only ``extra_pages`` pages (SQLITE_FULL beyond that)."""

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn, record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    db.engine.dispose()


# ------------------------------------------------------------------ disk full
@pytest.mark.parametrize("extra_pages", [0, 3, 40])
def test_disk_full_is_a_clear_message_and_keeps_saved_data(db, db_path, extra_pages):
    ctx = ServiceContext(db, None)
    add_clients(ctx, "OK", 30)
    before = codes(db)
    limit_size(db, extra_pages)
    with pytest.raises(StorageError) as info:
        for batch in range(200):
            add_clients(ctx, f"B{batch}-", 50, nickname="n" * 200)
    message = info.value.message
    assert "disk is full" in message.lower() and "nothing could be saved" in message.lower()
    after = codes(db)
    assert before <= after
    # whole actions only: every batch is all there or not at all
    for b in range(batch + 1):
        got = {c for c in after if c.startswith(f"B{b}-")}
        assert len(got) in (0, 50)
    assert not {c for c in after if c.startswith(f"B{batch}-")}
    db.close()
    assert_sound(db_path, after)
    # with space again, saving works
    again = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    add_clients(again, "AFTER", 2)
    assert {"AFTER0", "AFTER1"} <= codes(again)
    again.close()


@contextmanager
def small_filesystem(size: str):
    """Mount a tmpfs of ``size`` (root only, where the container allows it), else skip."""
    if not IS_ROOT:
        pytest.skip("mounting a small filesystem needs root")
    point = Path(tempfile.mkdtemp(prefix="dropin-small-fs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)], capture_output=True
    )
    if done.returncode != 0:
        point.rmdir()
        pytest.skip("cannot mount a small filesystem here")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
        point.rmdir()


def test_creating_on_a_full_disk_says_so_and_leaves_nothing(tmp_path):
    with small_filesystem("1m") as mount:  # smaller than a new database and its write-ahead log
        with pytest.raises(StorageError) as info:
            Database.create(mount / "centre.db", PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        assert "disk is full" in info.value.message.lower()
        assert not [p for p in mount.iterdir() if p.name != "centre.db.lock"]


def test_real_full_disk(tmp_path):
    with small_filesystem("4m") as mount:
        path = mount / "centre.db"
        db = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        ctx = ServiceContext(db, None)
        add_clients(ctx, "KEEP", 20)
        with pytest.raises(StorageError) as info:
            for batch in range(1000):
                add_clients(ctx, f"B{batch}-", 50, nickname="n" * 200)
        assert "disk is full" in info.value.message.lower()
        saved = codes(db)
        assert {f"KEEP{i}" for i in range(20)} <= saved
        assert not {c for c in saved if c.startswith(f"B{batch}-")}
        assert db.integrity_ok()
        db.close()
        assert_sound(path, saved)


# ------------------------------------------------------------------ read-only
@contextmanager
def read_only(folder: Path):
    """Make ``folder`` and its files read-only for this process, or skip."""
    if not IS_ROOT:
        modes = {p: p.stat().st_mode for p in folder.iterdir()}
        for p in modes:
            p.chmod(stat.S_IRUSR | stat.S_IRGRP)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield
        finally:
            folder.chmod(stat.S_IRWXU)
            for p, mode in modes.items():
                p.chmod(mode)
        return
    done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot make the folder read-only here")
    try:
        yield
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], capture_output=True)


def _read_only_scenario(folder: Path, make_read_only) -> None:
    path = folder / "centre.db"
    db = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    add_clients(db, "RO", 5)
    db.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with make_read_only(folder):
        with pytest.raises(StorageError) as info:
            ro = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
            try:  # if opening worked, saving must fail clearly
                add_clients(ro, "NEW", 1)
            finally:
                ro.close()
        assert "read-only" in info.value.message.lower()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert_sound(path, {f"RO{i}" for i in range(5)})


def test_read_only_database_is_a_clear_message(tmp_path):
    if IS_ROOT:
        with small_filesystem("4m") as mount:
            _read_only_scenario(mount, read_only)
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        _read_only_scenario(folder, read_only)


# -------------------------------------------------------------------- backups
def test_backups_are_never_plain_sqlite(db, tmp_path):
    add_clients(db, "SECRETCODE", 50)
    same = db.backup(tmp_path / "same.dropin")
    other = db.backup(tmp_path / "other.dropin", passphrase="another passphrase")
    for backup in (same, other):
        raw = backup.read_bytes()
        assert len(raw) > 4096
        assert not raw.startswith(b"SQLite format 3")
        assert b"SECRETCODE" not in raw and b"clients" not in raw
        with pytest.raises(sqlite3.DatabaseError):
            conn = sqlite3.connect(backup)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            finally:
                conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".dropin") or p.name.startswith(".")) == [
        "other.dropin",
        "same.dropin",
    ]
    Database.check_file(same, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    Database.check_file(other, "another passphrase", kdf_iter=TEST_KDF_ITER)


def test_backup_taken_while_another_instance_writes_is_consistent(db, db_path, tmp_path):
    import threading

    other = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    stop = threading.Event()
    errors = []

    def writer():
        n = 0
        try:
            while not stop.is_set():
                add_clients(other, f"W{n}-", 5)
                n += 1
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    t = threading.Thread(target=writer)
    t.start()
    try:
        backups = [db.backup(tmp_path / f"b{i}.dropin") for i in range(3)]
    finally:
        stop.set()
        t.join(30)
        other.close()
    assert not errors
    for backup in backups:
        Database.check_file(backup, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        copy = Database.open(backup, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        try:
            with copy.engine.connect() as conn:
                assert verify_chain(conn).ok
            saved = codes(copy)
            for batch in {c.split("-")[0] for c in saved if c.startswith("W")}:  # whole actions only
                assert {f"{batch}-{i}" for i in range(5)} <= saved
        finally:
            copy.close()


def _damage(data: bytes, how: str) -> bytes:
    page = 4096
    buf = bytearray(data)
    if how == "empty":
        return b""
    if how == "first-bytes":
        return bytes(buf[:100])
    if how == "half":
        return bytes(buf[: len(buf) // 2])
    if how == "last-page-missing":
        return bytes(buf[: len(buf) - page])
    if how == "one-byte-short":
        return bytes(buf[:-1])
    if how.startswith("flip-"):
        where = {"flip-salt": 3, "flip-page1": 200, "flip-middle": len(buf) // 2 + 123, "flip-last": len(buf) - 5}[how]
        buf[where] ^= 0x01
        return bytes(buf)
    if how == "zero-page":
        start = (len(buf) // page // 2) * page
        buf[start : start + page] = bytes(page)
        return bytes(buf)
    if how == "swap-pages":
        a, b = page, 2 * page
        buf[a : a + page], buf[b : b + page] = buf[b : b + page], buf[a : a + page]
        return bytes(buf)
    if how == "plain-sqlite":
        return b"SQLite format 3\x00" + bytes(buf[16:])
    raise AssertionError(how)


DAMAGE = [
    "empty",
    "first-bytes",
    "half",
    "last-page-missing",
    "one-byte-short",
    "flip-salt",
    "flip-page1",
    "flip-middle",
    "flip-last",
    "zero-page",
    "swap-pages",
    "plain-sqlite",
]


@pytest.fixture(scope="module")
def source_and_backup(tmp_path_factory):
    """A database (closed, log folded in) and an older backup of it, built once for all damage cases."""
    folder = tmp_path_factory.mktemp("restore-source")
    db = Database.create(folder / "centre.db", PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    add_clients(db, "OLD", 300, nickname="x" * 40)
    backup = db.backup(folder / "backup.dropin")
    add_clients(db, "CURRENT", 3)
    expected = codes(db)
    db.close()
    return folder / "centre.db", backup.read_bytes(), expected


@pytest.mark.parametrize("how", DAMAGE)
def test_damaged_backup_is_refused_and_current_database_untouched(source_and_backup, tmp_path, how):
    source, backup_bytes, expected = source_and_backup
    db_path = tmp_path / "current" / "centre.db"
    db_path.parent.mkdir()
    db_path.write_bytes(source.read_bytes())
    backup = tmp_path / "backup.dropin"
    backup.write_bytes(_damage(backup_bytes, how))
    folder_before = sorted(p.name for p in db_path.parent.iterdir())
    file_before = db_path.read_bytes()
    with pytest.raises(DropinError) as info:
        Database.restore(backup, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert info.value.message
    assert isinstance(info.value, WrongPassphrase) or "damaged" in info.value.message.lower()
    assert db_path.read_bytes() == file_before
    assert sorted(p.name for p in db_path.parent.iterdir()) == folder_before
    assert_sound(db_path, expected)


def test_undamaged_backup_restores(source_and_backup, tmp_path):
    """The control case: the same backup, undamaged, is accepted."""
    source, backup_bytes, expected = source_and_backup
    db_path = tmp_path / "centre.db"
    db_path.write_bytes(source.read_bytes())
    backup = tmp_path / "backup.dropin"
    backup.write_bytes(backup_bytes)
    kept = Database.restore(backup, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert kept is not None
    assert_sound(db_path, {c for c in expected if c.startswith("OLD")})


def test_restore_with_the_wrong_passphrase_is_refused(db, db_path, tmp_path):
    add_clients(db, "A", 3)
    backup = db.backup(tmp_path / "backup.dropin")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        Database.restore(backup, db_path, "not it", kdf_iter=TEST_KDF_ITER)
    assert db_path.read_bytes() == before
