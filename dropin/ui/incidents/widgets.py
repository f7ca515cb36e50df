"""Small pieces the incident screens share: choice lists with no default, ticks, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QWidget

from dropin.incidents.choices import label
from dropin.ui.common import date_edit_format, shrinkable


def choice_combo(choices: dict[str, str], parent=None) -> QComboBox:
    """A drop-down whose first entry is "Choose…": nothing is ever pre-selected (and long choices do not
    widen the form)."""
    combo = shrinkable(QComboBox(parent))
    combo.addItem(QCoreApplication.translate("IncidentForm", "Choose…"), None)
    for code in choices:
        combo.addItem(label(choices, code), code)
    return combo


def set_choice(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code) if code is not None else 0
    combo.setCurrentIndex(max(index, 0))


def date_edit(value: dt.date, parent=None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


class Ticks(QWidget):
    """A grid of check boxes, one per code (several may be ticked), none ticked at first."""

    def __init__(self, choices: dict[str, str], columns: int = 3, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(choices):
            box = QCheckBox(label(choices, code))
            box.setObjectName(f"tick_{code}")
            self.boxes[code] = box
            grid.addWidget(box, i // columns, i % columns)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)
