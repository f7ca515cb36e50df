"""The counsellor's bench through real widgets and a fake clock: the paper form resets, one-action
save-and-start, the quality block, visible row marks, alerts through the lock, follow-up updates,
history, the slip, screen fit and confirmations."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from dropin.models.clients import Client
from dropin.models.testing import CounsellingSession
from dropin.security.roles import Role
from dropin.testing.kits import KitService, QcService
from dropin.testing.referrals import ReferralService
from dropin.testing.service import TestService
from dropin.ui import notify
from dropin.ui.testing.counselling import CounsellingForm
from dropin.ui.testing.page import TestingPage
from dropin.ui.testing.paper import RetrospectiveForm
from tests.conftest import NOW, PASSWORD, save_screenshot
from tests.test_hts_service import (  # noqa: F401  (fixtures)
    add_clients,
    add_destination,
    audit_rows,
    counsel,
    counsellor,
    db,
    hts_template,
    receive,
    users,
)


def _sessions(ctx) -> int:
    with ctx.transaction() as s:
        return s.scalar(select(func.count()).select_from(CounsellingSession))


def _page(qtbot, ctx, size=(1366, 700)) -> TestingPage:
    page = TestingPage(ctx)
    page.board.timer.stop()  # the test drives the ticks with the fake clock
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


# ------------------------------------------------------------------ the paper form
def test_paper_form_resets_after_save_on_tab_switch_and_on_lock(qtbot, counsellor, clock):
    add_clients(counsellor, "PF1", "PF2")
    add_destination(counsellor)
    add_destination(counsellor, "Regional AIDS Centre")
    receive(counsellor)
    counsel(counsellor, "PF1", session_at=NOW - dt.timedelta(hours=1))
    page = _page(qtbot, counsellor)
    form = page.retro
    page.show_tab(form)

    def fill(code):
        form.client_code.setText(code)
        form.started.setDateTime(form.started.dateTime().addSecs(-50 * 60))
        form.read.setDateTime(form.read.dateTime().addSecs(-20 * 60))
        form.control.setCurrentIndex(form.control.findData(True))
        form.test_line.setCurrentIndex(form.test_line.findData(True))
        form.given.setChecked(True)

    fill("PF1")
    assert form.referral.isVisibleTo(form)  # reactive: where to refer is asked on paper too
    form.referral.destination.setCurrentIndex(form.referral.destination.findText("Regional AIDS Centre"))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    assert "PF1" in form.saved.text() and "Reactive" in form.saved.text()
    QApplication.processEvents()
    save_screenshot(page, "paper_after_save.png")

    def empty():
        return (
            form.client_code.text() == ""
            and form.control.value() is None
            and form.test_line.value() is None
            and not form.given.isChecked()
            and form.current_result() is None
            and "Reactive" not in form.derived.text()
        )

    assert empty()
    assert ReferralService(counsellor).open_referrals()[0].destination == "Regional AIDS Centre"
    # saving without choosing the lines is refused: no default result
    form.client_code.setText("PF2")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.error.isVisible()

    fill("PF2")
    page.show_tab(page.board)
    page.show_tab(form)
    assert empty()
    fill("PF2")
    page.clear_sensitive()  # what the lock does
    assert empty() and form.saved.text() == ""


def test_paper_invalid_offers_a_linked_repeat(qtbot, counsellor, clock):
    add_clients(counsellor, "PR1")
    receive(counsellor)
    counsel(counsellor, "PR1", session_at=NOW - dt.timedelta(hours=2))
    form = RetrospectiveForm(counsellor)
    qtbot.addWidget(form)
    form.refresh()
    form.client_code.setText("PR1")
    form.started.setDateTime(form.started.dateTime().addSecs(-100 * 60))
    form.read.setDateTime(form.read.dateTime().addSecs(-75 * 60))
    form.control.setCurrentIndex(form.control.findData(True))
    form.test_line.setCurrentIndex(form.test_line.findData(False))
    form.invalid.setCurrentIndex(form.invalid.findData("background"))
    assert form.current_result().value == "invalid"
    form.submit()
    assert not form.error.isVisible(), form.error.text()
    assert not form.repeat_button.isHidden()
    form.start_repeat()
    assert form.client_code.text() == "PR1" and not form.repeat_note.isHidden()
    form.started.setDateTime(form.started.dateTime().addSecs(-50 * 60))
    form.read.setDateTime(form.read.dateTime().addSecs(-25 * 60))
    form.control.setCurrentIndex(form.control.findData(True))
    form.test_line.setCurrentIndex(form.test_line.findData(False))
    form.submit()
    assert not form.error.isVisible(), form.error.text()
    first, second = sorted(
        TestService(counsellor).tests_between(NOW.date(), NOW.date() + dt.timedelta(days=1)), key=lambda t: t.started_at
    )
    assert first.invalid_reason == "background" and second.repeat_of_id == first.id


# ------------------------------------------------------------- save and start
def test_save_and_start_without_consent_saves_nothing_then_one_session(qtbot, counsellor, clock):
    add_clients(counsellor, "SC1")
    receive(counsellor)
    page = _page(qtbot, counsellor)
    form: CounsellingForm = page.counselling
    page.show_tab(form)
    form.client_code.setText("SC1")
    form.pre.setChecked(True)
    qtbot.mouseClick(form.save_start, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "consent" in form.error.text()
    assert _sessions(counsellor) == 0
    form.consent.setChecked(True)
    qtbot.mouseClick(form.save_start, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible(), form.error.text()
    assert _sessions(counsellor) == 1 and len(TestService(counsellor).running_tests()) == 1


def test_counsellor_sees_the_persons_test_history(qtbot, counsellor, clock):
    add_clients(counsellor, "TH1")
    clock.set(NOW - dt.timedelta(days=70))
    lot = receive(counsellor)
    tests = TestService(counsellor)
    t = tests.start_test(counsel(counsellor, "TH1").id, lot.id)
    clock.advance(minutes=25)
    tests.record_result(t.id, True, False)
    clock.set(NOW)
    form = CounsellingForm(counsellor, page_board(qtbot, counsellor))
    qtbot.addWidget(form)
    form.client_code.setText("TH1")
    form.show_history()
    assert not form.history.isHidden()
    assert "2 month(s) ago" in form.history.text() or "2 months ago" in form.history.text()
    assert "Non-reactive" in form.history.text() and "14 Sep 2026" in form.history.text()
    assert form.months.value() == 2


def page_board(qtbot, ctx):
    from dropin.ui.testing.board import ReadTimerBoard

    board = ReadTimerBoard(ctx)
    board.timer.stop()
    qtbot.addWidget(board)
    return board


# -------------------------------------------------------------- the quality block
def test_quality_block_stops_a_test_until_controls_pass_or_an_override(qtbot, counsellor, clock):
    add_clients(counsellor, "QB1")
    lot = receive(counsellor, lot="HOT30", arrival_temp_c=30.0, qc=False)
    counsel(counsellor, "QB1")
    page = _page(qtbot, counsellor)
    board = page.board
    assert not board.quality.isHidden()
    assert "30 °C" in board.quality.reasons.text() and "first test" in board.quality.reasons.text()
    save_screenshot(page, "quality_block.png")
    board.client_code.setText("QB1")
    qtbot.mouseClick(board.start_button, Qt.MouseButton.LeftButton)
    assert board.error.isVisible() and not board.tiles
    board.quality.override.setText("Controls delayed; supervisor agreed by phone")
    board.client_code.setText("QB1")
    qtbot.mouseClick(board.start_button, Qt.MouseButton.LeftButton)
    assert not board.error.isVisible(), board.error.text()
    assert len(board.tiles) == 1
    assert audit_rows(counsellor, "qc_override")
    QcService(counsellor).record_run(lot.id, "new_lot", True, True)
    board.refresh()
    assert board.quality.isHidden()


# ---------------------------------------------------------------- row marks
def _pixel_in_row(view, row: int):
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, 0))
    return image.pixelColor(rect.left() + 3, rect.center().y())


def test_row_marks_show_under_the_theme_with_words(qtbot, counsellor, clock):
    from dropin.ui.theme import apply_theme

    apply_theme(QApplication.instance(), "light")
    try:
        receive(counsellor, lot="GOOD", expiry=NOW.date() + dt.timedelta(days=300))
        receive(counsellor, lot="SOON", expiry=NOW.date() + dt.timedelta(days=20))
        receive(counsellor, lot="OLD", expiry=NOW.date() + dt.timedelta(days=2))
        clock.advance(days=5)  # OLD has expired now
        qc = QcService(counsellor)
        page = _page(qtbot, counsellor, (1366, 760))
        page.show_tab(page.stock)
        view, model = page.stock.view, page.stock.model
        rows = {r.lot_number: i for i, r in enumerate(model.rows())}
        status = model.columnCount() - 1
        assert "EXPIRED" in model.index(rows["OLD"], status).data() and "⚠" in model.index(rows["OLD"], status).data()
        assert "Expires soon" in model.index(rows["SOON"], status).data()
        plain, expired, soon = (_pixel_in_row(view, rows[k]) for k in ("GOOD", "OLD", "SOON"))
        assert plain.red() > 240 and plain.green() > 240 and plain.blue() > 240
        assert expired.red() > expired.blue() + 30 and expired.green() < 225, expired.name()
        assert soon.red() > soon.blue() + 30, soon.name()

        qc.log_temperature(8.0, 40.0)
        lot_soon = next(r for r in model.rows() if r.lot_number == "SOON")
        qc.record_run(lot_soon.id, "monthly", True, False)
        page.show_tab(page.qc)
        runs, temps = page.qc.runs, page.qc.temps
        failed = next(i for i, r in enumerate(runs.rows()) if not r.passed)
        hot = next(i for i, r in enumerate(temps.rows()) if not r.in_range)
        assert "FAILED" in runs.index(failed, 3).data() and "out of range" in temps.index(hot, 3).data()
        run_views = page.qc.findChildren(type(view))
        colour = _pixel_in_row(next(v for v in run_views if v.model() is runs), failed)
        assert colour.red() > colour.blue() + 30, colour.name()
        colour = _pixel_in_row(next(v for v in run_views if v.model() is temps), hot)
        assert colour.red() > colour.blue() + 30, colour.name()
    finally:
        QApplication.instance().setStyleSheet("")


def test_overdue_referral_rows_are_marked(qtbot, counsellor, clock):
    from dropin.ui.theme import apply_theme

    apply_theme(QApplication.instance(), "light")
    try:
        add_clients(counsellor, "OV1", "OV2")
        add_destination(counsellor)
        lot = receive(counsellor)
        tests = TestService(counsellor)
        for code in ("OV1", "OV2"):
            t = tests.start_test(counsel(counsellor, code).id, lot.id)
            clock.advance(minutes=25)
            tests.record_result(t.id, True, True)
            clock.advance(days=5)
        page = _page(qtbot, counsellor, (1366, 760))
        page.show_tab(page.referrals)
        model, view = page.referrals.model, page.referrals.view
        late = next(i for i, r in enumerate(model.rows()) if r.overdue)
        fine = next(i for i, r in enumerate(model.rows()) if not r.overdue)
        assert "overdue" in model.index(late, 3).data() and "⚠" in model.index(late, 3).data()
        marked, plain = _pixel_in_row(view, late), _pixel_in_row(view, fine)
        assert marked.red() > marked.blue() + 30 and plain.blue() > 200, (marked.name(), plain.name())
    finally:
        QApplication.instance().setStyleSheet("")


# ------------------------------------------------------ alerts through the lock
def test_timer_board_alerts_through_the_lock(qtbot, ctx_for, clock):
    from dropin.ui.shell.main_window import MainWindow

    ctx = ctx_for(Role.PEER_COUNSELLOR)
    add_clients(ctx, "LK1", "LK2")
    add_destination(ctx)
    clock.set(NOW - dt.timedelta(days=12))
    lot = receive(ctx)
    tests = TestService(ctx)
    old = tests.start_test(counsel(ctx, "LK2").id, lot.id)
    clock.advance(minutes=25)
    tests.record_result(old.id, True, True)  # overdue by now
    clock.set(NOW)
    window = MainWindow(ctx, idle_ms=60_000)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    assert isinstance(page, TestingPage)  # counsellors start on the Testing page
    nav = window.navigation.currentItem().text()
    assert "1 overdue" in nav, nav
    board = page.board
    board.timer.stop()
    tests.start_test(counsel(ctx, "LK1").id, lot.id)
    board.refresh()
    notify.sent.clear()

    window.lock()
    assert not board.tiles  # no client code behind the lock
    clock.advance(minutes=19, seconds=59)
    board.tick()
    assert board.beeps == 0 and window.lock_screen.notice.isHidden()
    clock.advance(seconds=1)
    board.tick()
    assert board.beeps == 1
    notice = window.lock_screen.notice
    assert not notice.isHidden() and notice.text() == "A test is ready to read."
    save_screenshot(window, "lock_ready.png")
    texts = " ".join(w.text() for w in window.lock_screen.findChildren(type(notice)))
    assert "LK1" not in texts
    assert notify.sent and all("LK1" not in text for _, text in notify.sent)
    assert "1 ready to read" in window.navigation.currentItem().text()

    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)  # the password is checked on a worker
    assert board.beeps == 2  # again on unlock
    assert len(board.tiles) == 1
    tile = next(iter(board.tiles.values()))
    styles = set()
    for _ in range(3):
        clock.advance(seconds=1)
        board.tick()
        styles.add(tile.styleSheet())
    assert len(styles) == 2  # the readable tile flashes
    assert "LK1" in tile.code.text()


# ------------------------------------------------------------ follow-up updates
def test_add_attempt_updates_list_banner_and_notes_at_once(qtbot, counsellor, clock):
    add_clients(counsellor, "AA1")
    add_destination(counsellor)
    add_destination(counsellor, "Regional AIDS Centre")
    lot = receive(counsellor)
    tests = TestService(counsellor)
    t = tests.start_test(counsel(counsellor, "AA1").id, lot.id)
    clock.advance(minutes=25)
    tests.record_result(t.id, True, True)
    clock.advance(days=9)
    page = _page(qtbot, counsellor)
    page.show_tab(page.referrals)
    tab = page.referrals
    tab.view.selectRow(0)
    tab.attempt_note.setText("Phone switched off")
    qtbot.mouseClick(tab.add_attempt, Qt.MouseButton.LeftButton)
    assert not tab.error.isVisible(), tab.error.text()
    assert "Phone switched off" in tab.attempts.text()
    assert tab.model.row_at(0).attempts == 1
    assert page.overdue.model.row_at(0).attempts == 1
    assert tab.current is not None and tab.current.attempts == 1
    # the destination can be changed later
    tab.destination.setCurrentIndex(tab.destination.findText("Regional AIDS Centre"))
    qtbot.mouseClick(tab.save_destination, Qt.MouseButton.LeftButton)
    assert tab.model.row_at(0).destination == "Regional AIDS Centre"
    assert "Regional AIDS Centre" in tab.subheader.text()


def test_referral_slip_from_the_form_in_the_persons_language(qtbot, counsellor, clock, tmp_path):
    from dropin.ui.testing.slipdialog import SlipDialog

    add_clients(counsellor, "SD1")
    with counsellor.transaction() as s:
        s.scalar(select(Client).where(Client.code == "SD1")).preferred_language = "uk"
    add_destination(counsellor)
    lot = receive(counsellor)
    tests = TestService(counsellor)
    t = tests.start_test(counsel(counsellor, "SD1").id, lot.id)
    clock.advance(minutes=25)
    info = tests.record_result(t.id, True, True)
    dialog = SlipDialog(counsellor, info.referral_id)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "uk"  # the person's language, not the interface's
    target = tmp_path / "slip.pdf"
    dialog.choose_path = lambda: str(target)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    text = PdfReader(str(target)).pages[0].extract_text()
    assert f"R-{info.referral_id:05d}" in text and "HIV" not in text.replace("AIDS", "")


# ------------------------------------------------------------------ screen fit
@pytest.mark.parametrize("language", ["ru", "uk"])
def test_page_fits_1366x768_and_detail_pane_scrolls(qtbot, ctx_for, clock, language):
    from dropin.ui.language import manager
    from dropin.ui.shell.main_window import MainWindow

    ctx = ctx_for(Role.PEER_COUNSELLOR)
    add_clients(ctx, "FT1")
    add_destination(ctx)
    lot = receive(ctx)
    tests = TestService(ctx)
    t = tests.start_test(counsel(ctx, "FT1").id, lot.id)
    clock.advance(minutes=25)
    tests.record_result(t.id, True, True)
    manager().apply(language)
    try:
        window = MainWindow(ctx, idle_ms=60_000)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        page = window.current_page()
        page.board.timer.stop()
        for part in page._parts:
            page.show_tab(part)
            QApplication.processEvents()
            assert window.height() <= 768 and window.minimumSizeHint().height() <= 768, part
        page.show_tab(page.referrals)
        page.referrals.view.selectRow(0)
        qtbot.waitUntil(lambda: page.referrals.current is not None)
        scroll = page.referrals.detail_scroll
        detail = scroll.widget()

        def shown_whole() -> bool:  # the pane is never squeezed: what does not fit scrolls
            needed = detail.minimumSizeHint().height()
            bar = scroll.verticalScrollBar().maximum()
            return detail.height() >= needed and bar == max(0, detail.height() - scroll.viewport().height())

        qtbot.waitUntil(shown_whole, timeout=20_000)
        save_screenshot(window, f"testing_{language}.png")
        window.resize(1366, window.height() - scroll.viewport().height() + detail.minimumSizeHint().height() - 60)
        # a shorter window than the pane needs: the pane scrolls instead of cutting its lower boxes
        qtbot.waitUntil(lambda: shown_whole() and scroll.verticalScrollBar().maximum() > 0, timeout=20_000)
    finally:
        manager().apply("en")


# --------------------------------------------------------------- confirmations
def test_discard_asks_and_receive_confirms(qtbot, counsellor, monkeypatch):
    asked, told = [], []
    answer = {"value": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer["value"])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    page = _page(qtbot, counsellor)
    page.show_tab(page.stock)
    stock = page.stock
    stock.lot_number.setText("RC77")
    stock.quantity.setValue(40)
    qtbot.mouseClick(stock.receive_button, Qt.MouseButton.LeftButton)
    assert told and "40" in told[-1] and "RC77" in told[-1]
    stock.view.selectRow(0)
    stock.discard_qty.setValue(3)
    qtbot.mouseClick(stock.discard_button, Qt.MouseButton.LeftButton)
    assert asked and "3" in asked[-1]
    assert KitService(counsellor).stock()[0].discarded == 0  # "No": nothing discarded
    answer["value"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(stock.discard_button, Qt.MouseButton.LeftButton)
    assert KitService(counsellor).stock()[0].discarded == 3


def test_cancel_a_running_test_from_its_tile(qtbot, counsellor, clock):
    add_clients(counsellor, "CT1")
    receive(counsellor, qty=10)
    counsel(counsellor, "CT1")
    page = _page(qtbot, counsellor)
    board = page.board
    board.client_code.setText("CT1")
    board.start_test()
    tile = next(iter(board.tiles.values()))

    class Answer:
        def __init__(self, test, parent):
            from dropin.ui.testing.board import CancelTestDialog

            self.real = CancelTestDialog(test, parent)
            self.reason, self.error = self.real.reason, self.real.error
            self.calls = 0

        def exec(self):
            self.calls += 1
            if self.calls == 1:
                return True  # no reason typed: refused, the dialog stays
            self.reason.setText("Opened for the wrong person")
            return self.calls == 2

        def kit(self):
            return "wasted"

    board.cancel_dialog = Answer
    qtbot.mouseClick(tile.cancel_button, Qt.MouseButton.LeftButton)
    assert not board.tiles and "cancelled" in board.notice.text()
    stock = KitService(counsellor).stock()[0]
    assert stock.discarded == 1 and stock.on_hand == 9 and KitService(counsellor).reconciliation().balanced


def test_password_reset_confirms_success(qtbot, ctx_for, monkeypatch):
    import dropin.ui.admin.page as admin

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(admin.ResetPasswordDialog, "exec", lambda self: True)
    page = admin.AdminPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(page)
    page.users_tab.refresh()
    page.users_tab.select("front_desk")
    page.users_tab.reset_password()
    assert told and "front_desk" in told[-1] and "reset" in told[-1]


def test_result_panel_records_a_kit_described_invalid_and_offers_the_repeat(qtbot, counsellor, clock):
    add_clients(counsellor, "RP1")
    receive(counsellor)
    counsel(counsellor, "RP1")
    page = _page(qtbot, counsellor)
    board = page.board
    board.client_code.setText("RP1")
    board.start_test()
    clock.advance(minutes=21)
    board.tick()
    tile = next(iter(board.tiles.values()))
    qtbot.mouseClick(tile.result_button, Qt.MouseButton.LeftButton)
    panel = board.panel
    panel.control.setChecked(True)
    panel.test_line.setChecked(True)
    assert panel.referral_box.isVisibleTo(panel)
    panel.invalid.setCurrentIndex(panel.invalid.findData("outside_zones"))
    assert "Invalid" in panel.derived.text() and not panel.referral_box.isVisibleTo(panel)
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert not panel.error.isVisible(), panel.error.text()
    assert "Lines outside the C or T zone" in board.notice.text()
    assert ReferralService(counsellor).open_referrals() == []
    qtbot.mouseClick(board.repeat_button, Qt.MouseButton.LeftButton)
    repeat = next(iter(board.tiles.values()))
    assert repeat.test.repeat_of_id is not None and "repeat" in repeat.kit.text()
