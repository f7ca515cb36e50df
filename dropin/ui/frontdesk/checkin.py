"""The check-in screen: from typing a code to a saved visit, keyboard only."""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dropin.clients.codes import normalise_code
from dropin.clients.referrals import ReferralService
from dropin.clients.service import ClientHit, ClientService
from dropin.security.permissions import Permission
from dropin.ui.common import InlineError, format_time, run_action
from dropin.ui.frontdesk.desk_memory import CheckInDraft, DeskMemory
from dropin.ui.frontdesk.matches import MATCHES, MatchList
from dropin.ui.frontdesk.services import ServiceToggle, fill_services, key_of
from dropin.ui.frontdesk.today import TodayList
from dropin.ui.incidents.handoff import HandoffOffer
from dropin.ui.theme import styled
from dropin.visits.catalogue import CHANNELS, channel_label
from dropin.visits.service import CatalogueService, VisitInput, VisitService


class _Splitter(QSplitter):
    """A vertical splitter that calls ``balance`` after each resize (until the user moves it)."""

    def __init__(self, balance):
        super().__init__(Qt.Orientation.Vertical)
        self.balance = balance

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.balance()


class CheckInPanel(DeskMemory):
    """Code with live search, new client, anonymous walk-in, services, channel, note; Enter saves."""

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
        self.earlier_today = None  # the client's visit already saved today, if any
        self.last_saved = None  # the last visit saved at this desk (Ctrl+Z undoes it)
        self.escaped: CheckInDraft | None = None  # the form Escape cleared (Ctrl+R brings it back)
        self.toggles: list[ServiceToggle] = []
        self._build()
        self.reload_catalogue()
        self.refresh_today()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        form = QFrame()  # a frame, not a group box: no empty title band above the code field
        form.setObjectName("checkinBox")
        form.setFrameShape(QFrame.Shape.StyledPanel)
        # compact rows (QFrame#checkinBox in the application's sheet, dropin.ui.theme)
        grid = QVBoxLayout(form)
        grid.setSpacing(4)
        grid.setContentsMargins(8, 4, 8, 4)

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
        top.addWidget(self.code_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.profile_button)

        top.addSpacing(12)
        top.addWidget(self.anonymous)
        grid.addLayout(top)
        # the matches float under the code field while typing, as a completer's list does
        self.matches = MatchList(self)
        self.matches.currentRowChanged.connect(self._on_match_row)
        self.matches.itemClicked.connect(lambda _i: self._focus_services())
        self.status = QLabel()
        self.status.setObjectName("clientStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        status_row = QHBoxLayout()  # the client's status, then channel and note on the same line
        status_row.addWidget(self.status, 5)
        grid.addLayout(status_row)

        right = QVBoxLayout()
        self.services_box = QFrame()
        self.services_box.setObjectName("servicesBox")
        # compact rows, also under the material theme (its check boxes are 32 px high): all services in sight
        # (QFrame#servicesBox in the application's sheet, dropin.ui.theme)
        self.services_grid = QGridLayout(self.services_box)
        self.services_grid.setContentsMargins(0, 0, 0, 0)
        self.services_grid.setHorizontalSpacing(12)
        self.services_grid.setVerticalSpacing(0)
        right.addWidget(self.services_box)
        right.addStretch(1)
        row = status_row
        channel_label_ = QLabel(self.tr("Cha&nnel"))
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
        row.addSpacing(12)
        row.addWidget(channel_label_, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.channel, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(12)
        row.addWidget(note_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.note, 2, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(right)

        # on a small screen the form scrolls instead of pushing the window past the screen's height
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(form)
        form_scroll.setMinimumHeight(160)
        self._form_scroll = form_scroll

        # the Save button, the "Saved" message and errors stay in sight whatever the form's height
        bar = QHBoxLayout()
        self.error = InlineError()
        self.confirmation = QLabel()
        self.confirmation.setObjectName("savedMessage")
        self.confirmation.setWordWrap(True)
        self.same_button = QPushButton(self.tr("Same as last time (Ctrl+D)"))
        self.same_button.setObjectName("sameServicesButton")
        self.same_button.clicked.connect(self.same_as_last_time)
        self.same_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save visit (Enter)"))
        self.save_button.setObjectName("saveVisitButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(34)
        self.save_button.setMinimumWidth(170)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.ctx.can(Permission.VISIT_RECORD))
        bar.addWidget(self.error, 1)
        bar.addWidget(self.confirmation, 1)
        bar.addWidget(self.same_button)
        bar.addWidget(self.save_button)
        self.bar = bar
        top_part = QWidget()
        top_layout = QVBoxLayout(top_part)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(form_scroll, 1)
        bar_box = QWidget()  # as high as two lines of a message, so a message never changes the form's height
        bar_box.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar_box.setMinimumHeight(max(self.save_button.minimumHeight(), 2 * self.fontMetrics().lineSpacing() + 8))
        top_layout.addWidget(bar_box)
        self._bar_box = bar_box
        bar_box.installEventFilter(self)  # a longer message makes the row taller: give the form that room

        self.today = TodayList()
        self.today.undo_button.clicked.connect(self.undo_selected)
        self.today.undo_button.setVisible(self.ctx.can(Permission.VISIT_VOID))
        self.today_model, self.today_view, self.today_label = self.today.model, self.today.view, self.today.label
        self.undo_button = self.today.undo_button
        bar.insertWidget(2, self.undo_button)
        self.handoff = HandoffOffer(self.ctx)  # after a "Violence report": open an incident for the legal advisor
        cast(QBoxLayout, self.today.layout()).insertWidget(0, self.handoff)  # always in sight, above today's list
        # The form and today's list share the height; the splitter lets the desk give the list more room.
        self.splitter = _Splitter(self._balance)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top_part)
        self.splitter.addWidget(self.today)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_split_by_hand", True))
        self._split_by_hand = False
        self._top_part = top_part
        outer.addWidget(self.splitter, 1)

        for keys, slot in (
            ("Ctrl+N", self.new_client),
            ("Ctrl+P", self._open_profile),
            ("Ctrl+Z", self.undo_last),
            ("Ctrl+K", self.focus_code),
            ("Ctrl+D", self.same_as_last_time),
            ("Ctrl+R", self.bring_back),
            ("Escape", self.escape),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._set_status_idle()

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is getattr(self, "_bar_box", None) and event.type() == QEvent.Type.Resize:
            self._balance()
        return self._code_keys(obj, event) or super().eventFilter(obj, event)

    def _balance(self) -> None:
        """The form as tall as it wants, today's list the rest (never fewer than 8 rows)."""
        if self._split_by_hand or not hasattr(self, "today"):
            return
        total = self.splitter.height() - self.splitter.handleWidth()
        inner = self._form_scroll.widget()
        if inner is None:  # set when the form is built
            return
        width = self._form_scroll.viewport().width()
        wanted = inner.heightForWidth(width) if inner.hasHeightForWidth() and width > 0 else inner.sizeHint().height()
        around = self._top_part.height() - self._form_scroll.viewport().height()  # the button row and frames
        wanted += around if self._top_part.height() > 0 and around > 0 else self.save_button.sizeHint().height() + 16
        form = min(wanted, total - self.today.minimumSizeHint().height())
        form = max(form, self._top_part.minimumSizeHint().height())
        self.splitter.setSizes([form, total - form])

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
        self.toggles = fill_services(self.services_grid, items, destinations)
        self._fix_tab_order()
        self._form_scroll.updateGeometry()  # a scroll area does not tell its layout that its content grew
        self._balance()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.code_edit]  # the first Tab after the code goes to the services
        for toggle in self.toggles:
            chain.extend(toggle.focus_widgets())
        chain.extend([self.channel, self.note, self.save_button])
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _focus_services(self) -> None:
        if self.toggles:
            self.toggles[0].check.setFocus(Qt.FocusReason.TabFocusReason)

    # ----------------------------------------------------------------- code
    def _code_keys(self, obj, event) -> bool:
        if obj is self.code_edit and event.type() == QEvent.Type.FocusOut:
            self.matches.hide()
        if obj is self.code_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                row = self.matches.currentRow()
                row = row + 1 if key == Qt.Key.Key_Down else row - 1
                row = max(0, min(self.matches.count() - 1, row))
                self.matches.setCurrentRow(row)
                return True
            if event.matches(QKeySequence.StandardKey.Undo) and not self.code_edit.text():
                self.undo_last()  # nothing typed since the save: Ctrl+Z means the visit, not the text
                return True
        return False

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
        ok, hits = run_action(self, lambda: self.clients.search(text, limit=MATCHES), inline=self.error)
        if not ok:
            return
        typed = normalise_code(text)
        self.matches.show_hits(hits, under=self.code_edit)
        exact = next((i for i, h in enumerate(hits) if h.code == typed), None)
        if len(hits) == 1 and (exact is not None or len(typed) >= 4):
            self.matches.setCurrentRow(0)
            self.matches.hide()  # nothing to choose: the status below says whose visit it is
        elif exact is not None:
            self.matches.setCurrentRow(exact)
        elif hits:
            self._status(
                self.tr("Several codes start with {typed}. Use the arrow keys to choose, or keep typing.").format(
                    typed=typed
                ),
                "",
            )
        else:
            self._status(
                self.tr(
                    "No client with the code {typed}. Press Ctrl+N to register a new client, or tick Anonymous."
                ).format(typed=typed),
                "warnText",
            )

    def _on_match_row(self, row: int) -> None:
        self._set_client(self.matches.hit(row))

    def _set_client(self, hit) -> None:
        self.client = hit
        self.earlier_today = None
        self.profile_button.setEnabled(hit is not None and self.ctx.can(Permission.CLIENT_VIEW))
        self.same_button.setEnabled(hit is not None and self.ctx.can(Permission.VISIT_RECORD))
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
                    text = QCoreApplication.translate(
                        "FrontDesk", "Visit for {code}: %n visits so far, last {when}.", None, info.visit_count
                    ).format(code=hit.code, when=self._ago(days))
        if self.ctx.can(Permission.VISIT_RECORD):
            ok, earlier = run_action(self, lambda: self.visits.visit_today(hit.id), inline=self.error)
            self.earlier_today = earlier if ok else None
        if self.earlier_today is not None:
            text += " " + self.tr(
                "Already checked in today at {time}. Saving offers to add these services to that visit."
            ).format(time=format_time(self.earlier_today.visited_at))
            self._status(text, "warnStrong")
        else:
            self._status(text, "okStrong")

    def _ago(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return QCoreApplication.translate("FrontDesk", "%n days ago", None, days)

    def _status(self, text: str, tone: str) -> None:
        """The line under the code field, in a tone of the application's sheet ("" for plain text)."""
        self.status.setText(text)
        styled(self.status, tone)

    def _set_status_idle(self) -> None:
        self._status(
            self.tr(
                "Type the client code; matches appear as you type. Up and Down choose, Tab goes to "
                "the services, Enter saves."
            ),
            "quietText",
        )

    def _on_anonymous(self, on: bool) -> None:
        self.code_edit.setEnabled(not on)
        self.matches.setEnabled(not on)
        if on:
            self.code_edit.clear()
            self.matches.clear()
            self._set_client(None)
            self._status(self.tr("Anonymous walk-in: counted, not identified."), "okStrong")
            self._focus_services()
        else:
            self._set_status_idle()
            self.code_edit.setFocus()

    # ------------------------------------------------------------- actions
    def keyPressEvent(self, event):  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.save()
            event.accept()
            return
        key = key_of(event)  # reaches here only from widgets that do not take typing (boxes, buttons)
        toggle = next((t for t in self.toggles if key and t.key == key), None)
        if toggle is not None:
            toggle.check.toggle()
            toggle.check.setFocus(Qt.FocusReason.ShortcutFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def ask(self, text: str, choices: list[tuple[str, str]]) -> str | None:
        """Ask a question with buttons ``(key, label)``; the first is the default. Returns the key or None."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Check-in"), text, QMessageBox.StandardButton.Cancel, self)
        buttons: dict[QAbstractButton | None, str] = {}
        for key, label in choices:
            buttons[box.addButton(label, QMessageBox.ButtonRole.AcceptRole)] = key
        box.setDefaultButton(cast(QPushButton, next(iter(buttons))))  # addButton made each of them
        box.exec()
        return buttons.get(box.clickedButton())

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
                self.error.show_message(
                    self.tr("No client has this code. Register the person first (Ctrl+N) or tick Anonymous.")
                )
                self.focus_code()
                return None
        add_to = None
        if self.client is not None and self.earlier_today is not None:
            answer = self.ask(
                self.tr(
                    "{code} was already checked in today at {time}. Add these services to that "
                    "visit, or save a second visit?"
                ).format(code=self.client.code, time=format_time(self.earlier_today.visited_at)),
                [("add", self.tr("Add to that visit")), ("new", self.tr("Save a second visit"))],
            )
            if answer is None:
                return None
            add_to = self.earlier_today if answer == "add" else None
        if not services and (self.client is not None or anonymous):
            if (
                self.ask(
                    self.tr("This visit has no services. Save it anyway?"), [("save", self.tr("Save without services"))]
                )
                is None
            ):
                self._focus_services()
                return None
        fields = {"code": self.code_edit, "channel": self.channel, "note": self.note}
        if add_to is not None:
            ok, row = run_action(
                self, lambda: self.visits.add_services(add_to.id, services), inline=self.error, fields=fields
            )
        else:
            data = VisitInput(
                client_id=self.client.id if self.client else None,
                channel=self.channel.currentData(),
                services=services,
                note=self.note.text(),
                anonymous=anonymous,
            )
            ok, row = run_action(self, lambda: self.visits.record(data), inline=self.error, fields=fields)
        if not ok:
            return None
        who = row.code or self.tr("an anonymous walk-in")
        self.clear_form()
        self.last_saved = row
        self.escaped = None
        if add_to is not None:
            self.confirmation.setText(
                self.tr("Saved: services added to the visit for {who} at {time}.").format(
                    who=who, time=format_time(row.visited_at)
                )
            )
        else:
            self.confirmation.setText(
                self.tr("Saved: visit for {who} at {time}.").format(who=who, time=format_time(row.visited_at))
            )
        self.refresh_today()
        self.handoff.offer(row)
        self.saved.emit(row)
        return row

    def same_as_last_time(self) -> None:
        """Tick the services (and quantities) of the person's last visit."""
        if self.client is None or not self.ctx.can(Permission.VISIT_RECORD):
            return
        client_id = self.client.id
        ok, last = run_action(self, lambda: self.visits.last_services(client_id), inline=self.error)
        if not ok:
            return
        if not last:
            self.error.show_message(self.tr("This person has no earlier visit with services."))
            return
        by_code = {g.code: g for g in last}
        for toggle in self.toggles:
            toggle.set_given(by_code.get(toggle.item.code))
        self.save_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear_form(self) -> None:
        self.anonymous.blockSignals(True)
        self.anonymous.setChecked(False)
        self.anonymous.blockSignals(False)
        self.code_edit.setEnabled(True)
        self.matches.setEnabled(True)
        self.matches.hide()
        self.code_edit.setText("")  # setText, not clear(): Ctrl+Z must not bring the last code back
        self.matches.clear()
        self.note.setText("")
        self.channel.setCurrentIndex(0)
        for toggle in self.toggles:
            toggle.reset()
        self._set_client(None)
        self.error.clear()
        self.confirmation.clear()
        self._set_status_idle()
        self.focus_code()

    def focus_code(self) -> None:
        self.code_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.code_edit.selectAll()

    # ---------------------------------------------------------------- clients
    def new_client(self) -> None:
        if not self.ctx.can(Permission.CLIENT_REGISTER):
            return
        from dropin.ui.frontdesk.register import RegisterDialog

        dialog = RegisterDialog(self.ctx, self, code=self.code_edit.text())
        if dialog.exec() and dialog.result_client is not None:
            self.use_client(dialog.result_client.id, dialog.result_client.code)
            if dialog.new_code_notice:
                self._status(dialog.new_code_notice, "infoStrong")
        if dialog.safeguarding_saved:
            self.refresh_today()

    def use_client(self, client_id: int, code: str) -> None:
        """Put a (new or chosen) client into the form, ready for services."""
        self.anonymous.setChecked(False)
        self.code_edit.setText(code)
        hit = ClientHit(client_id, code)
        self.matches.show_hits([hit])
        self.matches.setCurrentRow(0)
        self._focus_services()

    def _open_profile(self) -> None:
        if self.client is not None and self.ctx.can(Permission.CLIENT_VIEW):
            self.open_profile.emit(self.client.id)


__all__ = ["CheckInDraft", "CheckInPanel", "ServiceToggle"]
