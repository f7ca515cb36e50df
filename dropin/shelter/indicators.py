"""Shelter indicators (keys of the SHELTER section in ``dropin/reports/definitions.py``).

``start`` inclusive, ``end`` exclusive. A night counts for each date from the
admission up to, not including, the discharge; an open stay counts up to the
end of the period. A night not yet slept is never counted: with ``as_of``
(today, for a period still running) only nights before that day count.
Accompanying children's nights are counted beside the residents' own.
Aggregates only.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Date, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from dropin.models import sqlfunc
from dropin.models.shelter import ShelterBed, ShelterBedOutage, ShelterExtension, ShelterRoom, ShelterStay
from dropin.reports import once
from dropin.shelter.choices import OUTCOMES

if TYPE_CHECKING:
    from dropin.reports.series import Bounds, Counts


def _overlap_nights(start: dt.date, end: dt.date, a: dt.date, b: dt.date | None) -> int:
    lo = max(start, a)
    hi = min(end, b) if b is not None else end
    return max(0, (hi - lo).days)


def _beds(session: Session) -> list[tuple[int, dt.date, dt.date | None]]:
    """(bed id, first night, first night no longer in service) for every bed ever configured."""
    rows = session.execute(_statements()["beds"]).all()
    out = []
    for bed_id, available_from, bed_void, room_void in rows:
        gone = [v.date() for v in (bed_void, room_void) if v is not None]
        out.append((bed_id, available_from, min(gone) if gone else None))
    return out


def _outages(session: Session) -> dict[int, list[tuple[dt.date, dt.date | None]]]:
    out: dict[int, list[tuple[dt.date, dt.date | None]]] = {}
    for bed_id, a, b in session.execute(_statements()["outages"]):
        out.setdefault(bed_id, []).append((a, b))
    return out


def _present(start: Any, end: Any) -> ColumnElement[bool]:
    """Stays (not reservations) present on at least one night of [start, end)."""
    return and_(
        ShelterStay.voided_at.is_(None),
        ShelterStay.status.in_(("active", "discharged")),
        ShelterStay.admitted_on < end,
        or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > start),
        or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > ShelterStay.admitted_on),
    )


#: the day after the last of the period's admissions, discharges and extensions (its end, not today's)
STAYS_END = bindparam("stays_end", type_=Date())


@functools.cache
def _statements() -> dict[str, Any]:
    """The section's statements, built once (the period as parameters: :mod:`dropin.reports.once`)."""
    start, end, stays_end = once.START, once.END, STAYS_END
    stay_end = func.coalesce(ShelterStay.discharged_on, end)
    nights_expr = sqlfunc.days_between(sqlfunc.greatest(ShelterStay.admitted_on, start), sqlfunc.least(stay_end, end))
    live = and_(ShelterStay.voided_at.is_(None), ShelterStay.status.in_(("active", "discharged")))
    # planned end as it stood at the end of the period (later extensions undone)
    later = (
        select(ShelterExtension.previous_end)
        .where(
            ShelterExtension.stay_id == ShelterStay.id,
            ShelterExtension.voided_at.is_(None),
            ShelterExtension.extended_on >= end,
        )
        .order_by(ShelterExtension.extended_on, ShelterExtension.id)
        .limit(1)
        .scalar_subquery()
    )
    planned_then = func.coalesce(later, ShelterStay.planned_end)
    return {
        "beds": select(ShelterBed.id, ShelterBed.available_from, ShelterBed.voided_at, ShelterRoom.voided_at).join(
            ShelterRoom, ShelterRoom.id == ShelterBed.room_id
        ),
        "outages": select(ShelterBedOutage.bed_id, ShelterBedOutage.start_on, ShelterBedOutage.end_on).where(
            ShelterBedOutage.voided_at.is_(None)
        ),
        # bed-nights, accompanying children's bed-nights, residents and their children over the nights
        "present": select(
            func.coalesce(func.sum(nights_expr), 0),
            func.coalesce(func.sum(nights_expr * ShelterStay.children_count), 0),
            func.count(func.distinct(ShelterStay.client_id)),
            func.coalesce(func.sum(ShelterStay.children_count), 0),
        ).where(_present(start, end)),
        "admissions": select(func.count())
        .select_from(ShelterStay)
        .where(live, ShelterStay.admitted_on >= start, ShelterStay.admitted_on < stays_end),
        "discharges": select(ShelterStay.outcome, func.count())
        .where(
            live,
            ShelterStay.status == "discharged",
            ShelterStay.discharged_on >= start,
            ShelterStay.discharged_on < stays_end,
        )
        .group_by(ShelterStay.outcome),
        "extensions": select(func.count())
        .select_from(ShelterExtension)
        .join(ShelterStay, ShelterStay.id == ShelterExtension.stay_id)
        .where(
            ShelterExtension.voided_at.is_(None),
            ShelterStay.voided_at.is_(None),
            ShelterExtension.extended_on >= start,
            ShelterExtension.extended_on < stays_end,
        ),
        "overstays": select(func.count())
        .select_from(ShelterStay)
        .where(
            live,
            ShelterStay.admitted_on < end,
            or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on >= end),
            planned_then < end,
        ),
    }


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """Bed-nights of every period in one statement (nights from ``as_of`` on are not counted)."""
    from dropin.reports import series

    slept = [(s, max(s, as_of) if as_of is not None and as_of < e else e) for s, e in bounds]
    p = series.periods(slept)
    stay_end = func.coalesce(ShelterStay.discharged_on, p.c.e)
    nights = sqlfunc.days_between(sqlfunc.greatest(ShelterStay.admitted_on, p.c.s), sqlfunc.least(stay_end, p.c.e))
    present = and_(
        ShelterStay.voided_at.is_(None),
        ShelterStay.status.in_(("active", "discharged")),
        ShelterStay.admitted_on < p.c.e,
        or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > p.c.s),
        or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on > ShelterStay.admitted_on),
    )
    statement = select(p.c.k, func.sum(nights)).select_from(p).join(ShelterStay, present).group_by(p.c.k)
    return series.run(session, bounds, {"shelter.bed_nights": 0}, statement)


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Any]:
    stays_end = end
    if as_of is not None and as_of < end:
        end = max(start, as_of)  # nights from today on have not been slept yet
    last_night = end - dt.timedelta(days=1)
    beds = _beds(session)
    outages = _outages(session)

    def out_of_service(bed_id: int, night: dt.date) -> bool:
        return any(a <= night and (b is None or b > night) for a, b in outages.get(bed_id, ()))

    beds_in_service = sum(
        1
        for bed_id, first, gone in beds
        if first <= last_night and (gone is None or gone > last_night) and not out_of_service(bed_id, last_night)
    )
    available = 0
    for bed_id, first, gone in beds:
        nights = _overlap_nights(start, end, first, gone)
        if nights:
            lo, hi = max(start, first), min(end, gone) if gone else end
            for a, b in outages.get(bed_id, ()):
                available -= _overlap_nights(lo, hi, a, b)
            available += nights

    statements = _statements()
    params = once.bounds(start, end) | {"stays_end": stays_end}
    bed_nights, child_nights, residents, children = (
        int(v or 0) for v in session.execute(statements["present"], params).one()
    )
    admissions = session.scalar(statements["admissions"], params) or 0
    discharges = {code: 0 for code in OUTCOMES}
    for outcome, n in session.execute(statements["discharges"], params):
        discharges[outcome or "other"] = discharges.get(outcome or "other", 0) + n
    extensions = session.scalar(statements["extensions"], params) or 0
    overstays = session.scalar(statements["overstays"], params) or 0
    bed_nights_available = max(0, available)
    return {
        "shelter.beds": beds_in_service,
        "shelter.bed_nights": bed_nights,
        "shelter.child_bed_nights": child_nights,
        "shelter.residents": int(residents or 0),
        "shelter.nights": max(0, (end - start).days),
        "shelter.occupancy": round(100.0 * bed_nights / bed_nights_available, 1) if bed_nights_available else None,
        "shelter.bed_nights_available": bed_nights_available,
        "shelter.admissions": int(admissions),
        "shelter.discharges": discharges,
        "shelter.extensions": int(extensions),
        "shelter.overstays": int(overstays),
        "shelter.children": int(children),
    }
