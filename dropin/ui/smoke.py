"""A start-up check for the installed program: quit by itself once the first screen is showing.

With ``DROPIN_SMOKE_EXIT_AFTER_MS=N`` the program quits N milliseconds after start: exit code 0
(and one line on stdout) when the unlock screen (or, for a new file, the set-up wizard) is showing
with the bundled theme and fonts, 3 when it is not. The check can only end the program before anyone
has unlocked a database: it opens nothing, unlocks nothing and skips no step, and once a database is
open it does nothing at all, so someone at work is never interrupted.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

ENV = "DROPIN_SMOKE_EXIT_AFTER_MS"
FIRST_SCREENS = ("unlock", "wizard")
#: qt-material's sheet is tens of kilobytes; without it only a few lines of our own remain.
MIN_THEME_SHEET = 5000


def delay_ms() -> int | None:
    value = os.environ.get(ENV, "").strip()
    return min(int(value), 600_000) if value.isdigit() else None


def check(app, controller) -> int | None:
    """The exit code for the screen now showing, or ``None`` once a database is open (then: carry on)."""
    if controller.db is not None:
        return None
    from PySide6.QtGui import QFontDatabase

    from dropin.ui.theme import FONT_FAMILY

    shown = controller.screen in FIRST_SCREENS and controller.window.isVisible()
    themed = len(app.styleSheet()) >= MIN_THEME_SHEET
    fonts = FONT_FAMILY in QFontDatabase.families()
    if sys.stdout is not None:  # a program without a console (Windows' dropin-app.exe) has none
        print(
            f"dropin smoke: screen={controller.screen or 'none'} shown={shown} theme={themed} fonts={fonts}", flush=True
        )
    return 0 if shown and themed and fonts else 3


def arm(app, controller) -> bool:
    """Schedule the check when the variable is set; returns whether it was."""
    ms = delay_ms()
    if ms is None:
        return False
    from PySide6.QtCore import QTimer

    def fire() -> None:
        code = check(app, controller)
        if code is None:
            log.warning("%s ignored: a database is already open", ENV)
            return
        app.exit(code)

    QTimer.singleShot(ms, fire)
    return True
