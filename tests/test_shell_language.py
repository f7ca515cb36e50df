"""The screens before login speak the language last chosen on this computer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from dropin import i18n
from dropin.security.auth import AuthService, UserService
from dropin.security.roles import Role
from dropin.ui.shell.controller import ShellController
from tests.conftest import PASSWORD, TEST_KDF_ITER

RU = i18n.translator_for("ru")


@pytest.fixture
def computer_language():
    QSettings().remove("language")
    yield
    QSettings().remove("language")


def test_login_and_unlock_use_the_language_last_chosen_here(
    qtbot, db, db_path, users, clock, ctx_for, computer_language
):
    UserService(ctx_for(Role.MANAGER)).set_language("uk", users[Role.SOCIAL_WORKER].id)
    shell = ShellController(db_path, TEST_KDF_ITER, clock, idle_ms=10**8)
    qtbot.addWidget(shell.window)
    shell.db = db
    shell.open_main(AuthService(db, clock).login("social_worker", PASSWORD))
    qtbot.addWidget(shell.main_window)
    assert QSettings().value("language", "") in ("", None)  # a user's own language is not the computer's
    shell.main_window.log_out()
    assert shell.login_screen.login_button.text() == "&Log in"

    shell.open_main(AuthService(db, clock).login("front_desk", PASSWORD))
    shell.main_window.choose_language("ru")  # picked from View → Language
    qtbot.addWidget(shell.main_window)
    assert QSettings().value("language") == "ru"
    shell.main_window.log_out()
    login = shell.login_screen
    assert login.login_button.text() == RU("StaffLogin", "&Log in") != "&Log in"
    assert login.error.isHidden()
    shell.db = None

    later = ShellController(db_path, TEST_KDF_ITER, clock, idle_ms=10**8)  # the next start of the program
    qtbot.addWidget(later.window)
    later.start()
    assert later.unlock_screen.unlock_button.text() == RU("UnlockScreen", "&Unlock") != "&Unlock"
    later.window.close()
