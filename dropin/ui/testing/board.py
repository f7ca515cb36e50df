"""The read-timer board: several tests running at once, one tile each, driven by a clock object.

A QTimer ticks every second; each tick reads ``clock.now()`` (tests inject a
FixedClock and call :meth:`ReadTimerBoard.tick`). Before 20:00 a result cannot
be entered; from 20:00 to 40:00 it can; after 40:00 the only outcome is
"invalid — repeat with a new kit". The board beeps and the tile turns green
when a test becomes readable.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.records import RunningTest
from dropin.testing.rules import Window
from dropin.testing.service import TestService
from dropin.ui.common import InlineError, form_buttons, format_time, run_action
from dropin.ui.testing.widgets import InvalidChoice, QualityBlock, ReferralChoice

TILE_STYLE = {
    Window.TOO_EARLY: "QFrame#testTile { background: #eef2f7; border: 2px solid #90a4ae; border-radius: 8px; }",
    Window.READABLE: "QFrame#testTile { background: #e3f6e5; border: 3px solid #2e7d32; border-radius: 8px; }",
    Window.TOO_LATE: "QFrame#testTile { background: #fdecea; border: 3px solid #c62828; border-radius: 8px; }",
}


FLASH_STYLE = "QFrame#testTile { background: #a5d6a7; border: 4px solid #1b5e20; border-radius: 8px; }"
#: a readable tile flashes for this many ticks (seconds) after it became readable or the screen was unlocked
FLASH_TICKS = 30


def _mmss(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TestTile(QFrame):
    """One running test: client code, kit and lot, and a countdown."""

    __test__ = False
    enter_result = Signal(int)
    record_late = Signal(int)
    cancel = Signal(int)

    def __init__(self, test: RunningTest, parent=None):
        super().__init__(parent)
        self.test = test
        self.state: Window | None = None
        self.setObjectName("testTile")
        self.setMinimumSize(290, 170)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        self.code = QLabel(test.client_code)
        self.code.setStyleSheet("font-size: 18pt; font-weight: bold;")
        kit = self.tr("{kit} · lot {lot}").format(kit=test.kit_name, lot=test.lot_number)
        if test.repeat_of_id:
            kit = self.tr("{kit} · repeat").format(kit=kit)
        self.kit = QLabel(kit)
        self.started = QLabel(self.tr("Started {time}").format(time=format_time(test.started_at, seconds=True)))
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.countdown.setWordWrap(True)
        self.result_button = QPushButton(self.tr("Enter result"))
        self.late_button = QPushButton(self.tr("Record invalid — repeat with a new kit"))
        self.cancel_button = QPushButton(self.tr("Cancel test…"))
        self.cancel_button.setFlat(True)
        self.flash_on = False
        self.result_button.clicked.connect(lambda: self.enter_result.emit(self.test.id))
        self.late_button.clicked.connect(lambda: self.record_late.emit(self.test.id))
        self.cancel_button.clicked.connect(lambda: self.cancel.emit(self.test.id))
        for w in (
            self.code,
            self.kit,
            self.started,
            self.countdown,
            self.result_button,
            self.late_button,
            self.cancel_button,
        ):
            layout.addWidget(w)

    def flash(self) -> None:
        """Alternate a bright and the normal readable look (one step per board tick)."""
        if self.state is not Window.READABLE:
            return
        self.flash_on = not self.flash_on
        self.setStyleSheet(FLASH_STYLE if self.flash_on else TILE_STYLE[Window.READABLE])

    def update_time(self, now: dt.datetime) -> bool:
        """Refresh the countdown; return True if the test has just become readable."""
        state = rules.window(self.test.started_at, now)
        seconds = (now - self.test.started_at).total_seconds()
        if state is Window.TOO_EARLY:
            text = self.tr("Readable in {time}").format(time=_mmss(rules.READ_FROM_MINUTES * 60 - seconds))
        elif state is Window.READABLE:
            text = self.tr("Read now — {time} left").format(time=_mmss(rules.READ_UNTIL_MINUTES * 60 - seconds))
        else:
            text = self.tr("Too late ({time}): invalid, repeat with a new kit").format(time=_mmss(seconds))
        self.countdown.setText(text)
        became_readable = state is Window.READABLE and self.state is Window.TOO_EARLY
        if state is not self.state:
            self.state = state
            self.setStyleSheet(TILE_STYLE[state])
            self.result_button.setEnabled(state is Window.READABLE)
            self.result_button.setVisible(state is not Window.TOO_LATE)
            self.late_button.setVisible(state is Window.TOO_LATE)
        return became_readable


class ResultPanel(QGroupBox):
    """Lines seen → result (derived, never typed), result given, post-test counselling, referral details."""

    saved = Signal(object)  # TestInfo

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.test_id: int | None = None
        self.setTitle(self.tr("Enter result"))
        self.setMinimumWidth(330)
        form = self.form = QFormLayout(self)
        self.who = QLabel()
        self.who.setStyleSheet("font-weight: bold;")
        self.control = QCheckBox(self.tr("Control line (C) visible"))
        self.test_line = QCheckBox(self.tr("Test line (T) visible, however faint"))
        self.derived = QLabel()
        self.derived.setObjectName("derivedResult")
        self.derived.setWordWrap(True)
        self.derived.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.given = QCheckBox(self.tr("Result given to the person"))
        self.post = QCheckBox(self.tr("Post-test counselling given"))
        self.invalid = InvalidChoice()
        self.referral_box = ReferralChoice(ctx)
        self.error = InlineError()
        self.save = QPushButton(self.tr("Save result"))
        self.save.setDefault(True)
        self.cancel = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        form.addRow(self.who)
        form.addRow(self.control)
        form.addRow(self.test_line)
        form.addRow(self.tr("The kit shows the test is invalid:"), self.invalid)
        form.addRow(self.tr("Result:"), self.derived)
        form.addRow(self.referral_box)
        form.addRow(self.given)
        form.addRow(self.post)
        form.addRow(self.error)
        form.addRow(buttons)
        self.control.toggled.connect(self._update)
        self.test_line.toggled.connect(self._update)
        self.invalid.currentIndexChanged.connect(self._update)
        self.save.clicked.connect(self._save)
        self.cancel.clicked.connect(self.close_panel)
        self.hide()

    def open_for(self, test: RunningTest) -> None:
        self.test_id = test.id
        self.who.setText(self.tr("{code} · lot {lot}").format(code=test.client_code, lot=test.lot_number))
        for box in (self.control, self.test_line):
            box.setChecked(False)
        self.given.setChecked(True)
        self.post.setChecked(True)
        self.invalid.reset()
        self.referral_box.load()
        self.referral_box.reset()
        self.error.clear()
        self._update()
        self.show()
        self.control.setFocus()

    def close_panel(self) -> None:
        self.test_id = None
        self.hide()

    def current_result(self) -> rules.Result:
        if self.invalid.value() is not None:
            return rules.Result.INVALID
        return rules.derive_result(self.control.isChecked(), self.test_line.isChecked())

    def _update(self) -> None:
        result = self.current_result()
        self.derived.setText(result.label)
        colour = {"reactive": "#c62828", "invalid": "#e65100"}.get(result.value, "#2e7d32")
        self.derived.setStyleSheet(f"font-weight: bold; font-size: 12pt; color: {colour};")
        self.form.setRowVisible(self.referral_box, result is rules.Result.REACTIVE)

    def _save(self) -> None:
        if self.test_id is None:
            return
        test_id = self.test_id
        referral = self.referral_box.values() if self.current_result() is rules.Result.REACTIVE else {}
        ok, info = run_action(
            self,
            lambda: TestService(self.ctx).record_result(
                test_id,
                self.control.isChecked(),
                self.test_line.isChecked(),
                result_given=self.given.isChecked(),
                post_test_counselling=self.post.isChecked(),
                invalid_reason=self.invalid.value(),
                **referral,
            ),
            inline=self.error,
        )
        if ok:
            self.close_panel()
            self.saved.emit(info)


class CancelTestDialog(QDialog):
    """Cancel a test started by mistake: a reason, and whether the kit goes back into stock."""

    def __init__(self, test: RunningTest, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel test"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Cancel the test of {code} started {time}? It is kept as cancelled, with your reason.").format(
                    code=test.client_code, time=format_time(test.started_at)
                )
            )
        )
        form = QFormLayout()
        self.reason = QLineEdit()
        self.returned = QRadioButton(self.tr("The kit was not opened: it goes back into stock"))
        self.wasted = QRadioButton(self.tr("The kit was opened: count it as wasted"))
        self.wasted.setChecked(True)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.returned)
        form.addRow(self.wasted)
        layout.addLayout(form)
        self.error, buttons = form_buttons(self, layout, self.accept)

    def kit(self) -> str:
        return "returned" if self.returned.isChecked() else "wasted"


class ReadTimerBoard(QWidget):
    """Tiles for every running test, a start-test bar and the result panel.

    The board keeps timing while the screen is locked: the tiles (which show client codes) are
    removed, but the start times stay, and when a test becomes readable :attr:`test_ready` fires
    with a message that names no one.
    """

    changed = Signal()  # a result was saved (the overdue list may have changed)
    test_ready = Signal(str)  # a test has just become readable (no client code in the text)
    ready_count_changed = Signal(int)  # how many tests are readable now

    def __init__(self, ctx: ServiceContext, clock=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock or ctx.clock
        self.tiles: dict[int, TestTile] = {}
        self.watch: dict[int, dt.datetime] = {}  # running test id -> start time (kept while locked)
        self.beeps = 0
        self.flash_ticks = 0
        self.ready = 0
        self._last_tick = self.clock.now()
        self.cancel_dialog = CancelTestDialog  # tests replace it to answer the dialog

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.client_code = QLineEdit()
        self.client_code.setPlaceholderText(self.tr("Client code"))
        self.client_code.setMaximumWidth(180)
        self.lot = QComboBox()
        self.lot.setMinimumWidth(320)
        self.start_button = QPushButton(self.tr("Start test"))
        bar.addWidget(QLabel(self.tr("Client code:")))
        bar.addWidget(self.client_code)
        bar.addWidget(QLabel(self.tr("Kit lot:")))
        bar.addWidget(self.lot, 1)
        bar.addWidget(self.start_button)
        outer.addLayout(bar)
        self.quality = QualityBlock(ctx)
        outer.addWidget(self.quality)
        self.error = InlineError()
        outer.addWidget(self.error)
        self.notice = QLabel()
        self.notice.setObjectName("boardNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.repeat_button = QPushButton(self.tr("Start repeat test"))
        self.repeat_button.hide()
        outer.addWidget(self.repeat_button)
        self.last_invalid = None

        body = QHBoxLayout()
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty = QLabel(self.tr("No tests running. Enter a client code and start a test."))
        self.empty.setStyleSheet("color: #607d8b; font-size: 12pt;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        body.addWidget(scroll, 1)
        self.panel = ResultPanel(ctx)
        body.addWidget(self.panel)
        outer.addLayout(body, 1)

        self.start_button.clicked.connect(lambda: self.start_test())
        self.client_code.returnPressed.connect(lambda: self.start_test())
        self.lot.currentIndexChanged.connect(lambda _i: self.quality.check(self.lot.currentData()))
        self.repeat_button.clicked.connect(self._start_repeat)
        self.panel.saved.connect(self._result_saved)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # ------------------------------------------------------------- data
    def refresh(self) -> None:
        self.lot.clear()
        ok, lots = run_action(self, lambda: TestService(self.ctx).usable_lots(), inline=self.error)
        for lot in lots or []:
            self.lot.addItem(lot.label, lot.id)
        self.quality.check(self.lot.currentData())
        ok, running = run_action(self, lambda: TestService(self.ctx).running_tests(), inline=self.error)
        if ok:
            self._show(running)

    def _show(self, running: list[RunningTest]) -> None:
        for tile in self.tiles.values():
            tile.setParent(None)
            tile.deleteLater()
        self.tiles = {}
        self.empty.setParent(None)
        if not running:
            self.grid.addWidget(self.empty, 0, 0)
            self.empty.show()
        columns = 3
        for i, test in enumerate(running):
            tile = TestTile(test)
            tile.enter_result.connect(self.open_result)
            tile.record_late.connect(self.record_late)
            tile.cancel.connect(self.cancel_test)
            self.tiles[test.id] = tile
            self.grid.addWidget(tile, i // columns, i % columns)
            tile.show()
        self.watch = {t.id: t.started_at for t in running}
        if self.panel.test_id is not None and self.panel.test_id not in self.tiles:
            self.panel.close_panel()
        self.tick()

    def tick(self) -> None:
        now = self.clock.now()
        before, self._last_tick = self._last_tick, now
        for tile in self.tiles.values():
            tile.update_time(now)
        if self.flash_ticks > 0:
            self.flash_ticks -= 1
            for tile in self.tiles.values():
                tile.flash()
            if self.flash_ticks == 0:
                for tile in self.tiles.values():
                    if tile.state is Window.READABLE:
                        tile.flash_on = True
                        tile.flash()
        # from the start times, so it works the same while the tiles are hidden by the lock
        became = sum(
            1
            for started in self.watch.values()
            if rules.window(started, before) is Window.TOO_EARLY and rules.window(started, now) is not Window.TOO_EARLY
        )
        if became:
            self.alert()
        ready = sum(1 for started in self.watch.values() if rules.window(started, now) is Window.READABLE)
        if ready != self.ready:
            self.ready = ready
            self.ready_count_changed.emit(ready)
        if self.panel.test_id is not None:
            shown = self.tiles.get(self.panel.test_id)
            self.panel.save.setEnabled(shown is None or shown.state is Window.READABLE)

    def alert(self) -> None:
        """A test can be read: sound, flashing tiles and the page's alert (lock screen, badge, desktop)."""
        self.beeps += 1
        QApplication.beep()
        self.flash_ticks = FLASH_TICKS
        self.test_ready.emit(self.tr("A test is ready to read."))

    def remind(self) -> None:
        """After unlocking: flash and sound again if a test is waiting to be read."""
        if self.ready:
            self.alert()

    # ---------------------------------------------------------- actions
    def start_test(self, repeat_of_id: int | None = None, client_code: str | None = None) -> bool:
        code = client_code or self.client_code.text()
        lot_id = self.lot.currentData()
        ok, test = run_action(
            self,
            lambda: TestService(self.ctx).start_test_for_client(
                code, lot_id, repeat_of_id=repeat_of_id, qc_override_reason=self.quality.override_reason()
            ),
            inline=self.error,
            fields={"client_code": self.client_code, "lot": self.lot, "qc_override": self.quality.override},
        )
        if ok:
            self.client_code.clear()
            self.quality.reset()
            self.notice.hide()
            self.refresh()
        return ok

    def open_result(self, test_id: int) -> None:
        tile = self.tiles.get(test_id)
        if tile is not None:
            self.panel.open_for(tile.test)

    def record_late(self, test_id: int) -> None:
        ok, info = run_action(self, lambda: TestService(self.ctx).record_too_late(test_id), inline=self.error)
        if ok:
            self._result_saved(info)

    def cancel_test(self, test_id: int) -> None:
        tile = self.tiles.get(test_id)
        if tile is None:
            return
        dialog = self.cancel_dialog(tile.test, self)
        while dialog.exec():
            reason, kit = dialog.reason.text(), dialog.kit()

            def cancel(reason: str = reason, kit: str = kit) -> None:
                TestService(self.ctx).cancel_test(test_id, reason, kit=kit)

            ok, _ = run_action(
                dialog,
                cancel,
                inline=dialog.error,
                fields={"reason": dialog.reason},
            )
            if ok:
                self.notice.setText(self.tr("The test of {code} was cancelled.").format(code=tile.test.client_code))
                self.notice.setStyleSheet("background: #eceff1; color: #263238; padding: 6px;")
                self.notice.show()
                self.refresh()
                self.changed.emit()
                return

    def _result_saved(self, info) -> None:
        if info.result == rules.Result.INVALID:
            self._offer_repeat(info)
        elif info.result == rules.Result.REACTIVE:
            self.notice.setText(
                self.tr(
                    "{code}: reactive (preliminary positive). A referral for confirmatory "
                    "testing was created and is now in the follow-up list."
                ).format(code=info.client_code)
            )
            self.notice.setStyleSheet("background: #fdecea; color: #b71c1c; padding: 6px; font-weight: bold;")
            self.notice.show()
        else:
            self.notice.setText(
                self.tr("{code}: {result}. Saved.").format(code=info.client_code, result=info.result_label)
            )
            self.notice.setStyleSheet("background: #e8f5e9; color: #1b5e20; padding: 6px;")
            self.notice.show()
        self.refresh()
        self.changed.emit()

    def _offer_repeat(self, info) -> None:
        self.notice.setText(
            self.tr("{code}: invalid ({reason}). Repeat with a new kit: press “Start repeat test”.").format(
                code=info.client_code, reason=rules.label(rules.INVALID_REASONS, info.invalid_reason)
            )
        )
        self.notice.setStyleSheet("background: #fff3e0; color: #e65100; padding: 6px; font-weight: bold;")
        self.notice.show()
        self.last_invalid = info
        self.repeat_button.show()

    def _start_repeat(self) -> None:
        info = self.last_invalid
        if info is None:
            return
        if self.start_test(repeat_of_id=info.id, client_code=info.client_code):
            self.repeat_button.hide()
            self.last_invalid = None

    def clear_sensitive(self) -> None:
        """Hide every client code; keep timing the running tests so the alert still fires."""
        watch = dict(self.watch)
        self.panel.close_panel()
        self.notice.hide()
        self.repeat_button.hide()
        self.last_invalid = None
        self.client_code.clear()
        self.quality.reset()
        self._show([])
        self.watch = watch
