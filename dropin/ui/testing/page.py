"""The counsellor's testing page: overdue follow-ups on top, then the board, forms, stock, QC and referrals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDoubleSpinBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from dropin.context import ServiceContext
from dropin.i18n import translate
from dropin.security.permissions import Permission
from dropin.testing import rules
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService
from dropin.testing.service import CounsellingService, TestService, false_negative_warning
from dropin.ui.common import (Column, InlineError, RowsTableModel, date_edit_format, datetime_edit_format, format_date,
                              format_datetime, format_number, run_action)
from dropin.ui.testing.board import ReadTimerBoard


def _table(model: RowsTableModel, min_height: int = 120) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(min_height)
    view.setAlternatingRowColors(True)
    return view


def _combo(choices: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for code in choices:
        box.addItem(rules.label(choices, code), code)
    return box


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _pydt(q: QDateTime) -> dt.datetime:
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


class OptionalDate(QWidget):
    """A date that may be left empty (a check box turns it on)."""

    def __init__(self, label: str, today: dt.date, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(_qdate(today))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_edit_format())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return _pydate(self.edit.date()) if self.check.isChecked() else None

    def reset(self, today: dt.date) -> None:
        self.check.setChecked(False)
        self.edit.setDate(_qdate(today))


# ------------------------------------------------------------------ overdue
class OverdueBanner(QFrame):
    """Top of the page, red, with a count badge: impossible to miss."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overdueBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Overdue follow-ups"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b71c1c;")
        self.badge = QLabel("0")
        self.badge.setObjectName("overdueBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumSize(34, 28)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b71c1c;")
        head.addWidget(self.title)
        head.addWidget(self.badge)
        head.addWidget(self.hint, 1)
        layout.addLayout(head)
        self.model = RowsTableModel([
            Column(self.tr("Client code"), lambda r: r.client_code),
            Column(self.tr("Days overdue"), lambda r: r.days_overdue, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Due"), lambda r: format_date(r.due_date)),
            Column(self.tr("Referred to"), lambda r: r.destination or "—"),
            Column(self.tr("Contact attempts"), lambda r: r.attempts, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Last attempt"), lambda r: format_date(r.last_attempt_on)),
        ])
        self.model.row_style = lambda r: {"foreground": QColor("#b71c1c")} if r.days_overdue >= 7 else {}
        self.view = _table(self.model, 40)
        self.view.setFixedHeight(60)
        layout.addWidget(self.view)
        self.set_count(0)

    def set_count(self, n: int) -> None:
        self.badge.setText(format_number(n))
        if n:
            self.setStyleSheet("QFrame#overdueBanner { background: #ffebee; border: 3px solid #c62828; "
                               "border-radius: 6px; }")
            self.badge.setStyleSheet("background: #c62828; color: white; font-weight: bold; font-size: 13pt; "
                                     "border-radius: 14px; padding: 2px 10px;")
            self.hint.setText(translate("TestingPage", "%n person(s) not yet linked past the due date: "
                                        "contact them today.", None, n))
            self.view.show()
        else:
            self.setStyleSheet("QFrame#overdueBanner { background: #f1f8e9; border: 1px solid #aed581; "
                               "border-radius: 6px; }")
            self.badge.setStyleSheet("background: #7cb342; color: white; font-weight: bold; font-size: 13pt; "
                                     "border-radius: 14px; padding: 2px 10px;")
            self.hint.setText(self.tr("No follow-up is overdue."))
            self.view.hide()
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        m = layout.contentsMargins()
        head = max(self.title.sizeHint().height(), self.badge.minimumHeight(), self.hint.sizeHint().height())
        height = m.top() + m.bottom() + head + 6
        if not self.view.isHidden():
            height += layout.spacing() + self.view.maximumHeight()
        self.setFixedHeight(height)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: ReferralService(self.ctx).overdue())
        rows = rows or []
        self.model.set_rows(rows)
        self.set_count(len(rows))
        shown = max(1, min(len(rows), 5))
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + 4
                                 + shown * max(24, self.view.verticalHeader().defaultSectionSize()))
        self._fit()

    def clear_sensitive(self) -> None:
        self.model.set_rows([])
        self.set_count(0)


# --------------------------------------------------------------- counselling
class CounsellingForm(QWidget):
    def __init__(self, ctx: ServiceContext, board: ReadTimerBoard, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.board = board
        outer = QHBoxLayout(self)
        left = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.pre = QCheckBox(self.tr("Pre-test counselling given"))
        self.consent = QCheckBox(self.tr("Verbal informed consent to a voluntary test"))
        self.consent.setStyleSheet("font-weight: bold;")
        self.ever = QComboBox()
        self.ever.addItem(self.tr("Not asked"), None)
        self.ever.addItem(self.tr("Yes"), True)
        self.ever.addItem(self.tr("No, first test"), False)
        self.months = QSpinBox()
        self.months.setRange(-1, 600)
        self.months.setSpecialValueText(self.tr("—"))
        self.months.setValue(-1)
        self.self_test = QCheckBox(self.tr("Has used an HIV self-test before"))
        self.prep = QCheckBox(self.tr("On PrEP"))
        self.art = QCheckBox(self.tr("On ART"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;")
        self.warning.hide()
        self.peer = QCheckBox(self.tr("PLHIV peer-support contact offered"))
        self.lot = QComboBox()
        left.addRow(self.tr("Client code:"), self.client_code)
        left.addRow(self.pre)
        left.addRow(self.consent)
        left.addRow(self.tr("Tested before:"), self.ever)
        left.addRow(self.tr("Months since last test:"), self.months)
        left.addRow(self.self_test)
        flags = QHBoxLayout()
        flags.addWidget(self.prep)
        flags.addWidget(self.art)
        flags.addStretch(1)
        left.addRow(flags)
        left.addRow(self.warning)
        left.addRow(self.peer)
        left.addRow(self.tr("Kit lot for the test:"), self.lot)
        self.error = InlineError()
        left.addRow(self.error)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save counselling"))
        self.save_start = QPushButton(self.tr("Save and start test"))
        self.save_start.setDefault(True)
        buttons.addWidget(self.save)
        buttons.addWidget(self.save_start)
        buttons.addStretch(1)
        left.addRow(buttons)
        self.saved = QLabel()
        self.saved.setStyleSheet("color: #1b5e20;")
        left.addRow(self.saved)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Individual risk assessment")))
        self.risks = QListWidget()
        for code in rules.RISK_ITEMS:
            item = QListWidgetItem(rules.label(rules.RISK_ITEMS, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.risks.addItem(item)
        self.risks.setMaximumHeight(190)
        right.addWidget(self.risks)
        right.addWidget(QLabel(self.tr("Risk assessment note")))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        right.addWidget(self.note)
        right.addWidget(QLabel(self.tr("Risk-reduction plan")))
        self.plan = QPlainTextEdit()
        self.plan.setMaximumHeight(80)
        right.addWidget(self.plan)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)

        self.prep.toggled.connect(self._warn)
        self.art.toggled.connect(self._warn)
        self.save.clicked.connect(lambda: self.submit(start=False))
        self.save_start.clicked.connect(lambda: self.submit(start=True))

    def _warn(self) -> None:
        text = false_negative_warning(self.prep.isChecked(), self.art.isChecked())
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def refresh(self) -> None:
        self.lot.clear()
        ok, lots = run_action(self, lambda: TestService(self.ctx).usable_lots())
        for lot in lots or []:
            self.lot.addItem(lot.label, lot.id)

    def submit(self, start: bool) -> None:
        risks = [self.risks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.risks.count())
                 if self.risks.item(i).checkState() == Qt.CheckState.Checked]
        months = self.months.value() if self.months.value() >= 0 else None
        fields = {"client_code": self.client_code, "consent": self.consent, "months_since": self.months,
                  "lot": self.lot}
        ok, info = run_action(self, lambda: CounsellingService(self.ctx).record_session(
            self.client_code.text(), pre_test_counselling=self.pre.isChecked(),
            consent_given=self.consent.isChecked(), risk_items=risks, risk_note=self.note.toPlainText(),
            risk_reduction_plan=self.plan.toPlainText(), ever_tested=self.ever.currentData(),
            months_since_last_test=months, previous_self_test=self.self_test.isChecked(),
            on_prep=self.prep.isChecked(), on_art=self.art.isChecked(), peer_support_offered=self.peer.isChecked(),
        ), inline=self.error, fields=fields)
        if not ok:
            return
        message = self.tr("Counselling for {code} saved.").format(code=info.client_code)
        if start:
            lot_id = self.lot.currentData()
            ok, test = run_action(self, lambda: TestService(self.ctx).start_test(info.id, lot_id),
                                  inline=self.error, fields=fields)
            if not ok:
                self.saved.setText(message)
                return
            message = self.tr("Counselling for {code} saved; the test is running on the board.").format(
                code=info.client_code)
            self.board.refresh()
        self.saved.setText(message)
        self.clear()

    def clear(self) -> None:
        self.client_code.clear()
        for box in (self.pre, self.consent, self.self_test, self.prep, self.art, self.peer):
            box.setChecked(False)
        self.ever.setCurrentIndex(0)
        self.months.setValue(-1)
        self.note.clear()
        self.plan.clear()
        for i in range(self.risks.count()):
            self.risks.item(i).setCheckState(Qt.CheckState.Unchecked)


# --------------------------------------------------------- retrospective entry
class RetrospectiveForm(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        banner = QLabel(self.tr("Retrospective entry: for tests that were timed and read on paper. Type the start "
                                "and read times; the 20–40 minute rule still applies."))
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff8e1; border: 2px dashed #f9a825; padding: 8px; font-weight: bold;")
        layout.addWidget(banner)
        form = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.lot = QComboBox()
        now = ctx.now()
        self.started = QDateTimeEdit(QDateTime(_qdate(now.date()), QTime(now.hour, now.minute)))
        self.read = QDateTimeEdit(QDateTime(_qdate(now.date()), QTime(now.hour, now.minute)))
        for edit in (self.started, self.read):
            edit.setDisplayFormat(datetime_edit_format())
            edit.setCalendarPopup(True)
        self.control = QCheckBox(self.tr("Control line (C) visible"))
        self.test_line = QCheckBox(self.tr("Test line (T) visible"))
        self.late = QCheckBox(self.tr("Read after 40 minutes (outcome: invalid)"))
        self.given = QCheckBox(self.tr("Result given to the person"))
        self.post = QCheckBox(self.tr("Post-test counselling given"))
        self.derived = QLabel()
        self.derived.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Client code:"), self.client_code)
        form.addRow(self.tr("Kit lot:"), self.lot)
        form.addRow(self.tr("Test started at:"), self.started)
        form.addRow(self.tr("Test read at:"), self.read)
        form.addRow(self.control)
        form.addRow(self.test_line)
        form.addRow(self.late)
        form.addRow(self.tr("Result:"), self.derived)
        form.addRow(self.given)
        form.addRow(self.post)
        self.error = InlineError()
        form.addRow(self.error)
        self.save = QPushButton(self.tr("Save paper entry"))
        form.addRow(self.save)
        self.saved = QLabel()
        form.addRow(self.saved)
        layout.addLayout(form)
        layout.addStretch(1)
        for box in (self.control, self.test_line, self.late):
            box.toggled.connect(self._update)
        self.save.clicked.connect(self.submit)
        self._update()

    def _update(self) -> None:
        if self.late.isChecked():
            self.derived.setText(rules.Result.INVALID.label)
        else:
            self.derived.setText(rules.derive_result(self.control.isChecked(), self.test_line.isChecked()).label)
        self.control.setEnabled(not self.late.isChecked())
        self.test_line.setEnabled(not self.late.isChecked())

    def refresh(self) -> None:
        self.lot.clear()
        ok, lots = run_action(self, lambda: TestService(self.ctx).usable_lots())
        for lot in lots or []:
            self.lot.addItem(lot.label, lot.id)

    def submit(self) -> None:
        late = self.late.isChecked()
        control = None if late else self.control.isChecked()
        line = None if late else self.test_line.isChecked()
        ok, info = run_action(self, lambda: TestService(self.ctx).record_retrospective_for_client(
            self.client_code.text(), self.lot.currentData(), _pydt(self.started.dateTime()),
            _pydt(self.read.dateTime()), control, line, result_given=self.given.isChecked(),
            post_test_counselling=self.post.isChecked(),
        ), inline=self.error, fields={"client_code": self.client_code, "lot": self.lot,
                                      "started_at": self.started, "read_at": self.read})
        if ok:
            self.saved.setText(self.tr("Paper entry for {code} saved: {result}.").format(
                code=info.client_code, result=info.result_label))
            self.client_code.clear()


# ------------------------------------------------------------------ referrals
class ReferralsTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current = None
        split = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(split)
        self.model = RowsTableModel([
            Column(self.tr("Client code"), lambda r: r.client_code),
            Column(self.tr("Referred"), lambda r: format_date(r.referred_on)),
            Column(self.tr("Due"), lambda r: format_date(r.due_date)),
            Column(self.tr("Overdue"), lambda r: self.tr("{n} days").format(n=r.days_overdue) if r.overdue else ""),
            Column(self.tr("Referred to"), lambda r: r.destination or "—"),
            Column(self.tr("Attempts"), lambda r: r.attempts, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Accompaniment"), lambda r: self.tr("accepted") if r.accompaniment_accepted
                   else (self.tr("offered") if r.accompaniment_offered else "")),
        ])
        self.model.row_style = lambda r: {"foreground": QColor("#b71c1c")} if r.overdue else {}
        self.view = _table(self.model)
        split.addWidget(self.view)

        detail = QWidget()
        d = QVBoxLayout(detail)
        self.header = QLabel(self.tr("Choose a referral on the left."))
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        d.addWidget(self.header)
        self.subheader = QLabel()
        d.addWidget(self.subheader)
        self.attempts = QLabel()
        self.attempts.setWordWrap(True)
        d.addWidget(self.attempts)

        attempt_box = QGroupBox(self.tr("Contact attempt"))
        af = QFormLayout(attempt_box)
        self.method = _combo(rules.CONTACT_METHODS)
        self.outcome = _combo(rules.CONTACT_OUTCOMES)
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
        self.close_reason = _combo(rules.CLOSE_REASONS)
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
        split.addWidget(scroll)
        split.setSizes([620, 460])

        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.add_attempt.clicked.connect(self._add_attempt)
        self.save_outcome.clicked.connect(self._save_outcome)
        self.close_button.clicked.connect(self._close)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (self.add_attempt, self.save_outcome, self.close_button):
            w.setEnabled(on)

    def refresh(self, keep_id: int | None = None) -> None:
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
        status = self.tr("overdue by {n} days").format(n=info.days_overdue) if info.overdue else \
            self.tr("due {date}").format(date=format_date(info.due_date))
        self.header.setText(self.tr("{code}: {status}").format(code=info.client_code, status=status))
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt; color: %s;"
                                  % ("#b71c1c" if info.overdue else "#263238"))
        self.subheader.setText(self.tr("Referred on {date} to {dest} for confirmatory testing.").format(
            date=format_date(info.referred_on), dest=info.destination or "—"))
        lines = [self.tr("{date} · {method} · {outcome}").format(
            date=format_date(a.attempted_on), method=rules.label(rules.CONTACT_METHODS, a.method),
            outcome=rules.label(rules.CONTACT_OUTCOMES, a.outcome)) for a in info.attempt_list]
        self.attempts.setText("\n".join(lines) or self.tr("No contact attempts yet."))
        index = self.confirm.findData(info.confirmatory_result)
        self.confirm.setCurrentIndex(max(0, index))
        self.home.setChecked(info.home_country_linkage)

    def _add_attempt(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        ok, _ = run_action(self, lambda: ReferralService(self.ctx).add_attempt(
            rid, self.method.currentData(), self.outcome.currentData(), note=self.attempt_note.text()),
            inline=self.error)
        if ok:
            self.attempt_note.clear()
            self._select(self.view.currentIndex().row())

    def _save_outcome(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        ok, info = run_action(self, lambda: ReferralService(self.ctx).record_outcome(
            rid, confirmatory_result=self.confirm.currentData(), registered_on=self.registered.value(),
            art_start_on=self.art.value(), home_country_linkage=self.home.isChecked()), inline=self.error)
        if ok:
            self.registered.reset(self.ctx.today())
            self.art.reset(self.ctx.today())
            self._changed(rid if info.is_open else None)

    def _close(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        ok, _ = run_action(self, lambda: ReferralService(self.ctx).close(rid, self.close_reason.currentData()),
                           inline=self.error)
        if ok:
            self._changed(None)

    def _changed(self, keep_id) -> None:
        self.refresh(keep_id)
        page = self.parent()
        while page is not None and not isinstance(page, TestingPage):
            page = page.parent()
        if page is not None:
            page.overdue.refresh()

    def clear_sensitive(self) -> None:
        self.model.set_rows([])
        self.current = None
        self.header.clear()
        self.attempts.clear()


# -------------------------------------------------------------------- stock
class StockTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;")
        layout.addWidget(self.warnings)
        self.model = RowsTableModel([
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
        ])
        self.model.row_style = self._style
        self.view = _table(self.model, 160)
        layout.addWidget(self.view, 1)
        self.totals = QLabel()
        self.totals.setObjectName("reconciliation")
        layout.addWidget(self.totals)

        forms = QHBoxLayout()
        recv = QGroupBox(self.tr("Receive kits"))
        rf = QFormLayout(recv)
        self.kit_name = QLineEdit("OraQuick ADVANCE HIV-1/2")
        self.lot_number = QLineEdit()
        self.expiry = QDateEdit(_qdate(ctx.today() + dt.timedelta(days=365)))
        self.expiry.setDisplayFormat(date_edit_format())
        self.expiry.setCalendarPopup(True)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 100000)
        self.source = _combo(rules.SOURCES)
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
        self.discard_reason = _combo({k: v for k, v in rules.DISCARD_REASONS.items() if k != "count"})
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
        today = self.ctx.today()
        if r.on_hand == 0:
            return self.tr("Used up")
        if r.expired_on(today):
            return self.tr("EXPIRED — discard")
        if (r.expiry_date - today).days <= rules.NEAR_EXPIRY_DAYS:
            return self.tr("Expires soon")
        return self.tr("OK")

    def _style(self, r) -> dict:
        today = self.ctx.today()
        if r.on_hand and r.expired_on(today):
            return {"background": QColor("#ffcdd2")}
        if r.on_hand and (r.expiry_date - today).days <= rules.NEAR_EXPIRY_DAYS:
            return {"background": QColor("#fff3e0")}
        if r.on_hand == 0:
            return {"foreground": QColor("#90a4ae")}
        return {}

    def refresh(self) -> None:
        svc = KitService(self.ctx)
        ok, rows = run_action(self, lambda: svc.stock(include_empty=True))
        self.model.set_rows(rows or [])
        ok, warnings = run_action(self, svc.warnings)
        self.warnings.setText("\n".join(w.message for w in warnings or []))
        self.warnings.setVisible(bool(warnings))
        ok, rec = run_action(self, svc.reconciliation)
        if ok:
            self.totals.setText(self.tr(
                "Reconciliation: received {rec} = tests {used} + invalid {inv} + QC {qc} + discarded {disc} "
                "+ on hand {hand} {mark}").format(
                rec=format_number(rec.received), used=format_number(rec.used_tests), inv=format_number(rec.invalid),
                qc=format_number(rec.qc), disc=format_number(rec.discarded), hand=format_number(rec.on_hand), mark="✔" if rec.balanced else "✘"))

    def _selected(self):
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _receive(self) -> None:
        temp = None if self.temp.value() <= -31 else self.temp.value()
        ok, _ = run_action(self, lambda: KitService(self.ctx).receive(
            self.kit_name.text(), self.lot_number.text(), _pydate(self.expiry.date()), self.quantity.value(),
            self.source.currentData(), temp), inline=self.error,
            fields={"kit_name": self.kit_name, "lot_number": self.lot_number, "expiry_date": self.expiry,
                    "quantity": self.quantity})
        if ok:
            self.lot_number.clear()
            self.quantity.setValue(0)
            self.refresh()

    def _discard(self) -> None:
        lot = self._selected()
        if lot is None:
            self.error.show_message(self.tr("Choose a lot in the table first."))
            return
        ok, _ = run_action(self, lambda: KitService(self.ctx).discard(
            lot.id, self.discard_qty.value(), self.discard_reason.currentData()), inline=self.error)
        if ok:
            self.refresh()

    def _count(self) -> None:
        lot = self._selected()
        if lot is None:
            self.error.show_message(self.tr("Choose a lot in the table first."))
            return
        ok, _ = run_action(self, lambda: KitService(self.ctx).record_count(lot.id, self.counted.value()),
                           inline=self.error)
        if ok:
            self.refresh()


# ------------------------------------------------------------------------ QC
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
        self.reason = _combo(rules.QC_REASONS)
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
        self.runs = RowsTableModel([
            Column(self.tr("Date"), lambda r: format_date(r.run_on)),
            Column(self.tr("Lot"), lambda r: r.lot_number),
            Column(self.tr("Reason"), lambda r: rules.label(rules.QC_REASONS, r.reason)),
            Column(self.tr("Outcome"), lambda r: self.tr("Passed") if r.passed else self.tr("FAILED")),
            Column(self.tr("By"), lambda r: r.operator or ""),
        ])
        self.runs.row_style = lambda r: {} if r.passed else {"background": QColor("#ffcdd2")}
        self.temps = RowsTableModel([
            Column(self.tr("Read at"), lambda r: format_datetime(r.read_at)),
            Column(self.tr("Storage"), lambda r: f"{format_number(r.storage_temp_c, 1)} °C"),
            Column(self.tr("Room"), lambda r: "" if r.room_temp_c is None else f"{format_number(r.room_temp_c, 1)} °C"),
            Column(self.tr("In range"), lambda r: self.tr("yes") if r.in_range else self.tr("NO")),
        ])
        self.temps.row_style = lambda r: {} if r.in_range else {"background": QColor("#ffcdd2")}
        tables.addWidget(_table(self.runs))
        tables.addWidget(_table(self.temps))
        layout.addLayout(tables, 1)
        run_box.setEnabled(ctx.can(Permission.QC_RECORD))
        temp_box.setEnabled(ctx.can(Permission.QC_RECORD) or ctx.can(Permission.KIT_MANAGE))
        self.run_button.clicked.connect(self._run)
        self.temp_button.clicked.connect(self._temp)

    def refresh(self) -> None:
        svc = QcService(self.ctx)
        ok, due = run_action(self, svc.due)
        self.due.setText("\n".join(w.message for w in due or []) or self.tr("No quality-control run is due."))
        self.due.setStyleSheet(("background: #fff3e0; color: #e65100;" if due else
                                "background: #f1f8e9; color: #33691e;") + " padding: 6px; font-weight: bold;")
        ok, runs = run_action(self, svc.recent_runs)
        self.runs.set_rows(runs or [])
        ok, temps = run_action(self, svc.recent_temperatures)
        self.temps.set_rows(temps or [])
        self.lot.clear()
        ok, lots = run_action(self, lambda: KitService(self.ctx).stock())
        for lot in lots or []:
            if not lot.expired_on(self.ctx.today()):
                self.lot.addItem(self.tr("{kit} lot {lot} (received {date})").format(
                    kit=lot.kit_name, lot=lot.lot_number, date=format_date(lot.received_on)), lot.id)

    def _run(self) -> None:
        ok, _ = run_action(self, lambda: QcService(self.ctx).record_run(
            self.lot.currentData(), self.reason.currentData(), self.positive.isChecked(), self.negative.isChecked()),
            inline=self.error, fields={"lot": self.lot})
        if ok:
            self.positive.setChecked(False)
            self.negative.setChecked(False)
            self.refresh()

    def _temp(self) -> None:
        ok, _ = run_action(self, lambda: QcService(self.ctx).log_temperature(self.storage.value(), self.room.value()),
                           inline=self.error)
        if ok:
            self.refresh()


# --------------------------------------------------------------- break-glass
class BreakGlassTab(QWidget):
    """A manager opens ONE test record after giving a reason (both are audited)."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Test results are for peer counsellors only. Open a single record only when there is "
                               "a real need; your reason and the opening are written to the audit log."))
        intro.setWordWrap(True)
        intro.setStyleSheet("background: #ffebee; color: #b71c1c; padding: 8px; font-weight: bold;")
        layout.addWidget(intro)
        form = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.find = QPushButton(self.tr("Find tests"))
        row = QHBoxLayout()
        row.addWidget(self.client_code)
        row.addWidget(self.find)
        row.addStretch(1)
        form.addRow(self.tr("Client code:"), row)
        self.tests = QComboBox()
        form.addRow(self.tr("Test:"), self.tests)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(70)
        form.addRow(self.tr("Reason:"), self.reason)
        self.open_button = QPushButton(self.tr("Open this one record"))
        form.addRow(self.open_button)
        layout.addLayout(form)
        self.error = InlineError()
        layout.addWidget(self.error)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.find.clicked.connect(self._find)
        self.open_button.clicked.connect(self._open)

    def _find(self) -> None:
        self.tests.clear()
        ok, rows = run_action(self, lambda: TestService(self.ctx).break_glass_candidates(self.client_code.text()),
                              inline=self.error, fields={"client_code": self.client_code})
        for c in rows or []:
            self.tests.addItem(format_datetime(c.started_at), c.id)

    def _open(self) -> None:
        test_id = self.tests.currentData()
        if test_id is None:
            self.error.show_message(self.tr("Find the person's tests and choose one first."))
            return
        ok, info = run_action(self, lambda: TestService(self.ctx).break_glass_open(test_id, self.reason.toPlainText()),
                              inline=self.error, fields={"reason": self.reason})
        if ok:
            self.result.setText(self.tr("{code}, test of {date}: {result}. Result given: {given}.").format(
                code=info.client_code, date=format_datetime(info.started_at), result=info.result_label,
                given=self.tr("yes") if info.result_given else self.tr("no")))
            self.reason.clear()

    def clear_sensitive(self) -> None:
        self.result.clear()
        self.tests.clear()


# ---------------------------------------------------------------------- page
class TestingPage(QWidget):
    __test__ = False

    def __init__(self, ctx: ServiceContext, parent=None, clock=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.overdue = OverdueBanner(ctx)
        layout.addWidget(self.overdue)
        self.overdue.setVisible(ctx.can(Permission.REFERRAL_FOLLOWUP))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.board = self.counselling = self.retro = self.referrals = None
        if ctx.can(Permission.TEST_RECORD):
            self.board = ReadTimerBoard(ctx, clock or ctx.clock)
            self.counselling = CounsellingForm(ctx, self.board)
            self.retro = RetrospectiveForm(ctx)
            self.tabs.addTab(self.board, self.tr("Read-timer board"))
            self.tabs.addTab(self.counselling, self.tr("Counselling"))
            self.tabs.addTab(self.retro, self.tr("Paper entry (retrospective)"))
            self.board.changed.connect(self._after_result)
        if ctx.can(Permission.REFERRAL_FOLLOWUP):
            self.referrals = ReferralsTab(ctx)
            self.tabs.addTab(self.referrals, self.tr("Referrals and follow-up"))
            self.overdue.view.doubleClicked.connect(self._open_overdue)
        self.stock = self.qc = self.break_glass = None
        if ctx.can(Permission.KIT_VIEW):
            self.stock = StockTab(ctx)
            self.qc = QcTab(ctx)
            self.tabs.addTab(self.stock, self.tr("Kit stock"))
            self.tabs.addTab(self.qc, self.tr("Quality control"))
        if ctx.can(Permission.TEST_BREAK_GLASS):
            self.break_glass = BreakGlassTab(ctx)
            self.tabs.addTab(self.break_glass, self.tr("Open one record (break-glass)"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())

    def _parts(self):
        return [p for p in (self.board, self.counselling, self.retro, self.referrals, self.stock, self.qc) if p]

    def refresh(self) -> None:
        if self.overdue.isVisibleTo(self) or self.ctx.can(Permission.REFERRAL_FOLLOWUP):
            if self.ctx.can(Permission.REFERRAL_FOLLOWUP):
                self.overdue.refresh()
        self._refresh_current()
        if self.board is not None and self.tabs.currentWidget() is not self.board:
            self.board.refresh()

    def _refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "refresh"):
            current.refresh()

    def _after_result(self) -> None:
        if self.ctx.can(Permission.REFERRAL_FOLLOWUP):
            self.overdue.refresh()

    def _open_overdue(self, index) -> None:
        row = self.overdue.model.row_at(index.row())
        self.tabs.setCurrentWidget(self.referrals)
        self.referrals.select_id(row.id)

    def clear_sensitive(self) -> None:
        self.overdue.clear_sensitive()
        for part in (self.board, self.referrals, self.break_glass):
            if part is not None:
                part.clear_sensitive()
        if self.counselling is not None:
            self.counselling.clear()
