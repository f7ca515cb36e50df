"""Crisis shelter: rooms, beds, stays, extensions, moves, bed-nights and case work.

Double booking is impossible at the database level: every night a stay holds
is one row in ``shelter_bed_nights`` with ``UNIQUE(bed_id, night)`` (one stay
per bed per night) and ``UNIQUE(client_id, night)`` (one stay per person per
night). The stay service keeps these rows in step with admissions,
extensions, moves and discharges inside the same transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import overload

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dropin.models.base import Base, Tracked

STAY_STATUSES = ("reserved", "active", "discharged")
STAY_TYPES = ("crisis", "long")


class _CaseField:
    """A field of a stay kept in its case-work half (:class:`ShelterStayCase`): ``None`` while the stay has
    none, which is made when a first value is written."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, stay: None, owner: type | None = None) -> _CaseField: ...

    @overload
    def __get__(self, stay: ShelterStay, owner: type | None = None) -> str | None: ...

    def __get__(self, stay: ShelterStay | None, owner: type | None = None) -> _CaseField | str | None:
        if stay is None:
            return self
        return getattr(stay.case, self.name) if stay.case is not None else None

    def __set__(self, stay: ShelterStay, value: str | None) -> None:
        if value is not None or stay.case is not None:
            setattr(stay._case(), self.name, value)


class ShelterRoom(Tracked, Base):
    __tablename__ = "shelter_rooms"
    __table_args__ = (CheckConstraint("capacity >= 1", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    capacity: Mapped[int] = mapped_column(Integer, nullable=False)


class ShelterBed(Tracked, Base):
    __tablename__ = "shelter_beds"
    __table_args__ = (UniqueConstraint("room_id", "label", name="uq_shelter_beds_room_label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("shelter_rooms.id"), nullable=False)
    label: Mapped[str] = mapped_column(String(20), nullable=False)
    available_from: Mapped[dt.date] = mapped_column(Date, nullable=False)


class ShelterBedOutage(Tracked, Base):
    """A bed out of service from ``start_on`` up to (not including) ``end_on``; open while ``end_on`` is empty."""

    __tablename__ = "shelter_bed_outages"
    __table_args__ = (CheckConstraint("end_on IS NULL OR end_on >= start_on", name="outage_dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bed_id: Mapped[int] = mapped_column(ForeignKey("shelter_beds.id"), nullable=False, index=True)
    start_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, nullable=False)


class ShelterStay(Tracked, Base):
    """One stay (or reservation) of one client; its reasons and notes are in :class:`ShelterStayCase`."""

    __tablename__ = "shelter_stays"
    __table_args__ = (
        CheckConstraint("planned_end > admitted_on", name="planned_after_admission"),
        CheckConstraint("discharged_on IS NULL OR discharged_on >= admitted_on", name="discharge_after_admission"),
        CheckConstraint("children_count >= 0", name="children_not_negative"),
        CheckConstraint("status IN ('reserved', 'active', 'discharged')", name="status_known"),
        CheckConstraint("stay_type IN ('crisis', 'long')", name="type_known"),
        Index("ix_shelter_stays_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    bed_id: Mapped[int] = mapped_column(ForeignKey("shelter_beds.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    stay_type: Mapped[str] = mapped_column(String(16), nullable=False)
    admitted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    planned_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    discharged_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(24))
    referral_destination_id: Mapped[int | None] = mapped_column(ForeignKey("referral_destinations.id"))
    children_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    children_ages: Mapped[str | None] = mapped_column(String(60))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: the case-work half of the stay (admission reasons, notes), in the case-work store; loaded only when read
    case: Mapped[ShelterStayCase | None] = relationship(lazy="select", uselist=False)

    def _case(self) -> ShelterStayCase:
        if self.case is None:
            self.case = ShelterStayCase()
        return self.case

    reasons = _CaseField()
    reason_note = _CaseField()
    outcome_note = _CaseField()


class ShelterStayCase(Base):
    """The case-work half of a stay, 1:1 by stay id: admission reasons and notes (social workers only)."""

    __tablename__ = "shelter_stay_cases"
    __table_args__ = {"schema": "casework", "info": {"store": "casework"}}

    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), primary_key=True)
    reasons: Mapped[str | None] = mapped_column(String(200))
    reason_note: Mapped[str | None] = mapped_column(Text)
    outcome_note: Mapped[str | None] = mapped_column(Text)


class ShelterExtension(Tracked, Base):
    __tablename__ = "shelter_extensions"
    __table_args__ = (CheckConstraint("new_end > previous_end", name="later_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False, index=True)
    extended_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    previous_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    new_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ShelterMove(Tracked, Base):
    __tablename__ = "shelter_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False, index=True)
    moved_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    from_bed_id: Mapped[int] = mapped_column(ForeignKey("shelter_beds.id"), nullable=False)
    to_bed_id: Mapped[int] = mapped_column(ForeignKey("shelter_beds.id"), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)


class ShelterBedNight(Base):
    """One night held by one stay in one bed (derived from the stay, kept by the service)."""

    __tablename__ = "shelter_bed_nights"
    __table_args__ = (
        UniqueConstraint("bed_id", "night", name="uq_shelter_bed_nights_bed_night"),
        UniqueConstraint("client_id", "night", name="uq_shelter_bed_nights_client_night"),
        Index("ix_shelter_bed_nights_stay_night", "stay_id", "night"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False)
    bed_id: Mapped[int] = mapped_column(ForeignKey("shelter_beds.id"), nullable=False)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), nullable=False)
    night: Mapped[dt.date] = mapped_column(Date, nullable=False)


class ShelterGoal(Tracked, Base):
    """A life-plan goal (case data: social workers only)."""

    __tablename__ = "shelter_goals"
    __table_args__ = {"schema": "casework", "info": {"store": "casework"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False, index=True)
    area: Mapped[str] = mapped_column(String(24), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    review_on: Mapped[dt.date | None] = mapped_column(Date)


class ShelterCaseNote(Tracked, Base):
    """A dated case note (case data: social workers only, every read audited)."""

    __tablename__ = "shelter_case_notes"
    __table_args__ = {"schema": "casework", "info": {"store": "casework"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False, index=True)
    noted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class ShelterShortening(Tracked, Base):
    """An earlier planned end set during a stay (the nights after it are given up)."""

    __tablename__ = "shelter_shortenings"
    __table_args__ = (CheckConstraint("new_end < previous_end", name="earlier_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False, index=True)
    shortened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    previous_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    new_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)


class ShelterChildrenChange(Tracked, Base):
    """From ``changed_on`` the stay has ``children_count`` accompanying children (a child arrived or left)."""

    __tablename__ = "shelter_children_changes"
    __table_args__ = (CheckConstraint("children_count >= 0", name="children_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("shelter_stays.id"), nullable=False, index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    previous_count: Mapped[int] = mapped_column(Integer, nullable=False)
    children_count: Mapped[int] = mapped_column(Integer, nullable=False)
    children_ages: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
