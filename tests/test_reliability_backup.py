"""Backup and restore: never over the database's own files, never over a file without --force,
a replaced database keeps every commit (also under another passphrase), output paths checked."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from dropin.cli import main
from dropin.errors import DropinError, WrongPassphrase
from dropin.models.cipher import CurrentPassphraseNeeded
from dropin.models.clients import Client
from dropin.models.database import Database
from dropin.security.audit import anchor_path
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.test_reliability_crash import check_database, child_env, committed_codes, start_writer

OTHER = "the backup's own passphrase"


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")  # commands act as a logged-in staff member
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    monkeypatch.delenv("DROPIN_CURRENT_PASSPHRASE", raising=False)


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and lines[0].startswith("dropin: "), err
    return lines[0]


def codes_in(path: Path, passphrase: str = PASSPHRASE) -> set[str]:
    db = Database.open(path, passphrase, kdf_iter=TEST_KDF_ITER, migrate=False)
    try:
        with db.session() as s:
            return set(s.scalars(select(Client.code)))
    finally:
        db.close()


def killed_writer_commits(db, db_path, users, n: int = 20) -> list[str]:
    """A writer killed after ``n`` commits: its last commits are only in the write-ahead log."""
    from dropin.security.roles import Role

    db.close()
    proc = start_writer(child_env(db_path, users[Role.MANAGER].id, DROPIN_CRASH_PREFIX="L"))
    assert proc.stdout.readline() == "ready\n"
    codes: list[str] = []
    batches = 0
    while batches < n:
        line = proc.stdout.readline()
        if committed_codes(line):
            batches += 1
            codes += committed_codes(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert Path(f"{db_path}-wal").stat().st_size > 0
    return codes


# ------------------------------------------------------------------ backup --out
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock", ".audit-anchor"])
def test_backup_over_the_database_or_its_side_files_is_refused(db, db_path, users, suffix, cli_env, capsys):
    from dropin.security.roles import Role

    ctx_user = users[Role.MANAGER]
    with db.session() as s:
        s.add(Client(code="KEEP1"))
    db.close()
    holder = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)  # an open app keeps -wal and -shm there
    try:
        with holder.session() as s:
            s.add(Client(code="KEEP2"))
        target = Path(f"{db_path}{suffix}")
        target.touch(exist_ok=True)
        before = {p: p.read_bytes() for p in (db_path, Path(f"{db_path}-wal")) if p.exists()}
        with pytest.raises(Exception) as info:
            holder.backup(target, force=True)
        assert "cannot be written over the database" in str(info.value)
        assert {p: p.read_bytes() for p in before} == before
        # the same through another spelling of the path
        with pytest.raises(DropinError, match="cannot be written over the database"):
            holder.backup(db_path.parent / "." / ".." / db_path.parent.name / target.name, force=True)
    finally:
        holder.close()
    assert main(["backup", "--db", str(db_path), "--out", str(target), "--force"]) == 2
    assert "cannot be written over the database" in one_error_line(capsys)
    assert {"KEEP1", "KEEP2"} <= codes_in(db_path)
    assert ctx_user


def test_existing_backup_is_kept_without_force(db, db_path, users, tmp_path, cli_env, capsys):
    db.close()
    out = tmp_path / "usb" / "b.dropin"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    capsys.readouterr()
    first = out.read_bytes()
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 2
    assert "already exists" in one_error_line(capsys)
    assert out.read_bytes() == first
    assert main(["backup", "--db", str(db_path), "--out", str(out), "--force"]) == 0
    Database.check_file(out, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    # no temporary file left: only the backup and its own audit anchor
    assert not [p for p in out.parent.iterdir() if p.name not in ("b.dropin", "b.dropin.audit-anchor")]


def unwritable_place(tmp_path: Path) -> Path | None:
    """A folder this process cannot write to (permission bits, or a read-only mount when running as root)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if not os.access(folder, os.W_OK):
        return folder
    for candidate in (Path("/sys"), Path("/proc/sys")):
        if candidate.is_dir() and not os.access(candidate, os.W_OK):
            return candidate
    return None


def unusable_paths(tmp_path: Path) -> list[tuple[str, Path]]:
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    folder = tmp_path / "a-folder"
    folder.mkdir(exist_ok=True)
    paths = [("folder", folder), ("under a file", a_file / "out.x")]
    place = unwritable_place(tmp_path)
    if place is not None:
        paths.append(("no permission", place / "out.x"))
    return paths


@pytest.mark.parametrize("command", ["backup", "restore", "report", "export"])
def test_unusable_output_paths_are_one_line_and_exit_2(db, db_path, users, tmp_path, command, cli_env, capsys):
    db.close()
    backup = tmp_path / "b.dropin"
    Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER).backup(backup)
    for kind, path in unusable_paths(tmp_path):
        if command == "export" and kind == "folder":
            path = tmp_path / "a-file.txt"  # for export a file is what cannot be used as the folder
        argv = {
            "backup": ["backup", "--db", str(db_path), "--out", str(path)],
            "restore": ["restore", "--from", str(backup), "--db", str(path)],
            "report": ["report", "--db", str(db_path), "--out", str(path)],
            "export": [
                "export",
                "--db",
                str(db_path),
                "--from",
                "2026-11-02",
                "--to",
                "2026-11-08",
                "--out",
                str(path),
            ],
        }[command]
        assert main(argv) == 2, (command, kind)
        one_error_line(capsys)


# ------------------------------------------------------------------ restore
def test_restore_while_the_app_has_the_database_is_refused(db, db_path, users, tmp_path, cli_env, capsys):
    backup = db.backup(tmp_path / "b.dropin")
    db.close()
    app = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        with app.session() as s:
            s.add(Client(code="AFTER-BACKUP"))
        assert main(["restore", "--from", str(backup), "--db", str(db_path)]) == 2
        assert "This database is open in dropin" in one_error_line(capsys)
        with app.session() as s:  # the app goes on saving into the same file
            s.add(Client(code="STILL-SAVED"))
    finally:
        app.close()
    assert {"AFTER-BACKUP", "STILL-SAVED"} <= codes_in(db_path)
    assert not list(tmp_path.glob("*.replaced-*"))


def test_restore_under_another_passphrase_keeps_every_commit_of_the_replaced_file(db, db_path, users, tmp_path):
    backup = db.backup(tmp_path / "b.dropin", passphrase=OTHER)
    recent = killed_writer_commits(db, db_path, users)
    with pytest.raises(CurrentPassphraseNeeded):
        Database.restore(backup, db_path, OTHER, kdf_iter=TEST_KDF_ITER)
    assert Path(f"{db_path}-wal").stat().st_size > 0  # refused: nothing touched, the log is still there
    with pytest.raises(WrongPassphrase):
        Database.restore(backup, db_path, OTHER, kdf_iter=TEST_KDF_ITER, current_passphrase="wrong")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    kept = Database.restore(backup, db_path, OTHER, kdf_iter=TEST_KDF_ITER, current_passphrase=PASSPHRASE)
    assert set(recent) <= codes_in(kept, PASSPHRASE)  # every commit of the replaced database
    assert not set(recent) & codes_in(db_path, OTHER)
    restored = Database.open(db_path, OTHER, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        report = restored.verify_audit()
        assert report.ok and report.anchored
    finally:
        restored.close()
    kept_db = Database.open(kept, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert kept_db.verify_audit().ok
    finally:
        kept_db.close()


def test_cli_restore_asks_for_the_replaced_database_passphrase(
    db, db_path, users, tmp_path, cli_env, monkeypatch, capsys
):
    backup = db.backup(tmp_path / "b.dropin", passphrase=OTHER)
    recent = killed_writer_commits(db, db_path, users, n=5)
    monkeypatch.setenv("DROPIN_PASSPHRASE", OTHER)
    assert main(["restore", "--from", str(backup), "--db", str(db_path)]) == 2
    assert "DROPIN_CURRENT_PASSPHRASE" in one_error_line(capsys)
    monkeypatch.setenv("DROPIN_CURRENT_PASSPHRASE", PASSPHRASE)
    assert main(["restore", "--from", str(backup), "--db", str(db_path)]) == 0
    kept = next(tmp_path.glob("centre.replaced-*.db"))
    assert set(recent) <= codes_in(kept)


def test_restore_under_the_same_passphrase_keeps_the_log_of_the_replaced_file(db, db_path, users, tmp_path):
    backup = db.backup(tmp_path / "b.dropin")
    recent = killed_writer_commits(db, db_path, users, n=10)
    kept = Database.restore(backup, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    assert set(recent) <= codes_in(kept)
    check_database(db_path, set())
    assert anchor_path(db_path).exists()


# ------------------------------------------------------------------ killed between the steps
class Killed(BaseException):
    """Stands for the process dying at that very point (no error handling of ours runs for it)."""


def die(*args, **kwargs):
    raise Killed


def audited_database(db, ctx_for, tmp_path) -> Path:
    """Some audited reads, a backup, then more reads: the current log reaches further than the backup's."""
    from dropin.security.roles import Role

    ctx = ctx_for(Role.MANAGER)
    with ctx.transaction() as s:
        ctx.audit_read(s, "hts_tests", 1)
    backup = db.backup(tmp_path / "b.dropin")
    with ctx.transaction() as s:
        ctx.audit_read(s, "hts_tests", 2)
    return backup


def audit_sound(db_path: Path, passphrase: str = PASSPHRASE) -> None:
    from dropin.models.files import pending_base

    opened = Database.open(db_path, passphrase, kdf_iter=TEST_KDF_ITER, exclusive=True)  # as the app opens it
    try:
        report = opened.verify_audit()
        assert report.ok and report.anchored, report
    finally:
        opened.close()
    assert not anchor_path(pending_base(db_path)).exists()
    assert not list(db_path.parent.glob(f".{db_path.name}.*.tmp"))


@pytest.mark.parametrize("step", ["before the swap", "after the swap"])
def test_restore_killed_between_steps_leaves_old_or_new_with_a_matching_anchor(
    db, db_path, users, ctx_for, tmp_path, monkeypatch, step
):
    backup = audited_database(db, ctx_for, tmp_path)
    db.close()
    target = "remove_with_sides_of_db" if step == "before the swap" else "install_pending_anchor"
    monkeypatch.setattr(f"dropin.models.files.{target}", die)
    with pytest.raises(Killed):
        Database.restore(backup, db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    monkeypatch.undo()
    audit_sound(db_path)


def test_rekey_killed_right_after_the_change_keeps_a_valid_anchor(db, db_path, users, ctx_for, tmp_path, monkeypatch):
    """The anchor is sealed with a key inside the database, not with the passphrase: a change never moves it."""
    from dropin.security.audit import anchor_path

    audited_database(db, ctx_for, tmp_path)
    before = anchor_path(db_path).read_bytes()
    monkeypatch.setattr(Database, "_check_key", die)  # dies just after PRAGMA rekey
    with pytest.raises(Killed):
        db.rekey(OTHER)
    monkeypatch.undo()
    db.engine.dispose()
    with pytest.raises(WrongPassphrase):
        Database.verify_key(db_path, PASSPHRASE, TEST_KDF_ITER)  # the change itself was made
    assert anchor_path(db_path).read_bytes() == before
    audit_sound(db_path, OTHER)
