"""The outreach area: record a session (the tally), the list of sessions, coverage, events and areas.

Everything goes through :mod:`dropin.outreach`; nothing here lists or
searches clients (a worker types whole codes only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.outreach.areas import AreaService
from dropin.outreach.choices import MODES, SETTINGS, label
from dropin.outreach.sessions import OutreachService
from dropin.security.permissions import Permission
from dropin.ui.common import (
    EMPTY,
    Column,
    InlineError,
    RowsTableModel,
    ask_reason,
    current_row,
    format_date,
    format_time,
    run_action,
    table_view,
)
from dropin.ui.frontdesk.catalogue import _ListEditor
from dropin.ui.lazytabs import LazyTabs
from dropin.ui.outreach.events import OutreachEventsTab
from dropin.ui.outreach.tally import OutreachSessionForm

RIGHT = Qt.AlignmentFlag.AlignRight


class OutreachSessionsTab(QWidget):
    """Recorded sessions, newest first (lazy); double-click changes one, or void it with a reason."""

    def __init__(self, ctx: ServiceContext, form: OutreachSessionForm, parent=None):
        super().__init__(parent)
        self.service = OutreachService(ctx)
        self.form = form
        self.model = RowsTableModel(
            [
                Column(self.tr("Date"), lambda r: format_date(r.session_date, weekday=True)),
                Column(self.tr("Start"), lambda r: format_time(r.start_time)),
                Column(self.tr("Area"), lambda r: r.area),
                Column(self.tr("Mode"), lambda r: label(MODES, r.mode)),
                Column(self.tr("Setting"), lambda r: label(SETTINGS, r.setting)),
                Column(self.tr("New"), lambda r: r.contacts_new, RIGHT),
                Column(self.tr("Returning"), lambda r: r.contacts_returning, RIGHT),
                Column(self.tr("Condoms"), lambda r: r.male_condoms + r.female_condoms, RIGHT),
                Column(self.tr("Referrals"), lambda r: len(r.referrals), RIGHT),
                Column(self.tr("Workers"), lambda r: ", ".join(r.workers)),
            ],
            self,
        )
        self.view = table_view(self.model, "sessionsTable")
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.error = InlineError()
        edit = QPushButton(self.tr("&Change the selected session"))
        edit.clicked.connect(self.edit_selected)
        void = QPushButton(self.tr("V&oid the selected session…"))
        void.setObjectName("voidSessionButton")
        void.clicked.connect(self.void_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(void)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.on_edit: Callable[[], object] | None = None  # set by the page: show the form

    def refresh(self) -> None:
        self.model.set_fetch(
            lambda offset, limit: (
                run_action(self, lambda: self.service.list_sessions(offset, limit), inline=self.error)[1] or []
            )
        )

    def edit_selected(self) -> None:
        row = current_row(self.view)
        if row is None:
            self.error.show_message(self.tr("Select a session first."))
            return
        self.form.edit(row)
        if self.on_edit:
            self.on_edit()

    def void_selected(self) -> None:
        row = current_row(self.view)
        if row is None:
            self.error.show_message(self.tr("Select a session first."))
            return
        reason = ask_reason(self, self.tr("Void the session"), self.tr("Why is this session voided?"))
        if reason is not None and run_action(self, lambda: self.service.void(row.id, reason), inline=self.error)[0]:
            self.refresh()


class OutreachCoverageTab(QWidget):
    """Contacts per area in each of the last weeks; areas not visited for N weeks are marked."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.service = OutreachService(ctx)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("coverageWeeks")
        self.weeks.setRange(1, 26)
        self.weeks.setValue(8)
        self.stale = QSpinBox()
        self.stale.setObjectName("coverageStale")
        self.stale.setRange(1, 52)
        self.stale.setValue(4)
        for box in (self.weeks, self.stale):
            box.valueChanged.connect(lambda _v: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Weeks shown")))
        bar.addWidget(self.weeks)
        bar.addSpacing(20)
        bar.addWidget(QLabel(self.tr("Mark areas not visited for (weeks)")))
        bar.addWidget(self.stale)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.model = RowsTableModel([], self)
        self.model.row_style = lambda r: {"foreground": QColor("#c62828")} if r.not_visited and r.active else {}
        self.view = table_view(self.model, "coverageTable")
        self.error = InlineError()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        ok, cov = run_action(
            self, lambda: self.service.coverage(self.weeks.value(), self.stale.value()), inline=self.error
        )
        if not ok:
            return

        def area_text(a) -> str:
            if not a.active:
                return self.tr("{name} (retired)").format(name=a.area)
            return f"\u26a0 {a.area}" if a.not_visited else a.area  # warning sign: not visited lately

        columns = [Column(self.tr("Area"), area_text)]
        for i, monday in enumerate(cov.weeks):

            def in_week(a: Any, i: int = i) -> object:
                return a.per_week[i]

            columns.append(Column(format_date(monday), in_week, RIGHT))
        columns.append(Column(self.tr("Last session"), lambda a: format_date(a.last_visit) if a.last_visit else EMPTY))

        self.model.beginResetModel()
        self.model.columns = columns
        self.model.endResetModel()
        self.model.set_rows(cov.areas)
        stale = cov.not_visited
        if stale:
            self.summary.setText(
                self.tr("Not visited for %n week(s) or more: {areas}", None, cov.stale_weeks).format(
                    areas=", ".join(a.area for a in stale)
                )
            )
        else:
            self.summary.setText(self.tr("Every area had a session in the last %n week(s).", None, cov.stale_weeks))


class OutreachAreaDialog(QDialog):
    def __init__(self, service: AreaService, area=None, parent=None):
        super().__init__(parent)
        self.service = service
        self.area = area
        self.setWindowTitle(self.tr("Change the area") if area else self.tr("New outreach area"))
        self.name = QLineEdit(area.name if area else "")
        self.name.setObjectName("areaName")
        self.name.setPlaceholderText(self.tr("A district or town, never an address"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        self.error = InlineError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        name = self.name.text()
        action = (lambda: self.service.rename(self.area.id, name)) if self.area else (lambda: self.service.add(name))
        if run_action(self, action, inline=self.error, fields={"name": self.name})[0]:
            self.accept()


class OutreachAreasEditor(_ListEditor):
    """The manager's list of outreach areas: add, rename, retire or restore (never delete)."""

    dialog = OutreachAreaDialog

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.service = AreaService(ctx)
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                Column(self.tr("Area"), lambda a: a.name),
                Column(self.tr("Status"), lambda a: self.tr("in use") if a.active else self.tr("retired")),
            ],
            self,
        )
        self._build(layout, "areasTable", self.tr("&Add area…"), "Area")

    def load_rows(self):
        return self.service.list_all()

    def nothing_selected(self) -> str:
        return self.tr("Select an area first.")


class OutreachPage(QWidget):
    """Tabs by role, each built when first shown."""

    refresh_reads_only = True  # shown again with nothing saved since: nothing to read again

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = LazyTabs(self)  # in its place before the first tab is built in it
        layout.addWidget(self.tabs)
        if ctx.can(Permission.OUTREACH_RECORD):
            self.tabs.add("form", self.tr("Record a session"), self._make_form)
            self.tabs.add("sessions", self.tr("Sessions"), self._make_sessions)
            self.tabs.add("coverage", self.tr("Coverage"), lambda: OutreachCoverageTab(ctx))
        if ctx.can(Permission.EVENTS_RECORD):
            self.tabs.add("events", self.tr("Community events"), lambda: OutreachEventsTab(ctx))
        if ctx.can(Permission.OUTREACH_AREAS):
            self.tabs.add("areas", self.tr("Areas"), lambda: OutreachAreasEditor(ctx))
        self.tabs.shown.connect(lambda _key, _widget: self._refresh_tab())

    def _make_form(self) -> OutreachSessionForm:
        form = OutreachSessionForm(self.ctx, self.tabs.stack)
        form.saved.connect(lambda _info: self.tabs.built("sessions") and self.tabs.built("sessions").refresh())
        return form

    def _make_sessions(self) -> OutreachSessionsTab:
        sessions = OutreachSessionsTab(self.ctx, self.form)
        sessions.on_edit = lambda: self.tabs.setCurrentWidget(self.form)
        return sessions

    def _optional(self, key: str):
        return self.tabs.tab(key) if key in self.tabs.keys else None

    form = property(lambda self: self._optional("form"))
    sessions = property(lambda self: self._optional("sessions"))
    coverage = property(lambda self: self._optional("coverage"))
    events = property(lambda self: self._optional("events"))
    areas = property(lambda self: self._optional("areas"))

    def _refresh_tab(self) -> None:
        key = self.tabs.current_key()
        widget = self.tabs.built(key) if key else None
        if key == "form" and widget is not None:
            if not self.tabs.take_fresh("form"):  # the form read its lists as it was built
                widget.load_lists()
            widget.date.setFocus()
        elif widget is not None and hasattr(widget, "refresh"):
            widget.refresh()

    def refresh(self) -> None:
        self._refresh_tab()

    def clear_sensitive(self) -> None:
        """On lock: drop the client codes typed and the lists shown (the counts typed so far stay)."""
        form, sessions, events = (self.tabs.built(key) for key in ("form", "sessions", "events"))
        if form is not None:
            form.codes.clear()
        if sessions is not None:
            sessions.model.set_rows([])
        if events is not None:
            events.codes.clear()
            events.model.set_rows([])
