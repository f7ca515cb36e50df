"""Opening a database: a wrong passphrase changes nothing, creation is all or nothing, damage is named.

Also the file modes: everything dropin writes beside a database is the owner's only.
"""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dropin.cli import main
from dropin.errors import DropinError, WrongPassphrase
from dropin.models.cipher import DatabaseDamaged
from dropin.models.database import Database
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.test_reliability_crash import child_env, committed_codes, start_writer

POSIX = os.name == "posix"


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def crashed_writer(db, db_path, users) -> list[str]:
    """Kill a writer after a few commits, so a write-ahead log with committed frames is left behind."""
    from dropin.security.roles import Role

    db.close()
    proc = start_writer(child_env(db_path, users[Role.MANAGER].id, DROPIN_CRASH_PREFIX="W"))
    assert proc.stdout.readline() == "ready\n"
    codes: list[str] = []
    while len(codes) < 5:
        codes += committed_codes(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    return codes


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")  # commands act as a logged-in staff member
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)


# ------------------------------------------------------------------ wrong passphrase
def test_wrong_passphrase_leaves_file_and_left_over_log_byte_for_byte(db, db_path, users):
    crashed_writer(db, db_path, users)
    wal = Path(f"{db_path}-wal")
    before = (digest(db_path), digest(wal))
    for attempt in ("not it", "", PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            Database.open(db_path, attempt, kdf_iter=TEST_KDF_ITER)
        with pytest.raises(WrongPassphrase):
            Database.open(db_path, attempt, kdf_iter=TEST_KDF_ITER, exclusive=True)
    assert (digest(db_path), digest(wal)) == before


def test_right_passphrase_after_wrong_ones_finds_every_commit(db, db_path, users):
    from sqlalchemy import select

    from dropin.models.clients import Client

    codes = crashed_writer(db, db_path, users)
    with pytest.raises(WrongPassphrase):
        Database.open(db_path, "not it", kdf_iter=TEST_KDF_ITER)
    reopened = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with reopened.session() as s:
            assert set(codes) <= set(s.scalars(select(Client.code)))
    finally:
        reopened.close()


# ------------------------------------------------------------------ creation: all or nothing
def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_failed_create_leaves_no_database(tmp_path):
    path = tmp_path / "new" / "centre.db"

    def fail(db):
        raise DropinError("the first account could not be made")

    with pytest.raises(DropinError):
        Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, setup=fail)
    assert not path.exists()
    assert leftovers(path.parent) == []
    db = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # and it can simply be retried
    db.close()


def test_failed_cli_init_leaves_no_database(tmp_path, cli_env, monkeypatch, capsys):
    path = tmp_path / "centre.db"
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", "admin-password")

    def refuse(self, *args, **kwargs):
        raise DropinError("no account today")

    monkeypatch.setattr("dropin.security.auth.AuthService.create_first_manager", refuse)
    assert main(["init", "--db", str(path), "--admin", "boss"]) == 2
    assert "no account today" in capsys.readouterr().err
    assert not path.exists() and leftovers(tmp_path) == []


def test_failed_wizard_leaves_no_database(tmp_path, monkeypatch):
    from dropin.ui.shell.wizard import create_database

    path = tmp_path / "centre.db"

    def refuse(self, *args, **kwargs):
        raise DropinError("no account today")

    monkeypatch.setattr("dropin.security.auth.AuthService.create_first_manager", refuse)
    with pytest.raises(DropinError):
        create_database(path, PASSPHRASE, "boss", "password-123", None, TEST_KDF_ITER)
    assert not path.exists() and leftovers(tmp_path) == []


def test_create_killed_midway_leaves_no_database_and_next_open_cleans_up(tmp_path):
    """SIGKILL while the new file is being built: the name stays free, the temporary file goes at the next open."""
    path = tmp_path / "centre.db"
    script = (
        "import sys; from dropin.models.database import Database\n"
        "def hang(db):\n    print('built', flush=True); import time; time.sleep(60)\n"
        f"Database.create(sys.argv[1], {PASSPHRASE!r}, kdf_iter={TEST_KDF_ITER}, setup=hang)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline() == "built\n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert not path.exists()
    assert any(name.endswith(".tmp") for name in leftovers(tmp_path))  # the half-made file, hidden
    db = Database.create(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    db.close()
    Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True).close()
    stores = ["centre.db.casework", "centre.db.health", "centre.db.legal"]  # the separately keyed stores beside it
    assert leftovers(tmp_path) in (["centre.db", "centre.db.audit-anchor", *stores], ["centre.db", *stores])


# ------------------------------------------------------------------ damage
def damage_page(path: Path, table: str = "clients") -> None:
    """Flip a byte in the root page of ``table`` (SQLCipher's page check then fails for that page)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE.replace(chr(39), chr(39) * 2)}'")
    conn.execute(f"PRAGMA kdf_iter = {TEST_KDF_ITER}")
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 200] ^= 0xFF
    path.write_bytes(bytes(data))


def filled(db, db_path, n: int = 2000) -> None:
    from dropin.models.clients import Client

    with db.session() as s:
        for i in range(n):
            s.add(Client(code=f"D{i}", nickname="x" * 40, birth_year=1990))
    db.close()


def test_damaged_page_is_damage_not_wrong_passphrase(db, db_path, users):
    from sqlalchemy import select

    from dropin.models.clients import Client

    filled(db, db_path)
    damage_page(db_path)
    reopened = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with pytest.raises(DatabaseDamaged) as info:
            with reopened.session() as s:
                list(s.scalars(select(Client.nickname)))
        assert not isinstance(info.value, WrongPassphrase)
        assert "damaged" in info.value.message
        report = reopened.inspect()
        assert not report.ok and "clients" in report.affected
        assert "clients" in report.summary()
    finally:
        reopened.close()


def test_damaged_first_page_with_right_passphrase_is_damage(db, db_path, users):
    filled(db, db_path, 10)
    data = bytearray(db_path.read_bytes())
    data[1000] ^= 0xFF  # inside page 1
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    with pytest.raises(WrongPassphrase) as info:  # another passphrase cannot tell damage from a wrong key
        Database.open(db_path, "not it", kdf_iter=TEST_KDF_ITER)
    assert not isinstance(info.value, DatabaseDamaged)


def test_check_command_on_a_damaged_start_says_damaged(db, db_path, users, cli_env, capsys):
    filled(db, db_path, 10)
    data = bytearray(db_path.read_bytes())
    data[1000] ^= 0xFF
    db_path.write_bytes(bytes(data))
    assert main(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Damaged: ") and "passphrase is right" in out


def test_check_command_verdicts(db, db_path, users, cli_env, capsys):
    filled(db, db_path)
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "no damage found" in out and "Audit log intact" in out and "sound" in out
    damage_page(db_path)
    assert main(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "affected: clients" in out and "damaged" in out.splitlines()[-1]


def test_backup_of_damaged_database_says_what_is_damaged(db, db_path, users, tmp_path):
    filled(db, db_path)
    damage_page(db_path)
    reopened = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        with pytest.raises(DatabaseDamaged) as info:
            reopened.backup(tmp_path / "b.dropin")
    finally:
        reopened.close()
    assert "clients" in info.value.message and "No backup was written" in info.value.message
    assert not (tmp_path / "b.dropin").exists()
    assert not list(tmp_path.glob(".b.dropin.*"))


def test_damaged_backup_is_refused_naming_the_damage(db, db_path, users, tmp_path):
    filled(db, db_path, 2000)
    backup = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        copy = backup.backup(tmp_path / "b.dropin")
    finally:
        backup.close()
    damage_page(copy)
    with pytest.raises(DropinError) as info:
        Database.check_file(copy, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert not isinstance(info.value, WrongPassphrase)
    assert "damaged" in info.value.message and "clients" in info.value.message


# ------------------------------------------------------------------ file modes
def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_every_file_beside_the_database_is_owner_only(tmp_path, monkeypatch, users, ctx_for):
    from dropin.security.audit import anchor_path
    from dropin.security.roles import Role

    monkeypatch.setattr(os, "umask", os.umask)  # nothing below may rely on the test's umask
    old = os.umask(0o022)
    try:
        ctx = ctx_for(Role.MANAGER)
        db = ctx.db
        with ctx.transaction() as s:
            ctx.audit_read(s, "hts_tests", 1)
        wal, shm = Path(f"{db.path}-wal"), Path(f"{db.path}-shm")
        assert wal.exists() and shm.exists()
        backup = db.backup(tmp_path / "usb" / "b.dropin")
        other = Database.create(tmp_path / "fresh" / "other.db", PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
        other_lock = Path(f"{other.path}.lock")
        checked = [db.path, wal, shm, backup, anchor_path(db.path), other.path, other_lock]
        for path in checked:
            assert mode(path) == 0o600, (path.name, oct(mode(path)))
        assert mode(other.path.parent) == 0o700
        other.close()
        db.close()
        kept = Database.restore(backup, db.path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
        assert mode(kept) == 0o600 and mode(db.path) == 0o600
        if anchor_path(kept).exists():
            assert mode(anchor_path(kept)) == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_before_upgrade_copy_data_folder_and_log_are_owner_only(tmp_path, monkeypatch):
    import logging

    from dropin import paths

    old = os.umask(0o022)
    try:
        data = tmp_path / "data" / "dropin"
        monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(data))
        assert mode(paths.data_dir()) == 0o700
        os.chmod(data, 0o755)  # as an older version left it
        assert mode(paths.data_dir()) == 0o700
        older = Database(paths.default_db_path(), PASSPHRASE, TEST_KDF_ITER)  # a file of an older version
        older.upgrade("0001_foundation")
        older.close()
        Database.open(paths.default_db_path(), PASSPHRASE, kdf_iter=TEST_KDF_ITER).close()  # upgrades it
        (copy,) = data.glob("dropin.before-upgrade-*")
        assert mode(copy) == 0o600
        root = logging.getLogger()
        saved = root.handlers[:]
        root.handlers.clear()
        try:
            from dropin.ui.app import setup_logging

            setup_logging()
            logging.getLogger("dropin.test").info("one line")
            assert mode(data / "dropin.log") == 0o600
        finally:
            for handler in root.handlers:
                handler.close()
            root.handlers[:] = saved
    finally:
        os.umask(old)


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_readable_database_from_an_older_version_is_narrowed_when_opened(db, db_path):
    db.close()
    os.chmod(db_path, 0o644)
    Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True).close()
    assert mode(db_path) == 0o600
