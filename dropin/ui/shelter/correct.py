"""The correction dialog: undo a discharge, move or extension, shorten a stay, change the children, void."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from dropin.errors import ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP
from dropin.shelter.corrections import CorrectionService
from dropin.ui.common import format_date
from dropin.ui.shelter.form import Form, date_edit, to_date

ACTIONS = {
    "shorten": QT_TRANSLATE_NOOP("Shelter", "Shorten the stay (earlier planned end)"),
    "children": QT_TRANSLATE_NOOP("Shelter", "Change the number of accompanying children"),
    "extension": QT_TRANSLATE_NOOP("Shelter", "Undo the last extension"),
    "move": QT_TRANSLATE_NOOP("Shelter", "Undo the last move"),
    "discharge": QT_TRANSLATE_NOOP("Shelter", "Undo the discharge"),
    "void": QT_TRANSLATE_NOOP("Shelter", "Void the admission (entered in error)"),
}
BY_STATUS = {
    "active": ("shorten", "children", "extension", "move", "void"),
    "reserved": ("shorten", "extension", "move", "void"),
    "discharged": ("discharge", "void"),
}


class CorrectDialog(Form):
    def __init__(self, ctx, stay, parent=None):
        super().__init__(
            ctx,
            QCoreApplication.translate("Shelter", "Correct the stay of {code}").format(code=stay.client_code),
            parent,
        )
        self.stay = stay
        self.corrections = CorrectionService(ctx)
        today = ctx.today()
        self.action = QComboBox(self)
        self.action.setObjectName("correctAction")
        for key in BY_STATUS.get(stay.status, ("void",)):
            self.action.addItem(QCoreApplication.translate("Shelter", ACTIONS[key]), key)
        self.new_end = date_edit(max(today + dt.timedelta(days=1), stay.admitted_on + dt.timedelta(days=1)), self)
        self.changed_on = date_edit(today, self)
        self.changed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.children_count = QSpinBox(self)
        self.children_count.setRange(0, 12)
        self.children_count.setValue(stay.children_count)
        self.ages = QLineEdit(stay.children_ages or "", self)
        self.ages.setPlaceholderText(QCoreApplication.translate("Shelter", "e.g. 3, 7"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correctReason")
        summary = QCoreApplication.translate("Shelter", "{bed}, from {start}, planned end {end}").format(
            bed=stay.bed_label, start=format_date(stay.admitted_on), end=format_date(stay.planned_end)
        )
        summary_label = QLabel(summary, self)
        summary_label.setWordWrap(True)
        self.setMinimumWidth(560)
        self.form.addRow(QCoreApplication.translate("Shelter", "Stay"), summary_label)
        self.form.addRow(QCoreApplication.translate("Shelter", "Correction"), self.action)
        self.form.addRow(QCoreApplication.translate("Shelter", "New planned end"), self.new_end)
        self.form.addRow(QCoreApplication.translate("Shelter", "From the date"), self.changed_on)
        self.form.addRow(QCoreApplication.translate("Shelter", "Accompanying children"), self.children_count)
        self.form.addRow(QCoreApplication.translate("Shelter", "Children's ages"), self.ages)
        self.form.addRow(QCoreApplication.translate("Shelter", "Reason"), self.reason)
        self.fields.update(
            new_end=self.new_end,
            changed_on=self.changed_on,
            children_count=self.children_count,
            children_ages=self.ages,
            reason=self.reason,
        )
        self.action.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        self.action.setFocus()

    def _show_fields(self) -> None:
        key = self.action.currentData()
        self.form.setRowVisible(self.new_end, key == "shorten")
        for widget in (self.changed_on, self.children_count, self.ages):
            self.form.setRowVisible(widget, key == "children")

    def submit(self):
        key, reason, stay_id = self.action.currentData(), self.reason.text(), self.stay.id
        if key == "children":
            return self.corrections.change_children(
                stay_id, to_date(self.changed_on), self.children_count.value(), self.ages.text(), note=reason
            )
        if not reason.strip():
            raise ValidationError(
                QCoreApplication.translate("Shelter", "Please say why this is being corrected."), "reason"
            )
        if key == "shorten":
            return self.corrections.shorten(stay_id, to_date(self.new_end), reason)
        if key == "extension":
            return self.corrections.undo_last_extension(stay_id, reason)
        if key == "move":
            return self.corrections.undo_last_move(stay_id, reason)
        if key == "discharge":
            return self.corrections.undo_discharge(stay_id, reason)
        self.corrections.void_admission(stay_id, reason)
        return True
