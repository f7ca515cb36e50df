"""The children's area: sessions, fast attendance, the children register, schedules, parents' workshops.

Everything goes through :mod:`dropin.children.service`; nothing here reads
the database or anything about a parent beyond the client code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTime, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QRadioButton, QSpinBox,
                               QStackedWidget, QTableView, QTabWidget, QTimeEdit, QVBoxLayout, QWidget)

from dropin.children.service import (AGE_BANDS, AttendanceService, ChildrenService, ScheduleService, SessionService,
                                     status_label)
from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.ui.common import (Column, InlineError, RowsTableModel, date_edit_format, format_date, format_time, run_action,
                              time_edit_format)

KIND_CHILDREN = "children"
KIND_WORKSHOP = "workshop"
WEEKDAYS = [(1, "Mon"), (2, "Tue"), (3, "Wed"), (4, "Thu"), (5, "Fri"), (6, "Sat"), (7, "Sun")]


def fmt_date(day: dt.date | None) -> str:
    """A session day with its weekday, in the interface language ("Wed 25 Nov 2026" / "ср 25.11.2026")."""
    return format_date(day, weekday=True)


def fmt_short(day: dt.date) -> str:
    return format_date(day)


def fmt_time(t: dt.time) -> str:
    return format_time(t)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_time(q: QTime) -> dt.time:
    return dt.time(q.hour(), q.minute())


def make_table(model: RowsTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def selected_row(view: QTableView):
    index = view.currentIndex()
    if not index.isValid():
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        if not rows:
            return None
        index = rows[0]
    return view.model().row_at(index.row())


class CheckRowsModel(RowsTableModel):
    """A rows model whose first column is a tick box, keyed by ``key(row)`` so ticks survive filtering."""

    changed = Signal()
    refused = Signal(object)  # a row that may not be ticked

    def __init__(self, columns, key: Callable, parent=None):
        super().__init__(columns, parent)
        self.key = key
        self.checked: set = set()
        self.enabled: Callable[[object], bool] = lambda row: True

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            row = self.row_at(index.row())
            return Qt.CheckState.Checked if self.key(row) in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.set_checked(self.row_at(index.row()), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    def set_checked(self, row, checked: bool) -> None:
        if checked and not self.enabled(row):
            self.refused.emit(row)
            return
        key = self.key(row)
        if checked == (key in self.checked):
            return
        (self.checked.add if checked else self.checked.discard)(key)
        for i, r in enumerate(self._rows):
            if self.key(r) == key:
                idx = self.index(i, 0)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()

    def toggle(self, row) -> None:
        self.set_checked(row, self.key(row) not in self.checked)


class _SpaceToggles(QObject):
    """Space (or Enter) on any column of the attendance table ticks or unticks the row."""

    def __init__(self, view: QTableView, model: CheckRowsModel):
        super().__init__(view)
        self.view, self.model = view, model

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return,
                                                                    Qt.Key.Key_Enter):
            index = self.view.currentIndex()
            if index.isValid():
                self.model.toggle(self.model.row_at(index.row()))
                return True
        return False


# ================================================================================================ sessions list
class SessionDialog(QDialog):
    """Plan or edit a session or workshop."""

    def __init__(self, ctx: ServiceContext, kind: str, info=None, parent=None):
        super().__init__(parent)
        self.ctx, self.kind, self.info = ctx, kind, info
        self.service = SessionService(ctx)
        self.result_info = None
        if kind == KIND_WORKSHOP:
            self.setWindowTitle(self.tr("Edit workshop") if info else self.tr("New parents' workshop"))
        else:
            self.setWindowTitle(self.tr("Edit session") if info else self.tr("New children's session"))
        form = QFormLayout()
        self.type_box = QComboBox()
        for t in self.service.activity_types(kind, include_inactive=info is not None):
            if t.active or (info and t.id == info.type_id):
                self.type_box.addItem(t.label, t.id)
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("ddd " + date_edit_format())
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat(time_edit_format())
        self.duration = QSpinBox(minimum=5, maximum=720, singleStep=15, suffix=self.tr(" min"))
        self.place = QLineEdit()
        self.place.setMaxLength(120)
        self.materials = QLineEdit()
        self.materials.setPlaceholderText(self.tr("Materials or snacks given"))
        self.note = QLineEdit()
        self.staff = QListWidget()
        self.staff.setMaximumHeight(110)
        chosen = set(info.facilitator_ids) if info else {ctx.user.id} if ctx.user else set()
        for person in self.service.staff():
            item = QListWidgetItem(person.label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.staff.addItem(item)
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Start:"), self.time_edit)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Facilitators:"), self.staff)
        form.addRow(self.tr("&Materials:"), self.materials)
        form.addRow(self.tr("&Note:"), self.note)
        if info:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(info.type_id)))
            self.date_edit.setDate(to_qdate(info.date))
            self.time_edit.setTime(QTime(info.start_time.hour, info.start_time.minute))
            self.duration.setValue(info.duration_min)
            self.place.setText(info.place or "")
            self.materials.setText(info.materials or "")
            self.note.setText(info.note or "")
        else:
            self.date_edit.setDate(to_qdate(ctx.today()))
            if kind == KIND_WORKSHOP:
                self.time_edit.setTime(QTime(11, 0))
                self.duration.setValue(120)
            else:
                self.time_edit.setTime(QTime(16, 0))
                self.duration.setValue(90)
        self.error = InlineError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def facilitator_ids(self) -> list[int]:
        return [self.staff.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.staff.count())
                if self.staff.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        args = (self.type_box.currentData(), to_date(self.date_edit.date()), to_time(self.time_edit.time()),
                self.duration.value())
        kwargs = dict(place=self.place.text(), materials=self.materials.text(), note=self.note.text(),
                      facilitator_ids=self.facilitator_ids())
        if self.info:
            action = lambda: self.service.update_session(self.info.id, *args, **kwargs)  # noqa: E731
        else:
            action = lambda: self.service.create_session(*args, **kwargs)  # noqa: E731
        ok, result = run_action(self, action, inline=self.error, fields={
            "date": self.date_edit, "start_time": self.time_edit, "duration": self.duration,
            "facilitators": self.staff, "type": self.type_box})
        if ok:
            self.result_info = result
            self.accept()


class SessionsTab(QWidget):
    """Upcoming or past sessions (or workshops), with planning and cancelling."""

    attendance_requested = Signal(int)

    def __init__(self, ctx: ServiceContext, kind: str, parent=None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.service = SessionService(ctx)
        self.upcoming = QRadioButton(self.tr("&Upcoming"))
        self.past = QRadioButton(self.tr("&Past"))
        self.upcoming.setChecked(True)
        self.upcoming.toggled.connect(self.refresh)
        is_workshop = kind == KIND_WORKSHOP
        self.new_button = QPushButton(self.tr("&New workshop…") if is_workshop else self.tr("&New session…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.cancel_button = QPushButton(self.tr("&Cancel session…"))
        self.reinstate_button = QPushButton(self.tr("Put &back on plan"))
        self.attend_button = QPushButton(self.tr("Take &attendance"))
        self.attend_button.setDefault(True)
        bar = QHBoxLayout()
        bar.addWidget(self.upcoming)
        bar.addWidget(self.past)
        bar.addStretch(1)
        for b in (self.new_button, self.edit_button, self.cancel_button, self.reinstate_button, self.attend_button):
            bar.addWidget(b)
        people = self.tr("Adults") if is_workshop else self.tr("Children")
        cols = [
            Column(self.tr("Date"), lambda r: fmt_date(r.date), sort_key=lambda r: r.date),
            Column(self.tr("Time"), lambda r: f"{fmt_time(r.start_time)}–{fmt_time(r.end_time)}"),
            Column(self.tr("Type"), lambda r: r.type_label),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(people, lambda r: (r.adults_total if is_workshop else r.children_total)
                   if r.status == "held" else "", align=Qt.AlignmentFlag.AlignRight),
        ]
        if not is_workshop:
            cols.append(Column(self.tr("Parents"), lambda r: r.parents_present + r.adults_registered
                               if r.status == "held" else "", align=Qt.AlignmentFlag.AlignRight))
        cols += [
            Column(self.tr("Facilitators"), lambda r: r.facilitators),
            Column(self.tr("Place"), lambda r: r.place or ""),
            Column(self.tr("Note"), lambda r: r.cancel_reason if r.status == "cancelled" else (r.note or "")),
        ]
        self.model = RowsTableModel(cols, self)
        self.model.row_style = self._style
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.take_attendance())
        self.view.activated.connect(lambda _i: self.take_attendance())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.new_button.clicked.connect(self.new_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.reinstate_button.clicked.connect(self.reinstate_session)
        self.attend_button.clicked.connect(self.take_attendance)
        self.can_manage = ctx.can(Permission.CHILDREN_MANAGE)
        self.new_button.setEnabled(self.can_manage)
        self._update_buttons()

    @staticmethod
    def _style(row):
        if row.status == "cancelled":
            return {"foreground": QColor("#8a8a8a")}
        return {}

    def refresh(self) -> None:
        when = "upcoming" if self.upcoming.isChecked() else "past"
        self.model.set_fetch(lambda offset, limit: self.service.list_sessions(
            kind=self.kind, when=when, offset=offset, limit=limit))
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = selected_row(self.view)
        manage = self.can_manage and row is not None
        self.edit_button.setEnabled(manage)
        self.cancel_button.setEnabled(manage and row.status == "planned")
        self.reinstate_button.setVisible(manage and row.status == "cancelled")
        self.attend_button.setEnabled(row is not None and row.status != "cancelled"
                                      and row.date <= self.ctx.today())

    def new_session(self) -> None:
        dialog = SessionDialog(self.ctx, self.kind, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_session(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        dialog = SessionDialog(self.ctx, self.kind, row, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def cancel_session(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel session"),
                                          self.tr("Why is the session on {date} cancelled?").format(
                                              date=fmt_date(row.date)))
        if ok:
            done, _ = run_action(self, lambda: self.service.cancel_session(row.id, reason))
            if done:
                self.refresh()

    def reinstate_session(self) -> None:
        row = selected_row(self.view)
        if row is not None and run_action(self, lambda: self.service.reinstate_session(row.id))[0]:
            self.refresh()

    def take_attendance(self) -> None:
        row = selected_row(self.view)
        if row is not None and row.status != "cancelled":
            self.attendance_requested.emit(row.id)


# ================================================================================================ attendance
class AttendanceTab(QWidget):
    """Tick children present (type to search, Enter ticks), count parents and unregistered children."""

    saved = Signal()

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = SessionService(ctx)
        self.service = AttendanceService(ctx)
        self.current = None
        self._all_rows: list = []
        self.dirty = False

        self.session_box = QComboBox()
        self.session_box.setMinimumWidth(420)
        self.session_box.activated.connect(self._session_chosen)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Se&ssion:"), buddy=self.session_box))
        top.addWidget(self.session_box, 1)

        # --- children
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or parent code, then Enter to tick"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._tick_first_match)
        self.search.installEventFilter(self)
        self.model = CheckRowsModel([
            Column(self.tr("Present"), lambda r: ""),
            Column(self.tr("Child"), lambda r: r.first_name),
            Column(self.tr("Born / age"), lambda r: r.age_text),
            Column(self.tr("Parent's code"), lambda r: r.parent_code),
            Column(self.tr("Consent to take part"),
                   lambda r: self.tr("Yes") if r.consent_participation else self.tr("Not recorded")),
            Column(self.tr("Photos allowed"), lambda r: self.tr("Yes") if r.consent_photos else self.tr("No")),
        ], key=lambda r: r.child_id, parent=self)
        self.model.enabled = lambda r: r.consent_participation
        self.model.refused.connect(self._refused)
        self.model.row_style = lambda r: {} if r.consent_participation else {"foreground": QColor("#8a8a8a")}
        self.model.changed.connect(self._changed)
        self.table = make_table(self.model)
        self.table.installEventFilter(_SpaceToggles(self.table, self.model))
        self.table.clicked.connect(self._clicked)
        self.unregistered = QSpinBox(maximum=500)
        self.parents = QSpinBox(maximum=500)
        self.unregistered.valueChanged.connect(self._changed)
        self.parents.valueChanged.connect(self._changed)
        counts = QHBoxLayout()
        for label, spin in ((self.tr("&Unregistered children:"), self.unregistered),
                            (self.tr("Parents &present:"), self.parents)):
            spin.setMinimumWidth(80)
            counts.addWidget(QLabel(label, buddy=spin))
            counts.addWidget(spin)
            counts.addSpacing(16)
        counts.addStretch(1)
        children_page = QWidget()
        cl = QVBoxLayout(children_page)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.search)
        cl.addWidget(self.table, 1)
        cl.addLayout(counts)

        # --- workshop adults
        self.code_entry = QLineEdit()
        self.code_entry.setPlaceholderText(self.tr("Client code, then Enter"))
        self.code_entry.returnPressed.connect(self._add_code)
        self.add_code_button = QPushButton(self.tr("A&dd"))
        self.add_code_button.clicked.connect(self._add_code)
        self.adult_model = CheckRowsModel([
            Column(self.tr("Present"), lambda r: ""),
            Column(self.tr("Client code"), lambda r: r.code),
        ], key=lambda r: r.code, parent=self)
        self.adult_model.changed.connect(self._changed)
        self.adult_table = make_table(self.adult_model)
        self.adult_table.installEventFilter(_SpaceToggles(self.adult_table, self.adult_model))
        self.other_adults = QSpinBox(maximum=500)
        self.other_adults.valueChanged.connect(self._changed)
        adults_page = QWidget()
        al = QVBoxLayout(adults_page)
        al.setContentsMargins(0, 0, 0, 0)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("Parent's &code:"), buddy=self.code_entry))
        entry.addWidget(self.code_entry, 1)
        entry.addWidget(self.add_code_button)
        al.addLayout(entry)
        al.addWidget(self.adult_table, 1)
        other = QHBoxLayout()
        self.other_adults.setMinimumWidth(80)
        other.addWidget(QLabel(self.tr("Other adults &without a code:"), buddy=self.other_adults))
        other.addWidget(self.other_adults)
        other.addStretch(1)
        al.addLayout(other)

        self.stack = QStackedWidget()
        self.stack.addWidget(children_page)
        self.stack.addWidget(adults_page)
        self.empty = QLabel(self.tr("There is no session to record yet. Plan one on the Sessions tab."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        self.summary = QLabel()
        self.error = InlineError()
        self.save_button = QPushButton(self.tr("&Save attendance"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.can_manage = ctx.can(Permission.CHILDREN_MANAGE)

    # ------------------------------------------------------------- loading
    def refresh(self, session_id: int | None = None) -> None:
        today = self.ctx.today()
        recent = self.sessions.list_sessions(start=today - dt.timedelta(days=60), end=today + dt.timedelta(days=1),
                                             include_cancelled=False, when="all")
        recent.reverse()
        if session_id is None and self.current is not None:
            session_id = self.current.id
        if session_id is None:
            nxt = self.sessions.next_session()
            session_id = nxt.id if nxt else None
        if session_id is not None and all(s.id != session_id for s in recent):
            recent.insert(0, self.sessions.get_session(session_id))
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for s in recent:
            self.session_box.addItem(self._describe(s), s.id)
        self.session_box.blockSignals(False)
        if session_id is None:
            self.current = None
            self.stack.setCurrentWidget(self.empty)
            self.heading.clear()
            self.summary.clear()
            self.save_button.setEnabled(False)
            return
        self.session_box.setCurrentIndex(max(0, self.session_box.findData(session_id)))
        self.load(session_id)

    def _describe(self, s) -> str:
        return self.tr("{date}, {start}–{end} · {type} · {status}").format(
            date=fmt_date(s.date), start=fmt_time(s.start_time), end=fmt_time(s.end_time), type=s.type_label,
            status=status_label(s.status))

    def _session_chosen(self, index: int) -> None:
        session_id = self.session_box.itemData(index)
        if self.current is not None and session_id == self.current.id:
            return
        if self.dirty and QMessageBox.question(
                self, self.tr("Unsaved attendance"),
                self.tr("The ticks for this session are not saved. Leave them unsaved?")) \
                != QMessageBox.StandardButton.Yes:
            self.session_box.setCurrentIndex(max(0, self.session_box.findData(self.current.id)))
            return
        self.load(session_id)

    def load(self, session_id: int) -> None:
        info = self.sessions.get_session(session_id)
        self.current = info
        self.error.clear()
        self.heading.setText(self._describe(info) + (f" · {info.facilitators}" if info.facilitators else ""))
        if info.kind == KIND_WORKSHOP:
            rows = self.service.adult_sheet(session_id)
            self.adult_model.checked = {r.code for r in rows if r.present}
            self.adult_model.set_rows(rows)
            self.other_adults.blockSignals(True)
            self.other_adults.setValue(info.parents_present)
            self.other_adults.blockSignals(False)
            self.stack.setCurrentIndex(1)
        else:
            self._all_rows = self.service.sheet(session_id)
            self.model.checked = {r.child_id for r in self._all_rows if r.present}
            for spin, value in ((self.unregistered, info.unregistered_children), (self.parents, info.parents_present)):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
            self.search.clear()
            self._filter("")
            self.stack.setCurrentIndex(0)
        future = info.date > self.ctx.today()
        editable = self.can_manage and not future
        for w in (self.save_button, self.search, self.table, self.unregistered, self.parents, self.code_entry,
                  self.add_code_button, self.adult_table, self.other_adults):
            w.setEnabled(editable)
        self.dirty = False
        self._update_summary()
        if future:
            self.error.show_message(self.tr("This session is in the future: attendance can be taken on the day."))
        (self.search if info.kind != KIND_WORKSHOP else self.code_entry).setFocus()

    # ------------------------------------------------------------- ticking
    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        rows = [r for r in self._all_rows
                if not needle or needle in r.first_name.lower() or needle in r.parent_code.lower()]
        # Children present first, then by name: the list reads like a register.
        self.model.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _tick_first_match(self) -> None:
        if self.model.rowCount() == 0:
            return
        row = self.model.row_at(max(0, self.table.currentIndex().row()))
        if not row.consent_participation:
            self._refused(row)
            return
        self.model.set_checked(row, True)
        self.error.clear()
        self.search.clear()
        self.search.setFocus()

    def _refused(self, row) -> None:
        self.error.show_message(self.tr("{name} has no guardian consent to take part recorded yet. Record it in "
                                        "the Children tab first.").format(name=row.first_name))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() != 0:  # a click anywhere on the row ticks it
            self.model.toggle(self.model.row_at(index.row()))

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                row = self.table.currentIndex().row()
                self.table.setCurrentIndex(self.model.index(min(max(row, 0), self.model.rowCount() - 1), 0))
                return True
        return super().eventFilter(obj, event)

    def _add_code(self) -> None:
        code = self.code_entry.text().strip()
        if not code:
            return
        ok, normal = run_action(self, lambda: self.service.check_code(code), inline=self.error,
                                fields={"client_code": self.code_entry})
        if not ok:
            return
        from dropin.children.service import AdultRow

        rows = self.adult_model.rows()
        if all(r.code != normal for r in rows):
            rows.append(AdultRow(0, normal, True))
            rows.sort(key=lambda r: r.code)
            self.adult_model.set_rows(rows)
        self.adult_model.set_checked(next(r for r in rows if r.code == normal), True)
        self.code_entry.clear()

    def _changed(self, *_args) -> None:
        self.dirty = True
        self._update_summary()

    def _update_summary(self) -> None:
        if self.current is None:
            return
        if self.current.kind == KIND_WORKSHOP:
            n = len(self.adult_model.checked)
            text = self.tr("%n parent(s) with a code", "", n) + " · " + \
                self.tr("%n adult(s) in total", "", n + self.other_adults.value())
        else:
            n = len(self.model.checked)
            text = self.tr("%n child(ren) ticked", "", n) + " · " + \
                self.tr("%n child(ren) in total", "", n + self.unregistered.value())
        if self.dirty:
            text += " · " + self.tr("not saved yet")
        self.summary.setText(text)

    def save(self) -> None:
        if self.current is None or not self.save_button.isEnabled():
            return
        sid = self.current.id
        if self.current.kind == KIND_WORKSHOP:
            codes = sorted(self.adult_model.checked)
            action = lambda: self.service.save_adults(sid, codes, other_adults=self.other_adults.value())  # noqa
            fields = {"client_code": self.code_entry, "other_adults": self.other_adults}
        else:
            ids = sorted(self.model.checked)
            action = lambda: self.service.save_attendance(  # noqa: E731
                sid, ids, unregistered_children=self.unregistered.value(), parents_present=self.parents.value())
            fields = {"unregistered_children": self.unregistered, "parents_present": self.parents,
                      "children": self.search}
        ok, _ = run_action(self, action, inline=self.error, fields=fields)
        if ok:
            self.refresh(sid)
            self.summary.setText(self.summary.text() + " · " + self.tr("saved"))
            self.saved.emit()


# ================================================================================================ register
class ChildDialog(QDialog):
    def __init__(self, ctx: ServiceContext, info=None, parent=None):
        super().__init__(parent)
        self.service = ChildrenService(ctx)
        self.info = info
        self.result_info = None
        self.setWindowTitle(self.tr("Edit child") if info else self.tr("Register a child"))
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(64)
        self.first_name.setPlaceholderText(self.tr("First name or pseudonym only"))
        self.parent_code = QLineEdit()
        self.parent_code.setMaxLength(32)
        self.parent_code.setPlaceholderText(self.tr("The parent's or guardian's client code"))
        year = ctx.today().year
        self.no_year = year - 19
        self.birth_year = QSpinBox(minimum=self.no_year, maximum=year)
        self.birth_year.setSpecialValueText(self.tr("not known"))
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("not given"), None)
        for band in AGE_BANDS:
            self.age_band.addItem(band, band)
        self.consent = QCheckBox(self.tr("Guardian agrees to the child taking part"))
        self.photos = QCheckBox(self.tr("Guardian agrees to photos"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.first_name)
        form.addRow(self.tr("Parent's &code:"), self.parent_code)
        form.addRow(self.tr("&Birth year:"), self.birth_year)
        form.addRow(self.tr("or &age band:"), self.age_band)
        form.addRow("", self.consent)
        form.addRow("", self.photos)
        if info:
            self.first_name.setText(info.first_name)
            self.parent_code.setText(info.parent_code)
            self.birth_year.setValue(info.birth_year or self.no_year)
            self.age_band.setCurrentIndex(max(0, self.age_band.findData(info.age_band)))
            self.consent.setChecked(info.consent_participation)
            self.photos.setChecked(info.consent_photos)
        self.error = InlineError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Nothing about the parent's health, shelter stay or incidents is kept "
                                        "here."), wordWrap=True))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        year = self.birth_year.value()
        kwargs = dict(birth_year=None if year == self.no_year else year, age_band=self.age_band.currentData(),
                      consent_participation=self.consent.isChecked(), consent_photos=self.photos.isChecked())
        name, code = self.first_name.text(), self.parent_code.text()
        if self.info:
            action = lambda: self.service.update_child(self.info.id, name, code, **kwargs)  # noqa: E731
        else:
            action = lambda: self.service.register_child(name, code, **kwargs)  # noqa: E731
        ok, result = run_action(self, action, inline=self.error, fields={
            "first_name": self.first_name, "parent_code": self.parent_code, "birth_year": self.birth_year,
            "age_band": self.age_band})
        if ok:
            self.result_info = result
            self.accept()


class RegisterTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ChildrenService(ctx)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or parent code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("&Register a child…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.void_button = QPushButton(self.tr("Re&move…"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.void_button):
            bar.addWidget(b)
        yes, no = self.tr("Yes"), self.tr("No")
        self.model = RowsTableModel([
            Column(self.tr("Child"), lambda r: r.first_name),
            Column(self.tr("Born / age"), lambda r: r.age_text),
            Column(self.tr("Parent's code"), lambda r: r.parent_code),
            Column(self.tr("Consent to take part"), lambda r: yes if r.consent_participation else self.tr("Not recorded")),
            Column(self.tr("Photos allowed"), lambda r: yes if r.consent_photos else no),
            Column(self.tr("Attendances"), lambda r: r.attendances, align=Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Last came"), lambda r: fmt_date(r.last_attended)),
        ], self)
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_child())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        manage = ctx.can(Permission.CHILDREN_MANAGE) and ctx.can(Permission.CLIENT_LOOKUP)
        for b in (self.add_button, self.edit_button, self.void_button):
            b.setEnabled(manage)
        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.void_button.clicked.connect(self.void_child)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: self.service.list_children(self.search.text()))
        if ok:
            self.model.set_rows(rows)

    def add_child(self) -> None:
        if ChildDialog(self.ctx, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def edit_child(self) -> None:
        row = selected_row(self.view)
        if row is not None and self.edit_button.isEnabled():
            if ChildDialog(self.ctx, row, parent=self).exec() == QDialog.DialogCode.Accepted:
                self.refresh()

    def void_child(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Remove from the register"),
                                          self.tr("Why is {name} removed from the register?").format(
                                              name=row.first_name))
        if ok and run_action(self, lambda: self.service.void_child(row.id, reason))[0]:
            self.refresh()


# ================================================================================================ schedule
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
        for t in self.service.activity_types(include_inactive=True):
            suffix = self.tr(" (workshop)") if t.kind == KIND_WORKSHOP else ""
            item = QListWidgetItem(t.label + suffix)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setCheckState(Qt.CheckState.Checked if t.active else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        run_action(self, lambda: self.service.update_type(item.data(Qt.ItemDataRole.UserRole), active=active),
                   inline=self.error)

    def add(self) -> None:
        ok, _ = run_action(self, lambda: self.service.add_type(self.label.text(), self.kind.currentData()),
                           inline=self.error, fields={"label": self.label})
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
        days = {d: self.tr(n) for d, n in WEEKDAYS}
        self.model = RowsTableModel([
            Column(self.tr("Type"), lambda r: r.type_label),
            Column(self.tr("Days"), lambda r: ", ".join(days[d] for d in r.weekdays)),
            Column(self.tr("Time"), lambda r: self.tr("{start}, {minutes} min").format(
                start=fmt_time(r.start_time), minutes=r.duration_min)),
            Column(self.tr("Facilitator"), lambda r: r.facilitator),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
            Column(self.tr("Period"), lambda r: self.tr("{start} to {end}").format(
                start=fmt_short(r.valid_from), end=fmt_short(r.valid_until)) if r.valid_until
                else self.tr("from {start}").format(start=fmt_short(r.valid_from))),
        ], self)
        self.view = make_table(self.model)
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
        self.valid_from = QDateEdit(to_qdate(ctx.today()), calendarPopup=True)
        self.valid_from.setDisplayFormat(date_edit_format())
        self.has_until = QCheckBox(self.tr("Ends on"))
        self.valid_until = QDateEdit(to_qdate(ctx.today() + dt.timedelta(days=180)), calendarPopup=True)
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
        form.addRow(self.tr("&Start:"), self.time_edit)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("Starts &on:"), self.valid_from)
        form.addRow("", until_row)
        form.addRow("", self.active)
        self.error = InlineError()
        self.new_button = QPushButton(self.tr("&New schedule"))
        self.save_button = QPushButton(self.tr("&Save schedule"))
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.box = QGroupBox(self.tr("New schedule"))
        box_layout = QVBoxLayout(self.box)
        box_layout.addLayout(form)
        box_layout.addWidget(self.error)
        box_layout.addLayout(buttons)
        box_layout.addStretch(1)

        self.weeks = QSpinBox(minimum=1, maximum=26, value=4, suffix=self.tr(" weeks"))
        self.plan_button = QPushButton(self.tr("&Plan sessions"))
        self.plan_button.setToolTip(self.tr("Creates the sessions of every active schedule. Running it again "
                                            "adds nothing twice and keeps cancelled sessions cancelled."))
        self.plan_button.clicked.connect(self.plan)
        self.types_button = QPushButton(self.tr("Session &types…"))
        self.types_button.clicked.connect(self.edit_types)
        self.plan_result = QLabel()
        plan_row = QHBoxLayout()
        plan_row.addWidget(QLabel(self.tr("Plan the next"), buddy=self.weeks))
        plan_row.addWidget(self.weeks)
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.plan_result, 1)
        plan_row.addWidget(self.types_button)

        left = QVBoxLayout()
        left.addLayout(plan_row)
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        self.box.setMaximumWidth(470)
        layout.addWidget(self.box, 2)
        manage = ctx.can(Permission.CHILDREN_MANAGE)
        for w in (self.box, self.plan_button, self.types_button, self.weeks):
            w.setEnabled(manage)

    def refresh(self) -> None:
        current = self.type_box.currentData()
        self.type_box.clear()
        for t in self.sessions.activity_types():
            suffix = self.tr(" (workshop)") if t.kind == KIND_WORKSHOP else ""
            self.type_box.addItem(t.label + suffix, t.id)
        if current is not None:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(current)))
        chosen = self.facilitator.currentData()
        self.facilitator.clear()
        self.facilitator.addItem(self.tr("(none)"), None)
        for person in self.sessions.staff():
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
        ok, info = run_action(self, lambda: self.service.save_schedule(
            self.type_box.currentData(), days, to_time(self.time_edit.time()), self.duration.value(),
            place=self.place.text(), facilitator_id=self.facilitator.currentData(),
            valid_from=to_date(self.valid_from.date()),
            valid_until=to_date(self.valid_until.date()) if self.has_until.isChecked() else None,
            active=self.active.isChecked(), schedule_id=editing), inline=self.error, fields={
            "weekdays": self.day_boxes[1], "duration": self.duration, "valid_until": self.valid_until,
            "start_time": self.time_edit, "facilitator": self.facilitator})
        if ok:
            self.refresh()
            self.editing = info.id
            self.box.setTitle(self.tr("Edit schedule"))

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
class ChildrenPage(QWidget):
    """Sessions, attendance, the register, schedules and parents' workshops, in tabs."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.sessions_tab = SessionsTab(ctx, KIND_CHILDREN)
        self.attendance_tab = AttendanceTab(ctx)
        self.register_tab = RegisterTab(ctx)
        self.schedule_tab = ScheduleTab(ctx)
        self.workshops_tab = SessionsTab(ctx, KIND_WORKSHOP)
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.tabs.addTab(self.attendance_tab, self.tr("Attendance"))
        self.tabs.addTab(self.register_tab, self.tr("Children"))
        self.tabs.addTab(self.schedule_tab, self.tr("Schedule"))
        self.tabs.addTab(self.workshops_tab, self.tr("Parents' workshops"))
        for tab in (self.sessions_tab, self.workshops_tab):
            tab.attendance_requested.connect(self.open_attendance)
        self.attendance_tab.saved.connect(self._after_save)
        self.schedule_tab.planned.connect(self.sessions_tab.refresh)
        self.schedule_tab.planned.connect(self.workshops_tab.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()

    def refresh(self) -> None:
        self._loaded.clear()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if index in self._loaded or widget is None:
            return
        self._loaded.add(index)
        run_action(self, widget.refresh)

    def open_attendance(self, session_id: int) -> None:
        self._loaded.add(self.tabs.indexOf(self.attendance_tab))
        self.tabs.setCurrentWidget(self.attendance_tab)
        run_action(self, lambda: self.attendance_tab.refresh(session_id))

    def _after_save(self) -> None:
        self._loaded = {self.tabs.indexOf(self.attendance_tab)}

    def clear_sensitive(self) -> None:
        self.attendance_tab.search.clear()
        self.register_tab.search.clear()
        self.attendance_tab.code_entry.clear()
