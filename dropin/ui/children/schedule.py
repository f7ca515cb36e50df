"""The schedule tab (repeating sessions) and the dialog for activity types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dropin.children.service import ScheduleService, SessionService
from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.ui.children.common import (
    KIND_CHILDREN,
    KIND_WORKSHOP,
    WEEKDAYS,
    fmt_short,
    fmt_time,
    selected_row,
    to_date,
    to_qdate,
    to_time,
    weekday_name,
)
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    ask_reason,
    buddy_label,
    date_edit_format,
    run_action,
    run_read,
    table_view,
    time_edit_format,
)


class TypesDialog(QDialog):
    """The editable list of session types and workshop topics."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.service = SessionService(ctx)
        self.setWindowTitle(self.tr("Session types"))
        self.list = QListWidget()
        self.list.itemChanged.connect(self._toggled)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("New type, e.g. Music"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Children's session"), KIND_CHILDREN)
        self.kind.addItem(self.tr("Parents' workshop"), KIND_WORKSHOP)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add)
        self.label.returnPressed.connect(self.add)
        self.error = InlineError()
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.kind)
        row.addWidget(add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Untick a type to stop offering it; past sessions keep it.")))
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(420, 420)
        self.load()

    def load(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for t in run_read(self, lambda: self.service.activity_types(include_inactive=True), []):
            suffix = self.tr(" (workshop)") if t.kind == KIND_WORKSHOP else ""
            item = QListWidgetItem(t.label + suffix)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setCheckState(Qt.CheckState.Checked if t.active else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        run_action(
            self,
            lambda: self.service.update_type(item.data(Qt.ItemDataRole.UserRole), active=active),
            inline=self.error,
        )

    def add(self) -> None:
        ok, _ = run_action(
            self,
            lambda: self.service.add_type(self.label.text(), self.kind.currentData()),
            inline=self.error,
            fields={"label": self.label},
        )
        if ok:
            self.label.clear()
            self.load()


class ScheduleTab(QWidget):
    planned = Signal()

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ScheduleService(ctx)
        self.sessions = SessionService(ctx)
        self.editing: int | None = None
        days = {d: weekday_name(d) for d, _ in WEEKDAYS}
        self.model = RowsTableModel(
            [
                Column(self.tr("Type"), lambda r: r.type_label),
                Column(self.tr("Days"), lambda r: ", ".join(days[d] for d in r.weekdays)),
                Column(
                    self.tr("Time"),
                    lambda r: self.tr("{start}, {minutes} min").format(
                        start=fmt_time(r.start_time), minutes=r.duration_min
                    ),
                ),
                Column(self.tr("Facilitator"), lambda r: r.facilitator),
                Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
                Column(
                    self.tr("Period"),
                    lambda r: (
                        self.tr("{start} to {end}").format(start=fmt_short(r.valid_from), end=fmt_short(r.valid_until))
                        if r.valid_until
                        else self.tr("from {start}").format(start=fmt_short(r.valid_from))
                    ),
                ),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._load_selected())

        # editor
        self.type_box = QComboBox()
        self.day_boxes = {d: QCheckBox(days[d]) for d, _ in WEEKDAYS}
        days_row = QHBoxLayout()
        for box in self.day_boxes.values():
            days_row.addWidget(box)
        days_row.addStretch(1)
        days_widget = QWidget()
        days_widget.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.time_edit = QTimeEdit(QTime(16, 0))
        self.time_edit.setDisplayFormat(time_edit_format())
        self.duration = QSpinBox(minimum=5, maximum=720, singleStep=15, value=90, suffix=self.tr(" min"))
        self.place = QLineEdit()
        self.facilitator = QComboBox()
        self.valid_from = QDateEdit(to_qdate(ctx.today()))
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(date_edit_format())
        self.has_until = QCheckBox(self.tr("Ends on"))
        self.valid_until = QDateEdit(to_qdate(ctx.today() + dt.timedelta(days=180)))
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat(date_edit_format())
        self.valid_until.setEnabled(False)
        self.has_until.toggled.connect(self.valid_until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.valid_until, 1)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("Days:"), days_widget)
        form.addRow(self.tr("St&art:"), self.time_edit)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("Starts &on:"), self.valid_from)
        form.addRow("", until_row)
        form.addRow("", self.active)
        self.error = InlineError()
        self.new_button = QPushButton(self.tr("&New schedule"))
        self.save_button = QPushButton(self.tr("&Save schedule"))
        self.void_button = QPushButton(self.tr("Void schedule…"))
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.void_button.clicked.connect(self.void_schedule)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.box = QGroupBox(self.tr("New schedule"))
        box_layout = QVBoxLayout(self.box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.error)
        box_layout.addLayout(buttons)
        void_row = QHBoxLayout()  # its own row: the buttons' texts are long in some languages
        void_row.addStretch(1)
        void_row.addWidget(self.void_button)
        box_layout.addLayout(void_row)
        box_layout.addStretch(1)

        self.weeks = QSpinBox(minimum=1, maximum=26, value=4, suffix=self.tr(" weeks"))
        self.plan_button = QPushButton(self.tr("P&lan sessions"))
        self.plan_button.setToolTip(
            self.tr(
                "Creates the sessions of every active schedule. Running it again "
                "adds nothing twice and keeps cancelled sessions cancelled."
            )
        )
        self.plan_button.clicked.connect(self.plan)
        self.types_button = QPushButton(self.tr("Session t&ypes…"))
        self.types_button.clicked.connect(self.edit_types)
        self.plan_result = QLabel()
        self.plan_result.setWordWrap(True)
        plan_row = QHBoxLayout()
        plan_row.addWidget(buddy_label(self.tr("Plan the next"), self.weeks))
        plan_row.addWidget(self.weeks)
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        result_row = QHBoxLayout()  # under the first row: each fits a small screen in every language
        result_row.addWidget(self.plan_result, 1)
        result_row.addWidget(self.types_button)

        left = QVBoxLayout()
        left.addLayout(plan_row)
        left.addLayout(result_row)
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.box, 2)  # no fixed width: the days and labels are longer in some languages
        manage = ctx.can(Permission.CHILDREN_MANAGE)
        for w in (self.box, self.plan_button, self.types_button, self.weeks):
            w.setEnabled(manage)

    def refresh(self) -> None:
        current = self.type_box.currentData()
        self.type_box.clear()
        for t in run_read(self, self.sessions.activity_types, []):
            suffix = self.tr(" (workshop)") if t.kind == KIND_WORKSHOP else ""
            self.type_box.addItem(t.label + suffix, t.id)
        if current is not None:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(current)))
        chosen = self.facilitator.currentData()
        self.facilitator.clear()
        self.facilitator.addItem(self.tr("(none)"), None)
        for person in run_read(self, self.sessions.staff, []):
            self.facilitator.addItem(person.label, person.id)
        if chosen is not None:
            self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(chosen)))
        ok, rows = run_action(self, self.service.list_schedules)
        if ok:
            self.model.set_rows(rows)

    def clear_form(self) -> None:
        self.editing = None
        self.view.clearSelection()
        self.box.setTitle(self.tr("New schedule"))
        for box in self.day_boxes.values():
            box.setChecked(False)
        self.time_edit.setTime(QTime(16, 0))
        self.duration.setValue(90)
        self.place.clear()
        self.facilitator.setCurrentIndex(0)
        self.valid_from.setDate(to_qdate(self.ctx.today()))
        self.has_until.setChecked(False)
        self.active.setChecked(True)
        self.error.clear()

    def _load_selected(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        self.editing = row.id
        self.box.setTitle(self.tr("Edit schedule"))
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(row.type_id)))
        for d, box in self.day_boxes.items():
            box.setChecked(d in row.weekdays)
        self.time_edit.setTime(QTime(row.start_time.hour, row.start_time.minute))
        self.duration.setValue(row.duration_min)
        self.place.setText(row.place or "")
        self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(row.facilitator_id)))
        self.valid_from.setDate(to_qdate(row.valid_from))
        self.has_until.setChecked(row.valid_until is not None)
        if row.valid_until:
            self.valid_until.setDate(to_qdate(row.valid_until))
        self.active.setChecked(row.active)
        self.error.clear()

    def save(self) -> None:
        days = [d for d, box in self.day_boxes.items() if box.isChecked()]
        editing = self.editing
        ok, info = run_action(
            self,
            lambda: self.service.save_schedule(
                self.type_box.currentData(),
                days,
                to_time(self.time_edit.time()),
                self.duration.value(),
                place=self.place.text(),
                facilitator_id=self.facilitator.currentData(),
                valid_from=to_date(self.valid_from.date()),
                valid_until=to_date(self.valid_until.date()) if self.has_until.isChecked() else None,
                active=self.active.isChecked(),
                schedule_id=editing,
            ),
            inline=self.error,
            fields={
                "weekdays": self.day_boxes[1],
                "duration": self.duration,
                "valid_until": self.valid_until,
                "start_time": self.time_edit,
                "facilitator": self.facilitator,
            },
        )
        if ok:
            self.refresh()
            self.editing = info.id
            self.box.setTitle(self.tr("Edit schedule"))

    def void_schedule(self) -> None:
        """A schedule entered by mistake is voided with a reason (kept, not deleted); planned sessions stay."""
        schedule_id = self.editing
        if schedule_id is None:
            self.error.show_message(self.tr("Select a schedule first."))
            return
        reason = ask_reason(
            self,
            self.tr("Void schedule"),
            self.tr("Why is this schedule void? Sessions it already planned stay as they are."),
        )
        if (
            reason is not None
            and run_action(self, lambda: self.service.void_schedule(schedule_id, reason), inline=self.error)[0]
        ):
            self.clear_form()
            self.refresh()

    def plan(self) -> None:
        until = self.ctx.today() + dt.timedelta(weeks=self.weeks.value(), days=-1)
        ok, created = run_action(self, lambda: self.service.generate(until))
        if ok:
            self.plan_result.setText(self.tr("%n new session(s) planned.", "", created))
            self.planned.emit()

    def edit_types(self) -> None:
        TypesDialog(self.ctx, self).exec()
        self.refresh()


# ================================================================================================ page
