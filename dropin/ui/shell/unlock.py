"""Later starts: the database passphrase.

The key derivation runs on a worker thread; a wrong passphrase gives an
inline error and re-selects the field for another try (as KeePassXC does).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.ui.common import InlineError
from dropin.ui.shell.widgets import Card, PasswordLineEdit, centred, hint, screen_title
from dropin.ui.workers import BusyIndicator, Task, run_form_task


class UnlockScreen(QWidget):
    """Asks for the database passphrase; emits ``unlocked(db)``."""

    unlocked = Signal(object)
    create_requested = Signal()

    def __init__(self, path: Path, kdf_iter: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.kdf_iter = kdf_iter
        self.task: Task | None = None

        card = Card(self)
        col = card.layout_
        col.addWidget(screen_title(self.tr("Unlock the database"), card))
        self.file_label = hint(self.tr("File: {path}").format(path=self.path), card)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.file_label)
        form = QFormLayout()
        self.passphrase = PasswordLineEdit(card)
        self.passphrase.setAccessibleName(self.tr("Database passphrase"))
        form.addRow(self.tr("Database &passphrase:"), self.passphrase)
        col.addLayout(form)
        self.error = InlineError(card)
        col.addWidget(self.error)
        self.busy = BusyIndicator(card)
        col.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("&Other file…"), card)
        self.other_button.setFlat(True)
        self.other_button.setToolTip(self.tr("Open another dropin database file"))
        self.new_button = QPushButton(self.tr("&New database…"), card)
        self.new_button.setFlat(True)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.unlock_button)
        col.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card, self))
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.other_button.clicked.connect(self.choose_file)
        self.new_button.clicked.connect(self.create_requested)
        self.setFocusProxy(self.passphrase)

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.file_label.setText(self.tr("File: {path}").format(path=self.path))
        self.error.clear()

    def choose_file(self) -> None:
        from dropin.ui.filedialogs import open_file_name

        name = open_file_name(
            self, self.tr("Open a dropin database"), self.path.parent, self.tr("dropin database (*.db);;All files (*)")
        )
        if name:
            self.set_path(Path(name))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        if self.task is not None and self.task.running:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Please type the database passphrase."))
            return
        from dropin.security.opening import open_database

        self.error.clear()
        path, kdf_iter = self.path, self.kdf_iter
        self.task = run_form_task(
            lambda: open_database(path, passphrase, kdf_iter),
            widgets=(self.passphrase, self.unlock_button),
            busy=self.busy,
            message=self.tr("Unlocking…"),
            on_done=self._on_unlocked,
            on_error=self._show_error,
            fallback=self.tr("The database could not be opened. Please try again."),
        )

    def _on_unlocked(self, db) -> None:
        self.passphrase.wipe()
        self.unlocked.emit(db)

    def _show_error(self, message: str) -> None:
        self.error.show_message(message)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()
