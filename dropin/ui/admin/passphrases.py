"""Passphrases typed on the Admin page: the rules a new one must meet, the change of a database file's
passphrase, and the passphrase of a server backup.

A database on the centre's server has no passphrase of its own (the server protects it), so its backup asks
for one, typed twice and held to the same rules as a database file's passphrase.
"""

from __future__ import annotations

import hmac
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from dropin.context import ServiceContext
from dropin.errors import DropinError, ValidationError
from dropin.security import custody
from dropin.security.passphrase import check_passphrase
from dropin.ui.admin.forms import FormDialog
from dropin.ui.common import InlineError
from dropin.ui.shell.widgets import PasswordLineEdit, StrengthMeter, hint
from dropin.ui.workers import BusyIndicator, Task, run_in_thread

log = logging.getLogger(__name__)


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


class BackupPassphraseDialog(FormDialog):
    """Asks the passphrase a server backup is encrypted with; ``passphrase`` holds it once accepted."""

    def __init__(self, target: str, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Admin", "Passphrase for the backup"), parent)
        self.passphrase: str | None = None
        self.new = PasswordLineEdit(self)
        self.repeat = PasswordLineEdit(self)
        self.meter = StrengthMeter(self)
        self.new.textChanged.connect(self.meter.update_for)
        self.form.addRow(self.tr("&Passphrase:"), self.new)
        self.form.addRow(self.tr("R&epeat:"), self.repeat)
        self.form.addRow("", self.meter)
        for place, text in enumerate(
            (
                self.tr(
                    "The backup of the server's database is encrypted with a passphrase of its own. Keep the "
                    "passphrase apart from the backup: without it the backup cannot be restored."
                ),
                self.tr("Backup file: {path}").format(path=target),
            )
        ):
            self.outer.insertWidget(place, hint(text, self))

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


def _rekey(ctx: ServiceContext, new_passphrase: str) -> None:
    """Re-encrypt the database with a new passphrase and record who did it (worker thread)."""
    custody.rekey(ctx, new_passphrase)


class ChangePassphraseDialog(FormDialog):
    """Checks the current passphrase, then re-encrypts the file on a worker thread."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Admin", "Change the database passphrase"), parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.current = PasswordLineEdit(self)
        self.new = PasswordLineEdit(self)
        self.repeat = PasswordLineEdit(self)
        self.meter = StrengthMeter(self)
        self.new.textChanged.connect(self.meter.update_for)
        self.form.addRow(self.tr("&Current passphrase:"), self.current)
        self.form.addRow(self.tr("&New passphrase:"), self.new)
        self.form.addRow(self.tr("R&epeat:"), self.repeat)
        self.form.addRow("", self.meter)
        self.outer.insertWidget(
            0,
            hint(
                self.tr(
                    "Everyone who opens this database will need the new passphrase. Old backups keep the passphrase "
                    "they were made with."
                ),
                self,
            ),
        )
        self.busy = BusyIndicator(self)
        self.outer.insertWidget(self.outer.count() - 1, self.busy)

    def _field_error(self, message: str, widget: QLineEdit) -> None:
        show_field_error(self.error, message, widget)

    def save(self) -> None:
        if self.task is not None and self.task.running:
            return
        known = getattr(self.ctx.db, "_passphrase", "")
        if not hmac.compare_digest(self.current.text().encode("utf-8"), known.encode("utf-8")):
            self._field_error(self.tr("The current passphrase is wrong."), self.current)
            return
        new = self.new.text()
        problem = new_passphrase_error(self.new, self.repeat)
        if problem is not None:
            self._field_error(*problem)
            return
        if new == self.current.text():
            self._field_error(self.tr("The new passphrase is the same as the current one."), self.new)
            return
        self.error.clear()
        self.buttons.setEnabled(False)
        self.busy.start(self.tr("Re-encrypting the database…"))
        ctx = self.ctx
        self.task = run_in_thread(lambda: _rekey(ctx, new), self._done, self._failed)

    def _done(self, _result) -> None:
        self.busy.stop()
        self.buttons.setEnabled(True)
        for edit in (self.current, self.new, self.repeat):
            edit.wipe()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.buttons.setEnabled(True)
        if isinstance(error, DropinError):
            self.error.show_message(error.message)
        else:
            log.error("rekey failed", exc_info=error)
            self.error.show_message(
                self.tr("The passphrase could not be changed; the database still opens with the current one.")
            )

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # never leave a re-encryption half-watched
        super().reject()
