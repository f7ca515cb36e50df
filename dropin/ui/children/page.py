"""The children's area: sessions, fast attendance, the children register, schedules, parents' workshops.

Everything goes through :mod:`dropin.children.service`; nothing here reads
the database or anything about a parent beyond the client code.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dropin.context import ServiceContext
from dropin.ui.common import run_action
from dropin.ui.children.attendance import AttendanceTab
from dropin.ui.children.common import KIND_CHILDREN, KIND_WORKSHOP
from dropin.ui.children.register import RegisterTab
from dropin.ui.children.schedule import ScheduleTab
from dropin.ui.children.sessions import SessionsTab


class ChildrenPage(QWidget):
    """Sessions, attendance, the register, schedules and parents' workshops, in tabs."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.sessions_tab = SessionsTab(ctx, KIND_CHILDREN)
        self.attendance_tab = AttendanceTab(ctx)
        self.register_tab = RegisterTab(ctx)
        self.schedule_tab = ScheduleTab(ctx)
        self.workshops_tab = SessionsTab(ctx, KIND_WORKSHOP)
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.tabs.addTab(self.attendance_tab, self.tr("Attendance"))
        self.tabs.addTab(self.register_tab, self.tr("Children"))
        self.tabs.addTab(self.schedule_tab, self.tr("Schedule"))
        self.tabs.addTab(self.workshops_tab, self.tr("Parents' workshops"))
        for tab in (self.sessions_tab, self.workshops_tab):
            tab.attendance_requested.connect(self.open_attendance)
        self.attendance_tab.saved.connect(self._after_save)
        self.schedule_tab.planned.connect(self.sessions_tab.refresh)
        self.schedule_tab.planned.connect(self.workshops_tab.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()

    def refresh(self) -> None:
        self._loaded.clear()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if index in self._loaded or widget is None:
            return
        self._loaded.add(index)
        run_action(self, widget.refresh)

    def open_attendance(self, session_id: int) -> None:
        self._loaded.add(self.tabs.indexOf(self.attendance_tab))
        self.tabs.setCurrentWidget(self.attendance_tab)
        run_action(self, lambda: self.attendance_tab.refresh(session_id))

    def _after_save(self) -> None:
        self._loaded = {self.tabs.indexOf(self.attendance_tab)}

    def clear_sensitive(self) -> None:
        self.attendance_tab.search.clear()
        self.register_tab.search.clear()
        self.attendance_tab.code_entry.clear()
