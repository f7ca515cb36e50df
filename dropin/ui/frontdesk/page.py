"""The front desk page: check-in, the client register and all visits (lazy lists)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTabWidget, QTableView, QVBoxLayout, QWidget,
)

from dropin.clients import choices
from dropin.clients.codes import AGE_BANDS
from dropin.clients.service import ClientService
from dropin.security.permissions import Permission
from dropin.ui.common import Column, RowsTableModel, format_date, format_datetime, format_number, run_action
from dropin.ui.frontdesk.checkin import CheckInPanel
from dropin.visits.catalogue import channel_label
from dropin.visits.service import VisitService


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    return view


class ClientsPanel(QWidget):
    """The register, in code order, paged lazily (50,000 clients scroll smoothly)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ClientService(ctx)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Find code"))
        self.filter = QLineEdit()
        self.filter.setObjectName("clientFilter")
        self.filter.setPlaceholderText(self.tr("Start of a code"))
        label.setBuddy(self.filter)
        self.count_label = QLabel()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.model = RowsTableModel([
            Column(self.tr("Code"), lambda c: c.code),
            Column(self.tr("Nickname"), lambda c: c.nickname or ""),
            Column(self.tr("Gender"), lambda c: choices.label(choices.GENDERS, c.gender)),
            Column(self.tr("Year of birth or age"),
                   lambda c: str(c.birth_year) if c.birth_year else choices.label(AGE_BANDS, c.age_band)),
            Column(self.tr("Visits"), lambda c: format_number(c.visit_count)),
            Column(self.tr("Last visit"), lambda c: format_date(c.last_visit) if c.last_visit else ""),
            Column(self.tr("Registered"), lambda c: format_date(c.registered_on)),
        ], self)
        self.view = _table(self.model)
        self.view.setObjectName("clientsTable")
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.filter.textEdited.connect(lambda _t: self._timer.start())
        self.open_profile = None  # set by the page

    def refresh(self) -> None:
        prefix = self.filter.text()
        ok, total = run_action(self, self.service.count)
        if ok:
            self.count_label.setText(self.tr("{n} clients registered").format(n=total))
        self.model.set_fetch(lambda offset, limit: self.service.list_clients(offset, limit, prefix))

    def _open(self, index) -> None:
        if self.open_profile is not None and index.isValid():
            self.open_profile(self.model.row_at(index.row()).id)


class VisitsPanel(QWidget):
    """Every visit, newest first, paged lazily (500,000 visits scroll smoothly)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = VisitService(ctx)
        layout = QVBoxLayout(self)
        self.model = RowsTableModel([
            Column(self.tr("Date"), lambda r: format_datetime(r.visited_at)),
            Column(self.tr("Client"), lambda r: r.code or self.tr("anonymous")),
            Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
            Column(self.tr("Services"), lambda r: r.services),
            Column(self.tr("Note"), lambda r: r.note or ""),
            Column(self.tr("Recorded by"), lambda r: r.recorded_by or ""),
        ], self)
        self.view = _table(self.model)
        self.view.setObjectName("visitsTable")
        self.view.setColumnWidth(0, 130)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_fetch(lambda offset, limit: self.service.list_visits(offset, limit))


class FrontDeskPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("frontdeskTabs")
        self.checkin = CheckInPanel(ctx)
        self.checkin.open_profile.connect(self.open_profile)
        self.tabs.addTab(self.checkin, self.tr("Check-in"))
        self.clients = None
        self.visits = None
        if ctx.can(Permission.CLIENT_VIEW):
            self.clients = ClientsPanel(ctx)
            self.clients.open_profile = self.open_profile
            self.tabs.addTab(self.clients, self.tr("Clients"))
        if ctx.can(Permission.VISIT_VIEW):
            self.visits = VisitsPanel(ctx)
            self.tabs.addTab(self.visits, self.tr("All visits"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.checkin.reload_catalogue()
        self.checkin.refresh_today()
        self._tab_changed(self.tabs.currentIndex())
        if self.tabs.currentWidget() is self.checkin:
            self.checkin.focus_code()

    def _tab_changed(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if widget in (self.clients, self.visits):
            widget.refresh()
        elif widget is self.checkin:
            self.checkin.refresh_today()

    def open_profile(self, client_id: int) -> None:
        from dropin.ui.frontdesk.profile import ClientProfileDialog

        dialog = ClientProfileDialog(self.ctx, client_id, self)
        if dialog.info is not None:
            dialog.exec()

    def clear_sensitive(self) -> None:
        self.checkin.clear_form()
        self.checkin.today_model.set_rows([])
        if self.clients is not None:
            self.clients.filter.clear()
            self.clients.model.set_rows([])
        if self.visits is not None:
            self.visits.model.set_rows([])
