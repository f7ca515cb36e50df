"""Privacy lock: the idle timer and the lock screen that asks for the user's password again."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dropin.security.auth import MAX_FAILED_LOGINS, refused_message
from dropin.ui.common import InlineError
from dropin.ui.shell.widgets import Card, PasswordLineEdit, centred, hint, screen_title
from dropin.ui.workers import BusyIndicator, Task, run_form_task

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without a key press or mouse use anywhere in the application.

    An application-wide event filter notes the time of every key or mouse event
    (the way KeePassXC's inactivity timer works); one single-shot timer wakes up
    when the time could be over and compares with the last activity. The time
    comes from ``clock`` (seconds; steady, so changing the computer's clock does
    not lock or keep unlocked); tests pass a clock they move by hand.
    It is the window's only application-wide filter: every event of every
    widget passes through it, so it looks at input events only, also serves
    ``on_key_press`` (a key press, before its widget sees it; ``True`` eats it),
    and is lifted while a page is being built (:meth:`paused`).
    """

    idle = Signal()

    #: the shortest wait between two looks at the clock (no busy loop just before the deadline)
    MIN_WAKE_MS = 100

    def __init__(self, timeout_ms: int, parent: QObject | None = None, clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self.clock = clock or time.monotonic
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._timeout_ms = max(1, int(timeout_ms))
        self._last = self.clock()
        self._installed = False
        self.on_key_press: Callable[[QKeyEvent], bool] | None = None

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, int(timeout_ms))
        if self.timer.isActive():
            self.check()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._last = self.clock()
        self._wake_in(self._timeout_ms)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def is_running(self) -> bool:
        return self.timer.isActive()

    def remaining_ms(self) -> int:
        """Time left before the lock, from the last activity."""
        return self._timeout_ms - int((self.clock() - self._last) * 1000)

    def check(self) -> None:
        """Lock if the time is over, otherwise look again when it could be (the timer's slot)."""
        left = self.remaining_ms()
        if left <= 0:
            self.timer.stop()
            self.idle.emit()
        else:
            self._wake_in(left)

    def _wake_in(self, ms: int) -> None:
        self.timer.start(max(self.MIN_WAKE_MS, min(int(ms), self._timeout_ms)))

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Lift the filter meanwhile: building widgets sends thousands of events and no input."""
        app = QApplication.instance()
        if app is None or not self._installed:
            yield
            return
        app.removeEventFilter(self)
        try:
            yield
        finally:
            if self._installed:
                app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if not isinstance(event, QInputEvent):  # paint, layout, child events: nothing to do, and quickly
            return False
        kind = event.type()
        if kind in _ACTIVITY and self.timer.isActive():
            self._last = self.clock()
        if kind == QEvent.Type.KeyPress and self.on_key_press is not None and isinstance(event, QKeyEvent):
            return bool(self.on_key_press(event))
        return False


class LockScreen(QWidget):
    """Covers the whole window; only the logged-in user's password (or switching user) gets past it."""

    unlocked = Signal(object)
    switch_user = Signal()

    def __init__(self, auth, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.auth = auth
        self.user = user
        self.task: Task | None = None
        card = Card(self)
        col = card.layout_
        col.addWidget(screen_title(self.tr("Locked"), card))
        col.addWidget(
            hint(
                self.tr("The screen is locked to protect the data. {name}, type your password to continue.").format(
                    name=user.label
                ),
                card,
            )
        )
        form = QFormLayout()
        self.password = PasswordLineEdit(card)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Password:"), self.password)
        col.addLayout(form)
        self.error = InlineError(card)
        col.addWidget(self.error)
        self.notice = QLabel(card)  # e.g. "A test is ready to read." (never a client code)
        self.notice.setObjectName("lockNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #e3f6e5; color: #1b5e20; border: 2px solid #2e7d32; "
            "border-radius: 6px; padding: 8px; font-weight: bold; font-size: 12pt;"
        )
        self.notice.hide()
        col.addWidget(self.notice)
        self.busy = BusyIndicator(card)
        col.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("&Switch user"), card)
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        col.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card, self))
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.switch_button.clicked.connect(self.switch_user)
        self.setFocusProxy(self.password)

    def reset(self) -> None:
        self.password.wipe()
        self.error.clear()
        self.notice.hide()

    def show_notice(self, text: str) -> None:
        """A message a page needs seen while locked; it must name no one."""
        self.notice.setText(text)
        self.notice.show()

    def busy_now(self) -> bool:
        return self.task is not None and self.task.running

    def unlock(self) -> None:
        """Check the password off the GUI thread (argon2, perhaps a wait for the database)."""
        if self.busy_now():
            return
        self.error.clear()
        password, auth, user = self.password.text(), self.auth, self.user
        self.task = run_form_task(
            lambda: auth.confirm(user, password),
            widgets=(self.password, self.unlock_button, self.switch_button),
            busy=self.busy,
            message=self.tr("Checking the password…"),
            on_done=self._succeeded,
            on_error=self._failed,
            fallback=self.tr("The password could not be checked. Please try again."),
        )

    def _succeeded(self, user) -> None:
        self.reset()
        self.unlocked.emit(user)

    def _failed(self, message: str) -> None:
        if message == refused_message():  # there is no user name to get wrong on this screen
            message = self.tr(
                "Wrong password. After %n failed attempts in a row the account also waits a while "
                "before it accepts its password again.",
                "",
                MAX_FAILED_LOGINS,
            )
        self.error.show_message(message)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.password.selectAll()
