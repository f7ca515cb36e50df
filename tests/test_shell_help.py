"""F1 opens a short help page for the area on screen, in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dropin.security.roles import Role
from dropin.ui.help import HELP
from dropin.ui.language import manager
from dropin.ui.pages import PAGES
from dropin.ui.shell.main_window import MainWindow

TITLES = {
    "en": {"frontdesk": "Front desk", "shelter": "Shelter", "reports": "Reports"},
    "ru": {"frontdesk": "Приём", "shelter": "Приют", "reports": "Отчёты"},
}


def test_every_area_has_help():
    assert {spec.key for spec in PAGES} <= set(HELP)
    assert all(len(paragraphs) >= 2 for _title, paragraphs in HELP.values())


@pytest.mark.parametrize("language", ["en", "ru"])
def test_f1_on_each_page_opens_its_help(qtbot, ctx_for, language):
    manager().apply(language)
    try:
        window = MainWindow(ctx_for(Role.MANAGER), idle_ms=10**8)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        for key in window.page_keys():
            page = window.show_page(key)
            page.setFocus()
            qtbot.keyClick(page, Qt.Key.Key_F1)
            dialog = window.help_dialog
            assert dialog is not None and dialog.isVisible() and dialog.key == key
            text = dialog.text.toPlainText()
            if key in TITLES[language]:
                assert text.startswith(TITLES[language][key]), text[:80]
            if language == "ru":
                assert "Ctrl+L" in text and "экран" in text  # the general line, in Russian
            else:
                assert "locks the screen" in text
            dialog.close()
        window.idle.stop()
        window.close()
    finally:
        manager().apply("en")
