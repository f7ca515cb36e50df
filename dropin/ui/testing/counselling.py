"""Pre-test counselling form (and "Save and start test")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.service import CounsellingService, TestService, false_negative_warning
from dropin.ui.common import InlineError, run_action
from dropin.ui.testing.board import ReadTimerBoard



class CounsellingForm(QWidget):
    def __init__(self, ctx: ServiceContext, board: ReadTimerBoard, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.board = board
        outer = QHBoxLayout(self)
        left = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.pre = QCheckBox(self.tr("Pre-test counselling given"))
        self.consent = QCheckBox(self.tr("Verbal informed consent to a voluntary test"))
        self.consent.setStyleSheet("font-weight: bold;")
        self.ever = QComboBox()
        self.ever.addItem(self.tr("Not asked"), None)
        self.ever.addItem(self.tr("Yes"), True)
        self.ever.addItem(self.tr("No, first test"), False)
        self.months = QSpinBox()
        self.months.setRange(-1, 600)
        self.months.setSpecialValueText(self.tr("—"))
        self.months.setValue(-1)
        self.self_test = QCheckBox(self.tr("Has used an HIV self-test before"))
        self.prep = QCheckBox(self.tr("On PrEP"))
        self.art = QCheckBox(self.tr("On ART"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;")
        self.warning.hide()
        self.peer = QCheckBox(self.tr("PLHIV peer-support contact offered"))
        self.lot = QComboBox()
        left.addRow(self.tr("Client code:"), self.client_code)
        left.addRow(self.pre)
        left.addRow(self.consent)
        left.addRow(self.tr("Tested before:"), self.ever)
        left.addRow(self.tr("Months since last test:"), self.months)
        left.addRow(self.self_test)
        flags = QHBoxLayout()
        flags.addWidget(self.prep)
        flags.addWidget(self.art)
        flags.addStretch(1)
        left.addRow(flags)
        left.addRow(self.warning)
        left.addRow(self.peer)
        left.addRow(self.tr("Kit lot for the test:"), self.lot)
        self.error = InlineError()
        left.addRow(self.error)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save counselling"))
        self.save_start = QPushButton(self.tr("Save and start test"))
        self.save_start.setDefault(True)
        buttons.addWidget(self.save)
        buttons.addWidget(self.save_start)
        buttons.addStretch(1)
        left.addRow(buttons)
        self.saved = QLabel()
        self.saved.setStyleSheet("color: #1b5e20;")
        left.addRow(self.saved)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Individual risk assessment")))
        self.risks = QListWidget()
        for code in rules.RISK_ITEMS:
            item = QListWidgetItem(rules.label(rules.RISK_ITEMS, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.risks.addItem(item)
        self.risks.setMaximumHeight(190)
        right.addWidget(self.risks)
        right.addWidget(QLabel(self.tr("Risk assessment note")))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        right.addWidget(self.note)
        right.addWidget(QLabel(self.tr("Risk-reduction plan")))
        self.plan = QPlainTextEdit()
        self.plan.setMaximumHeight(80)
        right.addWidget(self.plan)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)

        self.prep.toggled.connect(self._warn)
        self.art.toggled.connect(self._warn)
        self.save.clicked.connect(lambda: self.submit(start=False))
        self.save_start.clicked.connect(lambda: self.submit(start=True))

    def _warn(self) -> None:
        text = false_negative_warning(self.prep.isChecked(), self.art.isChecked())
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def refresh(self) -> None:
        self.lot.clear()
        ok, lots = run_action(self, lambda: TestService(self.ctx).usable_lots())
        for lot in lots or []:
            self.lot.addItem(lot.label, lot.id)

    def submit(self, start: bool) -> None:
        risks = [self.risks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.risks.count())
                 if self.risks.item(i).checkState() == Qt.CheckState.Checked]
        months = self.months.value() if self.months.value() >= 0 else None
        fields = {"client_code": self.client_code, "consent": self.consent, "months_since": self.months,
                  "lot": self.lot}
        ok, info = run_action(self, lambda: CounsellingService(self.ctx).record_session(
            self.client_code.text(), pre_test_counselling=self.pre.isChecked(),
            consent_given=self.consent.isChecked(), risk_items=risks, risk_note=self.note.toPlainText(),
            risk_reduction_plan=self.plan.toPlainText(), ever_tested=self.ever.currentData(),
            months_since_last_test=months, previous_self_test=self.self_test.isChecked(),
            on_prep=self.prep.isChecked(), on_art=self.art.isChecked(), peer_support_offered=self.peer.isChecked(),
        ), inline=self.error, fields=fields)
        if not ok:
            return
        message = self.tr("Counselling for {code} saved.").format(code=info.client_code)
        if start:
            lot_id = self.lot.currentData()
            ok, test = run_action(self, lambda: TestService(self.ctx).start_test(info.id, lot_id),
                                  inline=self.error, fields=fields)
            if not ok:
                self.saved.setText(message)
                return
            message = self.tr("Counselling for {code} saved; the test is running on the board.").format(
                code=info.client_code)
            self.board.refresh()
        self.saved.setText(message)
        self.clear()

    def clear(self) -> None:
        self.client_code.clear()
        for box in (self.pre, self.consent, self.self_test, self.prep, self.art, self.peer):
            box.setChecked(False)
        self.ever.setCurrentIndex(0)
        self.months.setValue(-1)
        self.note.clear()
        self.plan.clear()
        for i in range(self.risks.count()):
            self.risks.item(i).setCheckState(Qt.CheckState.Unchecked)
