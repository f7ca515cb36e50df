"""Referral follow-up: the open list, contact attempts, confirmation and closing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.referrals import ReferralService
from dropin.ui.common import Column, InlineError, RowsTableModel, format_date, run_action
from dropin.ui.testing.slipdialog import SlipDialog
from dropin.ui.testing.widgets import ALERT, OptionalDate, choice_combo, make_table


class ReferralsTab(QWidget):
    changed = Signal()  # a follow-up changed: the overdue banner may change too

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current = None
        split = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(split)
        self.model = RowsTableModel(
            [
                Column(self.tr("Client code"), lambda r: r.client_code),
                Column(self.tr("Referred"), lambda r: format_date(r.referred_on)),
                Column(self.tr("Due"), lambda r: format_date(r.due_date)),
                Column(
                    self.tr("Overdue"),
                    lambda r: self.tr("⚠ overdue {n} days").format(n=r.days_overdue) if r.overdue else "",
                ),
                Column(self.tr("Referred to"), lambda r: r.destination or "—"),
                Column(self.tr("Attempts"), lambda r: r.attempts, Qt.AlignmentFlag.AlignRight),
                Column(
                    self.tr("Accompaniment"),
                    lambda r: (
                        self.tr("accepted")
                        if r.accompaniment_accepted
                        else (self.tr("offered") if r.accompaniment_offered else "")
                    ),
                ),
            ]
        )
        self.model.row_style = lambda r: {"background": ALERT} if r.overdue else {}
        self.view = make_table(self.model)
        # beside the detail form the list is narrow: its last column keeps its header's width (the list scrolls)
        self.view.horizontalHeader().setStretchLastSection(False)
        split.addWidget(self.view)

        detail = QWidget()
        d = QVBoxLayout(detail)
        self.header = QLabel(self.tr("Choose a referral on the left."))
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        d.addWidget(self.header)
        self.header.setWordWrap(True)
        self.subheader = QLabel()
        self.subheader.setWordWrap(True)
        d.addWidget(self.subheader)
        self.attempts = QLabel()
        self.attempts.setWordWrap(True)
        d.addWidget(self.attempts)

        where_box = QGroupBox(self.tr("Referral"))
        wf = QFormLayout(where_box)
        self.destination = QComboBox()
        self.save_destination = QPushButton(self.tr("Change destination"))
        self.slip_button = QPushButton(self.tr("Print referral slip…"))
        wf.addRow(self.tr("Referred to:"), self.destination)
        row = QHBoxLayout()
        row.addWidget(self.save_destination)
        row.addWidget(self.slip_button)
        row.addStretch(1)
        wf.addRow(row)
        d.addWidget(where_box)

        attempt_box = QGroupBox(self.tr("Contact attempt"))
        af = QFormLayout(attempt_box)
        self.method = choice_combo(rules.CONTACT_METHODS)
        self.outcome = choice_combo(rules.CONTACT_OUTCOMES)
        self.attempt_note = QLineEdit()
        self.add_attempt = QPushButton(self.tr("Add attempt"))
        af.addRow(self.tr("Method:"), self.method)
        af.addRow(self.tr("Outcome:"), self.outcome)
        af.addRow(self.tr("Note:"), self.attempt_note)
        af.addRow(self.add_attempt)
        d.addWidget(attempt_box)

        today = ctx.today()
        outcome_box = QGroupBox(self.tr("Confirmation and linkage"))
        of = QFormLayout(outcome_box)
        self.confirm = QComboBox()
        self.confirm.addItem(self.tr("Not yet known"), None)
        for code in rules.CONFIRMATORY_RESULTS:
            self.confirm.addItem(rules.label(rules.CONFIRMATORY_RESULTS, code), code)
        self.registered = OptionalDate(self.tr("Registered at the AIDS centre on"), today)
        self.art = OptionalDate(self.tr("ART started on"), today)
        self.home = QCheckBox(self.tr("Linked to care in the home country (migrant)"))
        self.save_outcome = QPushButton(self.tr("Save follow-up"))
        of.addRow(self.tr("Confirmatory result:"), self.confirm)
        of.addRow(self.registered)
        of.addRow(self.art)
        of.addRow(self.home)
        of.addRow(self.save_outcome)
        d.addWidget(outcome_box)

        close_box = QGroupBox(self.tr("Close the follow-up"))
        cf = QHBoxLayout(close_box)
        self.close_reason = choice_combo(rules.CLOSE_REASONS)
        self.close_button = QPushButton(self.tr("Close"))
        cf.addWidget(self.close_reason, 1)
        cf.addWidget(self.close_button)
        d.addWidget(close_box)
        self.error = InlineError()
        d.addWidget(self.error)
        d.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(detail)
        self.detail_scroll = scroll
        split.addWidget(scroll)
        for combo in detail.findChildren(QComboBox):  # long choices must not widen the pane past the screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 560])

        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.add_attempt.clicked.connect(self._add_attempt)
        self.save_destination.clicked.connect(self._change_destination)
        self.slip_button.clicked.connect(self.print_slip)
        self.save_outcome.clicked.connect(self._save_outcome)
        self.close_button.clicked.connect(self._close)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.add_attempt, self.save_outcome, self.close_button, self.save_destination, self.slip_button):
            w.setEnabled(on)

    def refresh(self, keep_id: int | None = None) -> None:
        self.destination.clear()
        ok, dests = run_action(self, lambda: ReferralService(self.ctx).destinations())
        for dest in dests or []:
            self.destination.addItem(dest.name, dest.id)
        ok, rows = run_action(self, lambda: ReferralService(self.ctx).open_referrals())
        self.model.set_rows(rows or [])
        self.current = None
        self._enable(False)
        self.header.setText(self.tr("Choose a referral on the left."))
        self.subheader.clear()
        self.attempts.clear()
        if keep_id is not None:
            self.select_id(keep_id)

    def select_id(self, referral_id: int) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.id == referral_id:
                self.view.selectRow(i)
                return

    def _select(self, row: int) -> None:
        if row < 0:
            return
        rid = self.model.row_at(row).id
        ok, info = run_action(self, lambda: ReferralService(self.ctx).get(rid))
        if not ok:
            return
        self.current = info
        self._enable(True)
        status = (
            self.tr("overdue by {n} days").format(n=info.days_overdue)
            if info.overdue
            else self.tr("due {date}").format(date=format_date(info.due_date))
        )
        self.header.setText(self.tr("{code}: {status}").format(code=info.client_code, status=status))
        self.header.setStyleSheet(
            "font-weight: bold; font-size: 12pt; color: %s;" % ("#b71c1c" if info.overdue else "#263238")
        )
        self.subheader.setText(
            self.tr("Referred on {date} to {dest} for confirmatory testing.").format(
                date=format_date(info.referred_on), dest=info.destination or "—"
            )
        )
        lines = [
            self.tr("{date} · {method} · {outcome}").format(
                date=format_date(a.attempted_on),
                method=rules.label(rules.CONTACT_METHODS, a.method),
                outcome=rules.label(rules.CONTACT_OUTCOMES, a.outcome),
            )
            + (f" — {a.note}" if a.note else "")
            for a in info.attempt_list
        ]
        self.destination.setCurrentIndex(max(0, self.destination.findData(info.destination_id)))
        self.attempts.setText("\n".join(lines) or self.tr("No contact attempts yet."))
        index = self.confirm.findData(info.confirmatory_result)
        self.confirm.setCurrentIndex(max(0, index))
        self.home.setChecked(info.home_country_linkage)

    def _add_attempt(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        ok, _ = run_action(
            self,
            lambda: ReferralService(self.ctx).add_attempt(
                rid, self.method.currentData(), self.outcome.currentData(), note=self.attempt_note.text()
            ),
            inline=self.error,
        )
        if ok:
            self.attempt_note.clear()
            self._changed(rid)

    def _change_destination(self) -> None:
        if self.current is None:
            return
        rid, dest = self.current.id, self.destination.currentData()
        ok, _ = run_action(
            self,
            lambda: ReferralService(self.ctx).update(rid, destination_id=dest),
            inline=self.error,
            fields={"destination": self.destination},
        )
        if ok:
            self._changed(rid)

    def print_slip(self) -> None:
        if self.current is not None:
            self.slip_dialog(self.ctx, self.current.id, self).exec()

    slip_dialog = SlipDialog  # tests replace it to answer the dialog

    def _save_outcome(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        ok, info = run_action(
            self,
            lambda: ReferralService(self.ctx).record_outcome(
                rid,
                confirmatory_result=self.confirm.currentData(),
                registered_on=self.registered.value(),
                art_start_on=self.art.value(),
                home_country_linkage=self.home.isChecked(),
            ),
            inline=self.error,
        )
        if ok:
            self.registered.reset(self.ctx.today())
            self.art.reset(self.ctx.today())
            self._changed(rid if info.is_open else None)

    def _close(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        ok, _ = run_action(
            self, lambda: ReferralService(self.ctx).close(rid, self.close_reason.currentData()), inline=self.error
        )
        if ok:
            self._changed(None)

    def _changed(self, keep_id) -> None:
        self.refresh(keep_id)
        self.changed.emit()

    def clear_sensitive(self) -> None:
        self.model.set_rows([])
        self.current = None
        self.header.clear()
        self.attempts.clear()
