"""Hand-offs from check-in to the legal store, sealed when the desk's login does not hold that store.

On the encrypted file a front-desk login has no key to the legal store, so "Violence report" at check-in
seals the client, the day, the author and the time to the legal store's public key (the setting
``handoff_public_key``) and adds only that box to the main file: nobody with the passphrase alone reads who
was handed off, nor when. The next session that holds the legal store (a legal advisor's list, the
manager's weekly figures) opens the boxes with the store's private key and records each as an incident
from check-in, dated and authored as it was handed off, with its audit entry in the legal store's chain.
"""

from __future__ import annotations

import datetime as dt
import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.errors import StorageError
from dropin.i18n import translate
from dropin.models.incidents import HandoffKey, Incident, IncidentHandoff
from dropin.security import audit, sealing
from dropin.settings import get_setting

log = logging.getLogger(__name__)

PURPOSE = "dropin-incident-handoff:v1"
PUBLIC_KEY_SETTING = "handoff_public_key"


def already_handed_off(session: Session, client_id: int, on: dt.date) -> bool:
    """A hand-off of this person and day still waiting for its details (a double click adds nothing)."""
    return (
        session.scalar(
            select(Incident.id)
            .where(
                Incident.client_id == client_id,
                Incident.occurred_on == on,
                Incident.from_checkin.is_(True),
                Incident.violations.is_(None),
                Incident.voided_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def seal(session: Session, client_id: int | None, on: dt.date, by: int | None, at: dt.datetime) -> None:
    public = get_setting(session, PUBLIC_KEY_SETTING)
    if not public:
        raise StorageError(translate("Incidents", "This database has no key for hand-offs, so nothing was saved."))
    message = json.dumps({"client_id": client_id, "on": on.isoformat(), "by": by, "at": at.isoformat()}).encode()
    session.add(IncidentHandoff(sealed=sealing.seal(bytes.fromhex(public), message, PURPOSE)))


def take(session: Session, now: dt.datetime) -> int:
    """Record every waiting hand-off as an incident (the session holds the legal store); returns how many."""
    waiting = list(
        session.scalars(select(IncidentHandoff).where(IncidentHandoff.taken_at.is_(None)).order_by(IncidentHandoff.id))
    )
    if not waiting:
        return 0
    private = session.scalar(select(HandoffKey.private).order_by(HandoffKey.id).limit(1))
    taken = 0
    for handoff in waiting:
        handoff.taken_at = now
        message = sealing.open_sealed(private, handoff.sealed, PURPOSE) if private else None
        if message is None:
            log.warning("hand-off %s was not sealed to this database's legal store; left unread", handoff.id)
            continue
        data = json.loads(message)
        client_id, on = data["client_id"], dt.date.fromisoformat(data["on"])
        if client_id is not None and already_handed_off(session, client_id, on):
            continue
        incident = Incident(
            client_id=client_id,
            occurred_on=on,
            date_precision="day",
            from_checkin=True,
            consent_advocacy=False,
            created_at=dt.datetime.fromisoformat(data["at"]),
            created_by_id=data["by"],
        )
        session.add(incident)
        session.flush()
        audit.record(session, "handoff_taken", "incidents", incident.id, {"handed_off_at": data["at"]})
        taken += 1
    session.flush()
    return taken
