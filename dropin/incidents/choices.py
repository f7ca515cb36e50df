"""Fixed choice lists of the incident record (codes stored, labels translated when shown).

No list has a default: reporting to the police in particular is always the
person's own choice, so nothing is ever pre-selected.
"""

from __future__ import annotations

from dropin.i18n import QT_TRANSLATE_NOOP, translate

PRECISIONS: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("Incidents", "Exact day"),
    "month": QT_TRANSLATE_NOOP("Incidents", "Month only"),
    "year": QT_TRANSLATE_NOOP("Incidents", "Year only"),
}

PLACE_TYPES: dict[str, str] = {
    "street": QT_TRANSLATE_NOOP("Incidents", "Street or public place"),
    "workplace": QT_TRANSLATE_NOOP("Incidents", "Workplace (sauna, apartment, venue)"),
    "client_place": QT_TRANSLATE_NOOP("Incidents", "Client's place or hotel"),
    "vehicle": QT_TRANSLATE_NOOP("Incidents", "Vehicle"),
    "police_station": QT_TRANSLATE_NOOP("Incidents", "Police station or custody"),
    "home": QT_TRANSLATE_NOOP("Incidents", "Own home"),
    "health_service": QT_TRANSLATE_NOOP("Incidents", "Clinic or social service"),
    "online": QT_TRANSLATE_NOOP("Incidents", "Online or by phone"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other place"),
}

PERPETRATORS: dict[str, str] = {
    "police": QT_TRANSLATE_NOOP("Incidents", "Police or other law enforcement"),
    "client": QT_TRANSLATE_NOOP("Incidents", "Client or someone posing as a client"),
    "third_party": QT_TRANSLATE_NOOP("Incidents", "Controller or other third party"),
    "public": QT_TRANSLATE_NOOP("Incidents", "Member of the public"),
    "staff": QT_TRANSLATE_NOOP("Incidents", "Health or social-service staff"),
    "partner_family": QT_TRANSLATE_NOOP("Incidents", "Partner or family"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other perpetrator"),
}

VIOLATIONS: dict[str, str] = {
    "physical": QT_TRANSLATE_NOOP("Incidents", "Physical violence"),
    "sexual": QT_TRANSLATE_NOOP("Incidents", "Sexual violence"),
    "psychological": QT_TRANSLATE_NOOP("Incidents", "Psychological violence"),
    "economic": QT_TRANSLATE_NOOP("Incidents", "Economic violence"),
    "extortion": QT_TRANSLATE_NOOP("Incidents", "Extortion or bribe"),
    "detention": QT_TRANSLATE_NOOP("Incidents", "Arbitrary detention"),
    "fine": QT_TRANSLATE_NOOP("Incidents", "Fine"),
    "condoms": QT_TRANSLATE_NOOP("Incidents", "Condom confiscation"),
    "forced_test": QT_TRANSLATE_NOOP("Incidents", "Forced HIV testing"),
    "eviction": QT_TRANSLATE_NOOP("Incidents", "Eviction"),
    "outing": QT_TRANSLATE_NOOP("Incidents", "Outing or shaming"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other violation"),
}

SUPPORT: dict[str, str] = {
    "legal": QT_TRANSLATE_NOOP("Incidents", "Legal consultation"),
    "crisis_centre": QT_TRANSLATE_NOOP("Incidents", "Crisis centre"),
    "medical": QT_TRANSLATE_NOOP("Incidents", "Medical help"),
    "psychological": QT_TRANSLATE_NOOP("Incidents", "Psychological support"),
    "shelter": QT_TRANSLATE_NOOP("Incidents", "Shelter"),
}

COMPLAINT_BODIES: dict[str, str] = {
    "police": QT_TRANSLATE_NOOP("Incidents", "Police"),
    "prosecutor": QT_TRANSLATE_NOOP("Incidents", "Prosecutor's office"),
    "ombudsman": QT_TRANSLATE_NOOP("Incidents", "Ombudsman"),
    "court": QT_TRANSLATE_NOOP("Incidents", "Court"),
    "internal": QT_TRANSLATE_NOOP("Incidents", "Internal complaint (employer, clinic)"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other body"),
}

EVIDENCE_KINDS: dict[str, str] = {
    "photo": QT_TRANSLATE_NOOP("Incidents", "Photo"),
    "audio": QT_TRANSLATE_NOOP("Incidents", "Audio"),
    "video": QT_TRANSLATE_NOOP("Incidents", "Video"),
    "document": QT_TRANSLATE_NOOP("Incidents", "Document (protocol, fine notice)"),
    "medical": QT_TRANSLATE_NOOP("Incidents", "Medical record"),
    "witness": QT_TRANSLATE_NOOP("Incidents", "Witness"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Other evidence"),
}

EVIDENCE_HOLDERS: dict[str, str] = {
    "legal_advisor": QT_TRANSLATE_NOOP("Incidents", "Held by the legal advisor"),
    "person": QT_TRANSLATE_NOOP("Incidents", "Held by the person"),
    "partner": QT_TRANSLATE_NOOP("Incidents", "Held by a partner organisation"),
    "authority": QT_TRANSLATE_NOOP("Incidents", "Held by the authorities"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Held elsewhere"),
}

CASE_TYPES: dict[str, str] = {
    "administrative": QT_TRANSLATE_NOOP("Incidents", "Administrative case"),
    "criminal": QT_TRANSLATE_NOOP("Incidents", "Criminal case"),
    "civil": QT_TRANSLATE_NOOP("Incidents", "Civil case"),
    "complaint": QT_TRANSLATE_NOOP("Incidents", "Complaint procedure"),
}

CASE_STAGES: dict[str, str] = {
    "filed": QT_TRANSLATE_NOOP("Incidents", "Complaint or claim filed"),
    "investigation": QT_TRANSLATE_NOOP("Incidents", "Investigation"),
    "hearing": QT_TRANSLATE_NOOP("Incidents", "Hearing"),
    "decision": QT_TRANSLATE_NOOP("Incidents", "Decision"),
    "appeal": QT_TRANSLATE_NOOP("Incidents", "Appeal"),
    "closed": QT_TRANSLATE_NOOP("Incidents", "Closed"),
}

OUTCOMES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Incidents", "Pending"),
    "won": QT_TRANSLATE_NOOP("Incidents", "Won"),
    "lost": QT_TRANSLATE_NOOP("Incidents", "Lost"),
    "withdrawn": QT_TRANSLATE_NOOP("Incidents", "Withdrawn"),
}


def label(choices: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` (the code itself if unknown, empty for ``None``)."""
    if code is None:
        return ""
    text = choices.get(code)
    return translate("Incidents", text) if text else code


def codes(text: str | None) -> tuple[str, ...]:
    """The codes of a comma-separated field."""
    return tuple(c for c in (text or "").split(",") if c)
