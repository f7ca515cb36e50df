"""Paper (retrospective) entry of a test that was timed and read on paper.

The form starts empty and returns to empty after every save, when the
counsellor leaves the tab and when the screen locks, so one person's lines,
times and result never pre-fill the next person's entry. The lines have no
default: the counsellor chooses "visible" or "not visible" for each.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.service import TestService
from dropin.ui.common import InlineError, datetime_edit_format, format_datetime, run_action
from dropin.ui.testing.widgets import (
    InvalidChoice,
    LineChoice,
    QualityBlock,
    ReferralChoice,
    modality_combo,
    pydt,
    qdate,
)


class RetrospectiveForm(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.repeat_of = None  # the invalid test this entry repeats (TestInfo)
        self.last_invalid = None
        layout = QVBoxLayout(self)
        banner = QLabel(
            self.tr(
                "Retrospective entry: for tests that were timed and read on paper. Type the start "
                "and read times; the 20–40 minute rule still applies."
            )
        )
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff8e1; border: 2px dashed #f9a825; padding: 8px; font-weight: bold;")
        layout.addWidget(banner)
        form = self.form = QFormLayout()
        self.client_code = QLineEdit()
        self.client_code.setMaximumWidth(200)
        self.repeat_note = QLabel()
        self.repeat_note.setStyleSheet("color: #e65100; font-weight: bold;")
        self.lot = QComboBox()
        self.modality = modality_combo()
        self.started = QDateTimeEdit()
        self.read = QDateTimeEdit()
        for edit in (self.started, self.read):
            edit.setDisplayFormat(datetime_edit_format())
            edit.setCalendarPopup(True)
        self.control = LineChoice()
        self.test_line = LineChoice()
        self.invalid = InvalidChoice()
        self.late = QCheckBox(self.tr("Read after 40 minutes (outcome: invalid)"))
        self.given = QCheckBox(self.tr("Result given to the person"))
        self.post = QCheckBox(self.tr("Post-test counselling given"))
        self.derived = QLabel()
        self.derived.setObjectName("derivedResult")
        self.derived.setStyleSheet("font-weight: bold;")
        self.referral = ReferralChoice(ctx)
        self.quality = QualityBlock(ctx)
        form.addRow(self.tr("Client code:"), self.client_code)
        form.addRow(self.repeat_note)
        form.addRow(self.tr("Kit lot:"), self.lot)
        form.addRow(self.tr("Where the test was done:"), self.modality)
        form.addRow(self.quality)
        form.addRow(self.tr("Test started at:"), self.started)
        form.addRow(self.tr("Test read at:"), self.read)
        form.addRow(self.tr("Control line (C):"), self.control)
        form.addRow(self.tr("Test line (T):"), self.test_line)
        form.addRow(self.tr("The kit shows the test is invalid:"), self.invalid)
        form.addRow(self.late)
        form.addRow(self.tr("Result:"), self.derived)
        form.addRow(self.referral)
        form.addRow(self.given)
        form.addRow(self.post)
        self.error = InlineError()
        form.addRow(self.error)
        self.save = QPushButton(self.tr("Save paper entry"))
        self.repeat_button = QPushButton(self.tr("Enter the repeat test"))
        self.repeat_button.hide()
        form.addRow(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("paperSaved")
        self.saved.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.saved.setWordWrap(True)
        form.addRow(self.saved)
        form.addRow(self.repeat_button)
        layout.addLayout(form)
        layout.addStretch(1)
        for box in (self.control, self.test_line, self.invalid):
            box.currentIndexChanged.connect(self._update)
        self.late.toggled.connect(self._update)
        self.lot.currentIndexChanged.connect(lambda _i: self._check_quality())
        self.started.dateTimeChanged.connect(lambda _t: self._check_quality())
        self.save.clicked.connect(self.submit)
        self.repeat_button.clicked.connect(self.start_repeat)
        self.reset()

    # ------------------------------------------------------------- state
    def current_result(self) -> rules.Result | None:
        if self.late.isChecked() or self.invalid.value() is not None:
            return rules.Result.INVALID
        control, line = self.control.value(), self.test_line.value()
        if control is None or line is None:
            return None
        return rules.derive_result(control, line)

    def _update(self) -> None:
        late = self.late.isChecked()
        for w in (self.control, self.test_line, self.invalid):
            w.setEnabled(not late)
        result = self.current_result()
        self.derived.setText(result.label if result else self.tr("Choose what you saw for both lines."))
        self.form.setRowVisible(self.referral, result is rules.Result.REACTIVE)

    def _check_quality(self) -> None:
        self.quality.check(self.lot.currentData(), pydt(self.started.dateTime()))

    def reset(self) -> None:
        """Back to an empty form: no code, no lines, no result, times of now."""
        now = self.ctx.now()
        moment = QDateTime(qdate(now.date()), QTime(now.hour, now.minute))
        self.client_code.clear()
        self.started.setDateTime(moment)
        self.read.setDateTime(moment)
        for w in (self.control, self.test_line, self.invalid, self.referral, self.quality):
            w.reset()
        for box in (self.late, self.given, self.post):
            box.setChecked(False)
        self.repeat_of = None
        self.modality.setCurrentIndex(max(0, self.modality.findData(rules.DEFAULT_MODALITY)))
        self.modality.setEnabled(True)
        self.repeat_note.hide()
        self.error.clear()
        self._update()

    def refresh(self) -> None:
        self.lot.clear()
        ok, lots = run_action(self, lambda: TestService(self.ctx).usable_lots())
        for lot in lots or []:
            self.lot.addItem(lot.label, lot.id)
        self.referral.load()
        self._check_quality()

    def clear_sensitive(self) -> None:
        self.reset()
        self.saved.clear()
        self.repeat_button.hide()
        self.last_invalid = None

    # ----------------------------------------------------------- actions
    def submit(self) -> None:
        late = self.late.isChecked()
        control = None if late else self.control.value()
        line = None if late else self.test_line.value()
        invalid = None if late else self.invalid.value()
        reactive = self.current_result() is rules.Result.REACTIVE
        referral = self.referral.values() if reactive else {}
        repeat_of = self.repeat_of.id if self.repeat_of is not None else None
        ok, info = run_action(
            self,
            lambda: TestService(self.ctx).record_retrospective_for_client(
                self.client_code.text(),
                self.lot.currentData(),
                pydt(self.started.dateTime()),
                pydt(self.read.dateTime()),
                control,
                line,
                result_given=self.given.isChecked(),
                post_test_counselling=self.post.isChecked(),
                invalid_reason=invalid,
                repeat_of_id=repeat_of,
                qc_override_reason=self.quality.override_reason(),
                modality=None if repeat_of else self.modality.currentData(),
                **referral,
            ),
            inline=self.error,
            fields={
                "client_code": self.client_code,
                "lot": self.lot,
                "started_at": self.started,
                "read_at": self.read,
                "control_line": self.control,
                "qc_override": self.quality.override,
            },
        )
        if not ok:
            return
        self.saved.setText(
            self.tr("✔ Paper entry for {code} saved: {result}.").format(code=info.client_code, result=info.result_label)
        )
        self.last_invalid = info if info.result == rules.Result.INVALID else None
        self.repeat_button.setVisible(self.last_invalid is not None)
        self.reset()
        self._check_quality()

    def start_repeat(self) -> None:
        """Prepare the entry of the repeat test, linked to the invalid one."""
        first = self.last_invalid
        if first is None:
            return
        self.reset()
        self.repeat_of = first
        self.client_code.setText(first.client_code)
        self.modality.setCurrentIndex(max(0, self.modality.findData(first.modality)))
        self.modality.setEnabled(False)  # a repeat is done where the first test was
        self.repeat_note.setText(
            self.tr("Repeat of the invalid test started {time}.").format(time=format_datetime(first.started_at))
        )
        self.repeat_note.show()
        self.repeat_button.hide()
        self.last_invalid = None
