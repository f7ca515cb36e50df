"""The sessions and parents' workshops tabs, and the dialog that plans a session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dropin.children.service import SessionService, status_label
from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.ui.children.common import (
    KIND_WORKSHOP,
    fmt_date,
    fmt_time,
    selected_row,
    to_date,
    to_qdate,
    to_time,
)
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    ask_reason,
    date_edit_format,
    run_action,
    run_read,
    table_view,
    time_edit_format,
)


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
        for t in run_read(self, lambda: self.service.activity_types(kind, include_inactive=info is not None), []):
            if t.active or (info and t.id == info.type_id):
                self.type_box.addItem(t.label, t.id)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
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
        for person in run_read(self, self.service.staff, []):
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
        return [
            self.staff.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.staff.count())
            if self.staff.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        args = (
            self.type_box.currentData(),
            to_date(self.date_edit.date()),
            to_time(self.time_edit.time()),
            self.duration.value(),
        )
        kwargs: dict[str, Any] = dict(
            place=self.place.text(),
            materials=self.materials.text(),
            note=self.note.text(),
            facilitator_ids=self.facilitator_ids(),
        )
        if self.info:
            action = lambda: self.service.update_session(self.info.id, *args, **kwargs)  # noqa: E731
        else:
            action = lambda: self.service.create_session(*args, **kwargs)  # noqa: E731
        ok, result = run_action(
            self,
            action,
            inline=self.error,
            fields={
                "date": self.date_edit,
                "start_time": self.time_edit,
                "duration": self.duration,
                "facilitators": self.staff,
                "type": self.type_box,
            },
        )
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
            Column(
                people,
                lambda r: (r.adults_total if is_workshop else r.children_total) if r.status == "held" else "",
                align=Qt.AlignmentFlag.AlignRight,
            ),
        ]
        if not is_workshop:
            cols.append(
                Column(
                    self.tr("Parents"),
                    lambda r: r.parents_present + r.adults_registered if r.status == "held" else "",
                    align=Qt.AlignmentFlag.AlignRight,
                )
            )
        cols += [
            Column(self.tr("Facilitators"), lambda r: r.facilitators),
            Column(self.tr("Place"), lambda r: r.place or ""),
            Column(self.tr("Note"), lambda r: r.cancel_reason if r.status == "cancelled" else (r.note or "")),
        ]
        self.model = RowsTableModel(cols, self)
        self.model.row_style = self._style
        self.view = table_view(self.model)
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
        self.model.set_fetch(
            lambda offset, limit: self.service.list_sessions(kind=self.kind, when=when, offset=offset, limit=limit)
        )
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = selected_row(self.view)
        manage = self.can_manage and row is not None
        self.edit_button.setEnabled(manage)
        self.cancel_button.setEnabled(manage and row.status == "planned")
        self.reinstate_button.setVisible(manage and row.status == "cancelled")
        self.attend_button.setEnabled(row is not None and row.status != "cancelled" and row.date <= self.ctx.today())

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
        reason = ask_reason(
            self,
            self.tr("Cancel session"),
            self.tr("Why is the session on {date} cancelled?").format(date=fmt_date(row.date)),
        )
        if reason is not None:
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
