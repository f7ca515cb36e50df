"""The start-up check of the installed program (``DROPIN_SMOKE_EXIT_AFTER_MS``) and Help → About."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from dropin import __version__
from dropin.ui import smoke

ROOT = Path(__file__).resolve().parent.parent


def start_program(*args, env_extra=None, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "dropin", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def test_the_program_quits_by_itself_once_the_unlock_screen_is_showing(db_path):
    from dropin.models.database import Database

    Database.create(db_path, "smoke passphrase", kdf_iter=4000).close()
    done = start_program("--db", str(db_path), env_extra={smoke.ENV: "300"})
    assert done.returncode == 0, done.stderr
    assert "dropin smoke: screen=unlock shown=True theme=True fonts=True" in done.stdout


def test_for_a_new_file_the_first_screen_is_the_wizard(tmp_path):
    done = start_program("--db", str(tmp_path / "new.db"), env_extra={smoke.ENV: "300"})
    assert done.returncode == 0, done.stderr
    assert "screen=wizard shown=True" in done.stdout
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("value", ["", "abc", "-5", "1.5"])
def test_without_a_whole_number_the_check_is_not_armed(monkeypatch, value):
    monkeypatch.setenv(smoke.ENV, value)
    assert smoke.delay_ms() is None
    assert smoke.arm(None, None) is False


def test_once_a_database_is_open_the_check_never_ends_the_program(qapp, capsys):
    """Someone at work is never interrupted: with a database open the check does nothing."""
    controller = SimpleNamespace(db=object(), screen="main", window=SimpleNamespace(isVisible=lambda: True))
    assert smoke.check(SimpleNamespace(styleSheet=lambda: "x" * 10**5), controller) is None
    assert capsys.readouterr().out == ""


def test_a_missing_theme_fails_the_check(qapp, capsys):
    controller = SimpleNamespace(db=None, screen="unlock", window=SimpleNamespace(isVisible=lambda: True))
    assert smoke.check(SimpleNamespace(styleSheet=lambda: "QLabel { }"), controller) == 3
    assert "theme=False" in capsys.readouterr().out


def test_help_about_shows_the_version_the_command_prints(qtbot, ctx_for, capsys):
    from dropin.cli import main
    from dropin.security.roles import Role
    from dropin.ui.about import AboutDialog
    from dropin.ui.shell.main_window import MainWindow

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"dropin {__version__}"

    window = MainWindow(ctx_for(Role.FRONT_DESK), idle_ms=10**8)
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == f"dropin {__version__}"
    from conftest import save_screenshot

    save_screenshot(dialog, "about.png")
    window.lock()  # locking closes it like every other dialog
    assert not dialog.isVisible()


def test_the_window_icon_comes_from_the_bundled_renders_in_every_size(qapp):  # noqa: ARG001
    from PySide6.QtCore import QSize

    from dropin.ui.about import ICON_SIZES, app_icon

    sizes = app_icon().availableSizes()
    assert {QSize(n, n) for n in ICON_SIZES} <= set(sizes)
