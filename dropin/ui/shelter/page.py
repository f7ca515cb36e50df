"""The shelter page: bed board, residents, case work (social workers), rooms and beds (managers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from dropin.security.permissions import Permission
from dropin.shelter.beds import BedService
from dropin.shelter.board import BoardService
from dropin.shelter.casework import CaseService
from dropin.shelter.choices import BED_STATES, GOAL_AREAS, GOAL_STATUSES, OUTCOMES, REASONS, STAY_STATUSES, STAY_TYPES
from dropin.shelter.stays import StayService
from dropin.ui.common import Column, InlineError, RowsTableModel, format_date, format_number, run_action
from dropin.ui.shelter.dialogs import AdmitDialog, DischargeDialog, ExtendDialog, MoveDialog, date_edit, to_date

STATE_COLOURS = {
    "free": ("#e8f5e9", "#2e7d32"),
    "occupied": ("#e3f2fd", "#1565c0"),
    "reserved": ("#fff8e1", "#f9a825"),
    "out_of_service": ("#eeeeee", "#757575"),
}
OVERSTAY = "#c62828"


def choice(choices: dict[str, str], code: str | None) -> str:
    return QCoreApplication.translate("Shelter", choices[code]) if code in choices else (code or "")


def make_table(parent=None) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def selected_row(view: QTableView):
    index = view.currentIndex()
    if not index.isValid():
        return None
    return view.model().data(index, RowsTableModel.RowRole)


# --------------------------------------------------------------------- bed board
class BedTile(QFrame):
    """One bed: colour by state, red frame when past the planned end. Click or Space selects it."""

    clicked = Signal(object)
    activated = Signal(object)

    def __init__(self, tile, parent=None):
        super().__init__(parent)
        self.tile = tile
        self.selected = False
        self.setObjectName("bedTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedWidth(200)
        self.setMinimumHeight(112)  # grows with its text (longer in other languages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        head = QLabel(f"<b>{tile.bed}</b> &nbsp; {choice(BED_STATES, tile.state)}", self)
        layout.addWidget(head)
        lines = []
        if tile.state == "occupied":
            lines.append(f"<b>{tile.client_code}</b>")
            lines.append(QCoreApplication.translate("Shelter", "%n night(s) so far", None, tile.nights or 0))
            lines.append(QCoreApplication.translate("Shelter", "Planned end {date}").format(date=format_date(tile.planned_end)))
            if tile.overstay:
                past_end = QCoreApplication.translate("Shelter", "Past planned end")
                lines.append(f"<span style='color:{OVERSTAY}'><b>{past_end}</b></span>")
        elif tile.state == "reserved":
            lines.append(f"<b>{tile.client_code}</b>")
            lines.append(QCoreApplication.translate("Shelter", "From {date}").format(date=format_date(tile.since)))
            lines.append(QCoreApplication.translate("Shelter", "Until {date}").format(date=format_date(tile.planned_end)))
        elif tile.state == "out_of_service":
            lines.append(tile.out_of_service_reason or "")
        elif tile.next_reservation:
            lines.append(QCoreApplication.translate("Shelter", "Reserved from {date}").format(date=format_date(tile.next_reservation)))
        if tile.children:
            lines.append(QCoreApplication.translate("Shelter", "%n child(ren)", None, tile.children))
        body = QLabel("<br>".join(lines), self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body, 1)
        self.setAccessibleName(f"{tile.room} {tile.bed}: {choice(BED_STATES, tile.state)}")
        self.setToolTip(self.accessibleName())
        self._style()

    def _style(self) -> None:
        background, border = STATE_COLOURS[self.tile.state]
        if self.tile.overstay:
            border = OVERSTAY
        width = 4 if self.selected else 2
        style = "dashed" if self.tile.state == "reserved" else "solid"
        self.setStyleSheet(f"#bedTile {{ background: {background}; border: {width}px {style} {border};"
                           f" border-radius: 6px; }} #bedTile QLabel {{ color: #212121; background: transparent; }}")

    def set_selected(self, value: bool) -> None:
        self.selected = value
        self._style()

    def mousePressEvent(self, event):  # noqa: N802
        self.setFocus()
        self.clicked.emit(self)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event):  # noqa: N802
        self.activated.emit(self)

    def focusInEvent(self, event):  # noqa: N802
        self.clicked.emit(self)
        super().focusInEvent(event)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self)
            return
        super().keyPressEvent(event)


class BoardTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tiles: list[BedTile] = []
        self.current: BedTile | None = None
        can_stays = ctx.can(Permission.SHELTER_STAYS)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = [("refresh", self.tr("&Refresh"), self.refresh)]
        if can_stays:
            actions += [
                ("admit", self.tr("&Admit…"), self.admit), ("reserve", self.tr("Re&serve…"), self.reserve),
                ("check_in", self.tr("&Check in"), self.check_in), ("extend", self.tr("&Extend…"), self.extend),
                ("move", self.tr("&Move…"), self.move), ("discharge", self.tr("&Discharge…"), self.discharge),
                ("cancel", self.tr("Cancel reservation…"), self.cancel),
            ]
        for key, text, slot in actions:
            button = QPushButton(text, self)
            button.setObjectName(f"board_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        layout.addLayout(bar)
        legend = QHBoxLayout()
        for state, (bg, border) in STATE_COLOURS.items():
            swatch = QLabel(choice(BED_STATES, state), self)
            swatch.setStyleSheet(f"background:{bg}; border:2px solid {border}; border-radius:4px; padding:2px 8px;")
            legend.addWidget(swatch)
        over = QLabel(self.tr("Past planned end"), self)
        over.setStyleSheet(f"border:2px solid {OVERSTAY}; border-radius:4px; padding:2px 8px;")
        legend.addWidget(over)
        legend.addSpacing(16)
        legend.addWidget(self.summary, 1)
        layout.addLayout(legend)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.host = QWidget()
        self.rooms_layout = QVBoxLayout(self.host)
        self.rooms_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.host)
        layout.addWidget(self.scroll, 1)
        self._update_buttons()

    # ---------------------------------------------------------------- data
    def refresh(self) -> None:
        ok, tiles = run_action(self, lambda: BoardService(self.ctx).board())
        if not ok:
            return
        keep = self.current.tile.bed_id if self.current else None
        while self.rooms_layout.count():
            item = self.rooms_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.tiles, self.current = [], None
        rooms: dict[str, list] = {}
        for tile in tiles:
            rooms.setdefault(tile.room, []).append(tile)
        for room, room_tiles in rooms.items():
            box = QGroupBox(room, self.host)
            box.setStyleSheet("QGroupBox { font-weight: bold; }")
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            grid = QGridLayout(box)
            grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
            for i, tile in enumerate(room_tiles):
                widget = BedTile(tile, box)
                widget.clicked.connect(self._select)
                widget.activated.connect(self._activate)
                grid.addWidget(widget, i // 5, i % 5)
                self.tiles.append(widget)
            self.rooms_layout.addWidget(box)
        self.rooms_layout.addStretch(1)
        if not tiles:
            self.rooms_layout.addWidget(QLabel(self.tr("No beds are configured yet. A manager can add rooms and "
                                                       "beds on the Rooms and beds tab."), self.host))
        counts = {s: sum(1 for t in tiles if t.state == s) for s in BED_STATES}
        over = sum(1 for t in tiles if t.overstay)
        text = self.tr("{free} free, {occupied} occupied, {reserved} reserved, {oos} out of service").format(
            free=counts["free"], occupied=counts["occupied"], reserved=counts["reserved"],
            oos=counts["out_of_service"])
        if over:
            text += " — " + self.tr("%n past planned end", "", over)
        self.summary.setText(f"<b>{text}</b>")
        for widget in self.tiles:
            if widget.tile.bed_id == keep:
                self._select(widget)
        self._update_buttons()

    def _select(self, widget: BedTile) -> None:
        if self.current is not None and self.current is not widget:
            try:
                self.current.set_selected(False)
            except RuntimeError:
                pass
        self.current = widget
        widget.set_selected(True)
        self._update_buttons()

    def _activate(self, widget: BedTile) -> None:
        self._select(widget)
        if not self.ctx.can(Permission.SHELTER_STAYS):
            return
        state = widget.tile.state
        if state == "free":
            self.admit()
        elif state == "occupied":
            self.extend()
        elif state == "reserved":
            self.check_in()

    def _update_buttons(self) -> None:
        state = self.current.tile.state if self.current else None
        enabled = {
            "admit": state in (None, "free"), "reserve": state in (None, "free"),
            "check_in": state == "reserved", "extend": state in ("occupied", "reserved"),
            "move": state in ("occupied", "reserved"), "discharge": state == "occupied",
            "cancel": state == "reserved",
        }
        for key, value in enabled.items():
            if key in self.buttons:
                self.buttons[key].setEnabled(value)

    # -------------------------------------------------------------- actions
    def _beds(self) -> list[tuple[int, str]]:
        ok, beds = run_action(self, lambda: BedService(self.ctx).beds())
        return [(b.id, b.full_label) for b in beds if not b.out_of_service] if ok else []

    def _stay(self):
        if self.current is None or self.current.tile.stay_id is None:
            return None
        ok, stay = run_action(self, lambda: StayService(self.ctx).stay(self.current.tile.stay_id))
        return stay if ok else None

    def _after(self, dialog) -> bool:
        if dialog.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def admit(self) -> None:
        bed = self.current.tile.bed_id if self.current else None
        self._after(AdmitDialog(self.ctx, self._beds(), bed, parent=self))

    def reserve(self) -> None:
        bed = self.current.tile.bed_id if self.current else None
        self._after(AdmitDialog(self.ctx, self._beds(), bed, reserve=True, parent=self))

    def check_in(self) -> None:
        if self.current and self.current.tile.stay_id:
            ok, _ = run_action(self, lambda: StayService(self.ctx).check_in(self.current.tile.stay_id))
            if ok:
                self.refresh()
                self.changed.emit()

    def extend(self) -> None:
        stay = self._stay()
        if stay:
            self._after(ExtendDialog(self.ctx, stay, self))

    def move(self) -> None:
        stay = self._stay()
        if stay:
            self._after(MoveDialog(self.ctx, stay, self._beds(), self))

    def discharge(self) -> None:
        stay = self._stay()
        if stay:
            self._after(DischargeDialog(self.ctx, stay, self))

    def cancel(self) -> None:
        if not (self.current and self.current.tile.stay_id):
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel reservation"),
                                          self.tr("Why is the reservation cancelled?"))
        if ok:
            done, _ = run_action(self, lambda: StayService(self.ctx).cancel_reservation(
                self.current.tile.stay_id, reason))
            if done:
                self.refresh()
                self.changed.emit()


# ---------------------------------------------------------------- residents
def stay_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Shelter", "Client"), lambda r: r.client_code),
        Column(QCoreApplication.translate("Shelter", "Bed"), lambda r: r.bed_label),
        Column(QCoreApplication.translate("Shelter", "Status"), lambda r: choice(STAY_STATUSES, r.status)),
        Column(QCoreApplication.translate("Shelter", "Type"), lambda r: choice(STAY_TYPES, r.stay_type)),
        Column(QCoreApplication.translate("Shelter", "Admitted"), lambda r: format_date(r.admitted_on)),
        Column(QCoreApplication.translate("Shelter", "Planned end"), lambda r: format_date(r.planned_end)),
        Column(QCoreApplication.translate("Shelter", "Nights"), lambda r: format_number(r.nights), Qt.AlignmentFlag.AlignRight),
        Column(QCoreApplication.translate("Shelter", "Children"), lambda r: r.children_count or "", Qt.AlignmentFlag.AlignRight),
        Column(QCoreApplication.translate("Shelter", "Approved by"), lambda r: r.approved_by or ""),
    ]


class ResidentsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("Current residents and reservations") + "</b>", self))
        self.view = make_table(self)
        self.view.setObjectName("residentsTable")
        self.model = RowsTableModel(stay_columns(), self)
        self.model.row_style = lambda r: {"foreground": QColor(OVERSTAY)} if r.overstay else {}
        self.view.setModel(self.model)
        layout.addWidget(self.view, 2)
        layout.addWidget(QLabel("<b>" + self.tr("Past stays") + "</b>", self))
        self.past = make_table(self)
        past_columns = stay_columns()[:2] + stay_columns()[3:5] + [
            Column(QCoreApplication.translate("Shelter", "Discharged"), lambda r: format_date(r.discharged_on) if r.discharged_on else ""),
            Column(QCoreApplication.translate("Shelter", "Nights"), lambda r: format_number(r.nights), Qt.AlignmentFlag.AlignRight),
            Column(QCoreApplication.translate("Shelter", "Outcome"), lambda r: choice(OUTCOMES, r.outcome)),
        ]
        self.past_model = RowsTableModel(past_columns, self)
        self.past.setModel(self.past_model)
        layout.addWidget(self.past, 1)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: StayService(self.ctx).residents())
        if ok:
            self.model.set_rows(rows)
        service = StayService(self.ctx)
        self.past_model.set_fetch(lambda offset, limit: service.past_stays(offset, limit))


# ---------------------------------------------------------------- case work
class CaseTab(QWidget):
    """Social workers: admission reasons, life-plan goals and case notes of one resident."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = CaseService(ctx)
        self.stay_id: int | None = None
        split = QSplitter(self)
        outer = QHBoxLayout(self)
        outer.addWidget(split)
        self.residents = make_table(split)
        self.residents.setObjectName("caseResidents")
        self.residents_model = RowsTableModel([
            Column(QCoreApplication.translate("Shelter", "Client"), lambda r: r.client_code), Column(QCoreApplication.translate("Shelter", "Bed"), lambda r: r.bed_label),
            Column(QCoreApplication.translate("Shelter", "Planned end"), lambda r: format_date(r.planned_end))], self)
        self.residents.setModel(self.residents_model)
        self.residents.selectionModel().currentRowChanged.connect(lambda *_: self.open_selected())
        split.addWidget(self.residents)
        right = QWidget(split)
        form = QVBoxLayout(right)
        self.title = QLabel(self.tr("Choose a resident to open the case file. Opening it is recorded."), right)
        self.title.setWordWrap(True)
        form.addWidget(self.title)
        self.error = InlineError(right)
        form.addWidget(self.error)
        reasons_box = QGroupBox(self.tr("Admission reasons"), right)
        grid = QGridLayout(reasons_box)
        self.reason_boxes: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(REASONS.items()):
            box = QCheckBox(QCoreApplication.translate("Shelter", text), reasons_box)
            self.reason_boxes[code] = box
            grid.addWidget(box, i // 4, i % 4)
        self.reason_note = QLineEdit(reasons_box)
        self.reason_note.setPlaceholderText(self.tr("Note on the reasons"))
        grid.addWidget(self.reason_note, 2, 0, 1, 3)
        save_reasons = QPushButton(self.tr("Save reasons"), reasons_box)
        save_reasons.clicked.connect(self.save_reasons)
        grid.addWidget(save_reasons, 2, 3)
        form.addWidget(reasons_box)
        goals_box = QGroupBox(self.tr("Life-plan goals"), right)
        goals = QVBoxLayout(goals_box)
        self.goals = make_table(goals_box)
        self.goals.setObjectName("goalsTable")
        self.goals_model = RowsTableModel([
            Column(QCoreApplication.translate("Shelter", "Area"), lambda g: choice(GOAL_AREAS, g.area)),
            Column(QCoreApplication.translate("Shelter", "Goal"), lambda g: g.description),
            Column(QCoreApplication.translate("Shelter", "Status"), lambda g: choice(GOAL_STATUSES, g.status)),
            Column(QCoreApplication.translate("Shelter", "Review"), lambda g: format_date(g.review_on) if g.review_on else ""),
        ], self)
        self.goals_model.row_style = lambda g: {"foreground": QColor(OVERSTAY)} if g.overdue else {}
        self.goals.setModel(self.goals_model)
        goals.addWidget(self.goals)
        add_goal = QHBoxLayout()
        self.goal_area = QComboBox(goals_box)
        for code, text in GOAL_AREAS.items():
            self.goal_area.addItem(QCoreApplication.translate("Shelter", text), code)
        self.goal_text = QLineEdit(goals_box)
        self.goal_text.setPlaceholderText(self.tr("New goal"))
        self.goal_review = date_edit(ctx.today(), goals_box)
        self.goal_review.setDate(self.goal_review.date().addDays(14))
        add = QPushButton(self.tr("Add goal"), goals_box)
        add.clicked.connect(self.add_goal)
        self.goal_status = QComboBox(goals_box)
        for code, text in GOAL_STATUSES.items():
            self.goal_status.addItem(QCoreApplication.translate("Shelter", text), code)
        set_status = QPushButton(self.tr("Set status"), goals_box)
        set_status.clicked.connect(self.set_goal_status)
        for w in (self.goal_area, self.goal_text, QLabel(self.tr("Review"), goals_box), self.goal_review, add,
                  self.goal_status, set_status):
            add_goal.addWidget(w)
        add_goal.setStretchFactor(self.goal_text, 1)
        goals.addLayout(add_goal)
        form.addWidget(goals_box, 1)
        notes_box = QGroupBox(self.tr("Case notes"), right)
        notes = QVBoxLayout(notes_box)
        self.notes = make_table(notes_box)
        self.notes.setObjectName("notesTable")
        self.notes.setWordWrap(True)
        self.notes_model = RowsTableModel([
            Column(QCoreApplication.translate("Shelter", "Date"), lambda n: format_date(n.noted_on)), Column(QCoreApplication.translate("Shelter", "By"), lambda n: n.author or ""),
            Column(QCoreApplication.translate("Shelter", "Note"), lambda n: n.text)], self)
        self.notes.setModel(self.notes_model)
        notes.addWidget(self.notes)
        self.note_text = QPlainTextEdit(notes_box)
        self.note_text.setPlaceholderText(self.tr("New case note"))
        self.note_text.setFixedHeight(56)
        add_note = QPushButton(self.tr("Add note"), notes_box)
        add_note.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addWidget(self.note_text, 1)
        row.addWidget(add_note)
        notes.addLayout(row)
        form.addWidget(notes_box, 1)
        split.addWidget(right)
        split.setSizes([260, 900])
        self.fields = {"description": self.goal_text, "note": self.note_text, "reasons": reasons_box}
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for box in self.findChildren(QGroupBox):
            box.setEnabled(on)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: StayService(self.ctx).residents(include_reserved=False))
        if ok:
            self.residents_model.set_rows(rows)
        if self.stay_id is not None:
            self.load(self.stay_id)

    def open_selected(self) -> None:
        row = selected_row(self.residents)
        if row is not None:
            self.load(row.id)

    def load(self, stay_id: int) -> None:
        ok, file = run_action(self, lambda: self.service.case_file(stay_id), inline=self.error)
        if not ok:
            return
        self.stay_id = stay_id
        stay = file.stay
        self.title.setText(self.tr("<b>{code}</b> — {bed}, since {start}, planned end {end}").format(
            code=stay.client_code, bed=stay.bed_label, start=format_date(stay.admitted_on),
            end=format_date(stay.planned_end)))
        for code, box in self.reason_boxes.items():
            box.setChecked(code in (stay.reasons or ()))
        self.reason_note.setText(stay.reason_note or "")
        self.goals_model.set_rows(file.goals)
        self.notes_model.set_rows(file.notes)
        self.notes.resizeRowsToContents()
        self._enable(True)

    def clear(self) -> None:
        self.stay_id = None
        self.title.setText(self.tr("Choose a resident to open the case file. Opening it is recorded."))
        for box in self.reason_boxes.values():
            box.setChecked(False)
        self.reason_note.clear()
        self.goals_model.set_rows([])
        self.notes_model.set_rows([])
        self.note_text.clear()
        self._enable(False)

    def _do(self, action) -> None:
        if self.stay_id is None:
            return
        ok, _ = run_action(self, action, inline=self.error, fields=self.fields)
        if ok:
            self.load(self.stay_id)

    def save_reasons(self) -> None:
        self._do(lambda: self.service.set_reasons(
            self.stay_id, [c for c, b in self.reason_boxes.items() if b.isChecked()], self.reason_note.text()))

    def add_goal(self) -> None:
        def action():
            self.service.add_goal(self.stay_id, self.goal_area.currentData(), self.goal_text.text(),
                                  review_on=to_date(self.goal_review))
            self.goal_text.clear()
        self._do(action)

    def set_goal_status(self) -> None:
        goal = selected_row(self.goals)
        if goal is not None:
            self._do(lambda: self.service.update_goal(goal.id, status=self.goal_status.currentData()))

    def add_note(self) -> None:
        def action():
            self.service.add_note(self.stay_id, self.note_text.toPlainText())
            self.note_text.clear()
        self._do(action)


# ---------------------------------------------------------- rooms and beds
class ConfigTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = BedService(ctx)
        layout = QVBoxLayout(self)
        self.error = InlineError(self)
        self.view = make_table(self)
        self.view.setObjectName("bedsTable")
        self.model = RowsTableModel([
            Column(QCoreApplication.translate("Shelter", "Room"), lambda b: b.room), Column(QCoreApplication.translate("Shelter", "Bed"), lambda b: b.label),
            Column(QCoreApplication.translate("Shelter", "In service from"), lambda b: format_date(b.available_from)),
            Column(QCoreApplication.translate("Shelter", "State"), lambda b: QCoreApplication.translate("Shelter", "Out of service") if b.out_of_service else QCoreApplication.translate("Shelter", "In service")),
            Column(QCoreApplication.translate("Shelter", "Reason"), lambda b: b.out_of_service_reason or ""),
        ], self)
        self.model.row_style = lambda b: {"foreground": QColor("#757575")} if b.out_of_service else {}
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        forms = QHBoxLayout()
        room_box = QGroupBox(self.tr("Add a room"), self)
        room_form = QFormLayout(room_box)
        self.room_name = QLineEdit(room_box)
        self.capacity = QSpinBox(room_box)
        self.capacity.setRange(1, 50)
        self.capacity.setValue(2)
        add_room = QPushButton(self.tr("Add room"), room_box)
        add_room.clicked.connect(self.add_room)
        room_form.addRow(self.tr("Name"), self.room_name)
        room_form.addRow(self.tr("Capacity (beds)"), self.capacity)
        room_form.addRow(add_room)
        bed_box = QGroupBox(self.tr("Add a bed"), self)
        bed_form = QFormLayout(bed_box)
        self.room = QComboBox(bed_box)
        self.bed_label = QLineEdit(bed_box)
        add_bed = QPushButton(self.tr("Add bed"), bed_box)
        add_bed.clicked.connect(self.add_bed)
        bed_form.addRow(self.tr("Room"), self.room)
        bed_form.addRow(self.tr("Label"), self.bed_label)
        bed_form.addRow(add_bed)
        service_box = QGroupBox(self.tr("Selected bed"), self)
        service_form = QFormLayout(service_box)
        self.oos_reason = QLineEdit(service_box)
        self.oos_reason.setPlaceholderText(self.tr("e.g. broken frame"))
        out = QPushButton(self.tr("Take out of service"), service_box)
        out.clicked.connect(self.take_out)
        back = QPushButton(self.tr("Return to service"), service_box)
        back.clicked.connect(self.return_bed)
        service_form.addRow(self.tr("Reason"), self.oos_reason)
        service_form.addRow(out)
        service_form.addRow(back)
        for box in (room_box, bed_box, service_box):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
            forms.addWidget(box)
        layout.addLayout(forms)
        layout.addWidget(self.error)
        self.fields = {"room_name": self.room_name, "capacity": self.capacity, "room": self.room,
                       "bed_label": self.bed_label, "reason": self.oos_reason}

    def refresh(self) -> None:
        ok, beds = run_action(self, self.service.beds)
        if ok:
            self.model.set_rows(beds)
        ok, rooms = run_action(self, self.service.rooms)
        if ok:
            current = self.room.currentData()
            self.room.clear()
            for room in rooms:
                self.room.addItem(self.tr("{name} ({beds} of {capacity} beds)").format(
                    name=room.name, beds=room.beds, capacity=room.capacity), room.id)
            if current is not None and self.room.findData(current) >= 0:
                self.room.setCurrentIndex(self.room.findData(current))

    def _do(self, action) -> bool:
        ok, _ = run_action(self, action, inline=self.error, fields=self.fields)
        if ok:
            self.refresh()
        return ok

    def add_room(self) -> None:
        if self._do(lambda: self.service.add_room(self.room_name.text(), self.capacity.value())):
            self.room_name.clear()

    def add_bed(self) -> None:
        if self._do(lambda: self.service.add_bed(self.room.currentData(), self.bed_label.text())):
            self.bed_label.clear()

    def take_out(self) -> None:
        bed = selected_row(self.view)
        if bed is not None and self._do(lambda: self.service.set_out_of_service(bed.id, self.oos_reason.text())):
            self.oos_reason.clear()

    def return_bed(self) -> None:
        bed = selected_row(self.view)
        if bed is not None:
            self._do(lambda: self.service.return_to_service(bed.id))


# --------------------------------------------------------------------- page
class ShelterPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.board = BoardTab(ctx, self)
        self.tabs.addTab(self.board, self.tr("Bed board"))
        self.residents = self.case = self.config = None
        if ctx.can(Permission.SHELTER_STAYS):
            self.residents = ResidentsTab(ctx, self)
            self.tabs.addTab(self.residents, self.tr("Residents"))
        if ctx.can(Permission.SHELTER_CASE):
            self.case = CaseTab(ctx, self)
            self.tabs.addTab(self.case, self.tr("Case work"))
        if ctx.can(Permission.SHELTER_CONFIGURE):
            self.config = ConfigTab(ctx, self)
            self.tabs.addTab(self.config, self.tr("Rooms and beds"))
        self.board.changed.connect(self._refresh_others)
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())

    def _refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def _refresh_others(self) -> None:
        for tab in (self.residents, self.case):
            if tab is not None:
                tab.refresh()

    def refresh(self) -> None:
        self.board.refresh()
        for tab in (self.residents, self.case, self.config):
            if tab is not None:
                tab.refresh()

    def clear_sensitive(self) -> None:
        if self.case is not None:
            self.case.clear()
            self.case.residents_model.set_rows([])
