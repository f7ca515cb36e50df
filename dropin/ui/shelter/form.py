"""The small form dialog the shelter's dialogs share, and date-edit helpers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from dropin.shelter.stays import StayService
from dropin.ui.common import InlineError, date_edit_format, run_action


def date_edit(value: dt.date, parent=None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class Form(QDialog):
    """A small form dialog: fields, an inline error and OK/Cancel; ``submit`` does the work."""

    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = StayService(ctx)
        self.result_info = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}

    def submit(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def _accept(self) -> None:
        ok, result = run_action(self, self.submit, inline=self.error, fields=self.fields)
        if ok:
            self.result_info = result
            self.accept()


def fill_beds(combo, beds: list[tuple[int, str]], wanted: int | None = None) -> None:
    """Offer ``beds`` (id, label) in ``combo``, keeping the current or ``wanted`` bed chosen if it is among them."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for bed_id, label in beds:
        combo.addItem(label, bed_id)
    index = next((combo.findData(c) for c in (keep, wanted) if c is not None and combo.findData(c) >= 0), 0)
    combo.setCurrentIndex(index if combo.count() else -1)  # a free bed is always chosen when there is one
    combo.blockSignals(False)
