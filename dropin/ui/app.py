"""Start the desktop program: fonts, translations, theme, central error handling, then the start-up flow."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import cast

from dropin.config import DEFAULT_KDF_ITER

log = logging.getLogger(__name__)


def install_excepthook() -> None:
    """Log any unexpected error and tell the user in plain words; never show a traceback or data."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None:
            return
        from dropin.errors import DropinError

        if isinstance(exc, DropinError):
            message = exc.message
        else:
            message = QCoreApplication.translate(
                "Errors",
                "An unexpected error happened. Nothing half-finished was saved. "
                "If it happens again, please tell the person who looks after this computer.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Errors", "Something went wrong"),
            message,
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.exec()

    sys.excepthook = hook


def setup_logging() -> None:
    from dropin.paths import log_path

    if logging.getLogger().handlers:
        return
    try:
        from dropin.paths import make_private, owner_only

        with owner_only():  # the log names files and errors: the owner's only
            handler: logging.Handler = logging.FileHandler(log_path(), encoding="utf-8")
        make_private(log_path())  # also a log made by an older version
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def init_application(argv: list[str] | None = None):
    """Create (or reuse) the QApplication and prepare fonts, translations and the theme."""
    from PySide6.QtWidgets import QApplication

    from dropin import i18n
    from dropin.ui.theme import apply_theme, saved_theme

    app = cast(QApplication, QApplication.instance()) or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("dropin")
    app.setOrganizationName("dropin")
    from dropin.ui.about import app_icon

    app.setWindowIcon(app_icon())
    from dropin.ui.language import apply_language, qt_translate, saved_language

    i18n.install(qt_translate)

    apply_language(saved_language(), remember=False)
    apply_theme(app, saved_theme())
    return app


def run(db_path: Path | None, kdf_iter: int = DEFAULT_KDF_ITER, clock=None) -> int:
    """Show the program until the user quits; returns the process exit code."""
    setup_logging()
    app = init_application()
    install_excepthook()
    from dropin.ui.shell.controller import ShellController

    controller = ShellController(Path(db_path) if db_path is not None else None, kdf_iter, clock)
    controller.start()
    from dropin.ui import smoke

    smoke.arm(app, controller)
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
