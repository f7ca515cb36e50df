"""The start-up flow driven like a user: wizard, unlock, login, main window, locking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from dropin.models.database import Database
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from dropin.ui.shell.controller import ShellController
from dropin.ui.shell.main_window import MainWindow, PlaceholderPage
from dropin.ui.workers import running_tasks
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

WAIT = 15_000


@pytest.fixture
def controller_for(qtbot, clock):
    made = []

    def make(path, idle_ms=None, idle_clock=None):
        controller = ShellController(path, TEST_KDF_ITER, clock, idle_ms=idle_ms, idle_clock=idle_clock)
        qtbot.addWidget(controller.window)
        controller.start()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)
        controller.shutdown()


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Type like a user; characters QTest cannot synthesise (Cyrillic) are inserted as an input method would."""
    edit.clear()
    edit.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def settle(qtbot) -> None:
    """Wait for the password check (run off the GUI thread) to report."""
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)


def unlock_and_login(qtbot, controller, username, password=PASSWORD, own=True):
    """Up to the main window; ``own=False`` when the test logs out (the controller then deletes the window)."""
    type_into(qtbot, controller.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.screen == "login", timeout=WAIT)
    login = controller.login_screen
    type_into(qtbot, login.username, username)
    type_into(qtbot, login.password, password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert controller.screen == "main", login.error.text()
    if own:
        qtbot.addWidget(controller.main_window)
    return controller.main_window


# ---------------------------------------------------------------- wizard
def test_wizard_creates_database_and_first_manager(qtbot, tmp_path, controller_for):
    path = tmp_path / "new" / "centre.db"
    controller = controller_for(path)
    assert controller.screen == "wizard"
    wizard = controller.wizard
    assert wizard.path_edit.text() == str(path)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 1

    # too short, then not matching: inline errors, the bad field selected
    type_into(qtbot, wizard.passphrase, "short")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 1
    assert wizard.error.isVisible() and "at least 8 characters" in wizard.error.text()
    assert wizard.passphrase.selectedText() == "short"
    type_into(qtbot, wizard.passphrase, PASSPHRASE)
    assert wizard.meter.strength.level == 3
    type_into(qtbot, wizard.passphrase_repeat, PASSPHRASE + "x")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 1 and "do not match" in wizard.error.text()
    type_into(qtbot, wizard.passphrase_repeat, PASSPHRASE)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 2 and not wizard.error.isVisible()

    type_into(qtbot, wizard.username, "boss")
    type_into(qtbot, wizard.display_name, "Менеджер")
    type_into(qtbot, wizard.password, PASSWORD)
    type_into(qtbot, wizard.password_repeat, PASSWORD)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.busy.isVisible()  # the key derivation runs off the GUI thread
    qtbot.waitUntil(lambda: controller.screen == "main" or wizard.error.isVisible(), timeout=WAIT)
    assert controller.screen == "main", wizard.error.text()
    qtbot.addWidget(controller.main_window)
    window = controller.main_window
    assert window.ctx.user.username == "boss" and window.ctx.user.role is Role.MANAGER
    assert "Менеджер" in window.user_label.text()
    assert wizard.passphrase.text() == "" and wizard.password.text() == ""

    # the file really is a dropin database with that passphrase and account
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER)
    try:
        assert AuthService(db).login("boss", PASSWORD).role is Role.MANAGER
    finally:
        db.close()


def test_wizard_refuses_existing_file_and_bad_account(qtbot, tmp_path, controller_for):
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"x")
    controller = controller_for(tmp_path / "fresh.db")
    wizard = controller.wizard
    type_into(qtbot, wizard.path_edit, str(existing))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 0 and "already exists" in wizard.error.text()
    type_into(qtbot, wizard.path_edit, str(tmp_path / "fresh.db"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, wizard.passphrase, PASSPHRASE)
    type_into(qtbot, wizard.passphrase_repeat, PASSPHRASE)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, wizard.username, "two words")
    type_into(qtbot, wizard.password, PASSWORD)
    type_into(qtbot, wizard.password_repeat, PASSWORD)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert "no spaces" in wizard.error.text()
    assert wizard.username.selectedText() == "two words"
    assert not (tmp_path / "fresh.db").exists()
    assert existing.read_bytes() == b"x"


# ---------------------------------------------------------------- unlock and login
def test_unlock_wrong_passphrase_inline_error_and_reselects(qtbot, db, db_path, users, controller_for):
    controller = controller_for(db_path)
    assert controller.screen == "unlock"
    screen = controller.unlock_screen
    type_into(qtbot, screen.passphrase, "not the passphrase")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=WAIT)
    assert screen.error.text() == "Wrong passphrase or not a dropin database."
    assert screen.passphrase.selectedText() == "not the passphrase"
    assert screen.passphrase.hasFocus() or QApplication.focusWidget() in (None, screen.passphrase)
    assert controller.screen == "unlock"

    type_into(qtbot, screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.screen == "login", timeout=WAIT)
    assert screen.passphrase.text() == ""  # wiped after use


def test_unlock_screen_offers_a_new_database(qtbot, db, db_path, users, controller_for):
    controller = controller_for(db_path)
    qtbot.mouseClick(controller.unlock_screen.new_button, Qt.MouseButton.LeftButton)
    assert controller.screen == "wizard"
    assert controller.wizard.path_edit.text() == str(db_path.parent / "dropin.db")
    qtbot.mouseClick(controller.wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert controller.screen == "unlock"
    controller.unlock_screen.set_path(db_path.parent / "other.db")
    assert controller.unlock_screen.file_label.text() == f"File: {db_path.parent / 'other.db'}"


def test_unlock_plain_file_is_refused(qtbot, tmp_path, controller_for):
    path = tmp_path / "notes.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    controller = controller_for(path)
    screen = controller.unlock_screen
    type_into(qtbot, screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=WAIT)
    assert screen.error.text() == "Wrong passphrase or not a dropin database."


def test_login_errors_lockout_and_success(qtbot, db, db_path, users, controller_for, clock):
    controller = controller_for(db_path)
    type_into(qtbot, controller.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.screen == "login", timeout=WAIT)
    login = controller.login_screen

    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    assert login.error.text() == "Please enter your user name."
    type_into(qtbot, login.username, "front_desk")
    for _attempt in range(4):
        type_into(qtbot, login.password, "wrong-password")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        settle(qtbot)
        assert login.error.text().startswith("Wrong user name or password.")
        assert login.password.selectedText() == "wrong-password"
    type_into(qtbot, login.password, "wrong-password")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert login.error.text().startswith("Wrong user name or password.")  # locked: the same answer
    type_into(qtbot, login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert login.error.text().startswith("Wrong user name or password.") and controller.screen == "login"
    clock.advance(seconds=31)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert controller.screen == "main"
    qtbot.addWidget(controller.main_window)
    assert controller.main_window.ctx.user.role is Role.FRONT_DESK


# ---------------------------------------------------------------- main window
EXPECTED_PAGES = {
    Role.FRONT_DESK: ["frontdesk", "shelter"],
    Role.PEER_COUNSELLOR: ["frontdesk", "testing", "shelter"],
    Role.SOCIAL_WORKER: ["frontdesk", "shelter", "children"],
    Role.FACILITATOR: ["children"],
    Role.OUTREACH_WORKER: ["outreach"],
    Role.MANAGER: ["frontdesk", "testing", "shelter", "children", "outreach", "incidents", "reports", "admin"],
    Role.LEGAL_ADVISOR: ["incidents"],
}


@pytest.mark.parametrize("role", list(Role))
def test_main_window_shows_only_pages_the_role_may_use(qtbot, ctx_for, role):
    window = MainWindow(ctx_for(role), idle_ms=60_000)
    qtbot.addWidget(window)
    assert window.page_keys() == EXPECTED_PAGES[role]
    assert role.label in window.role_label.text()
    if role is Role.FRONT_DESK:
        assert not {"Testing", "Reports", "Admin"} & set(window.page_titles())
    if role is Role.FACILITATOR:
        assert window.page_titles() == ["Children"]
    if role is Role.OUTREACH_WORKER:
        assert window.page_titles() == ["Outreach"]


def test_missing_area_shows_placeholder_and_admin_loads(qtbot, ctx_for, monkeypatch):
    from dropin.security.permissions import Permission
    from dropin.ui import pages
    from dropin.ui.pages import PageSpec

    fake = PageSpec("nowhere", "Nowhere", "dropin.ui.nowhere.page", "NowherePage", (Permission.USERS_MANAGE,))
    monkeypatch.setattr("dropin.ui.shell.main_window.PAGES", pages.PAGES + (fake,))
    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000)
    qtbot.addWidget(window)
    page = window.show_page("nowhere")
    assert isinstance(page, PlaceholderPage)
    assert page.message.text() == "This area is not available yet."
    from dropin.ui.admin.page import AdminPage

    assert isinstance(window.show_page("admin"), AdminPage)


def test_ctrl_l_locks_at_once_and_password_unlocks(qtbot, ctx_for, users):
    window = MainWindow(ctx_for(Role.SOCIAL_WORKER), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    cleared = []
    page = window.current_page()
    page.clear_sensitive = lambda: cleared.append(True)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.root.currentWidget() is window.lock_screen
    assert not window.workspace.isVisible() and not window.navigation.isVisible()
    assert not window.user_label.isVisible() and not window.role_label.isVisible()
    assert cleared == [True]

    lock = window.lock_screen
    type_into(qtbot, lock.password, "wrong-password")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.locked and lock.error.text().startswith("Wrong password.")  # no user name on this screen
    assert lock.password.selectedText() == "wrong-password"
    type_into(qtbot, lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert not window.locked and window.workspace.isVisible() and window.user_label.isVisible()
    assert lock.password.text() == ""


class HandClock:
    """The idle lock's time source in tests: seconds that pass only when a test says so."""

    def __init__(self):
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


def wake(window) -> None:
    """What the idle timer does when it fires (the test does not wait for it)."""
    window.idle.timer.timeout.emit()


def test_idle_lock_after_the_timeout(qtbot, db, db_path, users, controller_for):
    steady = HandClock()
    controller = controller_for(db_path, idle_ms=5 * 60_000, idle_clock=steady)
    window = unlock_and_login(qtbot, controller, "social_worker")
    window.show()
    steady.advance(5 * 60 - 1)
    wake(window)
    assert not window.locked and window.idle.is_running() and window.idle.remaining_ms() == 1000
    steady.advance(1)
    wake(window)
    assert window.locked
    assert window.root.currentWidget() is window.lock_screen
    assert not window.workspace.isVisible()
    # the idle timer is stopped while locked; the user's own password is needed
    assert not window.idle.is_running()
    type_into(qtbot, window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert not window.locked and window.idle.is_running()
    assert window.idle.remaining_ms() == 5 * 60_000  # the time counts again from the unlock


def test_activity_postpones_idle_lock(qtbot, ctx_for):
    steady = HandClock()
    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000, idle_clock=steady)
    qtbot.addWidget(window)
    window.show()
    for _ in range(6):  # six minutes, never a minute without a key press
        steady.advance(50)
        wake(window)
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    steady.advance(59)
    wake(window)
    assert not window.locked and window.idle.remaining_ms() == 1000
    steady.advance(1)
    wake(window)
    assert window.locked


def test_a_shorter_idle_time_takes_effect_at_once(qtbot, ctx_for):
    steady = HandClock()
    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=10 * 60_000, idle_clock=steady)
    qtbot.addWidget(window)
    window.show()
    steady.advance(4 * 60)
    window.idle.set_timeout_ms(5 * 60_000)
    assert not window.locked and window.idle.remaining_ms() == 60_000
    window.idle.set_timeout_ms(3 * 60_000)  # already idle longer than the new time
    assert window.locked


def test_the_idle_timer_wakes_no_later_than_the_time_left(qtbot, ctx_for):
    steady = HandClock()
    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000, idle_clock=steady)
    qtbot.addWidget(window)
    window.show()
    assert window.idle.timer.isSingleShot() and window.idle.timer.interval() == 60_000
    steady.advance(45)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)  # activity only notes the time
    wake(window)
    assert window.idle.timer.interval() == 60_000 and window.idle.timer.isActive()
    steady.advance(59.95)
    wake(window)  # 50 ms left: the next look is in 100 ms, never a busy loop
    assert not window.locked and window.idle.timer.interval() == window.idle.MIN_WAKE_MS
    steady.advance(0.1)
    wake(window)
    assert window.locked


def test_lock_closes_open_dialogs(qtbot, ctx_for):
    from dropin.ui.shell.main_window import ChangePasswordDialog

    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    dialog = ChangePasswordDialog(window.ctx, window)
    dialog.open()
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_ctrl_l_inside_a_dialog_locks_and_closes_it(qtbot, ctx_for):
    from dropin.ui.shell.main_window import ChangePasswordDialog

    window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    dialog = ChangePasswordDialog(window.ctx, window)
    dialog.open()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_into(qtbot, dialog.old, "typed")
    qtbot.keyClick(dialog.old, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not dialog.isVisible()
    assert dialog.old.text() == "typed"  # the key was taken by the lock, not typed


def test_switch_user_from_lock_returns_to_login(qtbot, db, db_path, users, controller_for):
    controller = controller_for(db_path)
    window = unlock_and_login(qtbot, controller, "manager", own=False)
    window.lock()
    qtbot.mouseClick(window.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    assert controller.screen == "login" and controller.main_window is None
    assert controller.login_screen.username.text() == ""
    login = controller.login_screen
    type_into(qtbot, login.username, "facilitator")
    type_into(qtbot, login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    settle(qtbot)
    assert controller.screen == "main"
    qtbot.addWidget(controller.main_window)
    assert controller.main_window.page_keys() == ["children"]


def test_change_own_password(qtbot, ctx_for, db, clock):
    from dropin.ui.shell.main_window import ChangePasswordDialog

    ctx = ctx_for(Role.FRONT_DESK)
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.old, "not-my-password")
    type_into(qtbot, dialog.new, "new-password-1")
    type_into(qtbot, dialog.repeat, "new-password-1")
    dialog.save()
    assert dialog.error.text().startswith("The current password is wrong")
    type_into(qtbot, dialog.old, PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert AuthService(db, clock).login("front_desk", "new-password-1").username == "front_desk"
