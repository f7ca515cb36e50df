"""Outreach: the managed list of areas, outreach sessions and community events.

An area is a district-level name kept by the manager (never an address). A
session holds its counts as columns; workers, coded contacts and referrals
are rows that are voided (never deleted) when an edit removes them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base, Tracked

#: the count columns of a session (all >= 0)
SESSION_COUNTS = (
    "contacts_new",
    "contacts_returning",
    "male_condoms",
    "female_condoms",
    "lubricant",
    "leaflets",
    "gatekeepers",
    "minisession_minutes",
)


class OutreachArea(Tracked, Base):
    """A coarse area (district level) where outreach happens; retired, never deleted."""

    __tablename__ = "outreach_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class OutreachSession(Tracked, Base):
    __tablename__ = "outreach_sessions"
    __table_args__ = (
        CheckConstraint("duration_min >= 0", name="duration_not_negative"),
        *(CheckConstraint(f"{c} >= 0", name=f"{c}_not_negative") for c in SESSION_COUNTS),
        Index("ix_outreach_sessions_date", "session_date"),
        Index("ix_outreach_sessions_area_date", "area_id", "session_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    mode: Mapped[str] = mapped_column(String(16), nullable=False)
    setting: Mapped[str] = mapped_column(String(24), nullable=False)
    area_id: Mapped[int] = mapped_column(ForeignKey("outreach_areas.id"), nullable=False)
    contacts_new: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    contacts_returning: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    male_condoms: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    female_condoms: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    lubricant: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    leaflets: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    gatekeepers: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    minisession_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: comma-separated topic codes (dropin.outreach.choices.TOPICS)
    topics: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class OutreachWorker(Tracked, Base):
    """A staff member on a session (removed by voiding, re-added by un-voiding)."""

    __tablename__ = "outreach_session_workers"
    __table_args__ = (UniqueConstraint("session_id", "user_id", name="uq_outreach_session_workers_session_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("outreach_sessions.id"), nullable=False, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


class OutreachContact(Tracked, Base):
    """A contact of a session tied to a client code (optional: most contacts are only counted)."""

    __tablename__ = "outreach_contacts"
    __table_args__ = (
        UniqueConstraint("session_id", "client_id", name="uq_outreach_contacts_session_client"),
        Index("ix_outreach_contacts_client", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("outreach_sessions.id"), nullable=False, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)


class OutreachReferral(Tracked, Base):
    """A referral made during a session, to a destination of the shared list, accompanied or not."""

    __tablename__ = "outreach_referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("outreach_sessions.id"), nullable=False, index=True)
    destination_id: Mapped[int] = mapped_column(ForeignKey("referral_destinations.id"), nullable=False)
    accompanied: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class CommunityEvent(Tracked, Base):
    """A workshop, self-help group meeting, peer-education session or key-date event."""

    __tablename__ = "community_events"
    __table_args__ = (
        CheckConstraint("kind IN ('workshop', 'self_help', 'peer_education', 'key_date')", name="kind_known"),
        CheckConstraint("attendance >= 0", name="attendance_not_negative"),
        CheckConstraint("duration_min >= 0", name="duration_not_negative"),
        Index("ix_community_events_date", "event_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    key_date: Mapped[str | None] = mapped_column(String(8))
    topic: Mapped[str] = mapped_column(String(200), nullable=False)
    #: people counted without a code (the coded ones are rows of community_event_attendees)
    attendance: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str | None] = mapped_column(Text)


class EventFacilitator(Tracked, Base):
    __tablename__ = "community_event_facilitators"
    __table_args__ = (UniqueConstraint("event_id", "user_id", name="uq_community_event_facilitators_event_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("community_events.id"), nullable=False, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


class EventAttendee(Tracked, Base):
    """An attendee who agreed to be recorded by client code."""

    __tablename__ = "community_event_attendees"
    __table_args__ = (UniqueConstraint("event_id", "client_id", name="uq_community_event_attendees_event_client"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("community_events.id"), nullable=False, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)
