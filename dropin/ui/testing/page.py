"""The counsellor's testing page: overdue follow-ups on top, then the board, forms, stock, QC and referrals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from dropin.context import ServiceContext
from dropin.i18n import translate
from dropin.security.permissions import Permission
from dropin.ui.testing.board import ReadTimerBoard
from dropin.ui.testing.breakglass import BreakGlassTab
from dropin.ui.testing.counselling import CounsellingForm
from dropin.ui.testing.kits import StockTab
from dropin.ui.testing.overdue import OverdueBanner
from dropin.ui.testing.paper import RetrospectiveForm
from dropin.ui.testing.qc import QcTab
from dropin.ui.testing.referrals import ReferralsTab

__all__ = ["TestingPage", "StockTab"]


def scrolled(widget: QWidget) -> QScrollArea:
    """A tab's content in a scroll area, so a tall form never stretches the window past the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class TestingPage(QWidget):
    """Overdue follow-ups on top, then one tab per task.

    Signals for the main window: :attr:`attention` (a test is ready to read; the text names no one) and
    :attr:`badge_changed` (what the Testing item in the navigation shows: overdue and ready counts).
    """

    __test__ = False
    attention = Signal(str)
    badge_changed = Signal(str)

    def __init__(self, ctx: ServiceContext, parent=None, clock=None):
        super().__init__(parent)
        self.ctx = ctx
        self.overdue_count = self.ready_count = 0
        layout = QVBoxLayout(self)
        self.overdue = OverdueBanner(ctx)
        layout.addWidget(self.overdue)
        self.overdue.setVisible(ctx.can(Permission.REFERRAL_FOLLOWUP))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._parts: list[QWidget] = []
        self.board = self.counselling = self.retro = self.referrals = None
        if ctx.can(Permission.TEST_RECORD):
            self.board = ReadTimerBoard(ctx, clock or ctx.clock)
            self.counselling = CounsellingForm(ctx, self.board)
            self.retro = RetrospectiveForm(ctx)
            self._add(self.board, self.tr("Read-timer board"), scroll=False)
            self._add(self.counselling, self.tr("Counselling"))
            self._add(self.retro, self.tr("Paper entry (retrospective)"))
            self.board.changed.connect(self._after_result)
            self.board.test_ready.connect(self.attention)
            self.board.ready_count_changed.connect(self._ready_changed)
        if ctx.can(Permission.REFERRAL_FOLLOWUP):
            self.referrals = ReferralsTab(ctx)
            self._add(self.referrals, self.tr("Referrals and follow-up"), scroll=False)
            self.overdue.view.doubleClicked.connect(self._open_overdue)
            self.referrals.changed.connect(self._refresh_overdue)
        self.stock = self.qc = self.break_glass = None
        if ctx.can(Permission.KIT_VIEW):
            self.stock = StockTab(ctx)
            self.qc = QcTab(ctx)
            self._add(self.stock, self.tr("Kit stock"))
            self._add(self.qc, self.tr("Quality control"))
        if ctx.can(Permission.TEST_BREAK_GLASS):
            self.break_glass = BreakGlassTab(ctx)
            self._add(self.break_glass, self.tr("Open one record (break-glass)"))
        self._shown = self.current_part()
        self.tabs.currentChanged.connect(self._tab_changed)

    def _add(self, part: QWidget, title: str, scroll: bool = True) -> None:
        self._parts.append(part)
        self.tabs.addTab(scrolled(part) if scroll else part, title)

    def current_part(self) -> QWidget | None:
        index = self.tabs.currentIndex()
        return self._parts[index] if 0 <= index < len(self._parts) else None

    def show_tab(self, part: QWidget) -> None:
        self.tabs.setCurrentIndex(self._parts.index(part))

    def _tab_changed(self, _index: int) -> None:
        left, self._shown = self._shown, self.current_part()
        if left is self.retro and left is not None:
            left.clear_sensitive()  # the paper form never keeps one person's entry for the next
        self._refresh_current()

    def refresh(self) -> None:
        if self.ctx.can(Permission.REFERRAL_FOLLOWUP):
            self._refresh_overdue()
        self._refresh_current()
        if self.board is not None and self.current_part() is not self.board:
            self.board.refresh()

    def _refresh_current(self) -> None:
        current = self.current_part()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()

    def _refresh_overdue(self) -> None:
        self.overdue.refresh()
        self.overdue_count = self.overdue.model.rowCount()
        self._badge()

    def _ready_changed(self, n: int) -> None:
        self.ready_count = n
        self._badge()

    def _badge(self) -> None:
        parts = []
        if self.overdue_count:
            parts.append(translate("TestingPage", "%n overdue", None, self.overdue_count))
        if self.ready_count:
            parts.append(translate("TestingPage", "%n ready to read", None, self.ready_count))
        self.badge_changed.emit("\n".join(parts))

    def _after_result(self) -> None:
        if self.ctx.can(Permission.REFERRAL_FOLLOWUP):
            self._refresh_overdue()

    def _open_overdue(self, index) -> None:
        row = self.overdue.model.row_at(index.row())
        if self.referrals is None:  # the overdue list is shown with the referrals tab
            return
        self.show_tab(self.referrals)
        self.referrals.select_id(row.id)

    def after_unlock(self) -> None:
        """Called by the main window when the screen is unlocked: remind of tests waiting to be read."""
        if self.board is not None:
            self.board.remind()

    def clear_sensitive(self) -> None:
        self.overdue.clear_sensitive()
        for part in (self.board, self.referrals, self.break_glass, self.retro):
            if part is not None:
                part.clear_sensitive()
        if self.counselling is not None:
            self.counselling.clear()
