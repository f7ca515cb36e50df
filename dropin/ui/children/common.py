"""Shared pieces of the children's tabs: date and time helpers, tick-box tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import QTableView

from dropin.ui.common import RowsTableModel, current_row, format_date, format_time

KIND_CHILDREN = "children"
KIND_WORKSHOP = "workshop"
WEEKDAYS = [(1, "Mon"), (2, "Tue"), (3, "Wed"), (4, "Thu"), (5, "Fri"), (6, "Sat"), (7, "Sun")]


def weekday_name(day: int) -> str:
    """The short name of a weekday (1 = Monday) in the interface language ("Mon", "пн")."""
    return QLocale().dayName(day, QLocale.FormatType.ShortFormat)


def fmt_date(day: dt.date | None) -> str:
    """A session day with its weekday, in the interface language ("Wed 25 Nov 2026" / "ср 25.11.2026")."""
    return format_date(day, weekday=True)


def fmt_short(day: dt.date) -> str:
    return format_date(day)


def fmt_time(t: dt.time) -> str:
    return format_time(t)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_time(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


selected_row = current_row  # the one in dropin.ui.common


class CheckRowsModel(RowsTableModel):
    """A rows model whose first column is a tick box, keyed by ``key(row)`` so ticks survive filtering."""

    changed = Signal()
    refused = Signal(object)  # a row that may not be ticked

    def __init__(self, columns, key: Callable, parent=None):
        super().__init__(columns, parent)
        self.key = key
        self.checked: set = set()
        self.enabled: Callable[[Any], bool] = lambda row: True

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            row = self.row_at(index.row())
            return Qt.CheckState.Checked if self.key(row) in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.set_checked(self.row_at(index.row()), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    def set_checked(self, row, checked: bool) -> None:
        if checked and not self.enabled(row):
            self.refused.emit(row)
            return
        key = self.key(row)
        if checked == (key in self.checked):
            return
        (self.checked.add if checked else self.checked.discard)(key)
        for i, r in enumerate(self._rows):
            if self.key(r) == key:
                idx = self.index(i, 0)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()

    def toggle(self, row) -> None:
        self.set_checked(row, self.key(row) not in self.checked)


class _SpaceToggles(QObject):
    """Space (or Enter) on any column of the attendance table ticks or unticks the row."""

    def __init__(self, view: QTableView, model: CheckRowsModel):
        super().__init__(view)
        self.view, self.model = view, model

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            index = self.view.currentIndex()
            if index.isValid():
                self.model.toggle(self.model.row_at(index.row()))
                return True
        return False


# ================================================================================================ sessions list
