"""Extension, move and discharge dialogs (they call the stay service via run_action)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit

from dropin.errors import ValidationError
from dropin.shelter.board import BoardService
from dropin.shelter.choices import OUTCOMES
from dropin.ui.common import format_date, run_action
from dropin.ui.shelter.form import Form, date_edit, fill_beds, to_date


class ExtendDialog(Form):
    def __init__(self, ctx, stay, parent=None):
        super().__init__(
            ctx, QCoreApplication.translate("Shelter", "Extend stay of {code}").format(code=stay.client_code), parent
        )
        self.stay = stay
        self.current = QLabel(format_date(stay.planned_end), self)
        self.new_end = date_edit(stay.planned_end + dt.timedelta(days=30), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(70)
        self.review = date_edit(max(ctx.today(), stay.planned_end + dt.timedelta(days=23)), self)
        self.has_review = QCheckBox(QCoreApplication.translate("Shelter", "Set a review date"), self)
        self.has_review.setChecked(True)
        self.has_review.toggled.connect(self.review.setEnabled)
        self.approved = QComboBox(self)
        for choice in self.service.approvers():
            self.approved.addItem(choice.label, choice.id)
        if ctx.user is not None and self.approved.findData(ctx.user.id) >= 0:
            self.approved.setCurrentIndex(self.approved.findData(ctx.user.id))
        self.form.addRow(QCoreApplication.translate("Shelter", "Current planned end"), self.current)
        self.form.addRow(QCoreApplication.translate("Shelter", "New planned end"), self.new_end)
        self.form.addRow(QCoreApplication.translate("Shelter", "Reason"), self.reason)
        self.form.addRow(self.has_review, self.review)
        self.form.addRow(QCoreApplication.translate("Shelter", "Approved by"), self.approved)
        self.fields.update(new_end=self.new_end, reason=self.reason, review_on=self.review, approved_by=self.approved)

    def submit(self):
        return self.service.extend(
            self.stay.id,
            to_date(self.new_end),
            self.reason.toPlainText(),
            review_on=to_date(self.review) if self.has_review.isChecked() else None,
            approved_by_id=self.approved.currentData(),
        )


class MoveDialog(Form):
    """Move a stay to another bed: only beds free from the move date to the planned end are offered."""

    def __init__(self, ctx, stay, parent=None):
        super().__init__(
            ctx,
            QCoreApplication.translate("Shelter", "Move {code} to another bed").format(code=stay.client_code),
            parent,
        )
        self.stay = stay
        self.bed = QComboBox(self)
        self.bed.setObjectName("moveBed")
        self.bed.setPlaceholderText(QCoreApplication.translate("Shelter", "No other bed is free"))
        today = ctx.today()
        self.on = date_edit(today, self)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit(self)
        self.form.addRow(QCoreApplication.translate("Shelter", "Now in"), QLabel(stay.bed_label, self))
        if stay.status == "active":
            self.form.addRow(QCoreApplication.translate("Shelter", "From the night of"), self.on)
        self.form.addRow(QCoreApplication.translate("Shelter", "New bed"), self.bed)
        self.form.addRow(QCoreApplication.translate("Shelter", "Reason"), self.reason)
        self.fields.update(bed=self.bed, moved_on=self.on)
        self.on.dateChanged.connect(self._fill_beds)
        self._fill_beds()

    def _start(self) -> dt.date:
        return self.stay.admitted_on if self.stay.status == "reserved" else to_date(self.on)

    def _fill_beds(self) -> None:
        start = self._start()
        end = max(self.stay.planned_end, self.ctx.today() + dt.timedelta(days=1))
        ok, beds = run_action(self, lambda: BoardService(self.ctx).free_beds(start, end, stay_id=self.stay.id))
        fill_beds(self.bed, [b for b in (beds if ok else []) if b[0] != self.stay.bed_id])

    def submit(self):
        if self.bed.currentData() is None:
            raise ValidationError(
                QCoreApplication.translate("Shelter", "No other bed is free for the rest of this stay."), "bed"
            )
        return self.service.move(self.stay.id, self.bed.currentData(), on=to_date(self.on), reason=self.reason.text())


class DischargeDialog(Form):
    def __init__(self, ctx, stay, parent=None):
        super().__init__(
            ctx, QCoreApplication.translate("Shelter", "Discharge {code}").format(code=stay.client_code), parent
        )
        self.stay = stay
        today = ctx.today()
        self.on = date_edit(today, self)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.on.setMinimumDate(QDate(stay.admitted_on.year, stay.admitted_on.month, stay.admitted_on.day))
        self.outcome = QComboBox(self)
        for code, text in OUTCOMES.items():
            self.outcome.addItem(QCoreApplication.translate("Shelter", text), code)
        self.destination = QComboBox(self)
        self.destination.addItem(QCoreApplication.translate("Shelter", "(not recorded)"), None)
        for choice in self.service.referral_destinations():
            self.destination.addItem(choice.label, choice.id)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(60)
        self.form.addRow(QCoreApplication.translate("Shelter", "Admitted"), QLabel(format_date(stay.admitted_on), self))
        self.form.addRow(QCoreApplication.translate("Shelter", "Discharge date"), self.on)
        self.form.addRow(QCoreApplication.translate("Shelter", "Outcome"), self.outcome)
        self.form.addRow(QCoreApplication.translate("Shelter", "Referred to"), self.destination)
        self.form.addRow(QCoreApplication.translate("Shelter", "Note"), self.note)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.fields.update(discharged_on=self.on, outcome=self.outcome, referral_destination=self.destination)

    def _outcome_changed(self) -> None:
        self.destination.setEnabled(self.outcome.currentData() == "referred")

    def submit(self):
        destination = self.destination.currentData() if self.outcome.currentData() == "referred" else None
        return self.service.discharge(
            self.stay.id,
            to_date(self.on),
            self.outcome.currentData(),
            note=self.note.toPlainText(),
            referral_destination_id=destination,
        )
