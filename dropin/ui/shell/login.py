"""The staff login that follows the unlock: inline errors, lockout messages from the service.

The password check (argon2, and a wait for the database when another window writes) runs on a worker
thread, so the window keeps painting; the form is disabled with a busy indicator meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from dropin.ui.common import InlineError
from dropin.ui.shell.widgets import Card, PasswordLineEdit, centred, hint, screen_title
from dropin.ui.workers import BusyIndicator, Task, run_form_task


class StaffLogin(QWidget):
    """What the staff logins share (this computer's database, the centre's server): user name and password,
    the inline error and busy indicator, and the check run on a worker thread."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.task: Task | None = None

    def add_fields(self, card: QWidget, col) -> None:
        """User name and password, then the error line and the busy indicator, into the card's column ``col``."""
        form = QFormLayout()
        self.username = QLineEdit(card)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = PasswordLineEdit(card)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        col.addLayout(form)
        self.error = InlineError(card)
        col.addWidget(self.error)
        self.busy = BusyIndicator(card)
        col.addWidget(self.busy)

    def finish(self, card: QWidget, col, buttons: QHBoxLayout) -> None:
        """The Log in button at the end of ``buttons``, under the fields; the card in the middle of the screen."""
        self.login_button = QPushButton(self.tr("&Log in"), card)
        self.login_button.setDefault(True)
        buttons.addWidget(self.login_button)
        col.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card, self))
        outer.addStretch(2)
        self.login_button.clicked.connect(self.login)
        self.password.returnPressed.connect(self.login)

    def login(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.username.clear()
        self.password.wipe()
        self.error.clear()

    def busy_now(self) -> bool:
        return self.task is not None and self.task.running

    def check(self, run: Callable[[str, str], object], widgets: tuple[QWidget, ...], message: str) -> None:
        """Run ``run(username, password)`` on a worker thread (unless a check is running or no name was typed);
        ``_succeeded(result)`` or the error inline follow."""
        if self.busy_now():
            return
        username = self.username.text().strip()
        if not username:
            self.error.show_message(self.tr("Please enter your user name."))
            self.username.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.clear()
        password = self.password.text()
        self.task = run_form_task(
            lambda: run(username, password),
            widgets=widgets,
            busy=self.busy,
            message=message,
            on_done=self._succeeded,
            on_error=self._failed,
            fallback=self.tr("The login could not be checked. Please try again."),
        )

    def _succeeded(self, result) -> None:
        raise NotImplementedError

    def _failed(self, message: str) -> None:
        self.error.show_message(message)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.password.selectAll()


class LoginScreen(StaffLogin):
    """Staff log in with their own account; emits ``logged_in(user)``."""

    logged_in = Signal(object)

    def __init__(self, db, clock=None, parent: QWidget | None = None):
        super().__init__(parent)
        from dropin.security.auth import AuthService

        self.auth = AuthService(db, clock)
        card = Card(self)
        col = card.layout_
        col.addWidget(screen_title(self.tr("Log in"), card))
        col.addWidget(hint(self.tr("Use your own account: what you do is recorded under your name."), card))
        self.add_fields(card, col)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.finish(card, col, buttons)
        self.username.returnPressed.connect(self._username_return)

    def _username_return(self) -> None:
        if self.password.text():
            self.login()
        else:
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def login(self) -> None:
        auth = self.auth
        self.check(auth.login, (self.username, self.password, self.login_button), self.tr("Checking the password…"))

    def _succeeded(self, user) -> None:
        self.error.clear()
        self.password.wipe()
        self.logged_in.emit(user)
