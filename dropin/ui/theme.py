"""The qt-material look (light by default, dark on request) with DejaVu Sans for every script.

The choice is a per-computer preference (QSettings), since it is needed
before the database is unlocked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dropin.paths import resources_dir

log = logging.getLogger(__name__)

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}
FONT_FAMILY = "DejaVu Sans"
FONT_POINT_SIZE = 10

# Small additions to the material sheet: readable inline errors, a calm lock screen.
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


def current_theme(app: QApplication) -> str:
    return app.property("dropin_theme") or "light"
