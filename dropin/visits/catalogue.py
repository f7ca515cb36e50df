"""The default service catalogue and the contact channels (codes are stable; labels are translated)."""

from __future__ import annotations

from dropin.i18n import QT_TRANSLATE_NOOP, translate

#: (code, label, category, has_quantity, needs_destination)
DEFAULT_ITEMS: tuple[tuple[str, str, str, bool, bool], ...] = (
    ("shower", QT_TRANSLATE_NOOP("Services", "Shower"), "basic", False, False),
    ("laundry", QT_TRANSLATE_NOOP("Services", "Laundry"), "basic", False, False),
    ("meal", QT_TRANSLATE_NOOP("Services", "Meal"), "basic", False, False),
    ("internet", QT_TRANSLATE_NOOP("Services", "Internet"), "basic", False, False),
    ("rest", QT_TRANSLATE_NOOP("Services", "Rest or socialising"), "basic", False, False),
    ("hygiene_items", QT_TRANSLATE_NOOP("Services", "Hygiene items"), "goods", True, False),
    ("food_parcel", QT_TRANSLATE_NOOP("Services", "Food parcel"), "goods", True, False),
    ("male_condoms", QT_TRANSLATE_NOOP("Services", "Male condoms"), "commodity", True, False),
    ("female_condoms", QT_TRANSLATE_NOOP("Services", "Female condoms"), "commodity", True, False),
    ("lubricant", QT_TRANSLATE_NOOP("Services", "Lubricant"), "commodity", True, False),
    ("leaflets", QT_TRANSLATE_NOOP("Services", "Leaflets"), "commodity", True, False),
    ("legal_advice", QT_TRANSLATE_NOOP("Services", "Legal advice"), "support", False, False),
    ("id_help", QT_TRANSLATE_NOOP("Services", "ID or registration help"), "support", False, False),
    ("housing_help", QT_TRANSLATE_NOOP("Services", "Housing help"), "support", False, False),
    ("insurance_help", QT_TRANSLATE_NOOP("Services", "Health insurance help"), "support", False, False),
    ("psych_support", QT_TRANSLATE_NOOP("Services", "Psychological support"), "support", False, False),
    ("violence_report", QT_TRANSLATE_NOOP("Services", "Violence report"), "support", False, False),
    ("referral", QT_TRANSLATE_NOOP("Services", "Referral"), "referral", False, True),
)

CATEGORIES = {
    "basic": QT_TRANSLATE_NOOP("Services", "Basic needs"),
    "goods": QT_TRANSLATE_NOOP("Services", "Goods"),
    "commodity": QT_TRANSLATE_NOOP("Services", "Prevention supplies"),
    "support": QT_TRANSLATE_NOOP("Services", "Advice and support"),
    "referral": QT_TRANSLATE_NOOP("Services", "Referral"),
}

CHANNELS = {
    "walk_in": QT_TRANSLATE_NOOP("Channels", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("Channels", "Phone"),
    "online": QT_TRANSLATE_NOOP("Channels", "Online"),
    "outreach": QT_TRANSLATE_NOOP("Channels", "Outreach"),
    "accompanied": QT_TRANSLATE_NOOP("Channels", "Accompanied"),
}


def service_label(label: str) -> str:
    """Show a catalogue label in the user's language (labels added by managers stay as typed)."""
    return translate("Services", label)


def channel_label(code: str) -> str:
    return translate("Channels", CHANNELS.get(code, code))


def category_label(code: str) -> str:
    return translate("Services", CATEGORIES.get(code, code))
