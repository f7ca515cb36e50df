"""Small building blocks for the start screens: password fields and the passphrase strength hint."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class Strength:
    bits: int
    level: int  # 0 weak, 1 fair, 2 good, 3 strong
    label: str
    explanation: str


def estimate_strength(text: str) -> Strength:
    """A simple, explainable estimate: length x log2(size of the character kinds used).

    Kinds: lower-case letters (26), capitals (26), digits (10), symbols and
    spaces (33), letters outside the Latin alphabet (66, e.g. Cyrillic).
    Repeating the same few characters counts only once per distinct character
    beyond half the length, so "aaaaaaaaaaaa" stays weak. Because people
    pick predictable short passwords ("Tr0ub4dor&3"), fewer than 12
    characters are at best "fair" and fewer than 16 at best "good".
    """
    if not text:
        return Strength(0, 0, QCoreApplication.translate("Passphrase", "Empty"), QCoreApplication.translate("Passphrase", "Type a passphrase: several words are easy to remember and hard to guess."))
    pool = 0
    kinds = 0
    if any(c.isascii() and c.islower() for c in text):
        pool += 26
        kinds += 1
    if any(c.isascii() and c.isupper() for c in text):
        pool += 26
        kinds += 1
    if any(c.isdigit() for c in text):
        pool += 10
        kinds += 1
    if any(c.isascii() and not c.isalnum() for c in text):
        pool += 33
        kinds += 1
    if any(not c.isascii() for c in text):
        pool += 66
        kinds += 1
    effective = min(len(text), 2 * len(set(text)))
    bits = int(effective * math.log2(max(pool, 2)))
    if bits < 40 or len(text) < MIN_PASSPHRASE_LENGTH:
        level, label = 0, QCoreApplication.translate("Passphrase", "Weak")
    elif bits < 60:
        level, label = 1, QCoreApplication.translate("Passphrase", "Fair")
    elif bits < 80:
        level, label = 2, QCoreApplication.translate("Passphrase", "Good")
    else:
        level, label = 3, QCoreApplication.translate("Passphrase", "Strong")
    if level > 1 and len(text) < 12:
        level, label = 1, QCoreApplication.translate("Passphrase", "Fair")
    elif level > 2 and len(text) < 16:
        level, label = 2, QCoreApplication.translate("Passphrase", "Good")
    explanation = QCoreApplication.translate("Passphrase", "About {bits} bits: {length} characters of {kinds} kind(s). "
                      "Longer is stronger; four or more unrelated words are best.").format(
        bits=bits, length=len(text), kinds=kinds)
    return Strength(bits, level, label, explanation)


class PasswordLineEdit(QLineEdit):
    """A password field with a show/hide toggle at its end."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        self._toggle = self.addAction(self._eye_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self._toggle.setCheckable(True)
        self._toggle.setToolTip(QCoreApplication.translate("Passphrase", "Show or hide what you type"))
        self._toggle.toggled.connect(self._on_toggle)

    @staticmethod
    def _eye_icon():
        from PySide6.QtWidgets import QApplication, QStyle

        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)

    def _on_toggle(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def wipe(self) -> None:
        """Clear the field and hide its text again (after use)."""
        self._toggle.setChecked(False)
        self.clear()


class StrengthMeter(QWidget):
    """A four-step bar and a sentence explaining the estimate."""

    COLOURS = ("#c62828", "#ef6c00", "#2e7d32", "#1b5e20")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.label = QLabel(self)
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength = estimate_strength("")
        self.update_for("")

    def update_for(self, text: str) -> Strength:
        self.strength = estimate_strength(text)
        self.bar.setValue(self.strength.level + (1 if text else 0))
        colour = self.COLOURS[self.strength.level]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
        self.label.setText(f"<b>{self.strength.label}</b> — {self.strength.explanation}")
        return self.strength


def screen_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("screenTitle")
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def centred(form_widget: QWidget, parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(form_widget, 0)
    row.addStretch(1)
    return row


class Card(QWidget):
    """A fixed-width column in the middle of the screen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.setMaximumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
