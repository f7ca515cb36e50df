"""Dates and numbers in the widgets follow the interface language chosen at run time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from dropin.security.roles import Role
from dropin.shelter.stays import StayService
from dropin.testing.kits import KitService
from dropin.ui import common
from dropin.ui.language import manager
from dropin.ui.shelter.page import ShelterPage
from dropin.ui.testing.page import StockTab
from tests.shelter_helpers import D, add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811

NBSP = "\u00a0"


def _tile_text(page: ShelterPage, bed_id: int) -> str:
    tile = next(t for t in page.board.tiles if t.tile.bed_id == bed_id)
    return " ".join(label.text() for label in tile.findChildren(QLabel))


def _shelter_page(qtbot, ctx) -> ShelterPage:
    page = ShelterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_helpers_in_each_language(qapp):
    day, moment = dt.date(2026, 11, 25), dt.datetime(2026, 11, 25, 16, 0)
    try:
        expected = {
            "en": ("25 Nov 2026", "25 Nov 2026 16:00", "1,234,567", "4.5"),
            "ru": ("25.11.2026", "25.11.2026 16:00", f"1{NBSP}234{NBSP}567", "4,5"),
            "uk": ("25.11.2026", "25.11.2026 16:00", f"1{NBSP}234{NBSP}567", "4,5"),
            "ky": ("25.11.2026", "25.11.2026 16:00", f"1{NBSP}234{NBSP}567", "4,5"),
        }
        for language, (date_text, datetime_text, number_text, decimal_text) in expected.items():
            manager().apply(language)
            assert common.format_date(day) == date_text
            assert common.format_datetime(moment) == datetime_text
            assert common.format_time(dt.time(9, 5)) == "09:05"
            assert common.format_number(1234567) == number_text
            assert common.format_number(4.5) == decimal_text
            assert common.format_number(4.5, 1) == decimal_text
            for empty in (
                common.format_date(None),
                common.format_datetime(None),
                common.format_time(None),
                common.format_number(None),
            ):
                assert empty == "—"
        manager().apply("en")
        assert common.date_edit_format() == "d MMM yyyy"
        manager().apply("ru")
        assert common.date_edit_format() == "dd.MM.yyyy"
        assert common.format_date(day, weekday=True) == "ср 25.11.2026"
    finally:
        manager().apply("en")


def test_bed_board_planned_end_follows_the_language(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    StayService(sw).admit(
        "AA01", beds["R1A"], admitted_on=D(2026, 11, 20), planned_end=D(2026, 12, 4), reasons=["homeless"]
    )
    try:
        manager().apply("ru")
        russian = _tile_text(_shelter_page(qtbot, sw), beds["R1A"])
        assert "04.12.2026" in russian
        assert "2026-12-04" not in russian and "Dec" not in russian
    finally:
        manager().apply("en")
    english = _tile_text(_shelter_page(qtbot, sw), beds["R1A"])
    assert "Planned end 4 Dec 2026" in english
    assert "04.12.2026" not in english


def test_kit_stock_numbers_and_dates_follow_the_language(qtbot, ctx_for):
    manager_ctx = ctx_for(Role.MANAGER)
    KitService(manager_ctx).receive("OraQuick", "LOT1", D(2027, 3, 31), 1200, "purchase", received_on=D(2026, 11, 20))

    def cells(tab: StockTab) -> dict[str, str]:
        model = tab.model
        assert model.rowCount(QModelIndex()) == 1
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        return {h: model.index(0, c).data() for c, h in enumerate(headers)}

    try:
        manager().apply("ru")
        tab = StockTab(manager_ctx)
        qtbot.addWidget(tab)
        tab.refresh()
        russian = list(cells(tab).values())
        assert f"1{NBSP}200" in russian
        assert "31.03.2027" in russian and "20.11.2026" in russian
    finally:
        manager().apply("en")
    tab = StockTab(manager_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    english = cells(tab)
    assert english["In"] == "1,200"
    assert english["Expires"] == "31 Mar 2027" and english["Received"] == "20 Nov 2026"


def test_report_preview_in_english_while_the_interface_is_russian(qtbot, ctx_for):
    from dropin.ui.reports.page import ReportsPage

    try:
        manager().apply("ru")
        page = ReportsPage(ctx_for(Role.MANAGER))
        qtbot.addWidget(page)
        page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
        assert page.show_report()
        from dropin.ui.reports.preview import pdf_text

        assert "Weekly summary" in pdf_text(page.pdf)
        page.language_combo.setCurrentIndex(page.language_combo.findData("ru"))
        assert "Weekly summary" not in pdf_text(page.pdf) and "Еженедельная сводка" in pdf_text(page.pdf)
        week = page.selected_week()
        assert f"{week.start:%d.%m.%Y} " in page.week_combo.currentText()  # the week list in Russian dates
    finally:
        manager().apply("en")


def test_service_messages_use_the_language_s_date_form():
    """Dates inside messages made by services follow the interface language too."""
    import datetime as dt

    from dropin import i18n

    day = dt.date(2026, 11, 3)
    try:
        i18n.use_language("ru")
        assert i18n.format_date(day) == "03.11.2026"
        i18n.use_language("en")
        assert i18n.format_date(day) == "3 Nov 2026"
    finally:
        i18n.install(None)
    assert i18n.format_date(None) == "—"
