"""The main window: navigation on the left, one page per area, user and role in the status bar.

Pages are loaded lazily by module and class name (``dropin/ui/pages.py``) and
only for roles holding one of their permissions; a missing module shows a
placeholder instead. Locking (idle or Ctrl+L) hides every page at once.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dropin.areas import installed
from dropin.context import ServiceContext
from dropin.i18n import LANGUAGES, PSEUDO
from dropin.ui.about import show_about
from dropin.ui.common import form_buttons, format_datetime, run_action
from dropin.ui.notify import notify_desktop
from dropin.ui.pages import HOME_PAGES, PAGES, PageSpec
from dropin.ui.shell.lock import IdleWatcher, LockScreen
from dropin.ui.shell.widgets import PasswordLineEdit, hint, screen_title
from dropin.ui.theme import apply_theme, current_theme, save_theme

if TYPE_CHECKING:
    from dropin.ui.help import HelpDialog

log = logging.getLogger(__name__)
GEOMETRY_KEY = "main_window/geometry"  # per computer (QSettings), not per user
WINDOW_FRAME = 32  # the title bar a window manager adds, before the window is shown and can be measured


def visible_pages(ctx: ServiceContext) -> list[PageSpec]:
    """The pages this user's role may open (any one of the page's permissions is enough)."""
    return [spec for spec in PAGES if any(ctx.can(p) for p in spec.permissions)]


def _app() -> QApplication:
    """The running application (the main window exists only inside one)."""
    return cast(QApplication, QApplication.instance())


class PlaceholderPage(QWidget):
    """Stands in for an area whose module is not installed (or failed to open)."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(screen_title(title, self))
        self.message = hint(message, self)
        layout.addWidget(self.message)
        layout.addStretch(1)


def load_page(spec: PageSpec, ctx: ServiceContext, parent: QWidget | None = None) -> QWidget:
    """Import and build one page; a placeholder if its module or class does not exist (yet)."""
    title = QCoreApplication.translate("Navigation", spec.title)
    try:
        module = installed(spec.module)
    except Exception:  # noqa: BLE001 - one broken area must not take the others down
        log.exception("page %s could not be imported", spec.key)
        return _broken(title, parent)
    if module is None:
        return PlaceholderPage(
            title, QCoreApplication.translate("MainWindow", "This area is not available yet."), parent
        )
    cls = getattr(module, spec.cls, None)
    if cls is None:
        return PlaceholderPage(
            title, QCoreApplication.translate("MainWindow", "This area is not available yet."), parent
        )
    try:
        return cls(ctx, parent)
    except Exception:  # noqa: BLE001
        log.exception("page %s could not be built", spec.key)
        return _broken(title, parent)


def _broken(title: str, parent) -> QWidget:
    return PlaceholderPage(
        title,
        QCoreApplication.translate(
            "MainWindow",
            "This area could not be opened because of an error. The error was logged; the other areas work as usual.",
        ),
        parent,
    )


class ChangePasswordDialog(QDialog):
    """Any user changes their own password (current one first)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.notice = hint(self._reset_notice(), self)
        self.notice.setVisible(bool(self.notice.text()))
        layout.addWidget(self.notice)
        form = QFormLayout()
        self.old = PasswordLineEdit(self)
        self.new = PasswordLineEdit(self)
        self.repeat = PasswordLineEdit(self)
        form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat new password:"), self.repeat)
        layout.addLayout(form)
        self.error, buttons = form_buttons(self, layout, self.save)

    def save(self) -> None:
        from dropin.errors import ValidationError
        from dropin.security.auth import UserService

        def action():
            if self.new.text() != self.repeat.text():
                raise ValidationError(self.tr("The two new passwords do not match."), "repeat")
            UserService(self.ctx).change_own_password(self.old.text(), self.new.text())

        ok, _ = run_action(
            self,
            action,
            inline=self.error,
            fields={"old_password": self.old, "password": self.new, "repeat": self.repeat},
        )
        if ok:
            self.accept()

    def _reset_notice(self) -> str:
        """After a manager's reset the owner is told who reset the password and when."""
        user = self.ctx.user
        if user is None or not user.must_change_password:
            return ""
        return self.tr(
            "{name} reset your password on {when}. It was for this one login: choose your own "
            "password now. If you did not ask for this, tell the centre's coordinator."
        ).format(
            name=user.reset_by or self.tr("A manager"), when=format_datetime(user.reset_at) if user.reset_at else "?"
        )


def ask_for_own_password(ctx: ServiceContext, parent: QWidget | None = None):
    """Before the main window opens with a manager's one-time password: the owner chooses their own
    (and is told who reset it and when). Returns the user to continue as, or ``None`` to go back to the login."""
    if ctx.user is None or not ctx.user.must_change_password:
        return ctx.user
    if ChangePasswordDialog(ctx, parent).exec() and not ctx.user.must_change_password:
        return ctx.user
    return None


class MainWindow(QMainWindow):
    """Emits ``logged_out`` when the user logs out or switches user from the lock screen."""

    logged_out = Signal()
    locked_changed = Signal(bool)
    #: the user chose another interface language (already saved for them)
    language_chosen = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        idle_ms: int | None = None,
        parent: QWidget | None = None,
        idle_clock: Callable[[], float] | None = None,
    ):
        super().__init__(parent)
        from dropin.security.auth import AuthService, UserService

        self.ctx = ctx
        self.auth = AuthService(ctx.db, ctx.clock)
        self.locked = False
        self._idle_injected = idle_ms is not None
        if idle_ms is None:
            try:
                idle_ms = UserService(ctx).idle_lock_minutes() * 60_000
            except Exception:  # noqa: BLE001 - fall back to the default policy
                log.exception("could not read the idle lock setting")
                idle_ms = 5 * 60_000
        self.setWindowTitle(self.tr("dropin"))
        self._drafts: dict[str, object] = {}  # half-filled forms kept in memory while locked

        # ------------------------------------------------------ workspace
        self.workspace = QWidget(self)
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget(self.workspace)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.pages = QStackedWidget(self.workspace)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)

        self.specs = visible_pages(ctx)
        self._loaded: dict[str, QWidget] = {}
        self._stamps: dict[str, tuple] = {}  # what each page showed when it last read its data
        self._slots: dict[str, QWidget] = {}
        for spec in self.specs:
            item = QListWidgetItem(QCoreApplication.translate("Navigation", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            slot = QWidget(self.pages)
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[spec.key] = slot
            self.pages.addWidget(slot)
        if not self.specs:
            self.pages.addWidget(
                PlaceholderPage(
                    self.tr("Nothing to show"),
                    self.tr("Your role has no areas in this program. Please ask a manager."),
                    self.pages,
                )
            )
        self.navigation.currentRowChanged.connect(self._on_nav)

        # ------------------------------------------------------ lock screen
        self.lock_screen = LockScreen(self.auth, ctx.user, self)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.switch_user.connect(self.log_out)

        self.root = QStackedWidget(self)
        self.root.addWidget(self.workspace)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        # ------------------------------------------------------ status bar
        self.user_label = QLabel(self.tr("Logged in: {name}").format(name=ctx.acting.label), self)
        self.role_label = QLabel(self.tr("Role: {role}").format(role=ctx.acting.role.label), self)
        self.user_label.setObjectName("statusUser")
        self.role_label.setObjectName("statusRole")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.role_label)

        self._build_menus()

        self.idle = IdleWatcher(idle_ms, self, idle_clock)
        self.idle.idle.connect(self.lock)
        self.idle.on_key_press = self._privacy_key
        self.idle.start()

        self.help_dialog: HelpDialog | None = None
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_help)

        if self.specs:
            home = HOME_PAGES.get(ctx.acting.role)
            self.navigation.setCurrentRow(self.page_keys().index(home) if home in self.page_keys() else 0)
        self.place_on_screen()

    # ------------------------------------------------------------- geometry
    def place_on_screen(self, available: QRect | None = None) -> None:
        """The last size and place on this computer, else 1280×800; never larger than the free screen."""
        if available is None:
            screen = self.screen() or QApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        saved = QSettings().value(GEOMETRY_KEY)
        rect = (
            QRect(saved)
            if isinstance(saved, QRect) and saved.isValid()
            else QRect(available.topLeft(), QSize(1280, 800))
        )
        frame = self.frameGeometry().size() - self.geometry().size()
        extra_w, extra_h = max(frame.width(), 0), max(frame.height(), 0 if self.isVisible() else WINDOW_FRAME)
        width = min(rect.width(), available.width() - extra_w)
        height = min(rect.height(), available.height() - extra_h)
        left = min(max(rect.x(), available.left()), available.right() + 1 - width - extra_w)
        top = min(max(rect.y(), available.top()), available.bottom() + 1 - height - extra_h)
        self.setGeometry(left, top, width, height)
        if QSettings().value(GEOMETRY_KEY + "_maximised", False, type=bool):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def remember_geometry(self) -> None:
        """Keep the window's size and place for the next start on this computer."""
        maximised = bool(self.windowState() & Qt.WindowState.WindowMaximized)
        QSettings().setValue(GEOMETRY_KEY, self.normalGeometry() if maximised else self.geometry())
        QSettings().setValue(GEOMETRY_KEY + "_maximised", maximised)

    # ------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&dropin"))
        self.change_password_action = QAction(self.tr("Change my &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self.tr("Log &out"), self)
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.change_password_action, self.lock_action, self.logout_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.addAction(self.lock_action)  # works even while the menu bar is hidden
        self.addAction(self.quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.theme_actions = {}
        for name, label in (("light", self.tr("&Light theme")), ("dark", self.tr("&Dark theme"))):
            action = QAction(label, self, checkable=True)
            action.setChecked(current_theme(_app()) == name)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            group.addAction(action)
            view.addAction(action)
            self.theme_actions[name] = action
        view.addSeparator()
        language_menu = view.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        self.language_actions = {}
        choices = dict(LANGUAGES)
        if os.environ.get("DROPIN_PSEUDO_LANGUAGE"):
            choices[PSEUDO] = self.tr("Pseudo-translation (layout check)")
        for code, name in choices.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.ctx.acting.language)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        view.addSeparator()
        self.page_actions = []
        for index, spec in enumerate(self.specs[:9]):
            action = QAction(QCoreApplication.translate("Navigation", spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.navigation.setCurrentRow(i))
            view.addAction(action)
            self.page_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About dropin"))
        self.about_action.triggered.connect(lambda: show_about(self))
        self._guarded = [
            self.change_password_action,
            self.logout_action,
            *self.theme_actions.values(),
            *self.language_actions.values(),
            *self.page_actions,
        ]

    # ------------------------------------------------------------- pages
    def page_titles(self) -> list[str]:
        return [self.navigation.item(i).text() for i in range(self.navigation.count())]

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def show_page(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(self.page_keys().index(key))
        return self._loaded[key]

    def page(self, key: str) -> QWidget | None:
        return self._loaded.get(key)

    def current_page(self) -> QWidget | None:
        row = self.navigation.currentRow()
        return self._loaded.get(self.specs[row].key) if 0 <= row < len(self.specs) else None

    def _on_nav(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        slot = self._slots[spec.key]
        if spec.key not in self._loaded:
            self.setCursor(Qt.CursorShape.WaitCursor)
            try:
                with self.idle.paused():
                    page = load_page(spec, self.ctx, slot)
            finally:
                self.unsetCursor()
            layout = slot.layout()  # each slot is made with its layout
            assert layout is not None
            layout.addWidget(page)
            self._loaded[spec.key] = page
            changed = getattr(page, "idle_lock_changed", None)
            if changed is not None and not self._idle_injected:
                changed.connect(lambda minutes: self.idle.set_timeout_ms(int(minutes) * 60_000))
            self._connect_page_signals(spec, page)
        self.pages.setCurrentWidget(slot)
        page = self._loaded[spec.key]
        if self._stale(spec.key, page) and not self._refresh(page):
            self._stamps.pop(spec.key, None)  # not filled: read again next time

    def _stale(self, key: str, page: QWidget) -> bool:
        """Whether a page shown again must read its data again: always, unless it only reads
        (``refresh_reads_only``) and nothing was saved since it last did (:meth:`ServiceContext.data_stamp`)."""
        if not getattr(page, "refresh_reads_only", False):
            return True
        try:
            stamp = self.ctx.data_stamp()
        except Exception:  # noqa: BLE001 - the refresh itself reports any problem with the database
            self._stamps.pop(key, None)
            return True
        if self._stamps.get(key) == stamp:
            return False
        self._stamps[key] = stamp
        return True

    def _connect_page_signals(self, spec: PageSpec, page: QWidget) -> None:
        """A page may ask for attention (shown on the lock screen too) and put a badge on its navigation item."""
        attention = getattr(page, "attention", None)
        if attention is not None:
            attention.connect(self.attention)
        badge = getattr(page, "badge_changed", None)
        if badge is not None:
            item = self.navigation.item(self.page_keys().index(spec.key))
            title = QCoreApplication.translate("Navigation", spec.title)
            badge.connect(lambda text, item=item, title=title: item.setText(f"{title}\n{text}" if text else title))

    def attention(self, text: str) -> None:
        """Something needs the user now (the text names no client): lock screen, status bar, desktop."""
        if self.locked:
            self.lock_screen.show_notice(text)
        else:
            self.statusBar().showMessage(text, 60_000)
        notify_desktop(self, self.tr("dropin"), text)

    def show_help(self) -> None:
        """F1: the short help page of the area on screen."""
        from dropin.ui.help import show_help

        if self.locked:
            return
        row = self.navigation.currentRow()
        key = self.specs[row].key if 0 <= row < len(self.specs) else ""
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = show_help(self, key)

    def _refresh(self, page: QWidget | None) -> bool:
        refresh = getattr(page, "refresh", None)
        return not callable(refresh) or run_action(self, refresh)[0]

    # ------------------------------------------------------------- locking
    def _privacy_key(self, event) -> bool:
        """Ctrl+L also works while one of the window's modal dialogs is open (Qt blocks shortcuts there)."""
        if self.locked:
            return False
        combo = QKeySequence(event.keyCombination())
        if combo.matches(self.lock_action.shortcut()) != QKeySequence.SequenceMatch.ExactMatch:
            return False
        modal = QApplication.activeModalWidget()
        if modal is not None and self._owns(modal):
            self.lock()
            return True
        return False

    def lock(self) -> None:
        """Hide all data at once: lock screen over everything, sensitive page content cleared."""
        if self.locked:
            return
        self.locked = True
        self._hide_data(keep_drafts=True)
        self.root.setCurrentWidget(self.lock_screen)
        self.user_label.hide()
        self.role_label.hide()
        self.statusBar().clearMessage()
        for action in self._guarded:
            action.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.setWindowTitle(self.tr("dropin (locked)"))
        self.lock_screen.reset()
        self.lock_screen.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(True)

    def _hide_data(self, keep_drafts: bool = False) -> None:
        """Stop the idle timer, close dialogs and let every page drop what it shows (never fails).

        When locking, a page's half-filled form (``take_draft()``) is kept in memory first and given
        back after the unlock (``restore_draft(draft)``); logging out drops it.
        """
        self.idle.stop()
        self._close_dialogs()
        self._drafts = {}
        self._stamps = {}  # the pages drop what they show: each reads again when next shown
        for key, page in self._loaded.items():
            take = getattr(page, "take_draft", None)
            if keep_drafts and callable(take):
                try:
                    self._drafts[key] = take()
                except Exception:  # noqa: BLE001 - a draft is a kindness; locking must always succeed
                    log.exception("take_draft failed")
            clear = getattr(page, "clear_sensitive", None)
            if callable(clear):
                try:
                    clear()
                except Exception:  # noqa: BLE001 - locking and logging out must always succeed
                    log.exception("clear_sensitive failed")

    def _close_dialogs(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget):
                widget.reject()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _on_unlocked(self, user) -> None:
        self.locked = False
        self.root.setCurrentWidget(self.workspace)
        self.user_label.show()
        self.role_label.show()
        for action in self._guarded:
            action.setEnabled(True)
        self.lock_action.setEnabled(True)
        self.setWindowTitle(self.tr("dropin"))
        self.idle.start()
        self.lock_screen.reset()
        self._refresh(self.current_page())
        drafts, self._drafts = self._drafts, {}
        for key, draft in drafts.items():
            restore = getattr(self._loaded.get(key), "restore_draft", None)
            if draft is not None and callable(restore):
                run_action(self, functools.partial(restore, draft))
        for page in self._loaded.values():
            after_unlock = getattr(page, "after_unlock", None)
            if callable(after_unlock):
                run_action(self, after_unlock)
        self.locked_changed.emit(False)

    # ------------------------------------------------------------- actions
    def change_password(self) -> None:
        ChangePasswordDialog(self.ctx, self).exec()

    def choose_language(self, code: str) -> None:
        """Save the user's interface language and ask the shell to rebuild the window in it."""
        from dropin.security.auth import UserService

        if code != PSEUDO:
            ok, _ = run_action(self, lambda: UserService(self.ctx).set_language(code))
            if not ok:
                return
        self.language_chosen.emit(code)

    def set_theme(self, name: str) -> None:
        apply_theme(_app(), name)
        save_theme(name)
        self.theme_actions[name].setChecked(True)

    def log_out(self) -> None:
        self.remember_geometry()
        self._hide_data()
        try:
            with self.ctx.transaction() as s:
                self.ctx.audit(s, "logout", "users", self.ctx.acting.id)
        except Exception:  # noqa: BLE001 - logging out must always work
            log.exception("could not record the logout")
        self.logged_out.emit()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.remember_geometry()
        self.idle.stop()  # also the window's application-wide filter
        self.lock_action.setEnabled(False)  # no application-wide shortcut left behind
        super().closeEvent(event)


__all__ = ["MainWindow", "PlaceholderPage", "ChangePasswordDialog", "load_page", "visible_pages"]
