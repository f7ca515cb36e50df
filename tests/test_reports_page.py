"""The Reports page: week chooser, preview, Save PDF, print, CSV export, and a screenshot."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from dropin.context import CurrentUser, ServiceContext
from dropin.security.roles import Role
from dropin.ui.reports.preview import pdf_text, render_pages
from tests.conftest import save_screenshot
from tests.test_reports_support import WEEK, fake_areas, loader_for


def ink_box(image) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of everything that is not white."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 235:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def difference(a, b) -> float:
    """Mean difference of lightness between two same-sized images, from 0 (same) to 1."""
    total = sum(
        abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness())
        for y in range(a.height())
        for x in range(a.width())
    )
    return total / (255 * a.width() * a.height())


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
    assert page.report is None  # the page opens at once; the report follows
    qtbot.waitUntil(lambda: page.report is not None)
    text = " ".join(pdf_text(page.pdf).split())
    assert "Week 47, 2026" in text and "Contacts (visits)" in text and "123" in text and "<5" in text
    assert "No data recorded for this area." in text
    # the preview shows the PDF's own pages
    assert len(page.preview.labels) == len(PdfReader(io.BytesIO(page.pdf)).pages) >= 2
    assert page.preview.labels[0].pixmap().width() > 400
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    save_screenshot(page, "reports_page.png")


def test_the_preview_holds_images_only_of_the_pages_near_the_view(page, qtbot):
    assert page.show_report()
    preview = page.preview
    pages = len(PdfReader(io.BytesIO(page.pdf)).pages)
    assert pages >= 2 and len(preview.labels) == pages
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    preview.setFixedHeight(240)  # about a fifth of a page in view
    qtbot.waitUntil(lambda: preview.viewport().height() < 300)
    preview.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: preview.rendered_pages() == [0])
    assert all(label.pixmap().isNull() for label in preview.labels[1:])  # the others are blank, of their size
    assert preview.labels[-1].minimumHeight() > 600
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end: the last page is drawn, the first one let go
    qtbot.waitUntil(lambda: preview.rendered_pages() == [pages - 1])
    last = preview.labels[-1].pixmap()
    assert not last.isNull() and last.width() == preview.labels[-1].minimumWidth()
    assert preview.labels[0].pixmap().isNull()


def test_choosing_another_week(page):
    page.select_week(WEEK.previous())
    assert page.show_report()
    assert page.report.week == WEEK.previous()
    assert "Week 46, 2026" in " ".join(pdf_text(page.pdf).split())


def test_save_pdf_and_print(page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    assert page.save_pdf_to(tmp_path / "summary.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "summary.pdf").pages)
    assert "Weekly summary" in text and "\n123\n111\n" in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    original = (tmp_path / "summary.pdf").read_bytes()
    assert page.print_to(printer) == len(PdfReader(io.BytesIO(original)).pages)
    printed = (tmp_path / "printed.pdf").read_bytes()
    printed_pages = PdfReader(io.BytesIO(printed)).pages
    assert len(printed_pages) == len(PdfReader(io.BytesIO(original)).pages)
    for sheet in printed_pages:  # A4 sheets: 595 x 842 points
        assert abs(float(sheet.mediabox.width) - 595.3) < 2 and abs(float(sheet.mediabox.height) - 841.9) < 2
    # each printed page looks like the PDF page: same size, same place, nothing cut at the margins
    for mine, theirs in zip(render_pages(printed, 40), render_pages(original, 40), strict=True):
        assert (mine.width(), mine.height()) == (theirs.width(), theirs.height())
        assert ink_box(mine) == pytest.approx(ink_box(theirs), abs=3)
        assert difference(mine, theirs) < 0.04


def test_export_csv(page, tmp_path):
    assert page.export_to(tmp_path)
    assert sorted(p.name for p in page.last_export) == [
        "access.csv",
        "children.csv",
        "incidents.csv",
        "outreach.csv",
        "reach.csv",
        "shelter.csv",
        "testing.csv",
        "visits.csv",
    ]
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
    assert page.report.week == per.Quarter(2026, 3) and "Quarter 3, 2026" in pdf_text(page.pdf)
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


def test_choosing_a_logo_goes_through_the_safe_file_dialog(page, monkeypatch, tmp_path):
    import dropin.ui.reports.page as module

    asked = []

    def fake_open(parent, title, folder, name_filter=""):
        asked.append((title, folder, name_filter))
        return str(tmp_path / "logo.png")

    monkeypatch.setattr(module, "open_file_name", fake_open)
    page.logo_button.click()
    assert page.logo_edit.text() == str(tmp_path / "logo.png")
    assert asked and "*.png" in asked[0][2]
    monkeypatch.setattr(module, "open_file_name", lambda *args, **kwargs: "")
    page.logo_button.click()  # cancelled: the chosen logo stays
    assert page.logo_edit.text() == str(tmp_path / "logo.png")
