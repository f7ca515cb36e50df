"""Shelter dialogs with qtbot: free beds only, code lookup, Enter does not admit, corrections, due items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dropin.security.roles import Role
from dropin.shelter.board import BoardService
from dropin.shelter.casework import CaseService
from dropin.shelter.stays import StayService
from dropin.ui.shelter.admit import AdmitDialog
from dropin.ui.shelter.correct import CorrectDialog
from dropin.ui.shelter.dialogs import MoveDialog
from dropin.ui.shelter.page import ShelterPage
from tests.shelter_helpers import D, add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811

TODAY = D(2026, 11, 23)


def _dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _beds_offered(combo) -> list[int]:
    return [combo.itemData(i) for i in range(combo.count())]


def test_admit_offers_only_beds_free_for_the_dates(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01", "BB02", "CC03")
    StayService(sw).admit("AA01", beds["R1A"])
    StayService(sw).admit("BB02", beds["R2A"], admitted_on=TODAY + dt.timedelta(days=5), reserve=True)
    dialog = _dialog(qtbot, AdmitDialog(sw, beds["R1A"]))
    assert _beds_offered(dialog.bed) == [beds["R1B"]]  # occupied R1A and R2A (reserved in 5 days) left out
    dialog.planned.setDate(dialog.admitted.date().addDays(3))
    assert _beds_offered(dialog.bed) == [beds["R1B"], beds["R2A"]]


def test_enter_in_admit_picks_the_code_and_never_admits_with_defaults(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "MAIV1990F", "MAIV1991F")
    dialog = _dialog(qtbot, AdmitDialog(sw, beds["R1A"]))
    dialog.code.edit.setText("маив")  # as typed on a Russian keyboard layout
    dialog.code.edit.textEdited.emit("маив")
    assert dialog.code.model.rowCount() == 2 and dialog.code.matches.isVisible()
    qtbot.keyClick(dialog.code.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.code.edit, Qt.Key.Key_Return)
    assert dialog.code.text() == "MAIV1991F" and dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isHidden()  # Enter in the code field took the match; the form was not submitted
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter on the next field: the form is checked
    assert dialog.result() == 0 and "admission reason" in dialog.error.text()
    assert StayService(sw).residents() == []
    dialog.reason_boxes["homeless"].setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 1 and dialog.result_info.client_code == "MAIV1991F"


def test_move_defaults_to_a_free_bed(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01", "BB02")
    stay = StayService(sw).admit("AA01", beds["R1A"])
    StayService(sw).admit("BB02", beds["R1B"])
    dialog = _dialog(qtbot, MoveDialog(sw, StayService(sw).stay(stay.id)))
    assert _beds_offered(dialog.bed) == [beds["R2A"]] and dialog.bed.currentData() == beds["R2A"]
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 1 and StayService(sw).stay(stay.id).bed_id == beds["R2A"]


def test_correct_dialog_undoes_an_extension_and_changes_children(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    stay = StayService(sw).admit("AA01", beds["R1A"], planned_end=TODAY + dt.timedelta(days=5))
    StayService(sw).extend(stay.id, TODAY + dt.timedelta(days=10), "More time.")
    dialog = _dialog(qtbot, CorrectDialog(sw, StayService(sw).stay(stay.id)))
    dialog.action.setCurrentIndex(dialog.action.findData("extension"))
    assert not dialog.children_count.isVisible() and not dialog.new_end.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.error.isVisible()  # a reason is required
    qtbot.keyClicks(dialog.reason, "Typed the wrong date.")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 1 and StayService(sw).stay(stay.id).planned_end == TODAY + dt.timedelta(days=5)
    dialog = _dialog(qtbot, CorrectDialog(sw, StayService(sw).stay(stay.id)))
    dialog.action.setCurrentIndex(dialog.action.findData("children"))
    assert dialog.children_count.isVisible()
    dialog.children_count.setValue(1)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 1 and StayService(sw).stay(stay.id).children_count == 1


def test_page_shows_due_reviews_goals_and_the_board_codes_setting(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01", "BB02")
    a = StayService(sw).admit("AA01", beds["R1A"], admitted_on=TODAY - dt.timedelta(days=10))
    StayService(sw).extend(a.id, TODAY + dt.timedelta(days=20), "Court case.", review_on=TODAY)
    b = StayService(sw).admit("BB02", beds["R1B"], admitted_on=TODAY - dt.timedelta(days=3))
    CaseService(sw).add_goal(b.id, "documents", "Get a new passport", review_on=TODAY - dt.timedelta(days=1))
    page = ShelterPage(sw)
    qtbot.addWidget(page)
    page.refresh()
    page.tabs.setCurrentWidget(page.residents)
    texts = [
        page.residents.model.data(page.residents.model.index(r, page.residents.model.columnCount() - 1))
        for r in range(page.residents.model.rowCount())
    ]
    assert any("(due)" in (t or "") for t in texts)
    page.tabs.setCurrentWidget(page.case)
    rows = [page.case.attention_model.row_at(r) for r in range(page.case.attention_model.rowCount())]
    assert [(r.client_code, r.kind) for r in rows] == [("BB02", "goal"), ("AA01", "review")]

    manager = ShelterPage(ctx_for(Role.MANAGER))
    qtbot.addWidget(manager)
    manager.refresh()
    manager.tabs.setCurrentWidget(manager.config)
    assert not manager.config.board_codes.isChecked()
    manager.config.board_codes.setChecked(True)
    assert BoardService(ctx_for(Role.FRONT_DESK)).board_codes()
