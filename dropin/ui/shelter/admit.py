"""The admission and reservation dialog: client-code lookup, free beds only, required fields checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from dropin.clients.codes import normalise_code
from dropin.errors import ValidationError
from dropin.security.permissions import Permission
from dropin.shelter.board import BoardService
from dropin.shelter.choices import DEFAULT_NIGHTS, REASONS, STAY_TYPES
from dropin.ui.codelookup import CodeLookup
from dropin.ui.common import run_action
from dropin.ui.shelter.form import Form, date_edit, fill_beds, to_date


class AdmitDialog(Form):
    """Admit someone to a bed now, or reserve a bed from a later date.

    The bed list holds only beds free on every night from the arrival to the
    planned end (refreshed when the dates change). Enter in the code field takes
    the highlighted match; OK checks the code and, for social workers, that at
    least one admission reason is ticked.
    """

    def __init__(self, ctx, bed_id: int | None = None, *, reserve: bool = False, parent=None):
        title = (
            QCoreApplication.translate("Shelter", "Reserve a bed")
            if reserve
            else QCoreApplication.translate("Shelter", "Admit to the shelter")
        )
        super().__init__(ctx, title, parent)
        self.reserve = reserve
        self.wanted_bed = bed_id
        today = ctx.today()
        self.code = CodeLookup(ctx, self, placeholder=QCoreApplication.translate("Shelter", "Type the client code"))
        self.bed = QComboBox(self)
        self.bed.setObjectName("admitBed")
        self.bed.setPlaceholderText(QCoreApplication.translate("Shelter", "No bed is free for these nights"))
        self.setMinimumWidth(640)  # the reasons sit two to a row, long in some languages
        self.stay_type = QComboBox(self)
        for code, text in STAY_TYPES.items():
            self.stay_type.addItem(QCoreApplication.translate("Shelter", text), code)
        self.admitted = date_edit(today + dt.timedelta(days=1) if reserve else today, self)
        if not reserve:
            self.admitted.setMaximumDate(QDate(today.year, today.month, today.day))
        self.planned = date_edit(today + dt.timedelta(days=14), self)
        self.children_count = QSpinBox(self)
        self.children_count.setRange(0, 12)
        self.ages = QLineEdit(self)
        self.ages.setPlaceholderText(QCoreApplication.translate("Shelter", "e.g. 3, 7"))
        self.approved = QComboBox(self)
        for choice in self.service.approvers():
            self.approved.addItem(choice.label, choice.id)
        if ctx.user is not None and self.approved.findData(ctx.user.id) >= 0:
            self.approved.setCurrentIndex(self.approved.findData(ctx.user.id))
        self.form.addRow(QCoreApplication.translate("Shelter", "Client code"), self.code)
        self.form.addRow(QCoreApplication.translate("Shelter", "Type of stay"), self.stay_type)
        self.form.addRow(
            QCoreApplication.translate("Shelter", "Arrival date")
            if reserve
            else QCoreApplication.translate("Shelter", "Admission date"),
            self.admitted,
        )
        self.form.addRow(QCoreApplication.translate("Shelter", "Planned end"), self.planned)
        self.form.addRow(QCoreApplication.translate("Shelter", "Bed"), self.bed)
        self.form.addRow(QCoreApplication.translate("Shelter", "Accompanying children"), self.children_count)
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
        self.planned.dateChanged.connect(self._fill_beds)
        self._default_end()
        self.fields.update(
            client_code=self.code,
            bed=self.bed,
            stay_type=self.stay_type,
            admitted_on=self.admitted,
            planned_end=self.planned,
            children_count=self.children_count,
            children_ages=self.ages,
            approved_by=self.approved,
        )
        self.code.setFocus()

    def _default_end(self) -> None:
        nights = DEFAULT_NIGHTS.get(self.stay_type.currentData(), 14)
        self.planned.setDate(self.admitted.date().addDays(nights))
        self._fill_beds()

    def _fill_beds(self) -> None:
        start, end = to_date(self.admitted), to_date(self.planned)
        ok, beds = run_action(self, lambda: BoardService(self.ctx).free_beds(start, max(end, start)))
        fill_beds(self.bed, beds if ok else [], self.wanted_bed)

    def submit(self):
        if not normalise_code(self.code.text()):
            raise ValidationError(QCoreApplication.translate("Shelter", "Please enter the client code."), "client_code")
        if self.code.service.find(self.code.text()) is None:
            raise ValidationError(
                QCoreApplication.translate("Shelter", "There is no client with the code {code}.").format(
                    code=normalise_code(self.code.text())
                ),
                "client_code",
            )
        if self.bed.currentData() is None:
            raise ValidationError(
                QCoreApplication.translate("Shelter", "No bed is free for all these nights. Choose other dates."), "bed"
            )
        reasons = [c for c, b in self.reason_boxes.items() if b.isChecked()]
        if self.reason_boxes and not self.reserve and not reasons:
            raise ValidationError(
                QCoreApplication.translate("Shelter", "Please choose at least one admission reason."), "reasons"
            )
        return self.service.admit(
            self.code.text(),
            self.bed.currentData(),
            admitted_on=to_date(self.admitted),
            stay_type=self.stay_type.currentData(),
            planned_end=to_date(self.planned),
            reasons=reasons,
            reason_note=self.reason_note.toPlainText() if self.reason_note else None,
            children_count=self.children_count.value(),
            children_ages=self.ages.text(),
            approved_by_id=self.approved.currentData(),
            reserve=self.reserve,
        )
