"""Admin → Stores: who waits for a key, finishing the upgrade, rotating the keys (the recovery key shown once)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from dropin.context import ServiceContext
from dropin.models.database import Database
from dropin.security.auth import AuthService
from dropin.security.roles import Role
from dropin.ui.admin.stores import RotateKeysDialog, StoresTab
from tests.conftest import PASSPHRASE, PASSWORD, TEST_KDF_ITER
from tests.test_stores_upgrade import build_old


@pytest.fixture
def held(db, users, db_path):
    """The database reopened as the program opens it (its lock held), the manager logged in."""
    db.close()
    opened = Database.open(db_path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    yield ServiceContext(opened, AuthService(opened).login("manager", PASSWORD))
    opened.close()


def _tab(qtbot, ctx) -> StoresTab:
    tab = StoresTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_every_account_holding_its_keys_is_said_and_nothing_waits(qtbot, held):
    tab = _tab(qtbot, held)
    assert tab.status.text() == "Every account holds the keys its role needs."
    assert tab.waiting() == [] and tab.finish_button.isHidden() and not tab.rotate_button.isHidden()


def test_rotating_shows_the_new_recovery_key_and_lists_who_now_waits(qtbot, held, monkeypatch):
    tab = _tab(qtbot, held)
    shown = []
    monkeypatch.setattr(StoresTab, "show_recovery_key", lambda self, key: shown.append(key))
    dialogs = []

    def fill(dialog_self):
        dialogs.append(dialog_self)
        dialog_self.password.setText("not the password")
        dialog_self.save()
        assert dialog_self.error.text() and not dialog_self.result()  # said in the dialog, nothing rotated
        dialog_self.password.setText(PASSWORD)
        dialog_self.save()
        return dialog_self.result()

    monkeypatch.setattr(RotateKeysDialog, "exec", fill)
    before = held.db.store_keys()
    tab.rotate()
    assert dialogs and len(shown) == 1 and len(shown[0].split("-")) == 8
    assert held.db.store_keys() != before
    waiting = {u.username for u in tab.waiting()}
    assert {Role.PEER_COUNSELLOR.value, Role.SOCIAL_WORKER.value} <= waiting
    assert tab.status.text() == (
        f"Waiting for a one-time password (Users → Reset password) to get the keys of their role: {len(waiting)} accounts."
    )


def test_an_unfinished_upgrade_is_finished_from_the_tab(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "centre.db"
    build_old(path)
    db = Database.open(path, PASSPHRASE, kdf_iter=TEST_KDF_ITER, exclusive=True)
    try:
        ctx = ServiceContext(db, AuthService(db).login(Role.MANAGER.value, PASSWORD))
        tab = _tab(qtbot, ctx)
        assert not tab.finish_button.isHidden() and not tab.upgrade_hint.isHidden()
        assert Role.PEER_COUNSELLOR.value in {u.username for u in tab.waiting()}  # not logged in since
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        tab.finish_button.click()
        assert tab.finish_button.isHidden()
        assert Role.PEER_COUNSELLOR.value in {u.username for u in tab.waiting()}  # now needs a one-time password
    finally:
        db.close()
