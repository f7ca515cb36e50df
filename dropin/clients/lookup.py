"""The one way other areas turn a typed client code into a registered client.

Typed codes are normalised exactly as at check-in (upper case, Cyrillic
transliterated, spaces and punctuation dropped), so ``маив 1990ф`` finds
``MAIV1990F`` in the shelter and the children's area just as at the front desk.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dropin.clients.codes import normalise_code
from dropin.models.clients import Client


def live_client(session: Session, typed: str) -> tuple[int, str] | None:
    """``(id, code)`` of the live client whose code is exactly ``typed`` once normalised, or ``None``."""
    code = normalise_code(typed or "")
    if not code:
        return None
    row = session.execute(select(Client.id, Client.code).where(Client.code == code, Client.voided_at.is_(None))).first()
    return (row.id, row.code) if row else None
