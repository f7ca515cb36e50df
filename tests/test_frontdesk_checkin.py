"""Check-in as a busy desk uses it: small screens, keys, undo, warnings, matches, drafts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from dropin.clients.service import ClientService
from dropin.models.clients import Client
from dropin.security.roles import Role
from dropin.ui.language import manager
from dropin.visits.service import ServiceGiven, VisitInput, VisitService
from tests.conftest import PASSWORD, save_screenshot

pytestmark = pytest.mark.both_engines


def add_clients(ctx, *codes, **values):
    with ctx.transaction() as s:
        rows = [Client(code=code, **values) for code in codes]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def show(qtbot, widget, size=(1280, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    return widget


@pytest.fixture
def panel(qtbot, ctx_for):
    from dropin.ui.frontdesk.checkin import CheckInPanel

    ctx = ctx_for(Role.FRONT_DESK)
    panel = show(qtbot, CheckInPanel(ctx))
    panel.focus_code()
    return panel


def press(widget, key, text):
    """A key press as the keyboard layout gives it (``text`` is what the key types)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def toggle(panel, code):
    return next(t for t in panel.toggles if t.item.code == code)


def pick(qtbot, panel, code):
    panel.focus_code()
    qtbot.keyClicks(panel.code_edit, code)
    assert panel.client is not None and panel.client.code == code


# ------------------------------------------------------------------ window and layout
def test_window_sizes_itself_to_the_screen_and_remembers_its_place(qtbot, ctx_for):
    from dropin.ui.shell.main_window import GEOMETRY_KEY, MainWindow

    QSettings().remove(GEOMETRY_KEY)
    QSettings().remove(GEOMETRY_KEY + "_maximised")
    window = MainWindow(ctx_for(Role.FRONT_DESK), idle_ms=10**8)
    qtbot.addWidget(window)
    window.place_on_screen(QRect(0, 0, 1366, 768))
    assert window.width() <= 1366 and window.height() <= 768 - 32  # room for the title bar
    window.place_on_screen(QRect(0, 0, 1280, 720))
    assert window.frameGeometry().bottom() < 720 and window.height() <= 720 - 32
    window.resize(1100, 650)
    window.move(40, 30)
    window.close()  # remembered on this computer
    again = MainWindow(ctx_for(Role.FRONT_DESK), idle_ms=10**8)
    qtbot.addWidget(again)
    again.place_on_screen(QRect(0, 0, 1920, 1080))
    assert (again.width(), again.height()) == (1100, 650)
    again.place_on_screen(QRect(0, 0, 1024, 600))  # a smaller screen than last time: still fits
    assert again.width() <= 1024 and again.height() <= 600 - 32
    again.close()
    QSettings().remove(GEOMETRY_KEY)
    QSettings().remove(GEOMETRY_KEY + "_maximised")


def inside(widget, window) -> bool:
    """The widget is shown and its whole rectangle lies inside the window's visible area."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return window.rect().contains(rect)


@pytest.fixture
def themed(qapp):
    """The look staff see (the material theme's controls are taller than Qt's own)."""
    from dropin.ui.theme import apply_theme

    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    yield
    qapp.setStyleSheet(before)


def in_sight(widget, scroll) -> bool:
    """The widget lies inside the part of a scroll area shown without scrolling."""
    viewport = scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_check_in_fits_small_screens(qtbot, ctx_for, language, size, themed):
    from dropin.ui.shell.main_window import MainWindow

    manager().apply(language)
    ctx = ctx_for(Role.FRONT_DESK)
    (cid,) = add_clients(ctx, "MAIV1990F")
    for _ in range(12):
        VisitService(ctx).record(VisitInput(cid, "walk_in", (ServiceGiven("shower"),)))
    window = MainWindow(ctx, idle_ms=10**8)
    width, height = size
    show(qtbot, window, (width, height - 32))  # the screen less the window's title bar
    page = window.show_page("frontdesk")
    panel = page.checkin
    panel.error.show_message(panel.tr("No client has this code. Register the person first (Ctrl+N) or tick Anonymous."))
    panel.confirmation.setText(panel.tr("Saved: visit for {who} at {time}.").format(who="MAIV1990F", time="10:00"))
    qtbot.wait(10)
    save_screenshot(window, f"checkin-{language}-{width}x{height}.png")
    for widget in (panel.save_button, panel.confirmation, panel.error, panel.code_edit):
        assert inside(widget, window), widget.objectName()
    for widget in [panel.channel, panel.note, panel.status] + [t for t in panel.toggles]:
        assert in_sight(widget, panel._form_scroll), widget.objectName() or widget.item.code
    view = panel.today_view
    assert inside(view, window)
    assert view.viewport().height() >= 8 * view.verticalHeader().defaultSectionSize()
    # the quantity boxes of a column stand in one line
    for column in ({"male_condoms", "female_condoms", "lubricant", "leaflets"}, {"hygiene_items", "food_parcel"}):
        xs = {toggle(panel, c).quantity.mapTo(panel, QPoint(0, 0)).x() for c in column}
        assert len(xs) == 1, (language, xs)
    # no column header is cut
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        text = view.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    window.idle.stop()
    window.close()


# ------------------------------------------------------------------ keys
def test_first_tab_goes_to_services_and_each_has_a_key(qtbot, panel):
    ctx = panel.ctx
    add_clients(ctx, "MAIV1990F")
    pick(qtbot, panel, "MAIV1990F")
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Tab)
    shower = toggle(panel, "shower")
    assert QApplication.focusWidget() is shower.check
    assert [t.badge.text() for t in panel.toggles[:3]] == ["1", "2", "3"] and all(t.badge.text() for t in panel.toggles)
    condoms = toggle(panel, "male_condoms")
    assert condoms.badge.text() == condoms.key == "7"
    press(QApplication.focusWidget(), Qt.Key.Key_7, "7")
    assert condoms.check.isChecked() and QApplication.focusWidget() is condoms.check
    press(condoms.check, Qt.Key.Key_Plus, "+")
    press(condoms.check, Qt.Key.Key_Plus, "+")
    press(condoms.check, Qt.Key.Key_Minus, "-")
    assert condoms.quantity.value() == 11
    legal = toggle(panel, "legal_advice")
    assert legal.key == "C"
    press(condoms.check, Qt.Key.Key_C, "c")
    assert legal.check.isChecked()
    press(legal.check, Qt.Key.Key_C, "с")  # the same key on a Russian keyboard
    assert not legal.check.isChecked()
    press(legal.check, Qt.Key.Key_1, "1")
    assert shower.check.isChecked()
    qtbot.keyClick(shower.check, Qt.Key.Key_Return)
    (row,) = VisitService(ctx).today()
    assert row.services == "Shower, Male condoms × 11"


def test_same_services_as_last_time_is_one_key(qtbot, panel):
    ctx = panel.ctx
    (cid,) = add_clients(ctx, "MAIV1990F")
    VisitService(ctx).record(VisitInput(cid, "walk_in", (ServiceGiven("meal"), ServiceGiven("lubricant", 7))))
    pick(qtbot, panel, "MAIV1990F")
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    given = [t.given() for t in panel.toggles if t.given() is not None]
    assert given == [ServiceGiven("meal", 1, None), ServiceGiven("lubricant", 7, None)]


# ------------------------------------------------------------------ undo
def test_ctrl_z_after_a_save_undoes_that_visit_and_names_it(qtbot, panel, monkeypatch):
    ctx = panel.ctx
    add_clients(ctx, "MAIV1990F", "OLPE1999M")
    asked = []
    monkeypatch.setattr(panel, "ask_reason", lambda question: asked.append(question) or "Wrong person")
    pick(qtbot, panel, "OLPE1999M")
    toggle(panel, "shower").check.setChecked(True)
    panel.save()
    pick(qtbot, panel, "MAIV1990F")
    toggle(panel, "meal").check.setChecked(True)
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    assert panel.code_edit.text() == ""
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Undo the visit for MAIV1990F saved at 10:00? Why is it being undone?"]
    assert panel.code_edit.text() == ""  # not the code field's own undo
    rows = {r.code: r for r in VisitService(ctx).today()}
    assert rows["MAIV1990F"].voided and not rows["OLPE1999M"].voided
    # shown as undone: greyed, struck out, marked with a word, and still with its services
    shown = panel.today.rows()
    index = next(i for i, r in enumerate(shown) if r.code == "MAIV1990F")
    model = panel.today_view.model()
    assert model.data(model.index(index, 1)) == "Undone"
    assert model.data(model.index(index, 4)) == "Meal"
    assert model.data(model.index(index, 4), Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(index, 4), Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 visit" in panel.today_label.text() and "1 visits" not in panel.today_label.text()


# ------------------------------------------------------------------ warnings
def test_second_visit_today_offers_to_add_to_it(qtbot, panel, monkeypatch):
    ctx = panel.ctx
    (cid,) = add_clients(ctx, "MAIV1990F")
    VisitService(ctx).record(VisitInput(cid, "walk_in", (ServiceGiven("shower"), ServiceGiven("male_condoms", 10))))
    questions = []
    monkeypatch.setattr(panel, "ask", lambda text, choices: questions.append(text) or choices[0][0])
    pick(qtbot, panel, "MAIV1990F")
    assert "Already checked in today at 10:00" in panel.status.text()
    toggle(panel, "male_condoms").check.setChecked(True)
    toggle(panel, "meal").check.setChecked(True)
    panel.save()
    assert questions and "already checked in today at 10:00" in questions[0]
    (row,) = VisitService(ctx).today()
    assert row.services == "Shower, Meal, Male condoms × 20"
    assert "added to the visit" in panel.confirmation.text()


def test_visit_without_services_asks_first(qtbot, panel, monkeypatch):
    ctx = panel.ctx
    add_clients(ctx, "MAIV1990F")
    monkeypatch.setattr(panel, "ask", lambda text, choices: None)  # the desk says Cancel
    pick(qtbot, panel, "MAIV1990F")
    panel.save()
    assert VisitService(ctx).today() == [] and panel.client is not None
    monkeypatch.setattr(panel, "ask", lambda text, choices: choices[0][0])
    panel.save()
    assert len(VisitService(ctx).today()) == 1


# ------------------------------------------------------------------ matches
def test_match_list_shows_eight_matches_with_nickname_and_last_visit(qtbot, panel):
    ctx = panel.ctx
    ids = add_clients(ctx, *[f"MAI{c}1990F" for c in "ABCDEFGHIJ"])
    with ctx.transaction() as s:
        s.get(Client, ids[0]).nickname = "Sunny"
    VisitService(ctx).record(VisitInput(ids[0], "walk_in", ()))
    qtbot.keyClicks(panel.code_edit, "mai")
    matches = panel.matches
    assert matches.count() == 8 and matches.isVisible()
    assert matches.item(0).text() == "MAIA1990F  (Sunny), last visit 23 Nov 2026"
    for row in range(8):  # every one of them in sight, none behind a scroll bar
        assert matches.viewport().rect().contains(matches.visualItemRect(matches.item(row)))
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Down)
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Down)
    assert panel.client.code == "MAIB1990F"
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Escape)  # the first Escape only closes the list
    assert not matches.isVisible() and panel.client.code == "MAIB1990F" and panel.code_edit.text() == "mai"
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Backspace)  # typing again opens it again
    assert matches.isVisible() and matches.count() == 8
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Tab)
    assert not matches.isVisible()


def test_swapped_parent_letters_are_a_near_duplicate(ctx_for):
    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, "LABO1993F")
    (candidate,) = ClientService(ctx).similar("BOLA1993F")
    assert candidate.code == "LABO1993F" and "swapped" in candidate.reason


def test_different_person_same_code_is_told_the_new_code(qtbot, ctx_for, monkeypatch):
    from dropin.ui.frontdesk.register import RegisterDialog, SamePersonDialog

    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, "LABO1993F")
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.fact_edits["mother_name"].setText("Lana")
    dialog.fact_edits["father_name"].setText("Boris")
    dialog.fact_edits["birth_year"].setText("1993")
    buttons = []

    def answer(candidates):
        asked = SamePersonDialog(candidates, dialog, dialog.new_code)
        qtbot.addWidget(asked)
        buttons.append(asked.new_button.text())
        asked.new_person = True
        return asked

    dialog.ask_same_person = answer
    dialog.register()
    assert dialog.result_client.code == "LABO1993F2"
    assert buttons == ["&Different person: register as LABO1993F2"]
    assert "LABO1993F2 on the person's card" in dialog.new_code_notice


def test_enter_registers_in_the_new_client_dialog(qtbot, ctx_for):
    from dropin.ui.frontdesk.register import RegisterDialog

    ctx = ctx_for(Role.FRONT_DESK)
    dialog = show(qtbot, RegisterDialog(ctx), (600, 700))
    dialog.fact_edits["mother_name"].setText("Maria")
    dialog.fact_edits["father_name"].setText("Ivan")
    dialog.fact_edits["birth_year"].setText("1990")
    dialog.nickname.setFocus()
    qtbot.keyClick(dialog.nickname, Qt.Key.Key_Return)
    assert dialog.result_client is not None and dialog.result_client.code == "MAIV1990F"
    assert not dialog.referral_button.autoDefault()


# ------------------------------------------------------------------ drafts
def test_escape_keeps_the_form_and_ctrl_r_brings_it_back(qtbot, panel):
    add_clients(panel.ctx, "MAIV1990F")
    pick(qtbot, panel, "MAIV1990F")
    toggle(panel, "lubricant").check.setChecked(True)
    panel.note.setText("asked about the clinic")
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Escape)
    assert panel.code_edit.text() == "" and not toggle(panel, "lubricant").check.isChecked()
    assert "Ctrl+R" in panel.status.text()
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.client.code == "MAIV1990F" and toggle(panel, "lubricant").check.isChecked()
    assert panel.note.text() == "asked about the clinic"


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_lock_keeps_a_half_filled_form_as_a_draft(qtbot, ctx_for, how):
    from dropin.ui.shell.main_window import MainWindow

    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, "MAIV1990F")
    window = MainWindow(ctx, idle_ms=10**8)
    show(qtbot, window)
    panel = window.show_page("frontdesk").checkin
    pick(qtbot, panel, "MAIV1990F")
    toggle(panel, "food_parcel").check.setChecked(True)
    toggle(panel, "food_parcel").quantity.setValue(3)
    if how == "ctrl_l":
        qtbot.keyClick(panel.code_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        window.idle.idle.emit()
    assert window.locked and panel.code_edit.text() == "" and not toggle(panel, "food_parcel").check.isChecked()
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)  # the password is checked on a worker
    assert panel.client.code == "MAIV1990F"
    assert toggle(panel, "food_parcel").given() == ServiceGiven("food_parcel", 3, None)
    window.log_out()  # logging out drops it
    assert window._drafts == {} and panel.code_edit.text() == ""
    window.idle.stop()
    window.close()
