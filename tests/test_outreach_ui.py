"""The outreach page: the tally entered with the keyboard only, errors on the right field, edit and void."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from dropin.clients.referrals import ReferralService
from dropin.models.clients import Client
from dropin.outreach.areas import AreaService
from dropin.outreach.sessions import OutreachService
from dropin.security.roles import Role
from dropin.ui.outreach.page import OutreachPage
from tests.conftest import save_screenshot

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def setup(ctx_for):
    manager = ctx_for(Role.MANAGER)
    for name in ("Kant town", "Leninsky district"):
        AreaService(manager).add(name)
    ReferralService(manager).add("STI clinic", "other")
    with manager.transaction() as s:
        s.add(Client(code="AB123456C"))
    return ctx_for(Role.OUTREACH_WORKER)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1166, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    return widget


class Keys:
    """Types into whatever has the focus, counting the key presses."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def focus(self):
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        for ch in text:
            self.qtbot.keyClicks(self.focus(), ch)
            self.count += 1

    def press(self, key, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key)
            self.count += 1

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times)


def test_a_whole_session_by_keyboard_only(qtbot, setup):
    page = show(qtbot, OutreachPage(setup))
    form = page.form
    form.date.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.date)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_Down)  # day before: yesterday
    keys.tab(2)  # start time stays, to the duration
    assert keys.focus() is form.duration
    keys.type("90")
    keys.tab()
    assert keys.focus() is form.mode
    keys.press(Qt.Key.Key_Down)  # by car
    keys.tab()
    keys.press(Qt.Key.Key_Down, 3)  # hotel
    keys.tab()
    assert keys.focus() is form.area
    keys.press(Qt.Key.Key_Down)  # the second area
    for key, typed in (
        ("contacts_new", "3"),
        ("contacts_returning", "7"),
        ("male_condoms", "40++"),
        ("female_condoms", "2"),
        ("lubricant", "20-"),
        ("leaflets", "5"),
        ("gatekeepers", "1"),
        ("minisession_minutes", "30"),
    ):
        keys.tab()
        assert keys.focus() is form.counters[key], key
        keys.type(typed)
    keys.tab()
    assert keys.focus() is form.topics
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Space)  # HIV
    keys.tab(2)
    assert keys.focus() is form.codes
    keys.type("ab123456c")
    keys.press(Qt.Key.Key_Return)

    saved = OutreachService(setup).list_sessions()
    assert len(saved) == 1, form.error.text()
    got = saved[0]
    assert (got.session_date, got.duration_min, got.mode, got.setting, got.area) == (
        MONDAY - dt.timedelta(days=1),
        90,
        "car",
        "hotel",
        "Leninsky district",
    )
    assert (
        got.contacts_new,
        got.contacts_returning,
        got.male_condoms,
        got.female_condoms,
        got.lubricant,
        got.leaflets,
        got.gatekeepers,
        got.minisession_minutes,
    ) == (3, 7, 42, 2, 19, 5, 1, 30)
    assert got.topics == ("hiv",) and got.codes == ("AB123456C",) and got.worker_ids == (setup.user.id,)
    # ready for the next one: empty counters, focus on the date, a short confirmation
    assert form.counters["male_condoms"].value() == 0 and keys.focus() is form.date
    assert "10 contacts" in form.status.text()
    assert keys.count < 60  # well under a minute of typing
    save_screenshot(page, "outreach-tally.png")


def test_an_error_goes_to_its_field_and_nothing_is_saved(qtbot, setup):
    page = show(qtbot, OutreachPage(setup))
    form = page.form
    form.counters["minisession_minutes"].setFocus()
    keys = Keys(qtbot)
    keys.type("20")
    keys.press(Qt.Key.Key_Return)  # minutes but no topic ticked
    assert OutreachService(setup).list_sessions() == []
    assert form.error.isVisible() and "topics" in form.error.text()
    assert keys.focus() is form.topics
    form.codes.setText("AB1234")  # part of a code is never looked up
    set_topic = form.topics.item(0)
    set_topic.setCheckState(Qt.CheckState.Checked)
    form.codes.setFocus()
    keys.press(Qt.Key.Key_Return)
    assert "AB1234" in form.error.text() and keys.focus() is form.codes
    assert OutreachService(setup).list_sessions() == []
    assert form.counters["minisession_minutes"].value() == 20  # what was typed stays


def test_change_and_void_from_the_list(qtbot, setup, monkeypatch):
    page = show(qtbot, OutreachPage(setup))
    form = page.form
    form.counters["contacts_new"].setValue(4)
    form.save()
    page.tabs.setCurrentWidget(page.sessions)
    view = page.sessions.view
    assert page.sessions.model.rowCount() == 1
    view.setCurrentIndex(page.sessions.model.index(0, 0))
    page.sessions.edit_selected()
    assert page.tabs.currentWidget() is form and form.editing is not None
    assert form.counters["contacts_new"].value() == 4
    form.counters["contacts_new"].setValue(6)
    form.save()
    assert OutreachService(setup).list_sessions()[0].contacts_new == 6
    page.tabs.setCurrentWidget(page.sessions)
    view.setCurrentIndex(page.sessions.model.index(0, 0))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("typed twice", True)))
    page.sessions.void_selected()
    assert page.sessions.model.rowCount() == 0
    assert OutreachService(setup).list_sessions(include_void=True)[0].void_reason == "typed twice"


def test_worker_sees_no_areas_tab_and_the_manager_does(qtbot, setup, ctx_for):
    page = show(qtbot, OutreachPage(setup))
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Record a session", "Sessions", "Coverage", "Community events"]
    manager = show(qtbot, OutreachPage(ctx_for(Role.MANAGER)))
    assert manager.tabs.tabText(manager.tabs.count() - 1) == "Areas"


def test_coverage_marks_areas_not_visited(qtbot, setup):
    page = show(qtbot, OutreachPage(setup))
    page.form.counters["contacts_new"].setValue(5)
    page.form.save()  # the first area (Kant town)
    page.tabs.setCurrentWidget(page.coverage)
    assert "Leninsky district" in page.coverage.summary.text()
    assert "Kant town" not in page.coverage.summary.text()
    rows = {r.area: r for r in page.coverage.model.rows()}
    assert rows["Kant town"].per_week[-1] == 5


def test_the_form_prints_a_blank_tally_sheet(qtbot, setup, tmp_path):
    from pypdf import PdfReader

    page = show(qtbot, OutreachPage(setup))
    assert page.form.write_sheet(str(tmp_path / "sheet.pdf"), "uk")
    text = PdfReader(str(tmp_path / "sheet.pdf")).pages[0].extract_text()
    assert "Нові контакти" in text and "Kant town" in text
