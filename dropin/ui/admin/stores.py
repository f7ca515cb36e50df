"""Admin → Stores: the separately keyed stores of HIV testing, case-work and legal records.

Who waits for a key (after the upgrade that made the stores, a role change or a rotation), finishing the
upgrade, rotating every store's key after someone leaves, and a new recovery key. On the centre's server the
stores have no keys (its roles protect them): the tab says so and offers nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.security.auth import StoreStatus, UserInfo, UserService
from dropin.ui.common import Column, RowsTableModel, TableView, fit_to_contents, form_buttons, run_action, run_read
from dropin.ui.shell.recovery import RecoveryKeyDialog
from dropin.ui.shell.widgets import PasswordLineEdit, hint


class RotateKeysDialog(QDialog):
    """Asks the manager's password, says what a rotation does, and rotates."""

    def __init__(self, service: UserService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.result_rotation = None
        self.setWindowTitle(self.tr("Rotate the stores' keys"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Every store gets a new key, so a copy of an old key (for example one a former colleague "
                    "kept) opens nothing from now on. Your account and a new recovery key get the new keys; "
                    "every other account that reads a store then needs a one-time password from you. Backups "
                    "made before now still open with the old keys."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        label = QLabel(self.tr("Your &password:"), self)
        self.password = PasswordLineEdit(self)
        label.setBuddy(self.password)
        row.addWidget(label)
        row.addWidget(self.password, 1)
        layout.addLayout(row)
        self.error, self.buttons = form_buttons(self, layout, self.save)

    def save(self) -> None:
        ok, rotation = run_action(
            self,
            lambda: self.service.rotate_store_keys(self.password.text()),
            inline=self.error,
            fields={"password": self.password},
        )
        if ok:
            self.result_rotation = rotation
            self.accept()


class StoresTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = UserService(ctx)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        layout = QVBoxLayout(self)
        self.about = hint(
            self.tr(
                "HIV testing, case-work and legal records are kept in their own encrypted stores. Each account holds "
                "the keys of the stores its role reads, wrapped with its own password."
            ),
            self,
        )
        layout.addWidget(self.about)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = RowsTableModel(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Role"), lambda u: u.role.label),
            ],
            self,
        )
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_to_contents(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.upgrade_hint = hint(
            self.tr(
                "After the upgrade that made the stores, their keys are also kept under the database passphrase "
                "until every account has logged in once. Finish the upgrade when everyone has, or when those "
                "still listed will get a one-time password."
            ),
            self,
        )
        layout.addWidget(self.upgrade_hint)
        buttons = QHBoxLayout()
        self.finish_button = QPushButton(self.tr("&Finish the upgrade"), self)
        self.rotate_button = QPushButton(self.tr("R&otate keys…"), self)
        self.recovery_button = QPushButton(self.tr("New re&covery key…"), self)
        for button in (self.finish_button, self.rotate_button, self.recovery_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.finish_button.clicked.connect(self.finish_upgrade)
        self.rotate_button.clicked.connect(self.rotate)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.state: StoreStatus | None = None

    def refresh(self) -> None:
        state = run_read(self, self.service.store_status)
        if state is not None:
            self.show_state(state)

    def show_state(self, state: StoreStatus) -> None:
        self.state = state
        keyed = state.keyed
        for widget in (self.table, self.rotate_button, self.recovery_button):
            widget.setVisible(keyed)
        self.upgrade_hint.setVisible(keyed and state.upgrade_pending)
        self.finish_button.setVisible(keyed and state.upgrade_pending)
        self.model.set_rows(list(state.waiting))
        if not keyed:
            self.status.setText(
                self.tr(
                    "On the centre's server the stores have no keys to manage here: the server's roles let each "
                    "login read only the stores its role needs."
                )
            )
        elif state.waiting:
            self.status.setText(
                QCoreApplication.translate(
                    "Admin",
                    "Waiting for a one-time password (Users → Reset password) to get the keys of their role: "
                    "%n account(s).",
                    "",
                    len(state.waiting),
                )
            )
        else:
            self.status.setText(self.tr("Every account holds the keys its role needs."))

    def waiting(self) -> list[UserInfo]:
        return list(self.model.rows())

    def finish_upgrade(self) -> None:
        if self.state is not None and self.state.waiting:
            answer = QMessageBox.question(
                self,
                self.tr("Finish the upgrade"),
                QCoreApplication.translate(
                    "Admin",
                    "Not logged in since the upgrade: %n account(s). They will need a one-time password. "
                    "Finish the upgrade now?",
                    "",
                    len(self.state.waiting),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ok, _ = run_action(self, self.service.finish_store_upgrade)
        if ok:
            self.refresh()

    def rotate(self) -> None:
        dialog = RotateKeysDialog(self.service, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_rotation is not None:
            self.refresh()
            self.show_recovery_key(dialog.result_rotation.recovery_key)

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr("The recovery key you have locked away stops working. Make a new one now?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, key = run_action(self, self.service.new_recovery_key)
        if ok:
            self.show_recovery_key(key)

    def show_recovery_key(self, key: str) -> None:
        self.recovery_dialog = RecoveryKeyDialog(key, self)
        self.recovery_dialog.open()
