"""Find text a window cuts: labels, buttons and column headers narrower than their text, and controls
that stick out of the window.

Use ``cut(window)`` for one state of a window, or ``cut_in_every_tab(window)`` to also walk its tab pages.
Each finding is one line naming the widget, its text and the widths, so a failing test says what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

#: room a header section needs besides its text: the padding of the theme's sections (dropin.ui.theme)
HEADER_PADDING = 12


def _plain(text: str) -> str:
    """A label's text as shown: without its mnemonic marks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisibleTo(window) and widget.width() > 0


def _inside_scrolled(widget: QWidget) -> bool:
    """Whether the widget lies in a scroll area's content (the user can scroll to what is outside)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QTableView):
            return True
        parent = parent.parentWidget()
    return False


def _label_width(label: QLabel) -> int:
    text = label.text()
    if GuiQt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        return int(document.idealWidth())
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))


def cut(window: QWidget) -> list[str]:
    """What ``window`` (as it is laid out now) cuts or pushes out of sight."""
    found: list[str] = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            need = _label_width(widget) + 2 * widget.margin() + max(widget.indent(), 0)
            have = widget.contentsRect().width()
            if need > have + 1:
                found.append(f"label {_name(widget)} {_plain(widget.text())!r}: needs {need} px, has {have}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            need, have = widget.sizeHint().width(), widget.width()
            if need > have + 1:
                found.append(f"button {_name(widget)} {_plain(widget.text())!r}: needs {need} px, has {have}")
        if isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            if header.isVisibleTo(window):
                metrics = header.fontMetrics()
                model = widget.model()
                for section in range(header.count()):
                    if header.isSectionHidden(section) or model is None:
                        continue
                    text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
                    need = metrics.horizontalAdvance(text) + HEADER_PADDING
                    have = header.sectionSize(section)
                    if text and need > have:
                        found.append(f"header {_name(widget)} {text!r}: needs {need} px, has {have}")
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            content = widget.widget()
            need = content.minimumSizeHint().width() if content is not None else 0
            have = widget.viewport().width()
            found.append(f"scroll area {_name(widget)} cuts its content at the right: needs {need} px, has {have}")
        if isinstance(widget, QAbstractButton | QLabel | QAbstractScrollArea) and not _inside_scrolled(widget):
            where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not bounds.contains(where):
                found.append(f"{_name(widget)} sticks out of the window: {where.getRect()} in {bounds.getRect()}")
    return found


def cut_in_every_tab(window: QWidget, where: str = "") -> list[str]:
    """:func:`cut` for the window as it is and with each tab of each visible tab widget shown."""
    found = [f"{where}: {line}" for line in cut(window)]
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()  # the tab's layout is done
            found += [f"{where} / {tabs.tabText(index)}: {line}" for line in cut(window)]
        tabs.setCurrentIndex(current)
        QApplication.processEvents()
    return list(dict.fromkeys(found))
