"""At check-in: after a visit with "Violence report", offer to open an incident for the legal advisor.

Only the client code (or none, for an anonymous walk-in) and the date go
across; the desk sees nothing of the incident afterwards.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dropin.incidents.service import IncidentService
from dropin.security.permissions import Permission
from dropin.ui.common import run_action

VIOLENCE_SERVICE = "violence_report"


class HandoffOffer(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pending: tuple[int | None, dt.date] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Open an incident for the legal advisor"))
        self.button.setObjectName("handoffButton")
        self.button.clicked.connect(self.hand_off)
        self.note = QLabel()
        self.note.setObjectName("handoffNote")
        self.note.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(self.note, 1)
        self.hide()

    def offer(self, visit) -> None:
        """Show the offer after a saved visit that included "Violence report"; hide it otherwise."""
        self.pending = None
        if VIOLENCE_SERVICE in getattr(visit, "service_codes", ()) and self.ctx.can(Permission.INCIDENT_HANDOFF):
            self.pending = (visit.client_id, visit.visited_at.date())
            self.note.setText(
                self.tr(
                    "Only the code and date go to the legal advisor, who will talk with the "
                    "person. Nothing is reported to anyone else."
                )
            )
            self.button.show()
            self.show()
        else:
            self.hide()

    def hand_off(self) -> bool:
        if self.pending is None:
            return False
        client_id, day = self.pending
        ok, _ = run_action(self, lambda: IncidentService(self.ctx).hand_off(client_id, day))
        if ok:
            self.pending = None
            self.button.hide()
            self.note.setText(self.tr("An incident was opened for the legal advisor."))
        return ok
