"""No widget, dialog or model of dropin/ui names an attribute or method like one of its Qt base classes.

``self.children = QSpinBox()`` makes ``dialog.children()`` raise, a method ``move()`` replaces
``QWidget.move``: both break Qt's own code (and tools such as pytest-qt) in ways no test of the area sees.
Only Qt's virtual methods, meant to be overridden, may share a name with the base class.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

from PySide6.QtCore import QObject

import dropin.ui

#: Qt virtual methods a subclass is meant to override
OVERRIDES = {
    # QObject / QWidget
    "event",
    "eventFilter",
    "sizeHint",
    "minimumSizeHint",
    "sizeHintForColumn",
    "setVisible",
    "heightForWidth",
    "hasHeightForWidth",
    "focusNextPrevChild",
    "inputMethodQuery",
    # QDialog
    "accept",
    "reject",
    "done",
    "exec",
    "open",
    # QValidator
    "validate",
    "fixup",
    # item models, proxies and delegates
    "data",
    "setData",
    "flags",
    "rowCount",
    "columnCount",
    "headerData",
    "index",
    "parent",
    "canFetchMore",
    "fetchMore",
    "sort",
    "lessThan",
    "filterAcceptsRow",
    "roleNames",
    "paint",
    "createEditor",
    "setEditorData",
    "setModelData",
    "editorEvent",
    "initStyleOption",
    "displayText",
    # QThread / QRunnable
    "run",
    # QTranslator
    "translate",
    "isEmpty",
}
#: (class, name) kept on purpose, with the reason
ALLOWED = {
    # extend QLabel.clear (a slot) to hide the empty label, calling super().clear()
    ("InlineError", "clear"),
    ("HistoryBox", "clear"),  # the same: the testing history line hides when cleared
    # QAbstractItemView.setModel is virtual: the table hears of the model's changes before the view does
    ("TableView", "setModel"),
}


def _ui_classes() -> list[type]:
    classes = []
    for info in pkgutil.walk_packages(dropin.ui.__path__, "dropin.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QObject):
                classes.append(cls)
    return classes


def _qt_names(cls: type) -> set[str]:
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith(("PySide6", "shiboken6")):
            names.update(vars(base))
    return {n for n in names if not n.startswith("_")} - {"staticMetaObject"}


def _assigned_attributes(cls: type) -> set[str]:
    """Every ``self.<name> = ...`` (also ``self.a, self.b = ...`` and ``ok, self.x = ...``) in the class body."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return set()
    names = set()
    for node in ast.walk(ast.parse(source)):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        while targets:
            target = targets.pop()
            if isinstance(target, ast.Tuple | ast.List):
                targets.extend(target.elts)
            elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
                names.add(target.attr)
    return names


def shadows() -> list[str]:
    found = []
    for cls in _ui_classes():
        qt = _qt_names(cls)
        own = {n for n, v in vars(cls).items() if not n.startswith("_") and not isinstance(v, type)}
        for name in sorted((own | _assigned_attributes(cls)) & qt):
            if name in OVERRIDES or name.endswith("Event") or (cls.__name__, name) in ALLOWED:
                continue
            found.append(f"{cls.__module__}.{cls.__name__}.{name}")
    return sorted(set(found))


def test_no_widget_attribute_or_method_shadows_qt(qapp):
    assert shadows() == []


def test_the_check_sees_a_shadowing_attribute(qapp):
    from PySide6.QtWidgets import QDialog, QSpinBox

    class Shadowing(QDialog):
        def __init__(self):
            super().__init__()
            self.children = QSpinBox()

        def move(self):
            pass

    assert {"children", "move"} <= _assigned_attributes(Shadowing) | set(vars(Shadowing))
    assert {"children", "move"} <= _qt_names(Shadowing)
