"""Admin on the centre's server: the backup asks a passphrase of its own (typed twice, the passphrase rules) and
writes the encrypted dump through the same file dialog and error routing as the file's; what only a file can
do (a passphrase change, re-anchoring the log) is not offered, and the page says who does it instead."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from dropin.clients.service import ClientInput, ClientService
from dropin.errors import DropinError
from dropin.security.roles import Role
from dropin.security.trail import AuditTrailService
from dropin.server import dump
from dropin.ui.admin import passphrases
from dropin.ui.admin.audit import AuditTab
from dropin.ui.admin.page import AdminPage
from dropin.ui.workers import running_tasks
from tests.conftest import save_screenshot

ON_SERVER = pytest.mark.parametrize("engine", ["postgres"], indirect=True)
WAIT = 30_000
GOOD = "a backup passphrase of «its own» 7"


@pytest.fixture
def page(qtbot, ctx_for):
    widget = AdminPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(widget)
    widget.refresh()
    yield widget
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def _answer(monkeypatch, passphrase: str, repeat: str | None = None) -> list[str]:
    """The backup passphrase dialog, answered as a person would type; the errors it showed on the way."""
    errors: list[str] = []

    def exec_(dialog) -> int:
        for first, second in (("short", "short"), (passphrase, (repeat or passphrase) + "x")):
            dialog.new.setText(first)
            dialog.repeat.setText(second)
            dialog.save()
            errors.append(dialog.error.text())
        dialog.repeat.setText(repeat or passphrase)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(passphrases.BackupPassphraseDialog, "exec", exec_)
    return errors


@ON_SERVER
def test_backup_on_the_server_asks_its_own_passphrase_and_writes_the_encrypted_dump(
    qtbot, page, ctx_for, tmp_path, monkeypatch, warnings
):
    ClientService(ctx_for(Role.FRONT_DESK)).register(ClientInput(code="SECRETCODE1990F"))
    tab = page.database_tab
    dest = tmp_path / "copies" / "centre.backup"
    dest.parent.mkdir()
    asked = []
    monkeypatch.setattr("dropin.ui.filedialogs._ask", lambda dialog: asked.append(dialog) or str(dest))
    errors = _answer(monkeypatch, GOOD)
    tab.choose_backup()
    assert len(asked) == 1 and "*.backup" in asked[0].nameFilters()[0]  # the app's own safe file dialog
    assert errors[0].startswith("The passphrase needs at least")
    assert errors[1] == "The two passphrases do not match."
    assert tab.backup_busy.isVisibleTo(tab) and not tab.backup_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=WAIT)
    assert warnings == []
    assert tab.backup_result.text().startswith(f"Encrypted backup written to {dest}. Its audit seal is ")
    data = dest.read_bytes()
    for plain in (b"SECRETCODE", b"PGDMP", b"audit_log"):
        assert plain not in data
    meta = dump.read_meta(dest, GOOD)
    assert meta["seal"] in tab.backup_result.text()
    assert tab.backup_button.isEnabled()
    tab.verify()  # the check of the log works there too
    qtbot.waitUntil(lambda: not tab.busy(), timeout=WAIT)
    assert tab.verify_result.text().startswith("Audit log intact: ")


@ON_SERVER
def test_a_cancelled_passphrase_writes_nothing(qtbot, page, tmp_path, monkeypatch):
    dest = tmp_path / "centre.backup"
    monkeypatch.setattr("dropin.ui.filedialogs._ask", lambda dialog: str(dest))
    monkeypatch.setattr(passphrases.BackupPassphraseDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    page.database_tab.choose_backup()
    assert not page.database_tab.busy() and not dest.exists()


@ON_SERVER
def test_a_failed_server_backup_shows_the_apps_message(qtbot, page, tmp_path, warnings):
    tab = page.database_tab
    tab.backup_to(tmp_path, GOOD)  # a folder, not a file name
    qtbot.waitUntil(lambda: not tab.busy(), timeout=WAIT)
    assert tab.backup_result.text() == "The backup failed."
    assert warnings == [f"{tmp_path} is a folder; give a file name for the backup."]
    assert tab.backup_button.isEnabled()


def test_the_backup_passphrase_dialog_holds_to_the_passphrase_rules(qtbot):
    dialog = passphrases.BackupPassphraseDialog("centre.backup")
    qtbot.addWidget(dialog)
    for new, repeat, message, field in (
        ("short", "short", "The passphrase needs at least 8 characters.", dialog.new),
        ("password", "password", "This passphrase is too easy to guess.", dialog.new),
        (GOOD, GOOD + " ", "The two passphrases do not match.", dialog.repeat),
    ):
        dialog.new.setText(new)
        dialog.repeat.setText(repeat)
        dialog.save()
        assert dialog.error.text().startswith(message) and dialog.passphrase is None
        assert dialog.focusWidget() is field
    dialog.repeat.setText(GOOD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == GOOD
    assert dialog.new.text() == dialog.repeat.text() == ""


@ON_SERVER
def test_file_only_actions_are_not_offered_on_the_server(qtbot, page, ctx_for):
    tab = page.database_tab
    assert not tab.rekey_button.isVisibleTo(tab)
    assert "the server's administrator changes its keys and passwords there" in tab.rekey_result.text()
    texts = " ".join(label.text() for label in tab.findChildren(type(tab.rekey_result)))
    assert "dropin server restore" in texts and "Database on the server: " in texts
    assert "Database file" not in texts
    audit_tab = AuditTab(ctx_for(Role.MANAGER))
    qtbot.addWidget(audit_tab)
    assert not audit_tab.reanchor_button.isVisibleTo(audit_tab)
    assert "the server refuses any change or removal of its entries" in " ".join(
        label.text() for label in audit_tab.findChildren(type(tab.rekey_result))
    )
    # the service refuses it too, with a sentence (not an assertion error)
    with pytest.raises(DropinError, match="no anchor to reset"):
        AuditTrailService(ctx_for(Role.MANAGER)).reanchor("the anchor file went missing on the old computer")
    page.resize(1366, 768)
    page.tabs.setCurrentWidget(tab)
    save_screenshot(page, "admin-database-server.png")
