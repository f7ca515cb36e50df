"""Pre-test counselling form (and "Save and start test")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.history import test_history
from dropin.testing.records import false_negative_warning
from dropin.testing.service import CounsellingService, TestService
from dropin.ui.common import InlineError, format_date, run_action
from dropin.ui.testing.board import ReadTimerBoard
from dropin.ui.testing.widgets import QualityBlock, modality_combo


class HistoryBox(QLabel):
    """A person's earlier tests, newest first, with the months since the last valid one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("testHistory")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#testHistory { background: #eef2f7; border: 1px solid #90a4ae; padding: 6px; }")
        self.hide()

    def show_history(self, history) -> None:
        if not history.tests:
            self.setText(self.tr("{code}: no earlier test recorded here.").format(code=history.client_code))
        else:
            lines = [
                self.tr("{date}: {result}").format(date=format_date(t.started_at), result=t.result_label)
                for t in history.tests[:6]
            ]
            months = history.months_since_last
            if months is None:
                head = self.tr("{code}: no valid result yet.").format(code=history.client_code)
            elif months == 0:
                head = self.tr("{code}: last valid test less than a month ago.").format(code=history.client_code)
            else:
                head = self.tr("{code}: last valid test %n month(s) ago.", None, months).format(
                    code=history.client_code
                )
            self.setText("\n".join([head, *lines]))
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()


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
        self.modality = modality_combo()
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
        left.addRow(self.tr("Where the test is done:"), self.modality)
        self.quality = QualityBlock(ctx)
        left.addRow(self.quality)
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
        self.history = HistoryBox()
        right.addWidget(self.history)
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

        self.client_code.editingFinished.connect(self.show_history)
        self.lot.currentIndexChanged.connect(lambda _i: self.quality.check(self.lot.currentData()))
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
        self.quality.check(self.lot.currentData())

    def show_history(self) -> None:
        """The person's earlier tests (dates, results, months since the last one), read and audited."""
        code = self.client_code.text().strip()
        if not code:
            self.history.clear()
            return
        ok, history = run_action(
            self, lambda: test_history(self.ctx, code), inline=self.error, fields={"client_code": self.client_code}
        )
        if not ok:
            self.history.clear()
            return
        self.history.show_history(history)
        if history.months_since_last is not None and self.months.value() < 0:
            self.ever.setCurrentIndex(self.ever.findData(True))
            self.months.setValue(history.months_since_last)

    def submit(self, start: bool) -> None:
        risks = [
            self.risks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.risks.count())
            if self.risks.item(i).checkState() == Qt.CheckState.Checked
        ]
        months = self.months.value() if self.months.value() >= 0 else None
        fields = {
            "client_code": self.client_code,
            "consent": self.consent,
            "months_since": self.months,
            "lot": self.lot,
        }
        session = dict(
            pre_test_counselling=self.pre.isChecked(),
            consent_given=self.consent.isChecked(),
            risk_items=risks,
            risk_note=self.note.toPlainText(),
            risk_reduction_plan=self.plan.toPlainText(),
            ever_tested=self.ever.currentData(),
            months_since_last_test=months,
            previous_self_test=self.self_test.isChecked(),
            on_prep=self.prep.isChecked(),
            on_art=self.art.isChecked(),
            peer_support_offered=self.peer.isChecked(),
        )
        code, lot_id, modality = self.client_code.text(), self.lot.currentData(), self.modality.currentData()
        if start:  # one action: nothing is saved unless the test can start too
            fields["qc_override"] = self.quality.override
            ok, out = run_action(
                self,
                lambda: TestService(self.ctx).counsel_and_start(
                    code, lot_id, qc_override_reason=self.quality.override_reason(), modality=modality, **session
                ),
                inline=self.error,
                fields=fields,
            )
            if not ok:
                return
            message = self.tr("Counselling for {code} saved; the test is running on the board.").format(
                code=out[0].client_code
            )
            self.board.refresh()
        else:
            ok, info = run_action(
                self,
                lambda: CounsellingService(self.ctx).record_session(code, **session),
                inline=self.error,
                fields=fields,
            )
            if not ok:
                return
            message = self.tr("Counselling for {code} saved.").format(code=info.client_code)
        self.saved.setText(message)
        self.clear()

    def clear(self) -> None:
        self.client_code.clear()
        self.history.clear()
        self.quality.reset()
        for box in (self.pre, self.consent, self.self_test, self.prep, self.art, self.peer):
            box.setChecked(False)
        self.ever.setCurrentIndex(0)
        self.modality.setCurrentIndex(max(0, self.modality.findData(rules.DEFAULT_MODALITY)))
        self.months.setValue(-1)
        self.note.clear()
        self.plan.clear()
        for i in range(self.risks.count()):
            self.risks.item(i).setCheckState(Qt.CheckState.Unchecked)
