"""Application start-up: fonts, translation hook, theme, central error dialog, the run() loop."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from dropin import i18n
from dropin.ui import app as app_module
from dropin.ui.shell.widgets import estimate_strength
from dropin.ui.theme import apply_theme, current_theme


@pytest.fixture
def restore_globals(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    i18n.install(None)
    apply_theme(QApplication.instance(), "light")


def test_init_application_fonts_translation_theme(qapp, restore_globals):
    app = app_module.init_application()
    assert app is qapp
    assert "DejaVu Sans" in QFontDatabase.families()
    assert app.font().family() == "DejaVu Sans"
    assert current_theme(app) == "light" and "QPushButton" in app.styleSheet()
    assert (
        i18n.translate("CLI", "Audit log intact: %n record(s) checked, and none is missing at the end.", None, 3)
        == "Audit log intact: 3 records checked, and none is missing at the end."
    )
    apply_theme(app, "dark")
    assert current_theme(app) == "dark"


def test_excepthook_shows_generic_message_without_details(qapp, restore_globals, caplog):
    app_module.install_excepthook()
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        seen.append((box.windowTitle(), box.text()) if isinstance(box, QMessageBox) else None)
        if box is not None:
            box.close()

    QTimer.singleShot(50, close_box)
    try:
        raise RuntimeError("secret client detail")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert seen and seen[0][0] == "Something went wrong"
    assert "secret client detail" not in seen[0][1]
    assert "unexpected error" in seen[0][1]
    assert "secret client detail" in caplog.text  # logged for whoever looks after the computer


RUN_SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from dropin.ui import app as app_module

seen = []

def look_and_quit():
    seen.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
    QApplication.quit()

QApplication(sys.argv[:1])
QTimer.singleShot(300, look_and_quit)
code = app_module.run(Path(sys.argv[1]), kdf_iter=4000)
print(code, " ".join(sorted(set(seen))))
"""


def test_run_shows_wizard_for_a_new_file_and_returns(tmp_path):
    """The real entry point, in its own process (an ended event loop must not leak into other tests)."""
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, str(tmp_path / "new.db")],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:1] == ["0"] and "StartWindow" in done.stdout
    assert not (tmp_path / "new.db").exists()  # nothing is created until the wizard is finished


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("", 0),
        ("password", 0),
        ("aaaaaaaaaaaaaaaaaaaa", 0),
        ("Tr0ub4dor&3", 1),
        ("correct horse battery staple", 3),
        ("ключ от дома 2024!", 3),
    ],
)
def test_strength_estimate(text, level):
    strength = estimate_strength(text)
    assert strength.level == level, strength
    if text:
        assert f"{len(text)} characters" in strength.explanation
