"""Weekly figures for the outreach section (see ``OUTREACH`` in dropin/reports/definitions.py).

Only live (not voided) sessions and events dated in ``[start, end)`` count.
Aggregates only: area names (districts) appear as categories, never a code.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

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
from dropin.reports import once

if TYPE_CHECKING:
    from dropin.reports.definitions import Value
    from dropin.reports.series import Bounds, Counts


def _in_week(start: Any, end: Any) -> tuple[ColumnElement[bool], ...]:
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


#: the sessions' summed columns, in this order
SUMMED = ("contacts_new", "contacts_returning", *COMMODITIES, "gatekeepers", "minisession_minutes")


@functools.cache
def _statements() -> dict[str, Any]:
    """The section's statements, built once (the period as parameters: :mod:`dropin.reports.once`)."""
    week = _in_week(once.START, once.END)
    live_events = (
        CommunityEvent.voided_at.is_(None),
        CommunityEvent.event_date >= once.START,
        CommunityEvent.event_date < once.END,
    )
    return {
        # the sessions per mode, setting and area, with their sums: every session figure from one statement
        "sessions": select(
            OutreachSession.mode,
            OutreachSession.setting,
            OutreachArea.name,
            func.count(OutreachSession.id),
            func.sum(OutreachSession.contacts_new + OutreachSession.contacts_returning),
            *(func.coalesce(func.sum(getattr(OutreachSession, c)), 0) for c in SUMMED),
        )
        .outerjoin(OutreachArea, OutreachArea.id == OutreachSession.area_id)
        .where(*week)
        .group_by(OutreachSession.mode, OutreachSession.setting, OutreachArea.name),
        "people": select(func.count(func.distinct(OutreachContact.client_id)))
        .join(OutreachSession, OutreachSession.id == OutreachContact.session_id)
        .where(OutreachContact.voided_at.is_(None), *week),
        "referrals": select(
            func.count(OutreachReferral.id),
            func.coalesce(func.sum(func.cast(OutreachReferral.accompanied, OutreachReferral.id.type)), 0),
        )
        .join(OutreachSession, OutreachSession.id == OutreachReferral.session_id)
        .where(OutreachReferral.voided_at.is_(None), *week),
        "areas": select(OutreachArea.name)
        .where(OutreachArea.active.is_(True), OutreachArea.voided_at.is_(None))
        .order_by(func.lower(OutreachArea.name)),
        "events": select(CommunityEvent.kind, func.count(), func.coalesce(func.sum(CommunityEvent.attendance), 0))
        .where(*live_events)
        .group_by(CommunityEvent.kind),
        "coded": select(func.count(EventAttendee.id))
        .join(CommunityEvent, CommunityEvent.id == EventAttendee.event_id)
        .where(EventAttendee.voided_at.is_(None), *live_events),
    }


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Value]:
    statements, params = _statements(), once.bounds(start, end)
    by_mode: dict[str, int] = {}
    by_setting: dict[str, int] = {}
    per_area: dict[str, int] = {}
    sums = [0] * len(SUMMED)
    for mode, setting, area, n, contacts, *summed in session.execute(statements["sessions"], params):
        by_mode[mode] = by_mode.get(mode, 0) + n
        by_setting[setting] = by_setting.get(setting, 0) + n
        if area is not None:
            per_area[area] = per_area.get(area, 0) + int(contacts or 0)
        sums = [a + int(b or 0) for a, b in zip(sums, summed, strict=True)]
    new, returning, male, female, lube, leaflets, gatekeepers, minutes = sums
    people = session.scalar(statements["people"], params) or 0
    referred, accompanied = session.execute(statements["referrals"], params).one()
    areas = session.scalars(statements["areas"]).all()
    by_kind: dict[str, int] = {}
    counted = 0
    for kind, n, attendance in session.execute(statements["events"], params):
        by_kind[kind] = n
        counted += int(attendance or 0)
    coded = session.scalar(statements["coded"], params) or 0

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
