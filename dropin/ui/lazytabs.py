"""Tabs built the first time they are shown (or asked for): a page with many tabs opens at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget


class LazyTabs(QTabWidget):
    """A tab widget whose pages are made by factories on first use; ``shown`` says which tab came up."""

    shown = Signal(str, object)  # key, the tab's widget

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._fresh: set[str] = set()  # built and not yet asked for by take_fresh
        self.currentChanged.connect(self._on_current)

    @property
    def stack(self) -> QWidget:
        """The parent every tab's widget ends up in: a factory that builds its widget there (``parent=tabs.stack``)
        spares Qt styling the whole new tree again when it is moved into place (a tenth of a second on a big form)."""
        stack = self.findChild(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        assert stack is not None  # a QTabWidget always has one
        return stack

    def add(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        self.keys.append(key)
        self._factories[key] = factory
        self.addTab(QWidget(), title)

    def built(self, key: str) -> Any:
        """The tab if it has been built already (``None`` otherwise): the widget its factory made, of its own class."""
        return self._built.get(key)

    def tab(self, key: str) -> Any:
        """The tab ``key``, built and put in its place on first use (the widget its factory made, of its own class)."""
        if key not in self._built:
            index = self.keys.index(key)
            widget = self._factories[key]()
            self._built[key] = widget
            self._fresh.add(key)
            current = self.currentIndex()
            title = self.tabText(index)
            placeholder = self.widget(index)
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, widget, title)
            self.setCurrentIndex(current)
            self.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._built[key]

    def take_fresh(self, key: str) -> bool:
        """Whether tab ``key`` was built since this was last asked: a tab filled as it is built need not read
        its data again when it first comes up."""
        fresh = key in self._fresh
        self._fresh.discard(key)
        return fresh

    def current_key(self) -> str | None:
        index = self.currentIndex()
        return self.keys[index] if 0 <= index < len(self.keys) else None

    def _on_current(self, index: int) -> None:
        if 0 <= index < len(self.keys):
            key = self.keys[index]
            self.shown.emit(key, self.tab(key))
