"""Violence and rights violations: anonymous incident records, the evidence log and legal cases.

Every table here but the hand-offs lives in the legal store (schema ``legal``):
only legal advisors read or write them (``Permission.INCIDENT_RECORD``), every
read of an incident's details is audited, and the audit entries name no
client code, category or reason. Choice lists are codes (see
``dropin/incidents/choices.py``); multi-choice fields hold comma-separated codes.
No evidence file is ever stored: the evidence log says only what exists and who holds it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base, Tracked

#: the legal store: its own encrypted file (SQLite) or schema (the server), read only by legal advisors and
#: the manager's aggregate reports
LEGAL: dict[str, Any] = {"schema": "legal", "info": {"store": "legal"}}


class Incident(Tracked, Base):
    """One incident. ``occurred_on`` is the first day of what is known (day, month or year)."""

    __tablename__ = "incidents"
    __table_args__ = (
        CheckConstraint("date_precision IN ('day', 'month', 'year')", name="precision_known"),
        CheckConstraint("complained IS NOT NULL OR complaint_to IS NULL", name="complaint_needs_choice"),
        Index("ix_incidents_occurred_on", "occurred_on"),
        Index("ix_incidents_created_at", "created_at"),  # the weekly counts
        LEGAL,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)  # None: anonymous
    occurred_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    date_precision: Mapped[str] = mapped_column(String(8), nullable=False, default="day")
    place_type: Mapped[str | None] = mapped_column(String(24))
    area: Mapped[str | None] = mapped_column(String(60))
    perpetrator: Mapped[str | None] = mapped_column(String(24))
    violations: Mapped[str | None] = mapped_column(String(300))
    support: Mapped[str | None] = mapped_column(String(200))
    account: Mapped[str | None] = mapped_column(Text)  # what the person told, in their words
    #: None: not yet asked; reporting is always the person's own choice
    complained: Mapped[bool | None] = mapped_column(Boolean)
    complaint_to: Mapped[str | None] = mapped_column(String(24))
    complaint_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_advocacy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    #: opened from check-in with only the code and date (it waits for the legal advisor while ``violations`` is empty)
    from_checkin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class IncidentConsent(Tracked, Base):
    """Each yes or no to using the case, anonymised, in advocacy reports (the newest one counts)."""

    __tablename__ = "incident_consents"
    __table_args__ = (LEGAL,)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("legal.incidents.id"), nullable=False, index=True)
    consent: Mapped[bool] = mapped_column(Boolean, nullable=False)
    given_on: Mapped[dt.date] = mapped_column(Date, nullable=False)


class IncidentEvidence(Tracked, Base):
    """That a piece of evidence exists and who holds it; never the evidence itself."""

    __tablename__ = "incident_evidence"
    __table_args__ = (LEGAL,)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("legal.incidents.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    holder: Mapped[str] = mapped_column(String(24), nullable=False)
    noted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)


class LegalCase(Tracked, Base):
    """A complaint or court case that grew out of an incident; its stages are in ``legal_case_stages``."""

    __tablename__ = "legal_cases"
    __table_args__ = (
        CheckConstraint("outcome IN ('pending', 'won', 'lost', 'withdrawn')", name="outcome_known"),
        CheckConstraint("decided_on IS NULL OR decided_on >= opened_on", name="decided_after_opened"),
        LEGAL,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("legal.incidents.id"), nullable=False, index=True)
    case_type: Mapped[str] = mapped_column(String(24), nullable=False)
    opened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)


class LegalCaseStage(Tracked, Base):
    """One step of a legal case: complaint filed, hearing, appeal ... with its date."""

    __tablename__ = "legal_case_stages"
    __table_args__ = (LEGAL,)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("legal.legal_cases.id"), nullable=False, index=True)
    stage: Mapped[str] = mapped_column(String(24), nullable=False)
    reached_on: Mapped[dt.date] = mapped_column(Date, nullable=False)


class IncidentHandoff(Base):
    """A hand-off from check-in on a computer whose login does not hold the legal store: the client and the
    day sealed to the legal store's public key (:mod:`dropin.security.sealing`), so only the legal store's
    holders read it. No time or author in clear beside the visit log; both are inside the seal."""

    __tablename__ = "incident_handoffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    #: when a legal advisor's (or manager's) session moved it into the legal store as an incident
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HandoffKey(Base):
    """The legal store's private key for the sealed hand-offs (its public half is a setting of the main file)."""

    __tablename__ = "handoff_key"
    __table_args__ = (LEGAL,)

    id: Mapped[int] = mapped_column(primary_key=True)
    private: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
