"""Fixed choice lists of the outreach log (codes stored, labels translated when shown).

The entry form, the printable tally sheet and the report all read these lists,
so the sheet a worker fills in on the street matches the screen field by field.
"""

from __future__ import annotations

from dropin.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Outreach"

MODES: dict[str, str] = {
    "on_foot": QT_TRANSLATE_NOOP("Outreach", "On foot"),
    "car": QT_TRANSLATE_NOOP("Outreach", "By car"),
    "mobile_unit": QT_TRANSLATE_NOOP("Outreach", "Mobile unit"),
    "online": QT_TRANSLATE_NOOP("Outreach", "Online"),
    "phone": QT_TRANSLATE_NOOP("Outreach", "Phone"),
}

#: outdoor settings first, then indoor ones (the domain's two groups)
SETTINGS: dict[str, str] = {
    "street": QT_TRANSLATE_NOOP("Outreach", "Street"),
    "highway": QT_TRANSLATE_NOOP("Outreach", "Highway"),
    "park": QT_TRANSLATE_NOOP("Outreach", "Park or public place"),
    "hotel": QT_TRANSLATE_NOOP("Outreach", "Hotel"),
    "brothel": QT_TRANSLATE_NOOP("Outreach", "Brothel"),
    "sauna": QT_TRANSLATE_NOOP("Outreach", "Sauna"),
    "massage": QT_TRANSLATE_NOOP("Outreach", "Massage parlour"),
    "apartment": QT_TRANSLATE_NOOP("Outreach", "Apartment"),
    "bar_club": QT_TRANSLATE_NOOP("Outreach", "Bar or club"),
    "escort_online": QT_TRANSLATE_NOOP("Outreach", "Escort or online"),
}

TOPICS: dict[str, str] = {
    "hiv": QT_TRANSLATE_NOOP("Outreach", "HIV"),
    "sti": QT_TRANSLATE_NOOP("Outreach", "STIs"),
    "srh": QT_TRANSLATE_NOOP("Outreach", "Sexual and reproductive health"),
    "tb": QT_TRANSLATE_NOOP("Outreach", "TB"),
    "drugs": QT_TRANSLATE_NOOP("Outreach", "Alcohol and drugs"),
    "condoms": QT_TRANSLATE_NOOP("Outreach", "Condom use and negotiation"),
    "rights": QT_TRANSLATE_NOOP("Outreach", "Rights and the law"),
    "violence": QT_TRANSLATE_NOOP("Outreach", "Violence"),
    "discrimination": QT_TRANSLATE_NOOP("Outreach", "Discrimination"),
    "documents": QT_TRANSLATE_NOOP("Outreach", "Registration and identity card"),
    "mobilisation": QT_TRANSLATE_NOOP("Outreach", "Community mobilisation"),
}

#: commodities handed out: the column on a session and the front desk catalogue code it matches
COMMODITIES: dict[str, str] = {
    "male_condoms": QT_TRANSLATE_NOOP("Outreach", "Male condoms"),
    "female_condoms": QT_TRANSLATE_NOOP("Outreach", "Female condoms"),
    "lubricant": QT_TRANSLATE_NOOP("Outreach", "Lubricant"),
    "leaflets": QT_TRANSLATE_NOOP("Outreach", "Leaflets"),
}

#: the counters of the tally (session columns), in entry order
COUNTERS: dict[str, str] = {
    "contacts_new": QT_TRANSLATE_NOOP("Outreach", "New contacts"),
    "contacts_returning": QT_TRANSLATE_NOOP("Outreach", "Returning contacts"),
    **COMMODITIES,
    "gatekeepers": QT_TRANSLATE_NOOP("Outreach", "Gatekeepers contacted"),
    "minisession_minutes": QT_TRANSLATE_NOOP("Outreach", "Mini-session minutes"),
}

#: the two kinds of contact (report categories)
CONTACT_KINDS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Outreach", "New"),
    "returning": QT_TRANSLATE_NOOP("Outreach", "Returning"),
}

EVENT_KINDS: dict[str, str] = {
    "workshop": QT_TRANSLATE_NOOP("Outreach", "Workshop"),
    "self_help": QT_TRANSLATE_NOOP("Outreach", "Self-help group"),
    "peer_education": QT_TRANSLATE_NOOP("Outreach", "Peer-education session"),
    "key_date": QT_TRANSLATE_NOOP("Outreach", "Key date event"),
}

#: the community's key dates: code -> (month, day, label)
KEY_DATES: dict[str, tuple[int, int, str]] = {
    "dec17": (
        12,
        17,
        QT_TRANSLATE_NOOP("Outreach", "17 December: International Day to End Violence against Sex Workers"),
    ),
    "mar3": (3, 3, QT_TRANSLATE_NOOP("Outreach", "3 March: International Sex Workers' Day")),
    "jun2": (6, 2, QT_TRANSLATE_NOOP("Outreach", "2 June: International Sex Workers' Rights Day")),
}

MAX_COUNT = 9999
MAX_MINUTES = 24 * 60


def label(choices: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` (the code itself if unknown, empty for ``None``)."""
    if code is None:
        return ""
    text = choices.get(code)
    return translate(CONTEXT, text) if text else code


def key_date_label(code: str | None) -> str:
    if code is None or code not in KEY_DATES:
        return code or ""
    return translate(CONTEXT, KEY_DATES[code][2])
