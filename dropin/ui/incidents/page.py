"""The incidents page: the legal advisor's list and record, and the advocacy report.

Legal advisors see everything here; a manager sees only the advocacy report
(aggregates of consented cases). Everything goes through the services in
:mod:`dropin.incidents`; nothing here reads the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dropin.incidents import choices as ch
from dropin.incidents.service import IncidentService
from dropin.paths import documents_dir
from dropin.reports.periods import YEAR
from dropin.security.permissions import Permission
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    TableView,
    ask_reason,
    fit_headers,
    format_date,
    run_action,
    scrolled,
)
from dropin.ui.incidents.casework import CaseworkPanel
from dropin.ui.incidents.form import IncidentForm
from dropin.ui.periodchooser import PeriodChooser


def when_text(row) -> str:
    """A date as exactly as it is known: "14 May 2026", "May 2026" or "2026"."""
    if row.date_precision == "year":
        return str(row.occurred_on.year)
    if row.date_precision == "month":
        from PySide6.QtCore import QLocale

        return f"{QLocale().standaloneMonthName(row.occurred_on.month)} {row.occurred_on.year}"
    return format_date(row.occurred_on)


class AdvocacyPanel(QGroupBox):
    """The advocacy report for a week, month, quarter, year (the default) or range of days, as PDF and CSV
    (consented cases, aggregates only); the period is chosen as on the Reports page."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Advocacy report (consented cases only, aggregates)"))
        self.ctx = ctx
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        self.chooser = PeriodChooser(ctx.today(), kind=YEAR)
        self.chooser.setObjectName("advocacyPeriod")
        period_label = QLabel(self.tr("Peri&od:"))
        period_label.setBuddy(self.chooser.kind_combo)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()  # until something was saved
        self.error = InlineError()
        row.addWidget(period_label)
        row.addWidget(self.chooser)
        row.addStretch(1)
        box.addLayout(row)
        buttons = QHBoxLayout()  # a row of their own: beside the period they are too wide for a small screen
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.status)
        box.addWidget(self.error)

    def _build(self):
        from dropin.incidents.advocacy import AdvocacyService

        period = self.chooser.period()
        return run_action(
            self,
            lambda: AdvocacyService(self.ctx).build(period.start, period.last_day),
            inline=self.error,
            fields={"from": self.chooser.from_edit, "to": self.chooser.to_edit},
        )

    def save_to(self, path: str | Path, kind: str = "pdf") -> bool:
        from dropin.incidents.advocacy import write_csv
        from dropin.incidents.advocacy_pdf import render_pdf

        self.error.clear()
        ok, report = self._build()
        if not ok:
            return False
        write = render_pdf if kind == "pdf" else write_csv
        ok, out = run_action(self, lambda: write(report, Path(path)), inline=self.error)
        if ok:
            self.status.setText(self.tr("Saved {path}.").format(path=out))
            self.status.show()
        return ok

    def _ask(self, kind: str, pattern: str) -> None:
        from dropin.ui.filedialogs import save_file_name

        suggested = str(documents_dir() / f"advocacy-{self.chooser.period().label}.{kind}")
        path = save_file_name(self, self.tr("Save the advocacy report"), suggested, pattern)
        if path:
            self.save_to(path if path.lower().endswith("." + kind) else f"{path}.{kind}", kind)

    def _ask_pdf(self) -> None:
        self._ask("pdf", self.tr("PDF documents (*.pdf)"))

    def _ask_csv(self) -> None:
        self._ask("csv", self.tr("CSV files (*.csv)"))


class IncidentsPage(QWidget):
    badge_changed = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.advocacy = AdvocacyPanel(ctx) if ctx.can(Permission.INCIDENT_ADVOCACY) else None
        self.service = IncidentService(ctx) if ctx.can(Permission.INCIDENT_RECORD) else None
        if self.service is None:
            note = QLabel(
                self.tr(
                    "Incident details are seen only by legal advisors. The advocacy report counts "
                    "only the cases whose person agreed, and shows no details."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            if self.advocacy is not None:
                layout.addWidget(self.advocacy)
            layout.addStretch(1)
            return
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New incident"))
        self.new_button.setObjectName("newIncident")
        self.new_button.clicked.connect(self.new_incident)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.clicked.connect(self.ask_void)
        self.show_void = QCheckBox(self.tr("Show voided"))
        self.show_void.toggled.connect(lambda _on: self.refresh())
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # beside the tick: wraps rather than widen the list
        bar.addWidget(self.new_button)
        bar.addWidget(self.void_button)
        bar.addStretch(1)
        lbox.addLayout(bar)
        counts = QHBoxLayout()  # the tick beside the count: one row with the buttons is too wide in Kyrgyz
        counts.addWidget(self.count_label, 1)
        counts.addWidget(self.show_void)
        lbox.addLayout(counts)
        self.model = RowsTableModel(
            [
                Column(self.tr("Date"), when_text, sort_key=lambda r: r.occurred_on),
                Column(self.tr("Client"), lambda r: r.code or self.tr("anonymous")),
                Column(
                    self.tr("Who did it"),
                    lambda r: (
                        ch.label(ch.PERPETRATORS, r.perpetrator) if r.perpetrator else self.tr("⚠ waiting for details")
                    ),
                ),
                Column(self.tr("What happened"), lambda r: ", ".join(ch.label(ch.VIOLATIONS, c) for c in r.violations)),
                Column(self.tr("Case"), lambda r: ch.label(ch.OUTCOMES, r.case_outcome) if r.case_outcome else ""),
                Column(self.tr("Consent"), lambda r: self.tr("yes") if r.consent else self.tr("no")),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RowsTableModel.SortRole)
        self.view = TableView()
        self.view.setObjectName("incidentsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.proxy.sort(-1)  # the service's order until a header is clicked: waiting first, then newest
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)  # the columns are fitted when filled (the list scrolls sideways)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        lbox.addWidget(self.view, 1)
        split.addWidget(left)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.form = IncidentForm(ctx)
        self.form.saved.connect(self._saved)
        self.casework = CaseworkPanel(ctx)
        self.casework.changed.connect(lambda: self._reload(self.form.incident_id))
        rbox.addWidget(self.form)
        rbox.addWidget(self.casework)
        rbox.addStretch(1)
        # the form is never cut at its right edge: the list beside it gives way (it scrolls sideways itself)
        split.addWidget(scrolled(right, keep_width=True))
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([720, 646])
        layout.addWidget(split, 1)
        if self.advocacy is not None:  # under both, the width of the page
            layout.addWidget(self.advocacy)

    # ------------------------------------------------------------------ list
    def refresh(self) -> None:
        if self.service is None:
            return
        service, include_void = self.service, self.show_void.isChecked()
        ok, waiting = run_action(self, lambda: service.count(waiting_only=True))
        ok2, total = run_action(self, service.count)
        if ok and ok2:
            self.count_label.setText(
                self.tr("%n incident(s)", None, total)
                + (" · " + self.tr("%n waiting for details", None, waiting) if waiting else "")
            )
            self.badge_changed.emit(self.tr("%n waiting", None, waiting) if waiting else "")
        self.model.set_fetch(lambda offset, limit: service.rows(offset, limit, include_void=include_void))
        fit_headers(self.view)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.row_at(self.proxy.mapToSource(current).row())
            self.open_incident(row.id)

    def open_incident(self, incident_id: int | None) -> None:
        service = self.service
        if incident_id is None or service is None:
            return
        ok, detail = run_action(self, lambda: service.open(incident_id))
        if ok:
            self.form.show_detail(detail)
            self.casework.show_detail(detail)

    def new_incident(self) -> None:
        self.view.clearSelection()
        self.form.new()
        self.casework.show_detail(None)
        self.form.code.setFocus()

    def _reload(self, incident_id: int | None) -> None:
        """The list (consent, case outcome) and the record again, after a change."""
        self.refresh()
        self.open_incident(incident_id)

    def _saved(self, incident_id: int) -> None:
        self._reload(incident_id)
        self.form.confirmation.setText(self.tr("Incident saved."))

    def void_current(self, reason: str) -> bool:
        incident_id, service = self.form.incident_id, self.service
        if incident_id is None or service is None:
            return False
        ok, _ = run_action(self, lambda: service.void(incident_id, reason))
        if ok:
            self.new_incident()
            self.refresh()
        return ok

    def ask_void(self) -> None:
        if self.form.incident_id is None:
            return
        reason = ask_reason(
            self, self.tr("Void incident"), self.tr("Why is this record void? (It is kept, not deleted.)")
        )
        if reason is not None:
            self.void_current(reason)

    def clear_sensitive(self) -> None:
        if self.service is None:
            return
        self.model.set_rows([])
        self.new_incident()
