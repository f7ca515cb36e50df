"""Kit stock: receiving, discarding, counting and the reconciliation line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.testing import rules
from dropin.testing.kits import KitService
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    date_edit_format,
    format_date,
    format_number,
    run_action,
)
from dropin.ui.testing.widgets import ALERT, CAUTION, choice_combo, confirm, done, make_table, pydate, qdate


class StockTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = ctx.today()
        layout = QVBoxLayout(self)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;")
        layout.addWidget(self.warnings)
        self.model = RowsTableModel(
            [
                Column(self.tr("Kit"), lambda r: r.kit_name),
                Column(self.tr("Lot"), lambda r: r.lot_number),
                Column(self.tr("Expires"), lambda r: format_date(r.expiry_date)),
                Column(self.tr("Received"), lambda r: format_date(r.received_on)),
                Column(self.tr("Source"), lambda r: rules.label(rules.SOURCES, r.source)),
                Column(self.tr("In"), lambda r: format_number(r.received), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Tests"), lambda r: format_number(r.used_tests), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Invalid"), lambda r: format_number(r.invalid), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("QC"), lambda r: format_number(r.qc), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Discarded"), lambda r: format_number(r.discarded), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("On hand"), lambda r: format_number(r.on_hand), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Status"), self._status),
            ]
        )
        self.model.row_style = self._style
        self.view = make_table(self.model, 160)
        layout.addWidget(self.view, 1)
        self.totals = QLabel()
        self.totals.setObjectName("reconciliation")
        layout.addWidget(self.totals)

        forms = QHBoxLayout()
        recv = QGroupBox(self.tr("Receive kits"))
        rf = QFormLayout(recv)
        self.kit_name = QLineEdit("OraQuick ADVANCE HIV-1/2")
        self.lot_number = QLineEdit()
        self.expiry = QDateEdit(qdate(ctx.today() + dt.timedelta(days=365)))
        self.expiry.setDisplayFormat(date_edit_format())
        self.expiry.setCalendarPopup(True)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 100000)
        self.source = choice_combo(rules.SOURCES)
        self.temp = QDoubleSpinBox()
        self.temp.setRange(-31, 60)
        self.temp.setSpecialValueText(self.tr("not measured"))
        self.temp.setValue(-31)
        self.temp.setSuffix(" °C")
        self.receive_button = QPushButton(self.tr("Receive"))
        rf.addRow(self.tr("Kit name:"), self.kit_name)
        rf.addRow(self.tr("Lot number:"), self.lot_number)
        rf.addRow(self.tr("Expiry date:"), self.expiry)
        rf.addRow(self.tr("Quantity:"), self.quantity)
        rf.addRow(self.tr("Source:"), self.source)
        rf.addRow(self.tr("Arrival temperature:"), self.temp)
        rf.addRow(self.receive_button)
        forms.addWidget(recv)

        out = QGroupBox(self.tr("Selected lot: discard or count"))
        of = QFormLayout(out)
        self.discard_qty = QSpinBox()
        self.discard_qty.setRange(0, 100000)
        self.discard_reason = choice_combo({k: rules.DISCARD_REASONS[k] for k in rules.MANUAL_DISCARD_REASONS})
        self.discard_button = QPushButton(self.tr("Discard"))
        self.counted = QSpinBox()
        self.counted.setRange(0, 100000)
        self.count_button = QPushButton(self.tr("Save stock count"))
        of.addRow(self.tr("Kits to discard:"), self.discard_qty)
        of.addRow(self.tr("Reason:"), self.discard_reason)
        of.addRow(self.discard_button)
        of.addRow(self.tr("Kits counted on the shelf:"), self.counted)
        of.addRow(self.count_button)
        forms.addWidget(out)
        layout.addLayout(forms)
        self.error = InlineError()
        layout.addWidget(self.error)

        manage = ctx.can(Permission.KIT_MANAGE)
        recv.setEnabled(manage)
        out.setEnabled(manage)
        self.receive_button.clicked.connect(self._receive)
        self.discard_button.clicked.connect(self._discard)
        self.count_button.clicked.connect(self._count)

    def _status(self, r) -> str:
        today = self._today
        if r.on_hand == 0:
            return self.tr("Used up")
        if r.expired_on(today):
            return self.tr("⚠ EXPIRED — discard")
        if (r.expiry_date - today).days <= rules.NEAR_EXPIRY_DAYS:
            return self.tr("⚠ Expires soon")
        return self.tr("OK")

    def _style(self, r) -> dict:
        today = self._today
        if r.on_hand and r.expired_on(today):
            return {"background": ALERT}
        if r.on_hand and (r.expiry_date - today).days <= rules.NEAR_EXPIRY_DAYS:
            return {"background": CAUTION}
        if r.on_hand == 0:
            return {"foreground": QColor("#90a4ae")}
        return {}

    def refresh(self) -> None:
        self._today = self.ctx.today()  # once per filling, not once per cell painted
        ok, overview = run_action(self, KitService(self.ctx).overview)
        self.model.set_rows(list(overview.lots) if ok else [])
        warnings = overview.warnings if ok else ()
        self.warnings.setText("\n".join(w.message for w in warnings))
        self.warnings.setVisible(bool(warnings))
        if ok:
            rec = overview.reconciliation
            self.totals.setText(
                self.tr(
                    "Reconciliation: received {rec} = tests {used} + invalid {inv} + QC {qc} + discarded {disc} "
                    "+ on hand {hand} {mark}"
                ).format(
                    rec=format_number(rec.received),
                    used=format_number(rec.used_tests),
                    inv=format_number(rec.invalid),
                    qc=format_number(rec.qc),
                    disc=format_number(rec.discarded),
                    hand=format_number(rec.on_hand),
                    mark="✔" if rec.balanced else "✘",
                )
            )

    def _selected(self):
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _receive(self) -> None:
        temp = None if self.temp.value() <= -31 else self.temp.value()
        ok, lot = run_action(
            self,
            lambda: KitService(self.ctx).receive(
                self.kit_name.text(),
                self.lot_number.text(),
                pydate(self.expiry.date()),
                self.quantity.value(),
                self.source.currentData(),
                temp,
            ),
            inline=self.error,
            fields={
                "kit_name": self.kit_name,
                "lot_number": self.lot_number,
                "expiry_date": self.expiry,
                "quantity": self.quantity,
            },
        )
        if ok:
            self.lot_number.clear()
            self.quantity.setValue(0)
            self.refresh()
            done(
                self,
                self.tr("Kits received"),
                self.tr(
                    "{n} kits of lot {lot} were taken into stock. Run the kit controls before the first client test."
                ).format(n=format_number(lot.received), lot=lot.lot_number),
            )

    def _discard(self) -> None:
        lot = self._selected()
        if lot is None:
            self.error.show_message(self.tr("Choose a lot in the table first."))
            return
        quantity, reason = self.discard_qty.value(), self.discard_reason.currentData()
        if quantity <= 0:
            self.error.show_message(self.tr("Please enter how many kits are discarded (a whole number above zero)."))
            return
        if not confirm(
            self,
            self.tr("Discard kits"),
            self.tr("Discard {n} kits of lot {lot} ({reason})? They leave the stock for good.").format(
                n=format_number(quantity), lot=lot.lot_number, reason=rules.label(rules.DISCARD_REASONS, reason)
            ),
        ):
            return
        ok, _ = run_action(self, lambda: KitService(self.ctx).discard(lot.id, quantity, reason), inline=self.error)
        if ok:
            self.discard_qty.setValue(0)
            self.refresh()

    def _count(self) -> None:
        lot = self._selected()
        if lot is None:
            self.error.show_message(self.tr("Choose a lot in the table first."))
            return
        ok, _ = run_action(
            self, lambda: KitService(self.ctx).record_count(lot.id, self.counted.value()), inline=self.error
        )
        if ok:
            self.refresh()
