"""What a check-in desk keeps between actions: the half-filled form (Escape and Ctrl+R, the lock screen's draft) and
the visits saved here (today's list; Ctrl+Z undoes the last one). Part of :class:`~dropin.ui.frontdesk.checkin.CheckInPanel`,
whose widgets and services it uses; its texts are in the panel's translation context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dropin.clients.service import ClientHit
from dropin.security.permissions import Permission
from dropin.ui.common import ask_reason, format_time, run_action
from dropin.visits.service import ServiceGiven

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

    from dropin.ui.common import InlineError, RowsTableModel
    from dropin.ui.frontdesk.matches import MatchList
    from dropin.ui.frontdesk.services import ServiceToggle
    from dropin.ui.frontdesk.today import TodayList
    from dropin.visits.service import VisitService


@dataclass(frozen=True)
class CheckInDraft:
    """A half-filled form, kept in memory while the screen is locked or after Escape (never saved to disk)."""

    code: str
    client: ClientHit | None
    anonymous: bool
    channel: str
    services: tuple[ServiceGiven, ...]
    note: str


class DeskMemory(QWidget):
    """Drafts and undo: the base of :class:`~dropin.ui.frontdesk.checkin.CheckInPanel`, which makes what is named here."""

    ctx: Any
    visits: VisitService
    toggles: list[ServiceToggle]
    client: ClientHit | None
    escaped: CheckInDraft | None
    last_saved: Any  # the VisitRow saved last at this desk
    code_edit: QLineEdit
    anonymous: QCheckBox
    channel: QComboBox
    note: QLineEdit
    matches: MatchList
    error: InlineError
    confirmation: QLabel
    today: TodayList
    today_label: QLabel
    today_model: RowsTableModel
    _status: Callable[[str, str], None]
    clear_form: Callable[[], None]
    use_client: Callable[[int, str], None]
    _on_code_edited: Callable[[str], None]

    # ---------------------------------------------------------------- drafts
    def take_draft(self) -> CheckInDraft | None:
        """The half-filled form, or None when there is nothing in it."""
        services = tuple(g for g in (t.given() for t in self.toggles) if g is not None)
        draft = CheckInDraft(
            self.code_edit.text(),
            self.client,
            self.anonymous.isChecked(),
            self.channel.currentData(),
            services,
            self.note.text(),
        )
        empty = not (
            draft.code.strip()
            or draft.anonymous
            or draft.services
            or draft.note.strip()
            or self.channel.currentIndex() > 0
        )
        return None if empty else draft

    def restore_draft(self, draft: CheckInDraft | None) -> None:
        if draft is None:
            return
        self.clear_form()
        if draft.anonymous:
            self.anonymous.setChecked(True)
        elif draft.client is not None:
            self.use_client(draft.client.id, draft.client.code)
        else:
            self.code_edit.setText(draft.code)
            self._on_code_edited(draft.code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
        by_code = {g.code: g for g in draft.services}
        for toggle in self.toggles:
            toggle.set_given(by_code.get(toggle.item.code))
        self.note.setText(draft.note)

    def escape(self) -> None:
        """Close the match list if it is open; else clear the form, keeping what was in it: Ctrl+R brings it back."""
        if self.matches.isVisible():
            self.matches.hide()
            return
        draft = self.take_draft()
        self.clear_form()
        if draft is not None:
            self.escaped = draft
            self._status(
                QCoreApplication.translate("CheckInPanel", "The form was cleared. Press Ctrl+R to bring it back."),
                "quietText",
            )

    def bring_back(self) -> None:
        draft, self.escaped = self.escaped, None
        self.restore_draft(draft)

    # ---------------------------------------------------------------- today
    def refresh_today(self) -> None:
        if not self.ctx.can(Permission.VISIT_VIEW):
            self.today_label.setText(QCoreApplication.translate("CheckInPanel", "Today"))
            return
        today = self.ctx.today()
        ok, rows = run_action(self, lambda: self.visits.today(today))
        if ok:
            self.today.show_rows(today, rows)

    def selected_visit(self):
        return self.today.selected()

    def ask_reason(self, question: str) -> str | None:
        return ask_reason(
            self,
            QCoreApplication.translate("CheckInPanel", "Undo visit"),
            question,
            text=QCoreApplication.translate("CheckInPanel", "Entered by mistake"),
        )

    def undo_last(self) -> None:
        """Ctrl+Z: undo the last visit saved at this desk (else the one selected in today's list)."""
        self.undo_visit(self.last_saved or self.selected_visit())

    def undo_selected(self) -> None:
        """The Undo button: the visit selected in today's list (else the last one saved here)."""
        self.undo_visit(self.selected_visit() or self.last_saved)

    def undo_visit(self, row) -> None:
        if not self.ctx.can(Permission.VISIT_VOID):
            return
        if row is None:
            self.error.show_message(
                QCoreApplication.translate(
                    "CheckInPanel", "Nothing was saved at this desk yet. Select a visit in today's list first."
                )
            )
            return
        if row.voided or any(r.id == row.id and r.voided for r in self.today_model.rows()):
            self.error.show_message(QCoreApplication.translate("CheckInPanel", "This visit has already been undone."))
            return
        who = row.code or QCoreApplication.translate("CheckInPanel", "an anonymous walk-in")
        reason = self.ask_reason(
            QCoreApplication.translate(
                "CheckInPanel", "Undo the visit for {who} saved at {time}? Why is it being undone?"
            ).format(who=who, time=format_time(row.visited_at))
        )
        if reason is None:
            return
        ok, _ = run_action(self, lambda: self.visits.void(row.id, reason), inline=self.error)
        if ok:
            if self.last_saved is not None and self.last_saved.id == row.id:
                self.last_saved = None
            self.confirmation.setText(
                QCoreApplication.translate("CheckInPanel", "The visit for {who} at {time} was undone.").format(
                    who=who, time=format_time(row.visited_at)
                )
            )
            self.refresh_today()
