"""Children's activity sessions, parents' workshops, the children register and attendance.

A child is known by a first name or pseudonym, an age band or birth year and
the parent's ``clients.id``; nothing else about the parent lives here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dropin.models.base import Base, Tracked

KIND_CHILDREN = "children"
KIND_WORKSHOP = "workshop"

STATUS_PLANNED = "planned"
STATUS_HELD = "held"
STATUS_CANCELLED = "cancelled"


class ActivityType(Tracked, Base):
    """An editable kind of session: homework, games, art ... or a workshop topic for parents."""

    __tablename__ = "children_activity_types"
    __table_args__ = (CheckConstraint("kind IN ('children', 'workshop')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    label: Mapped[str] = mapped_column(String(80), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default=KIND_CHILDREN)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Child(Tracked, Base):
    """A child taking part in activities, linked to the parent's or guardian's client record."""

    __tablename__ = "children"
    __table_args__ = (CheckConstraint("birth_year IS NOT NULL OR age_band IS NOT NULL", name="age_given"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(64), nullable=False)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str | None] = mapped_column(String(16))
    parent_client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    consent_participation: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ActivitySchedule(Tracked, Base):
    """A recurring plan (e.g. Tuesdays and Thursdays 16:00, 90 minutes) that creates upcoming sessions."""

    __tablename__ = "children_schedules"
    __table_args__ = (CheckConstraint("duration_min > 0 AND duration_min <= 720", name="duration"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("children_activity_types.id"), nullable=False)
    weekdays: Mapped[str] = mapped_column(String(16), nullable=False)  # ISO weekdays, e.g. "2,4"
    start_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False)
    place: Mapped[str | None] = mapped_column(String(120))
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    valid_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ActivitySession(Tracked, Base):
    """One children's session or parents' workshop, planned, held or cancelled."""

    __tablename__ = "children_sessions"
    __table_args__ = (
        UniqueConstraint("schedule_id", "date", name="uq_children_sessions_schedule_date"),
        CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="status"),
        CheckConstraint("duration_min > 0 AND duration_min <= 720", name="duration"),
        CheckConstraint("unregistered_children >= 0 AND parents_present >= 0", name="counts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("children_activity_types.id"), nullable=False)
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("children_schedules.id"))
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time, nullable=False)
    duration_min: Mapped[int] = mapped_column(Integer, nullable=False)
    place: Mapped[str | None] = mapped_column(String(120))
    materials: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=STATUS_PLANNED)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    unregistered_children: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    parents_present: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SessionFacilitator(Tracked, Base):
    """A staff member running a session (removed by voiding, re-added by un-voiding)."""

    __tablename__ = "children_session_facilitators"
    __table_args__ = (UniqueConstraint("session_id", "user_id", name="uq_children_session_facilitators_session_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("children_sessions.id"), nullable=False, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)


class ChildAttendance(Tracked, Base):
    """A registered child's mark for one session (unticking sets ``present`` false, nothing is deleted)."""

    __tablename__ = "children_attendance"
    __table_args__ = (UniqueConstraint("session_id", "child_id", name="uq_children_attendance_session_child"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("children_sessions.id"), nullable=False, index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id"), nullable=False, index=True)
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class AdultAttendance(Tracked, Base):
    """A parent present at a session or workshop, by client code."""

    __tablename__ = "children_adult_attendance"
    __table_args__ = (UniqueConstraint("session_id", "client_id", name="uq_children_adult_attendance_session_client"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("children_sessions.id"), nullable=False, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
