"""The admin page: staff accounts, idle-lock policy, backup, passphrase change, audit check."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from dropin.models.database import Database
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role
from dropin.ui.admin import page as admin
from dropin.ui.admin.page import AddUserDialog, AdminPage, ChangePassphraseDialog, ResetPasswordDialog
from dropin.ui.workers import running_tasks
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER

WAIT = 15_000


@pytest.fixture
def page(qtbot, ctx_for):
    widget = AdminPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(widget)
    widget.refresh()
    yield widget
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            edit.insert(ch)


def test_tabs_and_user_list(page):
    assert page.tab_titles() == [
        "Users",
        "Security",
        "Database",
        "Services",
        "Audit",
        "Stores",
    ]  # extra tabs from other files
    rows = page.users_tab.model.rows()
    assert [u.username for u in rows] == [
        "facilitator",
        "front_desk",
        "legal_advisor",
        "manager",
        "outreach_worker",
        "peer_counsellor",
        "social_worker",
    ]
    model = page.users_tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    manager_row = [model.data(model.index(3, c)) for c in range(model.columnCount())]
    assert manager_row[:6] == ["manager", "Centre manager", "Manager", "English", "Yes", ""]
    assert headers == ["User name", "Display name", "Role", "Language", "Active", "Locked until", "Last login"]


def test_extra_admin_tabs_load_lazily(qtbot, ctx_for, monkeypatch):
    module = types.ModuleType("dropin_test_extra_tab")

    class Extra(QLabel):
        def __init__(self, ctx, parent=None):
            super().__init__("extra", parent)

    module.Extra = Extra
    monkeypatch.setitem(sys.modules, "dropin_test_extra_tab", module)
    monkeypatch.setattr(
        admin,
        "ADMIN_TABS",
        [("Services", "dropin.ui.nowhere.catalogue", "CatalogueEditor"), ("Extra", "dropin_test_extra_tab", "Extra")],
    )
    widget = AdminPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(widget)
    assert widget.tab_titles() == ["Users", "Security", "Database", "Extra"]


def test_add_user_dialog(qtbot, page, db, clock):
    dialog = AddUserDialog(page.users_tab.service, page)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.username, "front_desk")
    type_into(qtbot, dialog.password, "password-456")
    type_into(qtbot, dialog.repeat, "password-457")
    dialog.save()
    assert dialog.error.text() == "The two passwords do not match."
    type_into(qtbot, dialog.repeat, "password-456")
    dialog.save()
    assert dialog.error.text() == "That user name is already taken."
    assert dialog.username.selectedText() == "front_desk"
    type_into(qtbot, dialog.username, "aigul")
    type_into(qtbot, dialog.display_name, "Айгуль")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.PEER_COUNSELLOR.value))
    dialog.language.setCurrentIndex(dialog.language.findData("ky"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    info = dialog.result_info
    assert (info.username, info.display_name, info.role, info.language) == (
        "aigul",
        "Айгуль",
        Role.PEER_COUNSELLOR,
        "ky",
    )
    page.users_tab.refresh()
    assert "aigul" in {u.username for u in page.users_tab.model.rows()}
    assert AuthService(db, clock).login("aigul", "password-456").role is Role.PEER_COUNSELLOR


def test_deactivate_and_reset_password(qtbot, page, db, clock):
    tab = page.users_tab
    tab.select("front_desk")
    assert tab.active_button.text() == "Deac&tivate"
    tab.toggle_active()
    info = next(u for u in tab.model.rows() if u.username == "front_desk")
    assert not info.active and tab.active_button.text() == "Ac&tivate"
    tab.toggle_active()
    assert next(u for u in tab.model.rows() if u.username == "front_desk").active

    dialog = ResetPasswordDialog(tab.service, tab.selected(), tab)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.password, "reset-password")
    type_into(qtbot, dialog.repeat, "reset-password")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert AuthService(db, clock).login("front_desk", "reset-password").username == "front_desk"


def test_security_tab_saves_idle_minutes(qtbot, page, ctx_for):
    tab = page.security_tab
    assert tab.minutes.value() == 5
    tab.minutes.setValue(12)
    with qtbot.waitSignal(page.idle_lock_changed) as signal:
        tab.save()
    assert signal.args == [12]
    assert tab.saved.text() == "Saved: the screen locks after 12 minutes without use."
    assert UserService(ctx_for(Role.FRONT_DESK)).idle_lock_minutes() == 12


def test_main_window_takes_the_new_idle_time(qtbot, ctx_for):
    from dropin.ui.shell.main_window import MainWindow

    window = MainWindow(ctx_for(Role.MANAGER))
    qtbot.addWidget(window)
    assert window.idle.timeout_ms == 5 * 60_000
    admin_page = window.show_page("admin")
    admin_page.security_tab.minutes.setValue(7)
    admin_page.security_tab.save()
    assert window.idle.timeout_ms == 7 * 60_000


def test_backup_in_worker_thread(qtbot, page, tmp_path):
    tab = page.database_tab
    dest = tmp_path / "copies" / "backup.db"
    tab.backup_to(dest)
    assert tab.backup_busy.isVisibleTo(tab) and not tab.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=WAIT)
    assert tab.backup_result.text().startswith(f"Encrypted backup written to {dest}. Its audit seal is ")
    Database.check_file(dest, PASSPHRASE, kdf_iter=TEST_KDF_ITER)


def test_audit_verification_button(qtbot, page, db):
    tab = page.database_tab
    tab.verify()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=WAIT)
    assert tab.verify_result.text().startswith("Audit log intact: ")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET username = 'x' WHERE id = 2")
    tab.verify()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=WAIT)
    assert tab.verify_result.text() == "Audit log broken at entry 2: the entry was changed after it was written."


def test_change_database_passphrase(qtbot, page, db, db_path):
    dialog = ChangePassphraseDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.current, "not it")
    type_into(qtbot, dialog.new, "a new «passphrase» 'with' \"quotes\"")
    type_into(qtbot, dialog.repeat, "a new «passphrase» 'with' \"quotes\"")
    dialog.save()
    assert dialog.error.text() == "The current passphrase is wrong."
    assert dialog.current.selectedText() == "not it"
    type_into(qtbot, dialog.current, PASSPHRASE)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    reopened = Database.open(db_path, "a new «passphrase» 'with' \"quotes\"", kdf_iter=TEST_KDF_ITER)
    reopened.close()
    # the open database keeps working after the re-encryption
    assert AuthService(db).login("manager", PASSWORD).role is Role.MANAGER


def test_clear_sensitive_empties_results(qtbot, page):
    page.database_tab.verify_result.setText("something")
    page.clear_sensitive()
    assert page.database_tab.verify_result.text() == ""
