"""Run slow work (key derivation, backup, rekey) off the GUI thread.

``run_in_thread(fn, on_done, on_error)`` starts ``fn()`` on a worker thread
and calls back on the GUI thread. A :class:`Task` emits
``finished(result)`` or ``failed(error)``; it is kept alive until it has
reported, so callers need not hold a reference.

``run_form_task`` is the same for a small form (unlock, login, lock screen):
its fields are disabled and a busy indicator shows until the work reports,
and a failure comes back as one message to show inline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

_RUNNING: set[Task] = set()


class Task(QObject):
    """One callable run on a worker thread; signals arrive on the thread that created the task."""

    finished = Signal(object)
    failed = Signal(object)
    _done = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self.running = False
        self._done.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Task:
        self.running = True
        _RUNNING.add(self)
        # A plain Python thread: it takes and releases the interpreter lock like any Python code,
        # independent of how the Qt event loop is being run (exec, processEvents, qWait).
        threading.Thread(target=self._execute, name="dropin-task", daemon=True).start()
        return self

    def _execute(self) -> None:  # worker thread
        try:
            result = self.fn()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self._done.emit(False, error)
        else:
            self._done.emit(True, result)

    @Slot(bool, object)
    def _report(self, ok: bool, payload: object) -> None:  # GUI thread
        self.running = False
        _RUNNING.discard(self)
        if ok:
            self.finished.emit(payload)
        else:
            if not isinstance(payload, Exception) or type(payload).__module__ != "dropin.errors":
                log.info("background task failed: %r", payload)
            self.failed.emit(payload)


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    task = Task(fn)
    if on_done is not None:
        task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    return task.start()


def run_form_task(
    fn: Callable[[], Any],
    *,
    widgets: Iterable[QWidget],
    busy: BusyIndicator,
    message: str,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    fallback: str,
) -> Task:
    """Run ``fn()`` off the GUI thread for a form: ``widgets`` are disabled and ``busy`` shows ``message``
    until it reports; then ``on_done(result)``, or ``on_error(text)`` with a :class:`DropinError`'s message
    (anything else is logged and ``fallback`` is shown). The widgets are enabled again before either."""
    from dropin.errors import DropinError

    widgets = list(widgets)
    for widget in widgets:
        widget.setEnabled(False)
    busy.start(message)

    def settle() -> bool:
        """Enable the form again; ``False`` if it was closed meanwhile (then nothing is reported)."""
        if not all(isValid(w) for w in (busy, *widgets)):
            return False
        busy.stop()
        for widget in widgets:
            widget.setEnabled(True)
        return True

    def done(result) -> None:
        if settle():
            on_done(result)

    def failed(error: BaseException) -> None:
        if not settle():
            return
        if isinstance(error, DropinError):
            on_error(error.message)
        else:
            log.error("%s failed", message, exc_info=error)
            on_error(fallback)

    return run_in_thread(fn, done, failed)


def running_tasks() -> int:
    """How many tasks have not reported yet (tests wait for zero)."""
    return len(_RUNNING)


class BusyIndicator(QWidget):
    """An indeterminate progress bar with a short message; hidden when idle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.label = QLabel(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()

    def start(self, message: str) -> None:
        self.label.setText(message)
        self.show()

    def stop(self) -> None:
        self.label.clear()
        self.hide()
