"""The front desk page: check-in, the client register and all visits (lazy lists)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dropin.clients import choices
from dropin.clients.codes import AGE_BANDS
from dropin.clients.service import ClientService
from dropin.security.permissions import Permission
from dropin.ui.common import (
    Column,
    RowsTableModel,
    SortProxy,
    fit_headers,
    format_date,
    format_datetime,
    format_number,
    run_action,
    sortable,
)
from dropin.ui.frontdesk.checkin import CheckInPanel
from dropin.ui.lazytabs import LazyTabs
from dropin.visits.catalogue import channel_label
from dropin.visits.service import VisitService


class _ListView(QTableView):
    """A list with its sort proxy at hand (read its rows with ``view.proxy.row_at``)."""

    proxy: SortProxy


def _table(model, column: int = 0, order=Qt.SortOrder.AscendingOrder, lazy: bool = False) -> _ListView:
    """A read-only list, sortable by its headers (lazy lists in the query); Enter or a double click opens a row."""
    view = _ListView()
    view.proxy = sortable(view, model, column, order, lazy=lazy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    return view


class ClientsPanel(QWidget):
    """The register, paged lazily (50,000 clients scroll smoothly), sorted by any column in the query."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ClientService(ctx)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Find"))
        self.filter = QLineEdit()
        self.filter.setObjectName("clientFilter")
        self.filter.setPlaceholderText(self.tr("Part of a code or a nickname; Enter opens the profile"))
        self.filter.returnPressed.connect(self._open_current)
        label.setBuddy(self.filter)
        self.count_label = QLabel()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.model = RowsTableModel(
            [
                Column(self.tr("Code"), lambda c: c.code, query_order="code"),
                Column(self.tr("Nickname"), lambda c: c.nickname or "", query_order="nickname"),
                Column(self.tr("Gender"), lambda c: choices.label(choices.GENDERS, c.gender), query_order="gender"),
                Column(
                    self.tr("Year of birth or age"),
                    lambda c: str(c.birth_year) if c.birth_year else choices.label(AGE_BANDS, c.age_band),
                    query_order="birth_year",
                ),
                Column(self.tr("Visits"), lambda c: format_number(c.visit_count), query_order="visits"),
                Column(
                    self.tr("Last visit"),
                    lambda c: format_date(c.last_visit) if c.last_visit else "",
                    query_order="last_visit",
                ),
                Column(self.tr("Registered"), lambda c: format_date(c.registered_on), query_order="registered"),
            ],
            self,
        )
        self.view = _table(self.model, lazy=True)
        self.view.setObjectName("clientsTable")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.view.activated.connect(self._open)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.filter.textEdited.connect(lambda _t: self._timer.start())
        self.open_profile = None  # set by the page

    def refresh(self) -> None:
        text = self.filter.text()
        ok, total = run_action(self, self.service.count)
        if ok:
            self.count_label.setText(self.tr("{n} clients registered").format(n=format_number(total)))
        self.model.set_fetch(
            lambda offset, limit, order, descending: self.service.list_clients(
                offset, limit, text, order or "code", descending
            ),
            sortable=True,
        )
        fit_headers(self.view)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.view.proxy.index(0, 0))

    def _open_current(self) -> None:
        self._timer.stop()
        self.refresh()
        self._open(self.view.currentIndex())

    def _open(self, index) -> None:
        if self.open_profile is not None and index.isValid():
            self.open_profile(self.view.proxy.row_at(index.row()).id)


class VisitsPanel(QWidget):
    """Every visit, newest first, paged lazily (500,000 visits scroll smoothly)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = VisitService(ctx)
        layout = QVBoxLayout(self)
        self.model = RowsTableModel(
            [
                Column(self.tr("Date"), lambda r: format_datetime(r.visited_at), query_order="date"),
                # only the date has an index over 500,000 visits: the other columns would sort the whole table
                Column(self.tr("Client"), lambda r: r.code or self.tr("anonymous")),
                Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
                Column(self.tr("Services"), lambda r: r.services),
                Column(self.tr("Note"), lambda r: r.note or ""),
                Column(self.tr("Recorded by"), lambda r: r.recorded_by or ""),
            ],
            self,
        )
        self.view = _table(self.model, 0, Qt.SortOrder.DescendingOrder, lazy=True)
        self.view.setObjectName("visitsTable")
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open)
        self.open_profile = None  # set by the page
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_fetch(
            lambda offset, limit, order, descending: self.service.list_visits(
                offset, limit, order=order or "date", descending=descending
            ),
            sortable=True,
        )
        fit_headers(self.view, stretch=3)

    def _open(self, index) -> None:
        row = self.view.proxy.row_at(index.row()) if index.isValid() else None
        if self.open_profile is not None and row is not None and row.client_id is not None:
            self.open_profile(row.client_id)


class FrontDeskPage(QWidget):
    """Check-in at once; the register and all visits are built when their tab is first shown."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = LazyTabs()
        self.tabs.setObjectName("frontdeskTabs")
        self.checkin = CheckInPanel(ctx)  # filled as it is built: the first refresh need not read again
        self.checkin.open_profile.connect(self.open_profile)
        self.tabs.add("checkin", self.tr("Check-in"), lambda: self.checkin)
        if ctx.can(Permission.CLIENT_VIEW):
            self.tabs.add("clients", self.tr("Clients"), self._make_clients)
        if ctx.can(Permission.VISIT_VIEW):
            self.tabs.add("visits", self.tr("All visits"), self._make_visits)
        self.tabs.shown.connect(lambda _key, _widget: self._tab_changed(self.tabs.currentIndex()))
        layout.addWidget(self.tabs)

    def _make_clients(self) -> ClientsPanel:
        clients = ClientsPanel(self.ctx)
        clients.open_profile = self.open_profile
        return clients

    def _make_visits(self) -> VisitsPanel:
        visits = VisitsPanel(self.ctx)
        if self.ctx.can(Permission.CLIENT_VIEW):
            visits.open_profile = self.open_profile
        return visits

    @property
    def clients(self) -> ClientsPanel | None:
        return self.tabs.tab("clients") if "clients" in self.tabs.keys else None

    @property
    def visits(self) -> VisitsPanel | None:
        return self.tabs.tab("visits") if "visits" in self.tabs.keys else None

    def refresh(self) -> None:
        if self.tabs.take_fresh("checkin") and self.tabs.current_key() == "checkin":
            self.checkin.focus_code()  # built and filled just now
            return
        self.checkin.reload_catalogue()
        self._tab_changed(self.tabs.currentIndex())
        if self.tabs.currentWidget() is self.checkin:
            self.checkin.focus_code()

    def _tab_changed(self, _index: int) -> None:
        key = self.tabs.current_key()
        if key in ("clients", "visits"):
            self.tabs.tab(key).refresh()
        elif key == "checkin":
            self.checkin.refresh_today()

    def open_profile(self, client_id: int) -> None:
        from dropin.ui.frontdesk.profile import ClientProfileDialog

        dialog = ClientProfileDialog(self.ctx, client_id, self)
        if dialog.info is not None:
            dialog.exec()

    def take_draft(self):
        """The half-filled check-in form (kept by the window while it is locked)."""
        return self.checkin.take_draft()

    def restore_draft(self, draft) -> None:
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.restore_draft(draft)

    def clear_sensitive(self) -> None:
        self.checkin.clear_form()
        self.checkin.today_model.set_rows([])
        clients, visits = self.tabs.built("clients"), self.tabs.built("visits")
        if clients is not None:
            clients.filter.clear()
            clients.model.set_rows([])
        if visits is not None:
            visits.model.set_rows([])
