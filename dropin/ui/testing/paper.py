"""Paper (retrospective) entry of a test that was timed and read on paper."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.service import TestService
from dropin.ui.common import InlineError, datetime_edit_format, run_action
from dropin.ui.testing.widgets import qdate, pydt


class RetrospectiveForm(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        banner = QLabel(self.tr("Retrospective entry: for tests that were timed and read on paper. Type the start "
                                "and read times; the 20–40 minute rule still applies."))
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff8e1; border: 2px dashed #f9a825; padding: 8px; font-weight: bold;")
        layout.addWidget(banner)
        form = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.lot = QComboBox()
        now = ctx.now()
        self.started = QDateTimeEdit(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        self.read = QDateTimeEdit(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        for edit in (self.started, self.read):
            edit.setDisplayFormat(datetime_edit_format())
            edit.setCalendarPopup(True)
        self.control = QCheckBox(self.tr("Control line (C) visible"))
        self.test_line = QCheckBox(self.tr("Test line (T) visible"))
        self.late = QCheckBox(self.tr("Read after 40 minutes (outcome: invalid)"))
        self.given = QCheckBox(self.tr("Result given to the person"))
        self.post = QCheckBox(self.tr("Post-test counselling given"))
        self.derived = QLabel()
        self.derived.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Client code:"), self.client_code)
        form.addRow(self.tr("Kit lot:"), self.lot)
        form.addRow(self.tr("Test started at:"), self.started)
        form.addRow(self.tr("Test read at:"), self.read)
        form.addRow(self.control)
        form.addRow(self.test_line)
        form.addRow(self.late)
        form.addRow(self.tr("Result:"), self.derived)
        form.addRow(self.given)
        form.addRow(self.post)
        self.error = InlineError()
        form.addRow(self.error)
        self.save = QPushButton(self.tr("Save paper entry"))
        form.addRow(self.save)
        self.saved = QLabel()
        form.addRow(self.saved)
        layout.addLayout(form)
        layout.addStretch(1)
        for box in (self.control, self.test_line, self.late):
            box.toggled.connect(self._update)
        self.save.clicked.connect(self.submit)
        self._update()

    def _update(self) -> None:
        if self.late.isChecked():
            self.derived.setText(rules.Result.INVALID.label)
        else:
            self.derived.setText(rules.derive_result(self.control.isChecked(), self.test_line.isChecked()).label)
        self.control.setEnabled(not self.late.isChecked())
        self.test_line.setEnabled(not self.late.isChecked())

    def refresh(self) -> None:
        self.lot.clear()
        ok, lots = run_action(self, lambda: TestService(self.ctx).usable_lots())
        for lot in lots or []:
            self.lot.addItem(lot.label, lot.id)

    def submit(self) -> None:
        late = self.late.isChecked()
        control = None if late else self.control.isChecked()
        line = None if late else self.test_line.isChecked()
        ok, info = run_action(self, lambda: TestService(self.ctx).record_retrospective_for_client(
            self.client_code.text(), self.lot.currentData(), pydt(self.started.dateTime()),
            pydt(self.read.dateTime()), control, line, result_given=self.given.isChecked(),
            post_test_counselling=self.post.isChecked(),
        ), inline=self.error, fields={"client_code": self.client_code, "lot": self.lot,
                                      "started_at": self.started, "read_at": self.read})
        if ok:
            self.saved.setText(self.tr("Paper entry for {code} saved: {result}.").format(
                code=info.client_code, result=info.result_label))
            self.client_code.clear()
