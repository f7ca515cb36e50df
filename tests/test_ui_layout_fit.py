"""Every page and dialog fits an office screen in each of the four languages: at 1366×768 and at 1280×720 the
main window is not forced past the screen, and no label, button or column header is narrower than its text
(``tests/layout.py`` says what is cut, and by how much).

One test per language walks every role's pages at both sizes, one test per dialog builds it in each language; each
lists all it finds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from dropin.security.roles import Role
from dropin.ui.language import manager
from tests.layout import cut_in_every_tab

SCREENS = (QRect(0, 0, 1366, 768), QRect(0, 0, 1280, 720))
TITLE_BAR = 32  # what a window manager adds above the window
LANGUAGES = ("en", "ru", "uk", "ky")

#: the roles that see every page between them (the manager sees the most; the others their own tabs)
ROLES = (Role.MANAGER, Role.LEGAL_ADVISOR, Role.SOCIAL_WORKER, Role.PEER_COUNSELLOR, Role.FACILITATOR)


@pytest.fixture(scope="module")
def themed(qapp):
    """The look staff see (the material theme's controls are larger than Qt's own), made once: it takes seconds."""
    from dropin.ui.theme import apply_theme

    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    yield
    qapp.setStyleSheet(before)


def _pages_cut(qtbot, ctx_for, role) -> list[str]:
    from dropin.ui.shell.main_window import MainWindow

    window = MainWindow(ctx_for(role), idle_ms=10**8)
    qtbot.addWidget(window)
    found = []
    try:
        for screen in SCREENS:
            window.place_on_screen(screen)
            window.show()
            width, height = screen.width(), screen.height() - TITLE_BAR
            window.resize(width, height)
            for key in window.page_keys():
                window.show_page(key)
                QApplication.processEvents()
                where = f"{width}×{screen.height()} {role.value} {key}"
                found += cut_in_every_tab(window, where)
                needed = window.minimumSizeHint()
                if needed.width() > width or needed.height() > height:
                    found.append(f"{where}: the window needs {needed.width()}×{needed.height()}, has {width}×{height}")
    finally:
        window.idle.stop()
        window.close()
    return found


def _dialogs():
    from tests.test_ui_mnemonics import WINDOWS

    return {name: spec for name, spec in WINDOWS.items() if not name.startswith("page:")}


def _dialog_cut(qtbot, ctx_for, name, role, build) -> list[str]:
    widget = build(ctx_for(role or Role.FRONT_DESK), qtbot)
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    found = cut_in_every_tab(widget, name)
    idle = getattr(widget, "idle", None)
    if idle is not None:
        idle.stop()
    widget.close()
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_both_screens(qtbot, ctx_for, themed, language):
    manager().apply(language)
    found: list[str] = []
    for role in ROLES:
        found += _pages_cut(qtbot, ctx_for, role)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("name", list(_dialogs()))
def test_every_dialog_shows_its_texts_whole_in_every_language(qtbot, ctx_for, themed, name):
    role, build = _dialogs()[name]
    found: list[str] = []
    for language in LANGUAGES:
        manager().apply(language)
        found += [f"{language}: {line}" for line in _dialog_cut(qtbot, ctx_for, name, role, build)]
    assert found == [], "\n".join(found)
