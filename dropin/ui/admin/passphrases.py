"""Passphrases typed on the Admin page: the rules a new one must meet, and the passphrase of a server backup.

A database on the centre's server has no passphrase of its own (the server protects it), so its backup asks
for one, typed twice and held to the same rules as a database file's passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from dropin.errors import ValidationError
from dropin.security.passphrase import check_passphrase
from dropin.ui.common import InlineError, form_buttons
from dropin.ui.shell.widgets import PasswordLineEdit, StrengthMeter, hint


def new_passphrase_error(new: QLineEdit, repeat: QLineEdit) -> tuple[str, QLineEdit] | None:
    """What is wrong with a new passphrase and its repetition (the message and the field to fix), or None."""
    try:
        check_passphrase(new.text())
    except ValidationError as error:
        return error.message, new
    if new.text() != repeat.text():
        return QCoreApplication.translate("Passphrase", "The two passphrases do not match."), repeat
    return None


def show_field_error(error: InlineError, message: str, widget: QLineEdit) -> None:
    error.show_message(message)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    widget.selectAll()


class BackupPassphraseDialog(QDialog):
    """Asks the passphrase a server backup is encrypted with; ``passphrase`` holds it once accepted."""

    def __init__(self, target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase for the backup"))
        self.setMinimumWidth(460)
        self.passphrase: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint(
                self.tr(
                    "The backup of the server's database is encrypted with a passphrase of its own. Keep the "
                    "passphrase apart from the backup: without it the backup cannot be restored."
                ),
                self,
            )
        )
        outer.addWidget(hint(self.tr("Backup file: {path}").format(path=target), self))
        form = QFormLayout()
        outer.addLayout(form)
        self.new = PasswordLineEdit(self)
        self.repeat = PasswordLineEdit(self)
        self.meter = StrengthMeter(self)
        self.new.textChanged.connect(self.meter.update_for)
        form.addRow(self.tr("&Passphrase:"), self.new)
        form.addRow(self.tr("R&epeat:"), self.repeat)
        form.addRow("", self.meter)
        self.error, self.buttons = form_buttons(self, outer, self.save)

    def save(self) -> None:
        problem = new_passphrase_error(self.new, self.repeat)
        if problem is not None:
            show_field_error(self.error, *problem)
            return
        self.error.clear()
        self.passphrase = self.new.text()
        for edit in (self.new, self.repeat):
            edit.wipe()
        self.accept()
