"""The Admin page's Database tab: back up now, check the audit log, change the passphrase (this computer's file).

On the centre's server the backup asks a passphrase of its own and the file-only actions are hidden with a sentence.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.errors import DropinError
from dropin.security import custody
from dropin.security.permissions import Permission
from dropin.ui.admin.passphrases import BackupPassphraseDialog, ChangePassphraseDialog
from dropin.ui.common import (
    on_server,
    show_error,
)
from dropin.ui.shell.widgets import hint
from dropin.ui.workers import BusyIndicator, Task, run_in_thread

log = logging.getLogger(__name__)


def _backup(ctx: ServiceContext, dest: Path, passphrase: str | None = None):
    # the file dialog already asked before replacing a file; a server's backup has a passphrase of its own
    return custody.backup(ctx, dest, force=True, passphrase=passphrase)


def _verify(ctx: ServiceContext):
    from dropin.security.trail import AuditTrailService

    return AuditTrailService(ctx).verify()


class DatabaseTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        layout = QVBoxLayout(self)

        self.server = on_server(ctx)
        box = QGroupBox(self.tr("Backup"), self)
        col = QVBoxLayout(box)
        if self.server:
            about = self.tr(
                "A backup is an encrypted copy of the whole database on the centre's server, with a passphrase of "
                "its own that you choose for it. Keep backups on a separate disk. A backup is restored by the "
                "server's administrator into a new database on the server (dropin server restore); the program "
                "does not restore it from here."
            )
            where = self.tr("Database on the server: {name}").format(name=getattr(ctx.db, "label", ""))
        else:
            about = self.tr(
                "A backup is an encrypted copy of the whole database with the same passphrase. Keep backups on a "
                "separate disk, and test a restore from time to time (dropin restore)."
            )
            where = self.tr("Database file: {path}").format(path=ctx.db.path)
        col.addWidget(hint(about, box))
        file_label = hint(where, box)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(file_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now…"), box)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        col.addLayout(row)
        self.backup_busy = BusyIndicator(box)
        col.addWidget(self.backup_busy)
        self.backup_result = hint("", box)
        col.addWidget(self.backup_result)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Passphrase"), box)
        col = QVBoxLayout(box)
        row = QHBoxLayout()
        self.rekey_button = QPushButton(self.tr("&Change database passphrase…"), box)
        row.addWidget(self.rekey_button)
        row.addStretch(1)
        col.addLayout(row)
        self.rekey_result = hint("", box)
        col.addWidget(self.rekey_result)
        if self.server:  # the server keeps its data its own way: its administrator changes keys and passwords there
            self.rekey_button.hide()
            self.rekey_result.setText(
                self.tr(
                    "The database on the centre's server has no passphrase of its own: the server protects it, and "
                    "the server's administrator changes its keys and passwords there."
                )
            )
        layout.addWidget(box)

        box = QGroupBox(self.tr("Audit log"), self)
        col = QVBoxLayout(box)
        col.addWidget(
            hint(
                self.tr(
                    "Every entry of the audit log is chained to the one before it. The check shows whether any entry "
                    "was changed or removed outside dropin."
                ),
                box,
            )
        )
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify a&udit log"), box)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        col.addLayout(row)
        self.verify_busy = BusyIndicator(box)
        col.addWidget(self.verify_busy)
        self.verify_result = QLabel(box)
        self.verify_result.setWordWrap(True)
        col.addWidget(self.verify_result)
        layout.addWidget(box)
        layout.addStretch(1)

        self.backup_button.clicked.connect(self.choose_backup)
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.verify_button.clicked.connect(self.verify)
        self.backup_button.setEnabled(ctx.can(Permission.BACKUP))
        self.rekey_button.setEnabled(ctx.can(Permission.SETTINGS_MANAGE))
        self.verify_button.setEnabled(ctx.can(Permission.AUDIT_VIEW))

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def choose_backup(self) -> None:
        from dropin.paths import documents_dir
        from dropin.ui.filedialogs import save_file_name

        if self.server:
            default = documents_dir() / f"dropin-server-backup-{self.ctx.now():%Y-%m-%d-%H%M}.backup"
            name = save_file_name(self, self.tr("Save backup as"), default, self.tr("dropin server backup (*.backup)"))
            if not name:
                return
            dialog = BackupPassphraseDialog(name, self)
            if dialog.exec() and dialog.passphrase:
                self.backup_to(Path(name), dialog.passphrase)
            return
        default = documents_dir() / f"dropin-backup-{self.ctx.now():%Y-%m-%d-%H%M}.db"
        name = save_file_name(self, self.tr("Save backup as"), default, self.tr("dropin database (*.db)"))
        if name:
            self.backup_to(Path(name))

    def backup_to(self, dest: Path, passphrase: str | None = None) -> None:
        """Write the backup on a worker thread (``passphrase``: a server backup's own)."""
        if self.busy():
            return
        if not self.server and dest.resolve() == self.ctx.db.path.resolve():
            show_error(self, DropinError(self.tr("A backup cannot replace the database itself; choose another file.")))
            return
        self.backup_button.setEnabled(False)
        self.backup_result.clear()
        self.backup_busy.start(self.tr("Writing the encrypted backup…"))
        ctx = self.ctx
        self.task = run_in_thread(lambda: _backup(ctx, dest, passphrase), self._backup_done, self._backup_failed)

    def _backup_done(self, result) -> None:
        out, seal = result
        self.backup_busy.stop()
        self.backup_button.setEnabled(True)
        self.backup_result.setText(
            self.tr(
                "Encrypted backup written to {path}. Its audit seal is {seal}: write it down apart from the backup."
            ).format(path=out, seal=seal.text)
        )

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_busy.stop()
        self.backup_button.setEnabled(True)
        self.backup_result.setText(self.tr("The backup failed."))
        show_error(self, error)

    def change_passphrase(self) -> None:
        if ChangePassphraseDialog(self.ctx, self).exec():
            self.rekey_result.setText(self.tr("The database passphrase was changed."))

    def verify(self) -> None:
        if self.busy():
            return
        self.verify_button.setEnabled(False)
        self.verify_result.clear()
        self.verify_busy.start(self.tr("Checking the audit log…"))
        ctx = self.ctx
        self.task = run_in_thread(lambda: _verify(ctx), self._verified, self._verify_failed)

    def _verified(self, report) -> None:
        self.verify_busy.stop()
        self.verify_button.setEnabled(True)
        from dropin.ui.admin.audit import BAD_STYLE, OK_STYLE, chain_report_text

        self.verify_result.setStyleSheet(OK_STYLE if report.ok else BAD_STYLE)
        self.verify_result.setText(chain_report_text(report))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_busy.stop()
        self.verify_button.setEnabled(True)
        show_error(self, error)


# ====================================================================== page
