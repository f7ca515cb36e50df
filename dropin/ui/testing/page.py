"""The counsellor's testing page: overdue follow-ups on top, then the board, forms, stock, QC and referrals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dropin.context import ServiceContext
from dropin.i18n import translate
from dropin.security.permissions import Permission
from dropin.ui.common import scrolled
from dropin.ui.lazytabs import LazyTabs
from dropin.ui.testing.board import ReadTimerBoard
from dropin.ui.testing.breakglass import BreakGlassTab
from dropin.ui.testing.counselling import CounsellingForm
from dropin.ui.testing.kits import StockTab
from dropin.ui.testing.overdue import OverdueBanner
from dropin.ui.testing.paper import RetrospectiveForm
from dropin.ui.testing.qc import QcTab
from dropin.ui.testing.referrals import ReferralsTab

__all__ = ["TestingPage", "StockTab"]


class TestingPage(QWidget):
    """Overdue follow-ups on top, then one tab per task.

    Signals for the main window: :attr:`attention` (a test is ready to read; the text names no one) and
    :attr:`badge_changed` (what the Testing item in the navigation shows: overdue and ready counts).
    """

    __test__ = False
    refresh_reads_only = True  # shown again with nothing saved since: nothing to read again
    attention = Signal(str)
    badge_changed = Signal(str)

    def __init__(self, ctx: ServiceContext, parent=None, clock=None):
        super().__init__(parent)
        self.ctx = ctx
        self.overdue_count = self.ready_count = 0
        layout = QVBoxLayout(self)
        # the banner only for the roles that follow referrals up (a hidden one cost the others' first visit)
        self.overdue = OverdueBanner(ctx, self) if ctx.can(Permission.REFERRAL_FOLLOWUP) else None
        if self.overdue is not None:
            layout.addWidget(self.overdue)
        self.tabs = LazyTabs()
        layout.addWidget(self.tabs, 1)
        self._built: dict[str, Any] = {}  # each tab's own widget (inside its scroll area)
        self.board = None
        if ctx.can(Permission.TEST_RECORD):
            # the board is built at once: its read timers call the counsellor whichever tab is on screen
            self.board = ReadTimerBoard(ctx, clock or ctx.clock)
            self.board.changed.connect(self._after_result)
            self.board.test_ready.connect(self.attention)
            self.board.ready_count_changed.connect(self._ready_changed)
            self._add("board", self.tr("Read-timer board"), lambda _parent: self.board, scroll=False)
            self._add("counselling", self.tr("Counselling"), lambda parent: CounsellingForm(ctx, self.board, parent))
            self._add("retro", self.tr("Paper entry (retrospective)"), lambda parent: RetrospectiveForm(ctx, parent))
        if self.overdue is not None:
            self._add("referrals", self.tr("Referrals and follow-up"), self._make_referrals, scroll=False)
            self.overdue.view.doubleClicked.connect(self._open_overdue)
        if ctx.can(Permission.KIT_VIEW):
            self._add("stock", self.tr("Kit stock"), lambda parent: StockTab(ctx, parent))
            self._add("qc", self.tr("Quality control"), lambda parent: QcTab(ctx, parent))
        if ctx.can(Permission.TEST_BREAK_GLASS):
            self._add(
                "break_glass", self.tr("Open one record (break-glass)"), lambda parent: BreakGlassTab(ctx, parent)
            )
        self._shown: Any = self.current_part()
        self.tabs.shown.connect(lambda _key, _widget: self._tab_changed())

    def _add(self, key: str, title: str, make, scroll: bool = True) -> None:
        """A tab made by ``make(parent)``, in a scroll area unless ``scroll`` is false; each widget is made in its
        place (a tree moved into another parent is styled again, whole)."""

        def build() -> QWidget:
            if not scroll:
                part = self._built[key] = make(self.tabs.stack)
                return part
            area = scrolled(None, parent=self.tabs.stack)
            part = self._built[key] = make(area.viewport())
            area.setWidget(part)
            return area

        self.tabs.add(key, title, build)

    def _make_referrals(self, parent: QWidget) -> ReferralsTab:
        referrals = ReferralsTab(self.ctx, parent)
        referrals.changed.connect(self._refresh_overdue)
        return referrals

    def _part(self, key: str) -> QWidget | None:
        """The tab ``key`` (built on first use), or ``None`` if this role has no such tab."""
        if key not in self.tabs.keys:
            return None
        self.tabs.tab(key)
        return self._built[key]

    counselling = property(lambda self: self._part("counselling"))
    retro = property(lambda self: self._part("retro"))
    referrals = property(lambda self: self._part("referrals"))
    stock = property(lambda self: self._part("stock"))
    qc = property(lambda self: self._part("qc"))
    break_glass = property(lambda self: self._part("break_glass"))

    @property
    def _parts(self) -> list[Any]:
        return [self._part(key) for key in self.tabs.keys]

    def current_part(self) -> Any:
        key = self.tabs.current_key()
        if key is None:
            return None
        self.tabs.tab(key)
        return self._built[key]

    def show_tab(self, part: QWidget) -> None:
        key = next(k for k, built in self._built.items() if built is part)
        self.tabs.setCurrentIndex(self.tabs.keys.index(key))

    def _tab_changed(self) -> None:
        left, self._shown = self._shown, self.current_part()
        retro = self._built.get("retro")
        if retro is not None and left is retro:
            retro.clear_sensitive()  # the paper form never keeps one person's entry for the next
        self._refresh_current()

    def refresh(self) -> None:
        self._refresh_overdue()
        self._refresh_current()
        if self.board is not None and self.current_part() is not self.board:
            self.board.refresh()

    def _refresh_current(self) -> None:
        current = self.current_part()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()

    def _refresh_overdue(self) -> None:
        if self.overdue is None:
            return
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
        self._refresh_overdue()

    def _open_overdue(self, index) -> None:
        assert self.overdue is not None  # connected only when it was built
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
        if self.overdue is not None:
            self.overdue.clear_sensitive()
        for key in ("board", "referrals", "break_glass", "retro"):  # only what was built holds anything
            if self._built.get(key) is not None:
                self._built[key].clear_sensitive()
        if self._built.get("counselling") is not None:
            self._built["counselling"].clear()
