"""No two controls shown together share an Alt+letter, in the children's, shelter and reports windows, in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from dropin.security.roles import Role
from dropin.ui.language import manager
from tests.shelter_helpers import add_clients, db, setup_beds, shelter_template, users  # noqa: F401,F811

MNEMONIC = re.compile(r"&(?!&)(\w)")
LANGUAGES = ("en", "ru", "uk", "ky")


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> texts of the visible controls that claim it (tabs of a tab bar count as one group each)."""
    found: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QAbstractButton, QGroupBox)):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        match = MNEMONIC.search(text or "")
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def clashes(window: QWidget) -> list[str]:
    return [f"Alt+{key}: {texts}" for key, texts in mnemonics(window).items() if len(texts) > 1]


def each_tab(window: QWidget):
    """Show every tab of every tab widget in turn (only the shown tab's controls take Alt+letters)."""
    tabs = window.findChild(QTabWidget)
    if tabs is None:
        yield window.objectName() or type(window).__name__
        return
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield tabs.tabText(i)


def check(qtbot, window: QWidget) -> list[str]:
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems = []
    for name in each_tab(window):
        problems += [f"{type(window).__name__} / {name}: {c}" for c in clashes(window)]
    window.close()
    return problems


@pytest.fixture
def language(request, qapp):
    manager().apply(request.param)
    yield request.param
    manager().apply("en")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_children_windows_and_dialogs_have_no_clashing_mnemonics(qtbot, ctx_for, language):
    import datetime as dt

    from dropin.children.service import SessionService
    from dropin.ui.children.common import KIND_CHILDREN, KIND_WORKSHOP
    from dropin.ui.children.page import ChildrenPage
    from dropin.ui.children.register import ChildDialog
    from dropin.ui.children.schedule import TypesDialog
    from dropin.ui.children.sessions import SessionDialog

    ctx = ctx_for(Role.MANAGER)
    problems = check(qtbot, ChildrenPage(ctx))
    sessions = SessionService(ctx)
    for kind in (KIND_CHILDREN, KIND_WORKSHOP):  # the attendance sheet with a session open shows every control
        type_id = sessions.activity_types(kind)[0].id
        held = sessions.create_session(type_id, dt.date(2026, 11, 20), dt.time(16), 90)
        page = ChildrenPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.open_attendance(held.id)
        problems += [f"attendance ({kind}): {c}" for c in clashes(page)]
        page.close()
    for window in (
        ChildDialog(ctx),
        TypesDialog(ctx),
        SessionDialog(ctx, KIND_CHILDREN),
        SessionDialog(ctx, KIND_WORKSHOP),
    ):
        problems += check(qtbot, window)
    assert not problems, problems


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_shelter_and_reports_windows_have_no_clashing_mnemonics(qtbot, ctx_for, language):
    from dropin.shelter.stays import StayService
    from dropin.ui.reports.page import ReportsPage
    from dropin.ui.shelter.admit import AdmitDialog
    from dropin.ui.shelter.correct import CorrectDialog
    from dropin.ui.shelter.dialogs import DischargeDialog, ExtendDialog, MoveDialog
    from dropin.ui.shelter.page import ShelterPage

    beds = setup_beds(ctx_for)
    ctx = ctx_for(Role.MANAGER)
    add_clients(ctx, "AA01")
    stay = StayService(ctx).admit("AA01", beds["R1A"])
    problems = check(qtbot, ShelterPage(ctx)) + check(qtbot, ShelterPage(ctx_for(Role.SOCIAL_WORKER)))
    for window in (
        AdmitDialog(ctx),
        AdmitDialog(ctx, reserve=True),
        ExtendDialog(ctx, stay),
        MoveDialog(ctx, stay),
        DischargeDialog(ctx, stay),
        CorrectDialog(ctx, stay),
        ReportsPage(ctx),
    ):
        problems += check(qtbot, window)
    assert not problems, problems
