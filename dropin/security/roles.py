"""Staff roles."""

from __future__ import annotations

from enum import StrEnum

from dropin.i18n import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    PEER_COUNSELLOR = "peer_counsellor"
    SOCIAL_WORKER = "social_worker"
    FACILITATOR = "facilitator"
    OUTREACH_WORKER = "outreach_worker"
    MANAGER = "manager"
    LEGAL_ADVISOR = "legal_advisor"

    @property
    def label(self) -> str:
        return translate("Role", _LABELS[self])


_LABELS = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Role", "Front desk"),
    Role.PEER_COUNSELLOR: QT_TRANSLATE_NOOP("Role", "Peer counsellor"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Role", "Social worker"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Role", "Children's facilitator"),
    Role.OUTREACH_WORKER: QT_TRANSLATE_NOOP("Role", "Outreach worker"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    Role.LEGAL_ADVISOR: QT_TRANSLATE_NOOP("Role", "Legal advisor"),
}
