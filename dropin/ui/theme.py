"""The qt-material look (light by default, dark on request) with DejaVu Sans for every script.

The choice is a per-computer preference (QSettings), since it is needed
before the database is unlocked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from dropin.paths import resources_dir

log = logging.getLogger(__name__)

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}
FONT_FAMILY = "DejaVu Sans"
FONT_POINT_SIZE = 10

# Small additions to the material sheet: readable inline errors, a calm lock screen. Widgets take their
# look from here (by object name or the ``dropinStyle`` property, see :func:`styled`), not from a style sheet
# of their own: every widget with its own sheet is styled again whenever it is put into a layout, which made
# the busiest pages slow to open.
_EXTRA_CSS = """
QLabel#inlineError { color: #c62828; font-weight: bold; }
QLabel#screenTitle { font-size: 18pt; font-weight: bold; }
QLabel#hint { color: %(hint)s; }
QLabel#statusUser, QLabel#statusRole { padding: 0px 10px; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item { padding: 10px 12px; }
QLineEdit { min-height: 26px; }
QHeaderView::section { text-transform: none; padding: 2px 6px; }
QTabBar::tab { text-transform: none; }
QPushButton, QToolButton { text-transform: none; }
QLabel[dropinStyle="serviceKey"] { border: 1px solid #9e9e9e; border-radius: 3px; color: #616161; }
QFrame#checkinBox QPushButton { height: 26px; min-height: 26px; }
QFrame#servicesBox QSpinBox, QFrame#servicesBox QComboBox { min-height: 18px; max-height: 22px;
    height: 22px; padding-top: 0px; padding-bottom: 0px; }
QFrame#servicesBox QCheckBox { min-height: 18px; height: 22px; }
QFrame#servicesBox QCheckBox::indicator { width: 18px; height: 18px; }
QLabel#savedMessage { color: #2e7d32; font-weight: bold; }
QLabel[dropinStyle="quietText"] { color: #616161; }
QLabel[dropinStyle="warnText"] { color: #b26a00; }
QLabel[dropinStyle="warnStrong"] { color: #b26a00; font-weight: bold; }
QLabel[dropinStyle="okStrong"] { color: #1b5e20; font-weight: bold; }
QLabel[dropinStyle="infoStrong"] { color: #0d47a1; font-weight: bold; }
QListWidget#matchList { background-color: palette(base); border: 1px solid palette(mid); }
QListWidget#matchList::item { min-height: 20px; padding: 0px 4px; }
QTableView#todayTable QHeaderView::section { padding-top: 2px; padding-bottom: 2px; }
QSpinBox[dropinStyle="bigCounter"] { font-size: 22pt; font-weight: bold; height: 50px; padding-left: 4px; }
QSpinBox[dropinStyle="smallCounter"] { font-size: 12pt; height: 32px; padding-left: 8px; }
QSpinBox[dropinStyle="bigCounter"]::up-button, QSpinBox[dropinStyle="bigCounter"]::down-button,
QSpinBox[dropinStyle="smallCounter"]::up-button, QSpinBox[dropinStyle="smallCounter"]::down-button {
    width: 0px; border: none; }
QLabel[dropinStyle="counterCaption"] { font-size: 11pt; }
QToolButton[dropinStyle="counterStep"] { font-size: 16pt; }
"""

_fonts_loaded = False


def _extra_css(name: str) -> str:
    return _EXTRA_CSS % {"hint": "#5f6368" if name == "light" else "#b0bec5"}


def register_fonts() -> str:
    """Register the bundled DejaVu fonts; return the family to use."""
    global _fonts_loaded
    if not _fonts_loaded:
        fonts = resources_dir() / "fonts"
        for path in sorted(fonts.glob("*.ttf")):
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.warning("could not load font %s", path.name)
        _fonts_loaded = True
    return FONT_FAMILY


def saved_theme() -> str:
    value = QSettings("dropin", "dropin").value("ui/theme", "light")
    return value if value in THEMES else "light"


def save_theme(name: str) -> None:
    QSettings("dropin", "dropin").setValue("ui/theme", name)


def apply_theme(app: QApplication, name: str = "light") -> str:
    """Apply the light or dark material theme; fall back to the plain style if qt-material fails."""
    name = name if name in THEMES else "light"
    family = register_fonts()
    app.setFont(QFont(family, FONT_POINT_SIZE))
    try:
        from qt_material import apply_stylesheet

        apply_stylesheet(
            app,
            theme=THEMES[name],
            invert_secondary=(name == "light"),
            extra={"font_family": family, "font_size": 13, "density_scale": "-1"},
        )
        app.setStyleSheet(app.styleSheet() + _extra_css(name))
    except Exception:  # noqa: BLE001 - a theme problem must never stop the program
        log.exception("could not apply the material theme")
        app.setStyleSheet(_extra_css(name))
    app.setProperty("dropin_theme", name)
    return name


def styled(widget: QWidget, name: str) -> None:
    """Give ``widget`` the look the application's sheet names ``name`` (``QLabel[dropinStyle="name"]``;
    ``""``: none); a widget already on screen takes it at once."""
    if widget.property("dropinStyle") == name:
        return
    widget.setProperty("dropinStyle", name)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def current_theme(app: QApplication) -> str:
    return app.property("dropin_theme") or "light"
