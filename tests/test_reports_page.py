"""The Reports page: week chooser, preview, Save PDF, print, CSV export, and a screenshot."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from dropin.context import CurrentUser, ServiceContext
from dropin.security.roles import Role
from tests.conftest import save_screenshot
from tests.test_reports_support import WEEK, fake_areas, loader_for


@pytest.fixture
def page(qtbot, db, clock):
    from PySide6.QtGui import QFontDatabase

    from dropin.paths import resources_dir
    from dropin.ui.reports.page import ReportsPage

    QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "DejaVuSans.ttf"))
    ctx = ServiceContext(db, CurrentUser(1, "manager", Role.MANAGER), clock)
    widget = ReportsPage(ctx, loader=loader_for(fake_areas(missing=("dropin.children.indicators",))))
    qtbot.addWidget(widget)
    return widget


def test_defaults_to_last_complete_week_and_previews(page, qtbot):
    assert page.selected_week() == WEEK
    assert not page.save_button.isEnabled()
    page.refresh()
    text = page.preview.toPlainText()
    assert "Week 47, 2026" in text and "Contacts (visits)" in text and "123" in text and "<5" in text
    assert "No data recorded for this area." in text
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    save_screenshot(page, "reports_page.png")


def test_choosing_another_week(page):
    page.select_week(WEEK.previous())
    assert page.show_report()
    assert page.report.week == WEEK.previous()
    assert "Week 46, 2026" in page.preview.toPlainText()


def test_save_pdf_and_print(page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    assert page.save_pdf_to(tmp_path / "summary.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages)
    assert "Weekly summary" in text and "\n123\n111\n" in text
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_to(printer)
    printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "printed.pdf").pages)
    assert "Contacts (visits)" in printed and "123" in printed and "Numerator Denominator" in printed


def test_export_csv(page, tmp_path):
    assert page.export_to(tmp_path)
    assert sorted(p.name for p in page.last_export) == ["children.csv", "reach.csv", "shelter.csv", "testing.csv", "visits.csv"]
    assert "2026W47" in (tmp_path / "visits.csv").read_text(encoding="utf-8")
    page.to_edit.setDate(page.from_edit.date().addDays(-1))
    assert not page.export_to(tmp_path)
    assert page.error.isVisibleTo(page) and "before the start" in page.error.text()


def test_period_kind_lists_months_and_quarters(page):
    from dropin.reports import periods as per

    page.kind_combo.setCurrentIndex(page.kind_combo.findData("quarter"))
    assert page.selected_week() == per.Quarter(2026, 4)  # the running quarter first (figures "as of" today)
    page.week_combo.setCurrentIndex(1)
    assert page.selected_week() == per.Quarter(2026, 3)
    assert page.show_report()
    assert page.report.week == per.Quarter(2026, 3) and "Quarter 3, 2026" in page.preview.toPlainText()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("range"))
    assert not page.week_combo.isEnabled() and page.selected_week().kind == "range"


def test_centre_details_targets_and_package_are_saved(page, qtbot):
    from dropin.reports.service import ReportService

    page.centre_edit.setText("Harbour centre")
    page.logo_edit.setText("/no/such/logo.png")
    assert not page.save_centre()  # an unreadable logo is refused with a message
    assert "logo" in page.error.text().lower()
    page.logo_edit.clear()
    assert page.save_centre()
    dialog = page.targets_dialog()
    qtbot.addWidget(dialog)
    dialog.spins["testing.hts_tst"].setValue(1500)
    dialog.parts["information"].setChecked(False)
    assert dialog.save()
    settings = ReportService(page.ctx).centre_settings()
    assert settings["centre_name"] == "Harbour centre" and settings["targets"] == {"testing.hts_tst": 1500.0}
    assert settings["package"] == {"service_groups": [["male_condoms", "female_condoms"]], "hiv_test_offered": True}
    assert page.show_report()
    line = page.report.line("testing.hts_tst")
    assert line.target == 1500.0 and line.progress is not None

