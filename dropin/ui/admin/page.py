"""Administration for managers: staff accounts, security policy, the database file.

Extra tabs the areas declare (:mod:`dropin.areas`) are listed in :data:`ADMIN_TABS` as
``(title, module, class)``, loaded lazily and skipped when their module is
missing. Each takes ``(ctx, parent=None)``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from dropin.areas import AREAS, split
from dropin.context import ServiceContext
from dropin.errors import DropinError, ValidationError
from dropin.security import custody
from dropin.security.auth import LANGUAGES, UserInfo, UserService
from dropin.security.permissions import Permission
from dropin.security.roles import Role
from dropin.ui.admin.forms import FormDialog
from dropin.ui.admin.passphrases import BackupPassphraseDialog, ChangePassphraseDialog
from dropin.ui.common import (
    Column,
    InlineError,
    RowsTableModel,
    TableView,
    fit_to_contents,
    format_datetime,
    on_server,
    run_action,
    show_error,
)
from dropin.ui.lazytabs import LazyTabs
from dropin.ui.shell.widgets import PasswordLineEdit, hint
from dropin.ui.workers import BusyIndicator, Task, run_in_thread

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


def _backup(ctx: ServiceContext, dest: Path, passphrase: str | None = None):
    # the file dialog already asked before replacing a file; a server's backup has a passphrase of its own
    return custody.backup(ctx, dest, force=True, passphrase=passphrase)


def _verify(ctx: ServiceContext):
    from dropin.security.trail import AuditTrailService

    return AuditTrailService(ctx).verify()


class DatabaseTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        layout = QVBoxLayout(self)

        self.server = on_server(ctx)
        box = QGroupBox(self.tr("Backup"), self)
        col = QVBoxLayout(box)
        if self.server:
            about = self.tr(
                "A backup is an encrypted copy of the whole database on the centre's server, with a passphrase of "
                "its own that you choose for it. Keep backups on a separate disk. A backup is restored by the "
                "server's administrator into a new database on the server (dropin server restore); the program "
                "does not restore it from here."
            )
            where = self.tr("Database on the server: {name}").format(name=getattr(ctx.db, "label", ""))
        else:
            about = self.tr(
                "A backup is an encrypted copy of the whole database with the same passphrase. Keep backups on a "
                "separate disk, and test a restore from time to time (dropin restore)."
            )
            where = self.tr("Database file: {path}").format(path=ctx.db.path)
        col.addWidget(hint(about, box))
        file_label = hint(where, box)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(file_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now…"), box)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        col.addLayout(row)
        self.backup_busy = BusyIndicator(box)
        col.addWidget(self.backup_busy)
        self.backup_result = hint("", box)
        col.addWidget(self.backup_result)
        layout.addWidget(box)

        box = QGroupBox(self.tr("Passphrase"), box)
        col = QVBoxLayout(box)
        row = QHBoxLayout()
        self.rekey_button = QPushButton(self.tr("&Change database passphrase…"), box)
        row.addWidget(self.rekey_button)
        row.addStretch(1)
        col.addLayout(row)
        self.rekey_result = hint("", box)
        col.addWidget(self.rekey_result)
        if self.server:  # the server keeps its data its own way: its administrator changes keys and passwords there
            self.rekey_button.hide()
            self.rekey_result.setText(
                self.tr(
                    "The database on the centre's server has no passphrase of its own: the server protects it, and "
                    "the server's administrator changes its keys and passwords there."
                )
            )
        layout.addWidget(box)

        box = QGroupBox(self.tr("Audit log"), self)
        col = QVBoxLayout(box)
        col.addWidget(
            hint(
                self.tr(
                    "Every entry of the audit log is chained to the one before it. The check shows whether any entry "
                    "was changed or removed outside dropin."
                ),
                box,
            )
        )
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify a&udit log"), box)
        row.addWidget(self.verify_button)
        row.addStretch(1)
        col.addLayout(row)
        self.verify_busy = BusyIndicator(box)
        col.addWidget(self.verify_busy)
        self.verify_result = QLabel(box)
        self.verify_result.setWordWrap(True)
        col.addWidget(self.verify_result)
        layout.addWidget(box)
        layout.addStretch(1)

        self.backup_button.clicked.connect(self.choose_backup)
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.verify_button.clicked.connect(self.verify)
        self.backup_button.setEnabled(ctx.can(Permission.BACKUP))
        self.rekey_button.setEnabled(ctx.can(Permission.SETTINGS_MANAGE))
        self.verify_button.setEnabled(ctx.can(Permission.AUDIT_VIEW))

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def choose_backup(self) -> None:
        from dropin.paths import documents_dir
        from dropin.ui.filedialogs import save_file_name

        if self.server:
            default = documents_dir() / f"dropin-server-backup-{self.ctx.now():%Y-%m-%d-%H%M}.backup"
            name = save_file_name(self, self.tr("Save backup as"), default, self.tr("dropin server backup (*.backup)"))
            if not name:
                return
            dialog = BackupPassphraseDialog(name, self)
            if dialog.exec() and dialog.passphrase:
                self.backup_to(Path(name), dialog.passphrase)
            return
        default = documents_dir() / f"dropin-backup-{self.ctx.now():%Y-%m-%d-%H%M}.db"
        name = save_file_name(self, self.tr("Save backup as"), default, self.tr("dropin database (*.db)"))
        if name:
            self.backup_to(Path(name))

    def backup_to(self, dest: Path, passphrase: str | None = None) -> None:
        """Write the backup on a worker thread (``passphrase``: a server backup's own)."""
        if self.busy():
            return
        if not self.server and dest.resolve() == self.ctx.db.path.resolve():
            show_error(self, DropinError(self.tr("A backup cannot replace the database itself; choose another file.")))
            return
        self.backup_button.setEnabled(False)
        self.backup_result.clear()
        self.backup_busy.start(self.tr("Writing the encrypted backup…"))
        ctx = self.ctx
        self.task = run_in_thread(lambda: _backup(ctx, dest, passphrase), self._backup_done, self._backup_failed)

    def _backup_done(self, result) -> None:
        out, seal = result
        self.backup_busy.stop()
        self.backup_button.setEnabled(True)
        self.backup_result.setText(
            self.tr(
                "Encrypted backup written to {path}. Its audit seal is {seal}: write it down apart from the backup."
            ).format(path=out, seal=seal.text)
        )

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_busy.stop()
        self.backup_button.setEnabled(True)
        self.backup_result.setText(self.tr("The backup failed."))
        show_error(self, error)

    def change_passphrase(self) -> None:
        if ChangePassphraseDialog(self.ctx, self).exec():
            self.rekey_result.setText(self.tr("The database passphrase was changed."))

    def verify(self) -> None:
        if self.busy():
            return
        self.verify_button.setEnabled(False)
        self.verify_result.clear()
        self.verify_busy.start(self.tr("Checking the audit log…"))
        ctx = self.ctx
        self.task = run_in_thread(lambda: _verify(ctx), self._verified, self._verify_failed)

    def _verified(self, report) -> None:
        self.verify_busy.stop()
        self.verify_button.setEnabled(True)
        from dropin.ui.admin.audit import BAD_STYLE, OK_STYLE, chain_report_text

        self.verify_result.setStyleSheet(OK_STYLE if report.ok else BAD_STYLE)
        self.verify_result.setText(chain_report_text(report))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_busy.stop()
        self.verify_button.setEnabled(True)
        show_error(self, error)


# ====================================================================== page
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
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name and (module_name == error.name or module_name.startswith(error.name + ".")):
                return None
            log.exception("admin tab %s could not be imported", module_name)
            return None
        except Exception:  # noqa: BLE001 - a broken extra tab must not hide the others
            log.exception("admin tab %s could not be imported", module_name)
            return None
        return getattr(module, cls_name, None)

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
