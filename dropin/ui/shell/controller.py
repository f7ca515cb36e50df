"""The start-up flow without ``app.exec()``: wizard or unlock → login → main window (and back on log out)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from dropin.context import CurrentUser
    from dropin.ui.shell.login import LoginScreen
    from dropin.ui.shell.main_window import MainWindow
    from dropin.ui.shell.serverlogin import ServerLoginScreen
    from dropin.ui.shell.unlock import UnlockScreen
    from dropin.ui.shell.wizard import CreateDatabaseWizard

log = logging.getLogger(__name__)


class StartWindow(QWidget):
    """The window for the screens before the main window (wizard, unlock, login)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("dropin"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

    def show_screen(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)


class ShellController(QObject):
    """Drives the screens; tests call :meth:`start` and then interact with the widgets it shows."""

    screen_changed = Signal(str)

    def __init__(
        self,
        db_path: Path | None,
        kdf_iter: int,
        clock=None,
        idle_ms: int | None = None,
        parent: QObject | None = None,
        idle_clock: Callable[[], float] | None = None,
    ):
        super().__init__(parent)
        self.explicit_path = db_path is not None  # a file named on the command line wins over a server
        if db_path is None:
            from dropin.paths import default_db_path

            db_path = default_db_path()
        self.path = Path(db_path)
        self.kdf_iter = kdf_iter
        self.clock = clock
        self.idle_ms = idle_ms
        self.idle_clock = idle_clock  # the idle lock's time source (tests move it by hand)
        self.db: Any = None  # the open Database (the widgets never name dropin.models)
        self.user: CurrentUser | None = None
        self.window = StartWindow()
        self.wizard: CreateDatabaseWizard | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.login_screen: LoginScreen | None = None
        self.server_login: ServerLoginScreen | None = None
        self.main_window: MainWindow | None = None
        self._login_language: str | None = None
        from dropin.ui.language import manager

        self._start_language = manager().language
        self.screen = ""

    # ---------------------------------------------------------------- flow
    def start(self) -> None:
        from dropin.ui.shell.serverlogin import load_server_settings

        settings = None if self.explicit_path else load_server_settings()
        if settings is not None:
            self.show_server_login(settings)
        elif self.path.exists() and self.path.stat().st_size > 0:
            self.show_unlock()
        else:
            self.show_wizard()
        self.window.show()

    def _set_screen(self, name: str) -> None:
        self.screen = name
        self.screen_changed.emit(name)

    def show_wizard(self) -> None:
        from dropin.ui.shell.wizard import CreateDatabaseWizard

        if self.wizard is None:
            self.wizard = CreateDatabaseWizard(self.path, self.kdf_iter, self.clock)
            self.wizard.created.connect(self._on_created)
            self.wizard.server_chosen.connect(self._on_server_chosen)
        self.window.show_screen(self.wizard)
        self._set_screen("wizard")

    def show_unlock(self) -> None:
        from dropin.ui.shell.unlock import UnlockScreen

        self._computer_language()
        if self.unlock_screen is None:
            self.unlock_screen = UnlockScreen(self.path, self.kdf_iter)
            self.unlock_screen.unlocked.connect(self._on_unlocked)
            self.unlock_screen.create_requested.connect(self._new_database)
        self.window.show_screen(self.unlock_screen)
        self._set_screen("unlock")
        from dropin.ui import warmup

        warmup.start()  # the heavy modules load while the passphrase is typed

    # ------------------------------------------------------ the centre's server
    def show_server_login(self, settings: dict) -> None:
        """On the server the staff login replaces the unlock: each person connects with their own login."""
        from dropin.ui.shell.serverlogin import ServerLoginScreen

        self._computer_language()
        if self.server_login is not None:
            self.window.stack.removeWidget(self.server_login)
            self.server_login.deleteLater()
        self.server_login = ServerLoginScreen(settings, self.clock)
        self.server_login.logged_in.connect(self._on_server_login)
        self.server_login.change_requested.connect(self._forget_server)
        self.window.show_screen(self.server_login)
        self.window.show()
        self._set_screen("server_login")

    def _on_server_chosen(self, settings: dict) -> None:
        from dropin.ui.shell.serverlogin import save_server_settings

        save_server_settings(settings)
        self.show_server_login(settings)

    def _forget_server(self) -> None:
        from dropin.ui.shell.serverlogin import save_server_settings

        save_server_settings(None)
        self.show_wizard()

    def _on_server_login(self, db, user) -> None:
        self.db = db
        self.open_main(user)

    def _leave_server(self) -> bool:
        """After a log out on the server: the next person connects with their own login."""
        from dropin.ui.shell.serverlogin import load_server_settings

        if self.db is None or self.db.kind != "server":
            return False
        self.db.close()
        self.db = None
        settings = load_server_settings()
        if settings is None:
            self.show_wizard()
        else:
            self.show_server_login(settings)
        return True

    def show_login(self) -> None:
        from dropin.ui.shell.login import LoginScreen

        if self._leave_server():
            return
        language = self._computer_language()
        if self.login_screen is not None and self._login_language != language:
            self.window.stack.removeWidget(self.login_screen)  # built in another language: build it again
            self.login_screen.deleteLater()
            self.login_screen = None
        self._login_language = language
        if self.login_screen is None:
            self.login_screen = LoginScreen(self.db, self.clock)
            self.login_screen.logged_in.connect(self.open_main)
        self.login_screen.reset()
        self.window.show_screen(self.login_screen)
        self.window.show()
        self._set_screen("login")
        from dropin.ui import warmup

        QTimer.singleShot(50, lambda db=self.db: warmup.open_connection(db))  # while the password is typed

    def _computer_language(self) -> str:
        """Speak the language last chosen on this computer before anyone logs in (and return it)."""
        from PySide6.QtCore import QSettings

        from dropin.i18n import LANGUAGES
        from dropin.ui.language import apply_language, manager

        language = QSettings().value("language", "", type=str)
        if language not in LANGUAGES:  # nobody chose one here yet: the language the program started in
            language = self._start_language
        if manager().language != language:
            apply_language(language, remember=False)
            self.window.setWindowTitle(QCoreApplication.translate("StartWindow", "dropin"))
        return language

    def _new_database(self) -> None:
        """From the unlock screen: start the wizard with a free file name next to the current file."""
        from dropin.ui.shell.wizard import CreateDatabaseWizard

        folder, n = self.path.parent, 2
        candidate = folder / "dropin.db"
        while candidate.exists():
            candidate = folder / f"dropin-{n}.db"
            n += 1
        if self.wizard is None:
            self.wizard = CreateDatabaseWizard(candidate, self.kdf_iter, self.clock)
            self.wizard.created.connect(self._on_created)
            self.wizard.server_chosen.connect(self._on_server_chosen)
            self.wizard.cancelled.connect(self.show_unlock)
        else:
            self.wizard.path_edit.setText(str(candidate))
        self.wizard.set_cancellable(True)
        self.window.show_screen(self.wizard)
        self._set_screen("wizard")

    def _on_created(self, db, user) -> None:
        from dropin.ui.shell.recovery import show_recovery_key

        self.db = db
        self.path = db.path
        self.open_main(user)
        self.recovery_dialog = show_recovery_key(db, self.main_window or self.window)

    def _on_unlocked(self, db) -> None:
        from dropin.ui.shell.recovery import show_recovery_key

        self.db = db
        self.show_login()
        self.recovery_dialog = show_recovery_key(db, self.window)  # made by the upgrade that made the stores

    def open_main(
        self, user: CurrentUser, page_key: str | None = None, language: str | None = None
    ) -> MainWindow | None:
        """Show the main window in the user's language (or ``language``, e.g. the pseudo-translation); returns it."""
        from dropin.context import ServiceContext
        from dropin.ui.language import apply_language
        from dropin.ui.shell.main_window import MainWindow

        apply_language(language or user.language, remember=False)
        if user.must_change_password:  # a manager's one-time password: the owner's own one first
            from dropin.ui.shell.main_window import ask_for_own_password

            changed = ask_for_own_password(ServiceContext(self.db, user, self.clock), self.window)
            if changed is None:
                self.show_login()
                return None
            user = changed
        self.user = user
        ctx = ServiceContext(self.db, user, self.clock)
        self.main_window = MainWindow(ctx, idle_ms=self.idle_ms, idle_clock=self.idle_clock)
        self.main_window.logged_out.connect(self._on_logged_out)
        self.main_window.language_chosen.connect(self._on_language_chosen)
        if page_key and page_key in self.main_window.page_keys():
            self.main_window.show_page(page_key)
        self.main_window.show()
        self.window.hide()
        self._set_screen("main")
        return self.main_window

    def _on_language_chosen(self, language: str) -> None:
        """Rebuild the main window in the new language, on the same page, without a restart."""
        from dataclasses import replace

        from dropin.i18n import LANGUAGES
        from dropin.ui.language import remember_language

        remember_language(language)  # the screens before login speak it from now on, on this computer
        old = self.main_window
        if old is None or self.user is None:
            return
        row = old.navigation.currentRow()
        page_key = old.specs[row].key if 0 <= row < len(old.specs) else None
        geometry = old.saveGeometry()
        old.idle.stop()
        old.close()
        old.deleteLater()
        self.main_window = None
        if language in LANGUAGES:
            reopened = self.open_main(replace(self.user, language=language), page_key)
        else:  # the pseudo-translation is a layout check, not saved for the user
            reopened = self.open_main(self.user, page_key, language)
        if reopened is not None:
            reopened.restoreGeometry(geometry)

    def _on_logged_out(self) -> None:
        window = self.main_window
        self.main_window = None
        self.user = None
        self.db.hold_stores({})  # the next login attaches only what its own role may hold
        self.show_login()
        if window is not None:
            window.hide()
            window.deleteLater()

    # ------------------------------------------------------------ shut down
    def shutdown(self) -> None:
        if self.main_window is not None:
            self.main_window.idle.stop()
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
        self.window.close()
        if self.db is not None:
            try:
                self.db.close()
            except Exception:  # noqa: BLE001
                log.exception("closing the database failed")
            self.db = None
