"""The one check every free-text field of every service goes through.

``clean_text(value, field, limit)`` returns the text stripped (``None`` when empty) or raises a
:class:`~dropin.errors.ValidationError` naming the field when the text cannot be saved: not text at
all, longer than its stated limit (never cut silently), or holding characters the database cannot
store (lone surrogate halves, NUL and other control characters). The limits are named per kind of
field below; services pass one of them.
"""

from __future__ import annotations

import unicodedata

from dropin.errors import ValidationError
from dropin.i18n import QT_TRANSLATE_NOOP, translate

# codes typed from a card or a box: client codes, lot numbers, service codes, bed labels
CODE_MAX = 32
# a short label: nickname, user name, display name, a child's first name, an activity
SHORT_MAX = 64
# the name of a place or organisation: a referral destination, a room, a kit, a session's place
NAME_MAX = 120
# a note or reason: visit notes, void reasons, risk notes, contact details, outcomes
LONG_MAX = 2000
# a case note in the shelter's case file
DOCUMENT_MAX = 10_000

#: what the user calls each field in a message (by the field name the services report)
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("Validation", "Code"),
    "client_code": QT_TRANSLATE_NOOP("Validation", "Client code"),
    "parent_code": QT_TRANSLATE_NOOP("Validation", "Parent's client code"),
    "room_name": QT_TRANSLATE_NOOP("Validation", "Room name"),
    "bed_label": QT_TRANSLATE_NOOP("Validation", "Bed label"),
    "search": QT_TRANSLATE_NOOP("Validation", "Search"),
    "nickname": QT_TRANSLATE_NOOP("Validation", "Nickname"),
    "username": QT_TRANSLATE_NOOP("Validation", "User name"),
    "display_name": QT_TRANSLATE_NOOP("Validation", "Display name"),
    "first_name": QT_TRANSLATE_NOOP("Validation", "First name"),
    "name": QT_TRANSLATE_NOOP("Validation", "Name"),
    "label": QT_TRANSLATE_NOOP("Validation", "Label"),
    "category": QT_TRANSLATE_NOOP("Validation", "Category"),
    "contact": QT_TRANSLATE_NOOP("Validation", "Contact details"),
    "note": QT_TRANSLATE_NOOP("Validation", "Note"),
    "reason": QT_TRANSLATE_NOOP("Validation", "Reason"),
    "risk_note": QT_TRANSLATE_NOOP("Validation", "Risk note"),
    "risk_reduction_plan": QT_TRANSLATE_NOOP("Validation", "Risk-reduction plan"),
    "home_country_note": QT_TRANSLATE_NOOP("Validation", "Home-country note"),
    "kit_name": QT_TRANSLATE_NOOP("Validation", "Kit name"),
    "lot_number": QT_TRANSLATE_NOOP("Validation", "Lot number"),
    "place": QT_TRANSLATE_NOOP("Validation", "Place"),
    "materials": QT_TRANSLATE_NOOP("Validation", "Materials"),
    "description": QT_TRANSLATE_NOOP("Validation", "Description"),
    "text": QT_TRANSLATE_NOOP("Validation", "Note text"),
    "reason_note": QT_TRANSLATE_NOOP("Validation", "Admission note"),
    "outcome_note": QT_TRANSLATE_NOOP("Validation", "Outcome note"),
    "password": QT_TRANSLATE_NOOP("Validation", "Password"),
    "setting": QT_TRANSLATE_NOOP("Validation", "Setting"),
}

# control characters a multi-line text may hold
_LINE_CONTROLS = frozenset("\t\n\r")


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return translate("Validation", label) if label else translate("Validation", "This text")


def unstorable(text: str) -> bool:
    """True if ``text`` holds a character the database cannot store or a person cannot see:
    a lone surrogate half (not valid UTF-8), NUL or another control character (tab and line breaks
    are allowed)."""
    for ch in text:
        if ch in _LINE_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cs" or category == "Cc":
            return True
    return False


def clean_text(value: object, field: str, limit: int, *, strip: bool = True) -> str | None:
    """``value`` checked for saving in ``field``: stripped (unless ``strip`` is false), ``None`` when
    empty or ``None``; a :class:`ValidationError` naming the field when it is not text, is longer
    than ``limit`` characters, or holds characters that cannot be saved."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            translate("Validation", "“{label}” must be text.").format(label=field_label(field)), field
        )
    if unstorable(value):
        raise ValidationError(
            translate(
                "Validation",
                "“{label}” contains a character that cannot be saved (an invisible control character "
                "or a broken symbol). Please retype it.",
            ).format(label=field_label(field)),
            field,
        )
    text = value.strip() if strip else value
    if len(text) > limit:
        raise ValidationError(
            translate(
                "Validation", "“{label}” may have at most %n character(s); this text has {length}.", None, limit
            ).format(label=field_label(field), length=len(text)),
            field,
        )
    return text or None


__all__ = [
    "CODE_MAX",
    "DOCUMENT_MAX",
    "FIELD_LABELS",
    "LONG_MAX",
    "NAME_MAX",
    "SHORT_MAX",
    "clean_text",
    "field_label",
    "unstorable",
]
