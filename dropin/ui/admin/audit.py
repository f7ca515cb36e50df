"""Admin → Audit: who did what, filtered; the sensitive events; CSV export; the seal, the check, re-anchoring.

Every list shown here is itself written to the audit log (by the service).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.security.trail import ACTION_LABELS, AREA_LABELS, AREAS, AuditFilter, AuditTrailService, detail_text
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    date_edit_format,
    form_buttons,
    format_datetime,
    format_number,
    on_server,
    run_action,
    run_read,
    shrinkable,
)
from dropin.ui.shell.widgets import hint

OK_STYLE = "color: #2e7d32; font-weight: bold;"
BAD_STYLE = "color: #c62828; font-weight: bold;"


def chain_report_text(report) -> str:
    """The result of a check, in one sentence (the Database and Audit tabs both show it)."""
    if report.ok:
        text = QCoreApplication.translate(
            "Audit", "Audit log intact: %n entries checked, and none is missing at the end.", "", report.entries
        )
        if report.sealed:
            text += " " + QCoreApplication.translate("Audit", "The earlier seal still matches.")
        return text
    if report.first_bad_id is None:
        return QCoreApplication.translate("Audit", "Audit log check failed: {problem}.").format(problem=report.problem)
    return QCoreApplication.translate("Audit", "Audit log broken at entry {id}: {problem}.").format(
        id=report.first_bad_id, problem=report.problem
    )


def chain_label(chain: str | None) -> str:
    labels = {
        None: QCoreApplication.translate("Audit", "Main log"),
        "health": QCoreApplication.translate("Audit", "Health store"),
        "casework": QCoreApplication.translate("Audit", "Case-work store"),
        "legal": QCoreApplication.translate("Audit", "Legal store"),
    }
    return labels.get(chain, chain or "")


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate("Audit", label) if label else action


class ReanchorDialog(QDialog):
    """Asks why the anchor is reset; the reason goes into the log with the re-anchoring."""

    def __init__(self, service: AuditTrailService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.seal = None
        self.setWindowTitle(self.tr("Re-anchor the audit log"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Only when the anchor file was lost or damaged (for example after copying the database to a new "
                    "computer). The anchor will point at the log's end as it is now; the reason and who did it are "
                    "recorded, and seals printed earlier still show any entries that went missing."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(500)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.error, buttons = form_buttons(self, layout, self.save)

    def save(self) -> None:
        ok, seal = run_action(
            self, lambda: self.service.reanchor(self.reason.text()), inline=self.error, fields={"reason": self.reason}
        )
        if ok:
            self.seal = seal
            self.accept()


class AuditTab(QWidget):
    """Filters over a lazy table of entries (newest first), the sensitive events, and the integrity tools."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = AuditTrailService(ctx)
        self.current: AuditFilter | None = None
        self.last_export: tuple[Path, int] | None = None
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("Integrity"), self)
        col = QVBoxLayout(box)
        col.addWidget(
            hint(
                self.tr(
                    "Weekly reports and backups print the log's seal. Enter a seal from an earlier report to check that "
                    "the entries it counted are still there, unchanged."
                ),
                box,
            )
        )
        self.seal_label = QLabel(box)  # on its own line: the seal is long, the row below fits a small screen
        col.addWidget(self.seal_label)
        row = QHBoxLayout()
        self.seal_edit = QLineEdit(box)
        self.seal_edit.setPlaceholderText(self.tr("earlier seal, e.g. 1234:0123456789abcdef"))
        self.seal_edit.setMinimumWidth(320)
        row.addWidget(self.seal_edit)
        self.verify_button = QPushButton(self.tr("&Check the log"), box)
        self.reanchor_button = QPushButton(self.tr("Re-&anchor…"), box)
        row.addWidget(self.verify_button)
        row.addWidget(self.reanchor_button)
        row.addStretch(1)
        col.addLayout(row)
        self.verify_result = QLabel(box)
        self.verify_result.setWordWrap(True)
        col.addWidget(self.verify_result)
        self.verify_error = InlineError(box)
        col.addWidget(self.verify_error)
        if on_server(ctx):  # no anchor file there: the server's trigger refuses any change to the log
            self.reanchor_button.hide()
            col.insertWidget(
                1,
                hint(
                    self.tr(
                        "On the centre's server the log has no anchor file to reset: the server refuses any change "
                        "or removal of its entries, and the seal names its end."
                    ),
                    box,
                ),
            )
        layout.addWidget(box)

        filters = QHBoxLayout()
        self.chain_box = shrinkable(QComboBox(self))  # the main log, or the log kept inside a store this login holds
        for chain in run_read(self, self.service.chains, [None]):
            self.chain_box.addItem(chain_label(chain), chain)
        self.chain_box.setToolTip(
            self.tr(
                "Entries about HIV testing, case-work and legal records are kept in the log inside their own encrypted "
                "store, so that the main log names none of them."
            )
        )
        self.user_box = shrinkable(QComboBox(self), 10)
        self.action_box = shrinkable(QComboBox(self))
        self.area_box = shrinkable(QComboBox(self))
        self.area_box.addItem(self.tr("All areas"), None)
        for area in AREAS:
            self.area_box.addItem(QCoreApplication.translate("Audit", AREA_LABELS[area]), area)
        today = ctx.today()
        self.date_from = QDateEdit(QDate(today - dt.timedelta(days=30)), self)
        self.date_to = QDateEdit(QDate(today), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.sensitive = QCheckBox(self.tr("Only &sensitive events"), self)
        self.sensitive.setToolTip(
            self.tr(
                "Break-glass openings, reads of test records, accounts created, role changes, password resets, "
                "restores, re-anchoring, failed logins and lockouts."
            )
        )
        for label, widget in (
            (self.tr("&Log:"), self.chain_box),
            (self.tr("&User:"), self.user_box),
            (self.tr("Act&ion:"), self.action_box),
            (self.tr("Ar&ea:"), self.area_box),
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            if widget is self.date_from:  # the dates on a second row: one row is too wide in Russian
                filters.addStretch(1)
                layout.addLayout(filters)
                filters = QHBoxLayout()
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.sensitive)
        filters.addStretch(1)
        layout.addLayout(filters)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Sho&w"), self)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.count_label = hint("", self)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.count_label, 1)
        layout.addLayout(buttons)
        self.filter_error = InlineError(self)
        layout.addWidget(self.filter_error)

        self.model = RowsTableModel(
            [
                Column(self.tr("When"), lambda r: format_datetime(r.at)),
                Column(self.tr("User"), lambda r: r.username or ""),
                Column(self.tr("Action"), lambda r: action_label(r.action)),
                Column(
                    self.tr("Area"),
                    lambda r: QCoreApplication.translate("Audit", AREA_LABELS[r.area]) if r.area else "",
                ),
                Column(
                    self.tr("Record"),
                    lambda r: f"{r.entity} #{r.entity_id}" if r.entity and r.entity_id else (r.entity or ""),
                ),
                Column(self.tr("Details"), lambda r: detail_text(r.detail)),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)  # newest first, pulled in pages as the view scrolls
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 120, 190, 170, 150)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.show_button.clicked.connect(self.show_entries)
        self.export_button.clicked.connect(self.choose_export)
        self.verify_button.clicked.connect(self.verify)
        self.reanchor_button.clicked.connect(self.ask_reanchor)
        self.sensitive.toggled.connect(lambda _: self.show_entries())
        self.chain_box.currentIndexChanged.connect(lambda _: self.refresh())

    # ---------------------------------------------------------------- filters
    def filter(self) -> AuditFilter:
        return AuditFilter(
            self.user_box.currentData(),
            self.action_box.currentData(),
            self.area_box.currentData(),
            cast(dt.date, self.date_from.date().toPython()),  # typed object by PySide6's stubs
            cast(dt.date, self.date_to.date().toPython()),
            self.sensitive.isChecked(),
            chain=self.chain_box.currentData(),
        )

    def refresh(self) -> None:
        chain = self.chain_box.currentData()
        names, actions = run_read(self, lambda: self.service.choices(chain), ([], []))
        for box, items, everyone, label in (
            (self.user_box, names, self.tr("Everyone"), str),
            (self.action_box, actions, self.tr("All actions"), action_label),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for item in items:
                box.addItem(label(item), item)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self.show_seal()
        self.show_entries()

    def show_entries(self) -> None:
        ok, current = run_action(
            self,
            lambda: self.service.snapshot(self.filter()),
            inline=self.filter_error,
            fields={"date_to": self.date_to},
        )
        if not ok:
            return
        self.current = current
        total = run_read(self, lambda: self.service.count(current), 0)
        self.count_label.setText(self.tr("%n entries match.", "", total))
        self.model.set_fetch(lambda offset, limit: self.service.entries(current, offset, limit))

    # ------------------------------------------------------------- integrity
    def show_seal(self) -> None:
        seal = run_read(self, self.service.seal)
        if seal is None:
            self.seal_label.clear()
            return
        self.seal_label.setText(
            self.tr("Current seal: {seal} ({count} entries)").format(seal=seal.text, count=format_number(seal.count))
        )

    def verify(self) -> None:
        ok, report = run_action(
            self,
            lambda: self.service.verify(self.seal_edit.text()),
            inline=self.verify_error,
            fields={"seal": self.seal_edit},
        )
        if not ok:
            self.verify_result.clear()
            return
        self.verify_result.setStyleSheet(OK_STYLE if report.ok else BAD_STYLE)
        self.verify_result.setText(chain_report_text(report))
        self.show_seal()

    def ask_reanchor(self) -> None:
        dialog = ReanchorDialog(self.service, self)
        if dialog.exec():
            self.reanchored(dialog.seal)

    def reanchored(self, seal) -> None:
        self.verify_result.setStyleSheet("")
        self.verify_result.setText(
            self.tr("The anchor now points at entry {count}; the re-anchoring is recorded in the log.").format(
                count=seal.count
            )
        )
        self.show_seal()
        self.show_entries()

    # ------------------------------------------------------------------ export
    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit entries"), f"audit-{self.ctx.today():%Y-%m-%d}.csv", self.tr("CSV file (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        ok, rows = run_action(self, lambda: self.service.export_csv(self.filter(), path), inline=self.filter_error)
        if ok:
            self.last_export = (path, rows)
            self.count_label.setText(self.tr("%n entries exported to {path}.", "", rows).format(path=path))
        return ok

    def clear_sensitive(self) -> None:
        self.model.set_rows([])
        self.verify_result.clear()
        self.count_label.clear()
