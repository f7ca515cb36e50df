"""Database passphrase rules and an honest strength estimate (``zxcvbn``), shared by the wizard,
the change-passphrase dialog and the command line. No Qt here."""

from __future__ import annotations

import math
from dataclasses import dataclass

from dropin.errors import ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP, translate

MIN_PASSPHRASE_LENGTH = 8
#: estimated guesses (log10) for fair / good / strong. The database can be copied and attacked
#: offline, so the steps are set far above those for online logins.
LEVEL_STEPS = (8.0, 12.0, 16.0)
#: zxcvbn slows down on very long input; what lies beyond this only adds strength
_ESTIMATE_CHARS = 100


LEVEL_LABELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Good"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
)


@dataclass(frozen=True)
class Estimate:
    bits: int
    level: int  # 0 weak, 1 fair, 2 good, 3 strong
    guesses_log10: float

    @property
    def label(self) -> str:
        return translate("Passphrase", LEVEL_LABELS[self.level])


def estimate(text: str) -> Estimate:
    """zxcvbn's guess count (dictionary words, names, keyboard patterns, dates, repeats) as bits and a level."""
    if not text:
        return Estimate(0, 0, 0.0)
    from zxcvbn import zxcvbn

    log10 = float(zxcvbn(text[:_ESTIMATE_CHARS])["guesses_log10"])
    level = sum(log10 >= step for step in LEVEL_STEPS)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        level = 0
    return Estimate(int(log10 * math.log2(10)), level, log10)


def check_passphrase(text: str, field: str = "passphrase") -> str:
    """The wizard's rules: at least eight characters, and not rated weak."""
    text = text or ""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            translate("Passphrase", "The passphrase needs at least %n characters.", None, MIN_PASSPHRASE_LENGTH), field
        )
    if estimate(text).level == 0:
        raise ValidationError(
            translate(
                "Passphrase", "This passphrase is too easy to guess. Use several unrelated words, or a longer phrase."
            ),
            field,
        )
    return text


def strength_line(text: str) -> str:
    """One sentence for the command line, e.g. after ``init`` or ``rekey``."""
    found = estimate(text)
    return translate("Passphrase", "Passphrase strength: {label} (about {bits} bits).").format(
        label=found.label, bits=found.bits
    )
