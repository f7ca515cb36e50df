"""Beside the incident form: the consent for advocacy use, the evidence log and the legal cases."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dropin.incidents import choices as ch
from dropin.incidents.records import IncidentDetail
from dropin.incidents.service import IncidentService
from dropin.ui.common import Column, InlineError, RowsTableModel, ask_reason, format_date, run_action, shrinkable
from dropin.ui.incidents.widgets import choice_combo, date_edit, to_date


def _small_table(model: RowsTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setMaximumHeight(110)
    return view


class CaseworkPanel(QWidget):
    """Changes are saved at once, each as its own action; ``changed`` asks the page to reload."""

    changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = IncidentService(ctx)
        self.incident_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        consent = QGroupBox(self.tr("Consent to anonymised use in advocacy reports"))
        row = QHBoxLayout(consent)
        self.consent_label = QLabel()
        self.consent_label.setObjectName("consentLabel")
        self.consent_label.setWordWrap(True)
        self.consent_yes = QPushButton(self.tr("The person agrees"))
        self.consent_yes.setObjectName("consentYes")
        self.consent_no = QPushButton(self.tr("The person does not agree"))
        self.consent_no.setObjectName("consentNo")
        self.consent_yes.clicked.connect(lambda: self._consent(True))
        self.consent_no.clicked.connect(lambda: self._consent(False))
        row.addWidget(self.consent_label, 1)
        row.addWidget(self.consent_yes)
        row.addWidget(self.consent_no)
        layout.addWidget(consent)

        evidence = QGroupBox(self.tr("Evidence log (what exists and who holds it; no files are kept here)"))
        evidence.setMinimumWidth(1)
        ebox = QVBoxLayout(evidence)
        self.evidence_model = RowsTableModel(
            [
                Column(self.tr("Evidence"), lambda e: ch.label(ch.EVIDENCE_KINDS, e.kind)),
                Column(self.tr("Held by"), lambda e: ch.label(ch.EVIDENCE_HOLDERS, e.holder)),
                Column(self.tr("Noted"), lambda e: format_date(e.noted_on)),
            ],
            self,
        )
        self.evidence_view = _small_table(self.evidence_model, "evidenceTable")
        ebox.addWidget(self.evidence_view)
        add = QHBoxLayout()
        self.evidence_kind = choice_combo(ch.EVIDENCE_KINDS)
        self.evidence_holder = choice_combo(ch.EVIDENCE_HOLDERS)
        self.add_evidence_button = QPushButton(self.tr("Add to the log"))
        self.add_evidence_button.clicked.connect(self._add_evidence)
        add.addWidget(self.evidence_kind, 1)
        add.addWidget(self.evidence_holder, 1)
        ebox.addLayout(add)
        add = QHBoxLayout()  # the buttons on a row of their own: the form fits beside the list on a small screen
        add.addWidget(self.add_evidence_button)
        self.void_evidence_button = QPushButton(self.tr("Void entry…"))
        self.void_evidence_button.clicked.connect(self._void_evidence)
        add.addWidget(self.void_evidence_button)
        add.addStretch(1)
        ebox.addLayout(add)
        layout.addWidget(evidence)

        cases = QGroupBox(self.tr("Legal case"))
        cbox = QVBoxLayout(cases)
        self.case_model = RowsTableModel(
            [
                Column(self.tr("Case"), lambda c: ch.label(ch.CASE_TYPES, c.case_type)),
                Column(self.tr("Opened"), lambda c: format_date(c.opened_on)),
                Column(
                    self.tr("Stages"),
                    lambda c: ", ".join(
                        f"{ch.label(ch.CASE_STAGES, x.stage)} {format_date(x.reached_on)}" for x in c.stages
                    ),
                ),
                Column(self.tr("Outcome"), lambda c: ch.label(ch.OUTCOMES, c.outcome)),
            ],
            self,
        )
        self.case_view = _small_table(self.case_model, "casesTable")
        self.case_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        cbox.addWidget(self.case_view)
        open_row = QHBoxLayout()
        self.case_type = choice_combo(ch.CASE_TYPES)
        self.open_case_button = QPushButton(self.tr("Open a case"))
        self.open_case_button.clicked.connect(self._open_case)
        self.step_date = date_edit(ctx.today())
        open_row.addWidget(self.case_type, 1)
        open_row.addWidget(self.step_date)
        open_row.addWidget(self.open_case_button)
        cbox.addLayout(open_row)
        step = QHBoxLayout()
        self.stage = choice_combo(ch.CASE_STAGES)
        self.outcome = shrinkable(QComboBox())
        for code in ch.OUTCOMES:
            self.outcome.addItem(ch.label(ch.OUTCOMES, code), code)
        self.add_stage_button = QPushButton(self.tr("Add stage"))
        self.add_stage_button.clicked.connect(self._add_stage)
        self.outcome_button = QPushButton(self.tr("Set outcome"))
        self.outcome_button.clicked.connect(self._set_outcome)
        self.void_case_button = QPushButton(self.tr("Void case…"))
        self.void_case_button.clicked.connect(self._void_case)
        step.addWidget(self.stage, 1)
        step.addWidget(self.add_stage_button)
        cbox.addLayout(step)
        step = QHBoxLayout()
        step.addWidget(self.outcome, 1)
        step.addWidget(self.outcome_button)
        step.addWidget(self.void_case_button)
        cbox.addLayout(step)
        layout.addWidget(cases)
        self.error = InlineError()
        layout.addWidget(self.error)
        self.show_detail(None)

    def show_detail(self, detail: IncidentDetail | None) -> None:
        self.incident_id = detail.id if detail and not detail.voided else None
        for w in self.findChildren(QPushButton):
            w.setEnabled(self.incident_id is not None)
        self.error.clear()
        if detail is None:
            self.consent_label.setText(self.tr("Save the incident first."))
            self.evidence_model.set_rows([])
            self.case_model.set_rows([])
            return
        if detail.consent_on is None:
            self.consent_label.setText(self.tr("Not asked yet: the case is not used in advocacy reports."))
        elif detail.consent:
            self.consent_label.setText(self.tr("Agreed on {date}.").format(date=format_date(detail.consent_on)))
        else:
            self.consent_label.setText(
                self.tr("Did not agree ({date}): the case is not used in advocacy reports.").format(
                    date=format_date(detail.consent_on)
                )
            )
        self.evidence_model.set_rows(detail.evidence)
        self.case_model.set_rows(detail.cases)
        if detail.cases:
            self.case_view.selectRow(len(detail.cases) - 1)

    def _selected_case(self) -> int | None:
        rows = self.case_view.selectionModel().selectedRows()
        if rows:
            return self.case_model.row_at(rows[0].row()).id
        cases = self.case_model.rows()
        return cases[-1].id if cases else None

    def _do(self, action, fields=None) -> bool:
        if self.incident_id is None:
            return False
        ok, _ = run_action(self, action, inline=self.error, fields=fields)
        if ok:
            self.changed.emit()
        return ok

    def _consent(self, value: bool) -> bool:
        incident_id = self.incident_id
        if incident_id is None:
            return False
        return self._do(lambda: self.service.set_consent(incident_id, value))

    def _add_evidence(self) -> bool:
        incident_id = self.incident_id
        if incident_id is None:
            return False
        kind, holder = self.evidence_kind.currentData(), self.evidence_holder.currentData()
        ok = self._do(
            lambda: self.service.add_evidence(incident_id, kind, holder),
            {"evidence_kind": self.evidence_kind, "evidence_holder": self.evidence_holder},
        )
        if ok:
            self.evidence_kind.setCurrentIndex(0)
            self.evidence_holder.setCurrentIndex(0)
        return ok

    def _open_case(self) -> bool:
        incident_id, case_type = self.incident_id, self.case_type.currentData()
        if incident_id is None:
            return False
        return self._do(
            lambda: self.service.open_case(incident_id, case_type, to_date(self.step_date)),
            {"case_type": self.case_type, "opened_on": self.step_date},
        )

    def _void_evidence(self) -> bool:
        """An evidence entry logged by mistake is voided with a reason (kept, not deleted)."""
        index = self.evidence_view.currentIndex()
        if not index.isValid():
            self.error.show_message(self.tr("Select an evidence entry first."))
            return False
        evidence_id = self.evidence_model.row_at(index.row()).id
        reason = ask_reason(
            self, self.tr("Void evidence entry"), self.tr("Why is this entry void? (It is kept, not deleted.)")
        )
        return reason is not None and self._do(lambda: self.service.void_evidence(evidence_id, reason))

    def _void_case(self) -> bool:
        """A legal case opened by mistake is voided with a reason (kept, not deleted)."""
        case_id = self._need_case()
        if case_id is None:
            return False
        reason = ask_reason(
            self, self.tr("Void legal case"), self.tr("Why is this case void? (It is kept, not deleted.)")
        )
        return reason is not None and self._do(lambda: self.service.void_case(case_id, reason))

    def _need_case(self) -> int | None:
        case_id = self._selected_case()
        if case_id is None:
            self.error.show_message(self.tr("Open a case first."))
        return case_id

    def _add_stage(self) -> bool:
        case_id, stage = self._need_case(), self.stage.currentData()
        if case_id is None:
            return False
        return self._do(
            lambda: self.service.add_stage(case_id, stage, to_date(self.step_date)),
            {"stage": self.stage, "stage_on": self.step_date},
        )

    def _set_outcome(self) -> bool:
        case_id, outcome = self._need_case(), self.outcome.currentData()
        if case_id is None:
            return False
        return self._do(
            lambda: self.service.set_outcome(case_id, outcome, to_date(self.step_date)),
            {"outcome": self.outcome, "decided_on": self.step_date},
        )
