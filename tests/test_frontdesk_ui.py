"""The front desk through real widgets: keyboard check-in, undo, register dialog, catalogue editor, profile."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from dropin.clients.service import ClientService
from dropin.models.clients import Client
from dropin.security.roles import Role
from dropin.visits.service import VisitInput, VisitService


def add_clients(ctx, *codes, **values):
    with ctx.transaction() as s:
        rows = [Client(code=code, **values) for code in codes]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    return widget


def test_keyboard_check_in_then_undo(qtbot, ctx_for, monkeypatch):
    from dropin.ui.frontdesk.page import FrontDeskPage

    ctx = ctx_for(Role.FRONT_DESK)
    add_clients(ctx, "MAIV1990F", "MAIV1985T", "OLPE1999M", birth_year=1990)
    page = show(qtbot, FrontDeskPage(ctx))
    panel = page.checkin
    page.refresh()
    code = panel.code_edit
    assert QApplication.focusWidget() is code

    qtbot.keyClicks(code, "maiv")
    assert panel.matches.count() == 2 and panel.client is None  # two candidates: choose
    qtbot.keyClicks(code, "1990f")
    assert panel.client is not None and panel.client.code == "MAIV1990F"
    assert "MAIV1990F" in panel.status.text()

    qtbot.keyClick(code, Qt.Key.Key_Tab)  # the first Tab after the code goes to the services
    shower = panel.findChild(QCheckBox, "service_shower")
    assert QApplication.focusWidget() is shower
    qtbot.keyClick(shower, Qt.Key.Key_Space)
    assert shower.isChecked()
    for _ in range(7):  # laundry, meal, internet, rest, referral (+where to) -> male condoms
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    condoms = QApplication.focusWidget()
    assert condoms.objectName() == "service_male_condoms"
    qtbot.keyClick(condoms, Qt.Key.Key_Space)
    qtbot.keyClick(condoms, Qt.Key.Key_Tab)
    quantity = QApplication.focusWidget()
    assert quantity.objectName() == "quantity_male_condoms"
    qtbot.keyClick(quantity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(quantity, "20")
    qtbot.keyClick(quantity, Qt.Key.Key_Return)

    rows = panel.today_model.rows()
    assert len(rows) == 1
    assert (rows[0].code, rows[0].services, rows[0].channel) == ("MAIV1990F", "Shower, Male condoms × 20", "walk_in")
    assert "MAIV1990F" in panel.confirmation.text()
    assert code.text() == "" and not shower.isChecked() and QApplication.focusWidget() is code
    assert "1 visit" in panel.today_label.text()

    # anonymous walk-in by the phone, Enter from the code field's neighbour
    asked = []
    monkeypatch.setattr(panel, "ask", lambda text, choices: asked.append(text) or choices[0][0])
    panel.anonymous.setChecked(True)
    panel.channel.setCurrentIndex(panel.channel.findData("phone"))
    qtbot.keyClick(panel.channel, Qt.Key.Key_Enter)
    assert [r.code for r in panel.today_model.rows()] == [None, "MAIV1990F"]
    assert asked == ["This visit has no services. Save it anyway?"]

    # undo the mistaken anonymous entry
    panel.today_view.selectRow(0)
    monkeypatch.setattr(panel, "ask_reason", lambda question: "Entered by mistake")
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    rows = panel.today_model.rows()
    assert rows[0].voided and rows[0].void_reason == "Entered by mistake"
    assert "1 visit" in panel.today_label.text()
    assert [r.code for r in VisitService(ctx).today(include_voided=False)] == ["MAIV1990F"]


def test_unknown_code_is_not_saved_and_says_what_to_do(qtbot, ctx_for):
    from dropin.ui.frontdesk.checkin import CheckInPanel

    ctx = ctx_for(Role.FRONT_DESK)
    panel = show(qtbot, CheckInPanel(ctx))
    qtbot.keyClicks(panel.code_edit, "ZZZZ1990F")
    assert "Ctrl+N" in panel.status.text()
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    assert panel.error.isVisible() and "Register" in panel.error.text()
    assert VisitService(ctx).today() == []


def test_register_dialog_same_person_new_person_and_under_18(qtbot, ctx_for):
    from dropin.ui.frontdesk.register import RegisterDialog, SafeguardingDialog

    ctx = ctx_for(Role.FRONT_DESK)
    from dropin.clients.referrals import ReferralService

    ReferralService(ctx_for(Role.MANAGER)).add("Child protection service", "child_protection")
    (existing,) = add_clients(ctx, "MAIV1990F")

    def fill(dialog, mother, father, year):
        dialog.fact_edits["mother_name"].setText(mother)
        dialog.fact_edits["father_name"].setText(father)
        dialog.fact_edits["birth_year"].clear()
        qtbot.keyClicks(dialog.fact_edits["birth_year"], year)

    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    fill(dialog, "Мария", "Иван", "1990")
    assert dialog.code_edit.text() == "MAIV1990F"
    seen = []

    class Same:
        def __init__(self, candidates):
            seen.extend(candidates)
            self.chosen, self.new_person = candidates[0], False

    dialog.ask_same_person = Same
    dialog.register()
    assert dialog.result_client.id == existing and [c.code for c in seen] == ["MAIV1990F"]

    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    fill(dialog, "Maria", "Ivan", "1991")
    dialog.nickname.setText("Kat")
    dialog.ask_same_person = lambda c: types.SimpleNamespace(chosen=None, new_person=True)
    dialog.register()
    assert dialog.result_client.code == "MAIV1991F"
    assert ClientService(ctx).get(dialog.result_client.id).nickname == "Kat"

    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, "Olga", "Petr", "2011")
    assert dialog.minor_box.isVisible() and not dialog.register_button.isEnabled()
    assert "under 18" in dialog.minor_label.text()
    safeguarding = SafeguardingDialog(ctx, dialog)
    qtbot.addWidget(safeguarding)
    assert safeguarding.destination.currentText() == "Child protection service"
    safeguarding.save()
    (row,) = VisitService(ctx).today()
    assert row.code is None and row.services == "Referral: Child protection service"
    assert ClientService(ctx).count() == 2


def test_catalogue_editor_retires_and_front_desk_cannot_manage(qtbot, ctx_for):
    from dropin.ui.frontdesk.catalogue import CatalogueEditor
    from dropin.ui.frontdesk.checkin import CheckInPanel

    editor = show(qtbot, CatalogueEditor(ctx_for(Role.MANAGER)))
    services = editor.services
    row = next(i for i, item in enumerate(services.model.rows()) if item.code == "internet")
    services.view.selectRow(row)
    qtbot.mouseClick(services.findChild(QPushButton, "retireItemButton"), Qt.MouseButton.LeftButton)
    item = next(i for i in services.model.rows() if i.code == "internet")
    assert item.active is False
    assert services.model.data(services.model.index(row, 4)) == "retired"

    panel = show(qtbot, CheckInPanel(ctx_for(Role.FRONT_DESK)))
    assert "internet" not in {t.item.code for t in panel.toggles}
    assert "shower" in {t.item.code for t in panel.toggles}

    denied = show(qtbot, CatalogueEditor(ctx_for(Role.FRONT_DESK)))
    assert denied.services.model.rowCount() == 0
    assert "does not allow" in denied.services.error.text()


def test_lazy_client_list_and_profile_sections(qtbot, ctx_for, monkeypatch):
    from dropin.ui.frontdesk.page import FrontDeskPage
    from dropin.ui.frontdesk.profile import ClientProfileDialog

    manager = ctx_for(Role.MANAGER)
    ids = add_clients(manager, *[f"AB{n:04d}F" for n in range(450)])
    page = show(qtbot, FrontDeskPage(ctx_for(Role.SOCIAL_WORKER)))
    page.tabs.setCurrentWidget(page.clients)
    model = page.clients.model
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    assert "450" in page.clients.count_label.text()

    VisitService(manager).record(VisitInput(ids[0], "walk_in"))
    fake = types.ModuleType("dropin.shelter.profile")
    fake.summary = lambda ctx, client_id: [("Current stay", "Room 2")]
    monkeypatch.setitem(sys.modules, "dropin.shelter.profile", fake)
    monkeypatch.setitem(sys.modules, "dropin.children.profile", None)
    social = ClientProfileDialog(ctx_for(Role.SOCIAL_WORKER), ids[0])
    qtbot.addWidget(social)
    assert [b.title() for b in social.section_boxes] == ["Shelter stays"]
    assert social.model.rowCount() == 1
    desk = ClientProfileDialog(ctx_for(Role.FRONT_DESK), ids[0])
    qtbot.addWidget(desk)
    assert desk.section_boxes == []


def test_key_population_is_asked_at_registration_changed_later_and_shown_on_the_profile(qtbot, ctx_for):
    from dropin.ui.frontdesk.profile import ClientProfileDialog
    from dropin.ui.frontdesk.register import EditClientDialog, RegisterDialog

    ctx = ctx_for(Role.FRONT_DESK)
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.kp_type.currentData() is None  # optional: "not stated" unless the person says
    dialog.fact_edits["mother_name"].setText("Anna")
    dialog.fact_edits["father_name"].setText("Oleg")
    qtbot.keyClicks(dialog.fact_edits["birth_year"], "1992")
    dialog.kp_type.setCurrentIndex(dialog.kp_type.findData("tg"))
    dialog.register()
    info = ClientService(ctx).get(dialog.result_client.id)
    assert info.kp_type == "tg"

    edit = EditClientDialog(ctx, info)
    qtbot.addWidget(edit)
    assert edit.kp_type.currentData() == "tg"
    edit.kp_type.setCurrentIndex(edit.kp_type.findData(None))
    edit.save()
    assert edit.saved.kp_type is None and ClientService(ctx).get(info.id).kp_type is None
    edit = EditClientDialog(ctx, ClientService(ctx).get(info.id))
    qtbot.addWidget(edit)
    edit.kp_type.setCurrentIndex(edit.kp_type.findData("fsw"))
    edit.save()

    profile = ClientProfileDialog(ctx, info.id)
    qtbot.addWidget(profile)
    shown = [label.text() for label in profile.findChildren(QLabel)]
    assert "Key population" in shown and "Female sex worker" in shown
