"""The counsellor's testing page: overdue follow-ups on top, then the board, forms, stock, QC and referrals."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.ui.testing.board import ReadTimerBoard
from dropin.ui.testing.overdue import OverdueBanner
from dropin.ui.testing.counselling import CounsellingForm
from dropin.ui.testing.paper import RetrospectiveForm
from dropin.ui.testing.referrals import ReferralsTab
from dropin.ui.testing.kits import StockTab
from dropin.ui.testing.qc import QcTab
from dropin.ui.testing.breakglass import BreakGlassTab


__all__ = ["TestingPage", "StockTab"]


class TestingPage(QWidget):
    __test__ = False

    def __init__(self, ctx: ServiceContext, parent=None, clock=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.overdue = OverdueBanner(ctx)
        layout.addWidget(self.overdue)
        self.overdue.setVisible(ctx.can(Permission.REFERRAL_FOLLOWUP))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.board = self.counselling = self.retro = self.referrals = None
        if ctx.can(Permission.TEST_RECORD):
            self.board = ReadTimerBoard(ctx, clock or ctx.clock)
            self.counselling = CounsellingForm(ctx, self.board)
            self.retro = RetrospectiveForm(ctx)
            self.tabs.addTab(self.board, self.tr("Read-timer board"))
            self.tabs.addTab(self.counselling, self.tr("Counselling"))
            self.tabs.addTab(self.retro, self.tr("Paper entry (retrospective)"))
            self.board.changed.connect(self._after_result)
        if ctx.can(Permission.REFERRAL_FOLLOWUP):
            self.referrals = ReferralsTab(ctx)
            self.tabs.addTab(self.referrals, self.tr("Referrals and follow-up"))
            self.overdue.view.doubleClicked.connect(self._open_overdue)
            self.referrals.changed.connect(self.overdue.refresh)
        self.stock = self.qc = self.break_glass = None
        if ctx.can(Permission.KIT_VIEW):
            self.stock = StockTab(ctx)
            self.qc = QcTab(ctx)
            self.tabs.addTab(self.stock, self.tr("Kit stock"))
            self.tabs.addTab(self.qc, self.tr("Quality control"))
        if ctx.can(Permission.TEST_BREAK_GLASS):
            self.break_glass = BreakGlassTab(ctx)
            self.tabs.addTab(self.break_glass, self.tr("Open one record (break-glass)"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())

    def _parts(self):
        return [p for p in (self.board, self.counselling, self.retro, self.referrals, self.stock, self.qc) if p]

    def refresh(self) -> None:
        if self.overdue.isVisibleTo(self) or self.ctx.can(Permission.REFERRAL_FOLLOWUP):
            if self.ctx.can(Permission.REFERRAL_FOLLOWUP):
                self.overdue.refresh()
        self._refresh_current()
        if self.board is not None and self.tabs.currentWidget() is not self.board:
            self.board.refresh()

    def _refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()

    def _after_result(self) -> None:
        if self.ctx.can(Permission.REFERRAL_FOLLOWUP):
            self.overdue.refresh()

    def _open_overdue(self, index) -> None:
        row = self.overdue.model.row_at(index.row())
        self.tabs.setCurrentWidget(self.referrals)
        self.referrals.select_id(row.id)

    def clear_sensitive(self) -> None:
        self.overdue.clear_sensitive()
        for part in (self.board, self.referrals, self.break_glass):
            if part is not None:
                part.clear_sensitive()
        if self.counselling is not None:
            self.counselling.clear()
