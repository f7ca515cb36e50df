"""Small building blocks for the start screens: password fields and the passphrase strength hint."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from dropin.security.passphrase import MIN_PASSPHRASE_LENGTH, estimate  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class Strength:
    bits: int
    level: int  # 0 weak, 1 fair, 2 good, 3 strong
    label: str
    explanation: str


def estimate_strength(text: str) -> Strength:
    """zxcvbn's estimate of how many guesses find the passphrase (see :mod:`dropin.security.passphrase`)."""
    if not text:
        return Strength(
            0,
            0,
            QCoreApplication.translate("Passphrase", "Empty"),
            QCoreApplication.translate(
                "Passphrase", "Type a passphrase: several words are easy to remember and hard to guess."
            ),
        )
    found = estimate(text)
    label = found.label
    explanation = QCoreApplication.translate(
        "Passphrase",
        "About {bits} bits: roughly 10^{power} guesses would find these {length} characters. "
        "Common words, names, dates and keyboard patterns count for little; four or more "
        "unrelated words are best.",
    ).format(bits=found.bits, power=int(found.guesses_log10), length=len(text))
    return Strength(found.bits, found.level, label, explanation)


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
