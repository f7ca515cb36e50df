"""Quality control: kit-control runs and the daily temperature log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.testing import rules
from dropin.testing.kits import KitService, QcService
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    format_date,
    format_datetime,
    format_number,
    run_action,
)
from dropin.ui.testing.widgets import ALERT, choice_combo, make_table


class QcTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.due = QLabel()
        self.due.setObjectName("qcDue")
        self.due.setWordWrap(True)
        self.due.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;")
        layout.addWidget(self.due)
        forms = QHBoxLayout()
        run_box = QGroupBox(self.tr("Kit-control run"))
        rf = QFormLayout(run_box)
        self.lot = QComboBox()
        self.reason = choice_combo(rules.QC_REASONS)
        self.positive = QCheckBox(self.tr("Positive control gave the expected reactive result"))
        self.negative = QCheckBox(self.tr("Negative control gave the expected non-reactive result"))
        self.run_button = QPushButton(self.tr("Save control run"))
        rf.addRow(self.tr("Lot:"), self.lot)
        rf.addRow(self.tr("Reason:"), self.reason)
        rf.addRow(self.positive)
        rf.addRow(self.negative)
        rf.addRow(self.run_button)
        forms.addWidget(run_box)
        temp_box = QGroupBox(self.tr("Daily temperature log"))
        tf = QFormLayout(temp_box)
        self.storage = QDoubleSpinBox()
        self.storage.setRange(-30, 60)
        self.storage.setValue(20)
        self.storage.setSuffix(" °C")
        self.room = QDoubleSpinBox()
        self.room.setRange(-30, 60)
        self.room.setValue(22)
        self.room.setSuffix(" °C")
        self.temp_button = QPushButton(self.tr("Save reading"))
        tf.addRow(self.tr("Kit storage (2–27 °C):"), self.storage)
        tf.addRow(self.tr("Testing room (15–37 °C):"), self.room)
        tf.addRow(self.temp_button)
        forms.addWidget(temp_box)
        layout.addLayout(forms)
        self.error = InlineError()
        layout.addWidget(self.error)
        tables = QHBoxLayout()
        self.runs = RowsTableModel(
            [
                Column(self.tr("Date"), lambda r: format_date(r.run_on)),
                Column(self.tr("Lot"), lambda r: r.lot_number),
                Column(self.tr("Reason"), lambda r: rules.label(rules.QC_REASONS, r.reason)),
                Column(self.tr("Outcome"), lambda r: self.tr("Passed") if r.passed else self.tr("⚠ FAILED")),
                Column(self.tr("By"), lambda r: r.operator or ""),
            ]
        )
        self.runs.row_style = lambda r: {} if r.passed else {"background": ALERT}
        self.temps = RowsTableModel(
            [
                Column(self.tr("Read at"), lambda r: format_datetime(r.read_at)),
                Column(self.tr("Storage"), lambda r: f"{format_number(r.storage_temp_c, 1)} °C"),
                Column(
                    self.tr("Room"), lambda r: "" if r.room_temp_c is None else f"{format_number(r.room_temp_c, 1)} °C"
                ),
                Column(self.tr("In range"), lambda r: self.tr("yes") if r.in_range else self.tr("⚠ NO: out of range")),
            ]
        )
        self.temps.row_style = lambda r: {} if r.in_range else {"background": ALERT}
        tables.addWidget(make_table(self.runs))
        tables.addWidget(make_table(self.temps))
        layout.addLayout(tables, 1)
        run_box.setEnabled(ctx.can(Permission.QC_RECORD))
        temp_box.setEnabled(ctx.can(Permission.QC_RECORD) or ctx.can(Permission.KIT_MANAGE))
        self.run_button.clicked.connect(self._run)
        self.temp_button.clicked.connect(self._temp)

    def refresh(self) -> None:
        svc = QcService(self.ctx)
        ok, due = run_action(self, svc.due)
        self.due.setText("\n".join(w.message for w in due or []) or self.tr("No quality-control run is due."))
        self.due.setStyleSheet(
            ("background: #fff3e0; color: #e65100;" if due else "background: #f1f8e9; color: #33691e;")
            + " padding: 6px; font-weight: bold;"
        )
        ok, runs = run_action(self, svc.recent_runs)
        self.runs.set_rows(runs or [])
        ok, temps = run_action(self, svc.recent_temperatures)
        self.temps.set_rows(temps or [])
        self.lot.clear()
        ok, lots = run_action(self, lambda: KitService(self.ctx).stock())
        for lot in lots or []:
            if not lot.expired_on(self.ctx.today()):
                self.lot.addItem(
                    self.tr("{kit} lot {lot} (received {date})").format(
                        kit=lot.kit_name, lot=lot.lot_number, date=format_date(lot.received_on)
                    ),
                    lot.id,
                )

    def _run(self) -> None:
        ok, _ = run_action(
            self,
            lambda: QcService(self.ctx).record_run(
                self.lot.currentData(), self.reason.currentData(), self.positive.isChecked(), self.negative.isChecked()
            ),
            inline=self.error,
            fields={"lot": self.lot},
        )
        if ok:
            self.positive.setChecked(False)
            self.negative.setChecked(False)
            self.refresh()

    def _temp(self) -> None:
        ok, _ = run_action(
            self,
            lambda: QcService(self.ctx).log_temperature(self.storage.value(), self.room.value()),
            inline=self.error,
        )
        if ok:
            self.refresh()
