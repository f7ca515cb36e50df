"""Login and the lock screen check the password off the GUI thread: the window keeps running while argon2
works (or the database waits for another window's write), the form is disabled with a busy indicator, and
the result, or an inline error with the password re-selected, arrives afterwards."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from dropin.security import auth as auth_module
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from dropin.ui.shell.lock import LockScreen
from dropin.ui.shell.login import LoginScreen
from dropin.ui.workers import running_tasks
from tests.conftest import PASSWORD

WAIT = 15_000


@pytest.fixture
def slow_check(monkeypatch):
    """The password check blocks on the worker until the test lets it go (no real waiting)."""
    gate, entered = threading.Event(), threading.Event()
    real = auth_module.verify_password

    def verify(stored, password):
        entered.set()
        assert gate.wait(30), "the test never released the password check"
        return real(stored, password)

    monkeypatch.setattr(auth_module, "verify_password", verify)
    yield gate, entered
    gate.set()


@pytest.fixture
def ticks(qtbot):
    """A timer on the GUI thread: it only ticks while the event loop runs."""
    count = [0]
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    yield count
    timer.stop()


def type_into(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def _stays_responsive(qtbot, ticks, entered):
    """While the check is running on the worker, the GUI thread goes on ticking."""
    qtbot.waitUntil(entered.is_set, timeout=WAIT)
    start = ticks[0]
    qtbot.waitUntil(lambda: ticks[0] >= start + 5, timeout=WAIT)
    assert running_tasks() == 1


def test_login_keeps_the_window_running_and_then_logs_in(qtbot, db, users, clock, slow_check, ticks):
    gate, entered = slow_check
    screen = LoginScreen(db, clock)
    qtbot.addWidget(screen)
    screen.show()
    logged_in = []
    screen.logged_in.connect(logged_in.append)
    type_into(qtbot, screen.username, "front_desk")
    type_into(qtbot, screen.password, PASSWORD)
    qtbot.mouseClick(screen.login_button, Qt.MouseButton.LeftButton)

    _stays_responsive(qtbot, ticks, entered)
    assert not screen.login_button.isEnabled() and not screen.username.isEnabled()
    assert not screen.password.isEnabled()
    assert screen.busy.isVisible() and screen.busy.label.text() == "Checking the password…"
    assert logged_in == []
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)  # a second press while checking starts nothing
    assert running_tasks() == 1

    gate.set()
    qtbot.waitUntil(lambda: logged_in != [], timeout=WAIT)
    assert logged_in[0].role is Role.FRONT_DESK and logged_in[0].username == "front_desk"
    assert screen.login_button.isEnabled() and not screen.busy.isVisible()
    assert screen.password.text() == ""


def test_login_error_comes_back_inline_with_the_password_selected(qtbot, db, users, clock, slow_check, ticks):
    gate, entered = slow_check
    screen = LoginScreen(db, clock)
    qtbot.addWidget(screen)
    screen.show()
    type_into(qtbot, screen.username, "front_desk")
    type_into(qtbot, screen.password, "wrong-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    _stays_responsive(qtbot, ticks, entered)
    gate.set()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)
    assert screen.error.text().startswith("Wrong user name or password.")
    assert screen.password.isEnabled() and screen.password.hasFocus()
    assert screen.password.selectedText() == "wrong-password"
    assert not screen.busy.isVisible()


def test_unexpected_failure_is_shown_inline_not_raised(qtbot, db, users, clock, monkeypatch):
    screen = LoginScreen(db, clock)
    qtbot.addWidget(screen)
    screen.show()
    monkeypatch.setattr(screen.auth, "login", lambda *_: 1 / 0)
    type_into(qtbot, screen.username, "front_desk")
    type_into(qtbot, screen.password, PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)
    assert screen.error.text() == "The login could not be checked. Please try again."
    assert screen.login_button.isEnabled()


def test_lock_screen_keeps_the_window_running_and_then_unlocks(qtbot, db, users, clock, slow_check, ticks):
    gate, entered = slow_check
    screen = LockScreen(AuthService(db, clock), users[Role.SOCIAL_WORKER])
    qtbot.addWidget(screen)
    screen.show()
    unlocked = []
    screen.unlocked.connect(unlocked.append)

    type_into(qtbot, screen.password, "wrong-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    _stays_responsive(qtbot, ticks, entered)
    assert not screen.unlock_button.isEnabled() and not screen.switch_button.isEnabled()
    assert not screen.password.isEnabled() and screen.busy.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)
    assert screen.error.text().startswith("Wrong password.") and unlocked == []  # no user name on this screen
    assert screen.password.hasFocus() and screen.password.selectedText() == "wrong-password"

    gate.clear()
    entered.clear()
    type_into(qtbot, screen.password, PASSWORD)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    _stays_responsive(qtbot, ticks, entered)
    assert unlocked == []
    gate.set()
    qtbot.waitUntil(lambda: unlocked != [], timeout=WAIT)
    assert unlocked[0].username == users[Role.SOCIAL_WORKER].username
    assert screen.password.text() == "" and screen.error.text() == "" and screen.unlock_button.isEnabled()


HOLDER = r"""
import sys
from dropin.models.cipher import raw_connect
conn = raw_connect(sys.argv[1], sys.argv[2], int(sys.argv[3]))
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


def test_login_waits_for_another_window_s_write_without_freezing(qtbot, db, db_path, users, clock, ticks):
    """Another dropin process holds the write lock: the login (which writes its audit entry) waits on the
    worker while the window keeps running, then succeeds once the other process lets go."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import PASSPHRASE, TEST_KDF_ITER

    root = Path(__file__).resolve().parent.parent
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), PASSPHRASE, str(TEST_KDF_ITER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(root)),
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        screen = LoginScreen(db, clock)
        qtbot.addWidget(screen)
        screen.show()
        logged_in = []
        screen.logged_in.connect(logged_in.append)
        type_into(qtbot, screen.username, "manager")
        type_into(qtbot, screen.password, PASSWORD)
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        start = ticks[0]
        qtbot.waitUntil(lambda: ticks[0] >= start + 40, timeout=WAIT)
        assert running_tasks() == 1 and logged_in == [] and not screen.login_button.isEnabled()
        holder.stdin.write("go\n")
        holder.stdin.flush()
        qtbot.waitUntil(lambda: logged_in != [], timeout=WAIT)
        assert logged_in[0].role is Role.MANAGER
    finally:
        holder.stdin.close() if not holder.stdin.closed else None
        holder.wait(timeout=30)


def test_closing_the_form_while_checking_reports_nothing(qtbot, db, users, clock, slow_check):
    gate, entered = slow_check
    screen = LoginScreen(db, clock)
    screen.show()
    logged_in = []
    screen.logged_in.connect(logged_in.append)
    type_into(qtbot, screen.username, "front_desk")
    type_into(qtbot, screen.password, PASSWORD)
    screen.login()
    qtbot.waitUntil(entered.is_set, timeout=WAIT)
    screen.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(screen), timeout=WAIT)
    gate.set()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)  # reported to no one, and no error
    assert logged_in == []
