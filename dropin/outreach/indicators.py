"""Weekly figures for the outreach section (see ``OUTREACH`` in dropin/reports/definitions.py).

Only live (not voided) sessions and events dated in ``[start, end)`` count.
Aggregates only: area names (districts) appear as categories, never a code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from dropin.models.outreach import (
    CommunityEvent,
    EventAttendee,
    OutreachArea,
    OutreachContact,
    OutreachReferral,
    OutreachSession,
)
from dropin.outreach.choices import COMMODITIES, EVENT_KINDS, MODES, SETTINGS

if TYPE_CHECKING:
    from dropin.reports.definitions import Value
    from dropin.reports.series import Bounds, Counts


def _in_week(start: dt.date, end: dt.date) -> tuple[ColumnElement[bool], ...]:
    return (
        OutreachSession.voided_at.is_(None),
        OutreachSession.session_date >= start,
        OutreachSession.session_date < end,
    )


def _ordered(codes: Iterable[str], counts: dict[str, int]) -> dict[str, int]:
    out = {code: int(counts.get(code, 0)) for code in codes}
    for code, n in counts.items():
        out.setdefault(code, int(n))
    return out


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """Contacts of every period in one statement (the only outreach figure with a trend chart)."""
    from dropin.reports import series

    p = series.periods(bounds)
    statement = (
        select(p.c.k, func.sum(OutreachSession.contacts_new + OutreachSession.contacts_returning))
        .select_from(p)
        .join(
            OutreachSession,
            (OutreachSession.voided_at.is_(None))
            & (OutreachSession.session_date >= p.c.s)
            & (OutreachSession.session_date < p.c.e),
        )
        .group_by(p.c.k, p.c.s, p.c.e)  # s and e follow from k (PostgreSQL wants them named)
    )
    return series.run(session, bounds, {"outreach.contacts": 0}, statement)


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Value]:
    week = _in_week(start, end)
    sums = session.execute(
        select(
            func.count(OutreachSession.id),
            *(
                func.coalesce(func.sum(getattr(OutreachSession, c)), 0)
                for c in ("contacts_new", "contacts_returning", *COMMODITIES, "gatekeepers", "minisession_minutes")
            ),
        ).where(*week)
    ).one()
    _n, new, returning, male, female, lube, leaflets, gatekeepers, minutes = (int(v or 0) for v in sums)
    by_mode = dict(
        session.execute(select(OutreachSession.mode, func.count()).where(*week).group_by(OutreachSession.mode)).all()
    )
    by_setting = dict(
        session.execute(
            select(OutreachSession.setting, func.count()).where(*week).group_by(OutreachSession.setting)
        ).all()
    )
    people = (
        session.scalar(
            select(func.count(func.distinct(OutreachContact.client_id)))
            .join(OutreachSession, OutreachSession.id == OutreachContact.session_id)
            .where(OutreachContact.voided_at.is_(None), *week)
        )
        or 0
    )
    referred, accompanied = session.execute(
        select(
            func.count(OutreachReferral.id),
            func.coalesce(func.sum(func.cast(OutreachReferral.accompanied, OutreachReferral.id.type)), 0),
        )
        .join(OutreachSession, OutreachSession.id == OutreachReferral.session_id)
        .where(OutreachReferral.voided_at.is_(None), *week)
    ).one()
    per_area = dict(
        session.execute(
            select(OutreachArea.name, func.sum(OutreachSession.contacts_new + OutreachSession.contacts_returning))
            .join(OutreachArea, OutreachArea.id == OutreachSession.area_id)
            .where(*week)
            .group_by(OutreachArea.name)
        ).all()
    )
    areas = session.scalars(
        select(OutreachArea.name)
        .where(OutreachArea.active.is_(True), OutreachArea.voided_at.is_(None))
        .order_by(func.lower(OutreachArea.name))
    ).all()

    live_events = (
        CommunityEvent.voided_at.is_(None),
        CommunityEvent.event_date >= start,
        CommunityEvent.event_date < end,
    )
    by_kind = dict(
        session.execute(
            select(CommunityEvent.kind, func.count()).where(*live_events).group_by(CommunityEvent.kind)
        ).all()
    )
    counted = session.scalar(select(func.coalesce(func.sum(CommunityEvent.attendance), 0)).where(*live_events)) or 0
    coded = (
        session.scalar(
            select(func.count(EventAttendee.id))
            .join(CommunityEvent, CommunityEvent.id == EventAttendee.event_id)
            .where(EventAttendee.voided_at.is_(None), *live_events)
        )
        or 0
    )

    return {
        "outreach.sessions_by_mode": _ordered(MODES, by_mode),
        "outreach.sessions_by_setting": _ordered(SETTINGS, by_setting),
        "outreach.contacts": new + returning,
        "outreach.contacts_by_kind": {"new": new, "returning": returning},
        "outreach.people": int(people),
        "outreach.male_condoms": male,
        "outreach.female_condoms": female,
        "outreach.lubricant": lube,
        "outreach.leaflets": leaflets,
        "outreach.minisession_hours": round(minutes / 60, 1),
        "outreach.referrals": int(referred or 0),
        "outreach.accompanied": int(accompanied or 0),
        "outreach.gatekeepers": gatekeepers,
        "outreach.contacts_by_area": _ordered(areas, per_area),
        "outreach.events_by_type": _ordered(EVENT_KINDS, by_kind),
        "outreach.event_attendance": int(counted) + int(coded),
    }
