"""The ``dropin`` command: init, backup, restore, rekey, audit verify, and clean user errors."""

from __future__ import annotations

import io

import pytest

from dropin.cli import main
from dropin.context import ServiceContext
from dropin.errors import WrongPassphrase
from dropin.models.database import Database
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role

PASS = "cli 'pass\" фраза"
ADMIN_PW = "admin-password"
KDF = 4000


@pytest.fixture(autouse=True)
def env(monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        "dropin.security.passwords._hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASS)
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(KDF))
    monkeypatch.delenv("DROPIN_NEW_PASSPHRASE", raising=False)
    monkeypatch.setenv("DROPIN_USER", "boss")  # the staff account commands act as (--user)
    monkeypatch.setenv("DROPIN_USER_PASSWORD", ADMIN_PW)


@pytest.fixture
def made(tmp_path, capsys):
    path = tmp_path / "centre.db"
    assert main(["init", "--db", str(path), "--admin", "boss"]) == 0
    capsys.readouterr()
    return path


def user_error(capsys) -> str:
    """The one stderr line of a user error (exit 2), checked to carry no traceback."""
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("dropin: ")
    return lines[0]


def usernames(path, passphrase=PASS) -> set[str]:
    db = Database.open(path, passphrase, kdf_iter=KDF)
    try:
        manager = AuthService(db).login("boss", ADMIN_PW)
        return {u.username for u in UserService(ServiceContext(db, manager)).list_users()}
    finally:
        db.close()


def test_init_creates_database_with_manager(tmp_path, capsys):
    path = tmp_path / "sub" / "centre.db"
    assert main(["init", "--db", str(path), "--admin", "boss"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[:2] == [f"Created {path} with manager account boss.", "Passphrase strength: Good (about 48 bits)."]
    assert lines[2].startswith("Recovery key: ") and "lock it away" in lines[3]  # shown once
    db = Database.open(path, PASS, kdf_iter=KDF)
    try:
        assert AuthService(db).login("boss", ADMIN_PW).role is Role.MANAGER
    finally:
        db.close()


def test_init_refuses_existing_file(made, capsys):
    assert main(["init", "--db", str(made), "--admin", "boss"]) == 2
    assert user_error(capsys) == "dropin: A file already exists at that place; choose another name."


def test_init_refuses_short_admin_password(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DROPIN_ADMIN_PASSWORD", "short")
    assert main(["init", "--db", str(tmp_path / "x.db"), "--admin", "boss"]) == 2
    assert user_error(capsys) == "dropin: A password needs at least 8 characters."
    assert not (tmp_path / "x.db").exists()


def test_backup_restore_round_trip(made, tmp_path, capsys):
    out = tmp_path / "backups" / "b1.db"
    assert main(["backup", "--db", str(made), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[0] == f"Encrypted backup written to {out}."
    Database.check_file(out, PASS, kdf_iter=KDF)

    # work after the backup, then restore: the later work is gone, the replaced file kept
    db = Database.open(made, PASS, kdf_iter=KDF)
    try:
        manager = AuthService(db).login("boss", ADMIN_PW)
        UserService(ServiceContext(db, manager)).create_user("later", "password-999", Role.FRONT_DESK)
    finally:
        db.close()
    assert usernames(made) == {"boss", "later"}
    assert main(["restore", "--db", str(made), "--from", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Restored {out} to {made}." in printed and "previous database was kept" in printed
    assert usernames(made) == {"boss"}
    kept = list(made.parent.glob("centre.replaced-*.db"))
    assert len(kept) == 1 and usernames(kept[0]) == {"boss", "later"}


def test_restore_refuses_plain_file(made, tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    assert main(["restore", "--db", str(made), "--from", str(junk)]) == 2
    user_error(capsys)
    assert usernames(made) == {"boss"}  # untouched


def test_rekey(made, capsys, monkeypatch):
    monkeypatch.setenv("DROPIN_NEW_PASSPHRASE", "новая «фраза» 'x\"")
    assert main(["rekey", "--db", str(made)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[0] == "The database passphrase was changed."
    with pytest.raises(WrongPassphrase):
        Database.open(made, PASS, kdf_iter=KDF)
    assert usernames(made, "новая «фраза» 'x\"") == {"boss"}


def test_audit_verify_ok(made, capsys):
    assert main(["audit", "verify", "--db", str(made)]) == 0
    assert capsys.readouterr().out.startswith("Audit log intact: ")


def test_audit_verify_broken_exit_1(made, capsys):
    db = Database.open(made, PASS, kdf_iter=KDF)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_log SET action = 'read' WHERE id = 1")
    finally:
        db.close()
    assert main(["audit", "verify", "--db", str(made)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "Audit log broken at entry 1: the entry was changed after it was written."


@pytest.mark.parametrize(
    "argv",
    [
        ["backup", "--out", "{tmp}/b.db"],
        ["rekey"],
        ["audit", "verify"],
    ],
)
def test_wrong_passphrase_is_exit_2_one_line(made, tmp_path, capsys, monkeypatch, argv):
    monkeypatch.setenv("DROPIN_PASSPHRASE", "wrong passphrase")
    monkeypatch.setenv("DROPIN_NEW_PASSPHRASE", "whatever-new")
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", str(made)]
    assert main(args) == 2
    assert user_error(capsys) == "dropin: Wrong passphrase or not a dropin database."
    assert usernames(made) == {"boss"}


def test_missing_file_is_exit_2(tmp_path, capsys):
    missing = tmp_path / "nothing.db"
    assert main(["audit", "verify", "--db", str(missing)]) == 2
    assert user_error(capsys) == f"dropin: There is no database at {missing}."
    assert main(["restore", "--db", str(tmp_path / "x.db"), "--from", str(missing)]) == 2
    assert user_error(capsys) == f"dropin: There is no file at {missing}."


def test_no_passphrase_and_no_terminal_is_exit_2(made, capsys, monkeypatch):
    monkeypatch.delenv("DROPIN_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["audit", "verify", "--db", str(made)]) == 2
    assert user_error(capsys) == "dropin: Set DROPIN_PASSPHRASE or run this in a terminal to type it."


def test_rekey_without_new_passphrase_and_no_terminal(made, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["rekey", "--db", str(made)]) == 2
    assert user_error(capsys) == "dropin: Set DROPIN_NEW_PASSPHRASE or run this in a terminal to type it."
    assert usernames(made) == {"boss"}


def test_db_option_before_the_command_is_used(made, tmp_path, capsys):
    out = tmp_path / "b2.db"
    assert main(["--db", str(made), "backup", "--out", str(out)]) == 0
    assert out.exists()
    assert main(["--db", str(made), "audit", "verify"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Audit log intact: ")
