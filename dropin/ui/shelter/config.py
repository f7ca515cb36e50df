"""The rooms and beds tab (managers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.shelter.beds import BedService
from dropin.shelter.board import BoardService
from dropin.ui.common import Column, InlineError, RowsTableModel, ask_reason, format_date, run_action, table_view
from dropin.ui.shelter.common import selected_row


# ---------------------------------------------------------- rooms and beds
class ConfigTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = BedService(ctx)
        layout = QVBoxLayout(self)
        self.error = InlineError(self)
        self.view = table_view(parent=self)
        self.view.setObjectName("bedsTable")
        self.model = RowsTableModel(
            [
                Column(QCoreApplication.translate("Shelter", "Room"), lambda b: b.room),
                Column(QCoreApplication.translate("Shelter", "Bed"), lambda b: b.label),
                Column(
                    QCoreApplication.translate("Shelter", "In service from"), lambda b: format_date(b.available_from)
                ),
                Column(
                    QCoreApplication.translate("Shelter", "State"),
                    lambda b: (
                        QCoreApplication.translate("Shelter", "Out of service")
                        if b.out_of_service
                        else QCoreApplication.translate("Shelter", "In service")
                    ),
                ),
                Column(QCoreApplication.translate("Shelter", "Reason"), lambda b: b.out_of_service_reason or ""),
            ],
            self,
        )
        self.model.row_style = lambda b: {"foreground": QColor("#757575")} if b.out_of_service else {}
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        forms = QHBoxLayout()
        room_box = QGroupBox(self.tr("Add a room"), self)
        room_form = QFormLayout(room_box)
        self.room_name = QLineEdit(room_box)
        self.capacity = QSpinBox(room_box)
        self.capacity.setRange(1, 50)
        self.capacity.setValue(2)
        add_room = QPushButton(self.tr("Add room"), room_box)
        add_room.clicked.connect(self.add_room)
        room_form.addRow(self.tr("Name"), self.room_name)
        room_form.addRow(self.tr("Capacity (beds)"), self.capacity)
        room_form.addRow(add_room)
        bed_box = QGroupBox(self.tr("Add a bed"), self)
        bed_form = QFormLayout(bed_box)
        self.room = QComboBox(bed_box)
        self.bed_label = QLineEdit(bed_box)
        add_bed = QPushButton(self.tr("Add bed"), bed_box)
        add_bed.clicked.connect(self.add_bed)
        bed_form.addRow(self.tr("Room"), self.room)
        bed_form.addRow(self.tr("Label"), self.bed_label)
        bed_form.addRow(add_bed)
        service_box = QGroupBox(self.tr("Selected bed"), self)
        service_form = QFormLayout(service_box)
        self.oos_reason = QLineEdit(service_box)
        self.oos_reason.setPlaceholderText(self.tr("e.g. broken frame"))
        out = QPushButton(self.tr("Take out of service"), service_box)
        out.clicked.connect(self.take_out)
        back = QPushButton(self.tr("Return to service"), service_box)
        back.clicked.connect(self.return_bed)
        service_form.addRow(self.tr("Reason"), self.oos_reason)
        remove = QPushButton(self.tr("Remove the bed for good…"), service_box)
        remove.setObjectName("removeBed")
        remove.clicked.connect(self.remove_bed)
        service_form.addRow(out)
        service_form.addRow(back)
        service_form.addRow(remove)
        for box in (room_box, bed_box, service_box):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
            forms.addWidget(box)
        layout.addLayout(forms)
        self.board_codes = QCheckBox(self.tr("Show client codes and dates on the front desk's bed board"), self)
        self.board_codes.setObjectName("boardCodes")
        self.board_codes.setToolTip(self.tr("Off: the front desk sees only which beds are free, occupied or reserved."))
        self.board_codes.toggled.connect(self.set_board_codes)
        layout.addWidget(self.board_codes)
        layout.addWidget(self.error)
        self.fields = {
            "room_name": self.room_name,
            "capacity": self.capacity,
            "room": self.room,
            "bed_label": self.bed_label,
            "reason": self.oos_reason,
        }

    def set_board_codes(self, on: bool) -> None:
        ok, _ = run_action(self, lambda: BoardService(self.ctx).set_board_codes(on), inline=self.error)
        if not ok:
            self._show_board_codes()

    def _show_board_codes(self) -> None:
        ok, on = run_action(self, lambda: BoardService(self.ctx).board_codes())
        self.board_codes.blockSignals(True)
        self.board_codes.setChecked(bool(on) if ok else False)
        self.board_codes.blockSignals(False)

    def refresh(self) -> None:
        self._show_board_codes()
        ok, beds = run_action(self, self.service.beds)
        if ok:
            self.model.set_rows(beds)
        ok, rooms = run_action(self, self.service.rooms)
        if ok:
            current = self.room.currentData()
            self.room.clear()
            for room in rooms:
                self.room.addItem(
                    self.tr("{name} ({beds} of {capacity} beds)").format(
                        name=room.name, beds=room.beds, capacity=room.capacity
                    ),
                    room.id,
                )
            if current is not None and self.room.findData(current) >= 0:
                self.room.setCurrentIndex(self.room.findData(current))

    def _do(self, action) -> bool:
        ok, _ = run_action(self, action, inline=self.error, fields=self.fields)
        if ok:
            self.refresh()
        return ok

    def add_room(self) -> None:
        if self._do(lambda: self.service.add_room(self.room_name.text(), self.capacity.value())):
            self.room_name.clear()

    def add_bed(self) -> None:
        if self._do(lambda: self.service.add_bed(self.room.currentData(), self.bed_label.text())):
            self.bed_label.clear()

    def take_out(self) -> None:
        bed = selected_row(self.view)
        if bed is not None and self._do(lambda: self.service.set_out_of_service(bed.id, self.oos_reason.text())):
            self.oos_reason.clear()

    def remove_bed(self) -> None:
        """A bed added by mistake (or gone for good) is voided with a reason; its past nights stay counted."""
        bed = selected_row(self.view)
        if bed is None:
            self.error.show_message(self.tr("Select a bed first."))
            return
        reason = ask_reason(
            self,
            self.tr("Remove the bed"),
            self.tr("Why is bed {bed} removed? (It is kept, not deleted.)").format(bed=f"{bed.room} / {bed.label}"),
        )
        if reason is not None:
            self._do(lambda: self.service.remove_bed(bed.id, reason))

    def return_bed(self) -> None:
        bed = selected_row(self.view)
        if bed is not None:
            self._do(lambda: self.service.return_to_service(bed.id))
