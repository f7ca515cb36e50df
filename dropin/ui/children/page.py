"""The children's area: sessions, fast attendance, the children register, schedules, parents' workshops.

Everything goes through :mod:`dropin.children.service`; nothing here reads
the database or anything about a parent beyond the client code.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from dropin.context import ServiceContext
from dropin.ui.children.attendance import AttendanceTab
from dropin.ui.children.common import KIND_CHILDREN, KIND_WORKSHOP
from dropin.ui.children.register import RegisterTab
from dropin.ui.children.schedule import ScheduleTab
from dropin.ui.children.sessions import SessionsTab
from dropin.ui.common import run_action
from dropin.ui.lazytabs import LazyTabs


class ChildrenPage(QWidget):
    """Sessions, attendance, the register, schedules and parents' workshops, in tabs (each built when first shown)."""

    refresh_reads_only = True  # shown again with nothing saved since: nothing to read again

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = LazyTabs()
        self.tabs.add("sessions", self.tr("Sessions"), lambda: self._make("sessions"))
        self.tabs.add("attendance", self.tr("Attendance"), lambda: self._make("attendance"))
        self.tabs.add("register", self.tr("Children"), lambda: self._make("register"))
        self.tabs.add("schedule", self.tr("Schedule"), lambda: self._make("schedule"))
        self.tabs.add("workshops", self.tr("Parents' workshops"), lambda: self._make("workshops"))
        self.tabs.shown.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._loaded: set[str] = set()
        self.tabs.tab("sessions")

    def _make(self, key: str) -> QWidget:
        ctx = self.ctx
        tab: QWidget
        if key in ("sessions", "workshops"):
            tab = SessionsTab(ctx, KIND_CHILDREN if key == "sessions" else KIND_WORKSHOP)
            tab.attendance_requested.connect(self.open_attendance)
        elif key == "attendance":
            tab = attendance = AttendanceTab(ctx)
            attendance.saved.connect(self._after_save)
        elif key == "register":
            tab = RegisterTab(ctx)
        else:
            tab = schedule = ScheduleTab(ctx)
            schedule.planned.connect(self._after_planning)
        return tab

    @property
    def sessions_tab(self):
        return self.tabs.tab("sessions")

    @property
    def attendance_tab(self):
        return self.tabs.tab("attendance")

    @property
    def register_tab(self):
        return self.tabs.tab("register")

    @property
    def schedule_tab(self):
        return self.tabs.tab("schedule")

    @property
    def workshops_tab(self):
        return self.tabs.tab("workshops")

    def refresh(self) -> None:
        self._loaded.clear()
        key = self.tabs.current_key()
        if key is not None:
            self._tab_shown(key, self.tabs.tab(key))

    def _tab_shown(self, key: str, widget: Any) -> None:
        if key not in self._loaded:
            self._loaded.add(key)
            run_action(self, widget.refresh)

    def _after_planning(self) -> None:
        for key in ("sessions", "workshops"):
            if self.tabs.built(key) is not None:
                run_action(self, self.tabs.built(key).refresh)

    def open_attendance(self, session_id: int) -> None:
        tab = self.attendance_tab
        self._loaded.add("attendance")
        self.tabs.setCurrentWidget(tab)
        run_action(self, lambda: tab.refresh(session_id))

    def _after_save(self) -> None:
        self._loaded = {"attendance"}

    def clear_sensitive(self) -> None:
        for key in ("attendance", "register"):
            if self.tabs.built(key) is not None:
                self.tabs.built(key).search.clear()
        if self.tabs.built("attendance") is not None:
            self.tabs.built("attendance").code_entry.clear()
