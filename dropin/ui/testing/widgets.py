"""Small pieces the testing tabs share: tables with visible row marks, choice boxes, dates, the quality block."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dropin.context import ServiceContext
from dropin.testing import rules
from dropin.testing.referrals import ReferralService
from dropin.testing.service import TestService
from dropin.ui.common import RowsTableModel, date_edit_format, run_action, table_view

# Row marks used by the testing tables; every mark also has a word or symbol in the row text.
ALERT = QColor("#ffcdd2")  # overdue, expired, failed, out of range
CAUTION = QColor("#ffe0b2")  # expires soon
MARK = "⚠"


class RowMarkDelegate(QStyledItemDelegate):
    """Paints the model's row colour over the theme's cell background (qt-material ignores BackgroundRole).

    The colour is multiplied into the cell after the style has drawn it, so the text stays dark and a
    selected row still shows its mark.
    """

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        colour = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(colour, QBrush):
            colour = colour.color()
        if not isinstance(colour, QColor):
            return
        painter.save()
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.fillRect(option.rect, colour)
        painter.restore()


def make_table(model: RowsTableModel, min_height: int = 120) -> QTableView:
    """The usual read-only table (:func:`dropin.ui.common.table_view`) with its row marks painted."""
    view = table_view(model)
    view.setMinimumHeight(min_height)
    view.setItemDelegate(RowMarkDelegate(view))
    return view


def choice_combo(choices: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for code in choices:
        box.addItem(rules.label(choices, code), code)
    return box


def modality_combo() -> QComboBox:
    """Where the test is done: at the drop-in centre unless changed (the testing page is at the drop-in)."""
    box = choice_combo(rules.MODALITIES)
    box.setObjectName("modalityCombo")
    box.setCurrentIndex(max(0, box.findData(rules.DEFAULT_MODALITY)))
    return box


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def pydt(q: QDateTime) -> dt.datetime:
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


class OptionalDate(QWidget):
    """A date that may be left empty (a check box turns it on)."""

    def __init__(self, label: str, today: dt.date, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(qdate(today))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_edit_format())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None

    def reset(self, today: dt.date) -> None:
        self.check.setChecked(False)
        self.edit.setDate(qdate(today))


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before an action that cannot be undone by the user (No is the default)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def done(parent: QWidget, title: str, text: str) -> None:
    """Confirm that an action succeeded."""
    QMessageBox.information(parent, title, text)


class QualityBlock(QFrame):
    """Why the chosen lot may not be used for a client test, and the override with a reason.

    Hidden when nothing blocks the lot. The services refuse the test anyway; this block tells the
    counsellor before they press Start and lets them write the reason that goes to the audit log.
    """

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("qualityBlock")
        self.setStyleSheet(
            "QFrame#qualityBlock { background: #fff3e0; border: 2px solid #e65100; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("⚠ Kit controls needed before a client test"))
        self.title.setStyleSheet("color: #bf360c; font-weight: bold; font-size: 11pt;")
        self.reasons = QLabel()
        self.reasons.setObjectName("qualityReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #4e342e;")
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("Or write why you test anyway (saved in the audit log)"))
        layout.addWidget(self.title)
        layout.addWidget(self.reasons)
        layout.addWidget(self.override)
        self.hide()

    def check(self, lot_id: int | None, at=None) -> list[str]:
        ok, reasons = run_action(self, lambda: TestService(self.ctx).quality_reasons(lot_id, at))
        reasons = reasons or []
        self.reasons.setText("\n".join("• " + r for r in reasons))
        self.setVisible(bool(reasons))
        return reasons

    def override_reason(self) -> str | None:
        if self.isHidden():
            return None
        return self.override.text().strip() or None

    def reset(self) -> None:
        self.override.clear()


class LineChoice(QComboBox):
    """Whether a line was seen, with no answer until the counsellor chooses one (never a default result)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItem(self.tr("— choose —"), None)
        self.addItem(self.tr("Visible"), True)
        self.addItem(self.tr("Not visible"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def reset(self) -> None:
        self.setCurrentIndex(0)


class InvalidChoice(QComboBox):
    """An invalid outcome the kit's instructions describe, seen even though the lines may be there."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addItem(self.tr("No problem seen"), None)
        for code in rules.READ_INVALID_REASONS:
            if code != "no_control":  # follows from the control line
                self.addItem(rules.label(rules.INVALID_REASONS, code), code)

    def value(self) -> str | None:
        return self.currentData()

    def reset(self) -> None:
        self.setCurrentIndex(0)


class ReferralChoice(QWidget):
    """Where a reactive result is referred for confirmatory testing, and accompaniment."""

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.destination = QComboBox()
        self.acc_offered = QCheckBox(self.tr("Accompaniment offered"))
        self.acc_accepted = QCheckBox(self.tr("Accompaniment accepted"))
        form.addRow(self.tr("Refer for confirmatory test to"), self.destination)
        form.addRow(self.acc_offered)
        form.addRow(self.acc_accepted)

    def load(self) -> None:
        self.destination.clear()
        ok, dests = run_action(self, lambda: ReferralService(self.ctx).destinations())
        for d in dests or []:
            self.destination.addItem(d.name, d.id)

    def values(self) -> dict:
        return {
            "destination_id": self.destination.currentData(),
            "accompaniment_offered": self.acc_offered.isChecked(),
            "accompaniment_accepted": self.acc_accepted.isChecked(),
        }

    def reset(self) -> None:
        self.acc_offered.setChecked(False)
        self.acc_accepted.setChecked(False)
        if self.destination.count():
            self.destination.setCurrentIndex(0)
