"""The overdue follow-up banner at the top of the testing page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from dropin.context import ServiceContext
from dropin.i18n import translate
from dropin.testing.referrals import ReferralService
from dropin.ui.common import Column, RowsTableModel, format_date, format_number, run_action
from dropin.ui.testing.widgets import ALERT, MARK, make_table


class OverdueBanner(QFrame):
    """Top of the page, red, with a count badge: impossible to miss."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overdueBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Overdue follow-ups"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b71c1c;")
        self.badge = QLabel("0")
        self.badge.setObjectName("overdueBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumSize(34, 28)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b71c1c;")
        head.addWidget(self.title)
        head.addWidget(self.badge)
        head.addWidget(self.hint, 1)
        layout.addLayout(head)
        self.model = RowsTableModel(
            [
                Column(self.tr("Client code"), lambda r: r.client_code),
                Column(self.tr("Days overdue"), lambda r: f"{MARK} {r.days_overdue}", Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Due"), lambda r: format_date(r.due_date)),
                Column(self.tr("Referred to"), lambda r: r.destination or "—"),
                Column(self.tr("Contact attempts"), lambda r: r.attempts, Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Last attempt"), lambda r: format_date(r.last_attempt_on)),
            ]
        )
        self.model.row_style = lambda r: {"background": ALERT}
        self.view = make_table(self.model, 40)
        self.view.setFixedHeight(60)
        layout.addWidget(self.view)
        self.set_count(0)

    def set_count(self, n: int) -> None:
        self.badge.setText(format_number(n))
        if n:
            self.setStyleSheet(
                "QFrame#overdueBanner { background: #ffebee; border: 3px solid #c62828; border-radius: 6px; }"
            )
            self.badge.setStyleSheet(
                "background: #c62828; color: white; font-weight: bold; font-size: 13pt; "
                "border-radius: 14px; padding: 2px 10px;"
            )
            self.hint.setText(
                translate("TestingPage", "%n person(s) not yet linked past the due date: contact them today.", None, n)
            )
            self.view.show()
        else:
            self.setStyleSheet(
                "QFrame#overdueBanner { background: #f1f8e9; border: 1px solid #aed581; border-radius: 6px; }"
            )
            self.badge.setStyleSheet(
                "background: #7cb342; color: white; font-weight: bold; font-size: 13pt; "
                "border-radius: 14px; padding: 2px 10px;"
            )
            self.hint.setText(self.tr("No follow-up is overdue."))
            self.view.hide()
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        assert layout is not None  # set in __init__
        m = layout.contentsMargins()
        head = max(self.title.sizeHint().height(), self.badge.minimumHeight(), self.hint.sizeHint().height())
        height = m.top() + m.bottom() + head + 6
        if not self.view.isHidden():
            height += layout.spacing() + self.view.maximumHeight()
        self.setFixedHeight(height)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: ReferralService(self.ctx).overdue())
        rows = rows or []
        self.model.set_rows(rows)
        self.set_count(len(rows))
        shown = max(1, min(len(rows), 5))
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height()
            + 4
            + shown * max(24, self.view.verticalHeader().defaultSectionSize())
        )
        self._fit()

    def clear_sensitive(self) -> None:
        self.model.set_rows([])
        self.set_count(0)
