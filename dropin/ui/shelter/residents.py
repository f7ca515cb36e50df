"""The residents tab: current stays and reservations, and past stays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from dropin.shelter.choices import OUTCOMES, STAY_STATUSES, STAY_TYPES
from dropin.shelter.stays import StayService
from dropin.ui.common import Column, RowsTableModel, format_date, format_number, run_action, table_view
from dropin.ui.shelter.common import OVERSTAY, choice, selected_row
from dropin.ui.shelter.correct import CorrectDialog


# ---------------------------------------------------------------- residents
def stay_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Shelter", "Client"), lambda r: r.client_code),
        Column(QCoreApplication.translate("Shelter", "Bed"), lambda r: r.bed_label),
        Column(QCoreApplication.translate("Shelter", "Status"), lambda r: choice(STAY_STATUSES, r.status)),
        Column(QCoreApplication.translate("Shelter", "Type"), lambda r: choice(STAY_TYPES, r.stay_type)),
        Column(QCoreApplication.translate("Shelter", "Admitted"), lambda r: format_date(r.admitted_on)),
        Column(QCoreApplication.translate("Shelter", "Planned end"), lambda r: format_date(r.planned_end)),
        Column(
            QCoreApplication.translate("Shelter", "Nights"),
            lambda r: format_number(r.nights),
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(
            QCoreApplication.translate("Shelter", "Children"),
            lambda r: r.children_count or "",
            Qt.AlignmentFlag.AlignRight,
        ),
        Column(QCoreApplication.translate("Shelter", "Approved by"), lambda r: r.approved_by or ""),
        Column(QCoreApplication.translate("Shelter", "Review"), review_text),
    ]


def review_text(stay) -> str:
    if stay.review_on is None:
        return ""
    if stay.review_due:
        return QCoreApplication.translate("Shelter", "{date} (due)").format(date=format_date(stay.review_on))
    return format_date(stay.review_on)


class ResidentsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("Current residents and reservations") + "</b>", self))
        self.view = table_view(parent=self)
        self.view.setObjectName("residentsTable")
        self.model = RowsTableModel(stay_columns(), self)
        self.model.row_style = lambda r: {"foreground": QColor(OVERSTAY)} if r.overstay or r.review_due else {}
        self.view.setModel(self.model)
        layout.addWidget(self.view, 2)
        self.correct_button = QPushButton(self.tr("C&orrect the selected stay…"), self)
        self.correct_button.clicked.connect(lambda: self.correct(self.view))
        layout.addWidget(QLabel("<b>" + self.tr("Past stays") + "</b>", self))
        self.past = table_view(parent=self)
        past_columns = (
            stay_columns()[:2]
            + stay_columns()[3:5]
            + [
                Column(
                    QCoreApplication.translate("Shelter", "Discharged"),
                    lambda r: format_date(r.discharged_on) if r.discharged_on else "",
                ),
                Column(
                    QCoreApplication.translate("Shelter", "Nights"),
                    lambda r: format_number(r.nights),
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(QCoreApplication.translate("Shelter", "Outcome"), lambda r: choice(OUTCOMES, r.outcome)),
            ]
        )
        self.past_model = RowsTableModel(past_columns, self)
        self.past.setModel(self.past_model)
        layout.addWidget(self.past, 1)
        self.undo_button = QPushButton(self.tr("&Undo a discharge…"), self)
        self.undo_button.clicked.connect(lambda: self.correct(self.past))
        bar = QHBoxLayout()
        bar.addWidget(self.correct_button)
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        layout.addLayout(bar)

    def correct(self, view) -> None:
        stay = selected_row(view)
        if stay is None:
            QMessageBox.information(self, self.tr("Correct a stay"), self.tr("First choose a stay in the list."))
            return
        if CorrectDialog(self.ctx, stay, self).exec():
            self.refresh()

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: StayService(self.ctx).residents())
        if ok:
            self.model.set_rows(rows)
        service = StayService(self.ctx)
        self.past_model.set_fetch(lambda offset, limit: service.past_stays(offset, limit))
