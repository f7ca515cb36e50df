"""The default service catalogue and the contact channels (codes are stable; labels are translated)."""

from __future__ import annotations

from dropin.i18n import QT_TRANSLATE_NOOP, translate

N = QT_TRANSLATE_NOOP

#: (code, label, category, has_quantity, needs_destination)
DEFAULT_ITEMS: tuple[tuple[str, str, str, bool, bool], ...] = (
    ("shower", N("Services", "Shower"), "basic", False, False),
    ("laundry", N("Services", "Laundry"), "basic", False, False),
    ("meal", N("Services", "Meal"), "basic", False, False),
    ("internet", N("Services", "Internet"), "basic", False, False),
    ("rest", N("Services", "Rest or socialising"), "basic", False, False),
    ("hygiene_items", N("Services", "Hygiene items"), "goods", True, False),
    ("food_parcel", N("Services", "Food parcel"), "goods", True, False),
    ("male_condoms", N("Services", "Male condoms"), "commodity", True, False),
    ("female_condoms", N("Services", "Female condoms"), "commodity", True, False),
    ("lubricant", N("Services", "Lubricant"), "commodity", True, False),
    ("leaflets", N("Services", "Leaflets"), "commodity", True, False),
    ("legal_advice", N("Services", "Legal advice"), "support", False, False),
    ("id_help", N("Services", "ID or registration help"), "support", False, False),
    ("housing_help", N("Services", "Housing help"), "support", False, False),
    ("insurance_help", N("Services", "Health insurance help"), "support", False, False),
    ("psych_support", N("Services", "Psychological support"), "support", False, False),
    ("violence_report", N("Services", "Violence report"), "support", False, False),
    ("referral", N("Services", "Referral"), "referral", False, True),
)

CATEGORIES = {
    "basic": N("Services", "Basic needs"),
    "goods": N("Services", "Goods"),
    "commodity": N("Services", "Prevention supplies"),
    "support": N("Services", "Advice and support"),
    "referral": N("Services", "Referral"),
}

CHANNELS = {
    "walk_in": N("Channels", "Walk-in"),
    "phone": N("Channels", "Phone"),
    "online": N("Channels", "Online"),
    "outreach": N("Channels", "Outreach"),
    "accompanied": N("Channels", "Accompanied"),
}


def service_label(label: str) -> str:
    """Show a catalogue label in the user's language (labels added by managers stay as typed)."""
    return translate("Services", label)


def channel_label(code: str) -> str:
    return translate("Channels", CHANNELS.get(code, code))


def category_label(code: str) -> str:
    return translate("Services", CATEGORIES.get(code, code))
