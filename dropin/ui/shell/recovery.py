"""The recovery key, shown once: when the database is made, and at the upgrade that made its stores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dropin.ui.shell.widgets import hint


class RecoveryKeyDialog(QDialog):
    """The key in groups to copy onto paper; closes only once the person says it is written down."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "HIV testing, case-work and legal records are kept in their own encrypted stores, opened only by the "
                    "logins allowed to read them. If every manager password is lost, this recovery key is the only "
                    "way back to those records."
                ),
                self,
            )
        )
        groups = key.split("-")
        lines = ["   ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]  # two lines of four groups
        self.key_label = QLabel("\n".join(lines), self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        layout.addWidget(
            hint(
                self.tr(
                    "Write it on paper, put it in a sealed envelope and lock it away, apart "
                    "from the computer. It is shown only now. Anyone who has it and the database passphrase can "
                    "read every record."
                ),
                self,
            )
        )
        self.written = QCheckBox(self.tr("I have &written the recovery key down"), self)
        layout.addWidget(self.written)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.written.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def reject(self) -> None:  # Escape does not close it before the key is written down
        if self.written.isChecked():
            super().reject()


def show_recovery_key(db, parent: QWidget | None) -> QDialog | None:
    """Show the key a new or just-upgraded database made (once; the database forgets it)."""
    key = getattr(db, "new_recovery_key", None)
    if not key:
        return None
    db.new_recovery_key = None
    dialog = RecoveryKeyDialog(key, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
