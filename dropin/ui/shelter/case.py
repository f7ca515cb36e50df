"""The case-work tab (social workers): admission reasons, life-plan goals, case notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dropin.shelter.casework import CaseService
from dropin.shelter.choices import GOAL_AREAS, GOAL_STATUSES, REASONS
from dropin.shelter.stays import StayService
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    ask_reason,
    format_date,
    run_action,
    scrolled,
    table_view,
)
from dropin.ui.shelter.common import OVERSTAY, choice, selected_row
from dropin.ui.shelter.dialogs import date_edit, to_date


def attention_text(item) -> str:
    if item.kind == "review":
        return QCoreApplication.translate("Shelter", "Review of the stay is due")
    return QCoreApplication.translate("Shelter", "Goal past its target: {goal}").format(goal=item.goal)


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
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.residents = table_view(parent=left)
        self.residents.setObjectName("caseResidents")
        # beside the case file the list is narrow: its last column keeps its header's width (the list scrolls)
        self.residents.horizontalHeader().setStretchLastSection(False)
        self.residents_model = RowsTableModel(
            [
                Column(QCoreApplication.translate("Shelter", "Client"), lambda r: r.client_code),
                Column(QCoreApplication.translate("Shelter", "Bed"), lambda r: r.bed_label),
                Column(QCoreApplication.translate("Shelter", "Planned end"), lambda r: format_date(r.planned_end)),
            ],
            self,
        )
        self.residents.setModel(self.residents_model)
        self.residents.selectionModel().currentRowChanged.connect(lambda *_: self.open_selected())
        left_layout.addWidget(self.residents, 2)
        left_layout.addWidget(QLabel("<b>" + self.tr("Needs attention") + "</b>", left))
        self.attention = table_view(parent=left)
        self.attention.setObjectName("caseAttention")
        self.attention_model = RowsTableModel(
            [
                Column(QCoreApplication.translate("Shelter", "Client"), lambda a: a.client_code),
                Column(QCoreApplication.translate("Shelter", "Due"), lambda a: format_date(a.due_on)),
                Column(QCoreApplication.translate("Shelter", "What"), attention_text),
            ],
            self,
        )
        self.attention_model.row_style = lambda a: {"foreground": QColor(OVERSTAY)}
        self.attention.setModel(self.attention_model)
        self.attention.setWordWrap(True)
        self.attention_model.modelReset.connect(self.attention.resizeRowsToContents)
        self.attention.activated.connect(lambda index: self.load(self.attention_model.row_at(index.row()).stay_id))
        self.attention.clicked.connect(lambda index: self.load(self.attention_model.row_at(index.row()).stay_id))
        left_layout.addWidget(self.attention, 1)
        split.addWidget(left)
        right = QWidget()
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
            grid.addWidget(box, i // 3, i % 3)  # three a row: four are too wide for a small screen in Russian
        self.reason_note = QLineEdit(reasons_box)
        self.reason_note.setPlaceholderText(self.tr("Note on the reasons"))
        last = (len(REASONS) + 2) // 3
        grid.addWidget(self.reason_note, last, 0, 1, 2)
        save_reasons = QPushButton(self.tr("Save reasons"), reasons_box)
        save_reasons.clicked.connect(self.save_reasons)
        grid.addWidget(save_reasons, last, 2)
        form.addWidget(reasons_box)
        goals_box = QGroupBox(self.tr("Life-plan goals"), right)
        goals = QVBoxLayout(goals_box)
        self.goals = table_view(parent=goals_box)
        self.goals.setObjectName("goalsTable")
        self.goals_model = RowsTableModel(
            [
                Column(QCoreApplication.translate("Shelter", "Area"), lambda g: choice(GOAL_AREAS, g.area)),
                Column(QCoreApplication.translate("Shelter", "Goal"), lambda g: g.description),
                Column(QCoreApplication.translate("Shelter", "Status"), lambda g: choice(GOAL_STATUSES, g.status)),
                Column(
                    QCoreApplication.translate("Shelter", "Review"),
                    lambda g: format_date(g.review_on) if g.review_on else "",
                ),
            ],
            self,
        )
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
        add_goal.addWidget(self.goal_area)
        add_goal.addWidget(self.goal_text, 1)
        self.goal_text.setMinimumWidth(220)  # room to type, whatever the language of the labels around it
        goals.addLayout(add_goal)
        add_goal = QHBoxLayout()  # the review date on a row of its own: one row is too wide for a small screen
        add_goal.addStretch(1)
        for w in (QLabel(self.tr("Review"), goals_box), self.goal_review, add):
            add_goal.addWidget(w)
        goals.addLayout(add_goal)
        status_row = QHBoxLayout()
        status_row.addStretch(1)
        status_row.addWidget(self.goal_status)
        status_row.addWidget(set_status)
        void_goal = QPushButton(self.tr("Void goal…"), goals_box)
        void_goal.setObjectName("voidGoal")
        void_goal.clicked.connect(self.void_goal)
        status_row.addWidget(void_goal)
        goals.addLayout(status_row)
        form.addWidget(goals_box, 1)
        notes_box = QGroupBox(self.tr("Case notes"), right)
        notes = QVBoxLayout(notes_box)
        self.notes = table_view(parent=notes_box)
        self.notes.setObjectName("notesTable")
        self.notes.setWordWrap(True)
        self.notes_model = RowsTableModel(
            [
                Column(QCoreApplication.translate("Shelter", "Date"), lambda n: format_date(n.noted_on)),
                Column(QCoreApplication.translate("Shelter", "By"), lambda n: n.author or ""),
                Column(QCoreApplication.translate("Shelter", "Note"), lambda n: n.text),
            ],
            self,
        )
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
        void_note = QPushButton(self.tr("Void note…"), notes_box)
        void_note.setObjectName("voidNote")
        void_note.clicked.connect(self.void_note)
        row.addWidget(void_note)
        notes.addLayout(row)
        form.addWidget(notes_box, 1)
        split.addWidget(scrolled(right, keep_width=True))  # scrolls on a small screen, never cut at its right
        split.setChildrenCollapsible(False)
        split.setSizes([400, 960])
        self.fields = {"description": self.goal_text, "note": self.note_text, "reasons": reasons_box}
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for box in self.findChildren(QGroupBox):
            box.setEnabled(on)

    def refresh(self) -> None:
        ok, rows = run_action(self, lambda: StayService(self.ctx).residents(include_reserved=False))
        if ok:
            self.residents_model.set_rows(rows)
        ok, items = run_action(self, self.service.attention)
        if ok:
            self.attention_model.set_rows(items)
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
        self.title.setText(
            self.tr("<b>{code}</b> — {bed}, since {start}, planned end {end}").format(
                code=stay.client_code,
                bed=stay.bed_label,
                start=format_date(stay.admitted_on),
                end=format_date(stay.planned_end),
            )
        )
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
        self.attention_model.set_rows([])
        self.note_text.clear()
        self._enable(False)

    def _do(self, action) -> None:
        if self.stay_id is None:
            return
        ok, _ = run_action(self, action, inline=self.error, fields=self.fields)
        if ok:
            self.load(self.stay_id)

    def save_reasons(self) -> None:
        stay_id = self.stay_id
        if stay_id is None:
            return
        self._do(
            lambda: self.service.set_reasons(
                stay_id, [c for c, b in self.reason_boxes.items() if b.isChecked()], self.reason_note.text()
            )
        )

    def add_goal(self) -> None:
        stay_id = self.stay_id
        if stay_id is None:
            return

        def action():
            self.service.add_goal(
                stay_id, self.goal_area.currentData(), self.goal_text.text(), review_on=to_date(self.goal_review)
            )
            self.goal_text.clear()

        self._do(action)

    def set_goal_status(self) -> None:
        goal = selected_row(self.goals)
        if goal is not None:
            self._do(lambda: self.service.update_goal(goal.id, status=self.goal_status.currentData()))

    def void_goal(self) -> None:
        """A goal written by mistake (or to the wrong resident) is voided with a reason, never deleted."""
        goal = selected_row(self.goals)
        if goal is None:
            self.error.show_message(self.tr("Select a goal first."))
            return
        reason = ask_reason(self, self.tr("Void goal"), self.tr("Why is this goal voided? (It is kept, not deleted.)"))
        if reason is not None:
            self._do(lambda: self.service.void_goal(goal.id, reason))

    def void_note(self) -> None:
        """A case note written by mistake is voided with a reason, never deleted."""
        note = selected_row(self.notes)
        if note is None:
            self.error.show_message(self.tr("Select a case note first."))
            return
        reason = ask_reason(
            self, self.tr("Void case note"), self.tr("Why is this case note voided? (It is kept, not deleted.)")
        )
        if reason is not None:
            self._do(lambda: self.service.void_note(note.id, reason))

    def add_note(self) -> None:
        stay_id = self.stay_id
        if stay_id is None:
            return

        def action():
            self.service.add_note(stay_id, self.note_text.toPlainText())
            self.note_text.clear()

        self._do(action)
