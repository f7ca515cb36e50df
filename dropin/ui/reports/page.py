"""Reports page: choose a period, preview the summary's real PDF pages, save it, print it, export CSV; centre
name and logo.

The page opens at once: the PDF machinery (ReportLab, PDFium) is imported and
the first report built only after the page is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.i18n import LANGUAGES, translator_for
from dropin.paths import documents_dir
from dropin.reports.service import ReportService, WeeklyReport
from dropin.reports.weeks import recent_weeks
from dropin.security.permissions import Permission
from dropin.ui.common import InlineError, date_edit_format, format_number, run_action
from dropin.ui.filedialogs import existing_folder, open_file_name, save_file_name
from dropin.ui.periodchooser import PeriodChooser, pydate, qdate
from dropin.ui.reports.preview import PdfPreview

FIRST_REPORT_FALLBACK_MS = 500  # the first report is built after the first paint, or after this at the latest


class ReportsPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, loader=None):
        super().__init__(parent)
        self.ctx = ctx
        self.loader = loader
        self.report: WeeklyReport | None = None
        self.pdf: bytes | None = None  # the report's PDF, as previewed, saved and printed
        self._build_after_paint = False
        self.last_export: list[Path] = []

        # --- period and actions; a range of days takes the CSV export's dates ("Dates below")
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.chooser = PeriodChooser(ctx.today(), dates=(self.from_edit, self.to_edit))
        self.kind_combo, self.week_combo = self.chooser.kind_combo, self.chooser.period_combo
        week_label = QLabel(self.tr("Peri&od:"))
        week_label.setBuddy(self.kind_combo)
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("reportVersion")
        self.version_combo.addItem(self.tr("Funder version"), "funder")
        if ctx.can(Permission.REPORT_INTERNAL):
            self.version_combo.addItem(self.tr("Internal version (with the quality page)"), "internal")
        # long items must not widen the window on a small screen
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_combo.setMinimumContentsLength(14)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        language_label = QLabel(self.tr("Report &language:"))
        language_label.setBuddy(self.language_combo)
        self.show_button = QPushButton(self.tr("&Show"))
        self.save_button = QPushButton(self.tr("Save &PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.show_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(week_label)
        top.addWidget(self.chooser)
        top.addWidget(self.version_combo)
        top.addWidget(self.show_button)
        top.addStretch(1)
        # below the preview: what to do with the pages shown (their language, save, print)
        output = QHBoxLayout()
        output.addWidget(language_label)
        output.addWidget(self.language_combo)
        output.addStretch(1)
        output.addWidget(self.save_button)
        output.addWidget(self.print_button)

        # --- CSV export
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        export_box = QGroupBox(self.tr("Export for a funder's system (CSV, one file per area, weekly rows)"))
        export_row = QHBoxLayout(export_box)
        export_row.addWidget(from_label)
        export_row.addWidget(self.from_edit)
        export_row.addWidget(to_label)
        export_row.addWidget(self.to_edit)
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)

        # --- the centre, as printed on page 1 (managers)
        self.centre_edit = QLineEdit()
        self.centre_edit.setObjectName("centreName")
        self.centre_edit.setMaxLength(120)
        self.logo_edit = QLineEdit()
        self.logo_edit.setObjectName("logoPath")
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        centre_label = QLabel(self.tr("&Centre name:"))
        centre_label.setBuddy(self.centre_edit)
        logo_label = QLabel(self.tr("Lo&go:"))
        logo_label.setBuddy(self.logo_edit)
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.centre_button = QPushButton(self.tr("Save centre details"))
        self.targets_button = QPushButton(self.tr("Targets and package…"))
        self.centre_box = QGroupBox(self.tr("Centre details on the report"))
        centre_row = QHBoxLayout(self.centre_box)
        for widget in (
            centre_label,
            self.centre_edit,
            logo_label,
            self.logo_edit,
            self.logo_button,
            self.centre_button,
            self.targets_button,
        ):
            centre_row.addWidget(widget)
        for line_edit in (self.centre_edit, self.logo_edit):
            line_edit.setMinimumWidth(120)
        self.centre_box.setVisible(ctx.can(Permission.SETTINGS_MANAGE))

        self.error = InlineError()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.preview = PdfPreview()
        self.preview.setObjectName("reportPreview")
        self.preview.setAccessibleName(self.tr("Report preview"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(export_box)
        layout.addWidget(self.centre_box)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(output)

        self.show_button.clicked.connect(self.show_report)
        self.chooser.activated.connect(self.show_report)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(self.export_csv)
        self.logo_button.clicked.connect(self.choose_logo)
        self.centre_button.clicked.connect(self.save_centre)
        self.targets_button.clicked.connect(self.edit_targets)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        latest = recent_weeks(self.ctx.today(), 1)[0]  # the export: the last twelve complete weeks
        self.to_edit.setDate(qdate(latest.last_day))
        self.from_edit.setDate(qdate(latest.shifted(-11).start))
        ok, language = run_action(self, lambda: self._service().default_language())
        index = self.language_combo.findData(language if ok else "en")
        self.language_combo.setCurrentIndex(max(0, index))
        self.language_combo.currentIndexChanged.connect(lambda _i: self.report and self._show_preview())
        can_export = ctx.can(Permission.REPORT_EXPORT)
        export_box.setEnabled(can_export)
        if not can_export:
            export_box.setToolTip(self.tr("Your role does not allow exporting figures."))
        if ctx.can(Permission.SETTINGS_MANAGE):
            ok, settings = run_action(self, lambda: self._service().centre_settings())
            if ok:
                self.centre_edit.setText(settings["centre_name"])
                self.logo_edit.setText(settings["logo_path"])
        self._update_buttons()

    # ------------------------------------------------------------ state
    def _service(self) -> ReportService:
        return ReportService(self.ctx, loader=self.loader)

    def selected_week(self):
        """The chosen period (an ISO week unless another kind of period is chosen)."""
        return self.chooser.period()

    def select_week(self, week) -> None:
        self.chooser.select(week)

    def choose_logo(self) -> None:
        path = open_file_name(
            self, self.tr("Choose the centre's logo"), documents_dir(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)

    def targets_dialog(self):
        from dropin.ui.reports.targets import TargetsDialog

        return TargetsDialog(self._service(), self)

    def edit_targets(self) -> None:
        if self.targets_dialog().exec():
            self.status.setText(self.tr("Targets and package saved; they appear on the next report."))

    def save_centre(self) -> bool:
        name, logo = self.centre_edit.text(), self.logo_edit.text()
        ok, _ = run_action(
            self,
            lambda: self._service().set_centre_settings(centre_name=name, logo_path=logo),
            inline=self.error,
            fields={"centre_name": self.centre_edit, "logo_path": self.logo_edit},
        )
        if ok:
            self.status.setText(self.tr("Centre details saved; they appear on the next report."))
        return ok

    def _update_buttons(self) -> None:
        ready = self.report is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def refresh(self) -> None:
        """Shown: build the first report just after the page has been painted (it takes a moment)."""
        if self.report is None:
            self.status.setText(self.tr("Preparing the weekly summary…"))
            self._build_after_paint = True
            self.update()
            QTimer.singleShot(FIRST_REPORT_FALLBACK_MS, self._first_report)  # in case the page is never painted

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._build_after_paint:
            self._build_after_paint = False
            from dropin.ui import warmup

            # ReportLab, PDFium and the solver load from now on: earlier they would slow the page's own first paint
            warmup.start_reports()
            QTimer.singleShot(0, self._first_report)

    def _first_report(self) -> None:
        if self.report is None:
            self.show_report()

    def clear_sensitive(self) -> None:
        self.report = None
        self.pdf = None
        self.preview.clear()
        self.status.clear()
        self._update_buttons()

    # ---------------------------------------------------------- actions
    def show_report(self) -> bool:
        week = self.selected_week()
        internal = self.version_combo.currentData() == "internal"
        ok, report = run_action(
            self,
            lambda: self._service().build(week, internal=internal),
            inline=self.error,
            fields={"from": self.from_edit, "to": self.to_edit},
        )
        if ok:
            self.report = report
            self._show_preview()
            self.status.setText(
                self.tr("Summary for {period}, built in {ms} ms. Small counts are hidden.").format(
                    period=report.week.label, ms=format_number(round(report.build_seconds * 1000))
                )
            )
        self._update_buttons()
        return ok

    def report_language(self) -> str:
        return self.language_combo.currentData() or "en"

    def _translator(self):
        """The report's own language (a manager may print in English while working in Russian)."""
        # English too gets its own translator: without one the report would follow the interface language.
        return translator_for(self.report_language())

    def _show_preview(self) -> None:
        from dropin.reports.pdf import pdf_bytes

        scroll = self.preview.verticalScrollBar().value()
        report, translator = self.report, self._translator()
        if report is None:
            return
        ok, pdf = run_action(self, lambda: pdf_bytes(report, translator), inline=self.error)
        self.pdf = pdf if ok else None
        self.preview.set_pdf(self.pdf)
        self.preview.verticalScrollBar().setValue(scroll)

    def save_pdf_to(self, path: str | Path) -> bool:
        if self.report is None and not self.show_report():
            return False
        from dropin.reports.pdf import render_pdf

        report = self.report
        if report is None:
            return False
        translator = self._translator()
        ok, out = run_action(self, lambda: render_pdf(report, Path(path), translator), inline=self.error)
        if ok:
            self.status.setText(self.tr("Saved {path}.").format(path=out))
        return ok

    def save_pdf(self) -> None:
        if self.report is None:
            return
        suggested = str(documents_dir() / f"weekly-summary-{self.report.week.label}.pdf")
        path = save_file_name(self, self.tr("Save weekly summary"), suggested, self.tr("PDF documents (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf_to(path)

    def print_to(self, printer) -> int:
        """Print the summary's PDF pages, each scaled to the paper, on a configured printer."""
        from dropin.ui.reports.preview import print_pdf

        if self.pdf is None:
            return 0
        return print_pdf(self.pdf, printer)

    def print_report(self) -> None:
        if self.report is None:
            return
        try:
            from PySide6.QtGui import QPageSize
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:  # pragma: no cover - depends on the Qt build
            self.error.show_message(self.tr("Printing is not available here. Save the PDF and print it instead."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print weekly summary"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            ok, _ = run_action(self, lambda: self.print_to(printer), inline=self.error)
            if ok:
                self.status.setText(self.tr("Sent the weekly summary to the printer."))

    def export_to(self, folder: str | Path) -> bool:
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        from dropin.reports.export import export

        ok, result = run_action(
            self,
            lambda: export(self.ctx, first, last, Path(folder), loader=self.loader),
            inline=self.error,
            fields={"from": self.from_edit, "to": self.to_edit},
        )
        if ok:
            data, paths = result
            self.last_export = paths
            self.status.setText(
                self.tr("Exported {weeks} weeks to {folder}: {files}.").format(
                    weeks=format_number(len(data.weeks)), folder=folder, files=", ".join(p.name for p in paths)
                )
            )
        return ok

    def export_csv(self) -> None:
        folder = existing_folder(self, self.tr("Choose a folder for the CSV files"), documents_dir())
        if folder:
            self.export_to(folder)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.week_combo.hasFocus():
            self.show_report()
            return
        super().keyPressEvent(event)
