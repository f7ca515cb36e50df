"""The centre's server: its settings on this computer, the form that asks for them, and the staff login.

The settings (host, port, database, CA certificate) are kept per computer in QSettings (group ``server``),
never a password. On the server the staff login replaces the unlock screen: the user name and password
open the staff member's own server login, then the app's own password check runs (on a worker thread).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from dropin.ui.common import InlineError
from dropin.ui.shell.widgets import Card, PasswordLineEdit, centred, hint, screen_title
from dropin.ui.workers import BusyIndicator, Task, run_form_task

KEYS = ("host", "port", "database", "ca")
DEFAULT_PORT = 5432  # PostgreSQL's


def load_server_settings() -> dict | None:
    """The server this computer uses, or None (then the data is in an encrypted file here)."""
    store = QSettings()
    store.beginGroup("server")
    try:
        values = {key: store.value(key, "", type=str) for key in KEYS}
    finally:
        store.endGroup()
    return values if values["host"] and values["database"] else None


def save_server_settings(values: dict | None) -> None:
    store = QSettings()
    store.remove("server")
    if values:
        store.beginGroup("server")
        for key in KEYS:
            store.setValue(key, str(values.get(key) or ""))
        store.endGroup()
    store.sync()


class ServerForm(QWidget):
    """Host, port, database name and the centre's CA certificate (needed unless the server is this computer)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            hint(
                self.tr(
                    "The centre's server keeps the data of every desk. Its administrator gives you these details "
                    "and the CA certificate, and has set the database up with dropin server init."
                ),
                self,
            )
        )
        self.host = QLineEdit(self)
        self.host.setAccessibleName(self.tr("Server"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("dropin", self)
        self.database.setAccessibleName(self.tr("Database name"))
        self.ca = QLineEdit(self)
        self.ca.setAccessibleName(self.tr("CA certificate"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.ca, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("Por&t:"), self.port)
        form.addRow(self.tr("D&atabase name:"), self.database)
        ca_label = QLabel(self.tr("CA certif&icate:"), self)
        ca_label.setBuddy(self.ca)  # the row's field is a layout: the label names the certificate's line
        form.addRow(ca_label, row)

    def _browse(self) -> None:
        from dropin.ui.filedialogs import open_file_name

        name = open_file_name(self, self.tr("CA certificate"), self.ca.text(), self.tr("Certificates (*.crt *.pem)"))
        if name:
            self.ca.setText(name)

    def values(self) -> dict:
        return {
            "host": self.host.text().strip(),
            "port": str(self.port.value()),
            "database": self.database.text().strip(),
            "ca": self.ca.text().strip(),
        }

    def check(self) -> dict:
        """The settings, or :class:`ValidationError` naming what is missing or not allowed."""
        from dropin.server.connect import check_settings

        return check_settings(self.values())


class ServerLoginScreen(QWidget):
    """Staff log in to the centre's server with their own account; emits ``logged_in(db, user)``."""

    logged_in = Signal(object, object)
    change_requested = Signal()

    def __init__(self, settings: dict, clock=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.task: Task | None = None
        card = Card(self)
        col = card.layout_
        col.addWidget(screen_title(self.tr("Log in to the centre's server"), card))
        col.addWidget(
            hint(
                self.tr(
                    "Server {server}, database {database}. Use your own account: what you do is recorded under your name."
                ).format(server=settings["host"], database=settings["database"]),
                card,
            )
        )
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
        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Use another &server…"), card)
        self.change_button.setFlat(True)
        self.change_button.clicked.connect(self.change_requested)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        self.login_button = QPushButton(self.tr("&Log in"), card)
        self.login_button.setDefault(True)
        buttons.addWidget(self.login_button)
        col.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card, self))
        outer.addStretch(2)
        self.login_button.clicked.connect(self.login)
        self.username.returnPressed.connect(lambda: self.password.setFocus(Qt.FocusReason.OtherFocusReason))
        self.password.returnPressed.connect(self.login)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.username.clear()
        self.password.wipe()
        self.error.clear()

    def busy_now(self) -> bool:
        return self.task is not None and self.task.running

    def login(self) -> None:
        from dropin.server.connect import server_address, staff_login

        if self.busy_now():
            return
        username = self.username.text().strip()
        if not username:
            self.error.show_message(self.tr("Please enter your user name."))
            self.username.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.clear()
        password, clock, settings = self.password.text(), self.clock, self.settings
        self.task = run_form_task(
            lambda: staff_login(server_address(settings), username, password, clock, settings.get("ca") or None),
            widgets=(self.username, self.password, self.login_button, self.change_button),
            busy=self.busy,
            message=self.tr("Connecting to the server…"),
            on_done=self._succeeded,
            on_error=self._failed,
            fallback=self.tr("The login could not be checked. Please try again."),
        )

    def _succeeded(self, result) -> None:
        self.error.clear()
        self.password.wipe()
        self.logged_in.emit(*result)

    def _failed(self, message: str) -> None:
        self.error.show_message(message)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.password.selectAll()
