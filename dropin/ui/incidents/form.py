"""The incident form: who and when, what happened, support given, the person's own choice to complain."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dropin.incidents import choices as ch
from dropin.incidents.records import IncidentDetail, IncidentInput
from dropin.incidents.service import IncidentService
from dropin.ui.common import InlineError, date_edit_format, run_action
from dropin.ui.incidents.widgets import Ticks, choice_combo, date_edit, set_choice, to_date


class IncidentForm(QWidget):
    """New or existing incident. ``saved(int)`` carries the incident id."""

    saved = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = IncidentService(ctx)
        self.incident_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("incidentHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        who = QGroupBox(self.tr("Who, when and where"))
        form = QFormLayout(who)
        self.code = QLineEdit()
        self.code.setObjectName("incidentCode")
        self.code.setPlaceholderText(self.tr("Leave empty to record the incident anonymously"))
        form.addRow(self.tr("Client code"), self.code)
        when = QHBoxLayout()
        self.date = date_edit(ctx.today())
        self.date.setObjectName("incidentDate")
        self.precision = QComboBox()
        self.precision.setObjectName("incidentPrecision")
        for code in ch.PRECISIONS:
            self.precision.addItem(ch.label(ch.PRECISIONS, code), code)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        when.addWidget(self.date)
        when.addWidget(self.precision)
        when.addStretch(1)
        form.addRow(self.tr("Date"), when)
        self.place = choice_combo(ch.PLACE_TYPES)
        self.place.setObjectName("incidentPlace")
        form.addRow(self.tr("Kind of place"), self.place)
        self.area = QComboBox()
        self.area.setObjectName("incidentArea")
        self.area.setEditable(True)
        area_line = self.area.lineEdit()  # there since the box is editable
        if area_line is not None:
            area_line.setPlaceholderText(self.tr("District or town, no addresses"))
        form.addRow(self.tr("Area"), self.area)
        self.perpetrator = choice_combo(ch.PERPETRATORS)
        self.perpetrator.setObjectName("incidentPerpetrator")
        form.addRow(self.tr("Who did it"), self.perpetrator)
        layout.addWidget(who)

        what = QGroupBox(self.tr("What happened (tick all that apply)"))
        wbox = QVBoxLayout(what)
        wbox.addWidget(ticks := Ticks(ch.VIOLATIONS, 2))
        self.violations = ticks
        self.account = QPlainTextEdit()
        self.account.setObjectName("incidentAccount")
        self.account.setPlaceholderText(self.tr("What the person told, in their words (seen only by legal advisors)"))
        self.account.setFixedHeight(56)
        wbox.addWidget(self.account)
        layout.addWidget(what)

        support = QGroupBox(self.tr("Support given"))
        QVBoxLayout(support).addWidget(ticks := Ticks(ch.SUPPORT, 2))
        self.support = ticks
        layout.addWidget(support)

        complaint = QGroupBox(self.tr("Complaint (always the person's own choice)"))
        cbox = QVBoxLayout(complaint)
        row = QHBoxLayout()
        self.complained_yes = QRadioButton(self.tr("The person chose to complain"))
        self.complained_yes.setObjectName("complainedYes")
        self.complained_no = QRadioButton(self.tr("The person chose not to complain"))
        self.complained_no.setObjectName("complainedNo")
        self.complaint_group = QButtonGroup(self)
        self.complaint_group.addButton(self.complained_yes)
        self.complaint_group.addButton(self.complained_no)
        row.addWidget(self.complained_yes)
        row.addWidget(self.complained_no)
        row.addStretch(1)
        cbox.addLayout(row)
        where = QHBoxLayout()
        self.complaint_to = choice_combo(ch.COMPLAINT_BODIES)
        self.complaint_to.setObjectName("complaintTo")
        self.complaint_on = date_edit(ctx.today())
        self.complaint_on.setObjectName("complaintOn")
        where.addWidget(QLabel(self.tr("Where")))
        where.addWidget(self.complaint_to, 1)
        where.addWidget(QLabel(self.tr("When")))
        where.addWidget(self.complaint_on)
        cbox.addLayout(where)
        self.complained_yes.toggled.connect(self._complaint_changed)
        layout.addWidget(complaint)

        bottom = QHBoxLayout()
        self.error = InlineError()
        self.confirmation = QLabel()
        self.confirmation.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.save_button = QPushButton(self.tr("Save incident"))
        self.save_button.setObjectName("saveIncident")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.confirmation, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.new()

    def _precision_changed(self) -> None:
        """Show only what is known of the date: the month and year, or the year."""
        precision = self.precision.currentData()
        self.date.setDisplayFormat({"month": "MM.yyyy", "year": "yyyy"}.get(precision) or date_edit_format())

    def _complaint_changed(self) -> None:
        on = self.complained_yes.isChecked()
        self.complaint_to.setEnabled(on)
        self.complaint_on.setEnabled(on)

    def _load_areas(self, current: str | None) -> None:
        ok, areas = run_action(self, self.service.areas)
        self.area.clear()
        self.area.addItems([""] + (areas if ok else []))
        self.area.setEditText(current or "")

    def new(self) -> None:
        """An empty form: nothing chosen, nothing ticked, the complaint undecided."""
        self.incident_id = None
        self.heading.setText(self.tr("New incident"))
        self.code.clear()
        self.date.setDate(date_edit(self.ctx.today()).date())
        self.precision.setCurrentIndex(0)
        for combo in (self.place, self.perpetrator, self.complaint_to):
            combo.setCurrentIndex(0)
        self.violations.set_codes(())
        self.support.set_codes(())
        self.account.clear()
        self._set_complained(None)
        self.complaint_on.setDate(date_edit(self.ctx.today()).date())
        self.error.clear()
        self.confirmation.clear()
        self._load_areas(None)

    def _set_complained(self, value: bool | None) -> None:
        self.complaint_group.setExclusive(False)
        self.complained_yes.setChecked(value is True)
        self.complained_no.setChecked(value is False)
        self.complaint_group.setExclusive(True)
        self._complaint_changed()

    def show_detail(self, detail: IncidentDetail) -> None:
        d = detail.data
        self.incident_id = detail.id
        if detail.voided:
            self.heading.setText(self.tr("Voided incident: {reason}").format(reason=detail.void_reason or ""))
        elif detail.waiting:
            self.heading.setText(self.tr("Opened at check-in: please record what happened"))
        else:
            self.heading.setText(self.tr("Incident"))
        self.code.setText(d.client_code or "")
        self.date.setDate(date_edit(d.occurred_on).date())
        self.precision.setCurrentIndex(max(self.precision.findData(d.date_precision), 0))
        set_choice(self.place, d.place_type)
        set_choice(self.perpetrator, d.perpetrator)
        self.violations.set_codes(d.violations)
        self.support.set_codes(d.support)
        self.account.setPlainText(d.account or "")
        self._set_complained(d.complained)
        set_choice(self.complaint_to, d.complaint_to)
        if d.complaint_on:
            self.complaint_on.setDate(date_edit(d.complaint_on).date())
        self._load_areas(d.area)
        self.save_button.setEnabled(not detail.voided)
        self.error.clear()
        self.confirmation.clear()

    def data(self) -> IncidentInput:
        complained = True if self.complained_yes.isChecked() else False if self.complained_no.isChecked() else None
        return IncidentInput(
            occurred_on=to_date(self.date),
            date_precision=self.precision.currentData(),
            client_code=self.code.text().strip() or None,
            place_type=self.place.currentData(),
            area=self.area.currentText().strip() or None,
            perpetrator=self.perpetrator.currentData(),
            violations=self.violations.codes(),
            support=self.support.codes(),
            account=self.account.toPlainText(),
            complained=complained,
            complaint_to=self.complaint_to.currentData() if complained else None,
            complaint_on=to_date(self.complaint_on) if complained else None,
        )

    def save(self) -> int | None:
        data = self.data()
        fields = {
            "client_code": self.code,
            "occurred_on": self.date,
            "date_precision": self.precision,
            "place_type": self.place,
            "perpetrator": self.perpetrator,
            "account": self.account,
            "complaint_to": self.complaint_to,
            "complaint_on": self.complaint_on,
            "violations": self.violations.boxes[next(iter(ch.VIOLATIONS))],
        }
        if self.incident_id is None:
            ok, incident_id = run_action(self, lambda: self.service.create(data), inline=self.error, fields=fields)
        else:
            current = self.incident_id
            ok, _ = run_action(self, lambda: self.service.update(current, data), inline=self.error, fields=fields)
            incident_id = current
        if not ok:
            return None
        self.incident_id = incident_id
        self.confirmation.setText(self.tr("Incident saved."))
        self.saved.emit(incident_id)
        return incident_id
