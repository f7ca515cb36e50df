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
