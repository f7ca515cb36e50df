"""Small pieces the testing tabs share: tables, choice boxes, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QTableView, QWidget,
)

from dropin.testing import rules
from dropin.ui.common import RowsTableModel, date_edit_format



def make_table(model: RowsTableModel, min_height: int = 120) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(min_height)
    view.setAlternatingRowColors(True)
    return view


def choice_combo(choices: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for code in choices:
        box.addItem(rules.label(choices, code), code)
    return box


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def pydt(q: QDateTime) -> dt.datetime:
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


class OptionalDate(QWidget):
    """A date that may be left empty (a check box turns it on)."""

    def __init__(self, label: str, today: dt.date, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(qdate(today))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_edit_format())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None

    def reset(self, today: dt.date) -> None:
        self.check.setChecked(False)
        self.edit.setDate(qdate(today))
