"""Choices for the optional client fields (codes stored; labels translated when shown)."""

from __future__ import annotations

from dropin.clients.codes import AGE_BANDS
from dropin.i18n import QT_TRANSLATE_NOOP, translate

N = QT_TRANSLATE_NOOP

GENDERS = {
    "female": N("Clients", "Female"),
    "male": N("Clients", "Male"),
    "trans_woman": N("Clients", "Trans woman"),
    "trans_man": N("Clients", "Trans man"),
    "non_binary": N("Clients", "Non-binary"),
    "other": N("Clients", "Other"),
}
NOT_STATED = "not_stated"
NOT_STATED_LABEL = N("Clients", "Not stated")

LANGUAGES = {
    "ru": N("Clients", "Russian"),
    "uk": N("Clients", "Ukrainian"),
    "ky": N("Clients", "Kyrgyz"),
    "uz": N("Clients", "Uzbek"),
    "ro": N("Clients", "Romanian"),
    "en": N("Clients", "English"),
    "other": N("Clients", "Other language"),
}

MIGRANT_STATUSES = {
    "local": N("Clients", "Local resident"),
    "internal": N("Clients", "Internal migrant"),
    "international": N("Clients", "International migrant"),
}

WORK_SETTINGS = {
    "street": N("Clients", "Outdoor: street"),
    "highway": N("Clients", "Outdoor: highway or truck stop"),
    "bar_club": N("Clients", "Indoor: bar or club"),
    "sauna_massage": N("Clients", "Indoor: sauna or massage parlour"),
    "apartment": N("Clients", "Indoor: apartment"),
    "hotel": N("Clients", "Indoor: hotel"),
    "online": N("Clients", "Online or by phone"),
    "other": N("Clients", "Other setting"),
}

REFERRAL_KINDS = {
    "clinic": N("Referrals", "Partner clinic"),
    "aids_centre": N("Referrals", "AIDS centre"),
    "crisis_centre": N("Referrals", "Crisis centre"),
    "lawyer": N("Referrals", "Lawyer"),
    "social_services": N("Referrals", "Social services"),
    "shelter": N("Referrals", "Shelter"),
    "drug_services": N("Referrals", "Drug and alcohol services"),
    "trans_health": N("Referrals", "Trans health"),
    "child_protection": N("Referrals", "Child protection"),
    "other": N("Referrals", "Other"),
}


def label(choices: dict[str, str], code: str | None, context: str = "Clients") -> str:
    if not code:
        return translate("Clients", NOT_STATED_LABEL)
    return translate(context, choices.get(code, code))


__all__ = ["AGE_BANDS", "GENDERS", "LANGUAGES", "MIGRANT_STATUSES", "WORK_SETTINGS", "REFERRAL_KINDS",
           "NOT_STATED", "label"]
