"""Fixed choice lists of the shelter (codes stored, labels translated when shown)."""

from __future__ import annotations

from dropin.i18n import QT_TRANSLATE_NOOP as N
from dropin.i18n import translate

STAY_TYPES: dict[str, str] = {
    "crisis": N("Shelter", "Crisis stay"),
    "long": N("Shelter", "Long stay"),
}
#: default planned length (nights) of each stay type
DEFAULT_NIGHTS: dict[str, int] = {"crisis": 14, "long": 90}

REASONS: dict[str, str] = {
    "homeless": N("Shelter", "Homeless"),
    "violence": N("Shelter", "Fleeing violence"),
    "financial": N("Shelter", "Financial crisis"),
    "pregnancy": N("Shelter", "Pregnancy"),
    "illness": N("Shelter", "Illness"),
    "parental_rights": N("Shelter", "Threatened loss of parental rights"),
    "other": N("Shelter", "Other"),
}

OUTCOMES: dict[str, str] = {
    "housed": N("Shelter", "Housed"),
    "returned_home": N("Shelter", "Returned home"),
    "referred": N("Shelter", "Referred elsewhere"),
    "left": N("Shelter", "Left without notice"),
    "other": N("Shelter", "Other"),
}

GOAL_AREAS: dict[str, str] = {
    "financial": N("Shelter", "Financial"),
    "legal": N("Shelter", "Legal"),
    "documents": N("Shelter", "Documents"),
    "parental": N("Shelter", "Parental"),
    "health": N("Shelter", "Health"),
    "housing": N("Shelter", "Housing"),
}

GOAL_STATUSES: dict[str, str] = {
    "open": N("Shelter", "Open"),
    "in_progress": N("Shelter", "In progress"),
    "achieved": N("Shelter", "Achieved"),
    "dropped": N("Shelter", "Dropped"),
}

STAY_STATUSES: dict[str, str] = {
    "reserved": N("Shelter", "Reserved"),
    "active": N("Shelter", "Staying"),
    "discharged": N("Shelter", "Discharged"),
}

BED_STATES: dict[str, str] = {
    "free": N("Shelter", "Free"),
    "occupied": N("Shelter", "Occupied"),
    "reserved": N("Shelter", "Reserved"),
    "out_of_service": N("Shelter", "Out of service"),
}


def label(choices: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` (the code itself if unknown, empty for ``None``)."""
    if code is None:
        return ""
    text = choices.get(code)
    return translate("Shelter", text) if text else code
