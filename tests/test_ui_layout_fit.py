"""Every page fits a small laptop screen in Russian, the longest of the four languages: at 1280×720 the main
window is not forced past the screen, and no label, button or column header is narrower than its text
(``tests/layout.py`` says what is cut, and by how much)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from dropin.security.roles import Role
from dropin.ui.language import manager
from tests.layout import cut_in_every_tab

SCREEN = QRect(0, 0, 1280, 720)
TITLE_BAR = 32  # what a window manager adds above the window

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


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
def test_every_page_fits_a_small_screen_in_russian(qtbot, ctx_for, themed, role):
    from dropin.ui.shell.main_window import MainWindow

    manager().apply("ru")
    window = MainWindow(ctx_for(role), idle_ms=10**8)
    qtbot.addWidget(window)
    window.place_on_screen(SCREEN)
    window.show()
    width, height = SCREEN.width(), SCREEN.height() - TITLE_BAR
    window.resize(width, height)
    found = []
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        found += cut_in_every_tab(window, key)
        needed = window.minimumSizeHint()
        if needed.width() > width or needed.height() > height:
            found.append(f"{key}: the window needs {needed.width()}×{needed.height()}, the screen has {width}×{height}")
    assert found == []


def _dialogs():
    from tests.test_ui_mnemonics import WINDOWS

    return [name for name in WINDOWS if not name.startswith("page:")]


@pytest.mark.parametrize("name", _dialogs())
def test_every_dialog_shows_its_texts_whole_in_russian(qtbot, ctx_for, themed, name):
    from tests.test_ui_mnemonics import WINDOWS

    manager().apply("ru")
    role, build = WINDOWS[name]
    widget = build(ctx_for(role or Role.FRONT_DESK), qtbot)
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    found = cut_in_every_tab(widget, name)
    idle = getattr(widget, "idle", None)
    if idle is not None:
        idle.stop()
    widget.close()
    assert found == []
