"""The outreach entry form, built for the end of a shift: big counters, keyboard first.

Tab walks date, time, duration, mode, setting, area, then the counters; in a
counter digits type the number, ``+``/``-`` (or Up/Down) step it, and Enter
saves from anywhere in the form. The same form edits an existing session.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QDate, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dropin.clients.referrals import ReferralService
from dropin.context import ServiceContext
from dropin.i18n import LANGUAGES, translate, translator_for
from dropin.outreach.areas import AreaService
from dropin.outreach.choices import CONTEXT, COUNTERS, MAX_COUNT, MODES, SETTINGS, TOPICS
from dropin.outreach.sessions import OutreachService, ReferralEntry, SessionInfo, SessionInput
from dropin.ui.common import InlineError, date_edit_format, run_action, scrolled, time_edit_format
from dropin.ui.theme import styled


def t(text: str) -> str:
    return translate(CONTEXT, text)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


# the counters' look ("bigCounter", "smallCounter") is in the application's sheet (dropin.ui.theme); the material
# theme shows no text in a spin box without buttons, so there the buttons are made zero-wide instead


class Counter(QSpinBox):
    """A big whole-number field: digits replace the value, + and - step it."""

    def __init__(self, maximum: int = MAX_COUNT, parent=None):
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(52)
        self.setMinimumWidth(110)
        styled(self, "bigCounter")

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = event.text()
        if text in ("+", "="):
            self.stepBy(1)
            self.selectAll()
            return
        if text in ("-", "\u2212"):
            self.stepBy(-1)
            self.selectAll()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.selectAll()


class DateField(QDateEdit):
    """A date field that Tab leaves at once (Left/Right move between day, month and year)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, forward)


class TimeField(QTimeEdit):
    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, forward)


class CounterBox(QWidget):
    """A label, the counter and mouse-only − / + buttons (out of the Tab order)."""

    def __init__(self, label: str, maximum: int = MAX_COUNT, parent=None):
        super().__init__(parent)
        self.counter = Counter(maximum)
        self.counter.setAccessibleName(label)
        caption = QLabel(label)
        caption.setBuddy(self.counter)
        styled(caption, "counterCaption")
        row = QHBoxLayout()
        row.setSpacing(4)
        for symbol, step in (("−", -1), ("+", 1)):
            button = QToolButton()
            button.setText(symbol)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(36, 52)
            styled(button, "counterStep")
            button.clicked.connect(lambda _=False, s=step: self.counter.stepBy(s))
            if step < 0:
                row.addWidget(button)
                row.addWidget(self.counter, 1)
            else:
                row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(caption)
        layout.addLayout(row)


def checklist(object_name: str, height: int = 70) -> QListWidget:
    """A compact list of tick boxes that is one Tab stop (arrows move, Space ticks)."""
    widget = QListWidget()
    widget.setObjectName(object_name)
    widget.setFlow(QListView.Flow.LeftToRight)
    widget.setWrapping(True)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.setSpacing(2)
    widget.setMaximumHeight(height)
    widget.setMinimumHeight(min(height, 96))
    return widget


def add_check(widget: QListWidget, text: str, data, checked: bool = False) -> None:
    item = QListWidgetItem(text)
    metrics = widget.fontMetrics()
    item.setSizeHint(QSize(metrics.horizontalAdvance(text) + 56, metrics.height() + 12))
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


def checked(widget: QListWidget) -> list:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, values) -> None:
    values = set(values)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in values else Qt.CheckState.Unchecked
        )


class OutreachSessionForm(QWidget):
    """Record (or change) one outreach session."""

    saved = Signal(object)  # SessionInfo

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = OutreachService(ctx)
        self.editing: SessionInfo | None = None
        self.referrals: list[ReferralEntry] = []

        self.date = DateField()
        self.date.setObjectName("sessionDate")
        self.date.setDisplayFormat(date_edit_format())
        self.date.setCalendarPopup(True)
        self.start = TimeField()
        self.start.setObjectName("sessionStart")
        self.start.setDisplayFormat(time_edit_format())
        self.duration = Counter(24 * 60)
        self.duration.setObjectName("sessionDuration")
        self.duration.setSuffix(self.tr(" min"))
        self.mode = QComboBox()
        self.mode.setObjectName("sessionMode")
        for code, label in MODES.items():
            self.mode.addItem(t(label), code)
        self.setting = QComboBox()
        self.setting.setObjectName("sessionSetting")
        for code, label in SETTINGS.items():
            self.setting.addItem(t(label), code)
        self.area = QComboBox()
        self.area.setObjectName("sessionArea")
        self.area.setMinimumWidth(180)

        top = QGridLayout()
        for col, (text, widget) in enumerate(
            (
                (self.tr("Dat&e"), self.date),
                (self.tr("Star&t"), self.start),
                (self.tr("D&uration"), self.duration),
                (self.tr("&Mode"), self.mode),
                (self.tr("Sett&ing"), self.setting),
                (self.tr("&Area"), self.area),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            top.addWidget(caption, 0, col)
            top.addWidget(widget, 1, col)
        self.duration.setMinimumHeight(30)
        styled(self.duration, "smallCounter")

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.counters: dict[str, Counter] = {}
        for i, (key, label) in enumerate(COUNTERS.items()):
            box = CounterBox(t(label), 24 * 60 if key == "minisession_minutes" else MAX_COUNT)
            box.counter.setObjectName(f"count_{key}")
            self.counters[key] = box.counter
            grid.addWidget(box, i // 4, i % 4)

        self.topics = checklist("sessionTopics", 96)
        for code, label in TOPICS.items():
            add_check(self.topics, t(label), code)
        self.workers = checklist("sessionWorkers", 40)
        self.codes = QLineEdit()
        self.codes.setObjectName("sessionCodes")
        self.codes.setPlaceholderText(self.tr("Whole client codes of people who agree, separated by spaces"))
        self.destination = QComboBox()
        self.destination.setObjectName("referralDestination")
        self.accompanied = QCheckBox(self.tr("Accompanied"))
        self.add_referral = QPushButton(self.tr("Add &referral"))
        self.add_referral.setObjectName("addReferralButton")
        self.add_referral.setAutoDefault(False)
        self.add_referral.clicked.connect(self._add_referral)
        self.clear_referrals = QPushButton(self.tr("Clear referrals"))
        self.clear_referrals.setAutoDefault(False)
        self.clear_referrals.clicked.connect(self._clear_referrals)
        self.referral_list = QLabel()
        self.referral_list.setObjectName("referralList")
        self.referral_list.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("sessionNote")
        self.note.setMaxLength(2000)
        self.note.setPlaceholderText(self.tr("No names, telephone numbers or addresses"))

        details = QGridLayout()
        rows = (
            (self.tr("T&opics"), self.topics),
            (self.tr("&Workers"), self.workers),
            (self.tr("Client &codes"), self.codes),
        )
        for r, (text, widget) in enumerate(rows):
            caption = QLabel(text)
            caption.setBuddy(widget)
            details.addWidget(caption, r, 0)
            details.addWidget(widget, r, 1)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.destination, 2)
        ref_row.addWidget(self.accompanied)
        ref_row.addWidget(self.add_referral)
        ref_row.addWidget(self.clear_referrals)
        ref_row.addWidget(self.referral_list, 3)
        caption = QLabel(self.tr("Referrals"))
        caption.setBuddy(self.destination)
        details.addWidget(caption, 3, 0)
        details.addLayout(ref_row, 3, 1)
        caption = QLabel(self.tr("&Note"))
        caption.setBuddy(self.note)
        details.addWidget(caption, 4, 0)
        details.addWidget(self.note, 4, 1)
        details.setColumnStretch(1, 1)

        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.error = InlineError()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSessionButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Clear the form"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reset)
        self.sheet_button = QPushButton(self.tr("Print a blank tally sheet…"))
        self.sheet_button.setObjectName("tallySheetButton")
        self.sheet_button.setAutoDefault(False)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.sheet_language = QComboBox()
        self.sheet_language.setObjectName("sheetLanguage")
        self.sheet_language.setAccessibleName(self.tr("Language of the tally sheet"))
        for code, name in LANGUAGES.items():
            self.sheet_language.addItem(name, code)
        self.sheet_language.setCurrentIndex(max(0, self.sheet_language.findData(ctx.acting.language)))
        self.status = QLabel()
        self.status.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.sheet_language)
        buttons.addWidget(self.sheet_button)

        # parents first, then what they hold: a widget tree moved into another parent is styled again, whole
        body = QWidget()  # scrolls on a small screen; the message and the buttons below stay in sight
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body), 1)
        layout.addWidget(self.error)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.heading)
        inner.addLayout(top)
        counts = QGroupBox(self.tr("Counts"), body)
        inner.addWidget(counts)
        counts.setLayout(grid)
        more = QGroupBox(self.tr("Topics, workers and referrals"), body)
        inner.addWidget(more)
        more.setLayout(details)
        inner.addStretch(1)
        layout.addLayout(buttons)

        order = [
            self.date,
            self.start,
            self.duration,
            self.mode,
            self.setting,
            self.area,
            *self.counters.values(),
            self.topics,
            self.workers,
            self.codes,
            self.destination,
            self.accompanied,
            self.add_referral,
            self.note,
            self.save_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        for key in ("Return", "Enter", "Ctrl+Return", "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter)
        self.fields = {
            "session_date": self.date,
            "mode": self.mode,
            "setting": self.setting,
            "area": self.area,
            "duration_min": self.duration,
            "topics": self.topics,
            "workers": self.workers,
            "codes": self.codes,
            "referrals": self.destination,
            "note": self.note,
            **self.counters,
        }
        self.load_lists()
        self.reset()

    # ------------------------------------------------------------ lists
    def load_lists(self) -> None:
        ok, areas = run_action(self, lambda: AreaService(self.ctx).list_active(), inline=self.error)
        current = self.area.currentData()
        self.area.clear()
        for area in areas or []:
            self.area.addItem(area.name, area.id)
        if current is not None and self.area.findData(current) >= 0:
            self.area.setCurrentIndex(self.area.findData(current))
        ok, staff = run_action(self, self.service.staff, inline=self.error)
        chosen = checked(self.workers) or [self.ctx.acting.id]
        self.workers.clear()
        for member in staff or []:
            add_check(self.workers, member.label, member.id, member.id in chosen)
        ok, destinations = run_action(self, lambda: ReferralService(self.ctx).list_active(), inline=self.error)
        self.destination.clear()
        for dest in destinations or []:
            self.destination.addItem(dest.name, dest.id)

    # ------------------------------------------------------------ state
    def reset(self) -> None:
        """An empty form for a new session (today, the logged-in worker)."""
        self.editing = None
        today = self.ctx.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.start.setTime(QTime(10, 0))
        self.duration.setValue(0)
        for counter in self.counters.values():
            counter.setValue(0)
        set_checked(self.topics, ())
        set_checked(self.workers, (self.ctx.acting.id,))
        self.codes.clear()
        self.note.clear()
        self._clear_referrals()
        self.error.clear()
        self.heading.setText(self.tr("Record an outreach session"))
        self.heading.hide()  # the tab says so; the heading only shows when a session is being changed
        self.save_button.setText(self.tr("&Save session (Enter)"))
        self.cancel_button.setText(self.tr("Clear the form"))

    def edit(self, info: SessionInfo) -> None:
        self.reset()
        self.editing = info
        self.date.setDate(QDate(info.session_date.year, info.session_date.month, info.session_date.day))
        if info.start_time:
            self.start.setTime(QTime(info.start_time.hour, info.start_time.minute))
        self.duration.setValue(info.duration_min)
        self.mode.setCurrentIndex(max(0, self.mode.findData(info.mode)))
        self.setting.setCurrentIndex(max(0, self.setting.findData(info.setting)))
        if self.area.findData(info.area_id) < 0:  # a retired area stays possible for its old sessions
            self.area.addItem(info.area, info.area_id)
        self.area.setCurrentIndex(self.area.findData(info.area_id))
        for key, counter in self.counters.items():
            counter.setValue(getattr(info, key))
        set_checked(self.topics, info.topics)
        set_checked(self.workers, info.worker_ids)
        self.codes.setText(" ".join(info.codes))
        self.note.setText(info.note or "")
        self.referrals = list(info.referrals)
        self._show_referrals()
        self.heading.setText(
            self.tr("Change the outreach session of {date}").format(date=self.date.date().toString(date_edit_format()))
        )
        self.heading.show()
        self.save_button.setText(self.tr("&Save changes (Enter)"))
        self.cancel_button.setText(self.tr("Cancel the change"))
        self.date.setFocus()

    def data(self) -> SessionInput:
        q = self.start.time()
        return SessionInput(
            session_date=to_date(self.date.date()),
            mode=self.mode.currentData(),
            setting=self.setting.currentData(),
            area_id=self.area.currentData(),
            worker_ids=tuple(checked(self.workers)),
            start_time=dt.time(q.hour(), q.minute()),
            duration_min=self.duration.value(),
            topics=tuple(checked(self.topics)),
            codes=self.codes.text(),
            referrals=tuple(self.referrals),
            note=self.note.text(),
            **{key: c.value() for key, c in self.counters.items()},
        )

    # ------------------------------------------------------------ actions
    def _enter(self) -> None:
        focus = self.focusWidget()
        if focus is self.add_referral:
            self._add_referral()
        elif focus in (self.cancel_button, self.sheet_button, self.clear_referrals):
            focus.click()
        else:
            self.save()

    def save(self) -> None:
        for counter in (*self.counters.values(), self.duration):
            counter.interpretText()
        data = self.data()
        editing = self.editing
        action = (lambda: self.service.update(editing.id, data)) if editing else (lambda: self.service.record(data))
        ok, info = run_action(self, action, inline=self.error, fields=self.fields)
        if not ok:
            return
        message = (
            self.tr("Changes saved.")
            if editing
            else self.tr("Saved: %n contact(s) in {area}.", None, info.contacts).format(area=info.area)
        )
        self.reset()
        self.status.setText(message)
        self.saved.emit(info)
        self.date.setFocus()

    def _add_referral(self) -> None:
        if self.destination.currentData() is None:
            self.error.show_message(
                self.tr("There are no referral destinations yet. A manager adds them under Admin, Services.")
            )
            return
        self.referrals.append(
            ReferralEntry(self.destination.currentData(), self.accompanied.isChecked(), self.destination.currentText())
        )
        self.accompanied.setChecked(False)
        self._show_referrals()

    def _clear_referrals(self) -> None:
        self.referrals = []
        self._show_referrals()

    def _show_referrals(self) -> None:
        parts = [
            self.tr("{name} (accompanied)").format(name=r.destination) if r.accompanied else r.destination
            for r in self.referrals
        ]
        self.referral_list.setText("; ".join(parts) if parts else self.tr("No referrals"))

    def print_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a blank tally sheet"), self.tr("outreach-tally-sheet.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        self.write_sheet(path, self.sheet_language.currentData())

    def write_sheet(self, path: str, language: str) -> bool:
        from dropin.outreach.sheet import render_tally_sheet

        ok, areas = run_action(self, lambda: AreaService(self.ctx).list_active(), inline=self.error)
        if not ok:
            return False
        ok, _ = run_action(
            self, lambda: render_tally_sheet(path, [a.name for a in areas], translator_for(language)), inline=self.error
        )
        if ok:
            self.status.setText(self.tr("The tally sheet was saved."))
        return ok
