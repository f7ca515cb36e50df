"""No window or dialog gives one Alt+letter to two controls, in any of the four languages.

To check another window, add a builder to ``WINDOWS``: ``name: (role, build(ctx, qtbot) -> widget)``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dropin.models.clients import Client
from dropin.security.roles import Role
from dropin.ui.language import manager
from tests.mnemonics import clashes_in_every_tab, mnemonic


def _client(ctx) -> int:
    from dropin.clients.service import ClientService

    found = ClientService(ctx).find("MAIV1990F")
    if found is not None:
        return found.id
    with ctx.transaction() as s:
        client = Client(code="MAIV1990F", nickname="Sunny", birth_year=1990)
        s.add(client)
        s.flush()
        return client.id


def _main_window(role):
    def build(ctx, qtbot):
        from dropin.ui.shell.main_window import MainWindow

        return MainWindow(ctx, idle_ms=10**8)

    return role, build


def _register(ctx, qtbot):
    from dropin.ui.frontdesk.register import RegisterDialog

    dialog = RegisterDialog(ctx)
    dialog.minor_box.show()  # the under-18 part shows its button too
    return dialog


def _same_person(ctx, qtbot):
    from dropin.clients.service import ClientService
    from dropin.ui.frontdesk.register import SamePersonDialog

    _client(ctx)
    return SamePersonDialog(ClientService(ctx).similar("MAIV1990F"), None, "MAIV1990F2")


def _edit_client(ctx, qtbot):
    from dropin.clients.service import ClientService
    from dropin.ui.frontdesk.register import EditClientDialog

    return EditClientDialog(ctx, ClientService(ctx).get(_client(ctx)))


def _profile(ctx, qtbot):
    from dropin.ui.frontdesk.profile import ClientProfileDialog

    return ClientProfileDialog(ctx, _client(ctx))


def _safeguarding(ctx, qtbot):
    from dropin.ui.frontdesk.register import SafeguardingDialog

    return SafeguardingDialog(ctx)


def _change_password(ctx, qtbot):
    from dropin.ui.shell.main_window import ChangePasswordDialog

    return ChangePasswordDialog(ctx)


def _locked(ctx, qtbot):
    window = _main_window(None)[1](ctx, qtbot)
    window.lock()
    return window


def _login(ctx, qtbot):
    from dropin.ui.shell.login import LoginScreen

    return LoginScreen(ctx.db)


def _unlock(ctx, qtbot):
    from dropin.ui.shell.unlock import UnlockScreen

    return UnlockScreen(ctx.db.path, 4000)


def _children_dialog(module, name):
    def build(ctx, qtbot):
        import importlib

        return getattr(importlib.import_module(f"dropin.ui.children.{module}"), name)(ctx)

    return Role.FACILITATOR, build


def _dialog(module, name, *args):
    """``module.name(ctx, *args)``: a window or dialog that takes the service context first."""

    def build(ctx, qtbot):
        import importlib

        return getattr(importlib.import_module(f"dropin.ui.{module}"), name)(ctx, *args)

    return build


def _with_service(module, name, service_module, service):
    """``module.name(service(ctx))``: a dialog that takes one service."""

    def build(ctx, qtbot):
        import importlib

        made = getattr(importlib.import_module(service_module), service)(ctx)
        return getattr(importlib.import_module(f"dropin.ui.{module}"), name)(made)

    return build


def _user_dialog(name):
    def build(ctx, qtbot):
        from dropin.security.auth import UserService
        from dropin.ui.admin import page

        service = UserService(ctx)
        return getattr(page, name)(service, service.list_users()[0])

    return build


def _stay(ctx):
    from dropin.shelter.beds import BedService
    from dropin.shelter.stays import StayService

    beds = BedService(ctx)
    staying = [stay for stay in StayService(ctx).residents(include_reserved=False) if stay.client_code == "MAIV1990F"]
    if staying:  # made for an earlier window on the same database
        return staying[0]
    room = beds.add_room("Room 1", 2)
    bed = beds.add_bed(room.id, "A", available_from=dt.date(2026, 1, 1))
    beds.add_bed(room.id, "B", available_from=dt.date(2026, 1, 1))
    _client(ctx)
    return StayService(ctx).admit("MAIV1990F", bed.id)


def _shelter_dialog(name):
    def build(ctx, qtbot):
        import importlib

        module = "correct" if name == "CorrectDialog" else "dialogs"
        return getattr(importlib.import_module(f"dropin.ui.shelter.{module}"), name)(ctx, _stay(ctx))

    return build


def _admit(reserve):
    def build(ctx, qtbot):
        from dropin.ui.shelter.admit import AdmitDialog

        _stay(ctx)  # a free bed to choose and a person to admit
        return AdmitDialog(ctx, reserve=reserve)

    return build


def _help(ctx, qtbot):
    from dropin.ui.help import HelpDialog

    return HelpDialog("frontdesk")


def _about(ctx, qtbot):
    from dropin.ui.about import AboutDialog

    return AboutDialog()


def _new_database(step):
    def build(ctx, qtbot):
        from dropin.ui.shell.wizard import CreateDatabaseWizard

        wizard = CreateDatabaseWizard(ctx.db.path.with_name("new.db"), 4000)
        wizard.set_cancellable(True)  # as opened from the unlock screen
        wizard._show_step(step)
        return wizard

    return Role.FRONT_DESK, build


def _server_choice(ctx, qtbot):
    from dropin.ui.shell.wizard import CreateDatabaseWizard

    wizard = CreateDatabaseWizard(ctx.db.path.with_name("new.db"), 4000)
    wizard.set_cancellable(True)
    wizard.on_server.setChecked(True)
    return wizard


def _server_login(ctx, qtbot):
    from dropin.ui.shell.serverlogin import ServerLoginScreen

    return ServerLoginScreen({"host": "records.centre.example", "port": "5432", "database": "dropin", "ca": ""})


#: records made for a window, by database and kind: a window built again on the same database (in another
#: language) reuses them
_MADE: dict[tuple[str, str], object] = {}


def _once(ctx, kind: str, make):
    key = (str(ctx.db.path), kind)
    if key not in _MADE:
        _MADE[key] = make()
    return _MADE[key]


def _running_test(ctx):
    from dropin.testing.service import TestService
    from tests.test_hts_service import add_destination, counsel, receive

    def start():
        _client(ctx)
        add_destination(ctx)
        lot = receive(ctx)
        return TestService(ctx).start_test(counsel(ctx, "MAIV1990F").id, lot.id)

    return _once(ctx, "running test", start)


def _cancel_test(ctx, qtbot):
    from dropin.ui.testing.board import CancelTestDialog

    return CancelTestDialog(_running_test(ctx))


def _referral_slip(ctx, qtbot):
    from dropin.testing.service import TestService
    from dropin.ui.testing.slipdialog import SlipDialog

    def referral():
        test = _running_test(ctx)
        ctx.clock.advance(minutes=25)
        return TestService(ctx).record_result(test.id, True, True).referral_id

    return SlipDialog(ctx, _once(ctx, "referral", referral))


def _backup_passphrase(ctx, qtbot):
    from dropin.ui.admin.passphrases import BackupPassphraseDialog

    return BackupPassphraseDialog("centre.backup")


#: name: (role, build(ctx, qtbot) -> window or dialog); "page:<key>" is that page of the main window
WINDOWS = {
    "page:frontdesk": _main_window(Role.FRONT_DESK),
    "page:frontdesk (manager)": _main_window(Role.MANAGER),
    "page:shelter": _main_window(Role.SOCIAL_WORKER),
    "page:children": _main_window(Role.FACILITATOR),
    "page:testing": _main_window(Role.PEER_COUNSELLOR),
    "page:reports": _main_window(Role.MANAGER),
    "page:admin": _main_window(Role.MANAGER),
    "lock screen": (Role.FRONT_DESK, _locked),
    "login screen": (Role.FRONT_DESK, _login),
    "unlock screen": (Role.FRONT_DESK, _unlock),
    "new client": (Role.FRONT_DESK, _register),
    "same person?": (Role.FRONT_DESK, _same_person),
    "edit client": (Role.FRONT_DESK, _edit_client),
    "client profile": (Role.FRONT_DESK, _profile),
    "safeguarding referral": (Role.FRONT_DESK, _safeguarding),
    "change password": (Role.FRONT_DESK, _change_password),
    "child": _children_dialog("register", "ChildDialog"),
    "activity types": _children_dialog("schedule", "TypesDialog"),
    "children's session": (Role.FACILITATOR, _dialog("children.sessions", "SessionDialog", "children")),
    "parents' workshop": (Role.FACILITATOR, _dialog("children.sessions", "SessionDialog", "workshop")),
    "page:shelter (manager)": _main_window(Role.MANAGER),
    "page:testing (manager)": _main_window(Role.MANAGER),
    "page:outreach": _main_window(Role.OUTREACH_WORKER),
    "page:outreach (manager)": _main_window(Role.MANAGER),
    "admit": (Role.MANAGER, _admit(False)),
    "reserve": (Role.MANAGER, _admit(True)),
    "extend stay": (Role.MANAGER, _shelter_dialog("ExtendDialog")),
    "move to another bed": (Role.MANAGER, _shelter_dialog("MoveDialog")),
    "discharge": (Role.MANAGER, _shelter_dialog("DischargeDialog")),
    "correct a stay": (Role.MANAGER, _shelter_dialog("CorrectDialog")),
    "add user": (Role.MANAGER, _with_service("admin.page", "AddUserDialog", "dropin.security.auth", "UserService")),
    "change role": (Role.MANAGER, _user_dialog("ChangeRoleDialog")),
    "reset password": (Role.MANAGER, _user_dialog("ResetPasswordDialog")),
    "change database passphrase": (Role.MANAGER, _dialog("admin.page", "ChangePassphraseDialog")),
    "server backup passphrase": (Role.MANAGER, _backup_passphrase),
    "re-anchor audit log": (
        Role.MANAGER,
        _with_service("admin.audit", "ReanchorDialog", "dropin.security.trail", "AuditTrailService"),
    ),
    "service catalogue editor": (Role.MANAGER, _dialog("frontdesk.catalogue", "CatalogueEditor")),
    "service item": (
        Role.MANAGER,
        _with_service("frontdesk.catalogue", "ItemDialog", "dropin.visits.service", "CatalogueService"),
    ),
    "referral destination": (
        Role.MANAGER,
        _with_service("frontdesk.catalogue", "DestinationDialog", "dropin.clients.referrals", "ReferralService"),
    ),
    "outreach area": (
        Role.MANAGER,
        _with_service("outreach.page", "OutreachAreaDialog", "dropin.outreach.areas", "AreaService"),
    ),
    "cancel a running test": (Role.PEER_COUNSELLOR, _cancel_test),
    "referral slip": (Role.PEER_COUNSELLOR, _referral_slip),
    "help": (Role.FRONT_DESK, _help),
    "about": (Role.FRONT_DESK, _about),
    "new database: file": _new_database(0),
    "new database: passphrase": _new_database(1),
    "new database: first manager": _new_database(2),
    "new database: the centre's server": (Role.FRONT_DESK, _server_choice),
    "server login": (Role.FRONT_DESK, _server_login),
}
LANGUAGES = ("en", "ru", "uk", "ky")


def _cases():
    for name in WINDOWS:
        for language in LANGUAGES:
            yield pytest.param(name, language, id=f"{name}-{language}")


def test_mnemonic_reads_the_letter_after_the_ampersand():
    assert mnemonic("Save &attendance") == "a" and mnemonic("Fish && chips") is None
    assert mnemonic("&Сохранить") == "с" and mnemonic("No key") is None


@pytest.mark.parametrize("name, language", list(_cases()))
def test_no_window_gives_one_key_to_two_controls(qtbot, ctx_for, name, language):
    manager().apply(language)
    role, build = WINDOWS[name]
    widget = build(ctx_for(role or Role.FRONT_DESK), qtbot)
    qtbot.addWidget(widget)
    if name.startswith("page:"):
        key = name[5:].split(" ")[0]
        widget.show_page(key)
    found = clashes_in_every_tab(widget, name)
    idle = getattr(widget, "idle", None)
    if idle is not None:
        idle.stop()
    widget.close()
    assert not found, "\n".join(f"{where}: Alt+{letter} for {texts}" for where, letter, texts in found)
