"""The children's page driven like a user: keyboard attendance, schedule planning, the register dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dropin.children.service import AttendanceService, ChildrenService, SessionService
from dropin.models.clients import Client
from dropin.security.roles import Role
from dropin.ui.children.page import ChildrenPage
from dropin.ui.children.register import ChildDialog
from tests.conftest import save_screenshot


@pytest.fixture
def fac(ctx_for, clock):
    clock.set(dt.datetime(2026, 11, 24, 16, 5))  # a Tuesday, during the session
    ctx = ctx_for(Role.FACILITATOR)
    with ctx.transaction() as s:
        s.add_all([Client(code="P1"), Client(code="P2")])
    kids = ChildrenService(ctx)
    kids.register_child("Acorn", "P1", birth_year=2017, consent_participation=True)
    kids.register_child("Bee", "P1", age_band="6-9", consent_participation=True, consent_photos=True)
    kids.register_child("Comet", "P2", age_band="3-5", consent_participation=False)
    homework = next(t.id for t in SessionService(ctx).activity_types("children") if t.code == "homework")
    SessionService(ctx).create_session(
        homework, dt.date(2026, 11, 24), dt.time(16), 90, place="Room 1", facilitator_ids=[ctx.user.id]
    )
    return ctx


def make_page(qtbot, ctx) -> ChildrenPage:
    page = ChildrenPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.refresh()
    return page


def test_keyboard_attendance_search_enter_space_and_save(qtbot, fac):
    page = make_page(qtbot, fac)
    assert page.sessions_tab.model.rowCount() == 1
    page.sessions_tab.view.selectRow(0)
    qtbot.mouseClick(page.sessions_tab.attend_button, Qt.MouseButton.LeftButton)
    tab = page.attendance_tab
    assert page.tabs.currentWidget() is tab
    assert [r.first_name for r in tab.model.rows()] == ["Acorn", "Bee", "Comet"]

    qtbot.keyClicks(tab.search, "bee")
    assert [r.first_name for r in tab.model.rows()] == ["Bee"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # Enter ticks the match and clears the search
    assert tab.search.text() == "" and tab.model.rowCount() == 3
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)  # into the list, first row
    assert tab.table.hasFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)  # ticks Acorn
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)  # Comet has no consent: stays unticked, with a message
    assert tab.error.isVisible() and "Comet" in tab.error.text()
    assert tab.model.checked == {r.child_id for r in tab.model.rows() if r.first_name in ("Acorn", "Bee")}
    tab.unregistered.setValue(2)
    tab.parents.setValue(1)
    assert "not saved" in tab.summary.text()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.error.isVisible()
    info = SessionService(fac).list_sessions()[0]
    assert (info.status, info.children_present, info.unregistered_children, info.parents_present) == ("held", 2, 2, 1)
    assert "saved" in tab.summary.text()
    save_screenshot(page, "children_test_attendance.png")

    # Unticking with a click and saving again records the change.
    acorn_row = next(i for i, r in enumerate(tab.model.rows()) if r.first_name == "Acorn")
    rect = tab.table.visualRect(tab.model.index(acorn_row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab.save()
    assert [r.first_name for r in AttendanceService(fac).sheet(info.id) if r.present] == ["Bee"]


def test_schedule_tab_plans_sessions_once(qtbot, fac):
    page = make_page(qtbot, fac)
    page.tabs.setCurrentWidget(page.schedule_tab)
    tab = page.schedule_tab
    tab.save()  # no day ticked: inline error, nothing saved
    assert tab.error.isVisible() and "day of the week" in tab.error.text()
    assert tab.model.rowCount() == 0
    tab.day_boxes[2].setChecked(True)
    tab.day_boxes[4].setChecked(True)
    tab.place.setText("Activity room")
    tab.save()
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).weekdays == (2, 4)
    tab.weeks.setValue(2)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert tab.plan_result.text() == "4 new sessions planned."
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert tab.plan_result.text() == "0 new sessions planned."
    page.tabs.setCurrentWidget(page.sessions_tab)
    # The hand-made session today plus the four planned ones (today's planned one included).
    assert page.sessions_tab.model.rowCount() == 5


def test_a_schedule_entered_by_mistake_is_voided_with_a_reason(qtbot, fac, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from dropin.children.service import ScheduleService

    page = make_page(qtbot, fac)
    page.tabs.setCurrentWidget(page.schedule_tab)
    tab = page.schedule_tab
    tab.day_boxes[3].setChecked(True)
    tab.save()
    assert tab.model.rowCount() == 1
    tab.clear_form()
    tab.void_schedule()  # nothing selected: says so
    assert tab.error.isVisible() and tab.model.rowCount() == 1
    answers = iter([("Typed the wrong day", False), ("Typed the wrong day", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    tab.view.selectRow(0)
    tab.void_schedule()  # cancelled
    assert tab.model.rowCount() == 1
    tab.void_schedule()
    assert tab.model.rowCount() == 0 and tab.editing is None
    assert ScheduleService(fac).list_schedules() == []


def test_register_dialog_shows_errors_inline_and_saves(qtbot, fac):
    dialog = ChildDialog(fac)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.first_name.setText("Daisy")
    dialog.parent_code.setText("NOPE")
    dialog.age_band.setCurrentIndex(dialog.age_band.findData("3-5"))
    dialog.save()
    assert dialog.error.isVisible() and "NOPE" in dialog.error.text()
    assert dialog.parent_code.hasFocus()
    dialog.parent_code.setText("p2")
    dialog.consent.setChecked(True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    child = dialog.result_info
    assert (child.first_name, child.parent_code, child.age_band, child.consent_photos) == ("Daisy", "P2", "3-5", False)


def test_social_worker_sees_but_cannot_change(qtbot, ctx_for, fac):
    page = make_page(qtbot, ctx_for(Role.SOCIAL_WORKER))
    assert page.sessions_tab.model.rowCount() == 1
    assert not page.sessions_tab.new_button.isEnabled()
    page.tabs.setCurrentWidget(page.register_tab)
    assert page.register_tab.model.rowCount() == 3 and not page.register_tab.add_button.isEnabled()
    page.open_attendance(page.sessions_tab.model.row_at(0).id)
    assert not page.attendance_tab.save_button.isEnabled()
