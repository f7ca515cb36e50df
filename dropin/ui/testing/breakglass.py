"""Break-glass: a manager opens one test record with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.testing.service import TestService
from dropin.ui.common import InlineError, format_datetime, run_action


class BreakGlassTab(QWidget):
    """A manager opens ONE test record after giving a reason (both are audited)."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Test results are for peer counsellors only. Open a single record only when there is "
                "a real need; your reason and the opening are written to the audit log."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("background: #ffebee; color: #b71c1c; padding: 8px; font-weight: bold;")
        layout.addWidget(intro)
        form = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.find_button = QPushButton(self.tr("Find tests"))
        row = QHBoxLayout()
        row.addWidget(self.client_code)
        row.addWidget(self.find_button)
        row.addStretch(1)
        form.addRow(self.tr("Client code:"), row)
        self.tests = QComboBox()
        form.addRow(self.tr("Test:"), self.tests)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(70)
        form.addRow(self.tr("Reason:"), self.reason)
        self.open_button = QPushButton(self.tr("Open this one record"))
        form.addRow(self.open_button)
        layout.addLayout(form)
        self.error = InlineError()
        layout.addWidget(self.error)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.find_button.clicked.connect(self._find)
        self.open_button.clicked.connect(self._open)

    def _find(self) -> None:
        self.tests.clear()
        ok, rows = run_action(
            self,
            lambda: TestService(self.ctx).break_glass_candidates(self.client_code.text()),
            inline=self.error,
            fields={"client_code": self.client_code},
        )
        for c in rows or []:
            self.tests.addItem(format_datetime(c.started_at), c.id)

    def _open(self) -> None:
        test_id = self.tests.currentData()
        if test_id is None:
            self.error.show_message(self.tr("Find the person's tests and choose one first."))
            return
        ok, info = run_action(
            self,
            lambda: TestService(self.ctx).break_glass_open(test_id, self.reason.toPlainText()),
            inline=self.error,
            fields={"reason": self.reason},
        )
        if ok:
            self.result.setText(
                self.tr("{code}, test of {date}: {result}. Result given: {given}.").format(
                    code=info.client_code,
                    date=format_datetime(info.started_at),
                    result=info.result_label,
                    given=self.tr("yes") if info.result_given else self.tr("no"),
                )
            )
            self.reason.clear()

    def clear_sensitive(self) -> None:
        self.result.clear()
        self.tests.clear()
