"""The testing page: read-timer board driven by a fake clock, overdue list on top, roles, screenshots."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dropin.security.roles import Role
from dropin.testing.referrals import ReferralService
from dropin.testing.rules import Window
from dropin.testing.service import TestService
from dropin.ui.testing.board import ReadTimerBoard
from dropin.ui.testing.overdue import OverdueBanner
from dropin.ui.testing.page import TestingPage
from tests.conftest import NOW, save_screenshot
from tests.test_hts_service import (  # noqa: F401  (fixtures)
    add_clients,
    add_destination,
    counsel,
    db,
    hts_template,
    receive,
    users,
)


def _font():
    from PySide6.QtGui import QFontDatabase

    font = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"
    if font.exists():
        QFontDatabase.addApplicationFont(str(font))


def _shot(widget, name):
    from PySide6.QtWidgets import QApplication

    widget.layout().activate()
    QApplication.processEvents()
    save_screenshot(widget, name)


@pytest.fixture
def counsellor(ctx_for):
    return ctx_for(Role.PEER_COUNSELLOR)


def test_board_with_fake_clock(qtbot, counsellor, clock):
    add_clients(counsellor, "AB01", "CD02", "EF03")
    add_destination(counsellor)
    lot = receive(counsellor, lot="LOT7")
    for code in ("AB01", "CD02", "EF03"):
        counsel(counsellor, code)
    board = ReadTimerBoard(counsellor, clock)
    board.timer.stop()  # the test drives the ticks
    qtbot.addWidget(board)
    board.resize(1100, 600)
    board.show()
    qtbot.waitExposed(board)
    board.refresh()
    assert board.lot.currentData() == lot.id

    # start two tests five minutes apart through the widget
    qtbot.keyClicks(board.client_code, "ab01")
    qtbot.mouseClick(board.start_button, Qt.MouseButton.LeftButton)
    assert not board.error.isVisible(), board.error.text()
    clock.advance(minutes=5)
    board.client_code.setText("CD02")
    qtbot.mouseClick(board.start_button, Qt.MouseButton.LeftButton)
    assert len(board.tiles) == 2
    first, second = (board.tiles[k] for k in sorted(board.tiles))
    assert first.code.text() == "AB01" and "LOT7" in first.kit.text()
    assert first.state is Window.TOO_EARLY and not first.result_button.isEnabled()
    assert "Readable in 15:00" in first.countdown.text()

    clock.advance(minutes=14, seconds=59)
    board.tick()
    assert first.state is Window.TOO_EARLY and board.beeps == 0
    clock.advance(seconds=1)  # first test at 20:00
    board.tick()
    assert first.state is Window.READABLE and first.result_button.isEnabled()
    assert second.state is Window.TOO_EARLY
    assert board.beeps == 1 and "#2e7d32" in first.styleSheet()
    assert "Read now — 20:00 left" in first.countdown.text()

    # enter a reactive result from the lines; a referral appears
    qtbot.mouseClick(first.result_button, Qt.MouseButton.LeftButton)
    assert board.panel.isVisible()
    board.panel.control.setChecked(True)
    board.panel.test_line.setChecked(True)
    assert "Reactive" in board.panel.derived.text() and board.panel.referral_box.isVisible()
    qtbot.mouseClick(board.panel.save, Qt.MouseButton.LeftButton)
    assert not board.panel.isVisible()
    assert list(board.tiles) == [second.test.id]
    assert "referral" in board.notice.text()
    assert len(ReferralService(counsellor).open_referrals()) == 1

    # second test runs past 40:00: only "invalid — repeat"
    second = board.tiles[second.test.id]
    clock.advance(minutes=25)
    board.tick()
    assert second.state is Window.READABLE
    clock.advance(minutes=1)  # 41:00
    board.tick()
    assert second.state is Window.TOO_LATE and second.late_button.isVisibleTo(second)
    assert not second.result_button.isVisibleTo(second)
    assert "#c62828" in second.styleSheet()
    qtbot.mouseClick(second.late_button, Qt.MouseButton.LeftButton)
    assert board.repeat_button.isVisibleTo(board) and "invalid" in board.notice.text()
    qtbot.mouseClick(board.repeat_button, Qt.MouseButton.LeftButton)
    assert len(board.tiles) == 1
    repeat = next(iter(board.tiles.values()))
    assert repeat.test.repeat_of_id == second.test.id and "repeat" in repeat.kit.text()


def test_page_overdue_list_on_top_and_screenshots(qtbot, counsellor, clock):
    _font()
    codes = ["KX11", "MR27", "TB35", "ZL48", "QA52", "NV63"]
    add_clients(counsellor, *codes)
    add_destination(counsellor)
    add_destination(counsellor, "Regional AIDS Centre")
    clock.set(NOW - dt.timedelta(days=20))
    lot = receive(counsellor, lot="OQ2411", qty=120, expiry=NOW.date() + dt.timedelta(days=200))
    receive(counsellor, lot="OQ2409", qty=30, expiry=NOW.date() + dt.timedelta(days=40))
    tests = TestService(counsellor)
    for _i, code in enumerate(codes[:3]):
        t = tests.start_test(counsel(counsellor, code).id, lot.id)
        clock.advance(minutes=25)
        tests.record_result(t.id, True, True)
        clock.advance(days=4)
    clock.set(NOW)
    for code in codes[3:]:
        counsel(counsellor, code)
    page = TestingPage(counsellor)
    page.board.timer.stop()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    banner = page.overdue
    assert banner.badge.text() == "3"
    assert [r.client_code for r in banner.model.rows()] == ["KX11", "MR27", "TB35"]
    assert [r.days_overdue for r in banner.model.rows()] == [13, 9, 5]
    assert banner.geometry().top() < page.tabs.geometry().top()  # on top of the page
    for code in codes[3:]:
        page.board.client_code.setText(code)
        page.board.start_test()
        clock.advance(minutes=7)
    page.board.tick()
    assert len(page.board.tiles) == 3
    states = sorted(t.state.value for t in page.board.tiles.values())
    assert states == ["readable", "too_early", "too_early"]
    _shot(page, "testing_board.png")
    page.show_tab(page.referrals)
    page.referrals.view.selectRow(0)
    _shot(page, "testing_referrals.png")
    page.show_tab(page.stock)
    _shot(page, "testing_stock.png")
    assert "on hand 144" in page.stock.totals.text()
    page.show_tab(page.qc)
    _shot(page, "testing_qc.png")
    page.show_tab(page.counselling)
    page.counselling.prep.setChecked(True)
    assert page.counselling.warning.isVisibleTo(page.counselling)
    _shot(page, "testing_counselling.png")
    page.clear_sensitive()
    assert banner.model.rowCount() == 0 and not page.board.tiles


def test_front_desk_and_manager_pages(qtbot, ctx_for):
    manager = TestingPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(manager)
    titles = [manager.tabs.tabText(i) for i in range(manager.tabs.count())]
    assert titles == ["Kit stock", "Quality control", "Open one record (break-glass)"]
    # no overdue banner is built for a role that does not follow referrals up (it would only slow the first visit)
    assert manager.overdue is None and manager.findChild(OverdueBanner) is None
    manager.refresh()
    manager.clear_sensitive()
    front = TestingPage(ctx_for(Role.FRONT_DESK))
    qtbot.addWidget(front)
    assert front.tabs.count() == 0


def test_where_the_test_is_done_is_recorded_from_the_counselling_form_and_the_paper_entry(qtbot, counsellor, clock):
    from sqlalchemy import select

    from dropin.models.testing import HivTest

    add_clients(counsellor, "WHERE1", "WHERE2")
    lot = receive(counsellor, lot="OQ77", qty=20, expiry=NOW.date() + dt.timedelta(days=200))
    TestService(counsellor).start_test(counsel(counsellor, "WHERE2").id, lot.id)  # the counsellor's first test
    page = TestingPage(counsellor)
    page.board.timer.stop()
    qtbot.addWidget(page)
    page.refresh()
    page.show_tab(page.counselling)
    form = page.counselling
    assert form.modality.currentData() == "drop_in"  # the testing page is at the drop-in
    form.client_code.setText("WHERE1")
    form.pre.setChecked(True)
    form.consent.setChecked(True)
    form.modality.setCurrentIndex(form.modality.findData("outreach"))
    form.save_start.click()
    assert not form.error.isVisible(), form.error.text()
    assert form.modality.currentData() == "drop_in"  # the next person starts from the default again
    with counsellor.transaction() as s:
        where = dict(s.execute(select(HivTest.client_id, HivTest.modality)).all())
    assert sorted(where.values()) == ["drop_in", "outreach"]
    page.show_tab(page.retro)
    assert page.retro.modality.currentData() == "drop_in" and page.retro.modality.isEnabled()
