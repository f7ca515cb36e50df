"""Rooms and beds (managers configure them; the bed board and admissions list them)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dropin.context import ServiceContext
from dropin.errors import Conflict, NotFound, ValidationError
from dropin.i18n import format_date, translate
from dropin.models.shelter import ShelterBed, ShelterBedNight, ShelterBedOutage, ShelterRoom
from dropin.security.permissions import Permission
from dropin.shelter import nights
from dropin.shelter.records import BedInfo, RoomInfo
from dropin.validation import CODE_MAX, LONG_MAX, SHORT_MAX, clean_text


def list_beds(session: Session, on: dt.date) -> list[BedInfo]:
    rows = session.execute(
        select(ShelterBed, ShelterRoom.name)
        .join(ShelterRoom, ShelterRoom.id == ShelterBed.room_id)
        .where(ShelterBed.voided_at.is_(None), ShelterRoom.voided_at.is_(None))
        .order_by(ShelterRoom.id, ShelterBed.label)
    ).all()
    outages: dict[int, str] = {}
    for bed_id, reason in session.execute(
        select(ShelterBedOutage.bed_id, ShelterBedOutage.reason)
        .where(
            ShelterBedOutage.voided_at.is_(None),
            ShelterBedOutage.start_on <= on,
            (ShelterBedOutage.end_on.is_(None)) | (ShelterBedOutage.end_on > on),
        )
        .order_by(ShelterBedOutage.start_on.desc())
    ):
        outages.setdefault(bed_id, reason)  # one query for all beds, however many there are
    return [
        BedInfo(bed.id, bed.room_id, room, bed.label, bed.available_from, bed.id in outages, outages.get(bed.id))
        for bed, room in rows
    ]


class BedService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ----------------------------------------------------------------- reads
    def rooms(self) -> list[RoomInfo]:
        self.ctx.require(Permission.SHELTER_BOARD)
        with self.ctx.transaction() as s:
            counts = dict(
                s.execute(
                    select(ShelterBed.room_id, func.count())
                    .where(ShelterBed.voided_at.is_(None))
                    .group_by(ShelterBed.room_id)
                ).all()
            )
            return [
                RoomInfo(r.id, r.name, r.capacity, counts.get(r.id, 0))
                for r in s.scalars(select(ShelterRoom).where(ShelterRoom.voided_at.is_(None)).order_by(ShelterRoom.id))
            ]

    def beds(self) -> list[BedInfo]:
        self.ctx.require(Permission.SHELTER_BOARD)
        with self.ctx.transaction() as s:
            return list_beds(s, self.ctx.today())

    # ----------------------------------------------------------------- rooms
    def add_room(self, name: str, capacity: int) -> RoomInfo:
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        name = clean_text(name, "room_name", SHORT_MAX) or ""
        if not name:
            raise ValidationError(translate("Shelter", "Please give the room a name."), "room_name")
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1 or capacity > 50:
            raise ValidationError(translate("Shelter", "A room holds from 1 to 50 beds."), "capacity")
        with self.ctx.transaction() as s:
            if s.scalar(select(ShelterRoom.id).where(func.lower(ShelterRoom.name) == name.lower())) is not None:
                raise Conflict(translate("Shelter", "There is already a room called {name}.").format(name=name))
            room = ShelterRoom(name=name, capacity=capacity)
            s.add(room)
            s.flush()
            return RoomInfo(room.id, room.name, room.capacity, 0)

    def set_capacity(self, room_id: int, capacity: int) -> RoomInfo:
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1 or capacity > 50:
            raise ValidationError(translate("Shelter", "A room holds from 1 to 50 beds."), "capacity")
        with self.ctx.transaction() as s:
            room = s.get(ShelterRoom, room_id)
            if room is None or room.voided_at is not None:
                raise NotFound(translate("Shelter", "This room no longer exists."))
            beds = (
                s.scalar(select(func.count()).where(ShelterBed.room_id == room.id, ShelterBed.voided_at.is_(None))) or 0
            )
            if capacity < beds:
                raise ValidationError(
                    translate(
                        "Shelter", "The room already has {n} beds; remove beds before lowering its capacity."
                    ).format(n=beds),
                    "capacity",
                )
            room.capacity = capacity
            s.flush()
            return RoomInfo(room.id, room.name, room.capacity, beds)

    # ------------------------------------------------------------------ beds
    def add_bed(self, room_id: int, label: str, *, available_from: dt.date | None = None) -> BedInfo:
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        label = clean_text(label, "bed_label", CODE_MAX) or ""
        if not label:
            raise ValidationError(translate("Shelter", "Please give the bed a label."), "bed_label")
        with self.ctx.transaction() as s:
            room = s.get(ShelterRoom, room_id) if room_id else None
            if room is None or room.voided_at is not None:
                raise ValidationError(translate("Shelter", "Please choose a room."), "room")
            beds = (
                s.scalar(select(func.count()).where(ShelterBed.room_id == room.id, ShelterBed.voided_at.is_(None))) or 0
            )
            if beds >= room.capacity:
                raise ValidationError(
                    translate("Shelter", "Room {room} is full: its capacity is {n} beds.").format(
                        room=room.name, n=room.capacity
                    ),
                    "room",
                )
            if (
                s.scalar(
                    select(ShelterBed.id).where(
                        ShelterBed.room_id == room.id, func.lower(ShelterBed.label) == label.lower()
                    )
                )
                is not None
            ):
                raise Conflict(
                    translate("Shelter", "Room {room} already has a bed labelled {label}.").format(
                        room=room.name, label=label
                    )
                )
            bed = ShelterBed(room_id=room.id, label=label, available_from=available_from or self.ctx.today())
            s.add(bed)
            s.flush()
            return BedInfo(bed.id, room.id, room.name, bed.label, bed.available_from, False, None)

    def set_out_of_service(self, bed_id: int, reason: str, *, start_on: dt.date | None = None) -> BedInfo:
        """Take a bed out of service from ``start_on`` (today by default) until it is returned."""
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        reason = clean_text(reason, "reason", LONG_MAX) or ""
        if not reason:
            raise ValidationError(translate("Shelter", "Please say why the bed is out of service."), "reason")
        start_on = start_on or self.ctx.today()
        with self.ctx.transaction() as s:
            bed = s.get(ShelterBed, bed_id)
            if bed is None or bed.voided_at is not None:
                raise NotFound(translate("Shelter", "This bed no longer exists."))
            existing = s.scalar(
                select(ShelterBedOutage.id)
                .where(
                    ShelterBedOutage.bed_id == bed.id,
                    ShelterBedOutage.voided_at.is_(None),
                    (ShelterBedOutage.end_on.is_(None)) | (ShelterBedOutage.end_on > start_on),
                )
                .limit(1)
            )
            if existing is not None:
                raise Conflict(translate("Shelter", "This bed is already out of service."))
            nights.sync_open_stays(s, self.ctx.today())  # someone past their planned end still sleeps there
            booked = s.scalar(
                select(func.min(ShelterBedNight.night)).where(
                    ShelterBedNight.bed_id == bed.id, ShelterBedNight.night >= start_on
                )
            )
            if booked is not None:
                raise Conflict(
                    translate(
                        "Shelter", "This bed is booked for the night of {date}. Move or end that stay first."
                    ).format(date=format_date(booked))
                )
            s.add(ShelterBedOutage(bed_id=bed.id, start_on=start_on, reason=reason))
            s.flush()
            return next(b for b in list_beds(s, self.ctx.today()) if b.id == bed.id)

    def return_to_service(self, bed_id: int, *, on: dt.date | None = None) -> BedInfo:
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        on = on or self.ctx.today()
        with self.ctx.transaction() as s:
            outage = s.scalars(
                select(ShelterBedOutage).where(
                    ShelterBedOutage.bed_id == bed_id,
                    ShelterBedOutage.voided_at.is_(None),
                    ShelterBedOutage.end_on.is_(None),
                )
            ).first()
            if outage is None:
                raise ValidationError(translate("Shelter", "This bed is not out of service."))
            if on < outage.start_on:
                raise ValidationError(
                    translate("Shelter", "The bed cannot return to service before it went out of service."), "on"
                )
            outage.end_on = on
            s.flush()
            return next(b for b in list_beds(s, self.ctx.today()) if b.id == bed_id)

    def remove_bed(self, bed_id: int, reason: str) -> None:
        """Take a bed away for good (voided with a reason); refused while it has bookings from today on."""
        self.ctx.require(Permission.SHELTER_CONFIGURE)
        with self.ctx.transaction() as s:
            bed = s.get(ShelterBed, bed_id)
            if bed is None or bed.voided_at is not None:
                raise NotFound(translate("Shelter", "This bed no longer exists."))
            nights.sync_open_stays(s, self.ctx.today())
            booked = s.scalar(
                select(func.min(ShelterBedNight.night)).where(
                    ShelterBedNight.bed_id == bed.id, ShelterBedNight.night >= self.ctx.today()
                )
            )
            if booked is not None:
                raise Conflict(
                    translate(
                        "Shelter", "This bed is booked for the night of {date}. Move or end that stay first."
                    ).format(date=format_date(booked))
                )
            self.ctx.void(bed, reason)
