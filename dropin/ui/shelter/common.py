"""Shared pieces of the shelter tabs: state colours, choice labels, table set-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from dropin.ui.common import RowsTableModel

STATE_COLOURS = {
    "free": ("#e8f5e9", "#2e7d32"),
    "occupied": ("#e3f2fd", "#1565c0"),
    "reserved": ("#fff8e1", "#f9a825"),
    "out_of_service": ("#eeeeee", "#757575"),
}
OVERSTAY = "#c62828"


def choice(choices: dict[str, str], code: str | None) -> str:
    return QCoreApplication.translate("Shelter", choices[code]) if code in choices else (code or "")


def selected_row(view: QTableView):
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index, RowsTableModel.RowRole)
