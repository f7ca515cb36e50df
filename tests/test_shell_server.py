"""The app on the centre's server, driven like a user: the wizard's choice, the staff login to the server,
a log out handing the desk to the next person's own login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dropin.security.roles import Role
from dropin.ui.shell.controller import ShellController
from dropin.ui.shell.serverlogin import load_server_settings, save_server_settings
from dropin.ui.workers import running_tasks
from tests.conftest import PASSWORD, TEST_KDF_ITER, save_screenshot
from tests.test_server_roles import centre  # noqa: F401
from tests.test_shell_flow import WAIT, type_into

pytestmark = pytest.mark.usefixtures("forget_server")


@pytest.fixture
def forget_server():
    save_server_settings(None)
    yield
    save_server_settings(None)


@pytest.fixture
def controller(qtbot, clock):
    made = ShellController(None, TEST_KDF_ITER, clock)
    qtbot.addWidget(made.window)
    yield made
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)
    made.shutdown()


def test_the_wizard_offers_the_centres_server_and_checks_its_certificate(qtbot, controller):
    controller.start()
    wizard = controller.wizard
    assert controller.screen == "wizard" and wizard.here.isChecked()
    assert not wizard.server_button.isVisible() and wizard.next_button.isVisible()
    wizard.on_server.setChecked(True)
    assert wizard.server_button.isVisible() and not wizard.next_button.isVisible()
    controller.window.resize(1366, 768)
    save_screenshot(controller.window, "server-wizard.png")
    type_into(qtbot, wizard.server_form.host, "records.centre.example")
    qtbot.mouseClick(wizard.server_button, Qt.MouseButton.LeftButton)
    assert "certificate" in wizard.error.text()  # another computer: the server's certificate must be checked
    assert load_server_settings() is None
    type_into(qtbot, wizard.server_form.host, "127.0.0.1")  # this computer: no certificate needed
    qtbot.keyClick(wizard.server_form.host, Qt.Key.Key_Return)
    assert controller.screen == "server_login"
    assert load_server_settings() == {"host": "127.0.0.1", "port": "5432", "database": "dropin", "ca": ""}


def _log_in(qtbot, controller, username, password=PASSWORD):
    screen = controller.server_login
    type_into(qtbot, screen.username, username)
    type_into(qtbot, screen.password, password)
    qtbot.mouseClick(screen.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=WAIT)


def test_staff_log_in_to_the_server_with_their_own_login(qtbot, controller, centre):  # noqa: F811
    save_server_settings(
        {"host": centre.cluster.socket_dir, "port": str(centre.cluster.port), "database": centre.name, "ca": ""}
    )
    controller.start()
    assert controller.screen == "server_login"
    controller.window.resize(1366, 768)
    save_screenshot(controller.window, "server-login.png")
    _log_in(qtbot, controller, "front_desk", "wrong-password")
    assert controller.screen == "server_login" and "Wrong user name or password" in controller.server_login.error.text()
    _log_in(qtbot, controller, "front_desk")
    assert controller.screen == "main"
    db = controller.db
    assert db.kind == "server" and controller.user.role is Role.FRONT_DESK
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar().endswith("_u_front_desk")
    controller.main_window.logged_out.emit()  # log out: the next person connects with their own login
    assert controller.screen == "server_login" and controller.db is None
    _log_in(qtbot, controller, "peer_counsellor")
    assert controller.screen == "main" and controller.user.role is Role.PEER_COUNSELLOR
    with controller.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar().endswith("_u_peer_counsellor")
