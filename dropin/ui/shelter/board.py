"""The bed board tab: one tile per bed, and the actions on the selected bed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dropin.security.permissions import Permission
from dropin.shelter.board import BoardService
from dropin.shelter.choices import BED_STATES
from dropin.shelter.stays import StayService
from dropin.ui.common import ask_reason, format_date, run_action
from dropin.ui.shelter.admit import AdmitDialog
from dropin.ui.shelter.common import OVERSTAY, STATE_COLOURS, choice
from dropin.ui.shelter.correct import CorrectDialog
from dropin.ui.shelter.dialogs import DischargeDialog, ExtendDialog, MoveDialog


# --------------------------------------------------------------------- bed board
def tile_style() -> str:
    """One style sheet for every tile (parsed once, not once per tile): colour by state, red when overdue."""
    rules = [
        "QGroupBox { font-weight: bold; }",  # the rooms
        "#bedTile { border-radius: 6px; border-width: 2px; border-style: solid; }",
        "#bedTile QLabel { color: #212121; background: transparent; }",
        '#bedTile[state="reserved"] { border-style: dashed; }',
    ]
    for state, (background, border) in STATE_COLOURS.items():
        rules.append(f'#bedTile[state="{state}"] {{ background: {background}; border-color: {border}; }}')
    rules.append(f'#bedTile[overstay="yes"] {{ border-color: {OVERSTAY}; }}')
    rules.append('#bedTile[chosen="yes"] { border-width: 4px; }')
    return "\n".join(rules)


class BedTile(QFrame):
    """One bed: colour by state, red frame when past the planned end. Click or Space selects it."""

    clicked = Signal(object)
    activated = Signal(object)

    def __init__(self, tile, parent=None):
        super().__init__(parent)
        self.tile = tile
        self.selected = False
        self._look = None
        self.setObjectName("bedTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedWidth(200)
        self.setMinimumHeight(112)  # grows with its text (longer in other languages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.head = QLabel(self)
        layout.addWidget(self.head)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body, 1)
        self.set_tile(tile)

    def set_tile(self, tile) -> None:
        """Show ``tile`` (a refresh reuses the widgets: rebuilding forty tiles is what made the board slow)."""
        self.tile = tile
        self.head.setText(f"<b>{tile.bed}</b> &nbsp; {choice(BED_STATES, tile.state)}")
        lines = []
        if tile.state == "occupied":
            if tile.details:
                lines.append(f"<b>{tile.client_code}</b>")
                lines.append(QCoreApplication.translate("Shelter", "%n night(s) so far", None, tile.nights or 0))
                lines.append(
                    QCoreApplication.translate("Shelter", "Planned end {date}").format(
                        date=format_date(tile.planned_end)
                    )
                )
            if tile.overstay:
                past_end = QCoreApplication.translate("Shelter", "Past planned end")
                lines.append(f"<span style='color:{OVERSTAY}'><b>{past_end}</b></span>")
        elif tile.state == "reserved" and tile.details:
            lines.append(f"<b>{tile.client_code}</b>")
            lines.append(QCoreApplication.translate("Shelter", "From {date}").format(date=format_date(tile.since)))
            lines.append(
                QCoreApplication.translate("Shelter", "Until {date}").format(date=format_date(tile.planned_end))
            )
        elif tile.state == "out_of_service":
            lines.append(tile.out_of_service_reason or "")
        if tile.next_reservation and tile.state in ("free", "occupied"):
            lines.append(
                QCoreApplication.translate("Shelter", "Reserved from {date}").format(
                    date=format_date(tile.next_reservation)
                )
            )
        if tile.children:
            lines.append(QCoreApplication.translate("Shelter", "%n child(ren)", None, tile.children))
        self.body.setText("<br>".join(lines))
        self.setAccessibleName(f"{tile.room} {tile.bed}: {choice(BED_STATES, tile.state)}")
        self.setToolTip(self.accessibleName())
        self._style()

    def _style(self) -> None:
        """The look comes from the board's one style sheet (``TILE_STYLE``), chosen by these properties."""
        look = (self.tile.state, bool(self.tile.overstay), self.selected)
        if look == self._look:
            return
        self._look = look
        self.setProperty("state", self.tile.state)
        self.setProperty("overstay", "yes" if self.tile.overstay else "no")
        self.setProperty("chosen", "yes" if self.selected else "no")
        if self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # a new tile takes its look when first shown
            self.style().unpolish(self)
            self.style().polish(self)

    def set_selected(self, value: bool) -> None:
        self.selected = value
        self._style()

    def mousePressEvent(self, event):  # noqa: N802
        self.setFocus()
        self.clicked.emit(self)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event):  # noqa: N802
        self.activated.emit(self)

    def focusInEvent(self, event):  # noqa: N802
        self.clicked.emit(self)
        super().focusInEvent(event)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self)
            return
        super().keyPressEvent(event)


CORRECTIONS = ("cancel", "correct")


class BoardTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tiles: list[BedTile] = []
        self.current: BedTile | None = None
        can_stays = ctx.can(Permission.SHELTER_STAYS)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = [("refresh", self.tr("&Refresh"), self.refresh)]
        if can_stays:
            actions += [
                ("admit", self.tr("&Admit…"), self.admit),
                ("reserve", self.tr("Re&serve…"), self.reserve),
                ("check_in", self.tr("&Check in"), self.check_in),
                ("extend", self.tr("&Extend…"), self.extend),
                ("move", self.tr("&Move…"), self.move_stay),
                ("discharge", self.tr("D&ischarge…"), self.discharge),
                ("cancel", self.tr("Cancel reservation…"), self.cancel),
                ("correct", self.tr("C&orrect…"), self.correct),
            ]
        legend = QHBoxLayout()
        for key, text, slot in actions:
            button = QPushButton(text, self)
            button.setObjectName(f"board_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            if key not in CORRECTIONS:
                bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)  # beside the actions: the legend's row is too narrow for it in Ukrainian
        layout.addLayout(bar)
        for state, (bg, border) in STATE_COLOURS.items():
            swatch = QLabel(choice(BED_STATES, state), self)
            swatch.setStyleSheet(f"background:{bg}; border:2px solid {border}; border-radius:4px; padding:2px 8px;")
            legend.addWidget(swatch)
        over = QLabel(self.tr("Past planned end"), self)
        over.setStyleSheet(f"border:2px solid {OVERSTAY}; border-radius:4px; padding:2px 8px;")
        legend.addWidget(over)
        legend.addStretch(1)
        for key in CORRECTIONS:  # the corrections at the end of the second row: one row is too narrow in Russian
            if key in self.buttons:
                legend.addWidget(self.buttons[key])
        layout.addLayout(legend)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.host = QWidget()
        self.host.setStyleSheet(tile_style())
        self.rooms_layout = QVBoxLayout(self.host)
        self.rooms_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.host)
        layout.addWidget(self.scroll_area, 1)
        self._update_buttons()

    # ---------------------------------------------------------------- data
    def refresh(self) -> None:
        ok, tiles = run_action(self, lambda: BoardService(self.ctx).board())
        if not ok:
            return
        keep = self.current.tile.bed_id if self.current else None
        if [(t.room, t.bed_id) for t in tiles] == [(w.tile.room, w.tile.bed_id) for w in self.tiles] and tiles:
            for widget, tile in zip(self.tiles, tiles, strict=True):
                widget.set_tile(tile)
            self._summarise(tiles)
            self._update_buttons()
            return
        self.host.hide()  # the new tiles are styled once, as the host comes back, not one by one as each is added
        while self.rooms_layout.count():
            item = self.rooms_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        self.tiles, self.current = [], None
        rooms: dict[str, list] = {}
        for tile in tiles:
            rooms.setdefault(tile.room, []).append(tile)
        for room, room_tiles in rooms.items():
            box = QGroupBox(room, self.host)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            grid = QGridLayout(box)
            grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
            for i, tile in enumerate(room_tiles):
                widget = BedTile(tile, box)
                widget.clicked.connect(self._select)
                widget.activated.connect(self._activate)
                grid.addWidget(widget, i // 5, i % 5)
                self.tiles.append(widget)
            self.rooms_layout.addWidget(box)
        self.rooms_layout.addStretch(1)
        if not tiles:
            self.rooms_layout.addWidget(
                QLabel(
                    self.tr("No beds are configured yet. A manager can add rooms and beds on the Rooms and beds tab."),
                    self.host,
                )
            )
        self.host.show()
        self._summarise(tiles)
        for widget in self.tiles:
            if widget.tile.bed_id == keep:
                self._select(widget)
        self._update_buttons()

    def _summarise(self, tiles) -> None:
        counts = {s: sum(1 for t in tiles if t.state == s) for s in BED_STATES}
        over = sum(1 for t in tiles if t.overstay)
        text = self.tr("{free} free, {occupied} occupied, {reserved} reserved, {oos} out of service").format(
            free=counts["free"], occupied=counts["occupied"], reserved=counts["reserved"], oos=counts["out_of_service"]
        )
        if over:
            text += " — " + self.tr("%n past planned end", "", over)
        self.summary.setText(f"<b>{text}</b>")

    def _select(self, widget: BedTile) -> None:
        if self.current is not None and self.current is not widget:
            try:
                self.current.set_selected(False)
            except RuntimeError:
                pass
        self.current = widget
        widget.set_selected(True)
        self._update_buttons()

    def _activate(self, widget: BedTile) -> None:
        self._select(widget)
        if not self.ctx.can(Permission.SHELTER_STAYS):
            return
        state = widget.tile.state
        if state == "free":
            self.admit()
        elif state == "occupied":
            self.extend()
        elif state == "reserved":
            self.check_in()

    def _update_buttons(self) -> None:
        state = self.current.tile.state if self.current else None
        enabled = {
            "admit": state in (None, "free"),
            "reserve": state in (None, "free"),
            "check_in": state == "reserved",
            "extend": state in ("occupied", "reserved"),
            "move": state in ("occupied", "reserved"),
            "discharge": state == "occupied",
            "cancel": state == "reserved",
            "correct": state in ("occupied", "reserved"),
        }
        for key, value in enabled.items():
            if key in self.buttons:
                self.buttons[key].setEnabled(value)

    # -------------------------------------------------------------- actions
    def _stay(self):
        stay_id = self.current.tile.stay_id if self.current is not None else None
        if stay_id is None:
            return None
        ok, stay = run_action(self, lambda: StayService(self.ctx).stay(stay_id))
        return stay if ok else None

    def _after(self, dialog) -> bool:
        if dialog.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def admit(self) -> None:
        bed = self.current.tile.bed_id if self.current else None
        self._after(AdmitDialog(self.ctx, bed, parent=self))

    def reserve(self) -> None:
        bed = self.current.tile.bed_id if self.current else None
        self._after(AdmitDialog(self.ctx, bed, reserve=True, parent=self))

    def check_in(self) -> None:
        stay_id = self.current.tile.stay_id if self.current is not None else None
        if stay_id:
            ok, _ = run_action(self, lambda: StayService(self.ctx).check_in(stay_id))
            if ok:
                self.refresh()
                self.changed.emit()

    def extend(self) -> None:
        stay = self._stay()
        if stay:
            self._after(ExtendDialog(self.ctx, stay, self))

    def move_stay(self) -> None:
        stay = self._stay()
        if stay:
            self._after(MoveDialog(self.ctx, stay, self))

    def correct(self) -> None:
        stay = self._stay()
        if stay:
            self._after(CorrectDialog(self.ctx, stay, self))

    def discharge(self) -> None:
        stay = self._stay()
        if stay:
            self._after(DischargeDialog(self.ctx, stay, self))

    def cancel(self) -> None:
        stay_id = self.current.tile.stay_id if self.current is not None else None
        if not stay_id:
            return
        # the board may refresh while the question is open: the reservation is the one chosen before it
        reason = ask_reason(self, self.tr("Cancel reservation"), self.tr("Why is the reservation cancelled?"))
        if reason is not None:
            done, _ = run_action(self, lambda: StayService(self.ctx).cancel_reservation(stay_id, reason))
            if done:
                self.refresh()
                self.changed.emit()
