"""The shelter page: bed board, residents, case work (social workers), rooms and beds (managers)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dropin.security.permissions import Permission
from dropin.ui.shelter.board import BoardTab
from dropin.ui.shelter.case import CaseTab
from dropin.ui.shelter.config import ConfigTab
from dropin.ui.shelter.residents import ResidentsTab


class ShelterPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.board = BoardTab(ctx, self)
        self.tabs.addTab(self.board, self.tr("Bed board"))
        self.residents = self.case = self.config = None
        if ctx.can(Permission.SHELTER_STAYS):
            self.residents = ResidentsTab(ctx, self)
            self.tabs.addTab(self.residents, self.tr("Residents"))
        if ctx.can(Permission.SHELTER_CASE):
            self.case = CaseTab(ctx, self)
            self.tabs.addTab(self.case, self.tr("Case work"))
        if ctx.can(Permission.SHELTER_CONFIGURE):
            self.config = ConfigTab(ctx, self)
            self.tabs.addTab(self.config, self.tr("Rooms and beds"))
        self.board.changed.connect(self._mark_stale)
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())
        self._fresh: set[int] = set()

    def _refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None and id(widget) not in self._fresh:
            self._fresh.add(id(widget))
            widget.refresh()

    def _mark_stale(self) -> None:
        """After a change on the board the other tabs are filled again when next shown."""
        self._fresh = {id(self.board)}

    def refresh(self) -> None:
        """Shown: fill the tab on screen; the others are filled when they are chosen."""
        self._fresh.clear()
        self._refresh_current()

    def clear_sensitive(self) -> None:
        if self.case is not None:
            self.case.clear()
            self.case.residents_model.set_rows([])
