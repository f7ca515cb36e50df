"""The shelter page: bed board, residents, case work (social workers), rooms and beds (managers)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from dropin.security.permissions import Permission
from dropin.ui.lazytabs import LazyTabs
from dropin.ui.shelter.board import BoardTab
from dropin.ui.shelter.case import CaseTab
from dropin.ui.shelter.config import ConfigTab
from dropin.ui.shelter.residents import ResidentsTab


class ShelterPage(QWidget):
    """Tabs by role; each tab is built when first shown and filled whenever it comes up after a change."""

    refresh_reads_only = True  # shown again with nothing saved since: nothing to read again

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = LazyTabs(self)
        layout.addWidget(self.tabs)
        self.tabs.add("board", self.tr("Bed board"), lambda: BoardTab(ctx, self))
        if ctx.can(Permission.SHELTER_STAYS):
            self.tabs.add("residents", self.tr("Residents"), lambda: ResidentsTab(ctx, self))
        if ctx.can(Permission.SHELTER_CASE):
            self.tabs.add("case", self.tr("Case work"), lambda: CaseTab(ctx, self))
        if ctx.can(Permission.SHELTER_CONFIGURE):
            self.tabs.add("config", self.tr("Rooms and beds"), lambda: ConfigTab(ctx, self))
        self.board = self.tabs.tab("board")
        self.board.changed.connect(self._mark_stale)
        self.tabs.shown.connect(lambda key, widget: self._refresh_current())
        self._fresh: set[str] = set()

    def _optional(self, key: str):
        return self.tabs.tab(key) if key in self.tabs.keys else None

    @property
    def residents(self):
        return self._optional("residents")

    @property
    def case(self):
        return self._optional("case")

    @property
    def config(self):
        return self._optional("config")

    def _refresh_current(self) -> None:
        key = self.tabs.current_key()
        if key is not None and key not in self._fresh:
            self._fresh.add(key)
            self.tabs.tab(key).refresh()

    def _mark_stale(self) -> None:
        """After a change on the board the other tabs are filled again when next shown."""
        self._fresh = {"board"}

    def refresh(self) -> None:
        """Shown: fill the tab on screen; the others are filled when they are chosen."""
        self._fresh.clear()
        self._refresh_current()

    def clear_sensitive(self) -> None:
        case = self.tabs.built("case")
        if case is not None:
            case.clear()
            case.residents_model.set_rows([])
