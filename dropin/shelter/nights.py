"""Bed-nights: the rows that make double booking impossible.

A stay holds one ``shelter_bed_nights`` row per night from its admission up to
(not including) its planned end, or its discharge once discharged. The
database refuses a second row for the same bed and night, or for the same
client and night. These helpers check first (for a clear message naming the
bed and the night) and let the constraint catch anything that slips past.

Rows are written with Core statements: they are derived from the stay, whose
own changes are audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Executable, and_, delete, exc, insert, or_, select, update
from sqlalchemy.orm import Session

from dropin.errors import Conflict
from dropin.i18n import format_date, translate
from dropin.models.clients import Client
from dropin.models.shelter import ShelterBed, ShelterBedNight, ShelterBedOutage, ShelterRoom, ShelterStay

ONE_DAY = dt.timedelta(days=1)


def dates(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Every date from ``start`` up to, not including, ``end``."""
    day = start
    while day < end:
        yield day
        day += ONE_DAY


def bed_name(session: Session, bed_id: int) -> str:
    row = session.execute(
        select(ShelterRoom.name, ShelterBed.label)
        .join(ShelterRoom, ShelterRoom.id == ShelterBed.room_id)
        .where(ShelterBed.id == bed_id)
    ).first()
    return f"{row[0]} / {row[1]}" if row else str(bed_id)


def _bed_taken(bed: str, night: dt.date) -> Conflict:
    return Conflict(
        translate("Shelter", "Bed {bed} is already taken on the night of {date}.").format(
            bed=bed, date=format_date(night)
        )
    )


def _first_night_held_by_another(
    session: Session, whose: ColumnElement[bool], start: dt.date, end: dt.date, stay_id: int | None
) -> dt.date | None:
    """The first night in [start, end) that a stay other than ``stay_id`` holds for this bed or client."""
    query = select(ShelterBedNight.night).where(whose, ShelterBedNight.night >= start, ShelterBedNight.night < end)
    if stay_id is not None:
        query = query.where(ShelterBedNight.stay_id != stay_id)
    return session.scalar(query.order_by(ShelterBedNight.night).limit(1))


def check_bed_free(session: Session, bed_id: int, start: dt.date, end: dt.date, *, stay_id: int | None) -> None:
    """Refuse if another stay holds ``bed_id`` on any night in [start, end), or the bed is out of service."""
    if end <= start:
        return
    night = _first_night_held_by_another(session, ShelterBedNight.bed_id == bed_id, start, end, stay_id)
    if night is not None:
        raise _bed_taken(bed_name(session, bed_id), night)
    outage = session.scalars(
        select(ShelterBedOutage)
        .where(
            ShelterBedOutage.bed_id == bed_id,
            ShelterBedOutage.voided_at.is_(None),
            ShelterBedOutage.start_on < end,
            (ShelterBedOutage.end_on.is_(None))
            | ((ShelterBedOutage.end_on > start) & (ShelterBedOutage.end_on > ShelterBedOutage.start_on)),
        )
        .order_by(ShelterBedOutage.start_on)
        .limit(1)
    ).first()
    if outage is not None:
        raise Conflict(
            translate("Shelter", "Bed {bed} is out of service from {date}: {reason}").format(
                bed=bed_name(session, bed_id), date=format_date(max(outage.start_on, start)), reason=outage.reason
            )
        )
    bed = session.get(ShelterBed, bed_id)
    if bed is None or bed.voided_at is not None:
        raise Conflict(translate("Shelter", "This bed is no longer in use."))
    if bed.available_from > start:
        raise Conflict(
            translate("Shelter", "Bed {bed} is only in service from {date}.").format(
                bed=bed_name(session, bed_id), date=format_date(bed.available_from)
            )
        )


def check_client_free(session: Session, client_id: int, start: dt.date, end: dt.date, *, stay_id: int | None) -> None:
    """Refuse if the client has another stay on any night in [start, end)."""
    if end <= start:
        return
    night = _first_night_held_by_another(session, ShelterBedNight.client_id == client_id, start, end, stay_id)
    if night is not None:
        code = session.scalar(select(Client.code).where(Client.id == client_id))
        raise Conflict(
            translate("Shelter", "Client {code} already has a stay on the night of {date}.").format(
                code=code, date=format_date(night)
            )
        )


def _held(session: Session, stay_id: int, start: dt.date, end: dt.date) -> set[dt.date]:
    return set(
        session.scalars(
            select(ShelterBedNight.night).where(
                ShelterBedNight.stay_id == stay_id, ShelterBedNight.night >= start, ShelterBedNight.night < end
            )
        )
    )


def _write(session: Session, statement: Executable, params: Sequence[dict[str, Any]] | None = None) -> None:
    try:
        with session.begin_nested():
            if params is not None:
                session.execute(statement, params)
            else:
                session.execute(statement)
    except exc.IntegrityError:
        # Only reachable if the checks above were bypassed: the database constraint is the last word.
        raise Conflict(
            translate(
                "Shelter", "That bed or that client is already booked for one of these nights. Nothing was saved."
            )
        ) from None


def hold(
    session: Session, stay: ShelterStay, start: dt.date, end: dt.date, *, bed_id: int | None = None, check: bool = True
) -> int:
    """Hold the nights [start, end) for ``stay`` in ``bed_id`` (its current bed by default)."""
    bed_id = bed_id or stay.bed_id
    if end <= start:
        return 0
    if check:
        check_bed_free(session, bed_id, start, end, stay_id=stay.id)
        check_client_free(session, stay.client_id, start, end, stay_id=stay.id)
    have = _held(session, stay.id, start, end)
    rows = [
        {"stay_id": stay.id, "bed_id": bed_id, "client_id": stay.client_id, "night": night}
        for night in dates(start, end)
        if night not in have
    ]
    if rows:
        _write(session, insert(ShelterBedNight), rows)
    return len(rows)


def release(session: Session, stay_id: int, start: dt.date) -> int:
    """Give up every night of the stay from ``start`` on."""
    result = session.execute(
        delete(ShelterBedNight).where(ShelterBedNight.stay_id == stay_id, ShelterBedNight.night >= start)
    )
    return cast("CursorResult[Any]", result).rowcount or 0


def release_before(session: Session, stay_id: int, end: dt.date) -> int:
    """Give up every night of the stay before ``end`` (a late arrival on a reservation)."""
    result = session.execute(
        delete(ShelterBedNight).where(ShelterBedNight.stay_id == stay_id, ShelterBedNight.night < end)
    )
    return cast("CursorResult[Any]", result).rowcount or 0


def rebed(session: Session, stay: ShelterStay, to_bed_id: int, start: dt.date) -> int:
    """Move the nights of ``stay`` from ``start`` on into ``to_bed_id``."""
    last = session.scalar(
        select(ShelterBedNight.night)
        .where(ShelterBedNight.stay_id == stay.id)
        .order_by(ShelterBedNight.night.desc())
        .limit(1)
    )
    if last is None or last < start:
        return 0
    check_bed_free(session, to_bed_id, start, last + ONE_DAY, stay_id=stay.id)
    statement = (
        update(ShelterBedNight)
        .where(and_(ShelterBedNight.stay_id == stay.id, ShelterBedNight.night >= start))
        .values(bed_id=to_bed_id)
    )
    _write(session, statement)
    return (last - start).days + 1


def nights_held(session: Session, stay_id: int) -> list[tuple[dt.date, int]]:
    return [
        (r.night, r.bed_id)
        for r in session.execute(
            select(ShelterBedNight.night, ShelterBedNight.bed_id)
            .where(ShelterBedNight.stay_id == stay_id)
            .order_by(ShelterBedNight.night)
        )
    ]


def pending_nights(session: Session, today: dt.date) -> list[dict[str, Any]]:
    """The nights people still staying after their planned end hold up to tonight, not yet written as rows.

    A stay past its planned end keeps its bed until it is discharged; its nights are written by the next
    change to any stay or bed (``sync_open_stays``), never by a read. Reads that show nights add these.
    Nights that another booking already holds are left out (the board shows the clash; check-in into that
    bed is refused until the overstay is resolved).
    """
    stays = session.execute(
        select(ShelterStay.id, ShelterStay.bed_id, ShelterStay.client_id, ShelterStay.planned_end).where(
            ShelterStay.status == "active", ShelterStay.voided_at.is_(None), ShelterStay.planned_end <= today
        )
    ).all()
    if not stays:
        return []
    # every night from the earliest planned end on held by these stays, their beds or their clients: one query
    held = session.execute(
        select(ShelterBedNight.stay_id, ShelterBedNight.bed_id, ShelterBedNight.client_id, ShelterBedNight.night).where(
            ShelterBedNight.night >= min(stay.planned_end for stay in stays),
            ShelterBedNight.night <= today,
            or_(
                ShelterBedNight.stay_id.in_({stay.id for stay in stays}),
                ShelterBedNight.bed_id.in_({stay.bed_id for stay in stays}),
                ShelterBedNight.client_id.in_({stay.client_id for stay in stays}),
            ),
        )
    ).all()
    rows = []
    for stay in stays:
        have = {r.night for r in held if r.stay_id == stay.id}
        taken_bed = {r.night for r in held if r.bed_id == stay.bed_id and r.stay_id != stay.id}
        taken_client = {r.night for r in held if r.client_id == stay.client_id and r.stay_id != stay.id}
        rows += [
            {"stay_id": stay.id, "bed_id": stay.bed_id, "client_id": stay.client_id, "night": night}
            for night in dates(stay.planned_end, today + ONE_DAY)
            if night not in have and night not in taken_bed and night not in taken_client
        ]
    return rows


def sync_open_stays(session: Session, today: dt.date) -> int:
    """Write the nights people still staying after their planned end hold up to tonight (``pending_nights``).

    Every change to a stay or a bed calls this first, so the checks against double booking see those nights.
    """
    rows = pending_nights(session, today)
    if rows:
        session.execute(insert(ShelterBedNight), rows)
    return len(rows)
