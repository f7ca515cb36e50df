"""Choices for the optional client fields (codes stored; labels translated when shown)."""

from __future__ import annotations

from dropin.clients.codes import AGE_BANDS
from dropin.i18n import QT_TRANSLATE_NOOP, translate

GENDERS = {
    "female": QT_TRANSLATE_NOOP("Clients", "Female"),
    "male": QT_TRANSLATE_NOOP("Clients", "Male"),
    "trans_woman": QT_TRANSLATE_NOOP("Clients", "Trans woman"),
    "trans_man": QT_TRANSLATE_NOOP("Clients", "Trans man"),
    "non_binary": QT_TRANSLATE_NOOP("Clients", "Non-binary"),
    "other": QT_TRANSLATE_NOOP("Clients", "Other"),
}
#: key-population type, asked at registration (optional: empty is "not stated")
KP_TYPES = {
    "fsw": QT_TRANSLATE_NOOP("Clients", "Female sex worker"),
    "msw": QT_TRANSLATE_NOOP("Clients", "Male sex worker"),
    "tg": QT_TRANSLATE_NOOP("Clients", "Transgender person"),
    "other": QT_TRANSLATE_NOOP("Clients", "Other key population"),
}
NOT_STATED = "not_stated"
NOT_STATED_LABEL = QT_TRANSLATE_NOOP("Clients", "Not stated")

LANGUAGES = {
    "ru": QT_TRANSLATE_NOOP("Clients", "Russian"),
    "uk": QT_TRANSLATE_NOOP("Clients", "Ukrainian"),
    "ky": QT_TRANSLATE_NOOP("Clients", "Kyrgyz"),
    "uz": QT_TRANSLATE_NOOP("Clients", "Uzbek"),
    "ro": QT_TRANSLATE_NOOP("Clients", "Romanian"),
    "en": QT_TRANSLATE_NOOP("Clients", "English"),
    "other": QT_TRANSLATE_NOOP("Clients", "Other language"),
}

MIGRANT_STATUSES = {
    "local": QT_TRANSLATE_NOOP("Clients", "Local resident"),
    "internal": QT_TRANSLATE_NOOP("Clients", "Internal migrant"),
    "international": QT_TRANSLATE_NOOP("Clients", "International migrant"),
}

WORK_SETTINGS = {
    "street": QT_TRANSLATE_NOOP("Clients", "Outdoor: street"),
    "highway": QT_TRANSLATE_NOOP("Clients", "Outdoor: highway or truck stop"),
    "bar_club": QT_TRANSLATE_NOOP("Clients", "Indoor: bar or club"),
    "sauna_massage": QT_TRANSLATE_NOOP("Clients", "Indoor: sauna or massage parlour"),
    "apartment": QT_TRANSLATE_NOOP("Clients", "Indoor: apartment"),
    "hotel": QT_TRANSLATE_NOOP("Clients", "Indoor: hotel"),
    "online": QT_TRANSLATE_NOOP("Clients", "Online or by phone"),
    "other": QT_TRANSLATE_NOOP("Clients", "Other setting"),
}

REFERRAL_KINDS = {
    "clinic": QT_TRANSLATE_NOOP("Referrals", "Partner clinic"),
    "aids_centre": QT_TRANSLATE_NOOP("Referrals", "AIDS centre"),
    "crisis_centre": QT_TRANSLATE_NOOP("Referrals", "Crisis centre"),
    "lawyer": QT_TRANSLATE_NOOP("Referrals", "Lawyer"),
    "social_services": QT_TRANSLATE_NOOP("Referrals", "Social services"),
    "shelter": QT_TRANSLATE_NOOP("Referrals", "Shelter"),
    "drug_services": QT_TRANSLATE_NOOP("Referrals", "Drug and alcohol services"),
    "trans_health": QT_TRANSLATE_NOOP("Referrals", "Trans health"),
    "child_protection": QT_TRANSLATE_NOOP("Referrals", "Child protection"),
    "other": QT_TRANSLATE_NOOP("Referrals", "Other"),
}


def label(choices: dict[str, str], code: str | None, context: str = "Clients") -> str:
    if not code:
        return translate("Clients", NOT_STATED_LABEL)
    return translate(context, choices.get(code, code))


__all__ = [
    "AGE_BANDS",
    "GENDERS",
    "KP_TYPES",
    "LANGUAGES",
    "MIGRANT_STATUSES",
    "WORK_SETTINGS",
    "REFERRAL_KINDS",
    "NOT_STATED",
    "label",
]
