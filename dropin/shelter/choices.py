"""Fixed choice lists of the shelter (codes stored, labels translated when shown)."""

from __future__ import annotations

from dropin.i18n import QT_TRANSLATE_NOOP, translate

STAY_TYPES: dict[str, str] = {
    "crisis": QT_TRANSLATE_NOOP("Shelter", "Crisis stay"),
    "long": QT_TRANSLATE_NOOP("Shelter", "Long stay"),
}
#: default planned length (nights) of each stay type
DEFAULT_NIGHTS: dict[str, int] = {"crisis": 14, "long": 90}
#: a stay planned longer than this (nights) needs a review date on the extension that takes it there
REVIEW_AFTER_NIGHTS: dict[str, int] = {"crisis": 14, "long": 180}

REASONS: dict[str, str] = {
    "homeless": QT_TRANSLATE_NOOP("Shelter", "Homeless"),
    "violence": QT_TRANSLATE_NOOP("Shelter", "Fleeing violence"),
    "financial": QT_TRANSLATE_NOOP("Shelter", "Financial crisis"),
    "pregnancy": QT_TRANSLATE_NOOP("Shelter", "Pregnancy"),
    "illness": QT_TRANSLATE_NOOP("Shelter", "Illness"),
    "parental_rights": QT_TRANSLATE_NOOP("Shelter", "Threatened loss of parental rights"),
    "other": QT_TRANSLATE_NOOP("Shelter", "Other"),
}

OUTCOMES: dict[str, str] = {
    "housed": QT_TRANSLATE_NOOP("Shelter", "Housed"),
    "returned_home": QT_TRANSLATE_NOOP("Shelter", "Returned home"),
    "referred": QT_TRANSLATE_NOOP("Shelter", "Referred elsewhere"),
    "left": QT_TRANSLATE_NOOP("Shelter", "Left without notice"),
    "other": QT_TRANSLATE_NOOP("Shelter", "Other"),
}

GOAL_AREAS: dict[str, str] = {
    "financial": QT_TRANSLATE_NOOP("Shelter", "Financial"),
    "legal": QT_TRANSLATE_NOOP("Shelter", "Legal"),
    "documents": QT_TRANSLATE_NOOP("Shelter", "Documents"),
    "parental": QT_TRANSLATE_NOOP("Shelter", "Parental"),
    "health": QT_TRANSLATE_NOOP("Shelter", "Health"),
    "housing": QT_TRANSLATE_NOOP("Shelter", "Housing"),
}

GOAL_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Shelter", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Shelter", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("Shelter", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("Shelter", "Dropped"),
}

STAY_STATUSES: dict[str, str] = {
    "reserved": QT_TRANSLATE_NOOP("Shelter", "Reserved"),
    "active": QT_TRANSLATE_NOOP("Shelter", "Staying"),
    "discharged": QT_TRANSLATE_NOOP("Shelter", "Discharged"),
}

BED_STATES: dict[str, str] = {
    "free": QT_TRANSLATE_NOOP("Shelter", "Free"),
    "occupied": QT_TRANSLATE_NOOP("Shelter", "Occupied"),
    "reserved": QT_TRANSLATE_NOOP("Shelter", "Reserved"),
    "out_of_service": QT_TRANSLATE_NOOP("Shelter", "Out of service"),
}


def label(choices: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` (the code itself if unknown, empty for ``None``)."""
    if code is None:
        return ""
    text = choices.get(code)
    return translate("Shelter", text) if text else code
