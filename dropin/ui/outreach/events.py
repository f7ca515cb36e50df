"""Community events and groups: a short form beside the list of events (edit by double-click, void with a reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.outreach.choices import EVENT_KINDS, KEY_DATES, key_date_label, label
from dropin.outreach.events import EventInfo, EventInput, EventService, key_date_for
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    ask_reason,
    current_row,
    date_edit_format,
    format_date,
    run_action,
    shrinkable,
    table_view,
    time_edit_format,
)
from dropin.ui.outreach.tally import (
    Counter,
    DateField,
    TimeField,
    add_check,
    checked,
    checklist,
    set_checked,
    t,
    to_date,
)
from dropin.ui.theme import styled


class OutreachEventsTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = EventService(ctx)
        self.editing: EventInfo | None = None

        self.date = DateField()
        self.date.setObjectName("eventDate")
        self.date.setDisplayFormat(date_edit_format())
        self.date.setCalendarPopup(True)
        self.date.dateChanged.connect(self._date_changed)
        self.start = TimeField()
        self.start.setDisplayFormat(time_edit_format())
        self.duration = Counter(24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        styled(self.duration, "smallCounter")
        self.duration.setMinimumHeight(30)
        self.kind = QComboBox()
        self.kind.setObjectName("eventKind")
        for code, text in EVENT_KINDS.items():
            self.kind.addItem(t(text), code)
        self.key_date = shrinkable(QComboBox(), 24)
        self.key_date.setObjectName("eventKeyDate")
        self.key_date.addItem(self.tr("None"), None)
        for code in KEY_DATES:
            self.key_date.addItem(key_date_label(code), code)
        self.topic = QLineEdit()
        self.topic.setObjectName("eventTopic")
        self.topic.setMaxLength(200)
        self.facilitators = checklist("eventFacilitators")
        self.attendance = Counter()
        self.attendance.setObjectName("eventAttendance")
        self.codes = QLineEdit()
        self.codes.setObjectName("eventCodes")
        self.codes.setPlaceholderText(self.tr("Whole client codes of people who agree, separated by spaces"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("No names, telephone numbers or addresses"))
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.error = InlineError()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveEventButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.topic.returnPressed.connect(self.save)
        self.codes.returnPressed.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Clear the form"))
        self.cancel_button.clicked.connect(self.reset)

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Key date"), self.key_date)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Facilitators"), self.facilitators)
        form.addRow(self.tr("People counted (without a code)"), self.attendance)
        form.addRow(self.tr("Client codes"), self.codes)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addLayout(form)
        left.addWidget(self.error)
        left.addLayout(buttons)
        left.addStretch(1)

        self.model = RowsTableModel(
            [
                Column(self.tr("Date"), lambda e: format_date(e.event_date)),
                Column(self.tr("Type"), lambda e: label(EVENT_KINDS, e.kind)),
                Column(
                    self.tr("Topic"), lambda e: e.topic + (f" ({key_date_label(e.key_date)})" if e.key_date else "")
                ),
                Column(self.tr("Attendance"), lambda e: e.total_attendance, align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Facilitators"), lambda e: ", ".join(e.facilitators)),
            ],
            self,
            fetch=None,
        )
        self.view = table_view(self.model, "eventsTable")
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        void = QPushButton(self.tr("V&oid the selected event…"))
        void.setObjectName("voidEventButton")
        void.clicked.connect(self.void_selected)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(void, 0, Qt.AlignmentFlag.AlignLeft)
        form_side = QWidget()
        form_side.setLayout(left)
        form_side.setMaximumWidth(520)
        layout = QHBoxLayout(self)
        layout.addWidget(form_side, 0)
        layout.addLayout(right, 1)
        self.fields = {
            "event_date": self.date,
            "kind": self.kind,
            "key_date": self.key_date,
            "topic": self.topic,
            "facilitators": self.facilitators,
            "attendance": self.attendance,
            "codes": self.codes,
            "note": self.note,
            "duration_min": self.duration,
        }
        ok, staff = run_action(self, self.service.staff, inline=self.error)
        for member in staff or []:
            add_check(self.facilitators, member.label, member.id)
        self.reset()

    def refresh(self) -> None:
        self.model.set_fetch(
            lambda offset, limit: (
                run_action(self, lambda: self.service.list_events(offset, limit), inline=self.error)[1] or []
            )
        )

    def _date_changed(self, q: QDate) -> None:
        code = key_date_for(to_date(q))
        if code:
            self.key_date.setCurrentIndex(self.key_date.findData(code))

    def reset(self) -> None:
        self.editing = None
        today = self.ctx.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.start.setTime(QTime(15, 0))
        self.duration.setValue(90)
        self.kind.setCurrentIndex(0)
        self.topic.clear()
        set_checked(self.facilitators, (self.ctx.acting.id,))
        self.attendance.setValue(0)
        self.codes.clear()
        self.note.clear()
        self.error.clear()
        self.heading.setText(self.tr("Record a community event"))
        self.save_button.setText(self.tr("&Save event"))

    def data(self) -> EventInput:
        q = self.start.time()
        return EventInput(
            to_date(self.date.date()),
            self.kind.currentData(),
            self.topic.text(),
            tuple(checked(self.facilitators)),
            dt.time(q.hour(), q.minute()),
            self.duration.value(),
            self.key_date.currentData(),
            self.attendance.value(),
            self.codes.text(),
            self.note.text(),
        )

    def save(self) -> None:
        self.attendance.interpretText()
        self.duration.interpretText()
        data, editing = self.data(), self.editing
        action = (lambda: self.service.update(editing.id, data)) if editing else (lambda: self.service.record(data))
        ok, _ = run_action(self, action, inline=self.error, fields=self.fields)
        if ok:
            self.reset()
            self.refresh()

    def edit_selected(self) -> None:
        row = current_row(self.view)
        if row is None:
            return
        self.reset()
        self.editing = row
        self.date.setDate(QDate(row.event_date.year, row.event_date.month, row.event_date.day))
        if row.start_time:
            self.start.setTime(QTime(row.start_time.hour, row.start_time.minute))
        self.duration.setValue(row.duration_min)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.key_date.setCurrentIndex(max(0, self.key_date.findData(row.key_date)))
        self.topic.setText(row.topic)
        set_checked(self.facilitators, row.facilitator_ids)
        self.attendance.setValue(row.attendance)
        self.codes.setText(" ".join(row.codes))
        self.note.setText(row.note or "")
        self.heading.setText(self.tr("Change the event"))
        self.save_button.setText(self.tr("&Save changes"))

    def void_selected(self) -> None:
        row = current_row(self.view)
        if row is None:
            self.error.show_message(self.tr("Select an event first."))
            return
        reason = ask_reason(self, self.tr("Void the event"), self.tr("Why is this event voided?"))
        if reason is not None and run_action(self, lambda: self.service.void(row.id, reason), inline=self.error)[0]:
            self.refresh()
