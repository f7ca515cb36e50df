"""One process per database, and file dialogs that never drop SQLite's locks.

SQLite's POSIX locks vanish when any descriptor of the file is closed in the
process; Qt's file dialogs used to open the database's files to guess their
types. These tests watch the process's locks in ``/proc/locks`` around a real
dialog, refuse a second process through ``dropin.db.lock``, and kill the app
side with SIGKILL while a dialog is open and another process knocks.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dropin.cli import main
from dropin.models.database import Database
from dropin.models.lock import DatabaseInUse, DatabaseLock, lock_path
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.test_reliability_crash import (
    ROOT,
    check_database,
    child_env,
    collect_after_kill,
    committed_codes,
    start_writer,
)

HAS_PROC_LOCKS = Path("/proc/locks").exists()
IN_USE = "This database is open in dropin on this computer (since "


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("DROPIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DROPIN_KDF_ITER", str(TEST_KDF_ITER))
    monkeypatch.setenv("DROPIN_USER", "manager")  # commands act as a logged-in staff member
    monkeypatch.setenv("DROPIN_USER_PASSWORD", PASSWORD)
    monkeypatch.setenv("DROPIN_NEW_PASSPHRASE", "another passphrase")


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# ------------------------------------------------------------------ the process lock
def test_every_command_is_refused_while_the_app_holds_the_database(db, db_path, users, tmp_path, cli_env, capsys):
    db.close()
    backup = tmp_path / "b.dropin"
    app = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        app.backup(backup)
        for argv in (
            ["backup", "--out", str(tmp_path / "x.dropin")],
            ["restore", "--from", str(backup)],
            ["rekey"],
            ["audit", "verify"],
            ["check"],
            ["report", "--out", str(tmp_path / "r.pdf")],
            ["export", "--from", "2026-11-02", "--to", "2026-11-22", "--out", str(tmp_path / "csv")],
        ):
            assert main([*argv, "--db", str(db_path)]) == 2, argv
            line = one_error_line(capsys)
            assert IN_USE in line and "Close it first, or use Admin → Back up now." in line, line
        assert not (tmp_path / "x.dropin").exists() and not (tmp_path / "r.pdf").exists()
        with app.session() as s:  # the app goes on working
            from sqlalchemy import text

            assert s.execute(text("SELECT count(*) FROM users")).scalar() == len(users)
    finally:
        app.close()
    assert main(["audit", "verify", "--db", str(db_path)]) == 0  # free again once the app closed it


def test_second_app_process_gets_the_message_in_its_language(db, db_path, users):
    db.close()
    app = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            DROPIN_PASSPHRASE=PASSPHRASE,
            DROPIN_KDF_ITER=str(TEST_KDF_ITER),
            DROPIN_LANG="ru",
        )
        done = subprocess.run(
            [sys.executable, "-m", "dropin", "backup", "--db", str(db_path), "--out", str(db_path.parent / "x.dropin")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        app.close()
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Эта база данных открыта в dropin на этом компьютере" in done.stderr, done.stderr


def test_lock_survives_unrelated_close_and_ends_with_the_process(db, db_path, users):
    db.close()
    holder = start_writer(child_env(db_path, users_id(users), DROPIN_CRASH_EXCLUSIVE=1, DROPIN_CRASH_PAUSE=0.05))
    try:
        assert holder.stdout.readline() == "ready\n"
        for name in (lock_path(db_path), db_path):  # what a careless library would do in this process
            fd = os.open(name, os.O_RDONLY)
            os.close(fd)
        with pytest.raises(DatabaseInUse) as info:
            DatabaseLock(db_path).acquire()
        assert IN_USE in info.value.message
        record = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        assert set(record) == {"pid", "since"} and record["pid"] == holder.pid
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.communicate(timeout=30)
    with DatabaseLock(db_path):  # the OS dropped the killed holder's lock: nothing stale
        pass


def users_id(users) -> int:
    from dropin.security.roles import Role

    return users[Role.MANAGER].id


def test_unlock_screen_of_a_second_window_shows_the_message(qtbot, db, db_path, users, clock):
    from dropin.ui.shell.controller import ShellController
    from dropin.ui.workers import running_tasks

    db.close()
    app = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    controller = ShellController(db_path, TEST_KDF_ITER, clock)
    qtbot.addWidget(controller.window)
    controller.start()
    try:
        screen = controller.unlock_screen
        screen.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=15_000)
        assert IN_USE in screen.error.text()
        assert controller.screen == "unlock"
    finally:
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=15_000)
        controller.shutdown()
        app.close()


# ------------------------------------------------------------------ file dialogs
def own_locks() -> list[tuple[str, str, str, str]]:
    """This process's POSIX (fcntl) locks: SQLite's."""
    pid = str(os.getpid())
    locks = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if fields[1] == "POSIX" and fields[4] == pid:
            locks.append((fields[3], fields[5], fields[6], fields[7]))
    return sorted(locks)


def show_and_draw(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QFileSystemModel

    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(
        lambda: model is not None and model.rowCount(model.index(dialog.directory().absolutePath())) > 0, timeout=10_000
    )
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:  # icons and types are fetched in the background for what is drawn
        qtbot.wait(50)
        dialog.grab()


@pytest.mark.skipif(not HAS_PROC_LOCKS, reason="reads /proc/locks")
@pytest.mark.parametrize("mode", ["save", "open", "folder"])
def test_file_dialog_on_the_database_folder_keeps_sqlite_locks(qtbot, db, db_path, users, mode):
    from dropin.ui.filedialogs import file_dialog

    (db_path.parent / "backups").mkdir()  # something for a folder dialog to list
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM users").all()
        before = own_locks()
        assert before, "SQLite should hold locks on the write-ahead index while connected"
        dialog = file_dialog(None, "Save backup as", db_path.parent, "dropin database (*.db)", mode=mode)
        qtbot.addWidget(dialog)
        show_and_draw(qtbot, dialog)
        assert own_locks() == before
        dialog.reject()


def test_dialogs_never_start_in_the_data_folder(tmp_path, monkeypatch):
    from dropin import paths
    from dropin.ui.filedialogs import start_folder

    data = tmp_path / "data"
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(data))
    monkeypatch.setattr(paths.platformdirs, "user_documents_dir", lambda *a, **k: str(documents))
    assert start_folder(paths.data_dir()) == documents
    assert start_folder(paths.default_db_path()) == documents
    assert start_folder(tmp_path) == tmp_path
    assert start_folder(None) == documents


def test_backup_dialog_starts_outside_the_data_folder(qtbot, ctx_for, tmp_path, monkeypatch):
    from dropin import paths
    from dropin.security.roles import Role
    from dropin.ui.admin.page import DatabaseTab

    asked = []
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(paths.platformdirs, "user_documents_dir", lambda *a, **k: str(documents))
    monkeypatch.setattr(
        "dropin.ui.filedialogs._ask", lambda dialog: asked.append(dialog.directory().absolutePath()) or ""
    )
    tab = DatabaseTab(ctx_for(Role.MANAGER))
    qtbot.addWidget(tab)
    tab.choose_backup()
    assert asked == [str(documents)]


# ------------------------------------------------------------------ the whole story, killed
def test_app_with_open_dialog_killed_while_another_process_knocks_keeps_every_commit(db, db_path, users, tmp_path):
    """App side: a writer holding the lock with the file dialog open on its folder. Other side: a dropin
    command (refused) and a plain SQLite reader (allowed by SQLite, must not take the log away). Then SIGKILL."""
    db.close()
    app = start_writer(
        child_env(
            db_path,
            users_id(users),
            DROPIN_CRASH_PREFIX="G",
            DROPIN_CRASH_EXCLUSIVE=1,
            DROPIN_CRASH_DIALOG=1,
            DROPIN_CRASH_PAUSE=0.02,
            QT_QPA_PLATFORM="offscreen",
        )
    )
    reported: list[str] = []
    try:
        assert app.stdout.readline() == "ready\n", app.stderr.read()
        assert app.stdout.readline() == "dialog\n", app.stderr.read()
        while len(reported) < 5:
            reported += committed_codes(app.stdout.readline())
        env = dict(os.environ, PYTHONPATH=str(ROOT), DROPIN_PASSPHRASE=PASSPHRASE, DROPIN_KDF_ITER=str(TEST_KDF_ITER))
        knock = subprocess.run(
            [sys.executable, "-m", "dropin", "backup", "--db", str(db_path), "--out", str(tmp_path / "knock.dropin")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert knock.returncode == 2 and IN_USE in knock.stderr, knock.stderr
        reader = (
            "import sqlcipher3, sys\n"
            "c = sqlcipher3.connect(sys.argv[1])\n"
            f"c.execute('PRAGMA key = ' + {repr(chr(34) + PASSPHRASE.replace(chr(34), chr(34) * 2) + chr(34))})\n"
            f"c.execute('PRAGMA kdf_iter = {TEST_KDF_ITER}')\n"
            "print(c.execute('SELECT count(*) FROM clients').fetchone()[0])\n"
            "c.close()\n"
        )
        read = subprocess.run([sys.executable, "-c", reader, str(db_path)], capture_output=True, text=True, timeout=60)
        assert read.returncode == 0, read.stderr
        assert Path(f"{db_path}-wal").exists(), "the reader removed the app's write-ahead log"
        for _ in range(5):
            reported += committed_codes(app.stdout.readline())
    finally:
        os.kill(app.pid, signal.SIGKILL)
        rest, errors = collect_after_kill(app)
    reported += committed_codes(rest)
    assert app.returncode == -signal.SIGKILL, errors
    assert check_database(db_path, set(reported)) >= len(reported)
