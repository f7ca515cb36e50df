"""Weekly figures for the children's section (see ``CHILDREN`` in dropin/reports/definitions.py).

Only sessions marked held (not cancelled, not voided) with a date in
``[start, end)`` count. Aggregates only: no names and no client codes.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from dropin.models.children import (
    KIND_CHILDREN,
    KIND_WORKSHOP,
    STATUS_HELD,
    ActivitySession,
    ActivityType,
    AdultAttendance,
    ChildAttendance,
)

if TYPE_CHECKING:
    from dropin.reports.series import Bounds, Counts


def _held(start: Any, end: Any) -> tuple[ColumnElement[bool], ...]:
    return (
        ActivitySession.voided_at.is_(None),
        ActivitySession.status == STATUS_HELD,
        ActivitySession.date >= start,
        ActivitySession.date < end,
    )


def compute_series(session: Session, bounds: Bounds, as_of: dt.date | None = None) -> list[Counts]:
    """Attendances of every period in one statement (see :mod:`dropin.reports.series`)."""
    from dropin.reports import series

    p = series.periods(bounds)
    held = (
        ActivitySession.voided_at.is_(None),
        ActivitySession.status == STATUS_HELD,
        ActivitySession.date >= p.c.s,
        ActivitySession.date < p.c.e,
    )
    marks = (
        select(func.count(ChildAttendance.id))
        .join(ActivitySession, ActivitySession.id == ChildAttendance.session_id)
        .where(ChildAttendance.present.is_(True), ChildAttendance.voided_at.is_(None), *held)
        .correlate(p)
        .scalar_subquery()
    )
    counted = (
        select(func.coalesce(func.sum(ActivitySession.unregistered_children), 0))
        .where(*held)
        .correlate(p)
        .scalar_subquery()
    )
    return series.run(session, bounds, {"children.attendances": 0}, select(p.c.k, marks + counted))


@functools.cache
def _statements() -> dict[str, Any]:
    """The section's statements, built once (the period as parameters: :mod:`dropin.reports.once`)."""
    from dropin.reports import once

    held = _held(once.START, once.END)
    return {
        "by_type": select(ActivityType.code, func.count(ActivitySession.id))
        .join(ActivitySession, ActivitySession.type_id == ActivityType.id)
        .where(ActivityType.kind == KIND_CHILDREN, *held)
        .group_by(ActivityType.code),
        "types": select(ActivityType.code, ActivityType.active)
        .where(ActivityType.kind == KIND_CHILDREN, ActivityType.voided_at.is_(None))
        .order_by(ActivityType.sort_order, ActivityType.id),
        "marks": select(func.count(ChildAttendance.id), func.count(func.distinct(ChildAttendance.child_id)))
        .join(ActivitySession, ActivitySession.id == ChildAttendance.session_id)
        .where(ChildAttendance.present.is_(True), ChildAttendance.voided_at.is_(None), *held),
        "counted": select(
            func.coalesce(func.sum(ActivitySession.unregistered_children), 0),
            func.coalesce(func.sum(ActivitySession.parents_present), 0),
        ).where(*held),
        "adults": select(func.count(AdultAttendance.id), func.count(func.distinct(AdultAttendance.client_id)))
        .join(ActivitySession, ActivitySession.id == AdultAttendance.session_id)
        .where(AdultAttendance.present.is_(True), AdultAttendance.voided_at.is_(None), *held),
        "workshops": select(func.count(ActivitySession.id))
        .join(ActivityType, ActivityType.id == ActivitySession.type_id)
        .where(ActivityType.kind == KIND_WORKSHOP, *held),
    }


def compute(session: Session, start: dt.date, end: dt.date, as_of: dt.date | None = None) -> dict[str, Any]:
    from dropin.reports import once

    statements, params = _statements(), once.bounds(start, end)
    # Sessions held by type: every children's type in its list order (zeros kept so weeks line up).
    counts = dict(session.execute(statements["by_type"], params).all())
    types = session.execute(statements["types"]).all()
    by_type = {code: counts.get(code, 0) for code, active in types if active or counts.get(code)}
    for code, n in counts.items():  # a voided type that still has sessions
        by_type.setdefault(code, n)
    registered, distinct = session.execute(statements["marks"], params).one()
    counted_children, counted_adults = session.execute(statements["counted"], params).one()
    adults_by_code, parents = session.execute(statements["adults"], params).one()
    workshops = session.scalar(statements["workshops"], params)

    return {
        "children.sessions": by_type,
        "children.attendances": int(registered) + int(counted_children),
        "children.distinct": int(distinct),
        # distinct registered parents; the head-count of parents without a code is an attendance figure
        "children.parents": int(parents or 0),
        "children.parent_attendances": int(counted_adults) + int(adults_by_code or 0),
        "children.workshops": int(workshops or 0),
    }
