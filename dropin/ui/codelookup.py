"""A client-code field with the matches listed under it, as at check-in.

Typing searches the clients service (Latin or Cyrillic, normalised the same
way); Up/Down pick a match and Enter takes it and moves on to the next field,
so Enter in the code field never submits the form around it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from dropin.clients.service import ClientService
from dropin.ui.common import run_action

MATCHES = 8
VISIBLE_ROWS = 4  # the list scrolls for more


class CodeLookup(QWidget):
    picked = Signal(str)

    def __init__(self, ctx, parent=None, *, placeholder: str = ""):
        super().__init__(parent)
        self.service = ClientService(ctx)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("clientCode")
        self.edit.setPlaceholderText(placeholder)
        self.model = QStandardItemModel(self)
        self.matches = QListView(self)
        self.matches.setObjectName("codeMatches")
        self.matches.setModel(self.model)
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.clicked.connect(lambda index: self._take(index.row()))
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.matches)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._search)
        self.edit.installEventFilter(self)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt style
        self.edit.setText(text)

    def selectAll(self) -> None:  # noqa: N802 - lets run_action select the field like a QLineEdit
        self.edit.selectAll()

    def _search(self, text: str) -> None:
        self.model.clear()
        hits: list[Any] = []
        if text.strip():
            ok, hits = run_action(self, lambda: self.service.search(text, limit=MATCHES))
            hits = hits if ok else []
        for hit in hits:
            item = QStandardItem(f"{hit.code}  ·  {hit.nickname}" if hit.nickname else hit.code)
            item.setData(hit.code, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        self.matches.setVisible(bool(hits))
        if hits:
            self.matches.setCurrentIndex(self.model.index(0, 0))
            row = max(self.matches.sizeHintForRow(0), self.fontMetrics().height() + 4)
            self.matches.setFixedHeight(min(len(hits), VISIBLE_ROWS) * row + 2 * self.matches.frameWidth() + 4)

    def _take(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            code = self.model.item(row).data(Qt.ItemDataRole.UserRole)
            self.edit.setText(code)
            self.model.clear()
            self.matches.hide()
            self.picked.emit(code)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.edit and isinstance(event, QKeyEvent):
            key = event.key()
            rows = self.model.rowCount()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
                row = self.matches.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                self.matches.setCurrentIndex(self.model.index(max(0, min(rows - 1, row)), 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if rows:
                    self._take(self.matches.currentIndex().row())
                self.focusNextChild()
                return True  # never submits the surrounding dialog
        return super().eventFilter(obj, event)
