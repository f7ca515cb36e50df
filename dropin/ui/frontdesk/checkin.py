"""The check-in screen: from typing a code to a saved visit, keyboard only."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from dropin.clients.referrals import ReferralService
from dropin.clients.service import ClientService
from dropin.security.permissions import Permission
from dropin.ui.common import Column, InlineError, RowsTableModel, format_date, format_time, run_action
from dropin.ui.incidents.handoff import HandoffOffer
from dropin.visits.catalogue import CATEGORIES, CHANNELS, category_label, channel_label
from dropin.visits.service import CatalogueService, ServiceGiven, VisitInput, VisitService

DEFAULT_QUANTITY = {"male_condoms": 10, "lubricant": 5, "female_condoms": 2}
CATEGORY_ORDER = list(CATEGORIES)


class _FormScroll(QScrollArea):
    """Asks for the whole form's height, but can scroll when the screen is too small for it."""

    def sizeHint(self):  # noqa: N802 - Qt override
        inner = self.widget().sizeHint() if self.widget() is not None else super().sizeHint()
        return inner.expandedTo(super().sizeHint())


class ServiceToggle(QWidget):
    """One catalogue item: a check box, and a quantity or destination where it applies."""

    def __init__(self, item, destinations, parent=None):
        super().__init__(parent)
        self.item = item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.check = QCheckBox(item.display)
        self.check.setObjectName(f"service_{item.code}")
        self.check.setMinimumWidth(170)
        layout.addWidget(self.check)
        self.quantity: QSpinBox | None = None
        self.destination: QComboBox | None = None
        if item.has_quantity:
            self.quantity = QSpinBox()
            self.quantity.setObjectName(f"quantity_{item.code}")
            self.quantity.setRange(1, 1000)
            self.quantity.setValue(DEFAULT_QUANTITY.get(item.code, 1))
            self.quantity.setFixedWidth(70)
            self.quantity.setAccessibleName(QCoreApplication.translate("FrontDesk", "Quantity of {service}").format(service=item.display))
            self.quantity.valueChanged.connect(lambda _v: self.check.setChecked(True))
            layout.addWidget(self.quantity)
        if item.needs_destination:
            self.destination = QComboBox()
            self.destination.setObjectName(f"destination_{item.code}")
            self.destination.setMinimumWidth(170)
            self.destination.addItem(QCoreApplication.translate("FrontDesk", "Where to?"), None)
            for dest in destinations:
                self.destination.addItem(dest.name, dest.id)
            self.destination.activated.connect(lambda _i: self.check.setChecked(self.destination.currentData() is not None))
            layout.addWidget(self.destination)
        layout.addStretch(1)

    def focus_widgets(self) -> list[QWidget]:
        return [w for w in (self.check, self.quantity, self.destination) if w is not None]

    def given(self) -> ServiceGiven | None:
        if not self.check.isChecked():
            return None
        quantity = self.quantity.value() if self.quantity else 1
        dest = self.destination.currentData() if self.destination else None
        return ServiceGiven(self.item.code, quantity, dest)

    def reset(self) -> None:
        self.check.setChecked(False)
        if self.quantity is not None:
            self.quantity.blockSignals(True)
            self.quantity.setValue(DEFAULT_QUANTITY.get(self.item.code, 1))
            self.quantity.blockSignals(False)
        if self.destination is not None:
            self.destination.setCurrentIndex(0)


class CheckInPanel(QWidget):
    """Code with live search, new client, anonymous walk-in, channel, services, note; Enter saves."""

    saved = Signal(object)
    open_profile = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.clients = ClientService(ctx)
        self.visits = VisitService(ctx)
        self.catalogue = CatalogueService(ctx)
        self.referrals = ReferralService(ctx)
        self.client = None  # the ClientHit the visit is for
        self.toggles: list[ServiceToggle] = []
        self._build()
        self.reload_catalogue()
        self.refresh_today()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(8)

        form = QFrame()  # a frame, not a group box: no empty title band above the code field
        form.setObjectName("checkinBox")
        form.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QVBoxLayout(form)
        grid.setSpacing(8)

        top = QHBoxLayout()
        code_label = QLabel(self.tr("Client &code"))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText(self.tr("Type the code, e.g. MAIV1990F"))
        font = QFont(self.code_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.code_edit.setFont(font)
        self.code_edit.setMinimumWidth(260)
        self.code_edit.setMaxLength(40)
        code_label.setBuddy(self.code_edit)
        self.code_edit.textEdited.connect(self._on_code_edited)
        self.code_edit.installEventFilter(self)
        self.new_button = QPushButton(self.tr("New client… (Ctrl+N)"))
        self.new_button.setObjectName("newClientButton")
        self.new_button.clicked.connect(self.new_client)
        self.new_button.setEnabled(self.ctx.can(Permission.CLIENT_REGISTER))
        self.profile_button = QPushButton(self.tr("Profile (Ctrl+P)"))
        self.profile_button.clicked.connect(self._open_profile)
        self.profile_button.setEnabled(False)
        self.profile_button.setVisible(self.ctx.can(Permission.CLIENT_VIEW))
        self.anonymous = QCheckBox(self.tr("&Anonymous walk-in, no code"))
        self.anonymous.setObjectName("anonymousCheck")
        self.anonymous.toggled.connect(self._on_anonymous)
        top.addWidget(code_label)
        top.addWidget(self.code_edit, 2)
        top.addWidget(self.new_button)
        top.addWidget(self.profile_button)
        top.addSpacing(12)
        top.addWidget(self.anonymous)
        top.addStretch(1)
        grid.addLayout(top)

        middle = QHBoxLayout()
        self.matches = QListWidget()
        self.matches.setObjectName("matchList")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setMaximumHeight(76)
        self.matches.setMaximumWidth(360)
        self.matches.currentRowChanged.connect(self._on_match_row)
        self.matches.itemDoubleClicked.connect(lambda _i: self.channel.setFocus())
        self.status = QLabel()
        self.status.setObjectName("clientStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setMinimumHeight(48)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.status)
        row = QHBoxLayout()
        channel_label_ = QLabel(self.tr("C&hannel"))
        self.channel = QComboBox()
        self.channel.setObjectName("channelCombo")
        for code in CHANNELS:
            self.channel.addItem(channel_label(code), code)
        channel_label_.setBuddy(self.channel)
        note_label = QLabel(self.tr("N&ote"))
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("Optional, no names"))
        self.note.setMaxLength(2000)
        note_label.setBuddy(self.note)
        row.addWidget(channel_label_)
        row.addWidget(self.channel)
        row.addSpacing(12)
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        side.addLayout(row)
        middle.addWidget(self.matches, 1)
        middle.addLayout(side, 2)
        grid.addLayout(middle)

        self.services_box = QFrame()
        self.services_box.setObjectName("servicesBox")
        self.services_box.setStyleSheet(
            "QFrame#servicesBox QSpinBox, QFrame#servicesBox QComboBox { min-height: 20px; max-height: 26px; }"
            "QFrame#servicesBox QCheckBox { min-height: 20px; }")
        self.services_grid = QGridLayout(self.services_box)
        self.services_grid.setContentsMargins(0, 4, 0, 0)
        self.services_grid.setHorizontalSpacing(18)
        self.services_grid.setVerticalSpacing(4)
        grid.addWidget(self.services_box)

        bottom = QHBoxLayout()
        self.error = InlineError()
        self.confirmation = QLabel()
        self.confirmation.setObjectName("savedMessage")
        self.confirmation.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.save_button = QPushButton(self.tr("Save visit (Enter)"))
        self.save_button.setObjectName("saveVisitButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(34)
        self.save_button.setMinimumWidth(170)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.ctx.can(Permission.VISIT_RECORD))
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.confirmation, 1)
        bottom.addWidget(self.save_button)
        grid.addLayout(bottom)
        self.handoff = HandoffOffer(self.ctx)  # after a "Violence report": open an incident for the legal advisor
        # The form and today's list share the height; the splitter lets the desk give the list more room.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        # on a small screen the form scrolls instead of pushing the window past the screen's height
        form_scroll = _FormScroll()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(form)
        form_scroll.setMinimumHeight(220)
        self.splitter.addWidget(form_scroll)
        today_panel = QWidget()
        today_layout = QVBoxLayout(today_panel)
        today_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(today_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        outer.addWidget(self.splitter, 1)

        # ----------------------------------------------------------- today
        head = QHBoxLayout()
        self.today_label = QLabel()
        self.today_label.setObjectName("todayLabel")
        bold = QFont(self.today_label.font())
        bold.setBold(True)
        self.today_label.setFont(bold)
        self.undo_button = QPushButton(self.tr("Undo selected visit… (Ctrl+Z)"))
        self.undo_button.setObjectName("undoVisitButton")
        self.undo_button.clicked.connect(self.void_selected)
        self.undo_button.setVisible(self.ctx.can(Permission.VISIT_VOID))
        head.addWidget(self.today_label, 1)
        head.addWidget(self.undo_button)
        today_layout.addWidget(self.handoff)  # always in sight, above today's list
        today_layout.addLayout(head)
        self.today_model = RowsTableModel([
            Column(self.tr("Time"), lambda r: format_time(r.visited_at)),
            Column(self.tr("Client"), lambda r: r.code or self.tr("anonymous")),
            Column(self.tr("Channel"), lambda r: channel_label(r.channel)),
            Column(self.tr("Services"), lambda r: r.services),
            Column(self.tr("Note"), lambda r: r.note or ""),
            Column(self.tr("Recorded by"), lambda r: r.recorded_by or ""),
            Column(self.tr("Status"), lambda r: self.tr("Undone: {reason}").format(reason=r.void_reason)
                   if r.voided else ""),
        ], self)
        self.today_model.row_style = lambda r: {"foreground": QColor("#9e9e9e")} if r.voided else {}
        self.today_view = QTableView()
        self.today_view.setObjectName("todayTable")
        self.today_view.setModel(self.today_model)
        self.today_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_view.setAlternatingRowColors(True)
        self.today_view.verticalHeader().setVisible(False)
        self.today_view.verticalHeader().setDefaultSectionSize(24)
        header = self.today_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # today's list is short
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.today_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.today_view.setMinimumHeight(120)
        today_layout.addWidget(self.today_view, 1)

        for keys, slot in (("Ctrl+N", self.new_client), ("Ctrl+P", self._open_profile),
                           ("Ctrl+Z", self.void_selected), ("Ctrl+K", self.focus_code),
                           ("Escape", self.clear_form)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_status_idle()

    # -------------------------------------------------------------- catalogue
    def reload_catalogue(self) -> None:
        ok, items = run_action(self, lambda: self.catalogue.items())
        if not ok:
            return
        ok, destinations = run_action(self, lambda: self.referrals.list_active())
        destinations = destinations if ok else []
        signature = (tuple(items), tuple(destinations))
        if signature == getattr(self, "_catalogue_signature", None):
            return
        self._catalogue_signature = signature
        while self.services_grid.count():
            widget = self.services_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.toggles = []
        by_category: dict[str, list] = {}
        for item in items:
            by_category.setdefault(item.category, []).append(item)
        col = 0
        columns = [c for c in CATEGORY_ORDER if c in by_category] + [c for c in by_category if c not in CATEGORIES]
        # Basic needs | goods + supplies | advice and support + referral: three balanced columns.
        groups = [["basic", "goods"], ["commodity"], ["support", "referral"]]
        placed = {c for g in groups for c in g}
        groups[-1].extend(c for c in columns if c not in placed)
        for group in groups:
            row = 0
            for category in group:
                if category not in by_category:
                    continue
                title = QLabel(category_label(category))
                font = QFont(title.font())
                font.setBold(True)
                title.setFont(font)
                self.services_grid.addWidget(title, row, col)
                title.show()
                row += 1
                for item in by_category[category]:
                    toggle = ServiceToggle(item, destinations)
                    self.services_grid.addWidget(toggle, row, col)
                    toggle.show()
                    self.toggles.append(toggle)
                    row += 1
            col += 1
        for c in range(col):
            self.services_grid.setColumnStretch(c, 1)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain = [self.code_edit, self.channel]
        for toggle in self.toggles:
            chain.extend(toggle.focus_widgets())
        chain.extend([self.note, self.save_button])
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # ----------------------------------------------------------------- code
    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.code_edit and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                row = self.matches.currentRow()
                row = row + 1 if key == Qt.Key.Key_Down else row - 1
                row = max(0, min(self.matches.count() - 1, row))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def _on_code_edited(self, text: str) -> None:
        self.confirmation.clear()
        self.error.clear()
        self.matches.blockSignals(True)
        self.matches.clear()
        self.matches.blockSignals(False)
        self._set_client(None)
        if not text.strip():
            self._set_status_idle()
            return
        ok, hits = run_action(self, lambda: self.clients.search(text, limit=8), inline=self.error)
        if not ok:
            return
        from dropin.clients.codes import normalise_code

        typed = normalise_code(text)
        self.matches.blockSignals(True)
        for hit in hits:
            label = hit.code if not hit.nickname else f"{hit.code}   ({hit.nickname})"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.matches.addItem(item)
        self.matches.blockSignals(False)
        exact = next((i for i, h in enumerate(hits) if h.code == typed), None)
        if exact is not None:
            self.matches.setCurrentRow(exact)
        elif len(hits) == 1 and len(typed) >= 4:
            self.matches.setCurrentRow(0)
        elif hits:
            self.status.setText(self.tr("Several codes start with {typed}. Use the arrow keys to choose, "
                                        "or keep typing.").format(typed=typed))
            self.status.setStyleSheet("")
        else:
            self.status.setText(self.tr("No client with the code {typed}. Press Ctrl+N to register a new "
                                        "client, or tick Anonymous.").format(typed=typed))
            self.status.setStyleSheet("color: #b26a00;")

    def _on_match_row(self, row: int) -> None:
        item = self.matches.item(row) if row >= 0 else None
        self._set_client(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def _set_client(self, hit) -> None:
        self.client = hit
        self.profile_button.setEnabled(hit is not None and self.ctx.can(Permission.CLIENT_VIEW))
        if hit is None:
            return
        text = self.tr("Visit for {code}.").format(code=hit.code)
        if self.ctx.can(Permission.CLIENT_VIEW):
            ok, info = run_action(self, lambda: self.clients.get(hit.id), inline=self.error)
            if ok:
                if info.last_visit is None:
                    text = self.tr("Visit for {code}: first visit.").format(code=hit.code)
                else:
                    days = (self.ctx.today() - info.last_visit).days
                    text = QCoreApplication.translate("FrontDesk", "Visit for {code}: %n visits so far, last {when}.", None, info.visit_count).format(
                        code=hit.code, when=self._ago(days))
        self.status.setText(text)
        self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")

    def _ago(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return QCoreApplication.translate("FrontDesk", "%n days ago", None, days)

    def _set_status_idle(self) -> None:
        self.status.setText(self.tr("Type the client code; matches appear as you type. "
                                    "Up and Down choose, Tab moves on, Enter saves."))
        self.status.setStyleSheet("color: #616161;")

    def _on_anonymous(self, on: bool) -> None:
        self.code_edit.setEnabled(not on)
        self.matches.setEnabled(not on)
        if on:
            self.code_edit.clear()
            self.matches.clear()
            self._set_client(None)
            self.status.setText(self.tr("Anonymous walk-in: counted, not identified."))
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.channel.setFocus()
        else:
            self._set_status_idle()
            self.code_edit.setFocus()

    # ------------------------------------------------------------- actions
    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def save(self):
        if not self.save_button.isEnabled():
            return None
        services = tuple(g for g in (t.given() for t in self.toggles) if g is not None)
        anonymous = self.anonymous.isChecked()
        if self.client is None and not anonymous and self.code_edit.text().strip():
            ok, hit = run_action(self, lambda: self.clients.find(self.code_edit.text()), inline=self.error)
            if ok and hit is not None:
                self._set_client(hit)
            elif ok:
                self.error.show_message(self.tr("No client has this code. Register the person first (Ctrl+N) "
                                                "or tick Anonymous."))
                self.focus_code()
                return None
        data = VisitInput(client_id=self.client.id if self.client else None, channel=self.channel.currentData(),
                          services=services, note=self.note.text(), anonymous=anonymous)
        fields = {"code": self.code_edit, "channel": self.channel, "note": self.note}
        ok, row = run_action(self, lambda: self.visits.record(data), inline=self.error, fields=fields)
        if not ok:
            return None
        who = row.code or self.tr("an anonymous walk-in")
        self.clear_form()
        self.confirmation.setText(self.tr("Saved: visit for {who} at {time}.").format(
            who=who, time=format_time(row.visited_at)))
        self.refresh_today()
        self.handoff.offer(row)
        self.saved.emit(row)
        return row

    def clear_form(self) -> None:
        self.anonymous.blockSignals(True)
        self.anonymous.setChecked(False)
        self.anonymous.blockSignals(False)
        self.code_edit.setEnabled(True)
        self.matches.setEnabled(True)
        self.code_edit.clear()
        self.matches.clear()
        self.note.clear()
        self.channel.setCurrentIndex(0)
        for toggle in self.toggles:
            toggle.reset()
        self.client = None
        self.profile_button.setEnabled(False)
        self.error.clear()
        self.confirmation.clear()
        self._set_status_idle()
        self.focus_code()

    def focus_code(self) -> None:
        self.code_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_edit.selectAll()

    def new_client(self) -> None:
        if not self.ctx.can(Permission.CLIENT_REGISTER):
            return
        from dropin.ui.frontdesk.register import RegisterDialog

        dialog = RegisterDialog(self.ctx, self, code=self.code_edit.text())
        if dialog.exec() and dialog.result_client is not None:
            self.use_client(dialog.result_client.id, dialog.result_client.code)
        if dialog.safeguarding_saved:
            self.refresh_today()

    def use_client(self, client_id: int, code: str) -> None:
        """Put a (new or chosen) client into the form, ready for services."""
        from dropin.clients.service import ClientHit

        self.anonymous.setChecked(False)
        self.code_edit.setText(code)
        self.matches.clear()
        hit = ClientHit(client_id, code)
        item = QListWidgetItem(code)
        item.setData(Qt.ItemDataRole.UserRole, hit)
        self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.channel.setFocus()

    def _open_profile(self) -> None:
        if self.client is not None and self.ctx.can(Permission.CLIENT_VIEW):
            self.open_profile.emit(self.client.id)

    # ---------------------------------------------------------------- today
    def refresh_today(self) -> None:
        if not self.ctx.can(Permission.VISIT_VIEW):
            self.today_label.setText(self.tr("Today"))
            return
        today = self.ctx.today()
        ok, rows = run_action(self, lambda: self.visits.today(today))
        if not ok:
            return
        self.today_model.set_rows(rows)
        live = [r for r in rows if not r.voided]
        people = len({r.client_id for r in live if r.client_id is not None})
        anonymous = sum(1 for r in live if r.client_id is None)
        self.today_label.setText(
            QCoreApplication.translate("FrontDesk", "Today, {date}: %n visits", None, len(live)).format(date=format_date(today))
            + "  ·  " + QCoreApplication.translate("FrontDesk", "%n people", None, people) + "  ·  " + QCoreApplication.translate("FrontDesk", "%n anonymous", None, anonymous))

    def selected_visit(self):
        index = self.today_view.currentIndex()
        if not index.isValid():
            return None
        return self.today_model.row_at(index.row())

    def ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getText(self, self.tr("Undo visit"),
                                          self.tr("Why is this visit being undone?"),
                                          text=self.tr("Entered by mistake"))
        return reason if ok else None

    def void_selected(self) -> None:
        if not self.ctx.can(Permission.VISIT_VOID):
            return
        row = self.selected_visit()
        if row is None:
            self.error.show_message(self.tr("Select a visit in today's list first."))
            return
        if row.voided:
            self.error.show_message(self.tr("This visit has already been undone."))
            return
        reason = self.ask_reason()
        if reason is None:
            return
        ok, _ = run_action(self, lambda: self.visits.void(row.id, reason), inline=self.error)
        if ok:
            self.confirmation.setText(self.tr("The visit at {time} was undone.").format(
                time=format_time(row.visited_at)))
            self.refresh_today()


__all__ = ["CheckInPanel", "ServiceToggle"]
