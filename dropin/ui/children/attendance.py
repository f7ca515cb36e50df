"""The attendance tab: tick children present, count parents and unregistered children."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dropin.children.service import AttendanceService, SessionInfo, SessionService, status_label
from dropin.context import ServiceContext
from dropin.security.permissions import Permission
from dropin.ui.children.common import KIND_WORKSHOP, CheckRowsModel, _SpaceToggles, fmt_date, fmt_time
from dropin.ui.common import Column, InlineError, buddy_label, run_action, table_view


class AttendanceTab(QWidget):
    """Tick children present (type to search, Enter ticks), count parents and unregistered children."""

    saved = Signal()

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = SessionService(ctx)
        self.service = AttendanceService(ctx)
        self.current: SessionInfo | None = None
        self._all_rows: list = []
        self.dirty = False

        self.session_box = QComboBox()
        self.session_box.setMinimumWidth(420)
        self.session_box.activated.connect(self._session_chosen)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Sess&ion:"), self.session_box))
        top.addWidget(self.session_box, 1)

        # --- children
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or parent code, then Enter to tick"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._tick_first_match)
        self.search.installEventFilter(self)
        self.model = CheckRowsModel(
            [
                Column(self.tr("Present"), lambda r: ""),
                Column(self.tr("Child"), lambda r: r.first_name),
                Column(self.tr("Born / age"), lambda r: r.age_text),
                Column(self.tr("Parent's code"), lambda r: r.parent_code),
                Column(
                    self.tr("Consent to take part"),
                    lambda r: self.tr("Yes") if r.consent_participation else self.tr("Not recorded"),
                ),
                Column(self.tr("Photos allowed"), lambda r: self.tr("Yes") if r.consent_photos else self.tr("No")),
            ],
            key=lambda r: r.child_id,
            parent=self,
        )
        self.model.enabled = lambda r: r.consent_participation
        self.model.refused.connect(self._refused)
        self.model.row_style = lambda r: {} if r.consent_participation else {"foreground": QColor("#8a8a8a")}
        self.model.changed.connect(self._changed)
        self.table = table_view(self.model)
        self.table.installEventFilter(_SpaceToggles(self.table, self.model))
        self.table.clicked.connect(self._clicked)
        self.unregistered = QSpinBox(maximum=500)
        self.parents = QSpinBox(maximum=500)
        self.unregistered.valueChanged.connect(self._changed)
        self.parents.valueChanged.connect(self._changed)
        counts = QHBoxLayout()
        for label, spin in (
            (self.tr("&Unregistered children:"), self.unregistered),
            (self.tr("Parents &present:"), self.parents),
        ):
            spin.setMinimumWidth(80)
            counts.addWidget(buddy_label(label, spin))
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
        self.adult_model = CheckRowsModel(
            [
                Column(self.tr("Present"), lambda r: ""),
                Column(self.tr("Client code"), lambda r: r.code),
            ],
            key=lambda r: r.code,
            parent=self,
        )
        self.adult_model.changed.connect(self._changed)
        self.adult_table = table_view(self.adult_model)
        self.adult_table.installEventFilter(_SpaceToggles(self.adult_table, self.adult_model))
        self.other_adults = QSpinBox(maximum=500)
        self.other_adults.valueChanged.connect(self._changed)
        adults_page = QWidget()
        al = QVBoxLayout(adults_page)
        al.setContentsMargins(0, 0, 0, 0)
        entry = QHBoxLayout()
        entry.addWidget(buddy_label(self.tr("Parent's &code:"), self.code_entry))
        entry.addWidget(self.code_entry, 1)
        entry.addWidget(self.add_code_button)
        al.addLayout(entry)
        al.addWidget(self.adult_table, 1)
        other = QHBoxLayout()
        self.other_adults.setMinimumWidth(80)
        other.addWidget(buddy_label(self.tr("Other adults &without a code:"), self.other_adults))
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
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
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
        run_action(self, lambda: self._fill(session_id))

    def _fill(self, session_id: int | None) -> None:
        today = self.ctx.today()
        recent = self.sessions.list_sessions(
            start=today - dt.timedelta(days=60), end=today + dt.timedelta(days=1), include_cancelled=False, when="all"
        )
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
        self._load(session_id)

    def _describe(self, s) -> str:
        return self.tr("{date}, {start}–{end} · {type} · {status}").format(
            date=fmt_date(s.date),
            start=fmt_time(s.start_time),
            end=fmt_time(s.end_time),
            type=s.type_label,
            status=status_label(s.status),
        )

    def _session_chosen(self, index: int) -> None:
        session_id = self.session_box.itemData(index)
        if self.current is not None and session_id == self.current.id:
            return
        if (
            self.dirty
            and self.current is not None  # ticks are made on a session shown
            and QMessageBox.question(
                self,
                self.tr("Unsaved attendance"),
                self.tr("The ticks for this session are not saved. Leave them unsaved?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            self.session_box.setCurrentIndex(max(0, self.session_box.findData(self.current.id)))
            return
        self.load(session_id)

    def load(self, session_id: int) -> None:
        run_action(self, lambda: self._load(session_id))

    def _load(self, session_id: int) -> None:
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
        for w in (
            self.save_button,
            self.search,
            self.table,
            self.unregistered,
            self.parents,
            self.code_entry,
            self.add_code_button,
            self.adult_table,
            self.other_adults,
        ):
            w.setEnabled(editable)
        self.dirty = False
        self._update_summary()
        if future:
            self.error.show_message(self.tr("This session is in the future: attendance can be taken on the day."))
        (self.search if info.kind != KIND_WORKSHOP else self.code_entry).setFocus()

    # ------------------------------------------------------------- ticking
    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        rows = [
            r for r in self._all_rows if not needle or needle in r.first_name.lower() or needle in r.parent_code.lower()
        ]
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
        self.error.show_message(
            self.tr(
                "{name} has no guardian consent to take part recorded yet. Record it in the Children tab first."
            ).format(name=row.first_name)
        )

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
        ok, normal = run_action(
            self, lambda: self.service.check_code(code), inline=self.error, fields={"client_code": self.code_entry}
        )
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
            text = (
                self.tr("%n parent(s) with a code", "", n)
                + " · "
                + self.tr("%n adult(s) in total", "", n + self.other_adults.value())
            )
        else:
            n = len(self.model.checked)
            text = (
                self.tr("%n child(ren) ticked", "", n)
                + " · "
                + self.tr("%n child(ren) in total", "", n + self.unregistered.value())
            )
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
                sid, ids, unregistered_children=self.unregistered.value(), parents_present=self.parents.value()
            )
            fields = {
                "unregistered_children": self.unregistered,
                "parents_present": self.parents,
                "children": self.search,
            }
        ok, _ = run_action(self, action, inline=self.error, fields=fields)
        if ok:
            self.refresh(sid)
            self.summary.setText(self.summary.text() + " · " + self.tr("saved"))
            self.saved.emit()


# ================================================================================================ register
