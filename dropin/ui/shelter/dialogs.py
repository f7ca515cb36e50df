"""Admission, extension, move and discharge dialogs (they call the stay service via run_action)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from dropin.security.permissions import Permission
from dropin.shelter.choices import DEFAULT_NIGHTS, OUTCOMES, REASONS, STAY_TYPES
from dropin.shelter.stays import StayService
from dropin.ui.common import InlineError, date_edit_format, format_date, run_action


def date_edit(value: dt.date, parent=None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class _Form(QDialog):
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


class AdmitDialog(_Form):
    """Admit someone to a bed now, or reserve a bed from a later date."""

    def __init__(self, ctx, beds: list[tuple[int, str]], bed_id: int | None = None, *, reserve: bool = False,
                 parent=None):
        super().__init__(ctx, QCoreApplication.translate("Shelter", "Reserve a bed") if reserve else QCoreApplication.translate("Shelter", "Admit to the shelter"), parent)
        self.reserve = reserve
        today = ctx.today()
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(QCoreApplication.translate("Shelter", "Client code"))
        self.code.setObjectName("clientCode")
        self.bed = QComboBox(self)
        for bid, label in beds:
            self.bed.addItem(label, bid)
        if bed_id is not None and self.bed.findData(bed_id) >= 0:
            self.bed.setCurrentIndex(self.bed.findData(bed_id))
        self.stay_type = QComboBox(self)
        for code, text in STAY_TYPES.items():
            self.stay_type.addItem(QCoreApplication.translate("Shelter", text), code)
        self.admitted = date_edit(today + dt.timedelta(days=1) if reserve else today, self)
        if not reserve:
            self.admitted.setMaximumDate(QDate(today.year, today.month, today.day))
        self.planned = date_edit(today + dt.timedelta(days=14), self)
        self.children = QSpinBox(self)
        self.children.setRange(0, 12)
        self.ages = QLineEdit(self)
        self.ages.setPlaceholderText(QCoreApplication.translate("Shelter", "e.g. 3, 7"))
        self.approved = QComboBox(self)
        for choice in self.service.approvers():
            self.approved.addItem(choice.label, choice.id)
        if ctx.user is not None and self.approved.findData(ctx.user.id) >= 0:
            self.approved.setCurrentIndex(self.approved.findData(ctx.user.id))
        self.form.addRow(QCoreApplication.translate("Shelter", "Client code"), self.code)
        self.form.addRow(QCoreApplication.translate("Shelter", "Bed"), self.bed)
        self.form.addRow(QCoreApplication.translate("Shelter", "Type of stay"), self.stay_type)
        self.form.addRow(QCoreApplication.translate("Shelter", "Arrival date") if reserve else QCoreApplication.translate("Shelter", "Admission date"), self.admitted)
        self.form.addRow(QCoreApplication.translate("Shelter", "Planned end"), self.planned)
        self.form.addRow(QCoreApplication.translate("Shelter", "Accompanying children"), self.children)
        self.form.addRow(QCoreApplication.translate("Shelter", "Children's ages"), self.ages)
        self.form.addRow(QCoreApplication.translate("Shelter", "Approved by"), self.approved)
        self.reason_boxes: dict[str, QCheckBox] = {}
        self.reason_note = None
        if ctx.can(Permission.SHELTER_CASE):
            grid_host = QWidget(self)
            grid = QGridLayout(grid_host)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, (code, text) in enumerate(REASONS.items()):
                box = QCheckBox(QCoreApplication.translate("Shelter", text), grid_host)
                self.reason_boxes[code] = box
                grid.addWidget(box, i // 2, i % 2)
            self.reason_note = QPlainTextEdit(self)
            self.reason_note.setFixedHeight(60)
            self.form.addRow(QCoreApplication.translate("Shelter", "Admission reasons"), grid_host)
            self.form.addRow(QCoreApplication.translate("Shelter", "Reason note"), self.reason_note)
            self.fields["reasons"] = grid_host
        self.stay_type.currentIndexChanged.connect(self._default_end)
        self.admitted.dateChanged.connect(self._default_end)
        self._default_end()
        self.fields.update(client_code=self.code, bed=self.bed, stay_type=self.stay_type, admitted_on=self.admitted,
                           planned_end=self.planned, children_count=self.children, children_ages=self.ages,
                           approved_by=self.approved)
        self.code.setFocus()

    def _default_end(self) -> None:
        nights = DEFAULT_NIGHTS.get(self.stay_type.currentData(), 14)
        self.planned.setDate(self.admitted.date().addDays(nights))

    def submit(self):
        return self.service.admit(
            self.code.text(), self.bed.currentData(), admitted_on=to_date(self.admitted),
            stay_type=self.stay_type.currentData(), planned_end=to_date(self.planned),
            reasons=[c for c, b in self.reason_boxes.items() if b.isChecked()],
            reason_note=self.reason_note.toPlainText() if self.reason_note else None,
            children_count=self.children.value(), children_ages=self.ages.text(),
            approved_by_id=self.approved.currentData(), reserve=self.reserve)


class ExtendDialog(_Form):
    def __init__(self, ctx, stay, parent=None):
        super().__init__(ctx, QCoreApplication.translate("Shelter", "Extend stay of {code}").format(code=stay.client_code), parent)
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
        return self.service.extend(self.stay.id, to_date(self.new_end), self.reason.toPlainText(),
                                   review_on=to_date(self.review) if self.has_review.isChecked() else None,
                                   approved_by_id=self.approved.currentData())


class MoveDialog(_Form):
    def __init__(self, ctx, stay, beds: list[tuple[int, str]], parent=None):
        super().__init__(ctx, QCoreApplication.translate("Shelter", "Move {code} to another bed").format(code=stay.client_code), parent)
        self.stay = stay
        self.bed = QComboBox(self)
        for bid, label in beds:
            if bid != stay.bed_id:
                self.bed.addItem(label, bid)
        today = ctx.today()
        self.on = date_edit(today, self)
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason = QLineEdit(self)
        self.form.addRow(QCoreApplication.translate("Shelter", "Now in"), QLabel(stay.bed_label, self))
        self.form.addRow(QCoreApplication.translate("Shelter", "New bed"), self.bed)
        if stay.status == "active":
            self.form.addRow(QCoreApplication.translate("Shelter", "From the night of"), self.on)
        self.form.addRow(QCoreApplication.translate("Shelter", "Reason"), self.reason)
        self.fields.update(bed=self.bed, moved_on=self.on)

    def submit(self):
        return self.service.move(self.stay.id, self.bed.currentData(), on=to_date(self.on), reason=self.reason.text())


class DischargeDialog(_Form):
    def __init__(self, ctx, stay, parent=None):
        super().__init__(ctx, QCoreApplication.translate("Shelter", "Discharge {code}").format(code=stay.client_code), parent)
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
        return self.service.discharge(self.stay.id, to_date(self.on), self.outcome.currentData(),
                                      note=self.note.toPlainText(), referral_destination_id=destination)
