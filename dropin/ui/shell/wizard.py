"""First start: create the encrypted database and the first manager account.

Three steps (file, passphrase, manager); the key derivation and the first
writes run on a worker thread while a busy indicator shows.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dropin.errors import DropinError, ValidationError
from dropin.security.opening import create_database
from dropin.ui.common import InlineError
from dropin.ui.shell.serverlogin import ServerForm
from dropin.ui.shell.widgets import (
    PasswordLineEdit,
    StrengthMeter,
    hint,
    screen_title,
)
from dropin.ui.workers import BusyIndicator, Task, run_in_thread

log = logging.getLogger(__name__)


class CreateDatabaseWizard(QWidget):
    """Step 1 file, step 2 passphrase, step 3 first manager account; emits ``created(db, user)``."""

    created = Signal(object, object)
    cancelled = Signal()
    #: the centre's server was chosen: its settings (host, port, database, CA certificate)
    server_chosen = Signal(dict)

    def __init__(self, default_path: Path, kdf_iter: int, clock=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kdf_iter = kdf_iter
        self.clock = clock
        self.task: Task | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addWidget(screen_title(self.tr("Create a new dropin database"), self))
        self.step_label = QLabel(self)
        self.step_label.setObjectName("hint")
        outer.addWidget(self.step_label)
        self.steps = QStackedWidget(self)
        outer.addWidget(self.steps)

        # step 1: where the data is kept: a file here, or the centre's server
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.here = QRadioButton(self.tr("This computer &only (encrypted file)"), page)
        self.on_server = QRadioButton(self.tr("The centre's &server"), page)
        self.here.setChecked(True)
        column.addWidget(self.here)
        column.addWidget(self.on_server)
        self.place = QStackedWidget(page)
        column.addWidget(self.place)
        file_page = QWidget(page)
        form = QFormLayout(file_page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            hint(
                self.tr(
                    "Everything is kept in one encrypted file on this computer. Keep the default place unless the "
                    "centre has agreed on another one (for example an encrypted disk)."
                ),
                file_page,
            )
        )
        self.path_edit = QLineEdit(str(default_path), file_page)
        self.path_edit.setAccessibleName(self.tr("Database file"))
        browse = QPushButton(self.tr("Browse…"), file_page)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Database &file:"), row)
        label_item = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        label = label_item.widget() if label_item is not None else None
        if isinstance(label, QLabel):
            label.setBuddy(self.path_edit)
        self.place.addWidget(file_page)
        self.server_form = ServerForm(page)
        self.place.addWidget(self.server_form)
        self.on_server.toggled.connect(self._place_changed)
        self.steps.addWidget(page)

        # step 2: passphrase
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            hint(
                self.tr(
                    "The database passphrase encrypts the whole file. Without it nobody, including you, can open the "
                    "data again: write it down and keep it somewhere safe, away from the computer."
                ),
                page,
            )
        )
        self.passphrase = PasswordLineEdit(page)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_repeat = PasswordLineEdit(page)
        self.passphrase_repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter = StrengthMeter(page)
        self.passphrase.textChanged.connect(self.meter.update_for)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.passphrase_repeat)
        form.addRow("", self.meter)
        self.steps.addWidget(page)

        # step 3: first manager
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            hint(self.tr("The first account is a manager. Managers add the other staff accounts under Admin."), page)
        )
        self.username = QLineEdit(page)
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit(page)
        self.display_name.setPlaceholderText(self.tr("optional, shown in the status bar"))
        self.password = PasswordLineEdit(page)
        self.password.setAccessibleName(self.tr("Password"))
        self.password_repeat = PasswordLineEdit(page)
        self.password_repeat.setAccessibleName(self.tr("Repeat password"))
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Display name:"), self.display_name)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Re&peat:"), self.password_repeat)
        self.steps.addWidget(page)

        self.error = InlineError(self)
        outer.addWidget(self.error)
        self.busy = BusyIndicator(self)
        outer.addWidget(self.busy)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Canc&el"), self)
        self.cancel_button.setFlat(True)
        self.cancel_button.hide()  # shown when the wizard was opened from the unlock screen
        self.cancel_button.clicked.connect(self._cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.create_button = QPushButton(self.tr("&Create database"), self)
        self.server_button = QPushButton(self.tr("&Go to the staff login"), self)
        self.server_button.clicked.connect(self.use_server)
        self.next_button.setDefault(True)
        self.create_button.setDefault(True)
        for button in (self.back_button, self.next_button, self.create_button, self.server_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.create_button.clicked.connect(self.submit)
        for edit in (
            self.path_edit,
            self.passphrase,
            self.passphrase_repeat,
            self.username,
            self.display_name,
            self.password,
            self.password_repeat,
            self.server_form.host,
            self.server_form.database,
            self.server_form.ca,
        ):
            edit.returnPressed.connect(self._on_return)
        self._show_step(0)

    # ------------------------------------------------------------ navigation
    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step {n} of 3").format(n=index + 1))
        server = index == 0 and self.on_server.isChecked()
        self.back_button.setVisible(index > 0)
        self.next_button.setVisible(index < 2 and not server)
        self.create_button.setVisible(index == 2)
        self.server_button.setVisible(server)
        self.server_button.setDefault(server)
        first = {0: self.server_form.host if server else self.path_edit, 1: self.passphrase, 2: self.username}[index]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_changed(self) -> None:
        self.place.setCurrentIndex(1 if self.on_server.isChecked() else 0)
        self.error.clear()
        self._show_step(0)

    def use_server(self) -> None:
        """The centre's server was chosen: check its settings and hand them on (nothing is created here)."""
        try:
            values = self.server_form.check()
        except ValidationError as error:
            self._fail(error)
            return
        self.error.clear()
        self.server_chosen.emit(values)

    def _on_return(self) -> None:
        if self.step == 0 and self.on_server.isChecked():
            self.use_server()
        elif self.step < 2:
            self.next()
        else:
            self.submit()

    def set_cancellable(self, cancellable: bool) -> None:
        self.cancel_button.setVisible(cancellable)

    def _cancel(self) -> None:
        if not self._busy():
            self.error.clear()
            for edit in (self.passphrase, self.passphrase_repeat, self.password, self.password_repeat):
                edit.wipe()
            self._show_step(0)
            self.cancelled.emit()

    def back(self) -> None:
        if self.step > 0 and not self._busy():
            self.error.clear()
            self._show_step(self.step - 1)

    def next(self) -> None:
        if self._busy():
            return
        try:
            (self._check_file, self._check_passphrase, self._check_account)[self.step]()
        except ValidationError as error:
            self._fail(error)
            return
        self.error.clear()
        self._show_step(self.step + 1)

    def _browse(self) -> None:
        from dropin.ui.filedialogs import save_file_name

        name = save_file_name(self, self.tr("Database file"), self.path_edit.text(), self.tr("dropin database (*.db)"))
        if name:
            self.path_edit.setText(name)

    # ------------------------------------------------------------ validation
    def _check_file(self) -> Path:
        text = self.path_edit.text().strip()
        if not text:
            raise ValidationError(self.tr("Please choose where to keep the database file."), "path")
        path = Path(text).expanduser()
        if path.exists() and (path.is_dir() or path.stat().st_size > 0):
            raise ValidationError(self.tr("A file already exists at that place; choose another name."), "path")
        return path

    def _check_passphrase(self) -> str:
        from dropin.security.passphrase import check_passphrase

        text = check_passphrase(self.passphrase.text())
        if text != self.passphrase_repeat.text():
            raise ValidationError(self.tr("The two passphrases do not match."), "passphrase_repeat")
        return text

    def _check_account(self) -> tuple[str, str]:
        from dropin.security.auth import validate_password, validate_username

        username = validate_username(self.username.text())
        validate_password(self.password.text())
        if self.password.text() != self.password_repeat.text():
            raise ValidationError(self.tr("The two passwords do not match."), "password_repeat")
        return username, self.password.text()

    def _fail(self, error: DropinError) -> None:
        self.error.show_message(error.message)
        field = {
            "path": (0, self.path_edit),
            "passphrase": (1, self.passphrase),
            "passphrase_repeat": (1, self.passphrase_repeat),
            "username": (2, self.username),
            "password": (2, self.password),
            "password_repeat": (2, self.password_repeat),
            "host": (0, self.server_form.host),
            "database": (0, self.server_form.database),
            "ca": (0, self.server_form.ca),
        }.get(getattr(error, "field", None) or "")
        if field is not None:
            step, widget = field
            if self.step != step:
                self.steps.setCurrentIndex(step)
                self._show_step(step)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.selectAll()

    # ------------------------------------------------------------- creation
    def _busy(self) -> bool:
        return self.task is not None and self.task.running

    def submit(self) -> None:
        if self._busy():
            return
        try:
            path = self._check_file()
            passphrase = self._check_passphrase()
            username, password = self._check_account()
        except ValidationError as error:
            self._fail(error)
            return
        self.error.clear()
        display = self.display_name.text().strip() or None
        self._set_enabled(False)
        self.busy.start(self.tr("Creating the encrypted database… this takes a few seconds."))
        self.task = run_in_thread(
            lambda: create_database(path, passphrase, username, password, display, self.kdf_iter, self.clock),
            self._on_created,
            self._on_failed,
        )

    def _set_enabled(self, enabled: bool) -> None:
        self.steps.setEnabled(enabled)
        for button in (self.cancel_button, self.back_button, self.next_button, self.create_button):
            button.setEnabled(enabled)

    def _on_created(self, result) -> None:
        self.busy.stop()
        self._set_enabled(True)
        db, user = result
        for edit in (self.passphrase, self.passphrase_repeat, self.password, self.password_repeat):
            edit.wipe()
        self.created.emit(db, user)

    def _on_failed(self, error: BaseException) -> None:
        self.busy.stop()
        self._set_enabled(True)
        if isinstance(error, DropinError):
            self._fail(error)
        else:
            log.error("database creation failed", exc_info=error)
            self.error.show_message(
                self.tr("The database could not be created. Check that the folder can be written to and try again.")
            )
