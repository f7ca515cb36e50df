"""Shared pieces of the shelter tabs: state colours, choice labels, table set-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dropin.ui.common import current_row

STATE_COLOURS = {
    "free": ("#e8f5e9", "#2e7d32"),
    "occupied": ("#e3f2fd", "#1565c0"),
    "reserved": ("#fff8e1", "#f9a825"),
    "out_of_service": ("#eeeeee", "#757575"),
}
OVERSTAY = "#c62828"


def choice(choices: dict[str, str], code: str | None) -> str:
    return QCoreApplication.translate("Shelter", choices[code]) if code in choices else (code or "")


selected_row = current_row  # the one in dropin.ui.common
