"""The codes matching what is typed at check-in: a list that floats under the code field, as a completer's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from dropin.ui.common import format_date

MATCHES = 8  # the list shows this many codes at once, never behind a scroll bar


class MatchList(QListWidget):
    """Each match with its nickname and last visit (for roles that may see them); the keyboard stays in the field."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("matchList")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAutoFillBackground(True)  # it lies over the form: nothing may show through, in any theme
        # its frame and rows: QListWidget#matchList in the application's sheet (dropin.ui.theme)
        self.hide()

    def show_hits(self, hits, under: QWidget | None = None) -> None:
        """List ``hits``; with ``under`` (the code field) float the list just below it."""
        self.blockSignals(True)
        self.clear()
        for hit in hits:
            item = QListWidgetItem(self.text_for(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.addItem(item)
        self.blockSignals(False)
        if not (hits and under is not None):
            self.hide()
            return
        rows = min(len(hits), MATCHES)
        height = rows * self.sizeHintForRow(0) + 2 * self.frameWidth()
        width = max(under.width(), self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)
        corner = under.mapTo(self.parentWidget() or under.window(), under.rect().bottomLeft())
        self.setGeometry(corner.x(), corner.y() + 1, width, height)
        self.show()
        self.raise_()

    def hit(self, row: int):
        item = self.item(row) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def text_for(self, hit) -> str:
        last = format_date(hit.last_visit) if hit.last_visit else None
        if hit.nickname and last:
            return self.tr("{code}  ({nickname}), last visit {date}").format(
                code=hit.code, nickname=hit.nickname, date=last
            )
        if hit.nickname:
            return self.tr("{code}  ({nickname}), no visits yet").format(code=hit.code, nickname=hit.nickname)
        if last:
            return self.tr("{code}, last visit {date}").format(code=hit.code, date=last)
        return hit.code


__all__ = ["MATCHES", "MatchList"]
