"""Administration for managers: staff accounts, security policy, the database file.

Extra tabs the areas declare (:mod:`dropin.areas`) are listed in :data:`ADMIN_TABS` as
``(title, module, class)``, loaded lazily and skipped when their module is
missing. Each takes ``(ctx, parent=None)``.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dropin.areas import AREAS, installed, split
from dropin.context import ServiceContext
from dropin.errors import ValidationError
from dropin.security.auth import LANGUAGES, UserInfo, UserService
from dropin.security.permissions import Permission
from dropin.security.roles import Role
from dropin.ui.admin.database import DatabaseTab
from dropin.ui.admin.forms import FormDialog
from dropin.ui.admin.passphrases import ChangePassphraseDialog  # noqa: F401 - the Database tab's dialog, as tests import it
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    TableView,
    fit_to_contents,
    format_datetime,
    run_action,
)
from dropin.ui.lazytabs import LazyTabs
from dropin.ui.shell.widgets import PasswordLineEdit, hint

log = logging.getLogger(__name__)

# Tabs the areas add (``admin_tabs`` in dropin.areas): (title for context "Admin", module, class).
ADMIN_TABS: list[tuple[str, str, str]] = [
    (title, module, cls or "") for item in AREAS for title, dotted in item.admin_tabs for module, cls in [split(dotted)]
]

from dropin.i18n import LANGUAGES as LANGUAGE_NAMES  # noqa: E402


def _when(value: dt.datetime | None) -> str:
    return format_datetime(value) if value else ""


# ====================================================================== dialogs
def _role_combo(parent: QWidget, selected: Role | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role.label, role.value)
    if selected is not None:
        combo.setCurrentIndex(combo.findData(selected.value))
    return combo


class AddUserDialog(FormDialog):
    def __init__(self, service: UserService, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Admin", "Add a staff account"), parent)
        self.service = service
        self.result_info: UserInfo | None = None
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("optional"))
        self.role = _role_combo(self, Role.FRONT_DESK)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.password = PasswordLineEdit(self)
        self.repeat = PasswordLineEdit(self)
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Display name:"), self.display_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("R&epeat password:"), self.repeat)
        self.outer.insertWidget(
            0,
            hint(
                self.tr(
                    "Give the person their password in private; they can change it under dropin › Change my password."
                ),
                self,
            ),
        )

    def save(self) -> None:
        def action():
            if self.password.text() != self.repeat.text():
                raise ValidationError(self.tr("The two passwords do not match."), "repeat")
            return self.service.create_user(
                self.username.text(),
                self.password.text(),
                self.role.currentData(),
                self.display_name.text(),
                self.language.currentData(),
            )

        ok, info = run_action(
            self,
            action,
            inline=self.error,
            fields={"username": self.username, "password": self.password, "repeat": self.repeat, "role": self.role},
        )
        if ok:
            self.result_info = info
            self.accept()


class ChangeRoleDialog(FormDialog):
    def __init__(self, service: UserService, user: UserInfo, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Admin", "Change role"), parent)
        self.service, self.user = service, user
        self.role = _role_combo(self, user.role)
        self.form.addRow(self.tr("Account:"), QLabel(user.username, self))
        self.form.addRow(self.tr("&Role:"), self.role)

    def save(self) -> None:
        ok, _ = run_action(
            self, lambda: self.service.update_user(self.user.id, role=self.role.currentData()), inline=self.error
        )
        if ok:
            self.accept()


class ResetPasswordDialog(FormDialog):
    def __init__(self, service: UserService, user: UserInfo, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("Admin", "Reset password"), parent)
        self.service, self.user = service, user
        self.password = PasswordLineEdit(self)
        self.repeat = PasswordLineEdit(self)
        self.form.addRow(self.tr("Account:"), QLabel(user.username, self))
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("R&epeat:"), self.repeat)

    def save(self) -> None:
        def action():
            if self.password.text() != self.repeat.text():
                raise ValidationError(self.tr("The two passwords do not match."), "repeat")
            self.service.reset_password(self.user.id, self.password.text())

        ok, _ = run_action(self, action, inline=self.error, fields={"password": self.password, "repeat": self.repeat})
        if ok:
            self.accept()


# ====================================================================== tabs
class UsersTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = UserService(ctx)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.role_button = QPushButton(self.tr("Change &role…"), self)
        self.active_button = QPushButton(self.tr("Deac&tivate"), self)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        for button in (self.add_button, self.role_button, self.active_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.model = RowsTableModel(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Display name"), lambda u: u.display_name or ""),
                Column(self.tr("Role"), lambda u: u.role.label),
                Column(self.tr("Language"), lambda u: LANGUAGE_NAMES.get(u.language, u.language)),
                Column(self.tr("Active"), lambda u: self.tr("Yes") if u.active else self.tr("No")),
                Column(
                    self.tr("Locked until"),
                    lambda u: _when(u.locked_until) if u.locked_until and u.locked_until > self.ctx.now() else "",
                ),
                Column(self.tr("Last login"), lambda u: _when(u.last_login_at)),
            ],
            self,
        )
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_to_contents(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.change_role())
        self._update_buttons()

    def refresh(self) -> None:
        selected = self.selected()
        ok, users = run_action(self, self.service.list_users)
        if not ok:
            return
        self.model.set_rows(users)
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def select(self, username: str) -> None:
        for row, info in enumerate(self.model.rows()):
            if info.username == username:
                self.table.selectRow(row)
                return

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        info = self.selected()
        for button in (self.role_button, self.active_button, self.reset_button):
            button.setEnabled(info is not None)
        self.active_button.setText(
            self.tr("Ac&tivate") if info is not None and not info.active else self.tr("Deac&tivate")
        )

    def add_user(self) -> None:
        dialog = AddUserDialog(self.service, self)
        if dialog.exec() and dialog.result_info is not None:
            self.refresh()
            self.select(dialog.result_info.username)

    def change_role(self) -> None:
        info = self.selected()
        if info is not None and ChangeRoleDialog(self.service, info, self).exec():
            self.refresh()

    def toggle_active(self) -> None:
        info = self.selected()
        if info is None:
            return
        ok, _ = run_action(self, lambda: self.service.update_user(info.id, active=not info.active))
        if ok:
            self.refresh()

    def reset_password(self) -> None:
        info = self.selected()
        if info is not None and ResetPasswordDialog(self.service, info, self).exec():
            self.refresh()
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Password reset"),
                self.tr("The password of {name} was reset. Give them the new password in person.").format(
                    name=info.username
                ),
            )


class SecurityTab(QWidget):
    idle_lock_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = UserService(ctx)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Automatic lock"), self)
        form = QFormLayout(box)
        form.addRow(
            hint(
                self.tr(
                    "The screen locks by itself after this many minutes without a key press or mouse movement. "
                    "Anyone can lock it at once with Ctrl+L. Unlocking needs the user's own password."
                ),
                box,
            )
        )
        self.minutes = QSpinBox(box)
        self.minutes.setRange(1, 120)
        self.minutes.setSuffix(self.tr(" min"))
        self.save_button = QPushButton(self.tr("&Save"), box)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(self.save_button)
        row.addStretch(1)
        label = QLabel(self.tr("&Lock after:"), box)
        label.setBuddy(self.minutes)
        form.addRow(label, row)
        self.error = InlineError(box)
        form.addRow(self.error)
        self.saved = hint("", box)
        form.addRow(self.saved)
        layout.addWidget(box)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        ok, minutes = run_action(self, self.service.idle_lock_minutes)
        if ok:
            self.minutes.setValue(minutes)
        self.saved.clear()

    def save(self) -> None:
        minutes = self.minutes.value()
        ok, _ = run_action(self, lambda: self.service.set_idle_lock_minutes(minutes), inline=self.error)
        if ok:
            self.saved.setText(self.tr("Saved: the screen locks after %n minute(s) without use.", "", minutes))
            self.idle_lock_changed.emit(minutes)


class AdminPage(QWidget):
    """Tabs: Users, Security, Database, then any extra tabs from :data:`ADMIN_TABS`."""

    idle_lock_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = LazyTabs(self)  # each tab is built when first shown
        layout.addWidget(self.tabs)
        stack = self.tabs.stack
        if ctx.can(Permission.USERS_MANAGE):
            self.tabs.add("users", self.tr("Users"), self._filled(lambda: UsersTab(ctx, stack)))
        if ctx.can(Permission.SETTINGS_MANAGE):
            self.tabs.add("security", self.tr("Security"), self._filled(self._make_security))
        if ctx.can(Permission.BACKUP):
            self.tabs.add("database", self.tr("Database"), self._filled(lambda: DatabaseTab(ctx, stack)))
        self._extra_keys: list[str] = []
        for title, module_name, cls_name in ADMIN_TABS:
            cls = self._extra_class(module_name, cls_name)
            if cls is not None:
                key = f"extra:{title}"
                self._extra_keys.append(key)
                self.tabs.add(
                    key, QCoreApplication.translate("Admin", title), self._filled(self._extra_factory(cls, cls_name))
                )
        self.tabs.shown.connect(self._shown)

    def _shown(self, key: str, widget: QWidget) -> None:
        if not self.tabs.take_fresh(key):  # a tab filled as it was built is not read again as it comes up
            self._refresh_tab(widget)

    def _filled(self, make):
        """A tab's factory that also fills the tab (so it is never seen empty, even when asked for unseen)."""

        def build() -> QWidget:
            tab = make()
            self._refresh_tab(tab)
            return tab

        return build

    def _make_security(self) -> SecurityTab:
        tab = SecurityTab(self.ctx, self.tabs.stack)
        tab.idle_lock_changed.connect(self.idle_lock_changed)
        return tab

    def _optional(self, key: str):
        return self.tabs.tab(key) if key in self.tabs.keys else None

    users_tab = property(lambda self: self._optional("users"))
    security_tab = property(lambda self: self._optional("security"))
    database_tab = property(lambda self: self._optional("database"))

    @property
    def extra_tabs(self) -> dict[str, QWidget]:
        """The areas' tabs built so far, by title."""
        built = {key: self.tabs.built(key) for key in self._extra_keys}
        return {key.removeprefix("extra:"): widget for key, widget in built.items() if widget is not None}

    def _extra_factory(self, cls, cls_name: str):
        def build() -> QWidget:
            try:
                return cls(self.ctx, self.tabs.stack)
            except Exception:  # noqa: BLE001 - a broken extra tab must not take the page down
                log.exception("admin tab %s could not be built", cls_name)
                return hint(self.tr("This tab could not be opened because of an error. The error was logged."))

        return build

    def _extra_class(self, module_name: str, cls_name: str):
        """The class of an area's tab, or ``None`` when its module is not installed (or cannot be imported)."""
        try:
            module = installed(module_name)
        except Exception:  # noqa: BLE001 - a broken extra tab must not hide the others
            log.exception("admin tab %s could not be imported", module_name)
            return None
        return getattr(module, cls_name, None) if module is not None else None

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def _refresh_tab(self, widget: QWidget | None) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            run_action(self, refresh)

    def refresh(self) -> None:
        """Shown: fill the tab on screen (the others are filled when they are chosen)."""
        key = self.tabs.current_key()
        if key is not None:
            tab = self.tabs.tab(key)
            if not self.tabs.take_fresh(key):  # filled as it was built
                self._refresh_tab(tab)

    def clear_sensitive(self) -> None:
        database = self.tabs.built("database")
        if database is not None:
            database.backup_result.clear()
            database.verify_result.clear()
        for tab in self.extra_tabs.values():
            clear = getattr(tab, "clear_sensitive", None)
            if callable(clear):
                clear()
