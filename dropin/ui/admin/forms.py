"""The admin page's form dialogs: a title, a form, the inline error and OK/Cancel (``save`` is the subclass's)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from dropin.ui.common import form_buttons


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.error, self.buttons = form_buttons(self, self.outer, self.save)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
