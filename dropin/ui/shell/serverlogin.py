"""The centre's server: its settings on this computer, the form that asks for them, and the staff login.

The settings (host, port, database, CA certificate) are kept per computer in QSettings (group ``server``),
never a password. On the server the staff login replaces the unlock screen: the user name and password
open the staff member's own server login, then the app's own password check runs (on a worker thread).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from dropin.ui.shell.login import StaffLogin
from dropin.ui.shell.widgets import Card, hint, screen_title

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


class ServerLoginScreen(StaffLogin):
    """Staff log in to the centre's server with their own account; emits ``logged_in(db, user)``."""

    logged_in = Signal(object, object)
    change_requested = Signal()

    def __init__(self, settings: dict, clock=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
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
        self.add_fields(card, col)
        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Use another &server…"), card)
        self.change_button.setFlat(True)
        self.change_button.clicked.connect(self.change_requested)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        self.finish(card, col, buttons)
        self.username.returnPressed.connect(lambda: self.password.setFocus(Qt.FocusReason.OtherFocusReason))

    def login(self) -> None:
        from dropin.server.connect import server_address, staff_login

        clock, settings = self.clock, self.settings
        self.check(
            lambda username, password: staff_login(
                server_address(settings), username, password, clock, settings.get("ca") or None
            ),
            (self.username, self.password, self.login_button, self.change_button),
            self.tr("Connecting to the server…"),
        )

    def _succeeded(self, result) -> None:
        self.error.clear()
        self.password.wipe()
        self.logged_in.emit(*result)
