"""Today's visits under the check-in form: newest first, undone visits greyed and marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dropin.ui.common import Column, RowsTableModel, TableView, fit_to_contents, format_date, format_time, sortable
from dropin.visits.catalogue import channel_label

ROW_HEIGHT = 22
#: the list keeps room for at least this many visits, however small the screen
MIN_ROWS = 8


class TodayList(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel()
        self.label.setObjectName("todayLabel")
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)
        self.undo_button = QPushButton(self.tr("Undo a visit… (Ctrl+Z)"))
        self.undo_button.setObjectName("undoVisitButton")
        self.undo_button.setToolTip(
            self.tr("Undoes the last visit saved at this desk, or the visit selected in the list.")
        )
        layout.addWidget(self.label)  # the Undo button stands in the check-in's button row
        self.model = RowsTableModel(
            [
                Column(self.tr("Time"), lambda r: format_time(r.visited_at), sort_key=lambda r: r.visited_at),
                Column(self.tr("Status"), lambda r: self.tr("Undone") if r.voided else ""),
                Column(self.tr("Client"), lambda r: r.code or self.tr("anonymous")),
                Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
                Column(self.tr("Services"), lambda r: r.services),
                Column(self.tr("Note"), lambda r: r.note or ""),
                Column(self.tr("Recorded by"), lambda r: r.recorded_by or ""),
            ],
            self,
        )
        undone_font = QFont(self.font())
        undone_font.setStrikeOut(True)
        self.model.row_style = lambda r: (
            {
                "foreground": QColor("#9e9e9e"),
                "font": undone_font,
                "tooltip": self.tr("Undone: {reason}").format(reason=r.void_reason or ""),
            }
            if r.voided
            else {}
        )
        self.view = TableView()
        self.view.setObjectName("todayTable")
        self.proxy = sortable(self.view, self.model, 0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        # a thin header: QTableView#todayTable in the application's sheet (dropin.ui.theme)
        fit_to_contents(self.view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setMinimumHeight(header.sizeHint().height() + MIN_ROWS * ROW_HEIGHT + 2 * self.view.frameWidth())
        layout.addWidget(self.view, 1)

    def show_rows(self, day, rows) -> None:
        self.model.set_rows(rows)
        live = [r for r in rows if not r.voided]
        people = len({r.client_id for r in live if r.client_id is not None})
        anonymous = sum(1 for r in live if r.client_id is None)
        self.label.setText(
            QCoreApplication.translate("FrontDesk", "Today, {date}: %n visits", None, len(live)).format(
                date=format_date(day)
            )
            + "  ·  "
            + QCoreApplication.translate("FrontDesk", "%n people", None, people)
            + "  ·  "
            + QCoreApplication.translate("FrontDesk", "%n anonymous", None, anonymous)
        )

    def selected(self):
        index = self.view.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def rows(self) -> list:
        """The rows as shown (in the order the list is sorted)."""
        return self.proxy.rows()

    def clear(self) -> None:
        self.model.set_rows([])


__all__ = ["TodayList", "MIN_ROWS", "ROW_HEIGHT"]
