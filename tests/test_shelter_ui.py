"""The shelter page driven with qtbot: bed board, admission dialog, discharge, role-dependent tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dropin.security.roles import Role
from dropin.shelter.board import BoardService
from dropin.shelter.casework import CaseService
from dropin.shelter.stays import StayService
from dropin.ui.shelter.admit import AdmitDialog
from dropin.ui.shelter.dialogs import DischargeDialog
from dropin.ui.shelter.page import ShelterPage
from tests.shelter_helpers import D, add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811


def _page(qtbot, ctx):
    page = ShelterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_front_desk_board_shows_states_without_case_data(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    stay = StayService(sw).admit(
        "AA01",
        beds["R1A"],
        admitted_on=D(2026, 11, 1),
        planned_end=D(2026, 11, 20),
        reasons=["violence"],
        reason_note="Secret detail",
    )
    CaseService(sw).add_note(stay.id, "Very private note")
    page = _page(qtbot, ctx_for(Role.FRONT_DESK))
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Bed board"]
    assert "admit" not in page.board.buttons
    tiles = {t.tile.bed_id: t for t in page.board.tiles}
    assert tiles[beds["R1A"]].tile.state == "occupied" and tiles[beds["R1A"]].tile.overstay
    assert "1 past planned end" in page.board.summary.text()
    text = " ".join(label.text() for t in page.board.tiles for label in t.findChildren(type(page.board.summary)))
    assert "AA01" not in text and "Past planned end" in text  # codes and dates are off by default
    assert "Secret" not in text and "Fleeing" not in text and "private" not in text
    BoardService(ctx_for(Role.MANAGER)).set_board_codes(True)
    page.board.refresh()
    text = " ".join(label.text() for t in page.board.tiles for label in t.findChildren(type(page.board.summary)))
    assert "AA01" in text and "Secret" not in text


def test_admit_from_a_free_tile_and_discharge(qtbot, ctx_for, monkeypatch):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01", "BB02")
    page = _page(qtbot, sw)
    assert page.case is not None and page.config is None
    free = next(t for t in page.board.tiles if t.tile.bed_id == beds["R1B"])
    qtbot.mouseClick(free, Qt.MouseButton.LeftButton)
    assert page.board.buttons["admit"].isEnabled() and not page.board.buttons["discharge"].isEnabled()

    dialog = AdmitDialog(sw, beds["R1B"], parent=page)
    qtbot.addWidget(dialog)
    assert dialog.bed.currentData() == beds["R1B"]
    assert dialog.planned.date().toPython() == D(2026, 12, 7)  # crisis stay: 14 nights
    dialog.stay_type.setCurrentIndex(dialog.stay_type.findData("long"))
    assert dialog.planned.date().toPython() == D(2027, 2, 21)
    dialog.stay_type.setCurrentIndex(dialog.stay_type.findData("crisis"))
    qtbot.keyClicks(dialog.code.edit, "ZZ99")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.error.isHidden() and "ZZ99" in dialog.error.text()
    assert dialog.result() == 0
    dialog.code.edit.clear()
    qtbot.keyClicks(dialog.code.edit, "AA01")
    dialog.reason_boxes["homeless"].setChecked(True)
    dialog.children_count.setValue(1)
    dialog.ages.setText("4")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == 1 and dialog.result_info.client_code == "AA01"

    page.board.refresh()
    tile = next(t for t in page.board.tiles if t.tile.bed_id == beds["R1B"])
    assert tile.tile.state == "occupied" and tile.tile.children == 1
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert page.board.buttons["discharge"].isEnabled()

    stay = StayService(sw).stay(tile.tile.stay_id)
    discharge = DischargeDialog(sw, stay, page)
    qtbot.addWidget(discharge)
    discharge.outcome.setCurrentIndex(discharge.outcome.findData("housed"))
    discharge.buttons.button(discharge.buttons.StandardButton.Ok).click()
    assert discharge.result() == 1
    page.refresh()
    assert next(t for t in page.board.tiles if t.tile.bed_id == beds["R1B"]).tile.state == "free"
    page.tabs.setCurrentWidget(page.residents)  # other tabs are filled when chosen
    assert page.residents.model.rowCount() == 0
    assert page.residents.past_model.rowCount() == 1


def test_case_tab_and_config_tab(qtbot, ctx_for):
    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    stay = StayService(sw).admit("AA01", beds["R1A"], reasons=["financial"])
    page = _page(qtbot, sw)
    page.tabs.setCurrentWidget(page.case)
    page.case.residents.selectRow(0)
    assert page.case.stay_id == stay.id
    assert page.case.reason_boxes["financial"].isChecked()
    qtbot.keyClicks(page.case.goal_text, "Restore passport")
    page.case.add_goal()
    assert page.case.goals_model.rowCount() == 1
    page.case.add_note()  # empty: inline error, nothing saved
    assert page.case.error.isVisible()
    qtbot.keyClicks(page.case.note_text, "Went to the passport office.")
    page.case.add_note()
    assert page.case.notes_model.rowCount() == 1
    page.clear_sensitive()
    assert page.case.notes_model.rowCount() == 0


def test_a_goal_and_a_case_note_written_by_mistake_are_voided_with_a_reason(qtbot, ctx_for, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    stay = StayService(sw).admit("AA01", beds["R1A"], reasons=["financial"])
    cases = CaseService(sw)
    cases.add_goal(stay.id, "documents", "Restore passport")
    cases.add_note(stay.id, "Written in the wrong file")
    page = _page(qtbot, sw)
    page.tabs.setCurrentWidget(page.case)
    page.case.residents.selectRow(0)
    assert page.case.goals_model.rowCount() == 1 and page.case.notes_model.rowCount() == 1
    page.case.void_goal()  # nothing selected: says so
    assert page.case.error.isVisible() and page.case.goals_model.rowCount() == 1
    answers = iter([("  ", True), ("Goal of another resident", True), ("Wrong case file", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    page.case.goals.selectRow(0)
    page.case.void_goal()  # an empty reason is refused by the service
    assert page.case.error.isVisible() and page.case.goals_model.rowCount() == 1
    page.case.void_goal()
    assert page.case.goals_model.rowCount() == 0
    page.case.notes.selectRow(0)
    page.case.void_note()
    assert page.case.notes_model.rowCount() == 0
    file = cases.case_file(stay.id)
    assert file.goals == [] and file.notes == []

    manager = _page(qtbot, ctx_for(Role.MANAGER))
    assert manager.case is None and manager.config is not None
    manager.tabs.setCurrentWidget(manager.config)
    assert manager.config.model.rowCount() == 3
    manager.config.view.selectRow(2)
    qtbot.keyClicks(manager.config.oos_reason, "Broken frame")
    manager.config.take_out()
    assert manager.config.model.row_at(2).out_of_service
    manager.board.refresh()
    assert sum(1 for t in manager.board.tiles if t.tile.state == "out_of_service") == 1
    qtbot.keyClicks(manager.config.room_name, "Room 3")
    manager.config.add_room()
    assert manager.config.room.count() == 3


def test_a_bed_added_by_mistake_is_removed_with_a_reason_unless_booked(qtbot, ctx_for, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from dropin.shelter.beds import BedService

    beds = setup_beds(ctx_for)
    sw = ctx_for(Role.SOCIAL_WORKER)
    add_clients(sw, "AA01")
    StayService(sw).admit("AA01", beds["R1A"])
    manager = _page(qtbot, ctx_for(Role.MANAGER))
    manager.tabs.setCurrentWidget(manager.config)
    config = manager.config
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Added twice", True))
    config.view.selectRow([b.id for b in config.model.rows()].index(beds["R1A"]))  # someone sleeps there tonight
    config.remove_bed()
    assert config.error.isVisible() and config.model.rowCount() == 3
    config.view.selectRow([b.id for b in config.model.rows()].index(beds["R1B"]))
    config.remove_bed()
    assert config.model.rowCount() == 2 and beds["R1B"] not in {b.id for b in config.model.rows()}
    assert beds["R1B"] not in {b.id for b in BedService(ctx_for(Role.MANAGER)).beds()}


def test_the_bed_board_fits_a_1280_pixel_window_in_every_language(qtbot, ctx_for):
    from PySide6.QtWidgets import QApplication

    from dropin.ui.language import manager
    from dropin.ui.shell.main_window import MainWindow
    from dropin.ui.theme import apply_theme

    app = QApplication.instance()
    style, font = app.styleSheet(), app.font()
    apply_theme(app)  # the real look: its buttons are wider than the plain style's
    for language in ("ru", "uk", "ky", "en"):
        manager().apply(language)
        try:
            window = MainWindow(ctx_for(Role.MANAGER), idle_ms=60_000)
            qtbot.addWidget(window)
            window.resize(1280, 720)
            window.show()
            window.show_page("shelter")
            QApplication.processEvents()
            assert window.width() == 1280, language  # the action buttons never widen the window
            window.close()
        finally:
            manager().apply("en")
    app.setStyleSheet(style)
    app.setFont(font)
