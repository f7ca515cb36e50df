"""The services part of check-in: one toggle per catalogue item, each with its own key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from dropin.ui.theme import styled
from dropin.visits.catalogue import CATEGORIES, category_label
from dropin.visits.service import ServiceGiven

DEFAULT_QUANTITY = {"male_condoms": 10, "lubricant": 5, "female_condoms": 2}
#: the key that toggles the n-th service while the focus is not in a text field (shown on the toggle)
SERVICE_KEYS = "1234567890ABCDEFGHIJKLMNOPRSTUVWY"
#: Basic needs + referral | supplies + goods | advice and support: three columns of at most eight rows
GROUPS = (("basic", "referral"), ("commodity", "goods"), ("support",))
#: the same physical keys on a Russian, Ukrainian or Kyrgyz layout (ЙЦУКЕН) as on QWERTY
_CYRILLIC_KEYS = str.maketrans("ЙЦУКЕНГШЩЗФЫІВАПРОЛДЯЧСМИТЬ", "QWERTYUIOPASSDFGHJKLZXCVBNM")
_PLUS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
_MINUS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)


class ServiceToggle(QWidget):
    """One catalogue item: its key, a check box, and a quantity or destination where it applies.

    ``+`` and ``-`` change the quantity while the box or the quantity has the focus.
    """

    def __init__(self, item, destinations, key: str = "", parent=None):
        super().__init__(parent)
        self.item = item
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        self.badge = QLabel(key)
        self.badge.setObjectName(f"key_{item.code}")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(18, 18)
        styled(self.badge, "serviceKey")
        self.badge.setToolTip(
            QCoreApplication.translate("FrontDesk", "Press {key} to tick or untick {service}.").format(
                key=key, service=item.display
            )
        )
        layout.addWidget(self.badge)
        self.check = QCheckBox(item.display)
        self.check.setObjectName(f"service_{item.code}")
        self.check.installEventFilter(self)
        layout.addWidget(self.check)
        self.quantity: QSpinBox | None = None
        self.destination: QComboBox | None = None
        if item.has_quantity:
            self.quantity = QSpinBox()
            self.quantity.setObjectName(f"quantity_{item.code}")
            self.quantity.setRange(1, 1000)
            self.quantity.setValue(DEFAULT_QUANTITY.get(item.code, 1))
            self.quantity.setFixedWidth(64)
            self.quantity.setAccessibleName(
                QCoreApplication.translate("FrontDesk", "Quantity of {service}").format(service=item.display)
            )
            self.quantity.valueChanged.connect(lambda _v: self.check.setChecked(True))
            self.quantity.installEventFilter(self)
            layout.addWidget(self.quantity)
        if item.needs_destination:
            self.destination = QComboBox()
            self.destination.setObjectName(f"destination_{item.code}")
            self.destination.setMinimumWidth(150)
            self.destination.addItem(QCoreApplication.translate("FrontDesk", "Where to?"), None)
            for dest in destinations:
                self.destination.addItem(dest.name, dest.id)
            self.destination.activated.connect(
                lambda _i: self.check.setChecked(self.destination.currentData() is not None)
            )
            layout.addWidget(self.destination)
        layout.addStretch(1)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and self.quantity is not None:
            if event.key() in _PLUS or event.key() in _MINUS:
                self.step(1 if event.key() in _PLUS else -1)
                return True
        return super().eventFilter(obj, event)

    def step(self, by: int) -> None:
        if self.quantity is not None:
            self.quantity.setValue(self.quantity.value() + by)
            self.check.setChecked(True)

    def focus_widgets(self) -> list[QWidget]:
        return [w for w in (self.check, self.quantity, self.destination) if w is not None]

    def given(self) -> ServiceGiven | None:
        if not self.check.isChecked():
            return None
        quantity = self.quantity.value() if self.quantity else 1
        dest = self.destination.currentData() if self.destination else None
        return ServiceGiven(self.item.code, quantity, dest)

    def set_given(self, given: ServiceGiven | None) -> None:
        """Show ``given`` (or the unticked default)."""
        if given is None:
            self.reset()
            return
        if self.quantity is not None:
            self.quantity.blockSignals(True)
            self.quantity.setValue(given.quantity or 1)
            self.quantity.blockSignals(False)
        if self.destination is not None:
            self.destination.setCurrentIndex(max(0, self.destination.findData(given.destination_id)))
        self.check.setChecked(True)

    def reset(self) -> None:
        self.check.setChecked(False)
        if self.quantity is not None:
            self.quantity.blockSignals(True)
            self.quantity.setValue(DEFAULT_QUANTITY.get(self.item.code, 1))
            self.quantity.blockSignals(False)
        if self.destination is not None:
            self.destination.setCurrentIndex(0)


def key_of(event) -> str:
    """The service key an unmodified key press means ("1", "A"), whatever the keyboard layout; "" if none."""
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier:
        return ""
    text = (event.text() or "").upper().translate(_CYRILLIC_KEYS)
    return text if len(text) == 1 and text in SERVICE_KEYS else ""


def fill_services(grid: QGridLayout, items, destinations) -> list[ServiceToggle]:
    """Lay the catalogue out in three columns under their group titles; boxes in a column line up."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    by_category: dict[str, list] = {}
    for item in items:
        by_category.setdefault(item.category, []).append(item)
    groups = [list(g) for g in GROUPS]
    groups[-1].extend(c for c in by_category if c not in {c for g in GROUPS for c in g})
    toggles: list[ServiceToggle] = []
    for col, group in enumerate(groups):
        row, column_toggles = 0, []
        for category in group:
            if category not in by_category:
                continue
            title = QLabel(category_label(category) if category in CATEGORIES else category)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            grid.addWidget(title, row, col)
            row += 1
            for item in by_category[category]:
                key = SERVICE_KEYS[len(toggles)] if len(toggles) < len(SERVICE_KEYS) else ""
                toggle = ServiceToggle(item, destinations, key)
                grid.addWidget(toggle, row, col)
                toggles.append(toggle)
                column_toggles.append(toggle)
                row += 1
        # the same width for every box of a column, so the quantities stand in one line in every language
        aligned = [t for t in column_toggles if t.quantity is not None]
        width = max((t.check.sizeHint().width() for t in aligned), default=0)
        for toggle in aligned:
            toggle.check.setMinimumWidth(width)
        grid.setColumnStretch(col, 1)
    return toggles


__all__ = ["DEFAULT_QUANTITY", "SERVICE_KEYS", "ServiceToggle", "fill_services", "key_of"]
