"""Find clashing mnemonics (the letter after "&" in a label or button) in any window or dialog.

Two controls of one window with the same Alt+letter make that key jump between them instead of
acting (Alt+S on both "Session:" and "Save attendance" never saves). Use ``clashes(window)``
for one state of a window, or ``clashes_in_every_tab(window)`` to also walk its tab pages.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabWidget, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("Save &attendance" → "a"), or None."""
    found = _MNEMONIC.search((text or "").replace("&&", ""))
    return found.group(1).lower() if found else None


def _texts(window: QWidget) -> list[str]:
    texts = []
    if isinstance(window, QMainWindow) and window.menuBar().isVisibleTo(window):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(window):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters used by more than one visible control of ``window``, with their texts."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in _texts(window):
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def clashes_in_every_tab(window: QWidget, where: str = "") -> list[tuple[str, str, list[str]]]:
    """:func:`clashes` for the window as it is and with each tab of each visible tab widget shown."""
    found = [(where, letter, texts) for letter, texts in clashes(window).items()]
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += [(f"{where} / {tabs.tabText(index)}", letter, texts) for letter, texts in clashes(window).items()]
        tabs.setCurrentIndex(current)
    return found
